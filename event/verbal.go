package event

import (
	"strings"

	"github.com/dossier-project/dossier/lang/tree"
)

// verbalReading reports whether trigger m ("attacked", "attacks on") is read as criticism rather
// than blows: nothing armed stands in the sentence (@armed words, attackers, forces, a war), and
// what it acts on is speech or a record ("attacks on his record", @speech), a reason follows
// ("for his comments", "for ignoring"), a predicate follows ("as weak"), or a person is the
// subject of the verb or the possessor of the noun in a sentence about a debate, a speech or a
// campaign (@stage), or, when the trigger is done in turns ("took turns attacking X", @turns),
// a person is its object in such a sentence.
func (x *Extractor) verbalReading(s *sent, m match, f frame) bool {
	if x.armedSentence(s) {
		return false
	}
	_, objToks, _ := x.object(s, m, f, nil)
	if x.anyOfClass(s, objToks, "speech") {
		return true
	}
	if x.reasonFollows(s, m) {
		return true
	}
	items, _ := x.subject(s, m, f)
	if x.inTurns(s, m) {
		objs, _, _ := x.object(s, m, f, nil)
		items = append(items, objs...)
	}
	for _, it := range items {
		if it.typ == "PER" && x.anyOfClass(s, allToks(s), "stage") {
			return true
		}
	}
	return false
}

// inTurns reports whether trigger m is done in turns with others ("took turns attacking X"): the
// parse hangs it on a word of @turns, or, without a parse, such a word stands right before it.
func (x *Extractor) inTurns(s *sent, m match) bool {
	turns := x.lx.classes["turns"]
	k, _ := parseTrigger(s, m)
	if k < 0 {
		return m.t0 > 0 && turns[s.toks[m.t0-1].norm]
	}
	p := s.parse
	h := p.Tokens[k].Head
	switch rel := p.Tokens[k].Rel; {
	case h < 0, rel != "acl" && rel != "xcomp" && rel != "advcl":
		return false
	}
	return turns[strings.ToLower(p.Tokens[h].Lemma)] || turns[strings.ToLower(p.Tokens[h].Text)]
}

// armedSentence reports whether weapons, casualties, places of fighting, armed actors or the
// cues of a war stand in the sentence.
func (x *Extractor) armedSentence(s *sent) bool {
	for _, cl := range []string{"armed", "attackers", "forces"} {
		if x.anyOfClass(s, allToks(s), cl) {
			return true
		}
	}
	return x.inSentence(s, "warfare")
}

// reasonFollows reports whether a preposition of reasons (@reasons: "for", "over") with a
// @speech word or a gerund, or "as" with an adjective, follows the trigger's object in its
// clause ("attacked her for her comments", "over her support", "attacked him as weak").
func (x *Extractor) reasonFollows(s *sent, m match) bool {
	c := s.clauses[m.cl]
	last := m.words[len(m.words)-1]
	for k := last + 1; k < c.t1 && k <= last+6; k++ {
		switch {
		case x.lx.classes["reasons"][s.toks[k].norm]:
			var ks []int
			for j := k + 1; j < c.t1 && j <= k+4; j++ {
				ks = append(ks, j)
			}
			u := uposAt(s, k+1, c.t1)
			return x.anyOfClass(s, ks, "speech") || u == "VERB" || u == "AUX"
		case s.toks[k].norm == "as":
			j := k + 1
			if j < c.t1 && s.w.determiners[s.toks[j].norm] {
				j++
			}
			return uposAt(s, j, c.t1) == "ADJ"
		}
	}
	return false
}

// uposAt returns the part of speech the parse gives token k, or "" without a parse.
func uposAt(s *sent, k, limit int) string {
	if s.parse == nil || k >= limit {
		return ""
	}
	w := tree.WordAt(s.parse, s.toks[k].start)
	if w < 0 {
		return ""
	}
	return s.parse.Tokens[w].UPOS
}

// anyOfClass reports whether a token of ks that names nothing is a word of class cl.
func (x *Extractor) anyOfClass(s *sent, ks []int, cl string) bool {
	words := x.lx.classes[cl]
	for _, k := range ks {
		if s.itemAt[k] < 0 && words[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// allToks returns the indices of all tokens of the sentence.
func allToks(s *sent) []int {
	ks := make([]int, len(s.toks))
	for i := range ks {
		ks[i] = i
	}
	return ks
}
