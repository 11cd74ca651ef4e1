package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// ongoing reports whether the event of trigger m is told as going on or recurring rather than
// as one incident: in the progressive perfect ("has been carrying out air strikes"), as the
// complement of a verb like "keep" or "continue" ("keeps shelling", "continued to bomb"), or
// with a cue of frequency or of a span in its clause ("daily raids", "since 2011", "over the
// past three years").
func (x *Extractor) ongoing(s *sent, m match) bool {
	k := -1
	if t, noun := parseTrigger(s, m); t >= 0 {
		first := tree.WordAt(s.parse, s.toks[m.t0].start)
		k = t
		if noun {
			k = phraseHead(s, m, k)
		}
		if first < 0 {
			first = k
		}
		if x.ongoingParse(s, k, first) || s.w.halted(s.parse, k) || s.w.supposed(s.parse, k) {
			return true
		}
	}
	c := s.clauses[m.cl]
	for i := c.t0; i < c.t1; i++ {
		for _, cue := range s.w.ongoingCues {
			if x.ongoingAt(s, i, c.t1, cue) && (k < 0 || governs(s, k, i)) {
				return true
			}
		}
	}
	return false
}

// halted reports whether parse word k, a trigger's head, is what a verb or noun of stopping
// stops: its object ("halted air strikes", "suspended the raids") or the noun "to" or "of" hangs on
// it ("an end to the bombing", "a halt of the raids"). What one stops was going on.
func (lw *wordLists) halted(p *dossier.Sentence, k int) bool {
	h, rel := p.Tokens[k].Head, p.Tokens[k].Rel
	if h < 0 || !lw.ongoingHalts[strings.ToLower(p.Tokens[h].Lemma)] {
		return false
	}
	switch {
	case rel == "obj" || rel == "nsubj:pass":
		return p.Tokens[h].UPOS == "VERB"
	case rel == "nmod":
		prep := strings.ToLower(tree.Preposition(p, k))
		return p.Tokens[h].UPOS == "NOUN" && (prep == "to" || prep == "of")
	}
	return false
}

// supposed reports whether the event of parse word k is told in the plain infinitive of a verb
// of supposition ("are widely believed to be accompanied by air strikes", "are thought to
// launch raids"): a state or a habit someone supposes, not one incident. A noun takes the verb
// whose object or oblique it is; a perfect infinitive ("believed to have struck") may tell one.
func (lw *wordLists) supposed(p *dossier.Sentence, k int) bool {
	v := k
	if p.Tokens[k].UPOS == "NOUN" {
		h, rel := verbOblique(p, k)
		if h < 0 || p.Tokens[h].UPOS != "VERB" || rel != "obj" && !strings.HasPrefix(rel, "obl") {
			return false
		}
		v = h
	}
	g := p.Tokens[v].Head
	if g < 0 || p.Tokens[v].Rel != "xcomp" || !lw.supposeVerbs[strings.ToLower(p.Tokens[g].Lemma)] {
		return false
	}
	for _, c := range tree.Children(p, v) {
		if strings.HasPrefix(p.Tokens[c].Rel, "aux") && strings.EqualFold(p.Tokens[c].Lemma, "have") {
			return false
		}
	}
	return true
}

// governs reports whether the cue at sentence token i hangs on the trigger's parse word k, on
// the verb whose object k is ("conducted air strikes since May") or on the predicate k is the
// subject of when it tells how k goes on ("the raids have been relentless since May"), and not
// through a participant: "a daily respite from air strikes" or "rebels in power since 2019
// shelled the town" tell nothing of k's aspect.
func governs(s *sent, k, i int) bool {
	p := s.parse
	w := tree.WordAt(p, s.toks[i].start)
	if w < 0 {
		return true
	}
	top := k
	if h, rel := p.Tokens[k].Head, p.Tokens[k].Rel; h >= 0 && (rel == "obj" || rel == "obl:agent" || rel == "nsubj" && s.w.tellsOfSubject(p, h)) {
		top = h // "X has been repeatedly struck by rocket fire"
	}
	ofParticipant := false
	for n := 0; w >= 0 && n < len(p.Tokens); n++ {
		if w == k || w == top {
			return !ofParticipant
		}
		ofParticipant = ofParticipant || participant(p.Tokens[w].Rel)
		w = p.Tokens[w].Head
	}
	return false
}

