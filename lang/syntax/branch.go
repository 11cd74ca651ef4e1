package syntax

import (
	"slices"
	"sync"
)

// Selectional branching (Choi and McCallum 2013): the parser reads the sentence greedily, noting
// the decisions it won narrowly; from the narrowest of them it tries the runner-up move and goes
// on greedily again. Every complete move sequence of the arc-hybrid system has the same length
// (each word is shifted once and attached once), so the sequences are compared by the sum of
// their moves' scores, and the best one is kept. Most decisions are clear, so few sentences branch
// at all, and a branch reads only the rest of the sentence.

// The parser reads by selectional branching unless set otherwise: eight branches at margin 300
// (the margin tuned on EWT dev with eight branches, for a model whose weights are at most about
// 1000 in magnitude). With the shipped parser (three parsers averaged), EWT dev from the raw text
// scores UAS/LAS 84.63/81.77 read greedily, 85.40/82.47 with four branches, 85.43/82.50 with six
// and 85.58/82.64 with eight; eight read about 0.9 times as many words per second as four.
const (
	defaultBranches = 8
	defaultMargin   = 300
)

// trail is what the greedy reading records for branching: each move made, the score summed
// before it, and the narrow decisions.
type trail struct {
	moves  []int
	before []int64
	points []branchPoint
	// The configurations scored from the first narrow decision on, by the greedy reading and
	// then by the branches: entry i has the features feats[at[i]:at[i+1]] and the scores
	// scores[i*k:(i+1)*k] of k classes.
	at     []int
	feats  []uint32
	scores []int32
	index  map[uint64]int32 // features key → entry of at and scores
	spare  []*config        // configurations given back, for reuse
}

// branchPoint is a decision won by gap or less: at is the move's place in the trail, alt the
// runner-up move and score its score.
type branchPoint struct {
	at    int
	alt   int
	score int32
	gap   int32
}

// SetBranching sets selectional branching: with branches > 1 the parser also tries up to
// branches-1 other readings, each from one of the decisions whose best move won by at most
// margin (in the model's weight units); branches <= 1 reads greedily.
func (p *Parser) SetBranching(branches int, margin int32) {
	p.branches, p.margin = branches, margin
}

// Branching returns the parser's branching settings (see SetBranching).
func (p *Parser) Branching() (branches int, margin int32) { return p.branches, p.margin }

// finish makes the best valid move from c until the sentence is read and returns the sum of the
// moves' scores; with rec set, it records the moves and the narrow decisions.
func (p *Parser) finish(c *config, s *sentence, rec *trail) int64 {
	var scores [256]int32
	var fb [160]uint32
	L := len(p.labels)
	k := 1 + 2*L
	total := int64(0)
	for !c.done() {
		// With the stack empty there is nothing to choose.
		m, buf := shift, fb[:0]
		if len(c.stack) > 0 {
			buf = c.stateFeats(buf, s)
			copy(scores[:k], p.bufferScores(c, s, k))
			p.w.score(buf, &scores)
			// The buffer's position stands for its features in what the trail keeps.
			buf = append(buf, uint32(c.b))
			best, second := p.topValid(c, scores[:k])
			if rec != nil && second >= 0 && scores[best]-scores[second] <= p.margin {
				rec.points = append(rec.points, branchPoint{at: len(rec.moves), alt: second, score: scores[second], gap: scores[best] - scores[second]})
			}
			m = best
		}
		if rec != nil {
			rec.add(m, total, buf, scores[:k])
		}
		if len(c.stack) > 0 {
			total += int64(scores[m])
		}
		c.apply(m, L)
	}
	return total
}

// add records a move made and the score summed before it; from the first narrow decision on,
// also the features and scores the move was chosen by, which branches may meet again.
func (t *trail) add(m int, before int64, feats []uint32, scores []int32) {
	t.moves = append(t.moves, m)
	t.before = append(t.before, before)
	if len(t.points) > 0 && len(feats) > 0 {
		t.memo(feats, scores)
	}
}

// memo keeps the scores of a configuration read, by its features.
func (t *trail) memo(feats []uint32, scores []int32) {
	key := uint64(0)
	if t.index != nil {
		key = featsKey(feats)
	}
	t.keep(key, feats, scores)
}

// keep is memo with the features' key given, as seen returns it (read only when t has an index).
func (t *trail) keep(key uint64, feats []uint32, scores []int32) {
	if len(t.at) == 0 {
		t.at = append(t.at, 0)
	}
	t.feats = append(t.feats, feats...)
	t.at = append(t.at, len(t.feats))
	t.scores = append(t.scores, scores...)
	if t.index != nil {
		t.index[key] = int32(len(t.at) - 2)
	}
}

// reset empties t for another sentence, keeping its room.
func (t *trail) reset() {
	t.moves, t.before, t.points = t.moves[:0], t.before[:0], t.points[:0]
	t.at, t.feats, t.scores = t.at[:0], t.feats[:0], t.scores[:0]
	clear(t.index)
}

