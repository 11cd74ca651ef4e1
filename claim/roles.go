package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/tree"
)

// node is one word of the parse: its sentence and its index there.
type node struct {
	s *dossier.Sentence
	i int
}

func (n node) tok() *dossier.Token { return &n.s.Tokens[n.i] }

func (n node) at(i int) node { return node{n.s, i} }

// negated reports whether the parse attaches a negation to n: "did not accuse", "has never
// carried out".
func (n node) negated() bool {
	for _, o := range n.s.Tokens {
		if o.Head == n.i && (o.Rel == "advmod" || o.Rel == "neg") && (strings.EqualFold(o.Text, "not") || o.Text == "n't" || strings.EqualFold(o.Text, "never")) {
			return true
		}
	}
	return false
}

func lemma(t *dossier.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

// headOf is the word of the parse that heads the words inside sp: of the nouns, verbs and names
// inside it, the first whose head lies outside it ("strikes" of "air strikes", "fired" of "fired
// two mortar shells"). ok is false when the parse has no such word there.
func (d *doc) headOf(sp dossier.Span) (node, bool) {
	ps := d.a.Parse
	// Sentences are in text order: start at the first one that ends after sp starts.
	for pi := sort.Search(len(ps), func(i int) bool { return ps[i].End > sp.Start }); pi < len(ps) && ps[pi].Start < sp.End; pi++ {
		s := &ps[pi]
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if !sp.Contains(t.Span) || t.UPOS != "NOUN" && t.UPOS != "VERB" && t.UPOS != "PROPN" {
				continue
			}
			if t.Head < 0 || !sp.Contains(s.Tokens[t.Head].Span) {
				return node{s, i}, true
			}
		}
	}
	return node{}, false
}

// isAttack reports whether word n names an attack ("attack", "strikes", "shelling").
func (r *Reader) isAttack(n node) bool {
	t := n.tok()
	return r.attackWord[strings.ToLower(t.Text)] || r.attackWord[lemma(t)]
}

// phraseOf lists the words of the noun phrase headed by n that can name who it is: the head,
// its modifiers, names in apposition, conjuncts ("the army, its ally and the coalition") and
// members ("fighters of the Front"); not clauses or phrases of place or target ("attack on X").
func (r *Reader) phraseOf(n node) []int {
	return r.phraseWhere(n, func(int, int) bool { return true })
}

