package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// roleRecipient is the role of the one something is given or sent to (an indirect object).
const roleRecipient = "recipient"

// parseTrigger returns the index in the parse of the word that trigger m's words stand for — a
// verb, else a noun — and whether it is a noun there; -1 when the sentence has no parse or the
// trigger is neither.
func parseTrigger(s *sent, m match) (int, bool) {
	p := s.parse
	if p == nil {
		return -1, false
	}
	noun := -1
	var ks []int
	for _, w := range m.words {
		if k := tree.WordAt(p, s.toks[w].start); k >= 0 {
			ks = append(ks, k)
		}
	}
	for _, k := range ks {
		switch {
		case p.Tokens[k].UPOS == "VERB":
			return k, false
		case p.Tokens[k].UPOS == "NOUN" && (noun < 0 || slices.Contains(ks, p.Tokens[noun].Head)):
			// Of "air strikes" the head, "strikes", stands for the trigger.
			noun = k
		}
	}
	return noun, noun >= 0
}

// benefitRoles are the roles of the one a support or an aid noun is for: the one backed, the
// one who receives.
var benefitRoles = map[dossier.EventType]string{dossier.Support: roleTarget, dossier.Aid: roleRecipient}

// nounArgs reads the roles the modifiers of noun trigger n play: a possessor acts (or, for the
// nouns whose possessor undergoes them, undergoes: "his arrest"), "between" and "by" tell who
// acts, "with" and "against" whom it is aimed at, "in" where and "to" whither; "for" and "to"
// whom support or aid is for.
func (lw *wordLists) nounArgs(p *dossier.Sentence, n int, t dossier.EventType) map[int]string {
	roles := map[int]string{}
	if k := lw.supporter(p, n); k >= 0 {
		roles[k] = roleActor
	}
	if k := lw.underSubject(p, n); k >= 0 {
		roles[k] = roleTarget // "X came under rocket fire"
	}
	for _, k := range tree.Children(p, n) {
		rel, c := p.Tokens[k].Rel, tree.Preposition(p, k)
		if strings.HasPrefix(rel, "acl") {
			// "an attack carried out by X": the agent of the verb that describes the noun.
			if a := tree.Agent(p, k); a >= 0 {
				roles[a] = roleActor
			}
			continue
		}
		switch {
		case rel == "nmod" && lw.ofPreps[c] && lw.territoryNouns[strings.ToLower(p.Tokens[n].Text)]:
			roles[k] = roleTarget // "the invasion of X": X is taken
		case strings.HasPrefix(rel, "nsubj") && lw.patientCases[tree.Preposition(p, n)]:
			roles[k] = roleTarget // "X has been under siege"
		case rel == "nmod:poss" && patientNouns[t]:
			roles[k] = roleTarget
		case rel == "nmod" && lw.ofPreps[c] && participantNouns[t]:
			roles[k] = roleActor // "the meeting of X", "the withdrawal of X": X takes part
		case rel == "nmod:poss":
			roles[k] = roleActor
		case rel == "nmod":
			if r := lw.caseRole(c, t); r != "" {
				roles[k] = r
			}
		}
	}
	return roles
}

// underSubject returns the subject of the verb that noun trigger n is an oblique of with a
// preposition of patientCases ("X came under fire", "X fell under attack"): the subject undergoes
// it. -1 for none.
func (lw *wordLists) underSubject(p *dossier.Sentence, n int) int {
	v := p.Tokens[n].Head
	if v < 0 || p.Tokens[n].Rel != "obl" || p.Tokens[v].UPOS != "VERB" || !lw.patientCases[tree.Preposition(p, n)] {
		return -1
	}
	return tree.Subject(p, v)
}

// caseRole is the role a noun trigger of type t gives a modifier its preposition c brings in
// ("support for X", "the attack on X", "strikes by X"); "" when c tells none.
func (lw *wordLists) caseRole(c string, t dossier.EventType) string {
	switch {
	case lw.benefitCases[c] && benefitRoles[t] != "":
		return benefitRoles[t] // "support for X", "aid to X"
	case lw.parseActorCases[c]:
		return roleActor
	case lw.parseTargetCases[c]:
		return roleTarget
	case lw.parsePlaceCases[c]:
		return rolePlace
	case lw.parseDestCases[c]:
		return roleDest
	}
	return ""
}

// lightVerbArgs adds to roles those of the light verb whose object noun trigger n is ("the Air
// Force carried out the raid": the verb's subject acts), where the noun's own modifiers give
// none of that word.
func (lw *wordLists) lightVerbArgs(p *dossier.Sentence, n int, t dossier.EventType, roles map[int]string) {
	n = nounHead(p, n)
	h := p.Tokens[n].Head
	if h < 0 || p.Tokens[n].Rel != "obj" || p.Tokens[h].UPOS != "VERB" || !lw.lightVerbs[strings.ToLower(p.Tokens[h].Text)] {
		return
	}
	for k, role := range lw.parseArgs(p, h, t) {
		if _, ok := roles[k]; !ok && k != n {
			roles[k] = role
		}
	}
}

// objectPhrases adds to roles the prepositional phrases right after noun trigger n that the
// parse hangs on the verb whose object n is ("carried out the attack on X", "condemned the
// attack on X"): they tell of the noun as its own modifier would, unless the verb itself brings
// in the one accused with that preposition ("blamed the attack on X"). Of the other verbs, those
// of doing the noun's act keep the parse's reading ("stepped up its raids on X"), and for the
// rest a phrase that tells where or whither stays the verb's ("dispatched aid to X").
func (lw *wordLists) objectPhrases(p *dossier.Sentence, n int, t dossier.EventType, roles map[int]string) {
	n = nounHead(p, n)
	h := p.Tokens[n].Head
	if h < 0 || p.Tokens[n].Rel != "obj" || p.Tokens[h].UPOS != "VERB" {
		return
	}
	light := lw.lightVerbs[strings.ToLower(p.Tokens[h].Text)]
	if !light && lw.supportVerbs[strings.ToLower(p.Tokens[h].Lemma)] {
		return // "stepped up its raids on X": the parse's reading stands
	}
	for _, k := range tree.Obliques(p, h) {
		if _, ok := roles[k]; ok || tree.CaseMarker(p, k) != n+1 {
			continue
		}
		c := tree.Preposition(p, k)
		if lw.blameOn[strings.ToLower(p.Tokens[h].Lemma)] == c || !light && (lw.parsePlaceCases[c] || lw.parseDestCases[c]) {
			continue
		}
		if r := lw.caseRole(c, t); r != "" {
			roles[k] = r
		}
	}
}

// passiveAgentArgs adds to roles the subject of the passive verb whose agent attack noun n is,
// or whose place phrase it is ("X was targeted by Russian strikes", "X was killed in an air
// strike"): the attack fell on it, where the noun's own modifiers do not name it. Only a name
// counts, and only the verb's one subject: a line of tags run into the text may stand before the
// real one.
func (lw *wordLists) passiveAgentArgs(p *dossier.Sentence, n int, t dossier.EventType, roles map[int]string) {
	if t != dossier.Assault {
		return
	}
	n = nounHead(p, n)
	h := p.Tokens[n].Head
	if h < 0 || p.Tokens[h].UPOS != "VERB" || tree.Agent(p, h) != n && !(p.Tokens[n].Rel == "obl" && lw.parsePlaceCases[tree.Preposition(p, n)]) {
		return
	}
	k := tree.PassiveSubject(p, h)
	if k < 0 || k == n || k > h || p.Tokens[k].UPOS != "PROPN" {
		return
	}
	for j := k + 1; j < h; j++ {
		if p.Tokens[j].Head == h && strings.HasPrefix(p.Tokens[j].Rel, "nsubj") {
			return
		}
	}
	if _, ok := roles[k]; !ok {
		roles[k] = roleTarget
	}
}

// nounHead is the head of a trigger of two or three nouns ("air strike", "car bomb attack"),
// which stands for it: token n, or the noun it is a compound of.
func nounHead(p *dossier.Sentence, n int) int {
	for steps := 0; steps < 2 && p.Tokens[n].Rel == "compound" && p.Tokens[n].Head >= 0; steps++ {
		n = p.Tokens[n].Head
	}
	return n
}

// supporter returns the doer of noun trigger n that is the object of a support verb, or the
// subject of one in the passive: the verb's subject ("X reached an agreement", "X laid siege")
// or agent ("strikes were launched by X", also where the parse took the participle for a finite
// verb); -1 otherwise.
func (lw *wordLists) supporter(p *dossier.Sentence, n int) int {
	t := p.Tokens[n]
	if t.Head < 0 {
		return -1
	}
	if t.Rel == "nmod" && lw.ofPreps[tree.Preposition(p, n)] && lw.actCounts[strings.ToLower(p.Tokens[t.Head].Text)] {
		// "X carried out dozens of air strikes": the count stands for the acts.
		n = t.Head
		if t = p.Tokens[n]; t.Head < 0 {
			return -1
		}
	}
	h := t.Head
	if k := lw.owner(p, n); k >= 0 {
		return k
	}
	if !lw.supportVerbs[strings.ToLower(p.Tokens[h].Lemma)] {
		// "the strike was believed to have been carried out by X": the subject of a verb of
		// seeming or saying is that of the support verb its open complement is.
		x := tree.Child(p, h, "xcomp")
		if t.Rel != "nsubj:pass" && t.Rel != "nsubj" || x < 0 || !lw.supportVerbs[strings.ToLower(p.Tokens[x].Lemma)] || tree.Subject(p, x) >= 0 {
			return -1
		}
		h = x
	}
	switch t.Rel {
	case "obj":
		return tree.Subject(p, h)
	case "nsubj:pass", "nsubj":
		// A passive participle read as a finite verb ("raids carried out by X killed …") keeps
		// its agent: the noun is then its subject.
		return tree.Agent(p, h)
	}
	return -1
}

// owner returns the subject of the verb that owns trigger n through a noun of owning: "X
// claimed responsibility for the bombing", "X took credit for the attack", "X claimed
// responsibility for shooting down the plane". The trigger hangs by "for" on the noun, the
// verb's object, or on the verb itself; -1 otherwise.
func (lw *wordLists) owner(p *dossier.Sentence, n int) int {
	h := p.Tokens[n].Head
	c := tree.Preposition(p, n)
	if k := tree.Child(p, n, "mark"); k >= 0 {
		c = strings.ToLower(p.Tokens[k].Text)
	}
	if h < 0 || !lw.owningCases[c] {
		return -1
	}
	v := h
	switch p.Tokens[n].Rel {
	case "nmod", "acl":
		v = p.Tokens[h].Head
	case "obl", "advcl":
	default:
		return -1
	}
	if v < 0 || !lw.ownsBy(p, v) {
		return -1
	}
	return tree.Subject(p, v)
}

// ownsBy reports whether verb v owns an act through its object, a noun of owning ("claimed
// responsibility", "took credit").
func (lw *wordLists) ownsBy(p *dossier.Sentence, v int) bool {
	o := tree.Object(p, v)
	return o >= 0 && slices.Contains(lw.owning[strings.ToLower(p.Tokens[o].Lemma)], strings.ToLower(p.Tokens[v].Lemma))
}

// reactsTo reports whether token k is the subject of the verb whose object is noun trigger n,
// a verb that neither carries the event (a light verb: "made a visit") nor names its doing (a
// support verb: "launched strikes"): one who condemns, reports or fears an attack is not its doer.
func (lw *wordLists) reactsTo(p *dossier.Sentence, k, n int) bool {
	if k < 0 || n < 0 {
		return false
	}
	n = nounHead(p, n)
	h := p.Tokens[n].Head
	if h < 0 || p.Tokens[n].Rel != "obj" || p.Tokens[h].UPOS != "VERB" {
		return false
	}
	verb := p.Tokens[h]
	if lw.lightVerbs[strings.ToLower(verb.Text)] || lw.supportVerbs[strings.ToLower(verb.Lemma)] {
		return false
	}
	// Any subject of the verb: a misparse may give it two ("X Friday condemned").
	return p.Tokens[k].Head == h && strings.HasPrefix(p.Tokens[k].Rel, "nsubj")
}

