package syntax

import (
	"math"
	"strings"

	"github.com/dossier-project/dossier"
)

// Tagger assigns each word a joint universal and Penn Treebank tag ("NOUN|NN") with an averaged
// perceptron read greedily left to right; frequent words that always carry one tag take it
// directly. A second pass reads the first pass's tags of the words ahead as well.
type Tagger struct {
	w      *Weights
	second *Weights // nil: one pass
	tags   []string // class → "UPOS|XPOS"
	dict   map[string]uint8
	amb    map[string]string // normalised frequent word → its training tags ("3,17")
	// casing: the tagger reads the casing of the word and of its sentence (TrainConfig.Casing).
	casing bool
	// sure is the first pass's margin over the next best tag from which the second pass keeps
	// the first's tag without scoring the word again; 0: it scores every word.
	sure int32
}

// describe hashes what the tagger reads of a word.
func (tg *Tagger) describe(w string) wordFeats {
	w = Form(w)
	f := describe(w)
	f.amb = hstr(tg.amb[normal(w)]) + 17
	return f
}

const noTag = 255

// tagFeats writes the features of word i into buf, given the tags chosen for the words before.
// With casing, it adds what the word's and the sentence's casing tell.
func tagFeats(buf []uint32, ws []wordFeats, tags []uint8, i int, casing bool) []uint32 {
	at := func(k int) *wordFeats {
		if k < 0 || k >= len(ws) {
			return &absent
		}
		return &ws[k]
	}
	tag := func(k int) uint64 {
		if k < 0 {
			return 300 + uint64(-k)
		}
		return uint64(tags[k])
	}
	w0, wp, wn, wpp, wnn := at(i), at(i-1), at(i+1), at(i-2), at(i+2)
	t1, t2 := tag(i-1), tag(i-2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	buf = append(buf,
		feat(0),
		feat(1, w0.norm), feat(2, w0.exact), feat(3, w0.shape),
		feat(4, w0.suf[0]), feat(5, w0.suf[1]), feat(6, w0.suf[2]), feat(7, w0.suf[3]),
		feat(8, w0.pre[0]), feat(9, w0.pre[1]), feat(10, w0.pre[2]),
		feat(11, t1), feat(12, t2), feat(13, t1, t2), feat(14, t1, w0.norm), feat(15, t1, w0.suf[2]),
		feat(16, wp.norm), feat(17, wp.suf[2]), feat(18, wp.shape), feat(19, wpp.norm),
		feat(20, wn.norm), feat(21, wn.suf[2]), feat(22, wn.shape), feat(23, wnn.norm), feat(24, wnn.suf[2]),
		feat(25, wp.norm, w0.norm), feat(26, w0.norm, wn.norm), feat(27, first, w0.shape),
		feat(28, wn.suf[1]), feat(29, t1, wn.norm), feat(30, w0.shape, wn.shape),
		feat(31, first, w0.norm), feat(32, wp.suf[0]), feat(33, wn.suf[0]),
		feat(34, w0.amb), feat(35, wn.amb), feat(36, wnn.amb), feat(37, w0.amb, wn.amb),
		feat(38, t1, w0.amb), feat(39, t1, w0.amb, wn.amb), feat(40, w0.amb, w0.suf[2]),
	)
	if casing {
		known := uint64(0)
		if w0.amb != unknownAmb {
			known = 1
		}
		buf = append(buf, feat(56, w0.sent, w0.shape), feat(57, w0.sent, w0.amb), feat(58, w0.sent, first, w0.shape, known),
			feat(59, known, w0.shape), feat(60, w0.sent, wp.shape, w0.shape), feat(61, w0.sent, t1, w0.shape))
	}
	return buf
}

// unknownAmb is the ambiguity class of a word seen too rarely in training to have one.
var unknownAmb = hstr("") + 17

// Tag tags the tokens in place (UPOS and XPOS).
func (tg *Tagger) Tag(toks []dossier.Token) {
	tg.tagDescribed(toks, tg.describeAll(toks))
}

// describeAll describes the words of the tokens.
func (tg *Tagger) describeAll(toks []dossier.Token) []wordFeats {
	ws := make([]wordFeats, len(toks))
	for i := range toks {
		ws[i] = tg.describe(toks[i].Text)
	}
	return ws
}

// hashes returns each tag class's hash and its universal tag's, as the parser reads them.
func (tg *Tagger) hashes() (joint, upos []uint64) {
	for _, t := range tg.tags {
		u, _, _ := strings.Cut(t, "|")
		joint = append(joint, hstr(t))
		upos = append(upos, hstr(u))
	}
	return joint, upos
}

// tagDescribed is Tag with the words already described; it returns the tag classes.
func (tg *Tagger) tagDescribed(toks []dossier.Token, ws []wordFeats) []uint8 {
	tags := tg.tagWords(toks, ws)
	for i, t := range tags {
		toks[i].UPOS, toks[i].XPOS, _ = strings.Cut(tg.tags[t], "|")
	}
	return tags
}

func (tg *Tagger) tagWords(toks []dossier.Token, ws []wordFeats) []uint8 {
	first, margins := tg.firstPass(toks, ws)
	if tg.second == nil {
		return first
	}
	tags, _ := tg.pass(toks, ws, tg.second, first, margins)
	return tags
}

// firstPass tags the words with the first pass's weights (after marking the sentence's casing
// when the tagger reads it) and returns the tags and each one's margin over the next best.
func (tg *Tagger) firstPass(toks []dossier.Token, ws []wordFeats) ([]uint8, []int32) {
	if tg.casing {
		markSentence(ws)
	}
	return tg.pass(toks, ws, tg.w, nil, nil)
}

// pass tags the words greedily with weights w; a second pass is given the first's tags and
// margins, and keeps the first's tag where the margin is wide. It returns the tags and the
// margin of each word's tag over the next best.
func (tg *Tagger) pass(toks []dossier.Token, ws []wordFeats, w *Weights, first []uint8, margins []int32) ([]uint8, []int32) {
	tags := make([]uint8, len(toks))
	var own []int32
	if first == nil {
		own = make([]int32, len(toks))
	}
	var all [256]int32
	scores := all[:len(tg.tags)]
	buf := make([]uint32, 0, 64)
	for i := range toks {
		if t, ok := tg.dict[Form(toks[i].Text)]; ok {
			tags[i] = t
			if own != nil {
				own[i] = math.MaxInt32
			}
			continue
		}
		if margins != nil && tg.sure > 0 && margins[i] >= tg.sure {
			tags[i] = first[i]
			continue
		}
		buf = tagFeats(buf[:0], ws, tags, i, tg.casing)
		if first != nil {
			buf = secondFeats(buf, ws, first, tags, i)
		}
		clear(scores)
		w.score(buf, &all)
		best, margin := top(scores)
		tags[i] = uint8(best)
		if own != nil {
			own[i] = margin
		}
	}
	return tags, own
}

// top returns the best-scoring class (the first of equals) and its lead over the next best.
func top(scores []int32) (best int, margin int32) {
	next := int32(math.MinInt32)
	for c := 1; c < len(scores); c++ {
		switch {
		case scores[c] > scores[best]:
			next = scores[best]
			best = c
		case scores[c] > next:
			next = scores[c]
		}
	}
	if len(scores) < 2 {
		return best, math.MaxInt32
	}
	return best, scores[best] - next
}

// secondFeats adds what the second pass reads: the first pass's tags of the word and the two
// after it, alone and with the word and the tag before.
func secondFeats(buf []uint32, ws []wordFeats, first, tags []uint8, i int) []uint32 {
	ahead := func(k int) uint64 {
		if k >= len(first) {
			return 400
		}
		return uint64(first[k])
	}
	t1 := uint64(301)
	if i > 0 {
		t1 = uint64(tags[i-1])
	}
	f0, f1, f2 := ahead(i), ahead(i+1), ahead(i+2)
	return append(buf,
		feat(60, f0), feat(61, f1), feat(62, f2), feat(63, f1, f2), feat(64, f0, f1),
		feat(65, t1, f1), feat(66, t1, f0, f1), feat(67, f1, ws[i].norm), feat(68, f0, ws[i].suf[2]),
	)
}
