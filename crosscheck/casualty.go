package crosscheck

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// casualty is one casualty figure a document states, as the event stage read it ("twelve
// fighters were killed in the clash", "killing 58 people", "the death toll rose to 86"), with
// what the pass derives from the document's mentions, time expressions and date.
type casualty struct {
	doc       int32
	ev        int32 // the event that carries it, -1 for a figure of the analysis
	sent      dossier.Span
	kind      string   // killed or wounded
	attack    string   // the kind of attack named nearest it ("air strike", "rocket"), "" unsaid
	by        string   // whose side its sentence says did it: state or armed group, "" unsaid
	sites     []string // the kinds of site its sentence names ("market")
	who       string   // what is counted: people, civilians, children, women, fighters, "" unsaid
	side      string   // whose side the fighters it counts are on: state or armed group, "" unsaid
	count     string   // the figure as written, with its qualifier ("At least 21")
	lo, hi    float64
	incidents []string // incident nouns the sentence names ("clash", "airstrike")
	families  []string // the families of those nouns ("attack", "fighting")
	places    []int    // places the figure's clause names
	around    []int    // places the rest of the sentence names
	where     []int    // the places it names: its clause's, else its sentence's, finer than a country when it can
	context   []int    // when where has no place the hierarchy knows: the place its document is about
	// country is the country its places lie in, else the one its document names most; "" when
	// nothing says
	country string
	time    string // the most specific date the clause gives, "" when none
	day     int64  // the day it is about: its clause's date, else its document's; -1 unknown
	pub     int64  // the day its document was published, -1 unknown
	near    []int  // other entities the sentence names, nearest the figure first
	// the flags last, packed together
	own    bool // the event that carries it is told as fact in its document's own voice (see ownVoice)
	nearBy bool // its clause places it around a place ("near X"), not in it
	update bool // the sentence revises an earlier figure ("rose to", "updated")
	loose  bool // a loose count ("dozens"): lo and hi are the words' meaning, no number given
	night  bool // the sentence tells of the night: the incident may run over midnight
	exact  bool // day is the clause's own date
	led    bool // day is the day its page dates its first toll to, the clause giving none (see leadDay)
	past   bool // the clause dates it to a year or month other than the document's
	head   bool // the document's first count of the dead of its place: the one compared
	quoted bool // it lies inside a direct quotation (dossier.Figure.Quoted)
	// filed is set when its day is the one the page's dateline alone gives: the day the
	// report was filed, which tells of that day or the days before
	filed bool
	// assault is set when the event that carries it is an attack: only such a figure's report
	// can join another story's through the figures (see joinByFigures)
	assault bool
	// nearest is the entity its document names nearest its sentence, -1 when none or not
	// looked for; looked for on the figures the conflicts read (see conflictFigs.add), which then
	// need no mentions. -1 by default, as 0 would name the first entity
	nearest int32
}

// casualties gathers the casualty figures stored on one document's events.
func (k *Checker) casualties(c *corpus, di int) []casualty {
	d := c.docs[di]
	all := carriedFigures(d.a)
	out := make([]casualty, 0, len(all))
	var set docSetting
	for _, cf := range all {
		f := cf.f
		if f.Start < 0 || f.End > d.a.TextLength() || f.Start >= f.End || f.Total || f.part != 0 {
			continue // a running total is no incident's toll, nor a part of the dead
		}
		cs := newCasualty(c, d, di, cf)
		k.figureEntities(c, d, f, &cs)
		cs.where = c.specific(cs.places)
		if len(cs.where) == 0 {
			cs.where = c.specific(cs.around)
		}
		set.place(c, d, f, &cs)
		cs.day, cs.exact, cs.past = figureDay(c.str(f.time), d.date, d.ref)
		cs.filed = cs.exact && d.filedDay(c.str(f.time), f.Clause)
		cs.pub = -1
		if p, ok := parseDay(d.date); ok {
			cs.pub = p
		}
		out = append(out, cs)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].sent.Start < out[j].sent.Start })
	out = c.datedTwins(out)
	leadDay(out)
	c.markHeads(out)
	return out
}

// carriedFigure is a figure of a document with the index of the event that carries it, or -1
// for a figure of the document's own.
type carriedFigure struct {
	f  *passFigure
	ev int
}

// carriedFigures lists the figures of a, the document's own first, then each event's.
func carriedFigures(a *analysis) []carriedFigure {
	n := len(a.Figures)
	for ei := range a.Events {
		n += len(a.Events[ei].Figures)
	}
	all := make([]carriedFigure, 0, n)
	for fi := range a.Figures {
		all = append(all, carriedFigure{&a.Figures[fi], -1})
	}
	for ei := range a.Events {
		fs := a.Events[ei].Figures
		for fi := range fs {
			all = append(all, carriedFigure{&fs[fi], ei})
		}
	}
	return all
}

// newCasualty is the casualty figure cf of document d (index di) as written: what it counts, its
// bounds, its attack and side; where and when it happened are set by the caller.
func newCasualty(c *corpus, d *doc, di int, cf carriedFigure) casualty {
	f := cf.f
	cs := casualty{doc: int32(di), ev: int32(cf.ev), sent: f.Span, kind: c.str(f.counts), who: c.str(f.who), count: c.str(f.text), lo: float64(f.low),
		hi: leastTop(float64(f.low)), update: f.Update, loose: f.Loose, night: f.Night, incidents: f.Incidents, families: f.Families, time: c.str(f.time), day: -1,
		attack: c.str(f.kind), by: c.str(f.by), nearBy: f.Around, quoted: f.Quoted, side: c.str(f.side), sites: f.Sites, own: cf.ev >= 0 && ownVoice(&d.a.Events[cf.ev]), nearest: -1,
		assault: cf.ev >= 0 && d.a.Events[cf.ev].Type == dossier.Assault}
	if f.bounded {
		cs.hi = float64(f.high)
	}
	if f.Sum {
		// A toll its text gives in parts is said as the sum, then as written.
		sum := strconv.Itoa(int(f.low))
		if !f.bounded {
			sum = "at least " + sum
		}
		cs.count = sum + " (" + lowerFirst(cs.count) + ")"
	}
	return cs
}

// docSetting is what the figures of one document fall back on for their place and country: the
// place the document is about and the country it names most, each read once, when a figure
// first needs it.
type docSetting struct {
	main        []int
	mainDone    bool
	country     string
	countryDone bool
}

