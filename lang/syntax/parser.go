package syntax

import (
	"github.com/dossier-project/dossier"
)

// Parser is a labelled arc-hybrid transition parser (Kuhlmann et al. 2011) scored by an averaged
// perceptron and read greedily. Classes: 0 shifts; 1..L attach the stack top to the buffer front
// with label l (left arc); L+1..2L attach it to the word below it on the stack (right arc).
type Parser struct {
	w      *Weights
	labels []string
	root   int // the label number of "root"
	// branches and margin set selectional branching (see branching): with branches > 1, up to
	// branches-1 other move sequences are tried, from the decisions won by at most margin.
	branches int
	margin   int32
}

const shift = 0

// config is a parser state. Words are 0..n-1; n stands for the root, the last buffer item.
type config struct {
	n      int
	stack  []int
	b      int
	heads  []int
	labels []uint8
	// children seen so far: two leftmost and two rightmost, counts and label sets.
	l1, l2, r1, r2 []int
	nl, nr         []uint8
	lset, rset     []uint64
}

func newConfig(n int) *config {
	c := &config{}
	c.reset(n)
	return c
}

// reset makes c the initial configuration for n words, reusing its room when it is large enough.
func (c *config) reset(n int) {
	k := n + 1
	ints := room(c.heads, 5*k)
	for i := range ints {
		ints[i] = -1
	}
	small := room(c.labels, 3*k)
	clear(small)
	sets := room(c.lset, 2*k)
	clear(sets)
	// heads, labels and lset begin their arrays, so that their capacity is the arrays' room.
	c.n, c.b = n, 0
	c.heads, c.l1, c.l2, c.r1, c.r2 = ints[:k], ints[k:2*k:2*k], ints[2*k:3*k:3*k], ints[3*k:4*k:4*k], ints[4*k:5*k:5*k]
	c.labels, c.nl, c.nr = small[:k], small[k:2*k:2*k], small[2*k:3*k:3*k]
	c.lset, c.rset = sets[:k], sets[k:2*k:2*k]
	if c.stack == nil {
		c.stack = make([]int, 0, 16)
	}
	c.stack = c.stack[:0]
}

