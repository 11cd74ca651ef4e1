package event

import (
	"slices"

	"github.com/dossier-project/dossier"
)

// cand is an event found in a sentence, with the trigger and frame it came from, before the
// attacks of the sentence are linked to their tolls, to the accusations about them and to the
// attack they refer back to.
type cand struct {
	ev       dossier.Event
	m        match
	f        frame
	drop     bool
	borrowed bool // it took its place and time from an attack told before
}

// linkAttacks ties the attacks of one sentence together and to the document's last attack:
//   - a death toll or a killing said in a sentence that tells an attack is that attack's count
//     ("shells hit the market, killing nine"), not an event of its own;
//   - a toll that names nobody, alone in its sentence, is a report of the last attack told
//     ("the death toll was nine"), and so is a denial ("denied any involvement");
//   - an attack said as what someone is accused of or blamed for ("accused X of carrying out
//     the attack") is alleged, with the one accused as its actor, and the accusation takes the
//     place and time of the attack it is about;
//   - a mutual trigger ("clashed with", "blamed each other") makes one event each way.
func (x *Extractor) linkAttacks(text string, s *sent, cs []cand, st *docState) []cand {
	x.dropBarePlurals(s, cs)
	x.foldTolls(s, cs)
	referBack(cs, st)
	x.linkAccusations(text, s, cs, st)
	out := x.splitMutual(s, cs, st)
	rememberLastAttack(out, st)
	return out
}

// dropBarePlurals drops the attacks said as a bare plural ("carried out terrorist attacks")
// with no place, no target and no toll: they tell a kind of act, not one happening.
func (x *Extractor) dropBarePlurals(s *sent, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.ev.Type == dossier.Assault && x.barePlural(s, c.m) && len(argsWith(c.ev, rolePlace)) == 0 &&
			len(argsWith(c.ev, roleTarget)) == 0 && c.ev.Number == "" && !tollIn(cs) {
			c.drop = true
		}
	}
}

// foldTolls folds each toll into the nearest attack of its sentence, unless it names another
// actor, so that "shells hit the market, killing nine" is one attack with its count.
func (x *Extractor) foldTolls(s *sent, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.ev.Type != dossier.Assault || !c.m.p.toll {
			continue
		}
		j := nearestAttack(cs, i)
		if j < 0 {
			continue
		}
		a := &cs[j]
		if act := argsWith(c.ev, roleActor); len(act) > 0 && !slices.Contains(argsWith(a.ev, roleActor), act[0]) {
			continue
		}
		for _, g := range c.ev.Args {
			if !hasChain(a.ev, g.Chain) {
				a.ev.Args = append(a.ev.Args, g)
				continue
			}
			// "strikes on the groups capital X killed nine": the town the toll's verb took for
			// its doer is where the attack noun, its subject, struck.
			if !a.f.noun || g.Role != rolePlace || !x.namedPlaceIn(s, c.f, g.Chain) {
				continue
			}
			for k := range a.ev.Args {
				if a.ev.Args[k].Chain == g.Chain && a.ev.Args[k].Role == roleOther {
					a.ev.Args[k].Role = rolePlace
				}
			}
		}
		if c.ev.Number != "" {
			a.ev.Number = c.ev.Number
		}
		if a.ev.Time == "" {
			a.ev.Time = c.ev.Time
		}
		c.drop = true
	}
}

// referBack makes a toll that names nobody, and a denial, a report of the document's last
// attack, since neither tells a happening of its own.
func referBack(cs []cand, st *docState) {
	for i := range cs {
		c := &cs[i]
		if c.drop || c.ev.Type != dossier.Assault {
			continue
		}
		switch {
		case c.m.p.back:
			if st.lastAttack == nil {
				c.drop = true
				continue
			}
			// The denier is the one who says it had no part in it; whoever it names after is
			// no participant of the attack.
			c.ev.Args = argsOfRole(c.ev, roleActor)
			borrow(&c.ev, st.lastAttack)
			c.borrowed = true
		case c.m.p.toll && len(argsWith(c.ev, roleActor)) == 0 && len(argsWith(c.ev, roleTarget)) == 0:
			c.borrowed = borrow(&c.ev, st.lastAttack)
		}
	}
}