// parseArgs reads the roles verb v's dependents play: subject and agent act, an object or a
// passive subject undergoes, an indirect object receives, an oblique with "in", "at" or "near"
// tells where and one with "to" or "into" whither. It returns the role of each argument word.
func (lw *wordLists) parseArgs(p *dossier.Sentence, v int, t dossier.EventType) map[int]string {
	roles := map[int]string{}
	set := func(k int, role string) {
		if k >= 0 {
			roles[k] = role
		}
	}
	set(tree.Subject(p, v), roleActor)
	if tree.Subject(p, v) < 0 {
		set(lw.owner(p, v), roleActor) // "X claimed responsibility for shooting down the plane"
	}
	set(tree.PassiveSubject(p, v), roleTarget)
	obj := tree.Object(p, v)
	if obj < 0 && (patientNouns[t] || t == dossier.Assault) {
		obj = misreadObject(p, v)
	}
	set(obj, roleTarget)
	if t == dossier.Assault {
		lw.objectSite(p, obj, roles)
	}
	if t == dossier.Reject {
		for _, k := range lw.proposers(p, v, obj) {
			set(k, roleTarget) // "rejected a proposal from X": X's proposal is refused
		}
	}
	if iobj := tree.IndirectObject(p, v); obj >= 0 {
		set(iobj, roleRecipient)
	} else {
		set(iobj, roleTarget) // an indirect object alone is a misread object ("asked her to")
	}
	if t == dossier.Threaten && obj < 0 {
		// "threatened to kill X": the one the threatened act would fall on is threatened.
		for _, k := range tree.Children(p, v) {
			if p.Tokens[k].Rel == "xcomp" {
				set(tree.Object(p, k), roleTarget)
			}
		}
	}
	agent := tree.Agent(p, v)
	set(agent, roleActor)
	set(lw.controller(p, v), roleActor)
	set(participleDoer(p, v), roleActor)
	if h, role := modifiedNoun(p, v); h >= 0 && roles[h] == "" {
		roles[h] = role
		for _, k := range tree.Children(p, v) {
			if r := p.Tokens[k].Rel; k < v && role == roleTarget && (r == "compound" || r == "obl:unmarked" || r == "obl" || r == "nmod") {
				roles[k] = roleActor // "U.S.-backed forces": the name before the participle acts
			}
		}
	}
	for _, k := range tree.Obliques(p, v) {
		if k == agent {
			continue
		}
		switch c := tree.Preposition(p, k); {
		case lw.parsePlaceCases[c]:
			roles[k] = rolePlace
		case lw.parseDestCases[c]:
			roles[k] = roleDest
		}
	}
	return roles
}

// objectSite marks as places the phrases that say where the object obj of an attack lies, told
// by a past participle that describes it ("struck the camp situated in X", "hit a school
// located near Y"): where what was hit lies is where the attack fell.
func (lw *wordLists) objectSite(p *dossier.Sentence, obj int, roles map[int]string) {
	if obj < 0 || p.Tokens[obj].UPOS != "NOUN" {
		return
	}
	for _, c := range tree.Children(p, obj) {
		if p.Tokens[c].Rel != "acl" || p.Tokens[c].XPOS != "VBN" || tree.Agent(p, c) >= 0 {
			continue
		}
		for _, k := range tree.Obliques(p, c) {
			if lw.parsePlaceCases[tree.Preposition(p, k)] {
				roles[k] = rolePlace
			}
		}
	}
}

// proposers returns the names whose proposal, offer or demand the common noun obj, object of
// verb v, is: its possessor ("X's offer") and the phrases its "from" or "by" brings in ("a
// proposal from X"), also where the parse hangs such a phrase right after the noun on the verb.
func (lw *wordLists) proposers(p *dossier.Sentence, v, obj int) []int {
	if obj < 0 || p.Tokens[obj].UPOS != "NOUN" {
		return nil
	}
	var out []int
	for _, k := range tree.Children(p, obj) {
		c := tree.Preposition(p, k)
		switch rel := p.Tokens[k].Rel; {
		case rel == "nmod:poss", rel == "nmod" && (lw.originCases[c] || lw.agentPreps[c]):
			out = append(out, k)
		}
	}
	for _, k := range tree.Obliques(p, v) {
		if c := tree.Preposition(p, k); tree.CaseMarker(p, k) == obj+1 && (lw.originCases[c] || lw.agentPreps[c]) {
			out = append(out, k)
		}
	}
	return out
}

// misreadObject returns the subject of a clause after verb v when that subject's phrase starts
// right after v and the clause is v's complement ("the decision to remove X led to ...", read as
// "remove [X led to ...]") or has the noun v describes for a second subject ("decision ... X
// led"): X is what is removed. Acts that fall on someone take no clause, so the name is their
// object. -1 otherwise.
func misreadObject(p *dossier.Sentence, v int) int {
	c := tree.Child(p, v, "ccomp")
	if t := p.Tokens[v]; c < 0 && t.Rel == "acl" && t.Head >= 0 && p.Tokens[t.Head].Rel == "nsubj" {
		c = p.Tokens[t.Head].Head
	}
	if c <= v {
		return -1
	}
	s := -1
	for _, k := range tree.Children(p, c) {
		if k > v && k < c && strings.HasPrefix(p.Tokens[k].Rel, "nsubj") {
			s = k
		}
	}
	for k := v + 1; k < s; k++ {
		if h := p.Tokens[k].Head; h <= v || h > s || p.Tokens[k].Rel == "punct" {
			return -1
		}
	}
	return s
}

// participleDoer returns the doer of a present participle v that adds what the act of its
// clause did ("the army advanced in X, killing scores", "X launched strikes, killing 40"): the
// active subject of the verb it hangs on; -1 when v has a subject of its own or the verb is
// passive.
func participleDoer(p *dossier.Sentence, v int) int {
	t := p.Tokens[v]
	if t.XPOS != "VBG" || t.Rel != "advcl" || t.Head < 0 || p.Tokens[t.Head].UPOS != "VERB" ||
		tree.Child(p, v, "nsubj", "nsubj:pass", "expl", "mark") >= 0 {
		return -1
	}
	return tree.Subject(p, t.Head)
}

// passiveHost reports whether the word at h is the passive subject of the verb that the
// present participle v adds to ("X was shot down near Y, killing all five on board"): what
// underwent that verb's act does not do the participle's. The parse may hang the participle as
// the verb's complement; only one with a phrase of the verb's between counts then ("X were seen
// shelling" keeps X the doer).
func passiveHost(p *dossier.Sentence, h, v int) bool {
	if h < 0 || v < 0 || p.Tokens[v].XPOS != "VBG" || p.Tokens[h].Rel != "nsubj:pass" || p.Tokens[h].Head != p.Tokens[v].Head {
		return false
	}
	switch p.Tokens[v].Rel {
	case "advcl":
		return true
	case "xcomp":
		hv := p.Tokens[v].Head
		return slices.ContainsFunc(tree.Children(p, hv), func(k int) bool { return k > hv && k < v && p.Tokens[k].Rel == "obl" })
	}
	return false
}

// modifiedNoun returns the noun a participle v without a subject describes, with the role it
// plays: the doer of a present participle ("visiting officials"), the one undergoing a past one
// ("detained migrants", "the besieged areas"); -1 for other verbs. Only a participle before its
// noun counts: one after it is as often a finite verb the parse misread ("its jets struck").
func modifiedNoun(p *dossier.Sentence, v int) (int, string) {
	t := p.Tokens[v]
	if t.Head < 0 || t.Rel != "amod" || tree.Child(p, v, "mark", "nsubj", "nsubj:pass") >= 0 {
		return -1, ""
	}
	if u := p.Tokens[t.Head].UPOS; u != "NOUN" && u != "PROPN" {
		return -1, ""
	}
	switch t.XPOS {
	case "VBG":
		return t.Head, roleActor
	case "VBN":
		return t.Head, roleTarget
	}
	return -1, ""
}

// controller returns the doer of verb v when v has no subject of its own and hangs, through a
// marker of controlMarks, on a verb with an object or on a noun: "accused the rebels of shelling
// the town" (the rebels shell, not the one who accuses). -1 otherwise.
func (lw *wordLists) controller(p *dossier.Sentence, v int) int {
	t := p.Tokens[v]
	if t.Head < 0 || tree.Subject(p, v) >= 0 || tree.PassiveSubject(p, v) >= 0 {
		return -1
	}
	mk := tree.Child(p, v, "mark")
	if mk < 0 || !lw.controlMarks[strings.ToLower(p.Tokens[mk].Text)] {
		return -1
	}
	switch t.Rel {
	case "advcl":
		return tree.Object(p, t.Head)
	case "acl":
		if u := p.Tokens[t.Head].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			return t.Head
		}
	}
	return -1
}

// modifiesThing reports whether the parse makes item it a modifier of a noun outside it that
// names no place ("a United States official", not "the Pangram area").
func (x *Extractor) modifiesThing(s *sent, it item) bool {
	hk := premodified(s, it)
	if hk < 0 {
		return false
	}
	h := s.parse.Tokens[hk]
	if x.placeNoun(h) && !s.w.ownedAbroad(s, it, h.Text) || s.w.vicinityWords[strings.ToLower(h.Text)] {
		return false // "in Damascus suburb", "in Idlib countryside": around the place, still where
	}
	if c := tree.Preposition(s.parse, hk); s.w.parsePlaceCases[c] || s.w.originCases[c] {
		return false // "in his Manhattan cell": the noun itself tells where
	}
	return h.UPOS == "NOUN" || h.UPOS == "PROPN" && personAt(s, h.Start) || h.UPOS == "ADJ" && nominalRel(h.Rel)
}

// ownsPlaceThing reports whether item it, a body or a person, premodifies a noun that names no
// place ("in his Navy jet", "at the Acme plant" stays a place only through the noun): the name
// tells whose the thing is.
func (x *Extractor) ownsPlaceThing(s *sent, it item) bool {
	if it.typ != dossier.ORG && it.typ != dossier.PER {
		return false
	}
	hk := premodified(s, it)
	return hk >= 0 && s.parse.Tokens[hk].UPOS == "NOUN" && !x.placeNoun(s.parse.Tokens[hk])
}

// premodified returns the word item it modifies as a compound or an adjective ("a United States
// official": official), or -1.
func premodified(s *sent, it item) int {
	k := itemHead(s, it)
	if k < 0 {
		return -1
	}
	t := s.parse.Tokens[k]
	if (t.Rel != "compound" && t.Rel != "amod") || t.Head < 0 {
		return -1
	}
	return t.Head
}

// originOfThing reports whether place it tells where a thing or people other than trigger v
// come from ("mercenaries from X and Y"): their origin, not the event's place.
func (x *Extractor) originOfThing(s *sent, it item, v int) bool {
	p := s.parse
	k := itemHead(s, it)
	for steps := 0; k >= 0 && steps < 4 && p.Tokens[k].Rel == "conj"; steps++ {
		k = p.Tokens[k].Head
	}
	if k < 0 || p.Tokens[k].Rel != "nmod" || !s.w.originCases[tree.Preposition(p, k)] {
		return false
	}
	h := p.Tokens[k].Head
	return h >= 0 && h != v && p.Tokens[h].UPOS == "NOUN" && !x.placeNoun(p.Tokens[h])
}

// originOfAct reports whether place it is said with a preposition of origin on verb trigger v
// itself ("stormed from X into Y", "fired rockets from X"): where the doers set out from, not
// where the act happened. Only an attack is asked: the "from X" of a withdrawal, a release or an
// abduction is the place it happened at.
func (lw *wordLists) originOfAct(s *sent, it item, v int) bool {
	p := s.parse
	k := itemHead(s, it)
	for steps := 0; k >= 0 && steps < 4 && (p.Tokens[k].Rel == "conj" || p.Tokens[k].Rel == "compound" || p.Tokens[k].Rel == "flat"); steps++ {
		k = p.Tokens[k].Head
	}
	if k < 0 || v < 0 || !strings.HasPrefix(p.Tokens[k].Rel, "obl") || !lw.originCases[tree.Preposition(p, k)] {
		return false
	}
	return p.Tokens[k].Head == v || phraseHost(p, k) == v
}

// placeBelow reports whether place it hangs on a predicate in a clause below trigger v that
// tells no event of its own ("accused X of trying to impose its will in Y", "killed them as they
// tried to cross into Y"): the place is that clause's.
func (x *Extractor) placeBelow(s *sent, it item, v int) bool {
	p := s.parse
	k := itemHead(s, it)
	if k < 0 || v < 0 {
		return false
	}
	w, _, _ := governor(p, k, v)
	if w < 0 || w == v || !ancestor(p, v, w) || p.Tokens[w].UPOS != "VERB" || p.Tokens[w].Rel == "conj" && p.Tokens[w].Head == v {
		return false // "were killed and 28 injured in attacks on X": one event told twice
	}
	for _, o := range s.matches {
		if u, _ := parseTrigger(s, o); u == w {
			return false // "killed when rebels shelled X in Y": the shelling's place is the attack's
		}
	}
	return true
}

// groupObjectTypes are the event types a word for a group can be the close object of: one
// accuses, asks, threatens, detains or releases people ("accused rebels of"); one joins or
// welcomes them without an event of these types.
var groupObjectTypes = map[dossier.EventType]bool{dossier.Accuse: true, dossier.Request: true, dossier.Threaten: true, dossier.Coerce: true, dossier.Concede: true}