// place sets the context and country of cs, figure f of document d. A place the hierarchy does
// not know (a district, a village), or none, lies in the place the document sets the figure in,
// else in the place the document is about.
func (s *docSetting) place(c *corpus, d *doc, f *passFigure, cs *casualty) {
	if !c.anyKnown(cs.where) {
		day, _, _ := figureDay(c.str(f.time), d.date, d.ref)
		if cs.context = c.namedPlace(c.str(f.capital)); cs.context == nil {
			cs.context = c.settingPlace(d, f.Setting, day)
		}
		if cs.context == nil {
			if !s.mainDone {
				s.main, s.mainDone = c.mainPlace(d), true
			}
			cs.context = s.main
		}
	}
	if cs.country = c.placesCountry(append(cs.where[:len(cs.where):len(cs.where)], cs.context...)); cs.country == "" {
		if !s.countryDone {
			s.country, s.countryDone = c.mostNamedCountry(d), true
		}
		cs.country = s.country
	}
}

// datedTwins drops a figure without a day of its own that the text tells again later with one:
// a headline's toll ("Blast kills 15") is the toll the body dates ("killed 15 people on
// Sunday"), and the body's sentence is the one to compare and quote. A headline that gives the
// number more plainly than the body ("21 killed", "at least 21") stays, set where and when the
// body sets it. The same count of the same dead is the same toll whatever attack each names
// ("Toxic gas attack kills 58", "58 were killed when warplanes dropped bombs carrying gas").
func (c *corpus) datedTwins(figs []casualty) []casualty {
	out := figs[:0]
	for i, f := range figs {
		twin := false
		for _, t := range figs[i+1:] {
			if f.exact || f.past || !t.exact || t.kind != f.kind || t.lo != f.lo || !sameCounted(t.who, f.who) {
				continue
			}
			if twin = t.hi == f.hi; !twin {
				f.day, f.exact, f.time = t.day, true, t.time
				f.places, f.around, f.where, f.context, f.nearBy = t.places, t.around, t.where, t.context, t.nearBy
				f.sites = t.sites
				if f.attack == "" {
					f.attack, f.by = t.attack, t.by
				}
			}
			break
		}
		if !twin {
			out = append(out, f)
		}
	}
	return out
}

// leadDay gives each figure of a page that gives no time of its own, told after a figure whose
// clause dates it to a day, that day rather than the page's date: a report tells first of the
// day's incident ("51 were killed on Saturday") and the counts after it that give no day are of
// that day too ("nine civilians died in rebel shelling"), not of the day it was published. The
// figure still gives no day of its own (see casualty.led). A day the dateline alone gives is
// the day the report was filed, no incident's.
func leadDay(figs []casualty) {
	lead := int64(-1)
	for i := range figs {
		f := &figs[i]
		switch {
		case lead < 0 && f.exact && !f.filed && !f.past:
			lead = f.day
		case lead >= 0 && !f.exact && !f.past && f.time == "" && f.day >= 0:
			f.day, f.led = lead, true
		}
	}
}

// markHeads marks the figures a document's dispute is about: of each place, each day the text
// gives and each attack (a kind and a side that cannot be another's: the rockets of one side and
// the air strikes of the other), the first count of the dead, and of the wounded, that is not a
// part of them (children, women), a running total or an earlier year's; the fighters of each
// side have their own first count (see otherSide). A report leads with its toll; the figures
// after it tell of parts, other incidents or the background, except a dated count of other dead
// after an undated one (see undatedOther).
func (c *corpus) markHeads(figs []casualty) {
	type seenHead struct {
		region int
		day    int64
		exact  bool
		f      *casualty
	}
	var seen []seenHead
	for i := range figs {
		f := &figs[i]
		if f.kind != "killed" || f.past || partOfDead(f.who) {
			continue
		}
		if len(c.regions(c.known(f.where))) > 1 {
			continue // the dead of several regions ("across Idlib and Aleppo") are no one incident's
		}
		rs := c.regions(append(f.where[:len(f.where):len(f.where)], f.context...))
		if len(rs) == 0 {
			rs = []int{noPlace}
		}
		fresh := true
		for _, r := range rs {
			for _, x := range seen {
				// A day the text gives apart from the first figure's is another incident
				// of the place (a round-up, a chronology).
				if x.region == r && (!f.exact || !x.exact || abs64(x.day-f.day) <= 1) &&
					c.attacks.oneAttack(x.f.attack, x.f.by, f.attack, f.by, false) && !undatedOther(x.f, f) && !otherSide(x.f, f) {
					fresh = false
					if old := x.f; ownToll(old, f) {
						old.head, f.head = false, true
						if !f.exact && f.time == "" {
							// The toll tells of the day its witness's count does.
							f.day, f.exact = old.day, old.exact
						}
						for k := range seen {
							if seen[k].f == old {
								seen[k].f = f
							}
						}
					}
				}
			}
		}
		if fresh {
			f.head = true
			for _, r := range rs {
				seen = append(seen, seenHead{r, f.day, f.exact, f})
			}
		}
	}
}

// ownToll reports whether f, a later count of the dead head is the head for, is the report's
// toll in its own voice where head is a count in someone's quoted words: a witness tells what
// he saw ("at least eight died"), the report gives the incident's toll ("the death toll ... at
// 50"), which is then the one compared.
func ownToll(head, f *casualty) bool {
	return head.head && head.quoted && !f.quoted && f.lo >= head.lo && sameCounted(head.who, f.who)
}

// undatedOther reports whether head, a count the text gives no day, leaves f its own head: f
// is dated to a day and counts other dead ("some 40 fighters were killed around X" before "air
// strikes on Thursday night killed 14 people"). A count of one side's fighters is not a toll of
// the day's incident, so the dated count after it still is.
func undatedOther(head, f *casualty) bool {
	return !head.exact && f.exact && !sameCounted(head.who, f.who)
}

// otherSide reports whether f counts the fighters of the other side than head does ("30
// soldiers and 39 rebels were killed"): the dead of each side are a toll of their own, compared
// only with other counts of that side's dead.
func otherSide(head, f *casualty) bool {
	return head.side != "" && f.side != "" && head.side != f.side
}

// notPlace reports whether the hierarchy marks entity e's name as never naming a place ("Jul").
func (c *corpus) notPlace(e int) bool {
	n := c.placeNode(e)
	return n != nil && n.kind == placeNot
}

// anyKnown reports whether the hierarchy knows one of places.
func (c *corpus) anyKnown(places []int) bool {
	for _, p := range places {
		if c.placeNode(p) != nil {
			return true
		}
	}
	return false
}

