package event

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// Argument roles.
const (
	roleActor  = "actor"
	roleTarget = "target"
	rolePlace  = "place"
	roleDest   = "destination"
	roleOther  = "other"
)

// destTypes are the event types whose "to X" is a destination rather than a target.
var destTypes = map[dossier.EventType]bool{dossier.Travel: true, dossier.Defect: true}

// wordTypes are the events told by words alone (asking, refusing, threatening, backing): a place
// named inside what is asked or refused ("called for a meeting in X") is not where it was said.
var wordTypes = map[dossier.EventType]bool{dossier.Request: true, dossier.Reject: true, dossier.Threaten: true, dossier.Support: true}

// patientNouns are nominal triggers whose possessor undergoes the event ("his arrest").
var patientNouns = map[dossier.EventType]bool{dossier.Appoint: true, dossier.Dismiss: true, dossier.Coerce: true, dossier.Concede: true}

// participantNouns are nominal triggers whose "of" names those who do them ("the meeting of
// X", "the deployment of X"), not whom they fall on.
var participantNouns = map[dossier.EventType]bool{dossier.Consult: true, dossier.Protest: true, dossier.Mobilize: true, dossier.Retreat: true}

// prep returns the preposition that governs item it: the nearest one in the four words before
// it, looking past "of" ("to the city of X" is "to").
func prep(s *sent, it item) string {
	of := ""
	for k := it.t0 - 1; k >= 0 && k >= it.t0-5; k-- {
		tk := s.toks[k]
		if (tk.norm == "and" || tk.norm == "or") && of == "" {
			// A conjunct shares the preposition of the name before it: "in A and the nearby B".
			for j := k - 1; j >= 0 && j >= k-1; j-- {
				if p := s.itemAt[j]; p >= 0 && s.items[p].t0 < it.t0 {
					return prep(s, s.items[p])
				}
			}
		}
		if !tk.word || s.itemAt[k] >= 0 || s.w.prepStops[tk.norm] {
			break
		}
		if s.w.preps[tk.norm] {
			if s.w.ofPreps[tk.norm] && of == "" {
				of = tk.norm
				continue
			}
			return tk.norm
		}
	}
	return of
}

// aux returns the index of the form of "be" that makes the verb at token i passive, or -1.
func aux(s *sent, i int) int {
	w := s.toks[i].norm
	if strings.HasSuffix(w, "ing") {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		n := s.toks[k].norm
		if s.w.beForms[n] && n != "being" && n != "been" {
			return k
		}
		if n == "been" || n == "being" {
			// "has been detained", "being held": passive either way.
			if k == 0 || !s.w.beForms[s.toks[k-1].norm] {
				return k
			}
			continue
		}
		if !s.w.adverbs[n] && !strings.HasSuffix(n, "ly") {
			break
		}
	}
	// A reduced relative: "a man detained by police".
	if i+1 < len(s.toks) && s.w.agentPreps[s.toks[i+1].norm] && strings.HasSuffix(w, "ed") {
		return i
	}
	return -1
}

// roled is an item with the role it plays in one event.
type roled struct {
	it   item
	role string
	pr   string
}

// frame is what the clause tells about one trigger: the items and their roles.
type frame struct {
	passive bool
	noun    bool // the trigger is used as a noun
	auxAt   int
	subj    *roled // actor of an active verb, target of a passive
	args    []roled
}

func (f *frame) find(role string) *roled {
	for i := range f.args {
		if f.args[i].role == role {
			return &f.args[i]
		}
	}
	return nil
}

// frameOf reads the arguments of trigger m from its clause.
func (x *Extractor) frameOf(s *sent, m match) frame {
	c := s.clauses[m.cl]
	noun, verb := triggerUse(s, m)
	r := frameReader{x: x, s: s, m: m, f: frame{auxAt: -1, noun: noun}, noun: noun, verb: verb}
	if verb {
		r.f.auxAt = aux(s, m.t0)
		if r.f.auxAt < 0 && headlinePassive(s, m) {
			r.f.auxAt = m.t0 // "Five soldiers killed in ambush"
		}
		r.f.passive = r.f.auxAt >= 0
	}
	for _, it := range s.items {
		conjSpeaker := verb && speakerDoes(s, m, it)
		if it.t0 < c.t0 || it.t1 > c.t1 || containsIdx(m.words, it.t0) || inSource(s, it, m) && !conjSpeaker || describesSource(s, it, m) || weaponName(m, it) || s.w.weaponMake(s, it) && !(r.f.passive && it.t1 <= m.t0) || it.junk || s.w.compassName(s, it) || inDateline(s, it) || describesName(s, it, m) {
			continue
		}
		ro := roled{it: it, pr: prep(s, it), role: roleOther}
		if verb && it.typ != dossier.LOC && !conjSpeaker && x.reportedAfter(s, it.t1, m.t0) {
			continue // "X said jets had bombed the area": X speaks, the jets bombed
		}
		switch {
		case x.placeModifier(s, it):
			ro.role = rolePlace // "the Darun market": where it happened
		case it.t0 < m.t0:
			ro = r.roleBefore(ro)
		default:
			ro = r.roleAfter(ro)
		}
		ro.role = stateRole(s, m, ro, noun)
		r.f.args = append(r.f.args, ro)
	}
	r.inheritSubject()
	f := r.f
	x.applyParse(s, m, &f)
	for i := range f.args {
		if f.args[i].it.t1 == m.t0 && placeGerund(s, m) {
			f.args[i].role = rolePlace // "denies Marlow bombing", however the parse hangs the name
		}
	}
	namedAfterNoun(s, &f)
	absoluteDoer(s, m, &f)
	if destTypes[m.p.typ] {
		leftPlace(m, &f)
	}
	if m.p.self && !f.noun {
		undergoes(&f)
	}
	for i := range f.args {
		if bylineAgency(s, f.args[i].it) || bylineLabel(s, f.args[i].it) {
			f.args[i].role = roleOther // "… kills 21 at market Monitor AFP": who reported
		}
		if s.w.seatName(s, f.args[i].it) {
			f.args[i].role = roleOther // "the UK-based monitor said": where the monitor sits
		}
	}
	if m.p.typ != dossier.Defect {
		fusedBackers(s, &f) // "fled X-held areas": the side left is X
	}
	x.heldTarget(s, &f)
	for i := range f.args {
		if f.args[i].role == roleTarget && s.w.allegiantName(s, f.args[i].it) {
			f.args[i].role = roleOther // "attacked troops loyal to X": X's troops were hit, not X
		}
	}
	onlyActs(&f)
	ownerUndergoes(s, m, &f)
	return f
}