// groupObject reports whether verb trigger m has, in the parse, a direct object within four
// words that is a word for people or a party ("asked foreign countries to", "expelled the
// diplomats"): no name, but the close object a strict trigger needs.
func (x *Extractor) groupObject(s *sent, m match) bool {
	v, noun := parseTrigger(s, m)
	if v < 0 || noun || !groupObjectTypes[m.p.typ] {
		return false
	}
	o := tree.Object(s.parse, v)
	if o < 0 {
		o = tree.IndirectObject(s.parse, v) // "asked [foreign countries] to send": an object misread
	}
	if o <= v || o > v+4 {
		return false
	}
	t := s.parse.Tokens[o]
	for _, w := range []string{strings.ToLower(t.Text), strings.ToLower(t.Lemma)} {
		if x.lx.classes["people"][w] || x.lx.classes["party"][w] || x.lx.classes["persons"][w] {
			return true
		}
	}
	return false
}

// jointSubject reports whether verb trigger m of a meeting has no object and a subject
// conjoined with another name ("X and Y met on Monday"; the parse may also hang both conjuncts
// on the verb as subjects): the parties meet each other, and the trigger needs no close object.
func jointSubject(s *sent, m match) bool {
	v, noun := parseTrigger(s, m)
	if v < 0 || noun || m.p.typ != dossier.Consult || tree.Object(s.parse, v) >= 0 {
		return false
	}
	subjects := 0
	for _, k := range tree.Children(s.parse, v) {
		if s.parse.Tokens[k].Rel != "nsubj" {
			continue
		}
		subjects++
		if tree.Child(s.parse, k, "conj") >= 0 {
			subjects++
		}
	}
	return subjects >= 2
}

// otherClausePlace reports whether the place headed by token k is the place phrase of a clause
// describing a noun that neither governs verb trigger v nor lies below it ("hostages held in X
// since Hamas killed …"): it is where another act happened.
func otherClausePlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 || p.Tokens[v].UPOS != "VERB" {
		return false
	}
	w, rel, direct := governor(p, k, v)
	// Only the place phrase of a clause after its noun: a participle before it ("rebel-held
	// west X") the parse may hang anywhere.
	return w >= 0 && w != v && strings.HasPrefix(p.Tokens[w].Rel, "acl") && rel == "obl" && direct &&
		w > p.Tokens[w].Head && (!ancestor(p, w, v) || markedClauseOf(p, v, w)) && !ancestor(p, v, w)
}

// reportClausePlace reports whether the place headed by token k and trigger v lie one in the
// clause a verb reports and the other in a verb conjoined with it ("X said the air force did
// not bomb the convoy in Y and accused Z of lying"): the words said and the act of the speaker
// that follows happened in different places.
func reportClausePlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 {
		return false
	}
	onPath := map[int]int{} // an ancestor of v → its child on the way down to v
	for c, steps := v, 0; p.Tokens[c].Head >= 0 && steps < len(p.Tokens); steps++ {
		onPath[p.Tokens[c].Head] = c
		c = p.Tokens[c].Head
	}
	for c, steps := k, 0; p.Tokens[c].Head >= 0 && steps < len(p.Tokens); steps++ {
		w := p.Tokens[c].Head
		if w == v {
			return false
		}
		if cv, ok := onPath[w]; ok {
			// Only the conjoined verb's own phrases: "… and the source said later that they fired
			// at the two neighborhoods" names again what the first report placed.
			return reportedSide(p, c) && verbConjunct(p, cv) && cv == clauseVerb(p, v) ||
				verbConjunct(p, c) && reportedSide(p, cv) && p.Tokens[k].Head == c
		}
		c = w
	}
	return false
}

// reportedSide reports whether token c is the clause its head reports ("said the force did not").
func reportedSide(p *dossier.Sentence, c int) bool {
	r := p.Tokens[c].Rel
	return r == "ccomp" || r == "csubj" || r == "parataxis"
}

// verbConjunct reports whether token c is a verb conjoined with its head.
func verbConjunct(p *dossier.Sentence, c int) bool {
	return p.Tokens[c].Rel == "conj" && p.Tokens[c].UPOS == "VERB"
}

// conjunctObject reports whether the name headed by token k is the object of a verb conjoined
// with verb trigger v when v has an object of its own ("shelled X and besieged Y": Y was only
// besieged, and is no place of the shelling); a verb with no object of its own may share its
// conjunct's ("attacked and seized Y").
func conjunctObject(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 || p.Tokens[v].UPOS != "VERB" || tree.Object(p, v) < 0 {
		return false
	}
	for steps := 0; steps < 4 && k >= 0; steps++ {
		switch t := p.Tokens[k]; t.Rel {
		case "flat", "compound", "appos":
			k = t.Head
		case "obj":
			return t.Head >= 0 && t.Head != v && p.Tokens[t.Head].UPOS == "VERB" && siblingVerbs(p, t.Head, v)
		default:
			return false
		}
	}
	return false
}

// siblingVerbs reports whether words a and b are conjuncts of one another or of one head.
func siblingVerbs(p *dossier.Sentence, a, b int) bool {
	ta, tb := p.Tokens[a], p.Tokens[b]
	return ta.Head == b && ta.Rel == "conj" || tb.Head == a && tb.Rel == "conj" ||
		ta.Rel == "conj" && tb.Rel == "conj" && ta.Head == tb.Head
}

// mainClausePlace reports whether the place headed by token k is the place phrase of the verb
// whose subject or object trigger v, a past participle after its noun, describes ("the officers
// executed by X had been kidnapped in Y"): it is where the main clause's act happened.
func mainClausePlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 {
		return false
	}
	t := p.Tokens[v]
	if t.UPOS != "VERB" || t.XPOS != "VBN" || t.Rel != "acl" || t.Head < 0 || t.Head > v {
		return false
	}
	n := p.Tokens[t.Head]
	if n.Head < 0 || p.Tokens[n.Head].UPOS != "VERB" || !strings.HasPrefix(n.Rel, "nsubj") && n.Rel != "obj" {
		return false
	}
	return p.Tokens[k].Head == n.Head && p.Tokens[k].Rel == "obl" && !ancestor(p, v, k)
}

// speakerPlace reports whether the place headed by token k is a phrase of the verb whose
// complement clause holds trigger v ("In X, the minister said that Y would travel to Z"): it
// tells where the words were said, not where the act they report happens.
func speakerPlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 || p.Tokens[k].Rel != "obl" {
		return false
	}
	w := p.Tokens[k].Head
	for c, steps := v, 0; c >= 0 && c != w && steps < len(p.Tokens); steps++ {
		if p.Tokens[c].Head == w {
			return p.Tokens[c].Rel == "ccomp"
		}
		c = p.Tokens[c].Head
	}
	return false
}

// outsidePlace reports whether the place headed by token k modifies a noun that itself
// modifies a noun, lying outside the clause of trigger v and not holding it ("one of the critics
// of X's claims in Y, it has accused Z"): it tells where that noun's thing is, not where the act
// happened.
func outsidePlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 || p.Tokens[k].Rel != "nmod" {
		return false
	}
	h, u := p.Tokens[k].Head, clauseVerb(p, v)
	return h >= 0 && h != v && h != u && p.Tokens[h].UPOS == "NOUN" && p.Tokens[h].Rel == "nmod" && !ancestor(p, u, h) && !ancestor(p, h, v)
}

// backerName reports whether item it is the first part of a participle compound before a noun
// that does not make it the noun's leader ("the U.S.-backed fighters", "Iran-supported
// militias", unlike "the US-led coalition"): it names who stands behind the noun's party, and
// is the actor only of the backing itself, trigger v.
func (lw *wordLists) backerName(s *sent, it item, v int) bool {
	p := s.parse
	k := itemHead(s, it)
	if p == nil || k < 0 {
		return false
	}
	h := p.Tokens[k].Head
	if h <= k || h == v || p.Tokens[h].UPOS != "VERB" || p.Tokens[h].XPOS != "VBN" || p.Tokens[h].Rel != "amod" || lw.leadingParticiples[strings.ToLower(p.Tokens[h].Text)] {
		return false
	}
	r := p.Tokens[k].Rel
	return r == "compound" || r == "obl:unmarked" || r == "nmod:npmod" || r == "obl:npmod"
}

// contentPlace reports whether the place headed by token k modifies a noun below trigger v other
// than v itself: it tells of the thing asked for, refused or threatened, not of the act of words.
func contentPlace(p *dossier.Sentence, k, v int) bool {
	if p == nil || k < 0 || v < 0 || p.Tokens[k].Rel != "nmod" {
		return false
	}
	h := p.Tokens[k].Head
	return h >= 0 && h != v && ancestor(p, v, h) && (p.Tokens[h].UPOS == "NOUN" || p.Tokens[h].UPOS == "PROPN")
}

// sequelPlace reports whether the place headed by token k lies in a clause below trigger v that
// tells an act before or after v's ("held there after he was shot down over X"), or v opens such
// a clause, itself or through the verb a noun trigger hangs on, that names a place of its own
// (own, see ownClausePlace) and the place lies outside it ("troops remain in X years after Y
// invaded the country Z"): it is where the other act happened. A clause that names no place of
// its own tells an act where the clause it hangs on does ("killed in X since the conflict began
// with protests", "a building in X damaged after warplanes pounded the city").
func (lw *wordLists) sequelPlace(p *dossier.Sentence, k, v int, own bool) bool {
	if p == nil || k < 0 || v < 0 {
		return false
	}
	if u := clauseVerb(p, v); own && lw.sequenceClause(p, u) && !ancestor(p, u, k) {
		return true
	}
	for w, steps := p.Tokens[k].Head, 0; w >= 0 && w != v && steps < len(p.Tokens); steps++ {
		if p.Tokens[w].Rel == "advcl" && p.Tokens[w].Head == v {
			return lw.sequenceClause(p, w)
		}
		w = p.Tokens[w].Head
	}
	return false
}

// clauseVerb is the verb of trigger v's clause: v, or the verb a noun trigger hangs on ("since X
// launched its assault").
func clauseVerb(p *dossier.Sentence, v int) int {
	u := v
	for steps := 0; steps < 3 && p.Tokens[u].UPOS != "VERB" && p.Tokens[u].Head >= 0; steps++ {
		u = p.Tokens[u].Head
	}
	return u
}

// ownClausePlace reports whether a place among the arguments of f, or a location it acts on
// ("since it seized Mosul"), lies inside the clause of trigger v (see clauseVerb).
func ownClausePlace(s *sent, f *frame, got []string, v int) bool {
	if s.parse == nil || v < 0 {
		return false
	}
	u := clauseVerb(s.parse, v)
	for i, r := range f.args {
		if got[i] == rolePlace || got[i] == "" && r.role == rolePlace || r.it.typ == dossier.LOC {
			if k := itemHead(s, r.it); k >= 0 && k != u && ancestor(s.parse, u, k) {
				return true
			}
		}
	}
	return false
}

// sequenceClause reports whether verb w heads a clause with a subject of its own opened by a
// marker of sequenceMarks ("after he was shot down"). Without a subject ("killed in X after
// being hit by shells") the clause tells the same act's course, at the same place.
func (lw *wordLists) sequenceClause(p *dossier.Sentence, w int) bool {
	mk := tree.Child(p, w, "mark")
	return mk >= 0 && lw.sequenceMarks[strings.ToLower(p.Tokens[mk].Text)] && tree.Child(p, w, "nsubj", "nsubj:pass", "expl") >= 0
}

// markedClauseOf reports whether verb v heads an adverbial clause with a marker of its own hung on
// w ("hostages held in X since Hamas killed …"): its event is another than w's, wherever w is.
func markedClauseOf(p *dossier.Sentence, v, w int) bool {
	return p.Tokens[v].Head == w && p.Tokens[v].Rel == "advcl" && tree.Child(p, v, "mark") >= 0
}

// placeNoun reports whether parse token t names a place or a building, in the plural too ("the
// New Aleppo and al-Muhafaza neighborhoods").
func (x *Extractor) placeNoun(t dossier.Token) bool {
	for _, w := range []string{strings.ToLower(t.Text), strings.ToLower(t.Lemma)} {
		if x.lx.classes["places"][w] || x.lx.classes["targets"][w] {
			return true
		}
	}
	return false
}

// nominalRel reports a dependency relation only a noun phrase fills: a word tagged as an
// adjective there ("murder a United States official") is used as a noun.
func nominalRel(rel string) bool {
	switch rel {
	case "obj", "iobj", "nsubj", "nsubj:pass", "obl":
		return true
	}
	return false
}

// modifiesCivilian reports whether place or country it modifies a noun other than trigger v
// that names private people ("a Corla man", "Corla residents"), who act for themselves, not for
// the place; a country's forces, strikes or officials act for it.
func (x *Extractor) modifiesCivilian(s *sent, it item, v int) bool {
	if it.typ != dossier.LOC {
		return false
	}
	k := itemHead(s, it)
	if k < 0 {
		return false
	}
	t := s.parse.Tokens[k]
	if (t.Rel != "compound" && t.Rel != "amod") || t.Head < 0 || t.Head == v {
		return false
	}
	return x.lx.classes["private"][strings.ToLower(s.parse.Tokens[t.Head].Text)]
}