// room returns n elements of the array of s when it holds that many, or of a new one.
func room[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (c *config) done() bool { return len(c.stack) == 0 && c.b >= c.n }

// valid reports which of the three moves may be made: shift, left arc, right arc.
func (c *config) valid() (sh, left, right bool) {
	s := len(c.stack)
	return c.b < c.n, s >= 1 && (c.b < c.n || s == 1), s >= 2
}

func (c *config) attach(head, dep int, label uint8) {
	c.heads[dep] = head
	c.labels[dep] = label
	if label < 64 {
		if dep < head {
			c.lset[head] |= 1 << label
		} else {
			c.rset[head] |= 1 << label
		}
	}
	if dep < head {
		c.nl[head]++
		if c.l1[head] == -1 || dep < c.l1[head] {
			c.l2[head] = c.l1[head]
			c.l1[head] = dep
		} else if c.l2[head] == -1 || dep < c.l2[head] {
			c.l2[head] = dep
		}
	} else {
		c.nr[head]++
		if c.r1[head] == -1 || dep > c.r1[head] {
			c.r2[head] = c.r1[head]
			c.r1[head] = dep
		} else if c.r2[head] == -1 || dep > c.r2[head] {
			c.r2[head] = dep
		}
	}
}

// apply makes move m (a class) with L labels.
func (c *config) apply(m, L int) {
	switch {
	case m == shift:
		c.stack = append(c.stack, c.b)
		c.b++
	case m <= L:
		s0 := c.stack[len(c.stack)-1]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(c.b, s0, uint8(m-1))
	default:
		s0 := c.stack[len(c.stack)-1]
		s1 := c.stack[len(c.stack)-2]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(s1, s0, uint8(m-1-L))
	}
}

// sentence is what the parser reads of each word: its hashed form and its tag.
type sentence struct {
	words []uint64
	tags  []uint64
	upos  []uint64 // the universal tag alone, for features that generalise over fine tags

	// buffered holds, for buffer position b, the scores of the features of bufferFeats at
	// buffered[b*k:(b+1)*k], for the weights by, where have[b]: see Parser.bufferScores.
	buffered []int32
	have     []bool
	by       *Weights
}

// bufferScores returns the scores (k classes) of the features of bufferFeats for c's buffer.
// They are the same for every configuration with that buffer: on every arc made from it, and
// in every branch, which reads again the buffers the greedy reading has read. So they are
// scored once a sentence and position, and the scores of a configuration are these plus those
// of its stateFeats: sums of integers, the same whatever their order.
func (p *Parser) bufferScores(c *config, s *sentence, k int) []int32 {
	if s.by != p.w || len(s.have) != c.n+1 {
		s.by = p.w
		s.buffered = make([]int32, (c.n+1)*k)
		s.have = make([]bool, c.n+1)
	}
	at := s.buffered[c.b*k : (c.b+1)*k]
	if !s.have[c.b] {
		var fb [16]uint32
		var scores [256]int32
		p.w.score(c.bufferFeats(fb[:0], s), &scores)
		copy(at, scores[:k])
		s.have[c.b] = true
	}
	return at
}

const (
	noneWord = 0x51ed27
	rootWord = 0x7007
)

// parseFeats appends the features of c that the parser scores: those of bufferFeats and of
// stateFeats.
func (c *config) parseFeats(buf []uint32, s *sentence) []uint32 {
	return c.stateFeats(c.bufferFeats(buf, s), s)
}

// word returns the hashed form of word i, or the words standing for no word and for the root.
func (c *config) word(s *sentence, i int) uint64 {
	switch {
	case i < 0:
		return noneWord
	case i >= c.n:
		return rootWord
	}
	return s.words[i]
}

// tag and coarse return the fine and the universal tag of word i (see class).
func (c *config) tag(s *sentence, i int) uint64 { return c.class(s.tags, i) }

func (c *config) coarse(s *sentence, i int) uint64 { return c.class(s.upos, i) }

// class returns the tag hash of word i in v (the fine or the universal tags), or the tags
// standing for no word and for the root.
func (c *config) class(v []uint64, i int) uint64 {
	switch {
	case i < 0:
		return 997
	case i >= c.n:
		return 998
	}
	return v[i]
}

// lab returns the label of the arc to word i, or the label standing for no word.
func (c *config) lab(i int) uint64 {
	if i < 0 {
		return 999
	}
	return uint64(c.labels[i])
}

// st returns the k-th word from the top of the stack, or -1.
func (c *config) st(k int) int {
	if k < len(c.stack) {
		return c.stack[len(c.stack)-1-k]
	}
	return -1
}

// bf returns the k-th item of the buffer, or -1.
func (c *config) bf(k int) int {
	if c.b+k <= c.n {
		return c.b + k
	}
	return -1
}

// child returns v[i] (a child of word i), or -1 for no word.
func child(v []int, i int) int {
	if i < 0 {
		return -1
	}
	return v[i]
}

// bufferFeats appends the features that read only the first words of the buffer, which no arc
// changes: they are the same for every configuration with the same buffer (see bufferScores).
func (c *config) bufferFeats(buf []uint32, s *sentence) []uint32 {
	b0, b1, b2, b3 := c.bf(0), c.bf(1), c.bf(2), c.bf(3)
	b0w, b0t, b1w, b1t, b2w, b2t := c.word(s, b0), c.tag(s, b0), c.word(s, b1), c.tag(s, b1), c.word(s, b2), c.tag(s, b2)
	return append(buf,
		feat(100),
		feat(104, b0w), feat(105, b0t), feat(106, b0w, b0t),
		feat(107, b1w), feat(108, b1t), feat(109, b1w, b1t),
		feat(110, b2w), feat(111, b2t), feat(112, b2w, b2t),
		feat(124, b0t, b1t), feat(125, b0t, b1t, b2t), feat(179, b0w, b1w),
		feat(204, c.tag(s, b3)), feat(205, b1t, b2t, c.tag(s, b3)),
	)
}

// stateFeats appends the features of c that bufferFeats leaves out: those that read the stack
// or the children found so far.
func (c *config) stateFeats(buf []uint32, s *sentence) []uint32 {
	word, tag, coarse, lab := func(i int) uint64 { return c.word(s, i) }, func(i int) uint64 { return c.tag(s, i) },
		func(i int) uint64 { return c.coarse(s, i) }, c.lab
	get := child
	s0, s1, s2 := c.st(0), c.st(1), c.st(2)
	b0, b1, b2 := c.bf(0), c.bf(1), c.bf(2)
	s0l1, s0l2, s0r1, s0r2 := get(c.l1, s0), get(c.l2, s0), get(c.r1, s0), get(c.r2, s0)
	b0l1, b0l2 := get(c.l1, b0), get(c.l2, b0)
	s1r1, s1l1 := get(c.r1, s1), get(c.l1, s1)
	s0w, s0t, s1w, s1t, s2t := word(s0), tag(s0), word(s1), tag(s1), tag(s2)
	b0w, b0t, b1w, b1t, b2t := word(b0), tag(b0), word(b1), tag(b1), tag(b2)
	d01, vl1, vr1, rs1 := uint64(0), uint64(9), uint64(9), uint64(0)
	if s1 >= 0 {
		d01 = uint64(min(s0-s1, 6))
		vl1, vr1, rs1 = uint64(c.nl[s1]), uint64(c.nr[s1]), c.rset[s1]
	}
	dist := uint64(0)
	if s0 >= 0 && b0 >= 0 {
		dist = uint64(min(b0-s0, 6))
	}
	var vl0, vr0, vlb uint64 = 9, 9, 9
	if s0 >= 0 {
		vl0, vr0 = uint64(c.nl[s0]), uint64(c.nr[s0])
	}
	if b0 >= 0 {
		vlb = uint64(c.nl[b0])
	}
	var ls0, rs0, lsb uint64
	if s0 >= 0 {
		ls0, rs0 = c.lset[s0], c.rset[s0]
	}
	if b0 >= 0 {
		lsb = c.lset[b0]
	}
	return append(buf,
		feat(101, s0w), feat(102, s0t), feat(103, s0w, s0t),
		feat(113, s1w), feat(114, s1t), feat(115, s1w, s1t), feat(116, s2t),
		feat(117, s0w, s0t, b0w, b0t), feat(118, s0w, s0t, b0w), feat(119, s0w, b0w, b0t),
		feat(120, s0w, s0t, b0t), feat(121, s0t, b0w, b0t), feat(122, s0w, b0w), feat(123, s0t, b0t),
		feat(126, s0t, b0t, b1t), feat(127, s1t, s0t, b0t),
		feat(128, s0t, tag(s0l1), b0t), feat(129, s0t, tag(s0r1), b0t), feat(130, s0t, b0t, tag(b0l1)),
		feat(131, s1t, s0t, tag(s0l1)), feat(132, s1t, s0t, tag(s0r1)), feat(133, s2t, s1t, s0t),
		feat(134, s0w, dist), feat(135, s0t, dist), feat(136, b0w, dist), feat(137, b0t, dist),
		feat(138, s0w, b0w, dist), feat(139, s0t, b0t, dist),
		feat(140, s0w, vr0), feat(141, s0t, vr0), feat(142, s0w, vl0), feat(143, s0t, vl0),
		feat(144, b0w, vlb), feat(145, b0t, vlb),
		feat(146, word(s0l1)), feat(147, tag(s0l1)), feat(148, lab(s0l1)),
		feat(149, word(s0r1)), feat(150, tag(s0r1)), feat(151, lab(s0r1)),
		feat(152, word(b0l1)), feat(153, tag(b0l1)), feat(154, lab(b0l1)),
		feat(155, tag(s0l2)), feat(156, lab(s0l2)), feat(157, tag(s0r2)), feat(158, lab(s0r2)),
		feat(159, tag(b0l2)), feat(160, lab(b0l2)),
		feat(161, s0t, tag(s0l1), tag(s0l2)), feat(162, s0t, tag(s0r1), tag(s0r2)),
		feat(163, b0t, tag(b0l1), tag(b0l2)),
		feat(164, s0w, rs0), feat(165, s0t, rs0), feat(166, s0w, ls0), feat(167, s0t, ls0),
		feat(168, b0w, lsb), feat(169, b0t, lsb),
		feat(170, s1t, tag(s1r1)), feat(171, s1t, lab(s1r1)), feat(172, s1t, tag(s1l1), s0t),
		feat(173, s1w, s0w), feat(174, s1t, s0t), feat(175, s1w, s0t), feat(176, s1t, s0w),
		feat(177, s1t, s0t, b1t), feat(178, s0t, b0t, b2t),
		feat(180, s0t, lab(s0l1), lab(s0r1)),
		feat(181, coarse(s0), coarse(b0)), feat(182, coarse(s1), coarse(s0), coarse(b0)),
		feat(183, coarse(s0), coarse(b0), coarse(b1)), feat(184, coarse(s0), coarse(b0), dist),
		feat(185, coarse(s0), coarse(s0l1), coarse(s0r1), coarse(b0)),
		// The word below the stack top, its children and its distance from it: what a right arc reads.
		feat(186, s1w, s1t, s0t), feat(187, s1t, s0w, s0t), feat(188, s1t, s0t, d01),
		feat(189, s1w, s0w, d01), feat(190, s1t, vl1, vr1), feat(191, s1w, vr1),
		feat(192, s1t, lab(s1l1), lab(s1r1)), feat(193, word(s1r1)), feat(194, s1t, rs1),
		feat(195, s1t, s0t, tag(s0r1)), feat(196, s1w, s0t, b0t),
		// Words of the children with their heads.
		feat(197, s0w, word(s0r1)), feat(198, s0w, word(s0l1)), feat(199, b0w, word(b0l1)),
		feat(200, s0t, word(s0l1)), feat(201, b0t, word(b0l1)), feat(202, word(s0l2)), feat(203, word(b0l2)),
		feat(206, s0w, b0w, b1t), feat(207, s0t, b0w, b1w),
	)
}

// bestValid returns the highest-scoring class among the valid moves. At the root only the root
// label may be used, and nowhere else.
func (p *Parser) bestValid(c *config, scores []int32) int {
	best, _ := p.topValid(c, scores)
	return best
}

// topValid returns the two highest-scoring classes among the valid moves (second is -1 when only
// one move is valid).
func (p *Parser) topValid(c *config, scores []int32) (best, second int) {
	sh, left, right := c.valid()
	L := len(p.labels)
	best, second = -1, -1
	try := func(m int) {
		switch {
		case best < 0 || scores[m] > scores[best]:
			best, second = m, best
		case second < 0 || scores[m] > scores[second]:
			second = m
		}
	}
	if sh {
		try(shift)
	}
	if left {
		if c.b >= c.n {
			try(1 + p.root)
		} else {
			for l := range L {
				if l != p.root {
					try(1 + l)
				}
			}
		}
	}
	if right {
		for l := range L {
			if l != p.root {
				try(1 + L + l)
			}
		}
	}
	return best, second
}

// Parse attaches tagged tokens: Head (-1 for the root) and Rel.
func (p *Parser) Parse(toks []dossier.Token) { p.parse(toks, parseInput(toks)) }

func (p *Parser) parse(toks []dossier.Token, s *sentence) {
	var c *config
	if p.branches > 1 {
		rec := trails.Get().(*trail)
		defer trails.Put(rec)
		c, _ = p.branching(len(toks), s, rec, nil)
		defer rec.release(c)
	} else {
		c = newConfig(len(toks))
		p.finish(c, s, nil)
	}
	for i := range toks {
		h := c.heads[i]
		if h >= len(toks) {
			h = -1
		}
		toks[i].Head = h
		toks[i].Rel = p.labels[c.labels[i]]
	}
}