// absoluteDoer gives the actor's role to the name that opens an absolute phrase whose verb is
// trigger m ("with X aided by jets having retaken the city"), and takes it from any name before
// the phrase: the clause's subject did something else.
func absoluteDoer(s *sent, m match, f *frame) {
	if m.t0 < 3 {
		return
	}
	open, ok := s.w.absoluteMarks[s.toks[m.t0-1].norm]
	if !ok {
		return
	}
	w := -1
	for k := m.t0 - 2; k >= 0 && k >= m.t0-14; k-- {
		if !s.toks[k].word && s.toks[k].norm != "-" {
			return // a punctuation mark other than a hyphen: the phrase is not one
		}
		if s.toks[k].norm == open {
			w = k
			break
		}
	}
	if w < 0 {
		return
	}
	doer := -1
	for i := range f.args {
		if t0 := f.args[i].it.t0; t0 > w && t0 < m.t0 && (doer < 0 || t0 < f.args[doer].it.t0) {
			doer = i
		}
	}
	if doer < 0 || f.args[doer].it.t0 > w+3 {
		return
	}
	for i := range f.args {
		if f.args[i].role == roleActor && f.args[i].it.t0 < w {
			f.args[i].role = roleOther
		}
	}
	f.args[doer].role = roleActor
}

// ownerUndergoes takes the actor's role from a person whom a personal pronoun after the trigger
// names as its target: a pronoun that is not reflexive never stands for its own verb's subject,
// so the person is who the act was done to and the name or possessive read as the actor is not
// its subject ("her clients fired her"; "X spoke of the reality that had ambushed her").
func ownerUndergoes(s *sent, m match, f *frame) {
	for i := range f.args {
		a := &f.args[i]
		if a.role != roleActor {
			continue
		}
		for _, b := range f.args {
			if b.it.chain == a.it.chain && b.it.t0 > m.t0 && b.it.t0 != a.it.t0 && b.role == roleTarget && objectPronoun(s, b.it) {
				a.role = roleOther
			}
		}
	}
}

// objectPronoun reports whether item it is a person's pronoun that is not reflexive and that the
// parse makes the object of a verb or of a preposition ("fired her", "worked with him"), not a
// possessive ("met his aides").
func objectPronoun(s *sent, it item) bool {
	w := s.toks[it.t0].norm
	if !it.pseudo || !s.w.pronouns[w] || s.w.sexes.reflexive[w] || s.parse == nil {
		return false
	}
	k := tree.WordAt(s.parse, s.toks[it.t0].start)
	if k < 0 {
		return false
	}
	switch s.parse.Tokens[k].Rel {
	case "obj", "iobj", "obl":
		return true
	}
	return false
}

// leftPlace takes the place named in the gap of a trigger of going ("left X for Y") out of the
// journey's places: it is whence, not whither nor where.
func leftPlace(m match, f *frame) {
	for i := range f.args {
		if it := f.args[i].it; it.t0 > m.t0 && it.t1 <= m.t1 && it.typ == dossier.LOC {
			f.args[i].role = roleOther
		}
	}
}

// namedAfterNoun hands the role of a group's or a person's name that modifies a common noun
// to the name of the same type the noun stands before ("the X affiliate Y", "the X envoy Y"):
// Y is the one meant, X only whose it is.
func namedAfterNoun(s *sent, f *frame) {
	for i := range f.args {
		a := &f.args[i]
		k := a.it.t1
		if !coreRole(a.role) || a.it.typ == dossier.LOC || a.it.poss || k+1 >= len(s.toks) {
			continue
		}
		if n := s.toks[k]; !n.word || n.upper || s.itemAt[k] >= 0 || s.itemAt[k+1] < 0 || !commonNoun(s, k) {
			continue
		}
		for j := range f.args {
			b := &f.args[j]
			if b.it.t0 == k+1 && b.it.typ == a.it.typ && (b.role == roleOther || b.role == a.role) && !b.it.pseudo {
				b.role, a.role = a.role, roleOther
				if f.subj != nil && f.subj.it == a.it {
					f.subj = b
				}
				break
			}
		}
	}
}

// commonNoun reports whether the parse reads token k as a singular common noun.
func commonNoun(s *sent, k int) bool {
	if s.parse == nil {
		return false
	}
	w := tree.WordAt(s.parse, s.toks[k].start)
	return w >= 0 && s.parse.Tokens[w].XPOS == "NN"
}

// inDateline reports whether item it is the place of a dateline, named with a comma right before
// the dateline's date ("X, May 20 - ..."): where the story was filed, no part of what it tells.
func inDateline(s *sent, it item) bool {
	if it.t1 >= len(s.toks) || s.toks[it.t1].norm != "," {
		return false
	}
	for _, t := range s.timexes {
		if t.Dateline && it.t1+1 < len(s.toks) && s.toks[it.t1+1].start == t.Start {
			return true
		}
	}
	return false
}

// visited returns the roles of a trip or a defection with the place it takes as its object
// ("visited X") made its destination: a place is where one goes, not whom it is done to.
func visited(rs []roled) []roled {
	out := slices.Clone(rs)
	for i := range out {
		if out[i].role == roleTarget && out[i].it.typ == dossier.LOC {
			out[i].role = roleDest
		}
	}
	return out
}

// undergoes makes the actor of a verb whose subject undergoes it ("X resigned") its target.
func undergoes(f *frame) {
	for i := range f.args {
		if f.args[i].role == roleActor {
			f.args[i].role = roleTarget
		}
	}
	if f.subj != nil && f.subj.role == roleActor {
		f.subj.role = roleTarget
	}
}