// leastSpan is how far above its number a figure given as a least is read ("at least 58" is 58
// to 72): outlets give the dead they have counted so, and two such counts far apart disagree
// ("at least 31" against "at least 43") though neither rules the other out.
const leastSpan = 1.25

// roundSpan is how far above its number a round figure given as a least may reach at most.
const roundSpan = 1.5

// leastTop is the most a figure given as a least allows (see leastSpan). A round number is a
// count rounded down to its last figure that is not zero, so it allows up to the next round
// number too, but no more than roundSpan above it: "over 100" wounded allows 140, "more than
// 1,000" does not allow 1,700.
func leastTop(lo float64) float64 {
	unit := 0.0
	for u := 10.0; u <= lo && math.Mod(lo, u) == 0; u *= 10 {
		unit = u
	}
	return max(lo*leastSpan, min(lo+unit-1, lo*roundSpan))
}

// looseReach widens the range a loose word ("dozens", "several") allows by this factor each
// way when it is set against other counts: the words' meaning is a guess at the writer's, and
// an outlet's "dozens wounded" does not dispute another's 22 nor its 140, while "hundreds"
// still disputes 12 and "dozens" disputes 250.
const looseReach = 2

// reach is the range of counts figure f allows when set against others: its own, or for a
// loose count its range widened by looseReach.
func (f *casualty) reach() (lo, hi float64) {
	if f.loose {
		return f.lo / looseReach, f.hi * looseReach
	}
	return f.lo, f.hi
}

// meets reports whether the counts figures f and g allow can be one count.
func (f *casualty) meets(g *casualty) bool {
	flo, fhi := f.reach()
	glo, ghi := g.reach()
	return flo <= ghi && glo <= fhi
}

// figureEntities fills what the mentions of a figure's sentence name: places in its clause and
// around it, other entities nearest the figure first.
func (k *Checker) figureEntities(c *corpus, d *doc, f *passFigure, cs *casualty) {
	type near struct{ e, dist int }
	var ns []near
	at := int(f.at)
	for _, m := range d.ms {
		if !f.Span.Contains(m.span()) {
			continue
		}
		e, ok := d.ent.at(int(m.Chain))
		if !ok {
			continue
		}
		if p := c.place(e, d.entType(m)); p >= 0 {
			// Places are compared by name key: one report may type the town as an
			// organisation ("the Darun market").
			if f.Clause.Contains(m.span()) {
				cs.places = appendUnique(cs.places, p)
			} else {
				cs.around = appendUnique(cs.around, p)
			}
			continue
		}
		dist := at - int(m.end)
		if int(m.start) > at {
			dist = int(m.start) - at
		}
		ns = append(ns, near{e, dist})
	}
	sort.SliceStable(ns, func(a, b int) bool { return ns[a].dist < ns[b].dist })
	for _, x := range ns {
		cs.near = appendUnique(cs.near, x.e)
	}
}

// figureDay is the day a figure is about: the day its clause gives, else the document's date
// (a report's figure is of the days before it). past is set when the clause dates it to a year
// or month that does not hold the document's date: an earlier happening. ref is the day its
// relative dates count from (see dossier.ReferenceDate), a date its text prints: a later one is
// the last day the figure can be of; an earlier one moves nothing, as undated figures placed on
// the day a text was written, rather than on its page's date, were found to join more unrelated
// reports of the days before.
func figureDay(t, published, ref string) (day int64, exact, past bool) {
	pub, pubOK := parseDay(published)
	last, ok := parseDay(ref)
	if !ok || !pubOK || last < pub {
		last = pub
	}
	// A day after the report's own is a weekday read forwards; the report tells of the past.
	if d, ok := parseDay(t); ok {
		if !pubOK || d <= last {
			return d, true, false
		}
		return pub, false, false
	}
	if isDate(t) && len(published) >= 4 && !strings.HasPrefix(t, "XXXX") && !timeCompatible(t, published) {
		return -1, false, true
	}
	if pubOK {
		return pub, false, false
	}
	return -1, false, false
}

// sameIncident reports whether two casualty figures of different documents can be about one
// incident, and whether something ties them (a shared incident noun, place or day) rather than
// only nothing telling them apart. Figures are about one incident only when they count the same
// people (fighters of one side are not the other side's), their places meet in the hierarchy and their days lie within a few days (one day
// when both texts give the day), and the incidents they name may be one.
func (c *corpus) sameIncident(a, b *casualty) (can, tied bool) {
	if a.kind != b.kind || !sameCounted(a.who, b.who) || a.side != "" && b.side != "" && a.side != b.side || a.past || b.past {
		return false, false
	}
	// Rockets of one side and air strikes of the other are two attacks, and so are the attacks
	// of opposite sides two reports tell as fact, and what one report places around a town and
	// another in it, unless they name one kind of attack.
	two := !c.attacks.oneAttack(a.attack, a.by, b.attack, b.by, c.apart(int(a.doc), int(b.doc))) || c.attacks.twoOwnSides(a.attack, a.by, a.own, b.attack, b.by, b.own)
	if two && !c.disputedAttack(a, b) || c.attacks.aroundApart(a.nearBy, b.nearBy, a.attack, b.attack, a.ownDay() >= 0 && a.ownDay() == b.ownDay()) {
		return false, false
	}
	if !c.figurePlacesMeet(a, b) || c.twoDaysCounts(a, b) {
		return false, false
	}
	// Two days are compared by daysMeet (over midnight is one incident); coarser times must agree.
	if !(fullDate(a.time) && fullDate(b.time)) && !timeCompatible(a.time, b.time) || !daysMeet(a, b) {
		return false, false
	}
	sharedInc := sharesString(a.incidents, b.incidents)
	if len(a.incidents) > 0 && len(b.incidents) > 0 && !sharedInc && (len(a.families) == 0 || len(b.families) == 0) {
		return false, false // "the flood" and "the clash"; "the bombing" and "the blast" may be one, so may an air raid and the fighting
	}
	tied = sharedInc || len(a.where)+len(a.context) > 0 && len(b.where)+len(b.context) > 0 || knownDay(a.time) && knownDay(b.time)
	return true, tied
}

// ownDay is the day a figure's own words give its dead, -1 when they give none or only its
// page's dateline does.
func (f *casualty) ownDay() int64 {
	if !f.exact || f.filed {
		return -1
	}
	return f.day
}