// noPlaceCase reports whether the parse makes item it a subject, a possessor or a phrase whose
// preposition tells no place ("with X", "against X").
func noPlaceCase(s *sent, it item) bool {
	p := s.parse
	k := itemHead(s, it)
	for steps := 0; k >= 0 && steps < 4; steps++ {
		switch p.Tokens[k].Rel {
		case "flat", "conj", "appos":
			k = p.Tokens[k].Head
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	rel, c := p.Tokens[k].Rel, tree.Preposition(p, k)
	return rel == "nmod:poss" || strings.HasPrefix(rel, "nsubj") || (c != "" && !s.w.placePreps[c] && !s.w.destPreps[c])
}

// personAt reports whether byte offset off lies in a person's name of the sentence ("U.S. Rep.
// Ilhan Omar").
func personAt(s *sent, off int) bool {
	for _, it := range s.items {
		if it.typ == dossier.PER && s.toks[it.t0].start <= off && off < s.toks[it.t1-1].end {
			return true
		}
	}
	return false
}

// homeOfPerson reports whether item it, no person, names where a person named just before lives
// or comes from ("X, 32, of 12 Elm St.", "X of Springfield"): a phrase with "of" or "from" the
// parse hangs on the person's name.
func (lw *wordLists) homeOfPerson(s *sent, it item) bool {
	p := s.parse
	k := phraseOfName(s, it)
	if k < 0 {
		return false
	}
	h, c := p.Tokens[k].Head, tree.Preposition(p, k)
	return h >= 0 && h < k && p.Tokens[k].Rel == "nmod" && (lw.ofPreps[c] || lw.originCases[c]) && personAt(s, p.Tokens[h].Start)
}

// ownerUnmarked reports whether item it premodifies a plural noun for a party that is a possessor
// written without its apostrophe: the words right after that noun go on with a phrase the parse
// does not hang on it ("the X groups de facto capital", "the X groups Syrian stronghold").
// The name is whose the thing is, not a party to the act.
func (x *Extractor) ownerUnmarked(s *sent, it item) bool {
	p := s.parse
	k := itemHead(s, it)
	if k < 0 || it.typ == dossier.PER {
		return false
	}
	h := p.Tokens[k].Head
	if h <= k || h+1 >= len(p.Tokens) || p.Tokens[h].XPOS != "NNS" || !x.lx.classes["party"][strings.ToLower(p.Tokens[h].Text)] {
		return false
	}
	for j := k; j < h; j++ {
		if g := p.Tokens[j].Head; g != h && (g < k || g > h) {
			return false // the name is the noun's own premodifier, with nothing of another phrase between
		}
	}
	switch n := p.Tokens[h+1]; n.UPOS {
	case "X", "ADJ", "NOUN":
		return n.Head != h
	}
	return false
}

// splitNameRole returns the role of a word of item it other than its head k that the parse
// hangs outside the name, when k has none: a long name the parse splits in two ("Officers from
// the X Police Department Intelligence Led Policing Unit conducted", "Unit" the subject) acts
// through its last part. Only a participant's role counts; "" otherwise.
func splitNameRole(s *sent, it item, roles map[int]string, k int) string {
	if _, ok := roles[k]; k < 0 || ok {
		return ""
	}
	p := s.parse
	i := itemOf(s, k)
	for j := k + 1; j < len(p.Tokens) && itemOf(s, j) == i; j++ {
		if h := p.Tokens[j].Head; h >= 0 && itemOf(s, h) != i && coreRole(roles[j]) {
			return roles[j]
		}
	}
	return ""
}

// namesPerson reports whether the parse hangs a person's name on word k, the head of item it,
// as more of one name ("Norland President Ana Lind" with the person's words flat under the
// country): the name before the person's is whose the person is.
func namesPerson(s *sent, it item, k int) bool {
	if k < 0 {
		return false
	}
	p := s.parse
	for _, c := range tree.Children(p, k) {
		if r := p.Tokens[c].Rel; c > k && (r == "flat" || r == "compound") && itemOf(s, c) != itemOf(s, k) && personAt(s, p.Tokens[c].Start) {
			return true
		}
	}
	return false
}

// whereOfBystander reports whether item it is the place phrase of a noun for people that plays
// no part in trigger v ("as a journalist in X said strikes could be heard"): where those people
// are, not where the act is. People the act falls on ("killed civilians in X") have a role.
func (x *Extractor) whereOfBystander(s *sent, it item, roles map[int]string, v int) bool {
	p := s.parse
	k := phraseOfName(s, it)
	if k < 0 || p.Tokens[k].Rel != "nmod" || !s.w.parsePlaceCases[tree.Preposition(p, k)] {
		return false
	}
	h := p.Tokens[k].Head
	if h < 0 || h > k || h == v || roles[h] != "" || !x.lx.classes["people"][strings.ToLower(p.Tokens[h].Text)] {
		return false
	}
	r := p.Tokens[h].Rel
	return r != "obj" && r != "iobj" && !strings.HasPrefix(r, "nsubj")
}

// namedNoun reports whether noun h has a name of its own beside its possessor k ("Norland's
// flagship carrier Sky Lines", "the country's leader, X"): the name is who acts or
// undergoes, the possessor whose it is.
func namedNoun(s *sent, h, k int) bool {
	p := s.parse
	if p.Tokens[h].UPOS != "NOUN" {
		return false
	}
	for _, c := range tree.Children(p, h) {
		rel := p.Tokens[c].Rel
		if c == k || !(rel == "appos" || rel == "flat" || rel == "nmod" && tree.Preposition(p, c) == "") {
			continue
		}
		if i := itemOf(s, c); i >= 0 && i != itemOf(s, k) {
			return true
		}
	}
	return false
}

// itemOf returns the index in s.items of the name that holds parse token k, -1 for none.
func itemOf(s *sent, k int) int {
	off := s.parse.Tokens[k].Start
	for i, it := range s.items {
		if s.toks[it.t0].start <= off && off < s.toks[it.t1-1].end {
			return i
		}
	}
	return -1
}

// itemHead returns the parse token that heads item it: the one of its words whose head lies
// outside it, or -1 when the parse does not cover it.
func itemHead(s *sent, it item) int {
	p := s.parse
	start, end := s.toks[it.t0].start, s.toks[it.t1-1].end
	first := -1
	// Tokens are in text order: start at the item's first and stop past its end, so a long
	// sentence costs no more per item than the item's own words.
	from, _ := slices.BinarySearchFunc(p.Tokens, start, func(t dossier.Token, at int) int { return cmp.Compare(t.Start, at) })
	for k := from; k < len(p.Tokens) && p.Tokens[k].Start < end; k++ {
		t := p.Tokens[k]
		if t.End > end {
			continue
		}
		if first < 0 {
			first = k
		}
		if t.Head < 0 || p.Tokens[t.Head].Start < start || p.Tokens[t.Head].End > end {
			return k
		}
	}
	return first
}

// parseRole returns the role the parse gives item it among roles, or "": the role of the word
// that heads it, or of the argument it is attached to as a name's part, a possessor, a
// modifier or a conjunct ("the Syrian army", "X and Y attacked"); a place also through "of"
// ("in the city of X").
func parseRole(s *sent, it item, roles map[int]string, v int) string {
	p := s.parse
	k := itemHead(s, it)
	if it.typ != dossier.PER && namesPerson(s, it, k) {
		return roleOther // "Norland President Ana Lind" read as one name: the person acts
	}
	if r := splitNameRole(s, it, roles, k); r != "" {
		return r
	}
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if r, ok := roles[k]; ok {
			return r
		}
		if k == v || steps > 0 && p.Tokens[k].UPOS == "VERB" {
			// A name that modifies the trigger itself or another verb ("U.S.-backed forces") is
			// no argument of the noun that verb describes.
			return ""
		}
		switch rel := p.Tokens[k].Rel; rel {
		case "compound":
			if h := p.Tokens[k].Head; h > k && s.w.ownedAbroad(s, it, p.Tokens[h].Text) {
				return roleOther // "at the U.S. embassy in X": whose the embassy is, not where
			}
			if h := p.Tokens[k].Head; it.typ != dossier.PER && (jobOfPerson(s, h) || h > k && personAt(s, p.Tokens[h].Start) || steps == 0 && h == k+1 && nameAfterJob(s, h)) {
				// "Fox News host Tucker Carlson", "Norland President Ana Lind": the person acts;
				// the network or the country is whom the person works for.
				return roleOther
			}
		case "nmod:poss":
			if h := p.Tokens[k].Head; it.typ == dossier.PER && h >= 0 && roles[h] == rolePlace {
				return roleOther // "in his jet", "at her home": whose, not where
			}
			if h := p.Tokens[k].Head; h >= 0 && coreRole(roles[h]) && namedNoun(s, h, k) {
				return roleOther // "Norland's flagship carrier Sky Lines": the carrier acts
			}
		case "flat", "amod", "appos", "conj":
		case "cop", "aux":
			// "after IS militants killed": a name spelt like a form of "be", read as one, still
			// names the noun right after it.
			if h := p.Tokens[k].Head; h != k+1 || p.Tokens[h].UPOS != "NOUN" {
				return ""
			}
		case "obl":
			// "groups affiliated to X fired", "militants from the groups known as X": X stands
			// for the band it names, whose role it takes.
			b := s.w.affiliateBand(p, k)
			if b < 0 {
				return ""
			}
			k = b
			continue
		case "nmod":
			h, c := p.Tokens[k].Head, tree.Preposition(p, k)
			switch {
			case h < 0:
				return ""
			case (roles[h] == rolePlace || roles[h] == roleDest) && s.w.ofPreps[c]:
				return roles[h]
			case c == "":
				// A name joined with no preposition is one more name of its head: "the carrier
				// Emirates Airline".
			case (roles[h] == roleActor || roles[h] == roleTarget) && s.w.ofPreps[c] && s.w.partitive(p.Tokens[h]):
				// "one of its fighters attacked", "two of the Front's men were killed": a part
				// acts or undergoes for the whole it is a part of.
				return roles[h]
			case (roles[h] == roleActor || roles[h] == roleTarget && it.typ != dossier.LOC) && s.w.memberNouns[strings.ToLower(p.Tokens[h].Text)] && s.w.memberCases[c]:
				// "officers from the department": the department acts. A place the people it falls
				// on come from is not hit ("ousted the group from X").
				return roles[h]
			case roles[h] == roleActor && s.w.parseActorCases[c] && p.Tokens[h].UPOS == "NOUN" && p.Tokens[h].Head == v:
				return roleActor // "air raids by X hit Y": who made the raids the subject names acts
			case it.typ == dossier.LOC && s.w.parsePlaceCases[c] && s.w.inSubject(p, h, v, roles):
				return rolePlace // "people in X have been demonstrating": where those who act are
			case it.typ == dossier.LOC && s.w.parsePlaceCases[c] && s.w.inObject(p, h, v, roles):
				return rolePlace // "killed dozens of fighters in X": where those it fell on were
			default:
				return ""
			}
		default:
			return ""
		}
		k = p.Tokens[k].Head
	}
	return ""
}

// partitive reports whether parse token t counts a part of what its "of" phrase names: a
// number ("two of"), a number word or a word of quantity ("some of", "most of").
func (lw *wordLists) partitive(t dossier.Token) bool {
	w := strings.ToLower(t.Text)
	_, number := lw.figureNumbers[w]
	return t.UPOS == "NUM" || number || lw.quantityWords[w]
}

// inSubject reports whether noun h is the active subject of verb v that acts, or a noun its
// "of" phrases lead to ("thousands of people"): a place such a noun is "in" is where the act of
// v happened.
func (lw *wordLists) inSubject(p *dossier.Sentence, h, v int, roles map[int]string) bool {
	k := lw.ofChainDep(p, h, v, "nsubj", true)
	return k >= 0 && roles[k] == roleActor
}

// inObject reports whether common noun h is the object of verb v that undergoes it, or a noun
// its "of" phrases lead to ("dozens of fighters"): a place such a noun is "in" is where the act
// of v fell.
func (lw *wordLists) inObject(p *dossier.Sentence, h, v int, roles map[int]string) bool {
	k := lw.ofChainDep(p, h, v, "obj", false)
	return k >= 0 && roles[k] == roleTarget
}

// ofChainDep follows noun h up at most three steps of "of" phrases ("thousands of people") to
// the noun that is verb v's dependent of relation rel, and returns it; -1 when the chain
// reaches none. Without names, a name on the way ends it: a common noun's place is asked for.
func (lw *wordLists) ofChainDep(p *dossier.Sentence, h, v int, rel string, names bool) int {
	for steps := 0; h >= 0 && steps < 3 && (names || p.Tokens[h].UPOS != "PROPN"); steps++ {
		t := p.Tokens[h]
		if t.Head == v && t.Rel == rel {
			return h
		}
		if t.Rel != "nmod" || !lw.ofPreps[tree.Preposition(p, h)] {
			return -1
		}
		h = t.Head
	}
	return -1
}

// applyParse gives the arguments of trigger m the roles its verb's dependents (or its noun's
// modifiers) have in the parse, where it has one; word order keeps the rest. A name word order
// took for the actor but that the parse does not make one yields to the parse's subject, and a
// name that modifies a noun tells no place.
func (x *Extractor) applyParse(s *sent, m match, f *frame) {
	v, noun := parseTrigger(s, m)
	var roles map[int]string
	pair := false // the trigger is a noun and the verb it is the subject of
	switch {
	case v < 0:
		x.adjectiveUndergoer(s, m, f)
		return
	case noun:
		roles = s.w.nounArgs(s.parse, v, m.p.typ)
		s.w.lightVerbArgs(s.parse, v, m.p.typ, roles)
		s.w.objectPhrases(s.parse, v, m.p.typ, roles)
		s.w.passiveAgentArgs(s.parse, v, m.p.typ, roles)
	case !f.noun:
		roles = s.w.parseArgs(s.parse, v, m.p.typ)
		titledUndergoer(s, v, roles)
	default:
		v, roles = s.w.nounVerbArgs(s, m, v)
		if roles == nil && len(m.words) > 1 && s.parse.Tokens[v].Start == s.toks[m.words[len(m.words)-1]].start {
			roles = s.w.verbOfPair(s, v, m.p.typ)
		}
		noun, pair = roles != nil, roles != nil
	}
	got := make([]string, len(f.args))
	// A doer the parse gives through the verb the trigger hangs on sets aside the word-order
	// actor even when it is no name ("Norland accused the rebels of shelling X").
	actor := !noun && !f.noun && s.w.controller(s.parse, v) >= 0
	for i, r := range f.args {
		if got[i] = parseRole(s, r.it, roles, v); got[i] == "" {
			got[i] = x.cueRole(s, r.it, roles, v, !noun || pair)
		}
		if got[i] == "" && (noun && !f.passive && r.it.typ != dossier.LOC && (r.it.typ != dossier.MISC || partyTagged(s.parse, itemHead(s, r.it))) && nameBefore(s.parse, itemHead(s, r.it), v) || r.it.t1 == m.t0 && namedGerund(s, m)) {
			// "a Hizballah ambush": the group names whose it is; "the Burton arrest" whom.
			got[i] = roleActor
			if patientNouns[m.p.typ] {
				got[i] = roleTarget
			}
		}
		if (got[i] == "" || coreRole(got[i])) && x.ownerUnmarked(s, r.it) {
			got[i] = roleOther // "strikes on the X groups de facto capital": the group's capital is hit
		}
		if s.w.backerName(s, r.it, v) {
			// "captured by the U.S.-backed fighters": the fighters act, not who backs them.
			got[i] = roleOther
		}
		if m.p.typ == dossier.Assault && x.countryAttack(s, r.it, v) {
			// "US air strikes", "Russian airstrikes": the country strikes; a city there ("Aleppo
			// air strikes") stays where.
			got[i] = roleActor
		}
		if noun && s.w.territoryRole(s, r.it, v) != "" {
			got[i] = s.w.territoryRole(s, r.it, v) // "the Kuwait invasion": the place taken
		}
		if s.w.aroundPlace(s, r.it, v) {
			got[i] = rolePlace // "targeted the area surrounding X": where, not what was hit
		}
		if got[i] == roleActor && m.p.typ == dossier.Assault && x.onAttack(s, r.it) {
			got[i] = rolePlace // "an attack on X killed …": X is where, whatever the parse says
		}
		if got[i] == roleTarget && m.p.typ == dossier.Assault && x.struckPlace(s, m, r) {
			got[i] = rolePlace
		}
		if got[i] == roleDest && !destTypes[m.p.typ] && m.p.typ != dossier.Mobilize {
			got[i] = "" // "appealed to X", "agreed to X's demands": word order tells
		}
		actor = actor || got[i] == roleActor
		if (got[i] == roleActor || got[i] == "" && r.role == roleActor) && x.modifiesCivilian(s, r.it, v) {
			// "a Corla man attacked": the man acts, not his town; he is the parse's actor even
			// though no name.
			got[i] = roleOther
		}
		if (got[i] == roleActor || got[i] == "" && r.role == roleActor) && passiveHost(s.parse, itemHead(s, r.it), v) {
			got[i] = roleOther // "X was shot down, killing five": X underwent the act before
		}
	}
	x.settleRoles(s, m, f, got, actor, noun, v)
	x.sideBefore(s, m, f)
	shareConjuncts(s, f)
}

// maxSubjectNames is the most names a subject lists before its verb; more are a line of tags run
// into it.
const maxSubjectNames = 3

// lightSubject reports whether item it lies in the subject the parse gives a light verb before
// noun trigger m, that verb carrying the trigger by word order ("X performed a series of raids").
func lightSubject(s *sent, m match, it item) bool {
	p := s.parse
	k := itemHead(s, it)
	lv := lightVerbAt(s, m.t0, true)
	if p == nil || k < 0 || lv < 0 || it.typ == dossier.LOC && !s.w.country(itemText(s, it)) {
		return false // a town does nothing: "Homs The air force carried out" opens with a dateline
	}
	names := 0
	for j := s.clauses[m.cl].t0; j < lv; j++ {
		if s.itemAt[j] >= 0 && (j == 0 || s.itemAt[j] != s.itemAt[j-1]) {
			names++
		}
	}
	if names > maxSubjectNames {
		return false // "Tags X Y Z W rebels launched": a line of tags run into the subject
	}
	for steps := 0; k >= 0 && steps < 4; steps++ {
		switch rel := p.Tokens[k].Rel; {
		case strings.HasPrefix(rel, "nsubj"):
			h := p.Tokens[k].Head
			return h >= 0 && p.Tokens[h].Start == s.toks[lv].start
		case rel == "nmod" && !s.w.preps[strings.ToLower(tree.Preposition(p, k))]:
			// "the government its ally X": a word misread as X's preposition joins no phrase.
		case !subjectPart(rel):
			return false // "the coalition fighting X has carried out": X is what it fights
		}
		k = p.Tokens[k].Head
	}
	return false
}

// subjectPart reports whether rel is a relation by which a name is part of the phrase it names
// the doer in ("the X-led coalition", "the government, its ally X and Y"), not of a phrase
// within it.
func subjectPart(rel string) bool {
	switch rel {
	case "compound", "amod", "flat", "appos", "conj", "obl:unmarked", "nmod:poss":
		return true
	}
	return false
}

// agentAfterNoun reports whether item it is brought in by an agent preposition ("by") that
// stands right after the noun trigger m or ends it, with only words that are no names between
// the preposition and the item ("an attack by the so-called X"): the item names the doer.
func agentAfterNoun(s *sent, m match, it item) bool {
	k := m.words[len(m.words)-1]
	if !s.w.agentPreps[s.toks[k].norm] {
		k = m.t1
	}
	if k >= it.t0 || !s.w.agentPreps[s.toks[k].norm] || it.t0-k > 4 {
		return false
	}
	for j := k + 1; j < it.t0; j++ {
		if !s.toks[j].word || s.itemAt[j] >= 0 || s.w.preps[s.toks[j].norm] {
			return false
		}
	}
	return true
}

// cueRole is the role words around item it give when the parse gives it none: a place named
// as such ("the city of X"; only when placed is set), a place after a preposition of place that
// the parse makes a subject, or where a bystander lives; "" for none.
func (x *Extractor) cueRole(s *sent, it item, roles map[int]string, v int, placed bool) string {
	if placed {
		if r := x.placeNamed(s, it, roles); r != "" {
			return r
		}
	}
	if s.w.placeReadAsSubject(s, it) {
		return rolePlace // "… Highway near X claiming 4": a name after "near" is no subject
	}
	if s.w.homeOfPerson(s, it) || x.whereOfBystander(s, it, roles, v) {
		return roleOther // "arrested X, 32, of 12 Elm St.": where X lives
	}
	return ""
}

// adjectiveUndergoer makes the noun a participle trigger m describes what undergoes it ("the
// besieged town of X": X is besieged), when the parse reads the participle as an adjective:
// the name the noun is, or the place a place noun's "of" phrase names.
func (x *Extractor) adjectiveUndergoer(s *sent, m match, f *frame) {
	p := s.parse
	if p == nil || len(m.words) != 1 {
		return
	}
	k := tree.WordAt(p, s.toks[m.words[0]].start)
	if k < 0 || p.Tokens[k].UPOS != "ADJ" || p.Tokens[k].Rel != "amod" || p.Tokens[k].XPOS == "VBG" || p.Tokens[k].Head < 0 {
		return
	}
	h := p.Tokens[k].Head
	for i, r := range f.args {
		n := itemHead(s, r.it)
		if n < 0 {
			continue
		}
		t := p.Tokens[n]
		if n == h || r.it.typ == dossier.LOC && t.Head == h && t.Rel == "nmod" && s.w.ofPreps[tree.Preposition(p, n)] && x.placeNoun(p.Tokens[h]) {
			f.args[i].role = roleTarget
		}
	}
}

// struckPlace reports whether argument r, which the parse makes what an attack m hit, says
// where it fell instead: the parse misread "in Y" after the target ("air strikes against X in
// Y"), the attack fell on it ("strikes on X"), or the name only says where the thing hit is ("a
// stabbing on a Bay Area train": the train was hit; the object of "targeted the X neighborhood"
// stays what was hit).
func (x *Extractor) struckPlace(s *sent, m match, r roled) bool {
	if r.role == rolePlace && r.it.typ == dossier.LOC && s.w.insidePlace(r.pr) || x.fellOn(s, r.it) {
		return true
	}
	return r.role == rolePlace && r.pr != "" && r.it.t0 > m.t0 && r.it.typ != dossier.ORG && x.placeModifier(s, r.it)
}

// sideWord reports whether lower-case word w is a word for a side, its forces or attackers
// ("regime", "army", "militants").
func (x *Extractor) sideWord(w string) bool {
	c := x.lx.classes
	return c["party"][w] || c["forces"][w] || c["attackers"][w]
}

// insidePlace reports whether preposition pr puts what follows around the event, never under
// it ("in", "near"; not "on", which an attack may be aimed, nor "of" or "from").
func (lw *wordLists) insidePlace(pr string) bool {
	return lw.placePreps[pr] && !lw.placeOnCases[pr] && !lw.ofPreps[pr] && !lw.originCases[pr]
}

// sideBefore makes the actor of an attack told by a noun the name that stands right before it
// with only a word for a side or its forces between ("X regime airstrikes", "X army shelling"):
// whose regime or army it is carried out the attack. A place says where, or is a tag run into
// the text ("Tags X coalition air raids").
func (x *Extractor) sideBefore(s *sent, m match, f *frame) {
	if !f.noun || m.p.typ != dossier.Assault {
		return
	}
	for i := range f.args {
		r := &f.args[i]
		if r.role == roleActor || r.role == roleTarget || r.it.t1 >= m.t0 || m.t0-r.it.t1 > 2 {
			continue
		}
		if r.it.typ != dossier.PER && r.it.typ != dossier.ORG {
			continue
		}
		side := true
		for k := r.it.t1; k < m.t0 && side; k++ {
			tk := s.toks[k]
			side = tk.word && !tk.upper && s.itemAt[k] < 0 && x.sideWord(tk.norm)
		}
		if side {
			r.role = roleActor
		}
	}
}

// nounVerbArgs reads the roles of a trigger of a noun and the verb it is the subject of ("an
// airstrike hit X", "the blast killed 60 in Y"): the noun's modifiers as for a noun trigger, the
// verb's object, indirect object and place phrases as for a verb. It returns the noun, which
// stands for the trigger, with the roles; v and nil when the trigger is no such pair.
func (lw *wordLists) nounVerbArgs(s *sent, m match, v int) (int, map[int]string) {
	p := s.parse
	n := tree.Subject(p, v)
	if n < 0 || p.Tokens[n].Head != v || p.Tokens[n].UPOS != "NOUN" || !triggerHas(s, m, n) {
		return v, nil
	}
	roles := lw.nounArgs(p, n, m.p.typ)
	for k, role := range lw.parseArgs(p, v, m.p.typ) {
		if _, ok := roles[k]; !ok && k != n && role != roleActor {
			roles[k] = role
		}
	}
	return n, roles
}

// verbOfPair reads the roles of the verb v of a trigger of a noun and a verb that the parse
// does not join as subject and verb ("Bombs and missiles struck the camp", read as a relative
// clause): the verb's object and places as for a verb; the noun, no name, acts. nil when v has
// no object.
func (lw *wordLists) verbOfPair(s *sent, v int, t dossier.EventType) map[int]string {
	if tree.Object(s.parse, v) < 0 {
		return nil
	}
	roles := lw.parseArgs(s.parse, v, t)
	for k, role := range roles {
		if role == roleActor {
			delete(roles, k)
		}
	}
	return roles
}

// triggerHas reports whether parse token k is one of the words of trigger m.
func triggerHas(s *sent, m match, k int) bool {
	for _, w := range m.words {
		if s.toks[w].start == s.parse.Tokens[k].Start {
			return true
		}
	}
	return false
}

// shareConjuncts gives a name left without a role the role of the name it is coordinated with
// just before it ("by the Turkish Armed Forces and the U.S.-led coalition", "in X, Y and Z"):
// the parse often hangs the second conjunct on a word that follows it; or, joined by "and"/"or",
// that of the name right after it ("by Syrian regime and Russian warplanes"). Only names of one
// kind share: a place with a place, a party with a party (a country may stand with a party as a
// doer or the one hit). A comma alone joins only inside a list that goes on ("X, Y and Z");
// "Istanbul, Turkey" is one place. A place the parse joins to a target before it is a target.
func shareConjuncts(s *sent, f *frame) {
	for i := range f.args {
		r := &f.args[i]
		if r.role == rolePlace {
			// "shelled the areas of X and Y": a second name the parse joins to a target is one
			// more target, whatever its word order made of it.
			if prev, _ := neighbours(f, r.it); prev >= 0 && f.args[prev].role == roleTarget && s.w.parseConjunct(s, f.args[prev].it, r.it) {
				r.role = roleTarget
			}
			continue
		}
		if r.role != roleOther {
			continue
		}
		prev, next := neighbours(f, r.it)
		role := ""
		if prev >= 0 {
			role = s.w.sharedRole(s, f, f.args[prev], *r, next)
		}
		if role == "" && next >= 0 {
			if join, comma := s.w.coordinated(s, r.it.t1, f.args[next].it.t0); join && !comma && f.args[next].role != roleOther {
				role = s.w.sharedRole(s, f, *r, f.args[next], -1)
			}
		}
		if role == "" {
			continue
		}
		r.role = role
		if f.subj != nil && f.subj.it == r.it {
			f.subj.role = r.role
		}
	}
}

// neighbours returns the arguments of f said right before and right after item it, -1 for none.
func neighbours(f *frame, it item) (prev, next int) {
	prev, next = -1, -1
	for j, o := range f.args {
		if o.it.t1 <= it.t0 && (prev < 0 || o.it.t1 > f.args[prev].it.t1) {
			prev = j
		}
		if o.it.t0 >= it.t1 && (next < 0 || o.it.t0 < f.args[next].it.t0) {
			next = j
		}
	}
	return prev, next
}

// sharedRole returns the role the conjuncts a (first) and b share: that of the one that has a
// core role or is a place, where the words between them join them and the two are of one kind;
// "" otherwise. next is the argument after b: a comma alone joins a and b only when b is joined
// to it in turn.
func (lw *wordLists) sharedRole(s *sent, f *frame, a, b roled, next int) string {
	has := a
	if a.role == roleOther {
		has = b
	}
	join, comma := lw.coordinated(s, a.it.t1, b.it.t0)
	if !join || !coreRole(has.role) && has.role != rolePlace {
		return ""
	}
	if (a.it.typ == dossier.LOC) != (b.it.typ == dossier.LOC) && (has.role == rolePlace || !lw.polity(s, a.it) && !lw.polity(s, b.it)) {
		return ""
	}
	if comma {
		if next < 0 {
			return ""
		}
		if j, _ := lw.coordinated(s, b.it.t1, f.args[next].it.t0); !j {
			return ""
		}
	}
	return has.role
}

// coordinated reports whether tokens [i, j) join two names as conjuncts: a comma or "and"/"or",
// with at most an article after it, and nothing else; comma is true when a comma alone joins them.
func (lw *wordLists) coordinated(s *sent, i, j int) (join, comma bool) {
	if j-i < 1 || j-i > 3 {
		return false, false
	}
	for k := i; k < j; k++ {
		switch n := s.toks[k].norm; {
		case n == ",":
			if join {
				return false, false
			}
			join, comma = true, true
		case n == "and" || n == "or":
			join, comma = true, false
		case lw.determiners[n] && join && !comma:
		default:
			return false, false
		}
	}
	return join, comma
}

// settleRoles sets the roles of the arguments of f: got[i], the role the parse gives argument i,
// where there is one; else the role word order gave it, unless the parse shows it is no actor
// (actor: the parse named another), no core role of trigger v (it hangs in another clause) or no
// place (it says where something comes from or whose it is).
func (x *Extractor) settleRoles(s *sent, m match, f *frame, got []string, actor, noun bool, v int) {
	own := ownClausePlace(s, f, got, v)
	withObject := false
	for _, r := range f.args {
		withObject = withObject || x.aimedWith(s, r.it, m)
	}
	for i := range f.args {
		r := &f.args[i]
		switch {
		case x.agentFrom(s, r.it):
			r.role = roleActor // "by planes from X", however the parse hangs X
		case (noun || f.noun) && agentAfterNoun(s, m, r.it):
			// "injured in an attack by the X group": the parse may make X the agent of the
			// passive verb the noun hangs on; right after the noun, X is who attacked.
			r.role = roleActor
		case withObject && r.it.t1 <= m.t0 && (got[i] == roleTarget || got[i] == "" && r.role == roleTarget):
			// "X terrorists targeted on Saturday with rocket shells Y": the object after the
			// weapon makes the verb active, whatever reduced relative the parse reads.
			r.role = roleActor
		case (got[i] == rolePlace || got[i] == "" && r.role == rolePlace) && x.holdsNamedPlace(s, r.it):
			// "in Norland's northern province of Brenton": the province is where, the country
			// holds it, wherever the parse hangs the province.
			r.role = roleOther
		case (got[i] == rolePlace || got[i] == "" && r.role == rolePlace || r.it.typ == dossier.LOC) && s.w.distantFrom(s, r.it):
			r.role = roleOther // "a village 50km northeast of X": X tells where the village lies
		case x.aimedWith(s, r.it, m):
			r.role = roleTarget // "targeted with rocket shells X": X is the object
		case x.aimedOn(s, r.it, m):
			// "fired rocket shells on the X neighborhood in Y city claiming …": the parse of the
			// unpunctuated report may hang the place anywhere; the words say where it fell.
			r.role = rolePlace
		case (got[i] == roleActor || got[i] == "" && r.role == roleActor) && x.placeNotDoer(s, *r):
			// "shelling on the capital Brenton killed four": the punctuation lost, the parse
			// makes the town the phrase ends with the doer; a town a place noun names is where.
			r.role = rolePlace
		case (got[i] == roleActor || got[i] == "" && r.role == roleActor) && r.it.typ == dossier.LOC && s.w.parsePlaceCases[prep(s, r.it)] && placedBy(s, r.it):
			r.role = roleOther // "terrorists positioned in X fired": where the doers stood, not who
		case (got[i] == rolePlace || got[i] == "" && r.role == rolePlace) && x.ownsPlaceThing(s, r.it):
			// "in his Navy jet": the body tells whose the thing is, not where.
			r.role = roleOther
		case (got[i] == rolePlace || got[i] == "" && r.role == rolePlace) && s.w.eventNameHeads[s.toks[r.it.t1-1].norm]:
			// "seized the territories in the 1967 Six-Day War": the name tells in what, not where.
			r.role = roleOther
		case got[i] == rolePlace && r.it.typ == dossier.PER && !r.it.pseudo && r.role == roleActor && r.it.t0 < m.t0:
			// "In October, Rep. X, R-Y., visited": a parse that joins the person to the phrase of
			// time makes no place of a person before the trigger; word order makes it the actor.
			continue
		case got[i] != "":
			r.role = got[i]
		case got[i] == "" && lightSubject(s, m, r.it):
			// "The X-led coalition performed the first series of airstrikes": the subject of
			// the light verb does the act, however the parse hangs the noun.
			r.role = roleActor
		case r.role == roleActor && !f.noun && speakerDoes(s, m, r.it):
			// "X said … and warned Y": the speaker warns, however the parse joins the verbs.
		case actor && r.role == roleActor:
			r.role = roleOther
		case noun && r.role == roleActor && s.w.reactsTo(s.parse, itemHead(s, r.it), v):
			// "X condemned the bomb explosions": X speaks of the attack, it did not carry it out.
			r.role = roleOther
		case coreRole(r.role) && !(f.subj != nil && f.subj.it == r.it && s.w.relativeSubject(s.parse, v)) &&
			!adjacent(s, m, *r, v, noun || f.noun) && s.w.governedElsewhere(s.parse, itemHead(s, r.it), v) &&
			!s.w.sameElsewhere(s, m, r):
			// Word order gave a role the parse puts in another clause ("areas held by X").
			r.role = roleOther
		case r.role == rolePlace && (x.originOfThing(s, r.it, v) || m.p.typ == dossier.Assault && s.w.originOfAct(s, r.it, v) || x.placeBelow(s, r.it, v) || otherClausePlace(s.parse, itemHead(s, r.it), v) || mainClausePlace(s.parse, itemHead(s, r.it), v) || speakerPlace(s.parse, itemHead(s, r.it), v) || outsidePlace(s.parse, itemHead(s, r.it), v) || s.w.sequelPlace(s.parse, itemHead(s, r.it), v, own) || conjunctObject(s.parse, itemHead(s, r.it), v) || reportClausePlace(s.parse, itemHead(s, r.it), v)):
			// "mercenaries from X", "accused X of trying to seize Y in Z", "hostages held in X
			// since Hamas killed …": not where it happened.
			r.role = roleOther
		case r.role == rolePlace && wordTypes[m.p.typ] && contentPlace(s.parse, itemHead(s, r.it), v):
			// "called for a meeting in X": where the meeting is, not where it was asked for.
			r.role = roleOther
		case r.role == rolePlace && (x.modifiesThing(s, r.it) || noPlaceCase(s, r.it)) && !x.placeModifier(s, r.it):
			// "a United States official", "Chinese goods": whose, not where; "talks with X",
			// "X's envoy", "should X refuse": no place either.
			r.role = roleOther
		default:
			continue
		}
		if f.subj != nil && f.subj.it == r.it {
			f.subj.role = r.role
		}
	}
}

// territoryRole returns the role of item it, a place or a body, where it premodifies noun
// trigger v, a noun of taking a territory: with nothing taken named with "of" it is the place
// taken ("the Kuwait invasion"), the doer coming from a possessive or "by"; before a noun that
// names what it takes it is the one who takes it ("the US invasion of Iraq"). A nationality
// ("the Iraqi invasion") always takes. "" where it does not premodify such a noun.
func (lw *wordLists) territoryRole(s *sent, it item, v int) string {
	p := s.parse
	if it.typ == dossier.PER || !lw.territoryNouns[strings.ToLower(p.Tokens[v].Text)] {
		return ""
	}
	k := itemHead(s, it)
	if k < 0 || k > v || p.Tokens[k].Head != v || p.Tokens[k].Rel != "compound" {
		return ""
	}
	if _, ok := lw.nationalities[s.toks[it.t0].norm]; ok {
		return roleActor
	}
	for _, c := range tree.Children(p, v) {
		if p.Tokens[c].Rel == "nmod" && lw.ofPreps[tree.Preposition(p, c)] {
			return roleActor
		}
	}
	return roleTarget
}

// phraseOfName returns the noun whose phrase item it, no person, names, through the words of a
// longer name ("Oakvale" of "Oakvale Camp", "Eighth" of "1119 Eighth St."); -1 for a person or
// a name the parse does not cover.
func phraseOfName(s *sent, it item) int {
	p := s.parse
	k := itemHead(s, it)
	if it.typ == dossier.PER || k < 0 {
		return -1
	}
	for steps := 0; steps < 3 && (p.Tokens[k].Rel == "compound" || p.Tokens[k].Rel == "flat") && p.Tokens[k].Head >= 0; steps++ {
		k = p.Tokens[k].Head
	}
	return k
}

// aroundPlace reports whether the parse makes item it, no person, the object of a participle
// or the of-phrase of a noun of what lies around a place that hangs on trigger v ("targeted the
// area surrounding X", "hit the outskirts of X"): it tells where, not what was hit.
func (lw *wordLists) aroundPlace(s *sent, it item, v int) bool {
	p := s.parse
	k := phraseOfName(s, it)
	if k < 0 {
		return false
	}
	h := p.Tokens[k].Head
	if h < 0 || h == v || !ancestor(p, v, h) && h != lw.underSubject(p, v) {
		return false
	}
	t := p.Tokens[h]
	if !lw.vicinityWords[strings.ToLower(t.Text)] && !lw.vicinityWords[strings.ToLower(t.Lemma)] {
		return false
	}
	rel := p.Tokens[k].Rel
	return t.UPOS == "VERB" && rel == "obj" || t.UPOS == "NOUN" && rel == "nmod" && lw.ofPreps[tree.Preposition(p, k)]
}

// fellOn reports whether place it is named with "on" after a word for strikes or shells ("air
// strikes on X", "shells fell on X"), or before a place word after any attack ("an attack on the
// X district"): where the attack fell.
func (x *Extractor) fellOn(s *sent, it item) bool {
	p, lw := s.parse, s.w
	k := itemHead(s, it)
	if it.typ != dossier.LOC || k < 0 {
		return false
	}
	if h := p.Tokens[k].Head; h > k && (p.Tokens[k].Rel == "compound" || p.Tokens[k].Rel == "flat") && x.lx.classes["places"][strings.ToLower(p.Tokens[h].Text)] {
		// The name is one of a place word's: what was hit is a place whatever the attack word.
		return lw.placeOnCases[tree.Preposition(p, h)]
	}
	if !lw.placeOnCases[tree.Preposition(p, k)] {
		return false
	}
	h := phraseHost(p, k)
	return h >= 0 && (lw.placeOnHeads[strings.ToLower(p.Tokens[h].Text)] || lw.placeOnHeads[strings.ToLower(p.Tokens[h].Lemma)])
}

// phraseHost is the word the prepositional phrase headed by k tells of: its head, or, where the
// parse hangs it on a verb right after the verb's object ("launched air strikes on X"), that
// object, as the parse may hang it either way.
func phraseHost(p *dossier.Sentence, k int) int {
	h := p.Tokens[k].Head
	if h < 0 || !strings.HasPrefix(p.Tokens[k].Rel, "obl") {
		return h
	}
	if o := tree.Child(p, h, "obj"); o >= 0 && tree.CaseMarker(p, k) == o+1 {
		return o
	}
	return h
}

// placeNamed returns the role of the place noun, a verb's subject or object, whose name item it
// gives ("the town of X was shelled": X is what was shelled), or "".
func (x *Extractor) placeNamed(s *sent, it item, roles map[int]string) string {
	p := s.parse
	k := itemHead(s, it)
	if k >= 0 && p.Tokens[k].Rel == "compound" && p.Tokens[k].Head > k && s.w.distanceUnits[strings.ToLower(p.Tokens[p.Tokens[k].Head].Text)] {
		// "the town of X 60 kilometres northeast of Y": the parse hangs X on the distance.
		k = p.Tokens[k].Head
	}
	if k < 0 || p.Tokens[k].Rel != "nmod" || !s.w.ofPreps[tree.Preposition(p, k)] {
		return ""
	}
	h := p.Tokens[k].Head
	if h < 0 || !x.placeNoun(p.Tokens[h]) || !coreRole(roles[h]) {
		return ""
	}
	return roles[h]
}

// countryAttack reports whether item it names a country, or its people, and premodifies an
// attack noun that is trigger v or hangs on it ("killed in US air strikes"), directly or through
// the noun's own words ("air"), its doers ("army shelling", "US-led coalition air strikes") or a
// participle. A country after a word of its parts names a region: "in central X attack".
func (x *Extractor) countryAttack(s *sent, it item, v int) bool {
	if it.typ == dossier.PER || !s.w.country(itemText(s, it)) {
		return false
	}
	k := itemHead(s, it)
	if k < 0 || it.t0 > 0 && s.w.regionWords[s.toks[it.t0-1].norm] {
		return false
	}
	for _, o := range s.matches {
		if o.p.typ != dossier.Assault {
			continue
		}
		if !nextTo(s, it, o) {
			continue
		}
		if u, noun := parseTrigger(s, o); noun && (u == v || s.parse.Tokens[u].Head == v) && x.attackModifier(s, o, k, u) {
			return true
		}
	}
	return false
}

// nextTo reports whether item it ends at most three words before match o with no other name
// between: a headline run into the body ("in X Monitor AFP Tuesday US air strikes") may parse
// X as the strikes' modifier.
func nextTo(s *sent, it item, o match) bool {
	if it.t1 > o.t0 || o.t0-it.t1 > 3 {
		return false
	}
	for j := it.t1; j < o.t0; j++ {
		if s.itemAt[j] >= 0 {
			return false
		}
	}
	return true
}

// attackModifier reports whether token k premodifies attack noun u of match o through words
// that belong to the attack: the trigger's words, a word for its doers or a participle.
func (x *Extractor) attackModifier(s *sent, o match, k, u int) bool {
	p := s.parse
	for steps := 0; k >= 0 && k < u && steps < 3; steps++ {
		switch p.Tokens[k].Rel {
		case "compound", "flat", "amod":
		default:
			return false
		}
		h := p.Tokens[k].Head
		if h == u {
			return p.Tokens[u].UPOS == "NOUN"
		}
		if h < 0 || !x.attackWord(s, o, p.Tokens[h]) {
			return false
		}
		k = h
	}
	return false
}

// attackWord reports whether parse token t is one of match o's words, a word for those who
// attack, or a participle ("-led").
func (x *Extractor) attackWord(s *sent, o match, t dossier.Token) bool {
	for _, w := range o.words {
		if s.toks[w].start == t.Start {
			return true
		}
	}
	low := strings.ToLower(t.Text)
	return x.sideWord(low) || t.UPOS == "VERB" && (t.Rel == "amod" || t.Rel == "compound")
}

// jobOfPerson reports whether token h is a common noun said of a person's name as his job or
// rank: the name stands in apposition to it ("host Tucker Carlson") or to its of-phrase
// ("secretary of state X"), it premodifies the name, or
// it is what a passive verb makes of a person, as its object or complement ("X has been named new
// DHS acting secretary").
func jobOfPerson(s *sent, h int) bool {
	p := s.parse
	if h < 0 || p.Tokens[h].UPOS != "NOUN" {
		return false
	}
	if t := p.Tokens[h]; (t.Rel == "obj" || t.Rel == "xcomp") && t.Head >= 0 {
		if sj := tree.Child(p, t.Head, "nsubj:pass"); sj >= 0 && personAt(s, p.Tokens[sj].Start) {
			return true
		}
	}
	if t := p.Tokens[h]; t.Rel == "compound" && t.Head > h && personAt(s, p.Tokens[t.Head].Start) {
		return true
	}
	for _, c := range tree.Children(p, h) {
		if c > h && (p.Tokens[c].Rel == "appos" || p.Tokens[c].Rel == "flat") && personAt(s, p.Tokens[c].Start) {
			return true
		}
		if c > h && p.Tokens[c].Rel == "nmod" && s.w.ofPreps[tree.Preposition(p, c)] && jobOfPerson(s, c) {
			return true // "secretary of state X": the person is named after the job's of-phrase
		}
	}
	return false
}

// titledUndergoer gives the role of the job noun a participle trigger v describes to the person
// named right after it, which a parse that breaks the phrase hangs elsewhere ("Ousted X CEO Ann
// Lind can still …"): the person undergoes the act, and the job is hers.
func titledUndergoer(s *sent, v int, roles map[int]string) {
	p := s.parse
	h, role := modifiedNoun(p, v)
	if h < 0 || role != roleTarget || h+1 >= len(p.Tokens) || p.Tokens[h].XPOS != "NN" || !personAt(s, p.Tokens[h+1].Start) || personAt(s, p.Tokens[h].Start) {
		return
	}
	if _, ok := roles[h+1]; !ok {
		roles[h+1] = role
	}
}

// nameAfterJob reports whether a person's name follows the job noun h right after, though the
// parse cut it from the job ("X CEO Ann Lind can still …").
func nameAfterJob(s *sent, h int) bool {
	p := s.parse
	return p.Tokens[h].XPOS == "NN" && h+1 < len(p.Tokens) && p.Tokens[h+1].Head != h && personAt(s, p.Tokens[h+1].Start) && !personAt(s, p.Tokens[h].Start)
}

// itemText returns the words of item it, joined by spaces.
func itemText(s *sent, it item) string {
	return joinNorms(s.toks[it.t0:it.t1])
}

// relativeSubject reports whether the subject of verb v is a relative pronoun ("which
// accuses"): the name word order found for it, the antecedent, stands for it wherever the parse
// hangs the clause.
func (lw *wordLists) relativeSubject(p *dossier.Sentence, v int) bool {
	k := tree.Subject(p, v)
	if k < 0 {
		k = tree.PassiveSubject(p, v)
	}
	return k >= 0 && lw.relatives[strings.ToLower(p.Tokens[k].Text)]
}

// partyTagged reports whether the name recogniser tagged token k a person or an organisation,
// though the name's chain took another type: a name before an attack noun so tagged is a party
// ("Fatah al-Shams mortar attacks"), not a weapon or a day ("Grad rockets", "Christmas attack").
func partyTagged(p *dossier.Sentence, k int) bool {
	if k < 0 {
		return false
	}
	e := p.Tokens[k].Entity
	return strings.HasSuffix(e, "-PER") || strings.HasSuffix(e, "-ORG")
}

// nameBefore reports whether the parse makes the name headed by k a modifier of noun trigger v
// ("a Hizballah ambush").
func nameBefore(p *dossier.Sentence, k, v int) bool {
	return k >= 0 && k < v && p.Tokens[k].Head == v && p.Tokens[k].Rel == "compound" && p.Tokens[k].UPOS == "PROPN"
}

// subjectBelow reports whether subject k's verb is a clause of trigger v.
func subjectBelow(p *dossier.Sentence, k, v int) bool {
	h := p.Tokens[k].Head
	return v >= 0 && h >= 0 && p.Tokens[h].Head == v
}

// adjacent reports whether item r stands right by verb trigger m where word order is surest:
// its object just after it ("attacked Ambassador X") or its subject just before it, with at
// most an article or a title between.
func adjacent(s *sent, m match, r roled, v int, noun bool) bool {
	if noun {
		return false
	}
	gap := func(i, j int) bool { // nothing, or one article or title, between
		return i == j || j == i+1 && s.toks[i].word && (s.toks[i].upper || s.w.determiners[s.toks[i].norm])
	}
	switch {
	case r.role == roleTarget && r.it.t0 >= m.t1:
		// Not one the parse makes the subject of what follows ("leaving five killed SANA
		// reported"), unless the trigger accuses and that clause hangs on it: "accused the
		// Brigade of the attack which killed 40", parsed as "accused [the Brigade … killed 40]",
		// still accuses the Brigade.
		k := itemHead(s, r.it)
		return r.pr == "" && gap(m.t1, r.it.t0) && (k < 0 || !strings.HasPrefix(s.parse.Tokens[k].Rel, "nsubj") ||
			m.p.typ == dossier.Accuse && subjectBelow(s.parse, k, v) || apposedSpeaker(s.parse, k, v))
	case r.role == roleActor && r.it.t1 <= m.t0:
		return gap(r.it.t1, m.t0)
	}
	return false
}

// apposedSpeaker reports whether token k, which the parse makes the subject of the verb whose
// complement clause trigger v heads, has the real subject after it as its apposition: "X shelled
// Y on Monday, the Observatory said" read as "[Y, the Observatory] said". Y is v's object.
func apposedSpeaker(p *dossier.Sentence, k, v int) bool {
	w := p.Tokens[k].Head
	if w < 0 || k < v || k > w || p.Tokens[v].Head != w || (p.Tokens[v].Rel != "ccomp" && p.Tokens[v].Rel != "parataxis") {
		return false
	}
	a := tree.Child(p, k, "appos")
	return a > k && a < w
}

// sameElsewhere reports whether another trigger of m's type in the sentence gives item r, in
// the parse, the role word order gave it for m: "were killed in an attack carried out by X" tells
// X through the attack.
func (lw *wordLists) sameElsewhere(s *sent, m match, r *roled) bool {
	for _, o := range s.matches {
		if o.p.typ != m.p.typ || o.t0 == m.t0 {
			continue
		}
		u, noun := parseTrigger(s, o)
		if u < 0 {
			continue
		}
		roles := lw.nounArgs(s.parse, u, o.p.typ)
		if !noun {
			roles = lw.parseArgs(s.parse, u, o.p.typ)
		}
		if parseRole(s, r.it, roles, u) == r.role || premodifies(s.parse, itemHead(s, r.it), u) {
			return true
		}
	}
	return false
}

// premodifies reports whether the phrase of token k stands before noun u and hangs on it
// ("Syria air raid", "US-led strikes"): word order reads such a name well.
func premodifies(p *dossier.Sentence, k, u int) bool {
	for steps := 0; k >= 0 && k < u && steps < 3; steps++ {
		h := p.Tokens[k].Head
		switch p.Tokens[k].Rel {
		case "compound", "flat", "amod", "obl:unmarked":
		default:
			return false // a possessor is the noun's own to read ("Indiana's protest")
		}
		if h == u {
			return p.Tokens[u].UPOS == "NOUN"
		}
		if h < 0 || predicateWord(p, h) {
			return false
		}
		k = h
	}
	return false
}

// governedElsewhere reports whether the parse puts item head k in the clause of a predicate
// other than trigger v that lends v nothing: a name held by another verb ("areas held by X"), the
// subject of a verb whose complement has its own subject ("X reported that the army withdrew"),
// or a name after the verb a noun trigger is the subject of ("the protests degrade X's claim").
// A name whose phrase holds the trigger ("the militia, which attacked") is never elsewhere, nor
// one of the support verb a noun trigger is the object of ("made a trip to X").
func (lw *wordLists) governedElsewhere(p *dossier.Sentence, k, v int) bool {
	if k < 0 || v < 0 || k == v {
		return false
	}
	if ancestor(p, k, v) {
		// A name the parse made the root of a sentence whose act lies in a relative clause below
		// it ("X put Y in charge ... at the facility where Z was held"): the act is the clause's.
		return p.Tokens[k].Rel == "root" && !predicateWord(p, k) && relativeBelow(p, k, v)
	}
	w, rel, direct := governor(p, k, v)
	switch {
	case w < 0:
		return false
	case !ancestor(p, w, v):
		return true
	case clauseBelow(p, v, w):
		return true
	case p.Tokens[v].Head == w && p.Tokens[v].Rel == "obj" && lw.supportVerbs[strings.ToLower(p.Tokens[w].Lemma)]:
		return false
	}
	// w governs v without a clause of v's own between them: the subject of w is v's doer, and
	// what a noun trigger that is w's subject does falls on w's object ("the shelling hit the
	// town").
	nounSubj := p.Tokens[v].Head == w && strings.HasPrefix(p.Tokens[v].Rel, "nsubj")
	switch {
	case strings.HasPrefix(rel, "nsubj") && !nounSubj:
		return false
	case rel == "obj" && nounSubj && direct:
		return false
	}
	return true
}

// relativeBelow reports whether word v stands in a relative clause of a noun below word k, k
// itself not that noun.
func relativeBelow(p *dossier.Sentence, k, v int) bool {
	for j, steps := v, 0; j >= 0 && j != k && steps < len(p.Tokens); steps++ {
		if t := p.Tokens[j]; t.Rel == "acl:relcl" && t.Head != k {
			return true
		}
		j = p.Tokens[j].Head
	}
	return false
}

// nounGerund reports whether the verb the parse reads at h is an -ing word hung on the verb
// right before it with its object right after it ("targeted gathering centers of X", "hit
// training camps"): a noun's modifier in that verb's object, no clause of its own.
func nounGerund(p *dossier.Sentence, h int) bool {
	if h == 0 || p.Tokens[h].Head != h-1 || p.Tokens[h-1].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(p.Tokens[h].Text), "ing") {
		return false
	}
	o := tree.Child(p, h, "obj")
	return o == h+1 && p.Tokens[o].UPOS == "NOUN"
}