// linkAccusations ties each accusation to the attack it is about: that attack becomes alleged,
// with the accused as its actor, and the accusation takes the attack's place and time.
func (x *Extractor) linkAccusations(text string, s *sent, cs []cand, st *docState) {
	for i := range cs {
		c := &cs[i]
		if c.drop || c.ev.Type != dossier.Accuse {
			continue
		}
		if j := accusedAttack(s, cs, i); j >= 0 {
			a := &cs[j]
			alleged(text, s, c, a)
			if len(argsWith(a.ev, rolePlace)) == 0 && st.lastAttack != nil {
				a.borrowed = borrow(&a.ev, st.lastAttack)
			}
			borrow(&c.ev, toldOf(*a))
			continue
		}
		if x.aboutAttack(s, c.m) {
			borrow(&c.ev, st.lastAttack)
		}
	}
}

// splitMutual returns the candidates with each mutual trigger ("clashed with", "blamed each
// other") made into one event each way between its two sides (see sidesOf).
func (x *Extractor) splitMutual(s *sent, cs []cand, st *docState) []cand {
	var out []cand
	for _, c := range cs {
		if c.drop || !c.m.p.mutual {
			out = append(out, c)
			continue
		}
		c = x.mutualEvent(s, c, st)
		parties := partiesOf(c)
		if len(parties) < 2 {
			if c.ev.Type == dossier.Assault && len(argsWith(c.ev, roleActor)) == 0 && s.w.diedIn(s, c.m) {
				c.ev.Args = loneSideActs(c.ev.Args)
			}
			out = append(out, c)
			continue
		}
		one, other := s.w.sidesOf(s, c, parties)
		for _, d := range [][2][]int{{one, other}, {other, one}} {
			e := c
			e.ev.Args = nil
			for _, ch := range d[0] {
				e.ev.Args = append(e.ev.Args, dossier.Arg{Role: roleActor, Chain: ch})
			}
			for _, ch := range d[1] {
				e.ev.Args = append(e.ev.Args, dossier.Arg{Role: roleTarget, Chain: ch})
			}
			e.ev.Args = append(e.ev.Args, argsOfRole(c.ev, rolePlace)...)
			out = append(out, e)
		}
	}
	return out
}

// diedIn reports whether mutual trigger m follows a casualty word and "in" ("were killed in
// clashes with X"): those the casualty word counts are one side, the party named the other, the
// one that killed them.
func (lw *wordLists) diedIn(s *sent, m match) bool {
	if m.t0 < 2 || s.toks[m.t0-1].norm != "in" {
		return false
	}
	w := s.toks[m.t0-2].norm
	return lw.killingWord(w) || dyingWord(w)
}

// loneSideActs makes the side a mutual attack names, its target, its actor.
func loneSideActs(args []dossier.Arg) []dossier.Arg {
	out := slices.Clone(args)
	for i := range out {
		if out[i].Role == roleTarget {
			out[i].Role = roleActor
		}
	}
	return out
}

// mutualEvent readies a mutual trigger before it is split: a mutual accusation is each side's
// word against the other's and is about the last attack, and a noun names its parties after it.
func (x *Extractor) mutualEvent(s *sent, c cand, st *docState) cand {
	if c.ev.Type == dossier.Accuse {
		if c.ev.Modality == dossier.Asserted || c.ev.Modality == dossier.Reported {
			c.ev.Modality = dossier.Uncertain // each side's word against the other's
		}
		if x.aboutAttack(s, c.m) || !followedBy(s, c.m, "for") {
			borrow(&c.ev, st.lastAttack)
		}
	}
	if !verbUse(s, c.m, c.f) {
		// A noun ("a clash with X", "clashes between X and Y") names its parties after it;
		// the subject of the clause is someone else's.
		c.ev.Args = argsAfter(c, c.m.t0)
	}
	return c
}

