package timex

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// maxClimb bounds the walk up the head chain from an expression to the verb that governs it.
const maxClimb = 8

// verbTense returns the tense of the verb group that governs the expression at [start, end): the
// parse's governing verb when the sentence is parsed and a verb with a tense governs it, else the
// nearest verb group in the words around it.
func (s *state) verbTense(start, end int) tense {
	if tn := s.parsedTense(start, end); tn != tenseNone {
		return tn
	}
	return s.windowTense(start, end)
}

// parsedTense walks the parse from the expression at [start, end) up its head chain to the first
// word that heads a verb group with a tense: "will meet on Friday" is future, "met on Friday"
// past. An infinitive or a participle takes its governor's tense ("plans to meet on Friday").
// It returns tenseNone when the sentence has no parse or nothing on the chain has a tense.
func (s *state) parsedTense(start, end int) tense {
	p, k := s.parsedHead(start, end)
	if k < 0 {
		return tenseNone
	}
	first := tree.WordAt(p, start)
	if s.planModifier(p, k, first, true) {
		return tenseFuture // "payable Dec. 7", "due Dec. 1" read as the date's own modifier
	}
	if !hasGroup(p, k) {
		k = p.Tokens[k].Head
	}
	open := false // the walk came up from an open complement ("plans to meet Monday")
	for n := 0; k >= 0 && n < maxClimb; n++ {
		t := p.Tokens[k]
		plan := s.parsedClass(p, k) == vPlan
		verbal := hasGroup(p, k) || t.UPOS == "VERB"
		switch {
		case !verbal && s.planModifier(p, k, first, false):
			return tenseFuture // "a split, payable Dec. 7 to holders", the date hung on the noun
		case verbal:
			tn := s.groupOf(p, k, open)
			if open && s.undertaken(p, k, tn) {
				return tenseFuture // "agreed to buy the unit in June"
			}
			if tn != tenseNone {
				return tn
			}
			// A bare past participle after a noun tells of what was done ("shares issued July
			// 1"); one of arranging leaves it to the clause ("the service planned for Saturday").
			if t.XPOS == "VBN" && strings.HasPrefix(t.Rel, "acl") && !plan && !hasGroup(p, k) {
				return tensePast
			}
		case plan && t.UPOS == "ADJ":
			return tenseFuture // "payable Dec. 15", "due Friday"
		case open:
			return tenseNone // "set to resume Monday": a predicate the parse gives no verb
		}
		if verbal && strings.HasPrefix(t.Rel, "acl") && tree.Child(p, k, "mark") >= 0 && t.Head >= 0 && s.commitWord(p, t.Head) {
			return tenseFuture // "an agreement to acquire the bank in January"
		}
		if verbal && t.Rel != "xcomp" && !(t.XPOS == "VBN" && strings.HasPrefix(t.Rel, "acl")) {
			// An infinitive, gerund or clause of its own without a tense: its governor's tense
			// need not be its own ("opposed the truce to undermine the talks set for Monday").
			return tenseNone
		}
		open = t.Rel == "xcomp"
		k = t.Head
	}
	return tenseNone
}

// undertaken reports whether word k, reached from the open complement that holds an
// expression, is a verb of undertaking in the simple past or present perfect ("agreed to buy",
// "has promised to withdraw"): what it undertook is still to be done, so the expression lies
// ahead. tn is the tense of k's own group; "had agreed to" tells of a past seen from the past.
func (s *state) undertaken(p *dossier.Sentence, k int, tn tense) bool {
	if tn != tensePast && tn != tensePerfect || !s.commitWord(p, k) {
		return false
	}
	for _, c := range tree.Children(p, k) {
		if strings.HasPrefix(p.Tokens[c].Rel, "aux") && s.parsedClass(p, c) == vHad {
			return false
		}
	}
	return true
}

// commitWord reports whether word k is a verb or noun of undertaking (commit-words.txt), by
// its lemma or, failing that, its form.
func (s *state) commitWord(p *dossier.Sentence, k int) bool {
	t := p.Tokens[k]
	return s.t.lx.commits[strings.ToLower(t.Lemma)] || s.t.lx.commits[strings.ToLower(t.Text)]
}