// governor returns the first predicate above token k, the relation by which k's phrase hangs
// on it and whether k is that phrase's head or one more name of it (not a possessor or a
// modifier); -1 when k's phrase reaches trigger v, a word above v, or the root first.
func governor(p *dossier.Sentence, k, v int) (int, string, bool) {
	direct := true
	for steps := 0; steps < len(p.Tokens); steps++ {
		h := p.Tokens[k].Head
		if h < 0 || h == v || ancestor(p, h, v) && !predicateWord(p, h) || conjoined(p, h, v) {
			return -1, "", false
		}
		if predicateWord(p, h) && !nounGerund(p, h) {
			return h, p.Tokens[k].Rel, direct
		}
		switch p.Tokens[k].Rel {
		case "compound", "flat", "appos", "conj":
		default:
			direct = false
		}
		k = h
	}
	return -1, "", false
}

// conjoined reports whether words a and b are conjuncts of one another or the predicate a
// modifies the noun b: "were killed and injured in an attack by X" share X, and so do "an attack
// carried out by X" and its noun.
func conjoined(p *dossier.Sentence, a, b int) bool {
	ta, tb := p.Tokens[a], p.Tokens[b]
	if tree.Child(p, a, "nsubj", "nsubj:pass") >= 0 && tree.Child(p, b, "nsubj", "nsubj:pass") >= 0 {
		return false // "X resigned and Y was named": two clauses
	}
	return ta.Head == b && (ta.Rel == "conj" || strings.HasPrefix(ta.Rel, "acl")) ||
		tb.Head == a && tb.Rel == "conj" ||
		ta.Rel == "conj" && tb.Rel == "conj" && ta.Head == tb.Head
}