// titledRoles gives the role a title's possessor took to the person whose title it is ("met
// Jordan's Foreign Minister Ayman Safadi": Safadi is met), and the possessor none; so too the
// possessor of a kin noun ("accused X's daughter": the daughter is accused, not X).
func titledRoles(s *sent, f *frame) {
	for i := range f.args {
		if kinPossessor(s, f.args[i].it) {
			f.args[i].role = roleOther
			continue
		}
		p := titledPerson(s, f.args[i].it)
		if p < 0 || f.args[i].role == roleOther {
			continue
		}
		for j := range f.args {
			if f.args[j].it.t0 == s.items[p].t0 && f.args[j].role == roleOther {
				f.args[j].role = f.args[i].role
			}
		}
		f.args[i].role = roleOther
	}
}

// titledPerson returns the index in s.items of the person whose title item it possesses
// ("Jordan's Foreign Minister Ayman Safadi", "Israel’s army chief Herzi Halevi"), or -1: the
// possessor tells whose side the person is on and takes no part in what the person does.
func titledPerson(s *sent, it item) int {
	if !it.poss || it.typ == dossier.PER {
		return -1
	}
	k := it.t1 + 1 // after "'s"
	for n := 0; k < len(s.toks) && n <= 4; n++ {
		if p := s.itemAt[k]; p >= 0 {
			if n > 0 && s.items[p].typ == dossier.PER && s.items[p].t0 == k {
				return p
			}
			return -1
		}
		if !s.w.titleWords[s.toks[k].norm] {
			return -1
		}
		k++
	}
	return -1
}

// kinPossessor reports whether item it possesses a kin noun right after its "'s" or, a
// possessive pronoun, right after it ("X's daughter", "his relatives"): the kin, not it, takes
// part in what is done to the phrase.
func kinPossessor(s *sent, it item) bool {
	k := it.t1
	if !it.pseudo {
		k++ // after "'s"
	}
	return it.poss && k < len(s.toks) && s.w.kinNouns[s.toks[k].norm]
}

// weaponName reports whether item it is a name in the gap of trigger m ("launched 59 Tomahawk
// missiles"): it names the weapon, no participant.
func weaponName(m match, it item) bool {
	return it.typ == dossier.MISC && it.t0 > m.t0 && it.t1 <= m.t1
}

