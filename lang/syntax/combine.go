package syntax

import (
	"math"
	"slices"

	"github.com/dossier-project/dossier"
)

// Two parsers that read a sentence from opposite ends make different mistakes. Their readings
// are combined by voting on arcs (Sagae and Lavie 2006): each parser's complete readings (the
// greedy one and its branches) vote for their arcs in proportion to how close they scored to
// that parser's best reading, and the heaviest spanning tree of the votes (Chu-Liu-Edmonds)
// gives the heads. An arc's label is that of the heaviest reading that voted for it.
//
// With the shipped parser and one reading from the end (seed 4, reading greedily), combined at
// Forward 0.7, Temperature 1000, the first reading with 8 branches at margin 600, and both shrunk
// to hold less memory than the shipped model (see dossier-train), UAS/LAS from raw text went from
// 85.58/82.64 to 85.89/82.91 on EWT dev, from 85.58/82.76 to 85.87/82.89 on EWT test and from
// 83.42/80.58 to 83.80/80.90 on GUM test, with UPOS unchanged. Tagging and parsing EWT dev read
// about 0.7 times as many words per second (35,000 a processor-second), but ingesting TimeBank
// went from 62 to 50 documents a processor-second, below the 60 the pipeline must keep, so the
// shipped model has no second parser.

// Combination sets how the votes of the two parsers are weighed.
type Combination struct {
	// Forward is the share of the left-to-right parser's votes; the other parser has the rest.
	Forward float64
	// Temperature, in the parsers' weight units, spreads a parser's votes over its readings: a
	// reading scoring d below the parser's best gets exp(-d/Temperature) of the best's weight.
	// At 0 only the best reading votes.
	Temperature float64
	// Branches and Margin set how the left-to-right parser reads (see Parser.SetBranching): more
	// readings give its votes more to weigh. The other parser reads greedily: on EWT dev its
	// branches did not help the combination.
	Branches int
	Margin   int32
}

// SetCombination sets how m's two parsers are combined, and how they read.
func (m *Model) SetCombination(c Combination) {
	m.Combine = c
	m.Parser.SetBranching(c.Branches, c.Margin)
	if m.Reverse != nil {
		m.Reverse.SetBranching(1, 0)
	}
}

// readings are a parser's complete readings of one sentence of n words: reading r's heads and
// labels are at [r*n, (r+1)*n), n standing for the root.
type readings struct {
	heads  []int
	labels []uint8
	scores []int64
}

// readAll reads a sentence of n words as parse does, keeping every complete reading in rd.
func (p *Parser) readAll(n int, s *sentence, rd *readings) {
	rd.heads, rd.labels, rd.scores = rd.heads[:0], rd.labels[:0], rd.scores[:0]
	keep := func(c *config, score int64) {
		rd.heads = append(rd.heads, c.heads[:n]...)
		rd.labels = append(rd.labels, c.labels[:n]...)
		rd.scores = append(rd.scores, score)
	}
	if p.branches <= 1 {
		c := newConfig(n)
		keep(c, p.finish(c, s, nil))
		return
	}
	rec := trails.Get().(*trail)
	defer trails.Put(rec)
	c, _ := p.branching(n, s, rec, keep)
	rec.release(c)
}

// ballot holds the votes for the arcs of a sentence of n words: arc (h, d) at d*(n+1)+h, h = n
// the root; heavy and label are the heaviest single vote for the arc and its label.
type ballot struct {
	n      int
	votes  []float64
	heavy  []float64
	labels []string
}

// newBallot returns an empty ballot for a sentence of n words.
func newBallot(n int) *ballot {
	k := n * (n + 1)
	return &ballot{n: n, votes: make([]float64, k), heavy: make([]float64, k), labels: make([]string, k)}
}

// vote adds the votes of readings rd of parser p, share in all; mirrored readings read the
// sentence from its end.
func (b *ballot) vote(p *Parser, rd *readings, share, temp float64, mirrored bool) {
	n := b.n
	best := slices.Max(rd.scores)
	weights := make([]float64, len(rd.scores))
	sum := 0.0
	for r, s := range rd.scores {
		switch {
		case s == best:
			weights[r] = 1
		case temp > 0:
			weights[r] = math.Exp(float64(s-best) / temp)
		}
		sum += weights[r]
	}
	for r, w := range weights {
		w *= share / sum
		if w == 0 {
			continue
		}
		for i := range n {
			d, h := i, rd.heads[r*n+i]
			if mirrored {
				d = n - 1 - i
				if h < n {
					h = n - 1 - h
				}
			}
			a := d*(n+1) + h
			b.votes[a] += w
			if w > b.heavy[a] {
				b.heavy[a], b.labels[a] = w, p.labels[rd.labels[r*n+i]]
			}
		}
	}
}

// tree returns the heaviest tree of the votes with one word on the root: each word's head,
// n for the root.
func (b *ballot) tree() []int {
	n := b.n
	score := make([][]float64, n+1)
	for h := range score {
		score[h] = make([]float64, n+1)
		for d := range score[h] {
			score[h][d] = math.Inf(-1)
			if d < n && b.votes[d*(n+1)+h] > 0 {
				score[h][d] = b.votes[d*(n+1)+h]
			}
		}
	}
	// Every vote weighs at most 1 a word, so a second word on the root never pays.
	for d := range n {
		score[n][d] -= float64(n + 1)
	}
	heads := maxArborescence(score, n)
	return heads[:n]
}