// twoDaysCounts reports whether two figures of other pages of one outlet, neither dated by its
// words (see pageDated), are of two days: an outlet's daily counts of a town's dead are two
// days' incidents, however close. One that revises an earlier toll may revise the day before's.
func (c *corpus) twoDaysCounts(a, b *casualty) bool {
	if a.doc == b.doc || c.apart(int(a.doc), int(b.doc)) || !a.pageDated() || !b.pageDated() || a.day < 0 || b.day < 0 {
		return false
	}
	return twoDays(a.day, b.day, a.update || b.update)
}

// twoDays reports whether days a and b (day numbers) are two days' news: more than a day apart,
// or a day apart when neither revises an earlier toll (revised), which may be the day before's.
func twoDays(a, b int64, revised bool) bool {
	gap := abs64(a - b)
	return gap > 1 || gap == 1 && !revised
}

// pageDated reports whether a figure's day is its page's alone: its dateline's or its date.
func (f *casualty) pageDated() bool {
	return f.filed || !f.exact && !f.led
}

// disputedAttack reports whether two figures of different outlets that name two kinds of attack,
// or two sides, tell one attack whose kind or culprit is in dispute: both give the same day, both
// sentences name one kind of site (the market) and both clauses one town (a place the hierarchy
// knows as a town, or does not know), not around it. Outlets of opposite camps tell one market's
// dead as an air strike or as a car bomb; one outlet telling two kinds tells two attacks (see
// markHeads), and so do two in a city or a province, where many attacks fall on one day.
func (c *corpus) disputedAttack(a, b *casualty) bool {
	if !c.apart(int(a.doc), int(b.doc)) || !a.exact || !b.exact || a.day != b.day || a.nearBy || b.nearBy || !sharesString(a.sites, b.sites) {
		return false
	}
	for _, p := range clausePlaces(a) {
		if containsInt(clausePlaces(b), p) && c.townLike(p) {
			return true
		}
	}
	return false
}

// clausePlaces are the places a figure's clause names, else the one place the rest of its
// sentence names ("air strikes hit the market of X and killed 31": the town is the strike's, and
// so the dead's; of a sentence naming two, the clause does not say which), else, when its
// sentence names none, the place its document sets it in ("the town's market").
func clausePlaces(f *casualty) []int {
	switch {
	case len(f.places) > 0:
		return f.places
	case len(f.around) == 1:
		return f.around
	}
	return f.context
}

// townLike reports whether place p is a town: the hierarchy knows it as one, or does not know it
// (a village, a district).
func (c *corpus) townLike(p int) bool {
	n := c.placeNode(p)
	return n == nil || n.kind == placeTown
}

// daysMeet reports whether the days of two figures can be one incident's. Two days the texts
// give are one incident's when they are one, or a day apart when one tells of the night (an
// incident over midnight); so are a day one text gives and the other report's; two reports that
// give no day are of one incident when published within a day of each other, or up to three
// days later when the later one revises the toll upwards. A count dated by its page's lead (see
// leadDay) is dated against one that has no day, and two such are of one day. In every case
// the reports are published within three days of each other: outlets dispute a toll in the
// days after the incident, and reports further apart tell of other incidents.
func daysMeet(a, b *casualty) bool {
	if a.pub >= 0 && b.pub >= 0 && abs64(a.pub-b.pub) > 3 {
		return false
	}
	if a.day < 0 || b.day < 0 {
		return true
	}
	switch {
	case a.exact && b.exact:
		return a.day == b.day || abs64(a.day-b.day) == 1 && (a.night || b.night) || revisedAfter(a, b) || revisedAfter(b, a)
	case a.led && b.led && !a.exact && !b.exact:
		// Two counts their pages date by their leads' days are of those days.
		return a.day == b.day || abs64(a.day-b.day) == 1 && (a.night || b.night)
	case a.exact || a.led && !b.exact:
		// A report without a day of its own tells of the days up to its date, not the next
		// one, unless one of them tells of the night. A count its page dates by its lead's
		// day is dated so against one that has no day.
		return b.day-a.day >= -1 && b.day-a.day <= 1 && (a.day <= b.day || a.night || b.night)
	case b.exact || b.led:
		return daysMeet(b, a)
	case a.update && !b.update:
		// A revised toll comes later and higher.
		return a.day >= b.day && a.day-b.day <= 3 && a.lo >= b.lo
	case b.update && !a.update:
		return daysMeet(b, a)
	}
	return abs64(a.day-b.day) <= 1
}

// revisedAfter reports whether up revises a toll (not first) on a day up to three days after
// first's, both naming one site: a revised toll is dated by the day it was revised ("the toll
// from the attack on the checkpoint rose to 12 on Sunday"), and its incident may be some days
// before.
func revisedAfter(up, first *casualty) bool {
	return up.update && !first.update && up.day >= first.day && up.day-first.day <= 3 && sharesString(up.sites, first.sites)
}

// partOfDead reports whether a figure counts a part of the dead: children, women, or people of
// one calling ("six teachers").
func partOfDead(who string) bool {
	return who == "children" || who == "women" || who == "group"
}

// sameCounted reports whether two figures count the same people: the same word, or one says
// only "people" or nothing while the other says civilians. Fighters are compared only with
// fighters or a count that says nothing of whom it counts: the dead of one side are not all the
// dead. Children and women are a part of the dead, never compared with a whole.
func sameCounted(a, b string) bool {
	if a == b {
		return true
	}
	if a == "fighters" || b == "fighters" {
		// The fighters of one side are not all the dead ("200 militants" and "15 people").
		return a == "" || b == ""
	}
	whole := func(w string) bool { return w == "" || w == "people" }
	part := partOfDead
	return (whole(a) || whole(b)) && !part(a) && !part(b)
}

// casualtyConflicts aligns the casualty figures of the corpus by the incident they are about.
// Only each document's head figures take part (see markHeads). Figures meet in blocks: the
// region of each place they name or lie in, each place the hierarchy does not know, and their
// story; groups merge from the most surely tied pair of figures down, only when every figure of
// one can be one incident with every figure of the other, so a group never chains from one
// town to another. Figures in sentences that tell one aligned happening are tied whatever nouns they
// use ("the bombing" and "the attack"); sentHap gives the happenings each sentence tells.
// Groups whose figures disagree are reported by casualtyGroup.
func (k *Checker) casualtyConflicts(c *corpus, figs [][]casualty, scenes []figureScene, sentHap map[[2]int][]int, org *origins, add, addUpdate addFunc) {
	list, members := c.figureGroups(figs, sentHap)
	for _, g := range members {
		if group := echoed(scenes, pickCasualties(list, g)); len(group) >= 2 {
			k.casualtyGroup(c, org, c.docs[group[0].doc].story, group, add, addUpdate)
			if wounded := woundedOf(figs, group); len(wounded) >= 2 {
				k.casualtyGroup(c, org, c.docs[wounded[0].doc].story, wounded, add, addUpdate)
			}
		}
	}
}

