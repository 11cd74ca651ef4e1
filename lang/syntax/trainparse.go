package syntax

import (
	"math/rand/v2"
	"slices"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// zeroCost reports which moves keep every gold arc still reachable (the arc-hybrid dynamic oracle
// of Goldberg and Nivre 2013, as a set of zero-cost moves). gold[i] is word i's head, n the root.
func zeroCost(c *config, gold []int) (sh, left, right bool) {
	sh, left, right = c.valid()
	if len(c.stack) == 0 {
		return sh, false, false
	}
	s0 := c.stack[len(c.stack)-1]
	b := c.b
	if sh && gold[b] == s0 {
		return true, false, false
	}
	if left && gold[s0] == b {
		return false, true, false
	}
	if len(c.stack) >= 2 && gold[s0] == c.stack[len(c.stack)-2] {
		left = false
	}
	if sh {
		for _, k := range c.stack {
			if gold[k] == b || gold[b] == k {
				sh = false
				break
			}
		}
	}
	// Popping s0 loses its arcs to the rest of the buffer, and the root's word waits for the end.
	for k := b + 1; k < c.n; k++ {
		if gold[k] == s0 || gold[s0] == k {
			left, right = false, false
			break
		}
	}
	if gold[s0] == c.n && b < c.n {
		left, right = false, false
	}
	return sh, left, right
}

func trainParser(train []conllu.Sentence, tagged [][]dossier.Token, dev []conllu.Sentence, devTagged [][]dossier.Token,
	cfg TrainConfig, better func(*Parser), logf func(string, ...any)) *Parser {
	p, labelIDs := newLabelledParser(train)
	t := &parseTraining{p: p, labelIDs: labelIDs, tr: newTrainer(1 + 2*len(p.labels)), rng: rand.New(rand.NewPCG(cfg.Seed, 2))}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var bestW *Weights
	bestDev := -1.0
	for it := range cfg.ParseIters {
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		t.right, t.total = 0, 0
		for _, si := range order {
			t.sentence(train[si].Words, tagged[si], it == 0)
		}
		p.w = t.tr.average(cfg.MinWeight)
		uas, las := parseAccuracy(p, dev, devTagged)
		logf("parser iteration %d: train moves %.4f, dev UAS %.4f LAS %.4f", it+1, float64(t.right)/float64(max(t.total, 1)), uas, las)
		// The weights kept are those of the iteration that scored best on dev.
		if len(dev) == 0 || uas+las > bestDev {
			bestW, bestDev = p.w, uas+las
			if better != nil {
				better(&Parser{w: p.w, labels: p.labels, root: p.root})
			}
		}
	}
	if bestW == nil {
		bestW = t.tr.average(cfg.MinWeight)
	}
	p.w = bestW
	return p
}

// newLabelledParser makes a parser without weights whose labels are the relations of train, sorted,
// and returns it with each label's number.
func newLabelledParser(train []conllu.Sentence) (*Parser, map[string]int) {
	labelIDs := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			labelIDs[w.Rel] = 0
		}
	}
	p := &Parser{}
	for l := range labelIDs {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels)
	for i, l := range p.labels {
		labelIDs[l] = i
		if l == "root" {
			p.root = i
		}
	}
	return p, labelIDs
}

// parseTraining is the state of one parser training run: the trainer, its random source and the
// moves of the current iteration right and in all.
type parseTraining struct {
	p            *Parser
	labelIDs     map[string]int
	tr           *trainer
	rng          *rand.Rand
	buf          []uint32
	scores       []float64
	is           []int32
	right, total int
}

// sentence trains on one sentence: at each configuration the best-scored move that keeps the gold
// tree reachable is taught against the guess, and the parser goes on with its guess (exploring its
// own errors) except in the first iteration and one move in ten.
func (t *parseTraining) sentence(ws []conllu.Word, tagged []dossier.Token, first bool) {
	L := len(t.p.labels)
	if t.scores == nil {
		t.scores = make([]float64, 1+2*L)
		t.is = make([]int32, 1+2*L)
	}
	gold, glab := goldArcs(ws, t.labelIDs)
	s := parseInput(tagged)
	c := newConfig(len(ws))
	for !c.done() {
		t.buf = c.parseFeats(t.buf[:0], s)
		t.tr.score(t.buf, t.scores)
		for k, v := range t.scores {
			t.is[k] = int32(min(max(v, -1e9), 1e9))
		}
		guess := t.p.bestValid(c, t.is)
		golds := t.p.goldClasses(c, gold, glab)
		best := -1
		for _, m := range golds {
			if best < 0 || t.scores[m] > t.scores[best] {
				best = m
			}
		}
		t.tr.tick()
		t.total++
		if best >= 0 && !slices.Contains(golds, guess) {
			t.tr.update(t.buf, best, guess)
		} else {
			t.right++
		}
		move := guess
		if best >= 0 && (first || t.rng.Float64() >= 0.9) {
			move = best
		}
		c.apply(move, L)
	}
}

// goldArcs gives each word's gold head (the root's as the sentence length) and label number.
func goldArcs(ws []conllu.Word, labelIDs map[string]int) (gold, glab []int) {
	n := len(ws)
	gold = make([]int, n)
	glab = make([]int, n)
	for i, w := range ws {
		gold[i] = w.Head
		if w.Head < 0 {
			gold[i] = n
		}
		glab[i] = labelIDs[w.Rel]
	}
	return gold, glab
}

func parseInput(toks []dossier.Token) *sentence {
	s := &sentence{words: make([]uint64, len(toks)), tags: make([]uint64, len(toks)), upos: make([]uint64, len(toks))}
	for i := range toks {
		s.words[i] = hstr(normal(Form(toks[i].Text)))
		s.tags[i] = hstr(toks[i].UPOS + "|" + toks[i].XPOS)
		s.upos[i] = hstr(toks[i].UPOS)
	}
	return s
}

// goldClass is the class of a zero-cost move: the gold label goes with an arc.
func (p *Parser) goldClasses(c *config, gold, glab []int) []int {
	sh, left, right := zeroCost(c, gold)
	L := len(p.labels)
	var out []int
	if sh {
		out = append(out, shift)
	}
	if left || right {
		s0 := c.stack[len(c.stack)-1]
		l := glab[s0]
		if left {
			if c.b >= c.n {
				out = append(out, 1+p.root)
			} else if l != p.root {
				out = append(out, 1+l)
			} else {
				for k := range L {
					if k != p.root {
						out = append(out, 1+k)
					}
				}
			}
		}
		if right {
			if l != p.root {
				out = append(out, 1+L+l)
			} else {
				for k := range L {
					if k != p.root {
						out = append(out, 1+L+k)
					}
				}
			}
		}
	}
	return out
}

func parseAccuracy(p *Parser, dev []conllu.Sentence, devTagged [][]dossier.Token) (uas, las float64) {
	total, u, l := 0, 0, 0
	for i := range dev {
		toks := slices.Clone(devTagged[i])
		p.Parse(toks)
		for j, w := range dev[i].Words {
			if isPunct(w.UPOS) {
				continue
			}
			total++
			if toks[j].Head == w.Head {
				u++
				if toks[j].Rel == w.Rel {
					l++
				}
			}
		}
	}
	return float64(u) / float64(max(total, 1)), float64(l) / float64(max(total, 1))
}

func isPunct(upos string) bool { return upos == "PUNCT" }
