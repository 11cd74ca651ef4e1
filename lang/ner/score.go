package ner

import "strings"

// Name is one recognised name: tokens [Start, End) of a sentence, its type and the recogniser's
// confidence in it (the lowest tag probability over its tokens).
type Name struct {
	Start, End int
	Type       string
	Conf       float64
}

// Names reads the names out of a BIO tag sequence. An I- tag that does not continue a name of its
// type starts one, as CoNLL scoring reads it.
func Names(tags []string) []Name {
	var out []Name
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if len(t) < 3 || t[0] == 'O' {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Name{Start: i, End: j, Type: typ, Conf: 1})
		i = j - 1
	}
	return out
}

// Score counts exact-span matches of names by type.
type Score struct {
	TP, FP, FN map[string]int
}

// Add compares one sentence's predicted tags with its gold tags.
func (s *Score) Add(gold, pred []string) {
	if s.TP == nil {
		s.TP, s.FP, s.FN = map[string]int{}, map[string]int{}, map[string]int{}
	}
	g := map[Name]bool{}
	for _, n := range Names(gold) {
		g[n] = true
	}
	for _, n := range Names(pred) {
		if g[n] {
			s.TP[n.Type]++
			delete(g, n)
		} else {
			s.FP[n.Type]++
		}
	}
	for n := range g {
		s.FN[n.Type]++
	}
}

// F1 is the exact-span F1 of one type, or of all types together when typ is "".
func (s Score) F1(typ string) float64 {
	tp, fp, fn := s.counts(typ)
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// Precision is the share of the names found of one type (all types when typ is "") that have
// the gold name's exact span and type.
func (s Score) Precision(typ string) float64 {
	tp, fp, _ := s.counts(typ)
	if tp == 0 {
		return 0
	}
	return float64(tp) / float64(tp+fp)
}

// Recall is the share of the gold names of one type (all types when typ is "") found with their
// exact span and type.
func (s Score) Recall(typ string) float64 {
	tp, _, fn := s.counts(typ)
	if tp == 0 {
		return 0
	}
	return float64(tp) / float64(tp+fn)
}

// counts returns the true positives, false positives and false negatives of one type, or of all
// types together when typ is "".
func (s Score) counts(typ string) (tp, fp, fn int) {
	sum := func(m map[string]int) int {
		if typ != "" {
			return m[typ]
		}
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	return sum(s.TP), sum(s.FP), sum(s.FN)
}

// Evaluate tags the examples a document at a time (with their parts of speech when withPOS) and
// scores the result.
func Evaluate(t *Tagger, data []Example, withPOS bool) Score {
	var s Score
	for i, tags := range t.TagExamples(data, withPOS) {
		s.Add(normalise(data[i].Tags), tags)
	}
	return s
}

// TagExamples returns the tags the tagger gives each example, reading the examples of one
// document together (the second reading sees the whole document), as Evaluate does.
func (t *Tagger) TagExamples(data []Example, withPOS bool) [][]string {
	out := make([][]string, len(data))
	forEachDoc(data, func(lo, hi int) {
		for k, r := range t.read(docInput(data[lo:hi], withPOS)) {
			out[lo+k] = tagNames(r.best)
		}
	})
	return out
}

// docInput gives the words of a document's examples, with their parts of speech when withPOS and
// every example has them.
func docInput(exs []Example, withPOS bool) []input {
	out := make([]input, len(exs))
	tagged := withPOS
	for i, ex := range exs {
		out[i] = ex.input()
		tagged = tagged && len(out[i].upos) == len(ex.Words)
	}
	if !tagged {
		for i := range out {
			out[i] = input{words: out[i].words}
		}
	}
	return out
}

// normalise maps tags outside PER, ORG and LOC to O.
func normalise(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = Tags[tagIndex(strings.TrimSpace(t))]
	}
	return out
}