// weaponMake reports whether item it, a name of no place, person or group, stands before a noun
// for arms, right before it or with one word between ("Tomahawk cruise missiles"): it names the
// make of a weapon, no participant, unless the weapon is what a passive verb says was hit ("X
// helicopter shot down").
func (lw *wordLists) weaponMake(s *sent, it item) bool {
	if it.typ != dossier.MISC || it.poss {
		return false
	}
	for k := it.t1; k < len(s.toks) && k <= it.t1+1; k++ {
		if !s.toks[k].word || s.itemAt[k] >= 0 {
			return false
		}
		if lw.weaponNouns[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// frameReader is what frameOf knows while it gives the items of a trigger's clause their roles.
type frameReader struct {
	x          *Extractor
	s          *sent
	m          match
	f          frame
	noun, verb bool // how the trigger is used
	target     bool // an item already took the target's role
}

// triggerUse says whether trigger m is used as a noun or as a verb: a verb after a determiner or
// possessive is used as a noun ("his arrest"); a noun after a light verb is used as a verb
// ("made a trip": the clause's subject travels).
func triggerUse(s *sent, m match) (noun, verb bool) {
	noun, verb = m.p.noun, m.p.verb
	if verb && m.t0 > 0 && (s.w.determiners[s.toks[m.t0-1].norm] || s.toks[m.t0-1].norm == "'s") {
		noun, verb = true, false
	}
	if k, n := parseTrigger(s, m); verb && n && len(m.words) == 1 && s.parse.Tokens[k].XPOS == "NNS" {
		// The parse reads a plural noun where a verb form is spelt alike ("crush largely
		// peaceful protests").
		noun, verb = true, false
	}
	if verb && namedGerund(s, m) {
		noun, verb = true, false // "in ISIS shelling": a name and its act after a preposition
	}
	if verb && placeGerund(s, m) {
		noun, verb = true, false // "denies Kestrava bombing": the bombing at a place
	}
	if noun && lightVerbBefore(s, m.t0) {
		noun, verb = false, true
	}
	return noun, verb
}

// namedGerund reports whether trigger m is one word in -ing right after a name of a group or a
// person that follows a preposition or an article ("wounded in ISIS shelling", "the Hamas
// bombing"): a noun the name modifies, however the parse reads it.
func namedGerund(s *sent, m match) bool {
	if len(m.words) != 1 || m.t0 < 2 || !strings.HasSuffix(s.toks[m.t0].norm, "ing") {
		return false
	}
	i := s.itemAt[m.t0-1]
	if i < 0 || s.items[i].t1 != m.t0 || s.items[i].t0 == 0 || s.items[i].poss || s.items[i].pseudo {
		return false
	}
	if t := s.items[i].typ; t != dossier.ORG && t != dossier.PER {
		return false
	}
	b := s.toks[s.items[i].t0-1].norm
	return (s.w.preps[b] || s.w.determiners[b]) && !verbWithObject(s, m.t0)
}

// verbWithObject reports whether the parse reads token i as a verb with an object of its own
// ("posted on X accusing Y of fraud"): a clause of its own whose doer is its verb's, not a noun
// the name before it modifies.
func verbWithObject(s *sent, i int) bool {
	if s.parse == nil {
		return false
	}
	k := tree.WordAt(s.parse, s.toks[i].start)
	return k >= 0 && s.parse.Tokens[k].UPOS == "VERB" && tree.Object(s.parse, k) >= 0
}

// placeGerund reports whether trigger m ends in a word in -ing right after the name of a place that
// is no country or capital, with nothing but a preposition or the end of the clause after it
// ("denies Marlow bombing", "the Marlow bombing in May"): the name says where the act was, not
// who did it. A state may still act ("Norland bombing the town").
func placeGerund(s *sent, m match) bool {
	last := m.words[len(m.words)-1]
	if last != m.t1-1 || m.t0 < 1 || !strings.HasSuffix(s.toks[last].norm, "ing") {
		return false
	}
	i := s.itemAt[m.t0-1]
	if i < 0 || s.items[i].t1 != m.t0 || s.items[i].typ != dossier.LOC || s.items[i].poss || s.items[i].pseudo || s.w.polity(s, s.items[i]) {
		return false
	}
	k := m.t1
	return k >= len(s.toks) || !s.toks[k].word || s.w.preps[s.toks[k].norm]
}

// roleBefore gives its role to an item said before the trigger, where the subject stands; the
// first bare item or possessor becomes the frame's subject.
func (r *frameReader) roleBefore(ro roled) roled {
	s, it, f := r.s, ro.it, &r.f
	switch {
	case r.x.agentFrom(s, it):
		ro.role = roleActor // "strikes by planes from X killed": X's planes struck
	case it.typ == dossier.LOC && s.w.placePreps[ro.pr] && !s.w.ofPreps[ro.pr]:
		ro.role = rolePlace
	case r.noun && it.t1 == r.m.t0 && placeGerund(s, r.m):
		ro.role = rolePlace
	case s.w.agentPreps[ro.pr] && (r.noun || f.passive):
		ro.role = roleActor
	case !r.noun && !f.passive && f.subj == nil && memberOfGroup(s, it, r.m.t0):
		// "Jets of the X air force struck": the group whose jets or fighters acted, however
		// the parse reads the subject.
		ro.role = roleActor
		f.subj = &roled{it: it, role: ro.role, pr: ro.pr}
	case r.noun && !(it.poss && it.t1+1 >= r.m.t0):
		// Before a noun only its possessor takes part ("his arrest", "X's withdrawal");
		// the subject of the clause is someone else's.
	case f.passive && f.subj == nil && it.t1 >= f.auxAt-3 && r.x.namedByPlaceNoun(s, it):
		// "The town of X was captured": X, the town, underwent it.
		ro.role = roleTarget
		r.target = true
		f.subj = &roled{it: it, role: ro.role, pr: ro.pr}
	case r.verb && r.x.reportedAfter(s, it.t1, r.m.t0):
		// "X said jets had bombed the area": X speaks; the reported clause names the doer.
	case (ro.pr == "" || it.poss) && f.subj == nil:
		switch {
		case f.passive:
			ro.role = roleTarget
			r.target = true
		case r.noun && patientNouns[r.m.p.typ]:
			ro.role = roleTarget
			r.target = true
		default:
			ro.role = roleActor
		}
		f.subj = &roled{it: it, role: ro.role, pr: ro.pr}
	}
	return ro
}

// memberOfGroup reports whether item it is named in the subject of a verb at token v as the
// group of a noun of member-nouns ("fighters of X", "jets of X"), that phrase opening the clause
// or following a punctuation mark, with nothing but the item between it and the verb.
func memberOfGroup(s *sent, it item, v int) bool {
	k := it.t0 - 1
	for k >= 0 && s.w.determiners[s.toks[k].norm] {
		k--
	}
	if k < 1 || !s.w.memberCases[s.toks[k].norm] || !s.w.memberNouns[s.toks[k-1].norm] || it.t1 != v {
		return false
	}
	return k == 1 || !s.toks[k-2].word
}

// roleAfter gives its role to an item said after the trigger, where objects, destinations and
// places stand; the first bare object becomes the target.
func (r *frameReader) roleAfter(ro roled) roled {
	s, it, f, typ := r.s, ro.it, &r.f, r.m.p.typ
	switch {
	case s.w.agentPreps[ro.pr] && (r.noun || f.passive):
		ro.role = roleActor
	case r.x.agentFrom(s, it):
		ro.role = roleActor // "by planes from X": X's planes struck
	case destTypes[typ] && ro.pr == "for" && it.typ == dossier.PER:
		// "a trip for Mr. X": the one it is for goes nowhere; he is the one who travels.
		if r.noun && f.subj == nil {
			ro.role = roleActor
		}
	case destTypes[typ] && (s.w.destPreps[ro.pr] || ro.pr == "for"):
		ro.role = roleDest
	case it.typ == dossier.LOC && r.verb && !f.passive && r.x.placeObject(s, r.m, it):
		ro.role = roleTarget // "captured the area of X": X is what was taken
		r.target = true
	case it.typ == dossier.LOC && s.w.distantFrom(s, it):
		ro.role = roleOther // "clashes 15 km from X": X only tells how far away it happened
	case it.typ == dossier.LOC && s.w.reactedTo(s, it):
		ro.role = roleOther // "criticism of X": the side X stands for, not where
	case it.typ == dossier.LOC && (s.w.placePreps[ro.pr] || s.w.afterVicinity(s, it)):
		ro.role = rolePlace // "in X", "the area surrounding X", "the outskirts of X"
	case it.typ == dossier.LOC && ro.pr == "" && !r.target && !f.passive && r.verb:
		ro.role = roleTarget
		r.target = true
	case it.typ == dossier.LOC && ro.pr == "to" && typ != dossier.Request && typ != dossier.Threaten:
		// "to X" says whither, never where: for a trigger that goes nowhere it is someone else's
		// destination ("met officials and paid a visit to X").
	case it.typ == dossier.LOC:
		ro.role = rolePlace
	case r.noun && destTypes[typ] && f.subj == nil && it.t0 == r.m.t1 && it.typ != dossier.LOC:
		ro.role = roleActor // "a trip he made"
	case !r.target && !f.passive && (ro.pr == "" || s.w.objPreps[ro.pr]) && ro.pr != "to":
		ro.role = roleTarget
		r.target = true
	case !r.target && !f.passive && ro.pr == "to" && (typ == dossier.Request || typ == dossier.Threaten):
		ro.role = roleTarget
		r.target = true
	}
	return ro
}

// agentFrom reports whether item it follows "from" that follows the words for attackers brought
// in by "by" ("killed by planes from X", "by fighters from the X"): the attackers are X's.
func (x *Extractor) agentFrom(s *sent, it item) bool {
	k := it.t0 - 1
	for k >= 0 && s.w.determiners[s.toks[k].norm] {
		k--
	}
	if k < 2 || !s.w.originCases[s.toks[k].norm] {
		return false
	}
	attackers := x.lx.classes["attackers"]
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		tk := s.toks[j]
		switch {
		case s.w.agentPreps[tk.norm]:
			return j < k-1 && attackers[s.toks[k-1].norm]
		case !tk.word || tk.upper || s.itemAt[j] >= 0:
			return false
		}
	}
	return false
}

// inheritSubject gives a clause that names no subject one: a relative clause its antecedent, a
// coordinated clause the subject of the clause before. A noun trigger takes none: the
// antecedent does what the clause's verb says, not what the noun names ("forces, which crushed
// protests": the forces did not protest).
func (r *frameReader) inheritSubject() {
	f := &r.f
	if f.subj != nil || !(r.verb || r.s.clauses[r.m.cl].kind == "rel" && !r.noun) {
		return
	}
	if r.x.reportedAfter(r.s, r.s.clauses[r.m.cl].t0, r.m.t0) {
		return
	}
	it, ok := inherit(r.s, r.m.cl)
	if !ok {
		return
	}
	role := roleActor
	if f.passive {
		role = roleTarget
	}
	ro := roled{it: it, role: role}
	f.args = append([]roled{ro}, f.args...)
	f.subj = &ro
}

// reportedAfter reports whether a verb of saying stands between tokens i and j and the clause it
// reports names a doer of its own before j, for a trigger used as a verb ("and said government
// aircraft had bombed the area"): the trigger tells what was said, and its doer is the one the
// reported words name, never the speaker. "Is said to have bombed" tells the subject's own act,
// and "said it would strike" most often the speaker's.
func (x *Extractor) reportedAfter(s *sent, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if !s.w.reportingVerbs[s.toks[k].norm] {
			continue
		}
		n := k + 1
		for c := n; c+1 < j; c++ {
			if s.w.relatives[s.toks[c].norm] {
				n = c + 1 // "said on Monday that it had"
				break
			}
		}
		w := s.toks[n].norm
		_, group := s.w.groupPronouns[w]
		if w == "to" || s.w.pronouns[w] || group || strings.HasSuffix(w, "ing") {
			continue
		}
		for c := n; c < j; c++ {
			if s.itemAt[c] >= 0 || x.lx.classes["attackers"][s.toks[c].norm] || x.lx.classes["party"][s.toks[c].norm] {
				return true
			}
		}
	}
	return false
}

// lightVerbBefore reports whether a light verb governs the noun at token i ("made a recent trip").
func lightVerbBefore(s *sent, i int) bool {
	return lightVerbAt(s, i, false) >= 0
}

// lightVerbAt returns the token of the light verb that governs the noun at token i, or -1; with
// counts, a noun that counts acts with "of" does not count towards the distance ("performed the
// first series of airstrikes").
func lightVerbAt(s *sent, i int, counts bool) int {
	for k, far := i-1, i-3; k >= 0 && k >= far; k-- {
		n := s.toks[k].norm
		if s.w.lightVerbs[n] {
			return k
		}
		if counts && k > 0 && s.w.ofPreps[n] && s.w.actCounts[s.toks[k-1].norm] {
			k, far = k-1, far-2
			continue
		}
		if counts && s.w.preps[n] {
			return -1 // "led to a series of protests": the verb with a preposition is no light one
		}
		if !s.toks[k].word || s.itemAt[k] >= 0 {
			return -1
		}
	}
	return -1
}

// speakerDoes reports whether item it is the subject the parse gives trigger verb m through a
// conjunction with the verb of saying it is the subject of ("X said … and accused Y of"): the
// speaker also does the second act, whatever the words between.
func speakerDoes(s *sent, m match, it item) bool {
	v, noun := parseTrigger(s, m)
	if v < 0 || noun || s.parse.Tokens[v].Rel != "conj" || s.parse.Tokens[v].XPOS == "VBG" {
		return false
	}
	if tree.Child(s.parse, v, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if h := s.parse.Tokens[v].Head; tree.Child(s.parse, h, "expl") >= 0 && s.parse.Tokens[h].Rel == "ccomp" {
		// "X denied there was any evidence … and warned Y": a clause of "there" does no
		// act; the verb goes with the one of saying above it, however the parse joins it.
		v = s.parse.Tokens[h].Head
	}
	k := tree.Subject(s.parse, v)
	return k >= 0 && k == itemHead(s, it)
}

// describesName reports whether item it lies, with other words, in a parenthesis that opens
// right after a name, with trigger m outside it ("al-Nusra (the Qaeda branch in the Levant) fired"): the words
// describe that name, which plays the role.
func describesName(s *sent, it item, m match) bool {
	for k := it.t0 - 1; k >= 1 && k >= it.t0-8; k-- {
		switch n := s.toks[k].norm; {
		case n == "(":
			if s.itemAt[k-1] < 0 || m.t0 >= k && m.t0 < it.t1 || it.typ == dossier.LOC && s.items[s.itemAt[k-1]].typ == dossier.LOC {
				return false // "the town of X (in central Y province)": a place's place is still where
			}
			for j := it.t1; j < len(s.toks) && j <= it.t1+8; j++ {
				if s.toks[j].norm == ")" {
					// A name alone there is the one before, spelt again ("the Front (NF)").
					return (k+1 < it.t0 || j > it.t1) && (m.t0 < k || m.t0 > j)
				}
			}
			return false
		case n == ")":
			return false
		}
	}
	return false
}

// inSource reports whether item it names a source of the sentence ("X said", "according to X")
// while trigger m lies outside that name: a speaker is no participant.
func inSource(s *sent, it item, m match) bool {
	for _, r := range s.srcToks {
		if it.t0 >= r[0] && it.t0 < r[1] && !(m.t0 >= r[0] && m.t0 < r[1]) {
			return true
		}
	}
	return false
}

func containsIdx(xs []int, i int) bool {
	for _, x := range xs {
		if x == i {
			return true
		}
	}
	return false
}

// antecedentNoun gives the noun a relative clause opening at token t0 hangs on when item it
// names its people, a compound or a possessor of that noun ("the Front fighters who drove X
// out", "the Front's fighters who"): the clause's subject is then the name's. -1 otherwise.
func antecedentNoun(s *sent, it item, t0 int) int {
	p := s.parse
	if p == nil || it.typ == dossier.LOC {
		return -1
	}
	start, end := s.toks[it.t0].start, s.toks[it.t1-1].end
	for k, t := range p.Tokens {
		if t.Start < start || t.End > end || t.Head < 0 || t.Rel != "compound" && t.Rel != "nmod:poss" {
			continue
		}
		if h := p.Tokens[t.Head]; h.Start >= start && h.End <= end {
			continue
		}
		for _, r := range tree.Children(p, p.Tokens[k].Head) {
			if p.Tokens[r].Rel == "acl:relcl" && p.Tokens[r].Start >= s.toks[t0].start {
				return t.Head
			}
		}
	}
	return -1
}

// inherit finds the subject a clause without one borrows.
func inherit(s *sent, ci int) (item, bool) {
	c := s.clauses[ci]
	switch c.kind {
	case "rel":
		// The antecedent: the name whose people "who" stands for ("met the Front fighters who"),
		// unless they are a person's description ("Lund, a former Front prisoner who"), else the
		// nearest person before "who"; the nearest name before any other relative. A "who" that
		// asks ("it was not clear who fired") has none.
		who := s.toks[c.t0].norm == "who" || (c.t0+1 < len(s.toks) && s.toks[c.t0+1].norm == "who")
		if who && c.t0 > 0 && s.w.askWords[s.toks[c.t0-1].norm] {
			return item{}, false
		}
		var best, group, band *item
		noun := -1 // the noun the relative clause hangs on, whose people group names
		for i := range s.items {
			it := s.items[i]
			if it.t1 > c.t0 {
				break
			}
			band = nil
			if !who || it.typ == dossier.PER {
				best = &s.items[i]
			} else if k := antecedentNoun(s, it, c.t0); k >= 0 {
				group, noun = &s.items[i], k
			} else if s.w.affiliatedName(s, it) {
				band = &s.items[i] // "groups affiliated to X who fired": X's people fired
			}
		}
		if group != nil && (best == nil || best.t1 <= group.t0 && s.parse.Tokens[noun].Rel != "appos") {
			best = group
		}
		if best == nil && band != nil {
			best = band
		}
		if best != nil {
			return *best, true
		}
	case "resume":
		// The main verb after a relative clause: its subject is the one that clause interrupted.
		k := ci - 1
		for k > 0 && s.clauses[k].kind == "rel" {
			k--
		}
		p := s.clauses[k]
		for _, it := range s.items {
			if it.t0 >= p.t0 && it.t1 <= p.t1 && it.typ != dossier.LOC && (prep(s, it) == "" || s.w.affiliatedName(s, it)) {
				return it, true
			}
		}
	case "coord":
		for k := ci - 1; k >= 0; k-- {
			p := s.clauses[k]
			// The subject stands before that clause's own trigger: "We reject the attempt to
			// impose X, and call on Y" does not make X the caller.
			end := p.t1
			for _, mm := range s.matches {
				if mm.cl == k {
					end = mm.t0
					break
				}
			}
			for _, it := range s.items {
				if it.t0 >= p.t0 && it.t1 <= end && it.typ != dossier.LOC && prep(s, it) == "" {
					return it, true
				}
			}
		}
	}
	return item{}, false
}

// strictOK says whether a strict trigger has the close object it needs.
func strictOK(s *sent, m match, f frame) bool {
	last := m.words[len(m.words)-1]
	thing := func(it item) bool {
		return it.typ != dossier.LOC || m.p.typ == dossier.Assault || m.p.typ == dossier.Consult ||
			m.p.typ == dossier.Travel || m.p.typ == dossier.Coerce
	}
	if f.noun {
		for _, r := range f.args {
			it := r.it
			if subjectOfVerb(s, it, m) {
				continue // "the truce agreement X shelled": X starts a clause of its own
			}
			if it.t0 > last && it.t0 <= last+5 && noStop(s, last+1, it.t0) && (r.pr != "" || it.t0 <= last+2) {
				return true
			}
			if it.t1 <= m.t0 && m.t0-it.t1 <= 1 && (it.poss || it.pseudo) || it.t1 == m.t0 && placeGerund(s, m) {
				return true // "X's arrest", "denies Marlow bombing"
			}
		}
		return false
	}
	if f.passive {
		return f.subj != nil && f.subj.role == roleTarget && f.subj.it.t1 >= f.auxAt-3 && thing(f.subj.it)
	}
	for _, r := range f.args {
		// A country or its capital right after the verb is a party ("accused China of", "urged
		// the US to").
		party := s.w.polity(s, r.it) && onlyDeterminers(s, last+1, r.it.t0)
		if r.role == roleTarget && r.it.t0 > last && r.it.t0 <= last+4 && noStop(s, last+1, r.it.t0) && (thing(r.it) || party) {
			return true
		}
	}
	return false
}

// subjectOfVerb reports whether the parse makes item it the subject of a verb that does not
// hang on noun trigger m: no object of the noun said before it ("accusations that X lied" still
// accuse X).
func subjectOfVerb(s *sent, it item, m match) bool {
	if s.parse == nil {
		return false
	}
	k := itemHead(s, it)
	if k < 0 || !strings.HasPrefix(s.parse.Tokens[k].Rel, "nsubj") {
		return false
	}
	h := s.parse.Tokens[k].Head
	v, _ := parseTrigger(s, m)
	return h >= 0 && s.parse.Tokens[h].UPOS == "VERB" && (v < 0 || s.parse.Tokens[h].Head != v)
}

// onlyDeterminers reports whether tokens [i, j) are all determiners ("the").
func onlyDeterminers(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if !s.w.determiners[s.toks[k].norm] {
			return false
		}
	}
	return true
}

// noStop reports whether tokens [i, j) hold no punctuation.
func noStop(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if !s.toks[k].word && s.toks[k].norm != "-" {
			return false
		}
	}
	return true
}