// echoed leaves out of a group of head figures of the dead each one that gives no day of its
// own while its document gives, dated to another outlet's day, the very number that outlet's
// figure of the group gives, of the same dead (see figureScene.said): the document agrees with
// the other outlet on the day's toll, and its head is a wider count ("the bombardment has killed
// at least 84" beside its own "air strikes killed 13 people on Thursday").
func echoed(scenes []figureScene, group []casualty) []casualty {
	out := make([]casualty, 0, len(group))
	for i := range group {
		g := &group[i]
		drop := false
		for j := range group {
			o := &group[j]
			if o.doc != g.doc && !g.exact && !g.meets(o) && echoes(scenes[g.doc].said, g, o) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, *g)
		}
	}
	return out
}

// echoes reports whether the counts of the dead a document gives, said, hold besides its head
// figure head one dated to a day of its own, the day of other or the one before or after, of
// the number other gives and of the same dead, said of whom.
func echoes(said []saidCount, head, other *casualty) bool {
	if other.kind != "killed" || other.loose {
		return false
	}
	for _, s := range said {
		if !s.exact || s.n == head.lo || s.n != other.lo || s.who == "" || !sameCounted(s.who, other.who) {
			continue
		}
		if other.day < 0 || abs64(s.day-other.day) <= 1 {
			return true
		}
	}
	return false
}

// woundedOf are the counts of the wounded the sentences of a group of counts of the dead state,
// one for each document: the wounded of the incident the group is about. A count of the wounded
// is compared only so, since the dead tell which incident a report is of.
func woundedOf(figs [][]casualty, group []casualty) []casualty {
	var out []casualty
	for _, dead := range group {
		for _, f := range figs[dead.doc] {
			if f.kind == "wounded" && f.sent == dead.sent && !f.past {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// figureGroups groups the head figures of the corpus by incident (see casualtyConflicts): it
// returns the figures and the groups as indexes into them.
func (c *corpus) figureGroups(figs [][]casualty, sentHap map[[2]int][]int) ([]*casualty, [][]int) {
	return c.groupFigures(headFigures(figs), sentHap)
}

// headFigures lists the head figures of every document's figs, in order, in a list made once
// at its length. The list points into figs: the figures are not copied.
func headFigures(figs [][]casualty) []*casualty {
	n := 0
	for _, fs := range figs {
		for _, cs := range fs {
			if cs.head {
				n++
			}
		}
	}
	list := make([]*casualty, 0, n)
	for _, fs := range figs {
		for i := range fs {
			if fs[i].head {
				list = append(list, &fs[i])
			}
		}
	}
	return list
}

// groupFigures groups head figures, in order of document, by incident: it returns them in
// order of day and the groups as indexes into that order.
func (c *corpus) groupFigures(list []*casualty, sentHap map[[2]int][]int) ([]*casualty, [][]int) {
	sort.SliceStable(list, func(i, j int) bool { return list[i].day < list[j].day })
	return list, c.mergeGroups(list, c.candidatePairs(list, sentHap))
}

// figurePair is two figures, indexes into a list, that can be one incident, with how surely.
type figurePair struct{ i, j, strength int }

// pairWindow is how many figures before it in each of its blocks a figure is compared with.
const pairWindow = 24

// candidatePairs are the figures of one block within a window of days (list is in order of
// day) that can be one incident and are tied, strongest first. A figure's blocks are the
// regions of the places it names or lies in, each place the hierarchy does not know, and its
// story.
//
// Each figure is compared with the figures before it in any of its blocks once, however many
// blocks they share, without a record of the pairs compared, which would grow with the square
// of a block's figures.
func (c *corpus) candidatePairs(list []*casualty, sentHap map[[2]int][]int) []figurePair {
	blocks := map[int][]int{}
	own := make([][]int, len(list)) // the blocks of each figure
	for i, cs := range list {
		rs := append(c.regions(cs.where), c.regions(cs.context)...)
		rs = append(rs, noPlace-c.docs[cs.doc].story)
		for _, r := range rs {
			own[i] = appendUnique(own[i], r)
			blocks[r] = appendUnique(blocks[r], i)
		}
	}
	var pairs []figurePair
	var before []int
	for i := range list {
		before = before[:0]
		for _, r := range own[i] {
			b := blocks[r] // in order of index
			x, _ := slices.BinarySearch(b, i)
			for _, j := range b[max(0, x-pairWindow):x] {
				before = appendUnique(before, j)
			}
		}
		for _, j := range before {
			if list[i].doc == list[j].doc {
				continue
			}
			can, tied := c.sameIncident(list[j], list[i])
			if can && (tied || shareHappening(sentHap, list[j], list[i])) {
				pairs = append(pairs, figurePair{j, i, c.tieStrength(list[j], list[i])})
			}
		}
	}
	// Pairs are unique and the order total, so it does not depend on the order they were found in.
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].strength != pairs[b].strength {
			return pairs[a].strength > pairs[b].strength
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].j < pairs[b].j
	})
	return pairs
}

// mergeGroups merges the groups of the figures of each pair, strongest first, only when every
// figure of one can be one incident with every figure of the other (complete link), so a group
// never chains from one town or day to another through a third report. It returns the groups
// of two figures or more, and the single figures, each in order.
func (c *corpus) mergeGroups(list []*casualty, pairs []figurePair) [][]int {
	group := make([]int, len(list))
	members := make([][]int, len(list))
	for i := range list {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		gi, gj := group[p.i], group[p.j]
		if gi == gj || !c.compatible(list, members[gi], members[gj]) {
			continue
		}
		if gj < gi {
			gi, gj = gj, gi
		}
		for _, x := range members[gj] {
			group[x] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		members[gj] = nil
	}
	var out [][]int
	for _, m := range members {
		if len(m) > 0 {
			sort.Ints(m)
			out = append(out, m)
		}
	}
	return out
}

// compatible reports whether every figure of a can be one incident with every figure of b, and
// no document is on both.
func (c *corpus) compatible(list []*casualty, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if list[i].doc == list[j].doc {
				return false
			}
			if can, _ := c.sameIncident(list[i], list[j]); !can {
				return false
			}
		}
	}
	return true
}

