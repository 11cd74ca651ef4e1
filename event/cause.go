package event

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// cause takes the reason the sentence gives after the trigger, in its clause or the next. With
// a parse, only a reason whose phrase hangs on the event (see reasonAnchors) is its cause: in
// "will respond to an attack because …" the reason is the response's, and the attack has none.
func (x *Extractor) cause(text string, s *sent, m match) string {
	anchors := reasonAnchors(s, m)
	last := m.words[len(m.words)-1]
	for i := last + 1; i < len(s.toks); i++ {
		ci := clauseOf(s, i)
		if ci > m.cl+1 {
			return ""
		}
		if s.itemAt[i] >= 0 {
			continue
		}
		for _, ph := range x.lx.causes[s.toks[i].norm] {
			if i+len(ph) > len(s.toks) || !wordsAt(s, i, ph) {
				continue
			}
			j := i + len(ph)
			if len(ph) == 1 && s.w.controlPreps[ph[0]] && !overCause(s, i) {
				continue
			}
			if anchors != nil && !anchors[tree.Attachment(s.parse, tree.WordAt(s.parse, s.toks[i].start))] {
				continue
			}
			k := j
			for k < len(s.toks) && k < j+25 && s.toks[k].word {
				k++
			}
			if k == j {
				continue
			}
			return text[s.toks[j].start:s.toks[k-1].end]
		}
	}
	return ""
}

// reasonAnchors returns the parse words a reason of trigger m's event may hang on: the
// trigger, the light or support verb whose object (or passive subject) a noun trigger is
// ("carried out the raid because …"), the verb whose open complement it is ("decided to sack
// him because …"), the participles that describe a noun trigger ("an attack carried out in
// retaliation for …"), and the conjuncts of these. It is nil when the
// sentence has no parse or the trigger no word in it.
func reasonAnchors(s *sent, m match) map[int]bool {
	k, noun := parseTrigger(s, m)
	if k < 0 {
		return nil
	}
	p := s.parse
	if noun {
		k = nounHead(p, phraseHead(s, m, k))
	}
	out := map[int]bool{k: true}
	t := p.Tokens[k]
	switch {
	case t.Head < 0:
	case noun && (t.Rel == "obj" || t.Rel == "nsubj:pass") && s.w.carries(p, t.Head):
		out[t.Head] = true
	case !noun && t.Rel == "xcomp":
		out[t.Head] = true
	}
	if noun {
		for _, c := range tree.Children(p, k) {
			if p.Tokens[c].Rel == "acl" && p.Tokens[c].UPOS == "VERB" {
				out[c] = true // "an attack carried out in retaliation for …"
			}
		}
	}
	base := make([]int, 0, len(out))
	for a := range out {
		base = append(base, a)
	}
	for _, a := range base {
		addConjuncts(p, a, out)
	}
	return out
}

// carries reports whether verb v is a light or support verb: one that carries the event of
// the noun it takes ("made a visit", "launched strikes").
func (lw *wordLists) carries(p *dossier.Sentence, v int) bool {
	return tree.Carrier(p, v, lw.lightVerbs, lw.supportVerbs)
}

// addConjuncts adds to set the conjuncts of word a: the word it is conjoined to and those
// conjoined to it ("attacked the town and killed five because …", "five were killed and ten
// were injured due to …").
func addConjuncts(p *dossier.Sentence, a int, set map[int]bool) {
	if t := p.Tokens[a]; t.Rel == "conj" && t.Head >= 0 {
		set[t.Head] = true
	}
	for _, c := range tree.Children(p, a) {
		if p.Tokens[c].Rel == "conj" {
			set[c] = true
		}
	}
}

// overCause tells "clashed over the decision" from "took over the leadership".
func overCause(s *sent, i int) bool {
	if i+1 >= len(s.toks) || !s.w.determiners[s.toks[i+1].norm] || i == 0 {
		return false
	}
	return !s.w.overControl[s.toks[i-1].norm]
}