// toArgs turns roles into event arguments, one per chain, keeping the first core role seen.
func toArgs(rs []roled) []dossier.Arg {
	var out []dossier.Arg
	at := map[int]int{}
	for _, r := range rs {
		if i, ok := at[r.it.chain]; ok {
			if out[i].Role == roleOther && r.role != roleOther {
				out[i].Role = r.role
			}
			continue
		}
		at[r.it.chain] = len(out)
		out = append(out, dossier.Arg{Role: r.role, Chain: r.it.chain})
	}
	return out
}

// placeModifier reports whether a name stands as the modifier of a place or a building ("the
// Darun market", "a Brenton hospital"): it tells where, whatever type the name was given. The name
// of an armed group or party before such a word says whose it is instead ("the Army positions").
func (x *Extractor) placeModifier(s *sent, it item) bool {
	if it.typ == dossier.PER || it.pseudo || it.poss || it.t1 >= len(s.toks) || s.itemAt[it.t1] >= 0 {
		return false
	}
	n := s.toks[it.t1]
	if k := it.t1 + 1; it.typ != dossier.ORG && k < len(s.toks) && n.word && !n.upper && s.itemAt[k] < 0 && x.placeWord(s.toks[k]) && !x.placeWord(n) {
		// "a Bay Area commuter train", "the Sahel refugee camp": one noun may tell what kind of
		// place it is. Not after a group's name, whose "fighting positions" are its own.
		n = s.toks[k]
	}
	if !n.word || n.upper || !x.placeWord(n) || s.w.ownedAbroad(s, it, n.norm) {
		return false // "the U.S. embassy": whose, not where; "its London embassy" is where
	}
	head := s.toks[it.t1-1].norm
	if x.sideWord(head) {
		return false
	}
	if _, ok := x.lx.anaphora[head]; ok {
		return false
	}
	return it.t0 > 0 && s.w.determiners[s.toks[it.t0-1].norm]
}