// tellsOfSubject reports whether the modifiers of parse word h tell how its subject goes on: h
// is the predicate of a copula ("the raids have been relentless since May") or a verb of going
// on ("the shelling continued for weeks", "has been going on for months").
func (lw *wordLists) tellsOfSubject(p *dossier.Sentence, h int) bool {
	if lw.ongoingVerbs[strings.ToLower(p.Tokens[h].Lemma)] {
		return true
	}
	for _, c := range tree.Children(p, h) {
		rel, w := p.Tokens[c].Rel, strings.ToLower(p.Tokens[c].Text)
		if rel == "cop" || rel == "compound:prt" && w == "on" {
			return true
		}
	}
	return false
}

// participant reports whether a dependency names a participant of its head's event, a clause
// describing it or a noun standing for it, whose own modifiers tell of that participant ("rebels
// in power since 2019", "the blockade maintained for years", "X, a town quiet since 2019"), not of
// the event.
func participant(rel string) bool {
	base, _, _ := strings.Cut(rel, ":")
	return base == "nsubj" || base == "obj" || base == "iobj" || base == "csubj" || base == "acl" || base == "appos"
}

// ongoingParse reads the aspect of parse word k, the head of a trigger whose first word is
// first: a verb in the progressive perfect, or a verb or noun that a verb of continuing governs
// or stands right before ("keeps shelling", "continued to shell"), or that is its subject
// ("clashes continued"); a noun takes the aspect of the verb whose object it is ("has been
// carrying out air strikes").
func (x *Extractor) ongoingParse(s *sent, k, first int) bool {
	p := s.parse
	if progressivePerfect(p, k) {
		return true
	}
	if h, rel := p.Tokens[k].Head, p.Tokens[k].Rel; h >= 0 && rel == "nsubj" && s.w.ongoingVerbs[strings.ToLower(p.Tokens[h].Lemma)] {
		return true // "clashes continued", "the bombardment continues unabated"
	}
	if h := subjectOf(p, k); h >= 0 && progressivePerfect(p, h) {
		return true // "dozens of air strikes have been targeting X"
	}
	for _, c := range tree.Children(p, k) {
		if rel := p.Tokens[c].Rel; (rel == "acl" || rel == "amod") && s.w.ongoingMods[strings.ToLower(p.Tokens[c].Text)] {
			return true // "the ongoing bombardment", "repeated attacks", "clashes continuing in X"
		}
	}
	if h, rel := p.Tokens[k].Head, p.Tokens[k].Rel; h >= 0 && (rel == "xcomp" || rel == "obj") {
		if s.w.ongoingVerbs[strings.ToLower(p.Tokens[h].Lemma)] || rel == "obj" && progressivePerfect(p, h) {
			return true
		}
	}
	// "continued to carry out air strikes", "continue to kill civilians through air strikes": the
	// verb the noun hangs on continues.
	if h, rel := verbOblique(p, k); h >= 0 && (rel == "obj" || rel == "obl") {
		if g := p.Tokens[h].Head; g >= 0 && p.Tokens[h].Rel == "xcomp" && s.w.ongoingVerbs[strings.ToLower(p.Tokens[g].Lemma)] {
			return true
		}
	}
	j := first - 1
	if j >= 0 && strings.EqualFold(p.Tokens[j].Text, "to") {
		j--
	}
	return j >= 0 && p.Tokens[j].UPOS == "VERB" && s.w.ongoingVerbs[strings.ToLower(p.Tokens[j].Lemma)]
}

// verbOblique is the head of parse word k and k's relation to it, where a prepositional noun
// the parse hangs on the verb's object counts as the verb's oblique: in "continue to kill
// civilians through air strikes" the strikes tell how the killing is done, whether the parse
// attaches them to "kill" or to "civilians".
func verbOblique(p *dossier.Sentence, k int) (int, string) {
	h, rel := p.Tokens[k].Head, p.Tokens[k].Rel
	if h >= 0 && rel == "nmod" && p.Tokens[h].Rel == "obj" && p.Tokens[h].Head >= 0 && tree.Child(p, k, "case") >= 0 {
		return p.Tokens[h].Head, "obl"
	}
	return h, rel
}