// tieStrength ranks how surely two figures are one incident's: the same day, a day the texts
// give, a shared incident noun, a place both name.
func (c *corpus) tieStrength(a, b *casualty) int {
	n := 0
	if a.day >= 0 && a.day == b.day {
		n += 2
	}
	if a.exact && b.exact {
		n++
	}
	if sharesString(a.incidents, b.incidents) {
		n++
	}
	if len(a.where) > 0 && len(b.where) > 0 && c.placesMeet(a.where, b.where) {
		n++
	}
	return n
}

// noPlace opens the block keys of stories.
const noPlace = -1 << 40

// pickCasualties keeps one figure per document: the one the text gives as revised, else the first.
// A group of one figure gives none, as there is nothing to compare it with.
func pickCasualties(list []*casualty, idx []int) []casualty {
	if len(idx) < 2 {
		return nil
	}
	out := make([]casualty, 0, len(idx))
	at := make(map[int32]int, len(idx))
	for _, i := range idx {
		cs := list[i]
		if j, ok := at[cs.doc]; ok {
			if cs.update && !out[j].update {
				out[j] = *cs
			}
			continue
		}
		at[cs.doc] = len(out)
		out = append(out, *cs)
	}
	return out
}

// specific keeps the places finer than a country: a figure said of a whole country is placed by
// its document. Words that never name a place go too.
func (c *corpus) specific(places []int) []int {
	var out []int
	for _, p := range places {
		if n := c.placeNode(p); n == nil || n.kind != placeCountry && n.kind != placeNot {
			out = append(out, p)
		}
	}
	return out
}

// mainPlace is the place a document names most often (the first on a tie), finer than a
// country, preferring places the hierarchy knows: where its story happens when a figure's
// sentence names none. The place of an agency's dateline ("CITY, Aug 3 (Agency) -") is where the
// report was filed, not where its events are: it counts only when the body names no other place.
func (c *corpus) mainPlace(d *doc) []int {
	end := d.a.Dateline
	if p := c.mostNamedPlace(d, end); p >= 0 {
		return []int{p}
	}
	if p := c.mostNamedPlace(d, 0); end > 0 && p >= 0 {
		return []int{p}
	}
	return nil
}

// namedPlace is the place entity of the corpus that name names (a capital city its figure's
// sentence names by its country), nil when name is "" or no document names the place.
func (c *corpus) namedPlace(name string) []int {
	if name == "" {
		return nil
	}
	if p, ok := c.placeByKey[c.lang().placeKey(name)]; ok {
		return []int{p}
	}
	return nil
}

// settingPlace is the place the spans of a figure's setting name first (see
// dossier.Figure.Setting), finer than a country: the first place the hierarchy knows, of the
// nearest span that names one, else the first place it does not know. A place an agency's
// dateline names is where the report was filed, and a place the text dates to another day than
// the figure's (day) is another incident's: neither counts. It is nil when no span names a place.
func (c *corpus) settingPlace(d *doc, setting []dossier.Span, day int64) []int {
	unknown := -1
	for _, sp := range setting {
		first, firstAt := -1, -1
		known, knownAt := -1, -1
		for _, m := range d.ms {
			e, ok := d.ent.at(int(m.Chain))
			if !ok || !sp.Contains(m.span()) || int(m.start) < d.a.Dateline || otherDay(d, m.span(), day) {
				continue
			}
			p := c.place(e, d.entType(m))
			if p < 0 || len(c.specific([]int{p})) == 0 {
				continue
			}
			if first < 0 || int(m.start) < firstAt {
				first, firstAt = p, int(m.start)
			}
			if c.placeNode(p) != nil && (known < 0 || int(m.start) < knownAt) {
				known, knownAt = p, int(m.start)
			}
		}
		if known >= 0 {
			return []int{known}
		}
		if unknown < 0 {
			unknown = first
		}
	}
	if unknown >= 0 {
		return []int{unknown}
	}
	return nil
}

// placeDateReach is how far after a place a date may stand and still date it ("in X on Tuesday").
const placeDateReach = 20

// otherDay reports whether the text dates the place named at span m, by a date right after it
// ("in X on Tuesday"), to a day more than one away from day: the place of another incident.
func otherDay(d *doc, m dossier.Span, day int64) bool {
	if day < 0 {
		return false
	}
	for i := range d.ts {
		t := &d.ts[i]
		if !t.date || !d.datesEvents(t) || int(t.start) < m.End || int(t.start)-m.End > placeDateReach {
			continue
		}
		if td, ok := parseDay(d.value(t)); ok && abs64(td-day) > 1 {
			return true
		}
	}
	return false
}

// mostNamedPlace is the place the mentions of d from byte from on name most often, -1 when none.
func (c *corpus) mostNamedPlace(d *doc, from int) int {
	n := map[int]int{}
	best, bestKnown := -1, false
	for _, m := range d.ms {
		e, ok := d.ent.at(int(m.Chain))
		if !ok || int(m.start) < from {
			continue
		}
		p := c.place(e, d.entType(m))
		if p < 0 {
			continue
		}
		pn := c.placeNode(p)
		if pn != nil && (pn.kind == placeCountry || pn.kind == placeNot) {
			continue
		}
		n[p]++
		known := pn != nil
		if best < 0 || known && !bestKnown || known == bestKnown && n[p] > n[best] {
			best, bestKnown = p, known
		}
	}
	return best
}

// placeNode is the place of the hierarchy that place entity p names, nil when it names none.
func (c *corpus) placeNode(p int) *placeNode {
	if p < 0 || p >= len(c.entIDs) {
		return nil
	}
	if c.nodes == nil {
		c.nodes = make([]*placeNode, len(c.entIDs))
		c.nodeDone = make([]bool, len(c.entIDs))
	}
	if p >= len(c.nodes) {
		return c.places.lookup(c.entName[p])
	}
	if !c.nodeDone[p] {
		c.nodes[p], c.nodeDone[p] = c.places.lookup(c.entName[p]), true
	}
	return c.nodes[p]
}