// placeWord reports whether tk is a lower-case noun of a place or of what is attacked there
// ("market", "camp", "train").
func (x *Extractor) placeWord(tk token) bool {
	return x.lx.classes["places"][tk.norm] || x.lx.classes["targets"][tk.norm]
}

// stateRole corrects the role of a state named by its nationality ("the Syrian army", "Russian
// warplanes", "Israeli"): it says who, never where, and right before a trigger used as a noun it
// carried out the act ("in Israeli raids", "by Syrian regime shelling").
func stateRole(s *sent, m match, ro roled, noun bool) string {
	if _, ok := s.w.nationalities[s.toks[ro.it.t0].norm]; !ok || ro.it.typ == dossier.PER {
		return ro.role
	}
	switch {
	case noun && ro.it.t1 == m.t0:
		return roleActor
	case ro.role == rolePlace:
		return roleOther
	}
	return ro.role
}

// afterVicinity reports whether item it follows a word of what lies around a place, with at
// most an article or "of" between ("surrounding the X", "the outskirts of X"): word order's
// reading of a place around which something happened.
func (lw *wordLists) afterVicinity(s *sent, it item) bool {
	k := it.t0 - 1
	for k >= 0 && lw.determiners[s.toks[k].norm] {
		k--
	}
	if k >= 1 && s.w.ofPreps[s.toks[k].norm] {
		k--
	}
	return k >= 0 && lw.vicinityWords[s.toks[k].norm]
}