// seen returns the scores of a configuration read before with the features feats (k scores a
// configuration), and the features' key, for keep.
func (t *trail) seen(feats []uint32, k int) ([]int32, uint64, bool) {
	if t.index == nil {
		t.index = make(map[uint64]int32, len(t.at))
	}
	if len(t.index) == 0 {
		for i := range len(t.at) - 1 {
			t.index[featsKey(t.feats[t.at[i]:t.at[i+1]])] = int32(i)
		}
	}
	key := featsKey(feats)
	i, ok := t.index[key]
	if !ok || !slices.Equal(feats, t.feats[t.at[i]:t.at[i+1]]) {
		return nil, key, false
	}
	return t.scores[int(i)*k : int(i+1)*k], key, true
}

func featsKey(feats []uint32) uint64 {
	h := uint64(hashSeed)
	for _, f := range feats {
		h = mix(h, uint64(f))
	}
	return h
}

// config returns the initial configuration for n words, in the room of one given back when
// there is one: a sentence read by branching needs two configurations a branch.
func (t *trail) config(n int) *config {
	if k := len(t.spare); k > 0 {
		c := t.spare[k-1]
		t.spare = t.spare[:k-1]
		c.reset(n)
		return c
	}
	return newConfig(n)
}

// release gives back a configuration no longer read, for config to reuse.
func (t *trail) release(c *config) { t.spare = append(t.spare, c) }

// trails keeps the trails of finished readings for others, so that branching allocates little.
var trails = sync.Pool{New: func() any { return new(trail) }}

// branching reads a sentence of n words by selectional branching and returns the final
// configuration of the best-scoring reading and its score. keep, when set, is shown every
// complete reading with its score before the reading is given back.
func (p *Parser) branching(n int, s *sentence, rec *trail, keep func(*config, int64)) (*config, int64) {
	rec.reset()
	best := rec.config(n)
	greedy := p.finish(best, s, rec)
	if keep != nil {
		keep(best, greedy)
	}
	if len(rec.points) == 0 {
		return best, greedy
	}
	// The narrowest decisions first; among equals, the earliest.
	slices.SortStableFunc(rec.points, func(a, b branchPoint) int { return int(a.gap - b.gap) })
	bestScore := greedy
	for _, bp := range rec.points[:min(len(rec.points), p.branches-1)] {
		c, score := p.branch(n, s, rec, bp, greedy)
		if keep != nil {
			keep(c, score)
		}
		if score > bestScore {
			best, c, bestScore = c, best, score
		}
		rec.release(c)
	}
	return best, bestScore
}

// branch reads the sentence as the greedy reading rec did up to bp, makes bp's runner-up move
// there and goes on greedily; it returns the reading's final configuration and score. The
// greedy reading is replayed beside it: once the two are in the same state as far as any later
// move can tell, the rest of the branch is the rest of the greedy reading, taken without scoring.
func (p *Parser) branch(n int, s *sentence, rec *trail, bp branchPoint, greedy int64) (*config, int64) {
	L := len(p.labels)
	c, g := rec.config(n), rec.config(n)
	defer rec.release(g)
	for _, m := range rec.moves[:bp.at] {
		c.apply(m, L)
		g.apply(m, L)
	}
	c.apply(bp.alt, L)
	g.apply(rec.moves[bp.at], L)
	total := rec.before[bp.at] + int64(bp.score)
	var scores [256]int32
	var fb [160]uint32
	k := 1 + 2*L
	for step := bp.at + 1; !c.done(); step++ {
		if step < len(rec.moves) && sameFuture(c, g) {
			for _, m := range rec.moves[step:] {
				c.apply(m, L)
			}
			return c, total + greedy - rec.before[step]
		}
		if step < len(rec.moves) {
			g.apply(rec.moves[step], L)
		}
		m := shift
		if len(c.stack) > 0 {
			buf := c.stateFeats(fb[:0], s)
			seen := append(buf, uint32(c.b)) // as finish keeps it
			sc := scores[:k]
			// A configuration read before, by the greedy reading or another branch, is not
			// scored again.
			if memo, key, ok := rec.seen(seen, k); ok {
				sc = memo
			} else {
				copy(sc, p.bufferScores(c, s, k))
				p.w.score(buf, &scores)
				rec.keep(key, seen, sc)
			}
			m = p.bestValid(c, sc)
			total += int64(sc[m])
		}
		c.apply(m, L)
	}
	return c, total
}

// sameFuture reports whether every later move would be scored alike from a and b: the same
// stack and buffer, and the same children so far of the words on them.
func sameFuture(a, b *config) bool {
	if a.b != b.b || len(a.stack) != len(b.stack) {
		return false
	}
	same := func(i int) bool {
		if a.l1[i] != b.l1[i] || a.l2[i] != b.l2[i] || a.r1[i] != b.r1[i] || a.r2[i] != b.r2[i] ||
			a.nl[i] != b.nl[i] || a.nr[i] != b.nr[i] || a.lset[i] != b.lset[i] || a.rset[i] != b.rset[i] {
			return false
		}
		for _, ch := range [4]int{a.l1[i], a.l2[i], a.r1[i], a.r2[i]} {
			if ch >= 0 && a.labels[ch] != b.labels[ch] {
				return false
			}
		}
		return true
	}
	for k, i := range a.stack {
		if b.stack[k] != i || !same(i) {
			return false
		}
	}
	return same(a.b)
}