// figurePlaces meet when the places the figures name meet, a figure that names only places the
// hierarchy does not know standing also in its document's place; a figure that names no place
// stands in its document's place; a figure that nothing places meets only another such.
func (c *corpus) figurePlacesMeet(a, b *casualty) bool {
	placeless := func(f *casualty) bool { return len(f.where) == 0 && len(f.context) == 0 }
	switch {
	case placeless(a) || placeless(b):
		// Nothing places it: it meets only another figure that nothing places, of the same
		// country when both documents tell of one.
		return placeless(a) && placeless(b) && !countriesDiffer(a, b)
	case len(a.where) == 0 && len(b.where) == 0:
		return c.placesMeet(a.context, b.context)
	case len(a.where) == 0:
		// A place the hierarchy does not know may lie in a's; not when b's document is about
		// a known place a's is not in.
		bAll := append(b.where[:len(b.where):len(b.where)], b.context...)
		// Neither may a place of another country ("Bolivia", a town of a Bolivian report).
		return c.placesMeet(a.context, bAll) || len(c.unknown(b.where)) > 0 && !c.anyKnown(bAll) && !countriesDiffer(a, b)
	case len(b.where) == 0:
		return c.figurePlacesMeet(b, a)
	}
	if c.placesMeet(a.where, b.where) {
		return true
	}
	// Named places the hierarchy does not know on one side only: the document's place decides.
	if len(c.unknown(a.where)) == 0 || len(c.unknown(b.where)) == 0 {
		return c.placesMeet(append(a.where[:len(a.where):len(a.where)], a.context...), append(b.where[:len(b.where):len(b.where)], b.context...))
	}
	return false
}

// placesMeet reports whether the places of two figures can be one place. Places the hierarchy
// does not know meet only by name: two such places under different names are two places
// ("two villages"). Otherwise some known place of a and some of b must meet: the same, or one
// lies within the other (a town in its province); two towns are never one place.
func (c *corpus) placesMeet(a, b []int) bool {
	ua, ub := c.unknown(a), c.unknown(b)
	if len(ua) > 0 && len(ub) > 0 {
		return !disjoint(ua, ub)
	}
	for _, x := range a {
		for _, y := range b {
			if c.placeMeets(x, y) {
				return true
			}
		}
	}
	return false
}

// known lists the places the hierarchy knows.
func (c *corpus) known(places []int) []int {
	var out []int
	for _, p := range places {
		if c.placeNode(p) != nil {
			out = append(out, p)
		}
	}
	return out
}

// unknown lists the places the hierarchy does not know.
func (c *corpus) unknown(places []int) []int {
	var out []int
	for _, p := range places {
		if c.placeNode(p) == nil {
			out = append(out, p)
		}
	}
	return out
}

func (c *corpus) placeMeets(x, y int) bool {
	if x == y {
		return true
	}
	nx, ny := c.placeNode(x), c.placeNode(y)
	switch {
	case nx == nil && ny == nil:
		return false
	case nx == nil:
		return ny.kind == placeCountry
	case ny == nil:
		return nx.kind == placeCountry
	}
	return nx.within(ny) || ny.within(nx)
}

// regions are the block keys of places: the index of each known place's region, or, when it
// knows none of them, -1-p for each place p. Countries give none.
func (c *corpus) regions(places []int) []int {
	var out []int
	if c.anyKnown(places) {
		places = without(places, c.unknown(places))
	}
	for _, p := range places {
		n := c.placeNode(p)
		switch {
		case n == nil:
			out = appendUnique(out, -1-p)
		case n.region() != nil:
			out = appendUnique(out, c.regionIndex(n.region()))
		}
	}
	return out
}

// regionIndex numbers the regions met so far.
func (c *corpus) regionIndex(r *placeNode) int {
	if c.regionNum == nil {
		c.regionNum = map[*placeNode]int{}
	}
	if n, ok := c.regionNum[r]; ok {
		return n
	}
	c.regionNum[r] = len(c.regionNum)
	return c.regionNum[r]
}

// casualtyGroup compares the figures of one incident. Figures the text gives as revised ("rose
// to 21") are set apart: they update the others rather than dispute them, so two differing
// figures of the first reports stay a dispute, said with the update after them, and a revised
// figure alone against one agreed figure is only an update.
func (k *Checker) casualtyGroup(c *corpus, org *origins, story int, figs []casualty, add, addUpdate addFunc) bool {
	figs, earlier := lastPerOrigin(c, org, figs)
	if len(figs) < 2 {
		return false
	}
	base, upds := splitUpdates(figs)
	camps := figureCamps(base)
	if len(camps) > maxCamps {
		camps = camps[:maxCamps]
	}
	news := fitUpdates(camps, upds)
	if len(camps)+len(news) < 2 {
		return false
	}
	q := &tollQuote{c: c, count: map[int]int{}}
	q.camps(camps, earlier, possibleUpdate(c, camps, upds))
	q.news(news, base, earlier)
	about := q.about()
	if len(camps) < 2 {
		add = addUpdate
	}
	add(story, KindNumber, c.ids(about), q.sides, q.question()+": "+sayLine(q.says))
	return true
}

// lastPerOrigin keeps one figure of each outlet (a publisher, else an origin group), its latest (documents are in order of
// date): a later figure from the same outlet updates its earlier one rather than disputing it.
// earlier gives, by the document of a kept figure, the earlier figure of its outlet it updates
// when their ranges do not meet.
func lastPerOrigin(c *corpus, org *origins, figs []casualty) (kept []casualty, earlier map[int]casualty) {
	at := map[string]int{}
	earlier = map[int]casualty{}
	for _, f := range figs {
		g := c.docs[f.doc].pub
		if g == "" {
			g = c.docs[org.of(int(f.doc))].id
		}
		j, ok := at[g]
		if !ok {
			at[g] = len(kept)
			kept = append(kept, f)
			continue
		}
		old := kept[j]
		if c.docs[f.doc].date == c.docs[old.doc].date && f.meets(&old) {
			// Two reports of one day that agree: the more precise figure speaks for both.
			if f.hi-f.lo < old.hi-old.lo {
				kept[j] = f
			}
			continue
		}
		if !laterFigure(c, old, f) {
			old, f = f, old
		}
		kept[j] = f
		if e, ok := earlier[int(old.doc)]; ok {
			old = e
		}
		delete(earlier, int(old.doc))
		if !f.meets(&old) {
			earlier[int(f.doc)] = old
		}
	}
	return kept, earlier
}

// laterFigure reports whether b, of the same outlet as a, is the later of the two: the one of
// the later document (documents are in order of date), but of two of one day the higher, a
// toll rising as the dead are counted ("has raised the death toll to 22" is not later than the
// same day's 31), else the one the text gives as revised ("rose to 23").
func laterFigure(c *corpus, a, b casualty) bool {
	if c.docs[a.doc].date == c.docs[b.doc].date {
		switch {
		case a.lo != b.lo:
			return b.lo > a.lo
		case a.update != b.update:
			return b.update
		}
	}
	return b.doc > a.doc
}

// maxCamps and maxPerCamp bound the sides of a toll dispute: the figures of so many camps, so
// many outlets each.
const (
	maxCamps   = 8
	maxPerCamp = 2
)