// headlinePassive reports whether verb trigger m is a bare past participle in the manner of a
// headline ("Five soldiers killed in ambush", "US helicopter shot down last night"): its
// sentence opens, after any quotation mark, with a short phrase of words without an article
// that runs straight into the verb, and no object follows it. What the phrase names underwent
// the act. Attacks and detentions only, and none the parties do to each other: "defected",
// "met", "clashed" take no object.
func headlinePassive(s *sent, m match) bool {
	if m.t0 == 0 || m.p.mutual || m.p.noun || (m.p.typ != dossier.Assault && m.p.typ != dossier.Coerce) || !participle(s, m.t0) {
		return false
	}
	start := 0
	for start < m.t0 && !s.toks[start].word {
		start++
	}
	if start == m.t0 || m.t0-start > 6 {
		return false
	}
	for k := start; k < m.t0; k++ {
		if tk := s.toks[k]; !tk.word || s.w.determiners[tk.norm] || s.w.pronouns[tk.norm] {
			return false
		}
	}
	next := m.words[len(m.words)-1] + 1
	if next >= s.clauses[m.cl].t1 || !s.toks[next].word {
		return true
	}
	n := s.toks[next].norm
	return s.itemAt[next] < 0 && (s.w.preps[n] || s.w.adverbs[n] || n == "and" || s.w.particles[n] || s.w.temporalPreps[n])
}