// predicateWord reports whether token i heads a clause: a verb not used as a modifier, or a
// word with a copula.
func predicateWord(p *dossier.Sentence, i int) bool {
	t := p.Tokens[i]
	if t.UPOS == "VERB" {
		return t.Rel != "amod" && t.Rel != "compound"
	}
	return tree.Child(p, i, "cop") >= 0
}

// clauseBelow reports whether trigger v stands in a clause of its own below predicate w: some
// predicate on the way from v up to w has its own subject or is a clausal complement, or above v
// a participle describes a noun ("X replace agents charged in the bombing of Y": the bombing is
// not X's).
func clauseBelow(p *dossier.Sentence, v, w int) bool {
	for k, steps := v, 0; k >= 0 && k != w && steps < len(p.Tokens); steps++ {
		if predicateWord(p, k) && (tree.Child(p, k, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 ||
			p.Tokens[k].Rel == "ccomp" || p.Tokens[k].Rel == "parataxis") {
			return true
		}
		if k != v && p.Tokens[k].UPOS == "VERB" && p.Tokens[k].Rel == "acl" {
			return true
		}
		k = p.Tokens[k].Head
	}
	return false
}

// ancestor reports whether token a lies on the way from token d up to the root.
func ancestor(p *dossier.Sentence, a, d int) bool {
	for k, steps := p.Tokens[d].Head, 0; k >= 0 && steps < len(p.Tokens); steps++ {
		if k == a {
			return true
		}
		k = p.Tokens[k].Head
	}
	return false
}

// coreRole reports whether role is one a participant plays: actor, target, recipient or
// destination.
func coreRole(role string) bool {
	switch role {
	case roleActor, roleTarget, roleRecipient, roleDest:
		return true
	}
	return false
}

// placeNotDoer reports whether argument r, a place that is no country, follows a place noun
// right away or with "of" ("the capital X", "the city of X"), or stands before one after a
// preposition of place ("in X city killing 14"): it names where, whatever the parse makes of
// it, and never who.
func (x *Extractor) placeNotDoer(s *sent, r roled) bool {
	if r.it.typ != dossier.LOC || s.w.possessedCountry(itemText(s, r.it)) {
		return false
	}
	if e := r.it.t1; e < len(s.toks) && x.lx.classes["places"][s.toks[e].norm] && !s.toks[e].upper && s.w.parsePlaceCases[prep(s, r.it)] && !placedBy(s, r.it) {
		return true
	}
	k := r.it.t0 - 1
	if k > 0 && s.w.ofPreps[s.toks[k].norm] {
		k--
	}
	if k < 0 || !s.toks[k].word || s.toks[k].upper || s.itemAt[k] >= 0 {
		return false
	}
	n := s.toks[k].norm
	return x.lx.classes["places"][n] || s.w.capitalNouns[n] || s.w.heldPlaceNouns[n]
}

// affiliateBand returns the noun of the band that name k is said to belong to or be named
// ("terrorist groups affiliated to X", "forces loyal to X", "the groups known as X"), or -1
// when k hangs on no such word.
func (lw *wordLists) affiliateBand(p *dossier.Sentence, k int) int {
	h := p.Tokens[k].Head
	if h < 0 || !slices.Contains(lw.affiliations[strings.ToLower(p.Tokens[h].Text)], tree.Preposition(p, k)) {
		return -1
	}
	band := p.Tokens[h].Head
	if r := p.Tokens[h].Rel; band < 0 || r != "acl" && r != "amod" || p.Tokens[band].UPOS != "NOUN" {
		return -1
	}
	return band
}

// relativeObject returns the name that an active trigger verb of an object relative clause acts
// on: its antecedent, or the name the antecedent's "of" phrase gives ("the city of X which they
// captured", "the town, which the Front shelled"), for a clause that names no other target.
func relativeObject(s *sent, m match, f frame) (item, bool) {
	p := s.parse
	if p == nil || f.passive || f.noun || f.find(roleTarget) != nil {
		return item{}, false
	}
	v, noun := parseTrigger(s, m)
	if v < 0 || noun || p.Tokens[v].Rel != "acl:relcl" {
		return item{}, false
	}
	h, o := p.Tokens[v].Head, tree.Object(p, v)
	if h < 0 || o < 0 || p.Tokens[o].UPOS != "PRON" || o < h || o > v {
		return item{}, false
	}
	i := itemOf(s, h)
	for _, c := range tree.Children(p, h) {
		if i < 0 && c < o && p.Tokens[c].Rel == "nmod" && s.w.ofPreps[tree.Preposition(p, c)] {
			i = itemOf(s, c)
		}
	}
	if i < 0 {
		return item{}, false
	}
	return s.items[i], true
}

// parseConjunct reports whether item b is joined to item a before it by "and" or "or" alone and
// the parse makes b's head a conjunct of a word of a.
func (lw *wordLists) parseConjunct(s *sent, a, b item) bool {
	if join, comma := lw.coordinated(s, a.t1, b.t0); !join || comma || s.parse == nil {
		return false
	}
	k := itemHead(s, b)
	if k < 0 || s.parse.Tokens[k].Rel != "conj" || s.parse.Tokens[k].Head < 0 {
		return false
	}
	h := s.parse.Tokens[s.parse.Tokens[k].Head]
	return h.Start >= s.toks[a.t0].start && h.End <= s.toks[a.t1-1].end
}

// placeReadAsSubject reports whether place item it follows a preposition of place right away and
// the parse still makes it a subject (the unpunctuated "… on X Highway near Y claiming 4
// martyrs"): a name a preposition governs is no subject, and it tells where. A preposition after
// a participle says where that participle puts someone ("terrorists positioned in Y fired"), not
// where the act happened.
func (lw *wordLists) placeReadAsSubject(s *sent, it item) bool {
	if it.typ != dossier.LOC || it.t0 < 2 || !lw.parsePlaceCases[s.toks[it.t0-1].norm] {
		return false
	}
	if placedBy(s, it) {
		return false
	}
	k := itemHead(s, it)
	return k >= 0 && strings.HasPrefix(s.parse.Tokens[k].Rel, "nsubj")
}

// placedBy reports whether the preposition right before item it follows a participle of
// station-participles that puts someone there ("terrorists positioned in X", "forces stationed
// at Y"): the phrase says where they were, not where the act happened. Other participles
// ("killed in X city") say nothing of it.
func placedBy(s *sent, it item) bool {
	return it.t0 >= 2 && s.w.stationWords[s.toks[it.t0-2].norm]
}

// fusedBackers takes the target or place role from a name written as one word with a participle
// after it ("al-Qaeda-affiliated", "US-trained", "ISIS-held"): the name tells who stands behind or
// holds what the word describes, not what the act fell on or where. A name right after the word
// ("the headquarters of al-Qaeda-affiliated Al-Nusra") is that thing and takes the target role.
func fusedBackers(s *sent, f *frame) {
	for i := range f.args {
		r := &f.args[i]
		if r.role != roleTarget && r.role != rolePlace || !fusedParticiple(s, r.it) {
			continue
		}
		role := r.role
		r.role = roleOther
		if f.subj != nil && f.subj.it == r.it {
			f.subj.role = r.role
		}
		if _, next := neighbours(f, r.it); role == roleTarget && next >= 0 && f.args[next].it.t0 == r.it.t1 && f.args[next].role == roleOther {
			f.args[next].role = role
		}
	}
}

// fusedParticiple reports whether the last word of item it goes on past the name with a hyphen
// and a participle the parse tags as one, or a lower-case word ending in "ed": "US-Trained",
// "al-Qaeda-affiliated".
func fusedParticiple(s *sent, it item) bool {
	p := s.parse
	last := s.toks[it.t1-1]
	if p == nil || it.pseudo {
		return false
	}
	k := tree.WordAt(p, last.start)
	for k >= 0 && k+1 < len(p.Tokens) && p.Tokens[k+1].End <= last.end {
		k++
	}
	if k < 1 || p.Tokens[k].Start == last.start || !strings.ContainsAny(p.Tokens[k-1].Text, "-\u2010\u2011") {
		return false
	}
	t := p.Tokens[k]
	return t.XPOS == "VBN" || t.Text == strings.ToLower(t.Text) && strings.HasSuffix(t.Text, "ed")
}
