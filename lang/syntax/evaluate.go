package syntax

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// Scores are the CoNLL 2018 shared task's measures over words aligned by character offsets: F1 of
// the words themselves, of UPOS, lemmas, unlabelled attachment and labelled attachment (the label
// without its subtype).
type Scores struct {
	Gold, System int // words
	Words        float64
	UPOS         float64
	Lemma        float64
	UAS, LAS     float64
}

// counts are the correct aligned words per measure.
type counts struct {
	gold, sys, words, upos, lemma, uas, las int
}

// Evaluate reads each sentence's raw text as Dossier would — split into sentences by split,
// tokenised and analysed by m — and scores the result against the gold trees.
func Evaluate(m *Model, split func(string) []dossier.Span, gold []conllu.Sentence) Scores {
	return evaluate(gold, func(g *conllu.Sentence) []dossier.Token { return ownWords(m, split, g.Text) })
}

// EvaluateGoldWords scores m on the gold trees given the gold words themselves, one sentence each:
// the tagger and parser alone, without what sentence splitting and tokenising lose.
func EvaluateGoldWords(m *Model, gold []conllu.Sentence) Scores {
	return evaluate(gold, func(g *conllu.Sentence) []dossier.Token {
		spans := goldSpans(g)
		toks := make([]dossier.Token, len(g.Words))
		for i, w := range g.Words {
			toks[i] = dossier.Token{Span: spans[i], Text: w.Form, Head: -1}
		}
		m.Analyze(toks)
		return toks
	})
}

// evaluate scores the analysed words read gives each gold sentence, heads indexing its result.
func evaluate(gold []conllu.Sentence, read func(*conllu.Sentence) []dossier.Token) Scores {
	var c counts
	for i := range gold {
		c.add(&gold[i], read(&gold[i]))
	}
	f1 := func(k int) float64 {
		if c.gold+c.sys == 0 {
			return 0
		}
		return 2 * float64(k) / float64(c.gold+c.sys)
	}
	return Scores{Gold: c.gold, System: c.sys, Words: f1(c.words), UPOS: f1(c.upos), Lemma: f1(c.lemma), UAS: f1(c.uas), LAS: f1(c.las)}
}

// ownWords splits text into sentences with split and analyses each with m, as Dossier reads a
// document: the words of all its sentences in order, each head an index into the whole.
func ownWords(m *Model, split func(string) []dossier.Span, text string) []dossier.Token {
	var sys []dossier.Token
	for _, sp := range split(text) {
		s := m.Sentence(text, sp)
		base := len(sys)
		for _, t := range s.Tokens {
			if t.Head >= 0 {
				t.Head += base
			}
			sys = append(sys, t)
		}
	}
	return sys
}

// add counts the words sys read for gold sentence g that align with its words and agree.
func (c *counts) add(g *conllu.Sentence, sys []dossier.Token) {
	spans := goldSpans(g)
	goldAt := map[dossier.Span]int{}
	for i, sp := range spans {
		if sp.End > sp.Start {
			goldAt[sp] = i
		}
	}
	align := make([]int, len(sys)) // system word → gold word, -1 when none
	for i, t := range sys {
		j, ok := goldAt[t.Span]
		if !ok {
			j = -1
		}
		align[i] = j
	}
	c.gold += len(g.Words)
	c.sys += len(sys)
	for i, t := range sys {
		j := align[i]
		if j < 0 {
			continue
		}
		w := g.Words[j]
		c.words++
		if t.UPOS == w.UPOS {
			c.upos++
		}
		if t.Lemma == w.Lemma {
			c.lemma++
		}
		headOK := (t.Head < 0 && w.Head < 0) || (t.Head >= 0 && w.Head >= 0 && align[t.Head] == w.Head)
		if headOK {
			c.uas++
			if universal(t.Rel) == universal(w.Rel) {
				c.las++
			}
		}
	}
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// goldSpans finds each gold word in the sentence text. A multiword token's words share out its
// characters when their forms spell it ("don't" = "do" + "n't"); otherwise they get none and
// cannot be matched.
func goldSpans(g *conllu.Sentence) []dossier.Span {
	spans := make([]dossier.Span, len(g.Words))
	text := g.Text
	pos := 0
	find := func(form string) (int, bool) {
		k := strings.Index(text[pos:], form)
		if k < 0 {
			return 0, false
		}
		return pos + k, true
	}
	mwt := map[int]conllu.Token{}
	for _, t := range g.MWT {
		mwt[t.First] = t
	}
	for i := 0; i < len(g.Words); i++ {
		if t, ok := mwt[i]; ok {
			at, found := find(t.Form)
			if !found {
				i = t.Last
				continue
			}
			var joined strings.Builder
			for k := t.First; k <= t.Last; k++ {
				joined.WriteString(g.Words[k].Form)
			}
			if joined.String() == t.Form {
				p := at
				for k := t.First; k <= t.Last; k++ {
					spans[k] = dossier.Span{Start: p, End: p + len(g.Words[k].Form)}
					p += len(g.Words[k].Form)
				}
			}
			pos = at + len(t.Form)
			i = t.Last
			continue
		}
		at, found := find(g.Words[i].Form)
		if !found {
			continue
		}
		spans[i] = dossier.Span{Start: at, End: at + len(g.Words[i].Form)}
		pos = spans[i].End
	}
	return spans
}