// rememberLastAttack keeps the last attack the sentence tells of its own, for the tolls,
// denials and accusations of later sentences to refer back to.
func rememberLastAttack(out []cand, st *docState) {
	for _, c := range out {
		if !c.drop && !c.borrowed && !c.m.p.back && c.ev.Type == dossier.Assault && len(c.ev.Args) > 0 {
			st.lastAttack = toldOf(c)
		}
	}
}

// nearestAttack returns the index of the attack of the sentence whose trigger stands nearest
// to that of cs[i], or -1. Tolls and references back are no attacks of their own.
func nearestAttack(cs []cand, i int) int {
	best, bestD := -1, -1
	for j := range cs {
		c := cs[j]
		if j == i || c.drop || c.ev.Type != dossier.Assault || c.m.p.toll || c.m.p.back {
			continue
		}
		d := c.m.t0 - cs[i].m.t0
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = j, d
		}
	}
	return best
}

// borrow gives ev the place and time of the attack it refers to when it says no place of its
// own; it reports whether it did.
func borrow(ev *dossier.Event, from *told) bool {
	if from == nil || len(argsWith(*ev, rolePlace)) > 0 {
		return false
	}
	if len(from.places) == 0 && from.ev.Time == "" {
		return false
	}
	for _, p := range from.places {
		if !hasChain(*ev, p) {
			ev.Args = append(ev.Args, dossier.Arg{Role: rolePlace, Chain: p})
		}
	}
	if ev.Time == "" {
		ev.Time = from.ev.Time
	}
	return true
}

// toldOf is attack c as a reference for the accusation about it.
func toldOf(c cand) *told {
	t := &told{ev: c.ev}
	for _, g := range c.ev.Args {
		if g.Role == rolePlace || (g.Role == roleTarget && locChain(c.f, g.Chain)) {
			t.places = append(t.places, g.Chain)
		}
	}
	return t
}

// locChain reports whether chain names a place in frame f.
func locChain(f frame, chain int) bool {
	for _, r := range f.args {
		if r.it.chain == chain && r.it.typ == dossier.LOC {
			return true
		}
	}
	return false
}

// accusedAttack returns the index of the attack that the accusation cs[i] is about: an attack
// said after its trigger in its clause, behind "of" or "for" ("blamed X for the shelling of Y",
// "accused X of carrying out the attack"), or its object when the one accused follows it
// ("blamed the bombing on X"); -1 when there is none.
func accusedAttack(s *sent, cs []cand, i int) int {
	c := cs[i]
	_, obj, on := blamedOn(s, c.m)
	for j := range cs {
		a := cs[j]
		if j == i || a.drop || a.ev.Type != dossier.Assault || a.m.cl != c.m.cl || a.m.t0 < c.m.t1 {
			continue
		}
		if on && a.m.t0 == obj {
			return j
		}
		for k := c.m.t1; k < a.m.t0; k++ {
			if n := s.toks[k].norm; n == "of" || n == "for" {
				return j
			}
		}
	}
	return -1
}

// alleged makes attack a what accusation c says: its actor is the one accused, the accuser
// takes no part in it, and it is an allegation made by the accuser.
func alleged(text string, s *sent, c, a *cand) {
	accused := argsWith(c.ev, roleTarget)
	accuser := argsWith(c.ev, roleActor)
	var args []dossier.Arg
	for _, ch := range accused {
		args = append(args, dossier.Arg{Role: roleActor, Chain: ch})
	}
	for _, g := range a.ev.Args {
		if slices.Contains(accused, g.Chain) || slices.Contains(accuser, g.Chain) {
			continue
		}
		if len(accused) > 0 && g.Role == roleActor {
			g.Role = roleOther
		}
		args = append(args, g)
	}
	a.ev.Args = args
	if a.ev.Modality == dossier.Asserted || a.ev.Modality == dossier.Reported {
		a.ev.Modality = dossier.Alleged
	}
	if len(accuser) > 0 && c.f.subj != nil && c.f.subj.it.chain == accuser[0] {
		it := c.f.subj.it
		src := dossier.Source{Chain: it.chain, Text: text[s.toks[it.t0].start:s.toks[it.t1-1].end]}
		if !slices.Contains(a.ev.Attribution, src) {
			a.ev.Attribution = append(slices.Clone(a.ev.Attribution), src)
		}
	}
}

