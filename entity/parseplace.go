package entity

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// placeVotes votes for a place where the parse shows an unknown name used as places are used: the
// object of a preposition of place ("killed in X", "shelling near X and Y"), a name listed
// under a noun for a place ("the town of X", "villages including X and Y") or one that modifies
// such a noun ("X countryside", "X es Y village"). A later name of a list shares the first one's
// preposition. The votes are kept apart in c.place too: a chain one of whose mentions acts (the
// subject of a verb) is an actor, and chainTypes takes them back.
func (d *doc) placeVotes(parse []dossier.Sentence) {
	for _, c := range d.cands {
		if c.hasGaz || c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end || !d.placeShaped(c) || d.bodyCue(c.a-1) {
			continue
		}
		p := tree.SentenceAt(parse, c.start)
		if p == nil {
			continue
		}
		h := tree.SpanHead(p, c.start, c.end)
		if h < 0 {
			continue
		}
		// After a preposition the parse misread a subject ("Near X, one strike hit").
		if d.acts(p, h) && (c.a == 0 || d.toks[c.a-1].upos != "ADP") {
			c.acts = true
			continue
		}
		if n := d.placeUse(p, h); n > 0 {
			d.vote(c, dossier.LOC, n)
			c.place += n
		}
	}
}

// placeUse returns the votes for a place that the use of the name headed by word h of sentence p
// earns (see placeVotes), 0 when it reads as no place's.
func (d *doc) placeUse(p *dossier.Sentence, h int) int {
	k := h
	for n := 0; n < 4 && p.Tokens[k].Rel == "conj" && p.Tokens[k].Head >= 0; n++ {
		k = p.Tokens[k].Head // "in X and Y": Y shares X's preposition
	}
	t := p.Tokens[k]
	rel, _, _ := strings.Cut(t.Rel, ":")
	head := ""
	if t.Head >= 0 && p.Tokens[t.Head].UPOS == "NOUN" {
		head = strings.ToLower(p.Tokens[t.Head].Text)
	}
	if tree.Child(p, h, "det") >= 0 {
		// "in a Mazda", "in the Davis Cup": a thing or an event; the places written with an
		// article are known ones.
		return 0
	}
	prep := tree.Preposition(p, k)
	if cs := tree.Child(p, k, "case"); cs >= 0 && d.inquiryBefore(func(i int) string {
		if i < 0 {
			return ""
		}
		return strings.ToLower(p.Tokens[i].Text)
	}, cs) {
		return 0 // "investigations into X": what is looked into, not a place
	}
	switch {
	case (rel == "obl" || rel == "nmod") && d.g.w.placeCases[prep]:
		return 2
	case (rel == "nmod" || rel == "appos") && d.g.is("LOCNOUN", head) && (prep == "" || d.g.w.placeLists[prep]):
		return 2
	case (rel == "compound" || rel == "flat") && d.g.is("LOCNOUN", head) && t.Head > k:
		return 2
	}
	return 0
}

// acts reports whether word h of sentence p is the subject of a verb in the active voice: a name
// that does something is an actor, whatever prepositions of place it takes elsewhere.
func (d *doc) acts(p *dossier.Sentence, h int) bool {
	t := p.Tokens[h]
	return t.Rel == "nsubj" && t.Head >= 0 && p.Tokens[t.Head].UPOS == "VERB"
}

// placeShaped reports whether a name may be a place's that nothing else types: no word of it is
// an acronym ("Roth IRA") and its last word is no ordinary word ("Case Reports", "Fan Vote").
func (d *doc) placeShaped(c *cand) bool {
	for k := c.a; k < c.b; k++ {
		if isAcronym(d.toks[k].text) {
			return false
		}
	}
	last := d.low[c.b-1]
	return !d.lowSeen[last] && !d.g.is("COMMON", last)
}

// inquiryBefore reports whether the preposition at word p, whose words word gives in lower case
// ("" out of range), follows a noun of inquiry, past commas and words that join a part to it
// (INQUIRYJOIN: "investigations into X", "probes, including into X"): the name after it is what
// is looked into, not a place.
func (d *doc) inquiryBefore(word func(int) string, p int) bool {
	k := p - 1
	for n := 0; n < 3 && (word(k) == "," || d.g.is("INQUIRYJOIN", word(k))); n++ {
		k--
	}
	return d.g.is("INQUIRYNOUN", word(k))
}