// figureCamp is a set of figures whose ranges all meet, and the range they share.
type figureCamp struct {
	lo, hi float64
	figs   []casualty
}

// figureCamps puts figures whose ranges meet into one camp, in order of first figure. A camp
// of loose counts alone ("dozens") then joins the first other camp its words may include (see
// reach): a loose word disputes no count it may include.
func figureCamps(figs []casualty) []*figureCamp {
	var camps []*figureCamp
	for _, f := range figs {
		placed := false
		for _, cp := range camps {
			if f.lo <= cp.hi && cp.lo <= f.hi {
				cp.lo, cp.hi = max(cp.lo, f.lo), min(cp.hi, f.hi)
				cp.figs = append(cp.figs, f)
				placed = true
				break
			}
		}
		if !placed {
			camps = append(camps, &figureCamp{f.lo, f.hi, []casualty{f}})
		}
	}
	return foldLoose(camps)
}

// foldLoose puts each camp of loose counts alone into the first camp of other counts its
// words may include, which keeps its range. camps is left as it was: looseHome reads it whole.
func foldLoose(camps []*figureCamp) []*figureCamp {
	out := make([]*figureCamp, 0, len(camps))
	for _, cp := range camps {
		if into := looseHome(cp, camps); into != nil {
			into.figs = append(into.figs, cp.figs...)
			continue
		}
		out = append(out, cp)
	}
	return out
}

// looseHome is the first camp of camps with a count that is not loose whose range meets the
// reach of camp cp's counts, when they are all loose; nil otherwise.
func looseHome(cp *figureCamp, camps []*figureCamp) *figureCamp {
	lo, hi := cp.lo, cp.hi
	for _, f := range cp.figs {
		if !f.loose {
			return nil
		}
		flo, fhi := f.reach()
		lo, hi = min(lo, flo), max(hi, fhi)
	}
	for _, o := range camps {
		if o != cp && !o.figs[0].loose && lo <= o.hi && o.lo <= hi {
			return o
		}
	}
	return nil
}

// later reports whether every figure of b is from a document published after every one of a.
func later(c *corpus, b, a []casualty) bool {
	for _, x := range b {
		for _, y := range a {
			dx, dy := c.docs[x.doc].date, c.docs[y.doc].date
			if len(dx) < 10 || len(dy) < 10 || dx[:10] <= dy[:10] {
				return false
			}
		}
	}
	return true
}

// commonIncident is the incident noun most figures name, the longer on a tie ("bombing", not
// "bomb").
func commonIncident(figs []casualty) string {
	n := map[string]int{}
	best := ""
	for _, f := range figs {
		for _, w := range f.incidents {
			n[w]++
			if n[w] > n[best] || n[w] == n[best] && (len(w) > len(best) || len(w) == len(best) && w < best) {
				best = w
			}
		}
	}
	return best
}

// nearestEntity is the entity d names nearest span s, -1 when it names none: what a casualty
// figure is about when its sentence names nothing (see tollQuote.about).
func nearestEntity(d *doc, s dossier.Span) int {
	best, bestDist := -1, 1<<30
	for _, m := range d.ms {
		e, ok := d.ent.at(int(m.Chain))
		if !ok {
			continue
		}
		dist := s.Start - int(m.end)
		if int(m.start) >= s.End {
			dist = int(m.start) - s.End + 1
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = e, dist
		}
	}
	return best
}

// saying is what one source says on one side of a conflict.
type saying struct{ source, what string }

// sayLine writes sayings as one line, sources that say the same joined:
// "Desert Wire says at least 21; Frontline Dispatch and The Levant Ledger say twelve".
func sayLine(says []saying) string {
	var order []string
	by := map[string][]string{}
	for _, s := range says {
		key := strings.ToLower(s.what)
		if _, ok := by[key]; !ok {
			order = append(order, key)
		}
		if !containsString(by[key], s.source) {
			by[key] = append(by[key], s.source)
		}
	}
	first := map[string]string{}
	for _, s := range says {
		if _, ok := first[strings.ToLower(s.what)]; !ok {
			first[strings.ToLower(s.what)] = s.what
		}
	}
	var parts []string
	for _, key := range order {
		srcs := by[key]
		verb := " says "
		if len(srcs) > 1 {
			verb = " say "
		}
		who := srcs[0]
		if len(srcs) > 1 {
			who = strings.Join(srcs[:len(srcs)-1], ", ") + " and " + srcs[len(srcs)-1]
		}
		parts = append(parts, who+verb+first[key])
	}
	return strings.Join(parts, "; ")
}

func sharesString(a, b []string) bool {
	for _, x := range a {
		if containsString(b, x) {
			return true
		}
	}
	return false
}

func containsString(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// lowerFirst lower-cases a figure's first letter, which only the sentence start capitalised.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// shareHappening reports whether the sentences of two figures tell one aligned happening.
func shareHappening(sentHap map[[2]int][]int, a, b *casualty) bool {
	ha := sentHap[[2]int{int(a.doc), a.sent.Start}]
	if len(ha) == 0 {
		return false
	}
	return !disjoint(ha, sentHap[[2]int{int(b.doc), b.sent.Start}])
}

// countriesDiffer reports whether two figures are set in two countries (see casualty.country):
// a place the hierarchy does not know, or none, lies in no other country than its report's.
func countriesDiffer(a, b *casualty) bool {
	return a.country != "" && b.country != "" && a.country != b.country
}

// placesCountry is the country places lie in: the hierarchy's country of the first it knows,
// else the country the first whose name is a country's names ("Bolivia"); "" when none says.
func (c *corpus) placesCountry(places []int) string {
	named := ""
	for _, p := range places {
		if n := c.placeNode(p); n != nil {
			if top := n.country(); top != nil {
				return top.name
			}
			continue
		}
		if named == "" {
			named = c.lang().nation[strings.ToLower(c.entName[p])]
		}
	}
	return named
}

// mostNamedCountry is the country document d names most often (the first on a tie), by its
// places and by the names and adjectives of countries in its other names ("Iranian security
// forces"); "" when it names none.
func (c *corpus) mostNamedCountry(d *doc) string {
	n := map[string]int{}
	best := ""
	for _, m := range d.ms {
		e, ok := d.ent.at(int(m.Chain))
		if !ok {
			continue
		}
		country := ""
		if p := c.place(e, d.entType(m)); p >= 0 {
			country = c.placesCountry([]int{p})
		} else {
			country = c.entityNation(e)
		}
		if country == "" {
			continue
		}
		n[country]++
		if best == "" || n[country] > n[best] {
			best = country
		}
	}
	return best
}