// aboutAttack reports whether a word naming an attack (class @attacks) follows the trigger in
// its clause behind "for" or "of": "blamed X for the attack".
func (x *Extractor) aboutAttack(s *sent, m match) bool {
	c := s.clauses[m.cl]
	behind := false
	for k := m.t1; k < c.t1; k++ {
		n := s.toks[k].norm
		if n == "for" || n == "of" {
			behind = true
			continue
		}
		if behind && s.itemAt[k] < 0 && x.lx.classes["attacks"][n] {
			return true
		}
	}
	return false
}

// followedBy reports whether word w stands after the trigger in its clause.
func followedBy(s *sent, m match, w string) bool {
	c := s.clauses[m.cl]
	for k := m.t1; k < c.t1; k++ {
		if s.toks[k].norm == w {
			return true
		}
	}
	return false
}

// partiesOf returns the chains of the parties of a mutual event, in order: its actors, targets
// and others that are no places.
func partiesOf(c cand) []int {
	loc := map[int]bool{}
	for _, r := range c.f.args {
		if r.it.typ == dossier.LOC {
			loc[r.it.chain] = true
		}
	}
	var out []int
	for _, g := range c.ev.Args {
		if g.Role == rolePlace || g.Role == roleDest || loc[g.Chain] || slices.Contains(out, g.Chain) {
			continue
		}
		out = append(out, g.Chain)
	}
	return out
}

func argsWith(ev dossier.Event, role string) []int {
	var out []int
	for _, g := range ev.Args {
		if g.Role == role {
			out = append(out, g.Chain)
		}
	}
	return out
}

func argsOfRole(ev dossier.Event, role string) []dossier.Arg {
	var out []dossier.Arg
	for _, g := range ev.Args {
		if g.Role == role {
			out = append(out, g)
		}
	}
	return out
}

func hasChain(ev dossier.Event, chain int) bool {
	for _, g := range ev.Args {
		if g.Chain == chain {
			return true
		}
	}
	return false
}

// argsAfter keeps the arguments of c named after token t.
func argsAfter(c cand, t int) []dossier.Arg {
	after := map[int]bool{}
	for _, r := range c.f.args {
		if r.it.t0 > t {
			after[r.it.chain] = true
		}
	}
	var out []dossier.Arg
	for _, g := range c.ev.Args {
		if after[g.Chain] {
			out = append(out, g)
		}
	}
	return out
}

// barePlural reports whether trigger m is a plural attack noun without an article, number or
// possessor before it (adjectives aside).
func (x *Extractor) barePlural(s *sent, m match) bool {
	last := m.words[len(m.words)-1]
	if !s.w.pluralAttacks[s.toks[last].norm] || (last+1 < len(s.toks) && s.w.preps[s.toks[last+1].norm] && s.toks[last+1].norm != "in") {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		tk := s.toks[k]
		if !tk.word || s.itemAt[k] >= 0 || tk.norm == "'s" {
			return s.itemAt[k] < 0 && tk.norm != "'s"
		}
		if s.w.determiners[tk.norm] || x.isNumber(tk.norm) || s.w.quantityWords[tk.norm] || tk.norm == "these" || tk.norm == "those" {
			return false
		}
		if s.w.lightVerbs[tk.norm] || s.w.preps[tk.norm] {
			return true
		}
	}
	return true
}

// tollIn reports whether the sentence tells a toll.
func tollIn(cs []cand) bool {
	for _, c := range cs {
		if c.m.p.toll {
			return true
		}
	}
	return false
}