// subjectOf is the verb parse word k is the subject of, itself or as what a subject counts
// ("dozens of air strikes"); -1 when none.
func subjectOf(p *dossier.Sentence, k int) int {
	h, rel := p.Tokens[k].Head, p.Tokens[k].Rel
	if h >= 0 && rel == "nmod" && p.Tokens[h].Rel == "nsubj" {
		h, rel = p.Tokens[h].Head, "nsubj"
	}
	if h < 0 || rel != "nsubj" {
		return -1
	}
	return h
}

// progressivePerfect reports whether parse word k is a present participle with the auxiliaries
// "have" and "be": "has been shelling".
func progressivePerfect(p *dossier.Sentence, k int) bool {
	if p.Tokens[k].XPOS != "VBG" {
		return false
	}
	have, be := false, false
	for _, c := range tree.Children(p, k) {
		if strings.HasPrefix(p.Tokens[c].Rel, "aux") {
			switch strings.ToLower(p.Tokens[c].Lemma) {
			case "have":
				have = true
			case "be":
				be = true
			}
		}
	}
	return have && be
}

// ongoingAt reports whether the words of cue stand at token i of the sentence, before token end;
// "<n>" matches any number and "<date>" a word of a time expression ("since Tuesday").
func (x *Extractor) ongoingAt(s *sent, i, end int, cue []string) bool {
	if i+len(cue) > end {
		return false
	}
	for j, w := range cue {
		tk := s.toks[i+j].norm
		if w == "<n>" && x.isNumber(tk) || w == "<date>" && s.inTimex[i+j] || w == tk {
			continue
		}
		return false
	}
	return true
}

// campaignTolls marks the figures of events told as going on as running totals: "keeps shelling
// the town, killing thirty" counts the dead of a campaign, not of one incident.
func campaignTolls(events []dossier.Event) {
	for i := range events {
		if !events[i].Ongoing {
			continue
		}
		for j := range events[i].Figures {
			events[i].Figures[j].Total = true
		}
	}
}

// campaignFigures marks as running totals the figures whose casualty word an attack noun told
// as going on carries: "killed in the ongoing assault", "the continuing bombardment has killed
// 30" and "killed in daily raids" count a campaign's dead, not one incident's, though the
// noun is not the trigger the figures hang on. words are the figures' casualty words.
func (x *Extractor) campaignFigures(s *sent, figs []dossier.Figure, words []dossier.Span) {
	if s.parse == nil {
		return
	}
	for fi := range figs {
		v := tree.WordAt(s.parse, words[fi].Start)
		if figs[fi].Total || v < 0 {
			continue
		}
		for k, t := range s.parse.Tokens {
			if x.lx.figures.incidents[strings.ToLower(t.Text)] != "" && carries(s.parse, v, k) && x.ongoingNoun(s, k) {
				figs[fi].Total = true
				break
			}
		}
	}
}

// carries reports whether parse word k tells what the casualty word v was done in or by: an
// oblique or subject of v ("killed in the assault", "the assault killed"), or a noun modifying
// one ("killed in shelling during the offensive").
func carries(p *dossier.Sentence, v, k int) bool {
	for n := 0; n < 3 && k >= 0; n++ {
		base, _, _ := strings.Cut(p.Tokens[k].Rel, ":")
		if base != "obl" && base != "nsubj" && base != "nmod" {
			return false
		}
		if k = p.Tokens[k].Head; k == v {
			return true
		}
	}
	return false
}

// ongoingNoun reports whether the attack noun at parse word k is told as going on: by its own
// parse ("the ongoing assault", "clashes continued") or by a cue of frequency or span that
// hangs on it ("daily raids").
func (x *Extractor) ongoingNoun(s *sent, k int) bool {
	if x.ongoingParse(s, k, k) {
		return true
	}
	for i := range s.toks {
		if w := tree.WordAt(s.parse, s.toks[i].start); w < 0 || w == k {
			continue
		}
		for _, cue := range s.w.ongoingCues {
			if x.ongoingAt(s, i, len(s.toks), cue) && governs(s, k, i) {
				return true
			}
		}
	}
	return false
}