// phraseWhere lists the words of the noun phrase headed by n as phraseOf does, taking in a
// word c of head h only when keep(h, c) allows it.
func (r *Reader) phraseWhere(n node, keep func(h, c int) bool) []int {
	out := []int{n.i}
	for k := 0; k < len(out); k++ {
		for _, c := range tree.Children(n.s, out[k]) {
			if r.inPhrase(n.s, c) && keep(out[k], c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// inPhrase reports whether word c of sentence s belongs to the noun phrase of its head (see
// phraseOf).
func (r *Reader) inPhrase(s *dossier.Sentence, c int) bool {
	rel := s.Tokens[c].Rel
	base, _, _ := strings.Cut(rel, ":")
	switch base {
	case "compound", "amod", "flat", "appos", "conj", "det", "name":
		return true
	case "nmod":
		return rel == "nmod:poss" || r.memberPreps[tree.Preposition(s, c)]
	}
	return false
}

// actorsIn returns the chains of the named actors the noun phrase headed by n gives, the one its
// head word is part of first. An actor is a person, an organisation or a place that acts (a
// country): a mention of another kind, or one the parse tags as no name at all (a page's
// "Topic" heading, a capitalised common word), names no one.
func (r *Reader) actorsIn(d *doc, n node) []int {
	var out []int
	stop := d.datelineStop(n.s)
	for _, i := range r.phraseOf(n) {
		if n.at(i).tok().Start < stop {
			continue // in the dateline (see inDateline)
		}
		if ch := d.actorAt(n.at(i)); ch >= 0 && !slices.Contains(out, ch) {
			out = append(out, ch)
		}
	}
	return out
}

// inDateline reports whether word n lies in an agency's dateline that opens its sentence
// ("TORVIK (Northline Wire) - Gunmen ambushed …"): the place and outlet say where the report was
// filed and take part in nothing the sentence tells, however the parse hangs them on its verb.
func (d *doc) inDateline(n node) bool {
	return n.tok().Start < d.datelineStop(n.s)
}

// datelineStop is the offset in the text where the agency's dateline opening sentence s ends,
// -1 when it opens with none.
func (d *doc) datelineStop(s *dossier.Sentence) int {
	if s.End > len(d.text) || s.Start >= s.End {
		return -1
	}
	if end := DatelineEnd(d.text[s.Start:s.End]); end > 0 {
		return s.Start + end
	}
	return -1
}

// doersIn returns the actors of the phrase headed by n (see actorsIn) that can do an attack or
// be blamed for one (see acts). Who speaks or denies may be a capital standing for its
// government ("Brenton denies …"); who shells is not a town the parse misreads as a subject.
func (r *Reader) doersIn(d *doc, n node) []int {
	var out []int
	for _, ch := range r.actorsIn(d, n) {
		if r.acts(d, ch) {
			out = append(out, ch)
		}
	}
	return out
}

// acts reports whether a chain can act in an attack or a blame: a person, an organisation, or a
// place that is a country ("Norland shelled …", "Norlandic raids"). A town the parse misreads as
// a subject ("… the city of Brenton killing one woman") does nothing.
func (r *Reader) acts(d *doc, chain int) bool {
	for i := range d.a.Mentions {
		if m := &d.a.Mentions[i]; m.Chain == chain && m.Type == dossier.LOC && !r.capitals.isCountry(m.Text) && !r.capitals.isNationality(m.Text) {
			return false
		}
	}
	return true
}

// actorAt is the chain of an acting name that holds word n, -1 when none does.
func (d *doc) actorAt(n node) int {
	t := n.tok()
	for _, mi := range d.mentionsIn(dossier.Span{Start: max(0, t.Start-200), End: t.End + 200}) {
		m := &d.a.Mentions[mi]
		if !m.Span.Contains(t.Span) {
			continue
		}
		if m.Type != dossier.PER && m.Type != dossier.ORG && m.Type != dossier.LOC || !d.named(n.s, m.Span) {
			return -1
		}
		return m.Chain
	}
	return -1
}

// isPlace reports whether a chain's mentions are typed as places.
func (d *doc) isPlace(chain int) bool {
	for i := range d.a.Mentions {
		if m := &d.a.Mentions[i]; m.Chain == chain {
			return m.Type == dossier.LOC
		}
	}
	return false
}

// named reports whether the parse tags a word of span sp as a proper noun or the name
// recogniser marks one as a name, or sp is a capitalised adjective before a noun for a state's
// body ("body" in state-side): the body named by its nationality ("the Syrian government").
func (d *doc) named(s *dossier.Sentence, sp dossier.Span) bool {
	var in []*dossier.Token
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if sp.Contains(t.Span) && (t.UPOS == "PROPN" || t.Entity != "" && t.Entity != "O") {
			return true
		}
		if sp.Contains(t.Span) {
			in = append(in, t)
		}
	}
	if len(in) < 2 {
		return false
	}
	last := in[len(in)-1]
	if in[0].UPOS != "ADJ" || last.UPOS != "NOUN" || !d.bodies[strings.ToLower(last.Text)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(in[0].Text)
	return unicode.IsUpper(r)
}

// phraseText is the words of the noun phrase headed by n as written, lower-cased at its start:
// "the governor", "activists".
func (r *Reader) phraseText(d *doc, n node) string {
	lo, hi := n.tok().Start, n.tok().End
	for _, i := range r.phraseOf(n) {
		t := &n.s.Tokens[i]
		lo, hi = min(lo, t.Start), max(hi, t.End)
	}
	if hi-lo > 60 || hi > len(d.text) {
		return lowerFirst(n.tok().Text)
	}
	return lowerFirst(d.text[lo:hi])
}

// doing is what the parse says of who did an attack.
type doing struct {
	actors []int // chains of the named actors who did it
	owner  int   // the chain of an actor the sentence has owning it ("claimed by the Front"), -1 when none
	found  bool  // the parse gives the attack a doer's place (a subject, agent, "by" phrase …), whatever fills it
}

// doers reads from the parse who did the attack word n names: the subject of its verb, the
// agent of a passive, a "by" phrase or named modifier of an attack noun, the subject of a verb
// that takes it as object ("carried out the attack") or owns it ("claimed responsibility for the
// bombing"). An attack noun as a verb's subject is read in turn ("air strikes on X killed …").
func (r *Reader) doers(d *doc, n node, depth int) doing {
	none := doing{owner: -1}
	if depth > 3 {
		return none
	}
	if n.tok().UPOS == "VERB" {
		return r.verbDoers(d, n, depth)
	}
	s := n.s
	if sb := r.behindSubject(n); sb >= 0 {
		// Only a subject that is itself a name: a long subject the parse builds of a heading's
		// words ("Tags … Aleppo Russian and regime warplanes were behind …") names no one.
		if ch := d.actorAt(n.at(sb)); ch >= 0 && r.acts(d, ch) {
			return doing{actors: []int{ch}, owner: -1, found: true}
		}
		return doing{owner: -1, found: true}
	}
	for _, k := range tree.Children(s, n.i) {
		c := &s.Tokens[k]
		switch {
		case strings.HasPrefix(c.Rel, "nmod") && c.Rel != "nmod:poss" && r.doerPreps[tree.Preposition(s, k)]:
			return doing{actors: r.doersIn(d, n.at(k)), owner: -1, found: true}
		case c.Rel == "nmod:poss":
			if acts := r.doersIn(d, n.at(k)); len(acts) > 0 {
				return doing{actors: acts, owner: -1, found: true}
			}
		case strings.HasPrefix(c.Rel, "acl") && r.doerVerbs[lemma(c)]:
			if ag := tree.Agent(s, k); ag >= 0 {
				return r.owned(doing{actors: r.doersIn(d, n.at(ag)), owner: -1, found: true}, c)
			}
		}
	}
	// A name right before the noun: "Turkish air strikes", "a Front attack"; a place there says
	// where, not who ("the Aleppo air strikes").
	for _, k := range tree.Children(s, n.i) {
		// Within three words of the noun: further off, a glued byline or dateline is read as
		// its modifier ("… Monitor AFP Wednesday 22 Jun 2016 Air strikes").
		if rel := s.Tokens[k].Rel; k < n.i && n.i-k <= 3 && (rel == "compound" || rel == "amod") {
			if ch := d.actorAt(n.at(k)); ch >= 0 && !d.isPlace(ch) {
				return doing{actors: []int{ch}, owner: -1, found: true}
			}
		}
	}
	return r.governorDoers(d, n, depth)
}

// saysOrAccuses reports whether verb t is one of saying or of accusing.
func (r *Reader) saysOrAccuses(t *dossier.Token) bool {
	_, accuses := r.accuseVerbs[lemma(t)]
	return accuses || r.speech[strings.ToLower(t.Text)]
}

// behindSubject is the subject of attack noun n said as a predicate with a preposition that
// makes its subject the doer ("the Front was behind the attack"), -1 when n is none.
func (r *Reader) behindSubject(n node) int {
	s := n.s
	sb, behind := -1, false
	for _, k := range tree.Children(s, n.i) {
		switch t := &s.Tokens[k]; {
		case t.Rel == "case" && r.behindPreps[strings.ToLower(t.Text)]:
			behind = true
		case t.Rel == "nsubj" && k < n.i:
			// The nearest subject: a heading glued before the sentence is read as another.
			sb = k
		}
	}
	if !behind {
		return -1
	}
	return sb
}

// owned marks the actors of a doing as its owners when verb t is one of owning ("claimed").
func (r *Reader) owned(g doing, t *dossier.Token) doing {
	if r.owningVerbs[lemma(t)] && len(g.actors) > 0 {
		g.owner = g.actors[0]
	}
	return g
}

// verbDoers reads who did the attack a verb tells: its agent, else its subject, else the doer of
// an attack noun among its obliques ("were killed in air strikes by the coalition").
func (r *Reader) verbDoers(d *doc, n node, depth int) doing {
	s := n.s
	// A verb said not to be done names no one who did it: "the Air Force has not carried out
	// strikes in the area" blames no one for the attack told before.
	if n.negated() {
		return doing{owner: -1, found: true}
	}
	// An agent comes after its verb; a "by" phrase before it is something else, such as a
	// byline glued to the sentence ("Posted by X At least 12 were killed").
	if ag := tree.Agent(s, n.i); ag > n.i {
		return r.owned(doing{actors: r.doersIn(d, n.at(ag)), owner: -1, found: true}, n.tok())
	}
	// The passive is told by its subject or auxiliary; a participle's Voice feature alone is not
	// ("had fired" is tagged as one).
	passive := tree.PassiveSubject(s, n.i) >= 0 || tree.Child(s, n.i, "aux:pass") >= 0
	// A subject taken over from a verb of saying or accusing says or blames, and does not do:
	// "the Observatory said shelling hit …", "X accused Y of that attack which it estimates
	// killed …", where the parse hangs the attack on "said" or "accused".
	sb := tree.Subject(s, n.i)
	if h := s.Tokens[max(sb, 0)].Head; sb >= 0 && h != n.i && h >= 0 && r.saysOrAccuses(&s.Tokens[h]) {
		sb = -1
	}
	if sb >= 0 && !passive {
		if r.isAttack(n.at(sb)) {
			return r.doers(d, n.at(sb), depth+1)
		}
		return r.owned(doing{actors: r.doersIn(d, n.at(sb)), owner: -1, found: true}, n.tok())
	}
	for _, k := range tree.Obliques(s, n.i) {
		if r.isAttack(n.at(k)) {
			if g := r.doers(d, n.at(k), depth+1); g.found {
				return g
			}
		}
	}
	return doing{owner: -1}
}

// governorDoers reads who did an attack noun from the verb that governs it: the doer of "carried
// out the attack", "the attack was carried out by", "claimed the bombing", or the subject that
// owns it ("claimed responsibility for the attack").
func (r *Reader) governorDoers(d *doc, n node, depth int) doing {
	s, t := n.s, n.tok()
	attack := r.isAttack(n)
	// A count of attacks stands for them: "fired hundreds of mortar bombs".
	for steps := 0; steps < 2 && t.Head >= 0 && t.Rel == "nmod" && r.memberPreps[tree.Preposition(s, n.i)]; steps++ {
		if u := s.Tokens[t.Head].UPOS; u != "NOUN" && u != "NUM" {
			break
		}
		n = n.at(t.Head)
		t = n.tok()
	}
	if t.Head < 0 {
		return doing{owner: -1}
	}
	h := n.at(t.Head)
	ht := h.tok()
	rel := t.Rel
	if (rel == "parataxis" || rel == "appos") && t.Head < n.i && ht.Head >= 0 && (ht.Rel == "obj" || ht.Rel == "nsubj:pass") {
		// "ADEN (Coastal News) - The drone strike … was carried out by X": the parse makes the
		// dateline the verb's subject and hangs the noun on it; the noun stands in its place.
		rel, h = ht.Rel, n.at(ht.Head)
		ht = h.tok()
	}
	switch {
	case (rel == "obj" || rel == "nsubj:pass") && r.doerVerbs[lemma(ht)] && attack:
		return r.verbDoers(d, h, depth+1)
	case strings.HasPrefix(t.Rel, "nmod") && ht.Rel == "obj" && ht.Head >= 0:
		return r.owner(d, n.at(ht.Head), h) // "claimed [responsibility [for the attack]]"
	case strings.HasPrefix(t.Rel, "nmod") && ht.Head < 0:
		// "The Front claimed responsibility for the attack" read as one noun phrase, the verb a
		// participle describing the noun: the verb owns as it would with the noun its object.
		if v := tree.Child(s, t.Head, "amod"); v >= 0 && v < t.Head && s.Tokens[v].UPOS == "VERB" {
			return r.owner(d, n.at(v), h)
		}
	case strings.HasPrefix(t.Rel, "obl"):
		if o := tree.Object(s, t.Head); o >= 0 {
			return r.owner(d, h, n.at(o)) // "claimed [responsibility] [for the attack]"
		}
	}
	return doing{owner: -1}
}

// owner reads who owns an attack through verb v and its object noun: the subject of "claimed
// responsibility", when the noun is one of owning and the verb one that owns by it.
func (r *Reader) owner(d *doc, v, noun node) doing {
	if !slices.Contains(r.owning[lemma(noun.tok())], lemma(v.tok())) {
		return doing{owner: -1}
	}
	sb := tree.Subject(v.s, v.i)
	if sb < 0 && v.tok().Head == noun.i && v.tok().Rel == "amod" {
		sb = nameBefore(v) // the verb read as a participle: the name before it is its subject
	}
	if sb < 0 {
		return doing{owner: -1}
	}
	g := doing{actors: r.doersIn(d, v.at(sb)), owner: -1, found: true}
	if len(g.actors) > 0 {
		g.owner = g.actors[0]
	}
	return g
}

// nameBefore returns the proper noun that the parse hangs on word v before it, -1 when none.
func nameBefore(v node) int {
	for _, k := range tree.Children(v.s, v.i) {
		if k < v.i && v.s.Tokens[k].UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// speaker reads from the parse who says the clause of word n: the subject of a verb of saying
// whose complement holds it ("the governor said the Front carried out the attack") or that
// stands beside it ("the Front shelled the town, the governor said"). ok is false when no verb
// of saying is there.
func (r *Reader) speaker(d *doc, n node) (dossier.Party, string, bool) {
	s := n.s
	for i, steps := n.i, 0; i >= 0 && steps < 8; steps++ {
		for _, k := range tree.Children(s, i) {
			if s.Tokens[k].Rel == "parataxis" && r.speech[strings.ToLower(s.Tokens[k].Text)] {
				return r.sayer(d, n.at(k))
			}
		}
		t := &s.Tokens[i]
		if t.Head >= 0 && (t.Rel == "ccomp" || t.Rel == "parataxis") && r.speech[strings.ToLower(s.Tokens[t.Head].Text)] {
			return r.sayer(d, n.at(t.Head))
		}
		i = t.Head
	}
	return dossier.Party{Chain: -1}, "", false
}

// sayer is the subject of a verb of saying: a named actor, or the words that name who speaks.
func (r *Reader) sayer(d *doc, v node) (dossier.Party, string, bool) {
	sb := tree.Subject(v.s, v.i)
	if sb < 0 {
		return dossier.Party{Chain: -1}, "", false
	}
	text := r.phraseText(d, v.at(sb))
	if acts := r.actorsIn(d, v.at(sb)); len(acts) > 0 {
		return dossier.Party{Chain: acts[0]}, text, true
	}
	if v.s.Tokens[sb].UPOS == "PRON" {
		return dossier.Party{Chain: -1}, "", false // "he said": who speaks is told elsewhere
	}
	return dossier.Party{Chain: -1}, text, true
}

// accuseRoles reads an accusation verb's roles from the parse: in the active, the subject
// accuses and the object is accused ("X accused Y of the attack"), or, with an attack as object,
// the noun after the verb's preposition ("blamed the attack on Y"); in the passive the subject
// is accused and the agent accuses ("Y was blamed for …"). found is false when the verb is not
// one of accusing or the parse gives it neither object nor passive subject.
func (r *Reader) accuseRoles(d *doc, n node) (by node, about []int, found bool) {
	if _, ok := r.accuseVerbs[lemma(n.tok())]; !ok || n.tok().UPOS != "VERB" {
		return node{n.s, -1}, nil, false
	}
	by, acc, found := r.accusedNode(n)
	if !found || acc.s == nil {
		return by, nil, found
	}
	return by, r.doersIn(d, acc), true
}

// readRoles loads the words the parse reading needs.
func (r *Reader) readRoles(lang *en.Data) {
	r.attackWord = lang.List("claim-attack")
	r.speech = lang.List("speech-verbs")
	r.doerVerbs = lang.List("claim-doers")
	r.doerPreps = lang.List("claim-doer-preps")
	r.behindPreps = lang.List("claim-behind-preps")
	r.memberPreps = lang.List("claim-member-preps")
	r.owning = lang.Table("claim-owning")
	r.owningVerbs = map[string]bool{}
	for _, verbs := range r.owning {
		for _, v := range verbs {
			r.owningVerbs[v] = true
		}
	}
	r.accuseVerbs = map[string][]string{}
	table := lang.Table("claim-accuse-verbs")
	for _, v := range lang.Entries("claim-accuse-verbs") {
		r.accuseVerbs[v] = table[v]
	}
}

// backDeeds reads who did an attack that a later sentence names again without telling it anew
// ("The Front claimed responsibility for the bombing", where "the bombing" points back to the
// attack told before and makes no event of its own): an attack word the parse gives a named
// doer, outside every event's trigger, is a deed claim about the attack told last before it.
func (r *Reader) backDeeds(d *doc) []dossier.Claim {
	var out []dossier.Claim
	trig := newTriggers(d.a.Events)
	if len(trig.attacks) == 0 {
		return nil
	}
	for pi := range d.a.Parse {
		s := &d.a.Parse[pi]
		for i := range s.Tokens {
			n := node{s, i}
			if t := n.tok(); t.UPOS != "NOUN" || !r.isAttack(n) || trig.holds(t.Span) {
				continue
			}
			ev := trig.attackBefore(n.tok().Start)
			if ev < 0 {
				continue
			}
			g := r.doers(d, n, 0)
			if len(g.actors) == 0 {
				continue
			}
			c := dossier.Claim{Span: d.sentenceAt(n.tok().Start), Kind: dossier.ClaimDeed, Cue: n.tok().Span, Event: ev,
				By: dossier.Party{Chain: g.owner}, Attack: true}
			for _, ch := range g.actors {
				c.About = append(c.About, dossier.Party{Chain: ch})
			}
			if g.owner < 0 {
				if by, text, ok := r.speaker(d, n); ok {
					c.By, c.ByText = by, text
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// triggers indexes the events' triggers by where they start, for backDeeds: all of them, and
// the attacks told as done.
type triggers struct {
	all     []dossier.Span // sorted by start
	longest int            // the longest trigger's length
	attacks []int          // indexes of the events, sorted by trigger start
	evs     []dossier.Event
}

func newTriggers(evs []dossier.Event) *triggers {
	t := &triggers{evs: evs}
	for i := range evs {
		e := &evs[i]
		t.all = append(t.all, e.Trigger)
		t.longest = max(t.longest, e.Trigger.End-e.Trigger.Start)
		if e.Type == dossier.Assault && e.Modality != dossier.Denied && !hedged(e) {
			t.attacks = append(t.attacks, i)
		}
	}
	sort.Slice(t.all, func(i, j int) bool { return t.all[i].Start < t.all[j].Start })
	sort.SliceStable(t.attacks, func(i, j int) bool { return evs[t.attacks[i]].Trigger.Start < evs[t.attacks[j]].Trigger.Start })
	return t
}

// holds reports whether span sp lies inside one of the triggers.
func (t *triggers) holds(sp dossier.Span) bool {
	i := sort.Search(len(t.all), func(i int) bool { return t.all[i].Start > sp.Start })
	for i--; i >= 0 && t.all[i].Start >= sp.Start-t.longest; i-- {
		if t.all[i].Contains(sp) {
			return true
		}
	}
	return false
}

// attackBefore is the index of the last attack told as done before byte pos, -1 when none.
func (t *triggers) attackBefore(pos int) int {
	i := sort.Search(len(t.attacks), func(i int) bool { return t.evs[t.attacks[i]].Trigger.Start >= pos })
	if i == 0 {
		return -1
	}
	return t.attacks[i-1]
}