// namedPlaceIn reports whether the argument of frame f of chain ch is a town a place noun names
// ("the capital X"), the place whatever the parse makes of it.
func (x *Extractor) namedPlaceIn(s *sent, f frame, ch int) bool {
	for _, r := range f.args {
		if r.it.chain == ch && x.placeNotDoer(s, r) {
			return true
		}
	}
	return false
}

// sidesOf parts the parties of mutual candidate c, in the order the text names them, into its
// two sides: the first party, and the second with each party after it that is joined to the one
// before by "and" or a comma ("clashes between X on the one hand and Y and Z on the other"). A
// party that is not so joined ends the list.
func (lw *wordLists) sidesOf(s *sent, c cand, parties []int) (one, other []int) {
	if after := partiesAfterBetween(s, c, parties); len(after) >= 2 {
		parties = after // "a video by X shows fighting between Y and Z": Y and Z fight
	}
	n := 1
	for n+1 < len(parties) && lw.sideJoined(s, c.f, parties[n-1], parties[n]) {
		n++ // "between X as well as Y on one hand and Z on the other"
	}
	one, other = parties[:n], parties[n:n+1]
	for j := n + 1; j < len(parties); j++ {
		if !lw.joinedParties(s, c.f, parties[j-1], parties[j]) {
			break
		}
		other = append(other, parties[j])
	}
	return one, other
}

// partiesAfterBetween returns the parties of c named after a word that brings in a noun's actors
// (actor-cases: "between", "among") that ends its trigger or follows it, in their order; nil when
// there is no such word.
func partiesAfterBetween(s *sent, c cand, parties []int) []int {
	at := -1
	for k := c.m.t0; k < len(s.toks) && k <= c.m.t1; k++ {
		if s.w.parseActorCases[s.toks[k].norm] {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	var out []int
	for _, ch := range parties {
		for _, r := range c.f.args {
			if r.it.chain == ch && r.it.t0 > at {
				out = append(out, ch)
				break
			}
		}
	}
	return out
}

// sideJoined reports whether a name of chain b follows one of chain a in frame f after a phrase
// of sideJoins, with only articles and lower-case words before it ("X as well as the so-called
// Y"): b stands on a's side.
func (lw *wordLists) sideJoined(s *sent, f frame, a, b int) bool {
	for _, ra := range f.args {
		for _, rb := range f.args {
			if ra.it.chain != a || rb.it.chain != b || rb.it.t0 < ra.it.t1 || rb.it.t0-ra.it.t1 > 6 {
				continue
			}
			k := ra.it.t1
			if k < rb.it.t0 && s.toks[k].norm == "," {
				k++
			}
			j := lw.sideJoinAt(s, k, rb.it.t0)
			for j > 0 && j < rb.it.t0 && (lw.determiners[s.toks[j].norm] || s.toks[j].word && !s.toks[j].upper || s.toks[j].norm == "-") {
				j++
			}
			if j == rb.it.t0 {
				return true
			}
		}
	}
	return false
}

// sideJoinAt returns the token after the phrase of sideJoins that starts at token k and ends
// before t1, or -1.
func (lw *wordLists) sideJoinAt(s *sent, k, t1 int) int {
	for _, ph := range lw.sideJoins {
		if k+len(ph) <= t1 && wordsAt(s, k, ph) {
			return k + len(ph)
		}
	}
	return -1
}

// joinedParties reports whether a name of chain b follows one of chain a in frame f with only
// "and", commas, articles and brackets between, and "and" or a comma among them.
func (lw *wordLists) joinedParties(s *sent, f frame, a, b int) bool {
	for _, ra := range f.args {
		for _, rb := range f.args {
			if ra.it.chain != a || rb.it.chain != b || rb.it.t0 < ra.it.t1 || rb.it.t0-ra.it.t1 > 4 {
				continue
			}
			join := false
			ok := true
			for k := ra.it.t1; k < rb.it.t0 && ok; k++ {
				switch n := s.toks[k].norm; {
				case n == "," || n == "and":
					join = true
				case n == "(" || n == ")" || lw.determiners[n]:
				default:
					ok = false
				}
			}
			if ok && join {
				return true
			}
		}
	}
	return false
}