// planModifier reports whether word k, the head of an expression whose first word is first
// (own) or a noun on the walk up from it, has an adjective of arranging ("payable", "due") before
// the expression with nothing between them but its own words and the expression's: the
// expression belongs to that adjective's phrase ("a split, payable Dec. 7 to stock of record")
// though the parse hangs them side by side on the noun or the adjective on the date, so the verb
// that governs the noun ("authorized") does not give the date's tense. On a noun above the
// expression only an adjectival modifier (amod, acl) counts.
func (s *state) planModifier(p *dossier.Sentence, k, first int, own bool) bool {
	if first < 0 {
		return false
	}
	for _, c := range tree.Children(p, k) {
		r := p.Tokens[c].Rel
		if c >= first || p.Tokens[c].UPOS != "ADJ" || !own && r != "amod" && !strings.HasPrefix(r, "acl") {
			continue
		}
		if s.parsedClass(p, c) == vPlan && between(p, c, first) {
			return true
		}
	}
	return false
}

// between reports whether every word after c and before first hangs, within a few steps, on c
// or on a word at or after first: c's own phrase runs up to the expression.
func between(p *dossier.Sentence, c, first int) bool {
	for w := c + 1; w < first; w++ {
		h, n := p.Tokens[w].Head, 0
		for h >= 0 && h != c && h < first && n < maxClimb {
			h, n = p.Tokens[h].Head, n+1
		}
		if h != c && h < first {
			return false
		}
	}
	return true
}

// parsedHead returns the parsed sentence holding the expression at [start, end) and the index of
// the expression's head word in it, or -1 when the sentence has no parse or the span no head.
func (s *state) parsedHead(start, end int) (*dossier.Sentence, int) {
	p := tree.SentenceAt(s.parse, start)
	if p == nil {
		return nil, -1
	}
	return p, tree.SpanHead(p, start, end)
}

// hasGroup reports whether word k carries auxiliaries or a copula: it heads a verb group.
func hasGroup(p *dossier.Sentence, k int) bool {
	return tree.Child(p, k, "aux", "cop") >= 0
}

// groupOf reads the tense of the verb group headed by word k from its auxiliaries, copula and the
// word itself, as groupTense reads a group of words in a row. A verb of arranging at its head
// makes it future when the group is finite or open reached it ("plans to meet"), not as a bare
// participle.
func (s *state) groupOf(p *dossier.Sentence, k int, open bool) tense {
	words := []int{k}
	for _, c := range tree.Children(p, k) {
		if r := p.Tokens[c].Rel; strings.HasPrefix(r, "aux") || r == "cop" {
			words = append(words, c)
		}
	}
	sort.Ints(words)
	var r group
	for _, w := range words {
		c := s.parsedClass(p, w)
		if c == vPlan && w == k && !open {
			c = vNone // decided below, once the group's finite word is known
		}
		r.add(c)
	}
	r.plan = r.plan || r.first != vNone && s.parsedClass(p, k) == vPlan
	return r.tense()
}

// parsedClass is what word w says of its verb group: the tense list's class for auxiliaries and
// verbs of arranging, else its tag (a past or present finite verb).
func (s *state) parsedClass(p *dossier.Sentence, w int) verbClass {
	t := p.Tokens[w]
	lw := strings.ReplaceAll(strings.ToLower(t.Text), "’", "'")
	c := s.t.lx.tense[lw]
	if c == vNone && t.XPOS == "MD" {
		c = s.t.lx.tense[strings.ToLower(t.Lemma)]
	}
	switch c {
	case vFuture, vWould, vModal, vPlan, vHad, vPerfect:
		return c
	case vPast:
		if t.XPOS == "VBP" || t.XPOS == "VBZ" || t.XPOS == "VB" {
			return vPast // an irregular past form the tagger took for a present ("retook")
		}
	}
	switch t.XPOS {
	case "VBD":
		return vPast
	case "VBZ", "VBP":
		return vPresent
	case "VB":
		// A base form with a subject of its own and no auxiliary or "to" is a present verb the
		// tagger took for an infinitive ("they expect the deal to close").
		if tree.Child(p, w, "nsubj") >= 0 && tree.Child(p, w, "aux", "mark") < 0 {
			return vPresent
		}
	}
	return vNone
}