// participle reports whether the parse reads the word at token i as a past participle, or took
// it for a noun (a headline verb it could not read: "helicopter shot down"), with no verb before
// it in its sentence, no subject of its own and no object of a verb conjoined with it ("killed
// and crucified two men").
func participle(s *sent, i int) bool {
	if s.parse == nil {
		return false
	}
	p := s.parse
	k := tree.WordAt(p, s.toks[i].start)
	if k < 0 || !(p.Tokens[k].XPOS == "VBN" || p.Tokens[k].UPOS == "NOUN") || tree.Subject(p, k) >= 0 {
		return false
	}
	for j := 0; j < k; j++ {
		if u := p.Tokens[j].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	for _, c := range tree.Children(p, k) {
		if p.Tokens[c].Rel == "obj" || p.Tokens[c].Rel == "conj" && tree.Object(p, c) >= 0 {
			return false
		}
	}
	return true
}

// prepBetween reports whether a preposition stands among tokens [i, j): "X north of the capital
// Y" places X by Y, it does not make X the country that holds Y.
func prepBetween(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if s.w.preps[s.toks[k].norm] || s.w.placePreps[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// holdsNamedPlace reports whether place it owns a place noun that names the place of the event
// with "of", or a capital that names it right after it, the possessive written or lost
// ("Norland's northern city of Brenton", "Norlands capital Brenton"): the place named after the
// noun is where it happened, it the wider one.
func (x *Extractor) holdsNamedPlace(s *sent, it item) bool {
	if it.typ != dossier.LOC {
		return false
	}
	k := it.t1
	if k < len(s.toks) && s.toks[k].norm == "'s" {
		k++
	}
	for j := k; j < len(s.toks) && j < k+4; j++ {
		t := s.toks[j]
		if !t.word || t.upper || s.itemAt[j] >= 0 {
			return false
		}
		if x.lx.classes["places"][t.norm] || s.w.heldPlaceNouns[t.norm] && s.w.possessedCountry(itemText(s, it)) {
			if j == it.t1 && s.w.quarterNouns[t.norm] && !s.w.polity(s, it) && !s.w.possessedCountry(itemText(s, it)) {
				return false // "the X neighbourhood of Y": X names the neighbourhood, in Y
			}
			o := j + 1
			if o < len(s.toks) && s.itemAt[o] >= 0 && s.w.capitalNouns[t.norm] && !prepBetween(s, k, j) {
				return s.items[s.itemAt[o]].typ == dossier.LOC
			}
			if o+1 < len(s.toks) && s.w.ofPreps[s.toks[o].norm] {
				n := s.itemAt[o+1]
				return n >= 0 && s.items[n].typ == dossier.LOC
			}
			return false
		}
	}
	return false
}

// possessedCountry reports whether name, its possessive written, lost or absent, names a country
// ("Norland", "Norlands"): a country holds the provinces named after it.
func (lw *wordLists) possessedCountry(name string) bool {
	name = strings.TrimSuffix(name, "'s")
	return lw.country(name) || strings.HasSuffix(name, "s") && lw.country(strings.TrimSuffix(name, "s"))
}

// affiliatedName reports whether item it is the group a band is said to belong to ("groups
// affiliated to X who …", "forces loyal to X"): that group stands for the band.
func (lw *wordLists) affiliatedName(s *sent, it item) bool {
	k := it.t0 - 1
	for k >= 0 && lw.determiners[s.toks[k].norm] {
		k--
	}
	return k >= 1 && slices.Contains(lw.affiliations[s.toks[k-1].norm], s.toks[k].norm)
}

// allegiantName reports whether item it is the group or person a band is said to side with
// ("troops loyal to X"): an affiliation of allegiance-words brings it in.
func (lw *wordLists) allegiantName(s *sent, it item) bool {
	k := it.t0 - 1
	for k >= 0 && lw.determiners[s.toks[k].norm] {
		k--
	}
	return lw.affiliatedName(s, it) && lw.allegiances[s.toks[k-1].norm]
}

// seatName reports whether item it tells where a body sits, joined by a hyphen or not to a
// participle of seat-participles ("the UK-based monitor", "a Beirut based group"). A hyphened
// word is one token, which the name's item covers. A participle apart from the name must have
// the body's noun after it, not a preposition ("in X based on reports" tells where).
func (lw *wordLists) seatName(s *sent, it item) bool {
	last := s.toks[it.t1-1].norm
	if i := strings.LastIndex(last, "-"); i > 0 && lw.seatWords[last[i+1:]] {
		return true
	}
	n := it.t1 + 1
	return n < len(s.toks) && lw.seatWords[s.toks[n-1].norm] && s.toks[n].word && !lw.preps[s.toks[n].norm]
}

// heldTarget gives the target role of a place that holds the next place named in its own phrase,
// the possessive written or lost ("targeted Aleppo's opposition-held X district", "Aleppos X
// district"), to that place, and makes the holder where: the act fell on the place held.
func (x *Extractor) heldTarget(s *sent, f *frame) {
	for i := range f.args {
		a := &f.args[i]
		if a.role != roleTarget || a.it.typ != dossier.LOC || a.it.pseudo || !a.it.poss && !strings.HasSuffix(s.toks[a.it.t1-1].norm, "s") {
			continue
		}
		_, next := neighbours(f, a.it)
		if next < 0 || f.args[next].it.typ != dossier.LOC || f.args[next].role != rolePlace && f.args[next].role != roleOther {
			continue
		}
		k := a.it.t1
		if a.it.poss {
			k++
		}
		b := &f.args[next]
		if b.it.t0 < k || b.it.t0-k > 3 {
			continue
		}
		plain := true
		for j := k; j < b.it.t0 && plain; j++ {
			t := s.toks[j]
			plain = t.word && !t.upper && !s.w.preps[t.norm] && s.itemAt[j] < 0
		}
		if plain {
			a.role, b.role = rolePlace, roleTarget
		}
	}
}

// placeObject reports whether place it is named by a place noun that is the object right after
// trigger verb m, with only its determiners between ("captured the area of X", "took control
// over the town of X"), or is listed after such a place, the verb no noun a light verb carries.
func (x *Extractor) placeObject(s *sent, m match, it item) bool {
	last := m.words[len(m.words)-1]
	if !m.p.verb || lightVerbBefore(s, m.t0) {
		return false // "raids on the city of X": where the raids fell
	}
	for range maxConjuncts {
		if x.namedByPlaceNoun(s, it) && it.t0-2 > last && onlyDeterminers(s, last+1, it.t0-2) {
			return true
		}
		// "the towns of X, Y and Z": a place listed after the one the noun names is taken too.
		k := it.t0 - 1
		if k > last && (s.toks[k].norm == "and" || s.toks[k].norm == ",") {
			k--
		}
		if k <= last || s.itemAt[k] < 0 || s.items[s.itemAt[k]].typ != dossier.LOC {
			return false
		}
		it = s.items[s.itemAt[k]]
	}
	return false
}

// maxConjuncts is the most places a list names that placeObject follows back.
const maxConjuncts = 8

// namedByPlaceNoun reports whether place it is named with "of" after a place noun that opens a
// noun phrase ("the town of X", "The city of X"): the name is the place the noun stands for.
func (x *Extractor) namedByPlaceNoun(s *sent, it item) bool {
	k := it.t0 - 2
	if it.typ != dossier.LOC || k < 0 || !s.w.ofPreps[s.toks[it.t0-1].norm] || !x.lx.classes["places"][s.toks[k].norm] {
		return false
	}
	return k == 0 || s.w.determiners[s.toks[k-1].norm]
}