// decided returns the heads of the heaviest tree when votes weighing rest in all, still to be
// added, cannot change it nor its labels: each word's heaviest arc leads the next by more than
// rest, its heaviest single vote outweighs rest, and those arcs make a tree with one root word.
// Otherwise it returns nil.
func (b *ballot) decided(rest float64) []int {
	n := b.n
	heads := make([]int, n+1)
	roots := 0
	for d := range n {
		row := b.votes[d*(n+1) : (d+1)*(n+1)]
		top, second := 0, 0.0
		for h, v := range row {
			switch {
			case v > row[top]:
				top, second = h, max(second, row[top])
			case h != top && v > second:
				second = v
			}
		}
		if row[top]-second <= rest || b.heavy[d*(n+1)+top] <= rest {
			return nil
		}
		heads[d] = top
		if top == n {
			roots++
		}
	}
	heads[n] = -1
	if roots != 1 || findCycle(heads) != nil {
		return nil
	}
	return heads[:n]
}

// parseBoth parses toks with m's two parsers and combines their readings.
func (m *Model) parseBoth(toks []dossier.Token, in *sentence) {
	n := len(toks)
	var fw, bw readings
	m.Parser.readAll(n, in, &fw)
	b := newBallot(n)
	rest := 1 - m.Combine.Forward
	b.vote(m.Parser, &fw, m.Combine.Forward, m.Combine.Temperature, false)
	heads := b.decided(rest)
	if heads == nil {
		m.Reverse.readAll(n, reversedSentence(in), &bw)
		b.vote(m.Reverse, &bw, rest, m.Combine.Temperature, true)
		heads = b.tree()
	}
	for d, h := range heads {
		toks[d].Rel = b.labels[d*(n+1)+h]
		if h >= n {
			h = -1
		}
		toks[d].Head = h
	}
}

// reversedSentence returns the parser's input read from the last word to the first.
func reversedSentence(s *sentence) *sentence {
	r := &sentence{words: slices.Clone(s.words), tags: slices.Clone(s.tags), upos: slices.Clone(s.upos)}
	slices.Reverse(r.words)
	slices.Reverse(r.tags)
	slices.Reverse(r.upos)
	return r
}

// maxArborescence returns the heads (-1 for root) of the highest-scoring spanning tree of the
// graph whose arc from h to d scores score[h][d] (-Inf: no arc), by Chu-Liu-Edmonds: each node
// takes its best incoming arc; a cycle among them is contracted to one node and the smaller
// graph solved, which tells which arc enters the cycle.
func maxArborescence(score [][]float64, root int) []int {
	n := len(score)
	head := make([]int, n)
	for d := range n {
		head[d] = -1
		if d == root {
			continue
		}
		best := math.Inf(-1)
		for h := range n {
			if h != d && score[h][d] > best {
				best, head[d] = score[h][d], h
			}
		}
	}
	cycle := findCycle(head)
	if cycle == nil {
		return head
	}
	return contract(score, root, head, cycle)
}

// contract solves the graph with cycle (of the best incoming arcs head) contracted to one node.
func contract(score [][]float64, root int, head, cycle []int) []int {
	n := len(score)
	inCycle := make([]bool, n)
	for _, v := range cycle {
		inCycle[v] = true
	}
	id := make([]int, n) // node → node of the smaller graph
	var back []int       // node of the smaller graph → node, the cycle's left out
	for v := range n {
		if !inCycle[v] {
			id[v] = len(back)
			back = append(back, v)
		}
	}
	c := len(back)
	for _, v := range cycle {
		id[v] = c
	}
	sub := make([][]float64, c+1)
	for i := range sub {
		sub[i] = make([]float64, c+1)
		for j := range sub[i] {
			sub[i][j] = math.Inf(-1)
		}
	}
	enter := make([]int, c+1) // for an arc u → cycle: the cycle node it enters
	leave := make([]int, c+1) // for an arc cycle → v: the cycle node it leaves
	for u := range n {
		for v := range n {
			s := score[u][v]
			if u == v || math.IsInf(s, -1) || (inCycle[u] && inCycle[v]) {
				continue
			}
			iu, iv := id[u], id[v]
			if inCycle[v] {
				s -= score[head[v]][v]
				if s > sub[iu][c] {
					sub[iu][c], enter[iu] = s, v
				}
				continue
			}
			if s > sub[iu][iv] {
				sub[iu][iv] = s
				if inCycle[u] {
					leave[iv] = u
				}
			}
		}
	}
	subHead := maxArborescence(sub, id[root])
	out := slices.Clone(head)
	for v := range n {
		if inCycle[v] {
			continue
		}
		switch h := subHead[id[v]]; {
		case h < 0:
			out[v] = -1
		case h == c:
			out[v] = leave[id[v]]
		default:
			out[v] = back[h]
		}
	}
	from := subHead[c]
	out[enter[from]] = back[from]
	return out
}

// findCycle returns the nodes of a cycle of head links (-1: none), or nil when there is none.
func findCycle(head []int) []int {
	state := make([]uint8, len(head)) // 0 unseen, 1 on the walk, 2 done
	for s := range head {
		v := s
		for v >= 0 && state[v] == 0 {
			state[v] = 1
			v = head[v]
		}
		if v >= 0 && state[v] == 1 {
			cycle := []int{v}
			for u := head[v]; u != v; u = head[u] {
				cycle = append(cycle, u)
			}
			return cycle
		}
		for u := s; u >= 0 && state[u] == 1; u = head[u] {
			state[u] = 2
		}
	}
	return nil
}