// presentSchedule reports whether the parse hangs the expression at [start, end) as a time
// modifier straight on a verb group in the present that is no verb of saying, or makes it the
// predicate of a present "be": news tells an arranged event so ("the ministers meet Monday", "the
// show opens Friday", "the vote is held Friday", "the deadline is Friday"), while a present of
// saying tells of the past ("the minister says Monday …"). A present progressive is left to the
// clause: the parse hangs on it the date of an event its object names as often as an arranged
// time ("police are investigating a shooting on Monday").
func (s *state) presentSchedule(start, end int) bool {
	p, k := s.parsedHead(start, end)
	if k < 0 {
		return false
	}
	k = firstConjunct(p, k)
	if c := tree.Child(p, k, "cop"); c >= 0 {
		return s.parsedClass(p, c) == vPresent && tree.Child(p, k, "nsubj") >= 0
	}
	// A weekday is never what a verb acts on: the parse's "obj" is a bare time modifier too.
	if r := p.Tokens[k].Rel; !strings.HasPrefix(r, "obl") && r != "nmod:tmod" && r != "obj" {
		return false
	}
	h := p.Tokens[k].Head
	if h < 0 || !s.presentGroup(p, h) || !hasSubject(p, h) {
		return false
	}
	v := p.Tokens[h]
	return !s.t.lx.speech[strings.ToLower(v.Text)] && !s.t.lx.speech[strings.ToLower(v.Lemma)]
}

// presentGroup reports whether word h heads a verb group in the simple present: a finite verb,
// or a past participle whose only auxiliary is a present form of "be" (a present passive, "is
// held").
func (s *state) presentGroup(p *dossier.Sentence, h int) bool {
	v := p.Tokens[h]
	if !hasGroup(p, h) {
		return v.XPOS == "VBZ" || v.XPOS == "VBP"
	}
	if v.XPOS != "VBN" {
		return false
	}
	for _, c := range tree.Children(p, h) {
		r := p.Tokens[c].Rel
		if (strings.HasPrefix(r, "aux") || r == "cop") && s.parsedClass(p, c) != vPresent {
			return false
		}
	}
	return true
}

// hasSubject reports whether verb h has a subject of its own or, as the second of two joined
// verbs joined by "and" or "or" ("was signed in March and takes effect in July"), shares the
// first one's. Without the conjunction the "verb" is more likely a noun the tagger misread.
func hasSubject(p *dossier.Sentence, h int) bool {
	if tree.Child(p, h, "nsubj") >= 0 {
		return true
	}
	t := p.Tokens[h]
	return t.Rel == "conj" && tree.Child(p, h, "cc") >= 0 && t.Head >= 0 && tree.Child(p, t.Head, "nsubj") >= 0
}

// pastActDate reports whether the parse hangs the expression of f straight on a verb in the
// simple past, with its subject, that is no verb of saying ("resigned in December", "attacked on Dec. 3"): the
// time of an act done, which lies wholly before the reference, unlike what a verb of telling
// reports ("warned of a cut in September").
func (s *state) pastActDate(f found) bool {
	p, k := s.parsedHead(f.start, f.end)
	if k < 0 {
		return false
	}
	k = firstConjunct(p, k)
	if r := p.Tokens[k].Rel; !strings.HasPrefix(r, "obl") && r != "nmod:tmod" {
		return false
	}
	h := p.Tokens[k].Head
	if h < 0 {
		return false
	}
	// A verb without a subject of its own may be a participle the tagger took for a past
	// ("will redeem 9.5 million Series H preferred shares on Oct. 31").
	v := p.Tokens[h]
	return v.XPOS == "VBD" && tree.Child(p, h, "nsubj") >= 0 &&
		!s.t.lx.speech[strings.ToLower(v.Text)] && !s.t.lx.speech[strings.ToLower(v.Lemma)]
}

// firstConjunct is the first of the words joined by "and" or "or" that word k is one of ("on
// Thursday and Friday" gives Thursday for Friday): the one the parse hangs on the verb, whose
// place the others share. A word joined to a verb is left as it is.
func firstConjunct(p *dossier.Sentence, k int) int {
	for n := 0; n < maxClimb && p.Tokens[k].Rel == "conj"; n++ {
		h := p.Tokens[k].Head
		if h < 0 || p.Tokens[h].UPOS == "VERB" || p.Tokens[h].UPOS == "AUX" {
			break
		}
		k = h
	}
	return k
}
