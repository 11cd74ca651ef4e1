package crosscheck

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
)

// report is one event of one document, as the pass sees it.
type report struct {
	doc   int32
	ev    int32
	e     *passEvent
	core  []int // entity numbers of actor, target and other arguments
	actor []int // entity numbers of actor arguments
	// target holds the entity numbers of target arguments
	target []int
	dest   []int // entity numbers of places and destinations
	all    []int
	day    int64 // the day it tells of: its own time's, else its document's last day (see lastDay); -1 unknown
	// kind and by are the kind of attack its words name and the side they say did it, from the
	// event, else from the first of its figures that says; around is set when a figure places
	// it around a place rather than in it
	kind, by string
	// force is the state or force the words of its side name ("Russian jets": Russia), from
	// where by comes from, else from a figure of the attack's own sentence that says the same
	// side; "" when unsaid
	force string
	exact bool // day is the event's own time
	// last is the latest day its document was written on (its date, or a later one it prints),
	// -1 unknown: a report that gives no day of its own tells of no later day
	last   int64
	past   bool // its time is a year or month that does not hold its document's date
	around bool
	// filed is set when its day is the one its page's dateline alone gives (see doc.filedDay)
	filed bool
	// origin is the first document of its document's origin group (see origins): pages of one
	// origin run one text
	origin int32
	// places caches reportPlaces once placesDone is set; setDest clears it
	places     []int
	placesDone bool
}

// setDest sets the places and destinations of r, dropping the places reportPlaces kept.
func (r *report) setDest(dest []int) {
	r.dest, r.places, r.placesDone = dest, nil, false
}

// placeRole reports whether an argument role names where something happened or went.
func placeRole(role string) bool {
	role = strings.ToLower(role)
	return role == "place" || role == "destination" || role == "location" || role == "origin"
}

// oneOff lists types that happen once to the same participant, so two dates close together are
// two tellings of one happening that disagree, not two happenings.
func oneOff(t dossier.EventType) bool {
	return t == dossier.Dismiss || t == dossier.Appoint || t == dossier.Defect
}

// reports makes the reports of the documents docs (indexes into c.docs, ascending), in order of
// document and event.
func (k *Checker) reports(c *corpus, docs []int) []report {
	n := 0
	for _, di := range docs {
		n += len(c.docs[di].a.Events)
	}
	// Made at its full length at once: growing it by appending holds up to twice the reports.
	out := make([]report, 0, n)
	for _, di := range docs {
		d := c.docs[di]
		first := len(out)
		for ei := range d.a.Events {
			e := &d.a.Events[ei]
			r := report{doc: int32(di), ev: int32(ei), e: e, kind: c.str(e.kind), by: c.str(e.by), force: c.str(e.force)}
			for _, f := range e.Figures {
				if r.kind == "" {
					r.kind = c.str(f.kind)
				}
				if r.by == "" {
					r.by, r.force = c.str(f.by), c.str(f.force)
				}
				if r.force == "" && c.str(f.by) == r.by && f.Start >= e.Start && f.End <= e.End {
					// The attack's own sentence names the force of the side its words say
					// ("an air strike by the Norland air force killed 38"): the toll's
					// clause reads it where the words next to the attack stop short.
					r.force = c.str(f.force)
				}
				r.around = r.around || f.Around
			}
			r.day, r.exact, r.past = figureDay(e.Time, d.date, d.ref)
			r.last = lastDay(d)
			if !r.exact && r.day >= 0 {
				// A report without a day of its own tells of the day its page was written,
				// the latest it prints ("Monday 17 Mar 2014" on a page stamped a week earlier).
				r.day = r.last
			}
			r.filed = r.exact && d.filedDay(e.Time, d.eventSentence(e))
			for _, a := range e.Args {
				n, ok := d.ent.at(int(a.Chain))
				if !ok {
					continue
				}
				r.all = appendUnique(r.all, n)
				switch {
				case placeRole(c.str(a.role)):
					r.dest = appendUnique(r.dest, n)
				default:
					r.core = appendUnique(r.core, n)
					if strings.EqualFold(c.str(a.role), "actor") {
						r.actor = appendUnique(r.actor, n)
					} else if strings.EqualFold(c.str(a.role), "target") {
						r.target = appendUnique(r.target, n)
					}
				}
			}
			if e.Type == dossier.Travel {
				r.dest = c.travelDest(d, e, r.dest)
				if len(r.dest) == 0 {
					r.dest = k.travelPlaces(c, d, e.Span)
				}
			}
			if e.Type == dossier.Assault && len(c.reportPlaces(&r)) == 0 {
				dest := r.dest
				for _, p := range c.targetPlaces(r.target) {
					dest = appendUnique(dest, p)
				}
				r.setDest(dest)
			}
			out = append(out, r)
		}
		lendKinds(out[first:])
		leadReportDay(out[first:])
	}
	return out
}

// leadReportDay gives each attack of one document's reports rs that gives no time of its own,
// told after an attack its text dates to a day before the page was written, that day rather
// than the page's: the page's news is of that day ("a helicopter dropped a barrel bomb on
// Wednesday night"), and an attack it tells after it without a day is of that day or before
// (background, "was not an isolated case": other strikes of those days), not of a later day
// another outlet dates. A day the dateline alone gives is the day the page was filed, no
// incident's; a day more than dayReach days before the page is background, no news.
func leadReportDay(rs []report) {
	lead := int64(-1)
	for i := range rs {
		r := &rs[i]
		if r.e.Type != dossier.Assault || r.past {
			continue
		}
		switch {
		case lead < 0 && r.exact && !r.filed:
			if r.last >= 0 && r.day < r.last && r.last-r.day <= dayReach {
				lead = r.day
			} else {
				return // the page leads with the news of its own day
			}
		case lead >= 0 && !r.exact && r.e.Time == "" && r.day >= 0:
			r.day, r.last = lead, lead
		}
	}
}

// travelDest is where travel e of document d goes, of places, its places and destinations:
// its destinations when it names one, as a visit to one place told with another ("said on a
// visit to X that the massacre near Y …") is a journey to X, not to Y.
func (c *corpus) travelDest(d *doc, e *passEvent, places []int) []int {
	var to []int
	for _, a := range e.Args {
		if n, ok := d.ent.at(int(a.Chain)); ok && strings.EqualFold(c.str(a.role), "destination") {
			to = appendUnique(to, n)
		}
	}
	if len(to) == 0 {
		return places
	}
	return to
}

// targetPlaces are the places among the targets of an attack finer than a country: where an
// attack that names no such place of its own fell ("raids hit the city of X"). A country
// attacked is no place of one incident. A town no place list holds counts when the resolution
// types it a place ("shells struck the village of X"): it then meets only itself, rather than
// leaving the attack placed nowhere.
func (c *corpus) targetPlaces(target []int) []int {
	var out []int
	for _, e := range target {
		p := c.place(e, c.entType[e])
		if p >= 0 && len(c.specific([]int{p})) > 0 && (c.placeNode(p) != nil || c.entType[p] == dossier.LOC) {
			out = appendUnique(out, p)
		}
	}
	return out
}

// lendKinds gives an attack report that names no kind of attack the kind, and where it names no
// side the side, of the attack reports told in the same sentence of its document, when they name
// one kind ("regime air raids killed 30": the killing is the air raids'), so that a kindless
// report does not stand for any attack at all.
func lendKinds(rs []report) {
	for i := range rs {
		r := &rs[i]
		if r.e.Type != dossier.Assault || r.kind != "" {
			continue
		}
		kind, by, ok := "", "", true
		for j := range rs {
			o := &rs[j]
			if j == i || o.e.Type != dossier.Assault || o.kind == "" || o.e.Span != r.e.Span {
				continue
			}
			if kind != "" && (o.kind != kind || o.by != by) {
				ok = false
				break
			}
			kind, by = o.kind, o.by
		}
		if ok && kind != "" {
			r.kind = kind
			if r.by == "" {
				r.by = by
			}
		}
	}
}

func appendUnique(s []int, n int) []int {
	for _, x := range s {
		if x == n {
			return s
		}
	}
	return append(s, n)
}

// travelPlaces finds places inside span named right after a travel cue ("headed to X") that
// starts inside span too, as the claim stage marked them.
func (k *Checker) travelPlaces(c *corpus, d *doc, span dossier.Span) []int {
	var out []int
	for _, mi := range d.mentionsFrom(span.Start) {
		m := &d.ms[mi]
		if int(m.start) >= span.End {
			break
		}
		if !span.Contains(m.span()) || d.entType(*m) != dossier.LOC || m.travel < 0 || int(m.travel) < span.Start {
			continue
		}
		if n, ok := d.ent.at(int(m.Chain)); ok {
			out = appendUnique(out, n)
		}
	}
	return out
}

// happenings aligns the reports of the documents docs (indexes into c.docs, ascending; every
// document of their stories and of the stories heads ties them to): same type, a shared core
// participant, same story, compatible time. Reports meet only in blocks keyed by (story, type,
// participant); inside a block each report is compared with a few cluster representatives. cf
// holds the documents' casualty figures and scenes as conflictFigs.add keeps them, heads the
// groups of their head figures (see attackFigureGroups).
func (k *Checker) happenings(c *corpus, org *origins, cf conflictFigs, heads incidentGroups, docs []int) ([]Happening, [][]report) {
	reps := k.reports(c, docs)
	for i := range reps {
		reps[i].origin = int32(org.of(int(reps[i].doc)))
	}
	u := newUnionFind(len(reps))
	sigs := newAttackSigs(c, reps)
	c.joinBlocks(reps, u, sigs)
	c.joinTollToLead(reps, u, sigs)
	c.joinRepeatedHead(reps, u, sigs, cf.figs)
	k.joinByFigures(c, reps, u, sigs, heads)
	c.joinUndated(reps, u, sigs)
	groups := u.groups(nil)
	out := make([]Happening, 0, len(groups))
	var ids dossier.IDs
	var parts, hdocs []int
	for _, g := range groups {
		first := reps[g[0]]
		h := Happening{ID: ids.New("h", c.docs[first.doc].id, strconv.Itoa(int(first.ev))), Type: first.e.Type, Story: c.storyIDs[c.docs[first.doc].story]}
		// Every happening is held to the end of the pass: its lists are made at their length.
		h.Reports = make([]Report, 0, len(g))
		parts, hdocs = parts[:0], hdocs[:0]
		for _, ri := range g {
			r := reps[ri]
			d := c.docs[r.doc]
			for _, e := range r.all {
				parts = appendUnique(parts, e)
			}
			rep := Report{Doc: d.id, Event: int(r.ev), Modality: r.e.Modality, Origin: c.docs[org.of(int(r.doc))].id}
			for _, s := range r.e.Attribution {
				if id, ok := d.entAt(s.Chain); ok && s.Chain >= 0 {
					rep.Attribution = append(rep.Attribution, id)
				} else {
					rep.Attribution = append(rep.Attribution, s.Text)
				}
			}
			h.Reports = append(h.Reports, rep)
			hdocs = appendUnique(hdocs, int(r.doc))
		}
		if len(parts) > 0 {
			h.Participants = make([]string, len(parts))
		}
		for i, e := range parts {
			h.Participants[i] = c.entIDs[e]
		}
		sort.Strings(h.Participants)
		h.Origins = org.count(hdocs)
		h.Time, h.Start, h.End = dateHappening(reps, g)
		h.Fatalities = fatalities(c, reps, g, cf)
		out = append(out, h)
	}
	return out, inGroupOrder(reps, groups)
}

// inGroupOrder moves reps, in place, into the order of groups, which hold every report once,
// and returns each group's reports as a part of reps: the grouped reports are not held twice.
func inGroupOrder(reps []report, groups [][]int) [][]report {
	dest := make([]int32, len(reps)) // where each report goes
	pos := 0
	for _, g := range groups {
		for _, ri := range g {
			dest[ri] = int32(pos)
			pos++
		}
	}
	for i := range reps {
		for int(dest[i]) != i {
			j := dest[i]
			reps[i], reps[j] = reps[j], reps[i]
			dest[i], dest[j] = dest[j], dest[i]
		}
	}
	out := make([][]report, len(groups))
	pos = 0
	for gi, g := range groups {
		// A full slice expression: appending to one group never writes over the next.
		out[gi] = reps[pos : pos+len(g) : pos+len(g)]
		pos += len(g)
	}
	return out
}

// nearestFirst orders the cluster heads a report can be one happening with by how many days
// lie between what each tells of and what the report tells of, nearest first, then in the order
// of the reports: a report that gives no day of its own ("airstrikes killed 21") tells the
// attack of its document's day that another outlet dates, not one of the next day that its
// loose date also allows.
func nearestFirst(reps []report, r *report, heads []int) {
	gap := func(h int) int64 {
		if d := reps[h].day; d >= 0 && r.day >= 0 {
			return abs64(d - r.day)
		}
		return 1 << 20
	}
	slices.SortFunc(heads, func(a, b int) int {
		if c := cmp.Compare(gap(a), gap(b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}

// blockKey is a block of reports that may tell one happening: of one story and type, naming one
// entity; place is set for a block by a shared place, which needs a shared day too.
type blockKey struct {
	story int
	typ   dossier.EventType
	ent   int
	place bool
}

// blocks lists the reports of each block, the blocks in order of first use and the reports of
// each in ascending order, in one list: block i is at[start[i]:start[i+1]], and place[i] tells
// whether it is a block by a shared place (see blockKey). A large corpus has hundreds of
// thousands of blocks, most of one or two reports, and a list of its own for each would hold
// several times as much.
type blocks struct {
	at    []int32
	start []int32
	place []bool
}

// len is the number of blocks.
func (b blocks) len() int { return len(b.start) - 1 }

// block returns the reports of block i.
func (b blocks) block(i int) []int32 { return b.at[b.start[i]:b.start[i+1]] }

// blockReports puts the reports into blocks by the entities they name (their participants, or
// their places when they name none) and, for reports dated to a day, by their places; the
// blocks are in order of first use.
func blockReports(c *corpus, reps []report) blocks {
	num := map[blockKey]int32{}
	var count []int32
	var place []bool
	type entry struct{ block, rep int32 }
	var entries []entry
	for ri := range reps {
		eachBlock(c, &reps[ri], func(k blockKey) {
			n, ok := num[k]
			if !ok {
				n = int32(len(count))
				num[k] = n
				count = append(count, 0)
				place = append(place, k.place)
			}
			count[n]++
			entries = append(entries, entry{n, int32(ri)})
		})
	}
	b := blocks{start: make([]int32, len(count)+1), at: make([]int32, len(entries)), place: place}
	for i, n := range count {
		b.start[i+1] = b.start[i] + n
	}
	next := count
	copy(next, b.start)
	for _, e := range entries {
		b.at[next[e.block]] = e.rep
		next[e.block]++
	}
	return b
}

// eachBlock calls fn with each block that report r is in: one for each entity it names (its
// participants, or its places when it names none), and, when it is dated to a day, one for each
// of its places.
func eachBlock(c *corpus, r *report, fn func(blockKey)) {
	ents := r.core
	if len(ents) == 0 {
		ents = r.dest
	}
	story := c.docs[r.doc].story
	for _, e := range ents {
		fn(blockKey{story, r.e.Type, e, false})
	}
	// A report dated to a day also meets, by place and day, the reports that name who took
	// part: "a car bomb in X on Monday" and "the Front bombed X on Monday".
	if !knownDay(r.e.Time) {
		return
	}
	for _, e := range r.dest {
		fn(blockKey{story, r.e.Type, e, true})
	}
}

// dateHappening dates a happening by its reports: start and end are the earliest and latest
// days they give themselves, else of their documents' dates; its time is the one day they give,
// else what their days share, else the most specific time a report gives (see happeningTime).
// One report's year alone ("back in 2017") does not date what others tell. A happening of two
// days running, one report giving the night of the first ("on Wednesday night") and another the
// next day, is that night: an incident over midnight, not a month's.
func dateHappening(reps []report, g []int) (t, start, end string) {
	exact := false
	timeCount := map[string]int{}
	var nights []string // the nights of days reports give
	for _, ri := range g {
		r := reps[ri]
		if moreSpecific(r.e.Time, t) {
			t = r.e.Time
		}
		if isDate(r.e.Time) {
			timeCount[r.e.Time]++
		}
		if day, ok := dayPrefix(r.e.Time); ok && r.e.Time == day+nightSuffix {
			nights = append(nights, day)
		}
		if r.day < 0 || !r.exact && exact {
			continue
		}
		day := dayString(r.day)
		if r.exact && !exact {
			exact, start, end = true, "", ""
		}
		if start == "" || day < start {
			start = day
		}
		if day > end {
			end = day
		}
	}
	if len(t) == 4 && timeCount[t] == 1 && len(g) > 1 {
		t = ""
	}
	if exact && slices.Contains(nights, start) {
		if d, ok := parseDay(start); ok && dayString(d+1) == end {
			return start + nightSuffix, start, end
		}
	}
	return happeningTime(t, start, end, exact), start, end
}

// nightSuffix is the part of a TIMEX3 value that names the night of its day ("2016-08-10TNI").
const nightSuffix = "TNI"

// oneHappening reports whether two reports of one block can tell one happening. Their times
// must be compatible (a one-off may differ by some days, which is then a time conflict); a
// report a paragraph dates to another year or month than its document's is of another happening
// than one that is not; the days they tell of (their own, else their documents') lie within a
// day when both texts give the day, within three days otherwise; and the places they name meet
// in the place hierarchy. Attacks are one only when their kinds meet and their sides are not two
// (see Attacks.oneAttack), nor when each tells as fact a side that acted and the sides are opposite
// (see Attacks.ownSidesDiffer), and one told around a town is one told in it only when both name one
// kind of attack, or one names none and both give one day (see Attacks.aroundApart). Attacks
// that share no place finer than a country, one of them without a day of its own, are two (see
// countryOnly). An event told as going on or recurring (dossier.Event
// Ongoing) is never one with an event that is not. byPlace blocks need a shared day too.
// Attacks of two outlets tied by place and days alone are two (see placeTiedOnly); the one
// attack of a place an undated report may tell is found apart (see kindlessJoins).
func (c *corpus) oneHappening(a, b *report, byPlace bool) bool {
	if byPlace && (!knownDay(a.e.Time) || !knownDay(b.e.Time)) && !c.undatedJoins(a, b) && !c.undatedJoins(b, a) {
		return false
	}
	return c.alike(a, b, byPlace) && (a.doc == b.doc || !c.placeTiedOnly(a, b))
}

// alike reports whether two reports can tell one happening by all that oneHappening asks but the
// day of a report met by place that gives none.
func (c *corpus) alike(a, b *report, byPlace bool) bool {
	if a.e.Ongoing != b.e.Ongoing {
		return false // a campaign told as going on is not the incident of a day within it
	}
	if a.e.Type == dossier.Assault && (!c.attacks.oneAttack(a.kind, a.by, b.kind, b.by, c.apart(int(a.doc), int(b.doc))) || c.attacks.aroundApart(a.around, b.around, a.kind, b.kind, ownReportDay(a) >= 0 && ownReportDay(a) == ownReportDay(b)) || c.attacks.ownSidesDiffer(a, b)) {
		return false
	}
	if byPlace && !timeCompatible(a.e.Time, b.e.Time) || !byPlace && !alignTime(a.e.Time, b.e.Time, a.e.Type) {
		return false
	}
	if a.past != b.past {
		return false
	}
	if toldLater(a, b) || toldLater(b, a) {
		return false
	}
	if a.day >= 0 && b.day >= 0 && !oneOff(a.e.Type) {
		limit := int64(dayReach)
		if a.exact && b.exact {
			limit = 1
		}
		if abs64(a.day-b.day) > limit {
			return false
		}
	}
	if c.twoDaysNews(a, b) {
		return false
	}
	if speech(a.e.Type) && len(a.actor) > 0 && len(b.actor) > 0 && disjoint(a.actor, b.actor) {
		return false // two speakers' calls or charges are two happenings
	}
	if c.rolesSwapped(a, b) {
		return false
	}
	pa, pb := c.reportPlaces(a), c.reportPlaces(b)
	if a.doc != b.doc && looselyTied(a, b, pa, pb) {
		return false
	}
	if a.doc != b.doc && !c.coarseTied(a, b, pa, pb) {
		return false
	}
	if a.e.Type == dossier.Assault && (!a.exact || !b.exact) && c.countryOnly(a.dest, b.dest) {
		return false
	}
	if a.doc != b.doc && a.e.Type == dossier.Assault {
		pa, pb = c.storyPlaceFor(a, pa, pb), c.storyPlaceFor(b, pb, pa)
	}
	return len(pa) == 0 || len(pb) == 0 || c.placesMeet(pa, pb)
}

// rolesSwapped reports whether each of two reports names as its actor whom the other names as
// its target (see shareActor): "the army ambushed the militants" and "the militants killed the
// troops" tell two incidents, each side's deed against the other, not one incident told twice.
// One word read both ways ("clashes between the army and the militants") is one incident.
func (c *corpus) rolesSwapped(a, b *report) bool {
	if a.doc == b.doc && a.e.Trigger == b.e.Trigger {
		return false
	}
	return len(a.actor) > 0 && len(b.actor) > 0 && len(a.target) > 0 && len(b.target) > 0 &&
		c.shareActor(a.actor, b.target) && c.shareActor(b.actor, a.target)
}

// placeTiedOnly reports whether two attack reports of two origins (see origins: one outlet's
// pages, or a page and its copy, are one) are tied by their place and days alone, one of them
// without a day of its own: they name no one kind of attack, they share no participant but a
// place (see party) that one of them names as who acted or who was hit (see actsOrHit), they
// fall on no one town (see shareTown) unless one without a day gives a count (see
// undatedToll), and they do not both count the dead. "Four people were killed
// during rebel fire in the city on Tuesday" and another outlet's undated "renewed bombardment"
// of the city are two of its many attacks as likely as one.
func (c *corpus) placeTiedOnly(a, b *report) bool {
	if a.e.Type != dossier.Assault || a.exact && b.exact || c.attacks.sameKind(a.kind, b.kind) || a.origin == b.origin {
		return false
	}
	for _, e := range a.core {
		if containsInt(b.core, e) && c.party(e, a) && c.party(e, b) && (actsOrHit(a, e) || actsOrHit(b, e)) {
			return false
		}
	}
	if c.shareTown(a, b) && !undatedToll(a) && !undatedToll(b) {
		return false
	}
	return !counts(a.e) || !counts(b.e)
}

// actsOrHit reports whether report r names entity e as who acted or who was hit: a name its
// sentence only mentions ("in retaliation for the execution of the pilot by the Front") ties
// no two attacks.
func actsOrHit(r *report, e int) bool {
	return containsInt(r.actor, e) || containsInt(r.target, e)
}

// shareTown reports whether two attack reports fall on one town the hierarchy knows, named
// as where each happened or what it hit. A town sees few attacks a day, unlike a province or
// a large city, where a province often shares its capital's name: two outlets' attacks on one
// town in the same days, one of them telling no day of its own, are one attack whatever words
// each uses.
func (c *corpus) shareTown(a, b *report) bool {
	inB := c.townsHit(b)
	for _, x := range c.townsHit(a) {
		if slices.Contains(inB, x) {
			return true
		}
	}
	return false
}

// undatedToll reports whether report r, giving no day of its own, counts the dead or hurt, as
// one attack's toll or a running total: an undated count is as often a total of days
// ("bombardment of the town has killed more than 100") as one attack's.
func undatedToll(r *report) bool {
	return !r.exact && len(r.e.Figures) > 0
}

// townsHit lists the towns of the hierarchy that attack report r names as its place or its
// target.
func (c *corpus) townsHit(r *report) []*placeNode {
	var out []*placeNode
	for _, list := range [][]int{r.dest, r.target} {
		for _, e := range list {
			if n := c.placeNode(c.place(e, c.entType[e])); n != nil && n.kind == placeTown && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// party reports whether entity e, a participant of report r, takes part in what r tells as more
// than its place: it is no place, or a country r names as who acts or who is hit ("Iraq invaded
// Kuwait"). A town the parse makes a participant ("the Aleppo based group") is a place still,
// and so is a country named otherwise ("bombing in Syria").
func (c *corpus) party(e int, r *report) bool {
	p := c.place(e, c.entType[e])
	if p < 0 {
		return true
	}
	return len(c.specific([]int{p})) == 0 && (containsInt(r.actor, e) || containsInt(r.target, e))
}

// counts reports whether event e counts the dead or hurt of one attack: it carries a figure
// that is no running total.
func counts(e *passEvent) bool {
	return len(e.Figures) > 0 && !onlyTotals(e)
}

// twoDaysNews reports whether two attack reports of other pages, each dated by its page
// alone (see pageDated), are dated to two days, and either they are of one outlet or one of
// them is dated by its dateline: an outlet's counts of one town's attacks on consecutive days
// are two days' news, and a dateline's day is the filing day, which says nothing of the day a
// page that gives none tells of. One that revises an earlier toll may revise the day before's.
func (c *corpus) twoDaysNews(a, b *report) bool {
	if a.e.Type != dossier.Assault || a.doc == b.doc || !a.pageDated() || !b.pageDated() || a.day < 0 || b.day < 0 {
		return false
	}
	if c.apart(int(a.doc), int(b.doc)) && !a.filed && !b.filed {
		return false
	}
	return twoDays(a.day, b.day, updates(a.e) || updates(b.e))
}

// pageDated reports whether a report's day is its page's alone: its dateline's, or its date
// when its words give no time at all ("since July" is no day of the page's).
func (r *report) pageDated() bool {
	return r.filed || !r.exact && r.e.Time == ""
}

// updates reports whether event e carries a figure that revises an earlier toll.
func updates(e *passEvent) bool {
	return slices.ContainsFunc(e.Figures, func(f passFigure) bool { return f.Update })
}

// looselyTied reports whether two reports of other documents, neither an attack nor a one-off
// (see oneOff), are tied by their type and one participant alone: not both date what they tell
// nor do both name a place, they share fewer than two participants and, for a call, charge or
// threat, not the speaker. A president's call for a trade deal and his administration's refusal
// of flu shots, told in the same days, are two happenings; so are a man's charge of bribery and
// another of leaking files, and his trip to a hospital on Saturday and a trip others fear for
// his guest: a day one report gives does not tie it to a report that gives none.
func looselyTied(a, b *report, pa, pb []int) bool {
	if a.e.Type == dossier.Assault || oneOff(a.e.Type) || isDate(a.e.Time) && isDate(b.e.Time) || len(pa) > 0 && len(pb) > 0 {
		return false
	}
	if speech(a.e.Type) && !disjoint(a.actor, b.actor) {
		return false // one speaker's call told again ("the UN has called for pauses")
	}
	shared := 0
	for _, e := range a.core {
		if containsInt(b.core, e) {
			shared++
		}
	}
	return shared < 2
}

// speech lists types whose happening is what one side says: a call, a charge, a threat or a
// refusal. The same words from another speaker are another happening.
func speech(t dossier.EventType) bool {
	return t == dossier.Request || t == dossier.Accuse || t == dossier.Reject || t == dossier.Threaten
}

// coarseness is 2 for a TIMEX3 date known only to its year, 1 for one known to its month, 0
// for a day or no date.
func coarseness(v string) int {
	switch {
	case !isDate(v) || knownDay(v):
		return 0
	case len(v) >= 7 && v[5:7] != "XX":
		return 1
	}
	return 2
}

// coarseTied reports whether two reports of other documents, pa and pb their places finer than
// a country, are tied by more than their type when one is dated only to a month or a year: for
// a month the same place (named by both and meeting in the hierarchy), the same actor or the
// same target ("arrested in April": of one man); for a year the same place and the same actor.
// A year and a type fit many happenings: a siege of one town and the taking of another, one
// government's call and another's.
func (c *corpus) coarseTied(a, b *report, pa, pb []int) bool {
	n := max(coarseness(a.e.Time), coarseness(b.e.Time))
	if n == 0 {
		return true
	}
	place := len(pa) > 0 && len(pb) > 0 && c.placesMeet(pa, pb)
	actor := !disjoint(a.actor, b.actor)
	if n == 1 {
		return place || actor || !disjoint(a.target, b.target)
	}
	return place && actor
}

// storyPlaceFor is the places of attack r, own, as set against another outlet's attack that
// names other: when r names none and other names a place the hierarchy knows, the place r's
// document is about (see mainPlace), when the hierarchy knows it too. An attack told without a
// place ("air strikes killed 22") is of its page's town, not of any town of that day.
func (c *corpus) storyPlaceFor(r *report, own, other []int) []int {
	if len(own) > 0 || len(c.known(other)) == 0 {
		return own
	}
	return c.knownMain(c.docs[r.doc])
}

// knownMain is the place document d is about that the hierarchy knows (see mainPlace), kept in
// d once made.
func (c *corpus) knownMain(d *doc) []int {
	if !d.mainDone {
		d.main, d.mainDone = c.known(c.mainPlace(d)), true
	}
	return d.main
}

// lastDay is the latest day document d was written on: its date, or a later one it prints (see
// Analysis.ReferenceDate; an earlier one is not taken, see figureDay); -1 when it has none.
func lastDay(d *doc) int64 {
	pub, ok := parseDay(d.date)
	if !ok {
		return -1
	}
	if ref, ok := parseDay(d.ref); ok && ref > pub {
		return ref
	}
	return pub
}

// toldLater reports whether report a gives a day of its own that comes after every day report
// b, which gives none, can tell of: b was written before a's day, so it tells another happening.
func toldLater(a, b *report) bool {
	return a.exact && !b.exact && b.e.Time == "" && b.last >= 0 && a.day > b.last
}

// joinUndated puts the attacks of a happening that no report dates, told in a place, into the
// happening of the one dated attack of that place they can be (see undatedJoins): an outlet
// that gives no day tells the attack others date, not a small happening of its own. When two
// dated happenings of the place fit, which one it tells is not known, and it stays apart.
//
// An undated attack can be only a dated one of its day or the day before (see undatedWindow),
// so the dated attacks are indexed by story, place and day, and each undated one reads those
// of its two days, in the order of the reports as it would among all of the place's: in a long
// story a place's dated attacks are many, and reading all of them for each undated one would
// cost their number times the undated ones'.
func (c *corpus) joinUndated(reps []report, u unionFind, sigs attackSigs) {
	type placeDay struct {
		story, place int
		day          int64
	}
	dated := map[placeDay][]int{}
	datedRoot := map[int]bool{}
	for ri, r := range reps {
		if !knownDay(r.e.Time) {
			continue
		}
		datedRoot[u.find(ri)] = true
		if r.e.Type != dossier.Assault || r.day < 0 {
			continue
		}
		for _, e := range r.dest {
			k := placeDay{c.docs[r.doc].story, e, r.day}
			dated[k] = append(dated[k], ri)
		}
	}
	var cands []int
	for ri := range reps {
		r := &reps[ri]
		if r.e.Type != dossier.Assault || r.e.Time != "" || r.day < 0 || datedRoot[u.find(ri)] {
			continue
		}
		cands = cands[:0]
		for _, e := range r.dest {
			story := c.docs[r.doc].story
			cands = appendMerged(cands, dated[placeDay{story, e, r.day - 1}], dated[placeDay{story, e, r.day}])
		}
		if pick := c.undatedPick(reps, u, r, cands); pick >= 0 {
			c.join(u, sigs, pick, ri)
		}
	}
}

// appendMerged appends to out the numbers of a and b, two ascending lists, in ascending order.
func appendMerged(out, a, b []int) []int {
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// undatedPick is the dated attack among cands that undated attack r tells, -1 when none or when
// the attacks it may tell lie in more than one happening. An r that names no kind of attack
// may tell any attack of its place in its outlet's news, so every one of those counts, also
// one that something else keeps apart from r.
func (c *corpus) undatedPick(reps []report, u unionFind, r *report, cands []int) int {
	pick, root := -1, -1
	for _, di := range cands {
		a := &reps[di]
		fits := c.oneHappening(a, r, true) || c.kindlessJoins(a, r)
		if !fits && (r.kind != "" || !c.undatedWindow(a, r)) {
			continue
		}
		if x := u.find(di); root >= 0 && x != root {
			return -1
		} else if root = x; fits {
			pick = di
		}
	}
	return pick
}

// undatedJoins reports whether attack b, which its report gives no time, can be attack a, which
// another document dates to a day, met by place: both name one kind of attack, no side is said
// to be two, and b was reported in a's news (see undatedWindow). A report without a date of its
// own tells of the days just before it, so one told later is another attack of the place.
func (c *corpus) undatedJoins(a, b *report) bool {
	if !c.attacks.sameKind(a.kind, b.kind) || c.attacks.sidesDiffer(a.kind, a.by, b.kind, b.by) {
		return false
	}
	return c.undatedWindow(a, b)
}

// kindlessJoins reports whether attack b, which its report gives no time nor kind ("an
// attack"), can be attack a, which another outlet dates to a day, met by place: b was reported
// in a's news (see undatedWindow), no side is said to be two, b names no place that a does not
// ("an attack on farms north of the city" is not the shelling of two districts), b counts more
// than a war's dead, and nothing else keeps them apart (see alike). It is asked only of the
// one attack of the place so reported.
func (c *corpus) kindlessJoins(a, b *report) bool {
	if b.kind != "" || !c.apart(int(a.doc), int(b.doc)) || !c.undatedWindow(a, b) || c.attacks.sidesDiffer(a.kind, a.by, b.kind, b.by) || onlyTotals(b.e) {
		return false
	}
	pa := c.reportPlaces(a)
	for _, p := range c.reportPlaces(b) {
		if !c.placesMeet([]int{p}, pa) {
			return false
		}
	}
	return c.alike(a, b, true)
}

// onlyTotals reports whether an event carries figures and all of them are running totals: it
// tells of a war's or a campaign's dead, not of one attack.
func onlyTotals(e *passEvent) bool {
	for _, f := range e.Figures {
		if !f.Total {
			return false
		}
	}
	return len(e.Figures) > 0
}

// undatedWindow reports whether attack b, which its report gives no time, was reported on the
// day another outlet dates attack a to, or the day after, and a's report is the news of that day
// (published within three days of it), not a look back.
func (c *corpus) undatedWindow(a, b *report) bool {
	if a.doc == b.doc || !knownDay(a.e.Time) || b.e.Time != "" || a.day < 0 || b.day < 0 {
		return false
	}
	pub, ok := parseDay(c.docs[a.doc].date)
	return ok && pub-a.day <= 3 && b.day >= a.day && b.day-a.day <= 1
}

// countryOnly reports whether two lists of places, both naming one, share nothing finer than a
// country: no town or province of one meets one of the other in the place hierarchy. Two
// reports placed so loosely, one of them without a day of its own ("jets are striking targets
// across the country"), are not taken for one incident: an ongoing campaign and one shelling
// in a town of it are two happenings.
func (c *corpus) countryOnly(a, b []int) bool {
	pa, pb := c.placesOf(a), c.placesOf(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	sa, sb := c.specific(pa), c.specific(pb)
	return len(sa) == 0 || len(sb) == 0 || !c.placesMeet(sa, sb)
}

// placesOf maps entity numbers to the places they stand for, leaving out those that are none.
func (c *corpus) placesOf(ents []int) []int {
	var out []int
	for _, e := range ents {
		if p := c.place(e, dossier.LOC); p >= 0 {
			out = appendUnique(out, p)
		}
	}
	return out
}

// reportPlaces are the places a report's arguments name, finer than a country: made on the
// first call and kept in r, since every pair of reports of a block asks again. The list is
// clipped, so a caller's append never writes into it.
func (c *corpus) reportPlaces(r *report) []int {
	if !r.placesDone {
		r.places, r.placesDone = slices.Clip(c.specific(c.placesOf(r.dest))), true
	}
	return r.places
}

// joinByFigures puts into one happening the attacks whose casualty figures are one incident's
// (see figureGroups): reports of one clash that name none of the same participants. Only the
// head figures of figs (each document's, as conflictFigs.add keeps them) are compared.
//
// The reports of a group that date their attack to a day join first, whatever days they give:
// the figures already tell one incident, over midnight too. The group's reports that give no day
// of their own join only when its dated ones are one happening, or there are none, and never
// bring in a happening they already joined that is dated to another day: a toll without a day
// fits several days' strikes on a town equally, and must not make them one.
func (k *Checker) joinByFigures(c *corpus, reps []report, u unionFind, sigs attackSigs, heads incidentGroups) {
	at := map[[2]int]int{} // (doc, event) -> report
	for ri, r := range reps {
		at[[2]int{int(r.doc), int(r.ev)}] = ri
	}
	list, members := heads.list, heads.members
	type member struct{ ri, fig int }
	var dated, undated []member
	for _, g := range members {
		dated, undated = dated[:0], undated[:0]
		for _, i := range g {
			ri, ok := at[[2]int{int(list[i].doc), int(list[i].ev)}]
			if !ok || reps[ri].e.Type != dossier.Assault {
				continue
			}
			if reportDay(&reps[ri]) >= 0 {
				dated = append(dated, member{ri, i})
			} else {
				undated = append(undated, member{ri, i})
			}
		}
		// One figures' incident, even where outlets name two kinds of attack at one site (see
		// disputedAttack): the kind is then in dispute, not two attacks.
		// The kind is in dispute between the figure of the report joined to and m's.
		joinFig := func(first member, m member, days bool) {
			if !c.joinSigs(u, sigs, first.ri, m.ri, days, false) && c.disputedAttack(list[first.fig], list[m.fig]) {
				merge(u, sigs, first.ri, m.ri)
			}
		}
		for _, m := range dated[min(1, len(dated)):] {
			joinFig(dated[0], m, false)
		}
		var lead member // the happening the undated reports join: the dated ones', else the first's
		if len(dated) > 0 {
			lead = dated[0]
			root := u.find(lead.ri)
			if slices.ContainsFunc(dated, func(m member) bool { return u.find(m.ri) != root }) {
				continue
			}
		} else if len(undated) > 0 {
			lead, undated = undated[0], undated[1:]
		}
		for _, m := range undated {
			joinFig(lead, m, true)
		}
	}
}

// incidentGroups are head figures and their groups by incident, as indexes into them (see
// corpus.groupFigures).
type incidentGroups struct {
	list    []*casualty
	members [][]int
}

// attackFigureGroups groups the head figures of figs by incident for joinByFigures, each toll a
// page dates by its dateline alone read as one without a day (see filedUndated), and cuts each
// group where its stories lie in different units (see figureUnits).
func (c *corpus) attackFigureGroups(figs [][]casualty) incidentGroups {
	list, members := c.groupFigures(filedUndated(headFigures(figs)), nil)
	return incidentGroups{list, c.splitByUnit(list, members, c.figureUnits(list, members))}
}

// unitDocs is the most documents a unit of stories holds: the stories whose attacks casualty
// figures may join into one happening (see joinByFigures), which the pass checks together.
// Groups of figures of one incident, each holding a few stories, chain through the stories
// they share: among 10,000 generated news reports, one chain held 6,402 documents (the
// figures of attacks alone). A unit that a tie would take past unitDocs does not follow it: its
// stories' attacks stay apart, each told by its own stories. A fixed bound, so that the results
// do not depend on how many documents the checks hold at once (--pass-block).
const unitDocs = 1000

// figureUnits ties the stories whose attacks' head figures are one incident's (list and members
// as groupFigures gives them), group by group in order, each tie taken only while the unit it
// makes holds at most c.unitDocs documents (unitDocs unless a test sets fewer). It returns the
// stories' union. Figures that no attack carries tie nothing, for joinByFigures joins no other
// report.
func (c *corpus) figureUnits(list []*casualty, members [][]int) unionFind {
	size := make([]int, len(c.storyIDs)) // documents by story, then by unit under its root
	for _, d := range c.docs {
		size[d.story]++
	}
	u := newUnionFind(len(c.storyIDs))
	for _, g := range members {
		first := -1
		for _, i := range g {
			if !list[i].assault {
				continue
			}
			s := c.docs[list[i].doc].story
			if first < 0 {
				first = s
				continue
			}
			a, b := u.find(first), u.find(s)
			if a == b || size[a]+size[b] > c.unitDocs {
				continue
			}
			n := size[a] + size[b]
			u.union(a, b)
			size[u.find(a)] = n
		}
	}
	return u
}

// splitByUnit cuts each group of members into the parts whose stories lie in one unit of units,
// in order of their first figure; the parts keep the groups' order.
func (c *corpus) splitByUnit(list []*casualty, members [][]int, units unionFind) [][]int {
	out := make([][]int, 0, len(members))
	for _, g := range members {
		first := len(out)
		for _, i := range g {
			root := units.find(c.docs[list[i].doc].story)
			at := slices.IndexFunc(out[first:], func(part []int) bool {
				return units.find(c.docs[list[part[0]].doc].story) == root
			})
			if at < 0 {
				out = append(out, []int{i})
				continue
			}
			out[first+at] = append(out[first+at], i)
		}
	}
	return out
}

// reportDay is the day a report dates its attack to in its own words, -1 when it gives none.
func reportDay(r *report) int64 {
	if r.exact && fullDate(r.e.Time) {
		return r.day
	}
	return -1
}

// joinTollToLead puts into the happening of each document's lead attack (its first, dated to a
// day) the attacks it tells after it that count the dead and name no one and no place of their
// own, nor another day: "Government jets struck the market of X on Monday. Rescuers said the
// strikes killed 31" tells the toll of the lead's attack, when their kinds and sides can be one
// (see Attacks.oneAttack) and nothing else keeps them apart (see joinSigs).
func (c *corpus) joinTollToLead(reps []report, u unionFind, sigs attackSigs) {
	lead := -1
	for ri := range reps {
		r := &reps[ri]
		if ri > 0 && r.doc != reps[ri-1].doc {
			lead = -1
		}
		if r.e.Type != dossier.Assault || r.past {
			continue
		}
		switch {
		case lead < 0:
			if reportDay(r) < 0 {
				lead = -2 // the page leads with an attack of no day of its own
			} else {
				lead = ri
			}
		case lead >= 0 && len(r.core) == 0 && len(c.reportPlaces(r)) == 0 && counts(r.e) &&
			(r.e.Time == "" || reportDay(r) == reps[lead].day) && c.attacks.oneAttack(reps[lead].kind, reps[lead].by, r.kind, r.by, false):
			c.join(u, sigs, lead, ri)
		}
	}
}

// joinRepeatedHead puts into the happening of each document's head count of the dead the
// attacks of that document whose sentences give the same count of the same people again
// ("Strikes kill 31" over "he said at least 31 people were killed"), when nothing keeps them
// apart (see alike): a page tells its headline's toll twice, of one incident, even where the
// body names a town the headline does not.
func (c *corpus) joinRepeatedHead(reps []report, u unionFind, sigs attackSigs, figs [][]casualty) {
	span := make([][2]int, len(c.docs)) // the reports of document d are reps[span[d][0]:span[d][1]]
	for ri, r := range reps {
		if span[r.doc][1] == 0 {
			span[r.doc][0] = ri
		}
		span[r.doc][1] = ri + 1
	}
	for di, fs := range figs {
		for _, h := range fs {
			if !h.head || h.past || h.ev < 0 || h.kind != "killed" {
				continue
			}
			hr := -1
			for ri := span[di][0]; ri < span[di][1]; ri++ {
				if reps[ri].ev == h.ev {
					hr = ri
				}
			}
			if hr < 0 || reps[hr].e.Type != dossier.Assault {
				continue
			}
			for ri := span[di][0]; ri < span[di][1]; ri++ {
				if ri != hr && reps[ri].e.Type == dossier.Assault && repeats(c, reps[ri].e, &h) && c.alike(c.headIn(&reps[hr], &reps[ri], &h), &reps[ri], false) {
					c.joinSigs(u, sigs, hr, ri, !h.filed, false)
				}
			}
		}
	}
}

// headIn is head report h as compared with report r of its page that repeats its toll (head
// figure f). A head that names no place finer than a country names no place against r's town
// ("31 killed in Syria" over "31 people were killed in Jayrud"), unless the hierarchy puts the
// town in another country; a head of any place names none against an r that names only places
// the hierarchy does not know ("a car bomb in a Homs district" over "a car bomb attack on the
// Zahraa district"). A head whose day is its dateline's alone (see casualty.filed) gives no day
// of its own: a headline tells the incident of the day before in the present tense.
func (c *corpus) headIn(h, r *report, f *casualty) *report {
	out := *h
	if f.filed {
		e := *h.e
		e.Time = ""
		out.e, out.exact, out.day = &e, false, h.last
	}
	ph := c.placesOf(h.dest)
	var known, unknown []int
	for _, p := range c.placesOf(r.dest) {
		if c.placeNode(p) != nil {
			known = append(known, p)
		} else {
			unknown = append(unknown, p)
		}
	}
	switch {
	case len(ph) == 0 || len(known) > 0 && !c.placesMeet(ph, known):
	case len(known) == 0 && len(unknown) > 0, len(c.specific(ph)) == 0:
		out.setDest(nil)
	}
	return &out
}

// repeats reports whether event e carries a toll of the dead that is head figure h again: the
// same number of the same people, neither a part of the dead, a running total nor an update.
func repeats(c *corpus, e *passEvent, h *casualty) bool {
	for _, f := range e.Figures {
		if c.str(f.counts) == h.kind && float64(f.low) == h.lo && f.part == 0 && !f.Total && !f.Update && sameCounted(c.str(f.who), h.who) {
			return true
		}
	}
	return false
}

// ownReportDay is the day a report dates its attack to in its own words (see reportDay), -1 when
// only its page's dateline gives it.
func ownReportDay(r *report) int64 {
	if r.filed {
		return -1
	}
	return reportDay(r)
}

// attackSig is what a report says of an attack: its kind, whose side did it, whether it
// was around a place rather than in it, and where.
type attackSig struct {
	kind, by, outlet string
	around           bool
	own              bool  // its report tells it as fact in its own voice (see ownVoice)
	day              int64 // the day its report gives it, -1 when it gives none of its own
	// places is 1 + the index in corpus.placeSets of the places finer than a country its
	// report names, 0 when it names none
	places int
	// home is, for a report that names no place, 1 + the index in corpus.placeSets of the
	// places its page sets attacks in: those its attack reports name and the one it is about
	// (see storyPlaceFor); 0 when it names one or the hierarchy knows none of those
	home int
}

// attackSigs holds, for each group of reports by its root, the distinct attackSigs of its attacks.
type attackSigs map[int][]attackSig

func newAttackSigs(c *corpus, reps []report) attackSigs {
	sigs := attackSigs{}
	c.placeSets = c.placeSets[:0]
	seen := map[string]int{}
	homes := map[int32]int{}
	for ri, r := range reps {
		if r.e.Type != dossier.Assault {
			continue
		}
		sig := attackSig{r.kind, r.by, c.outlet(int(r.doc)), r.around, ownVoice(r.e), reportDay(&r), c.placeSet(seen, c.known(c.reportPlaces(&r))), 0}
		if sig.places == 0 {
			home, ok := homes[r.doc]
			if !ok {
				home = c.placeSet(seen, c.attackHome(reps, r.doc))
				homes[r.doc] = home
			}
			sig.home = home
		}
		sigs[ri] = []attackSig{sig}
	}
	return sigs
}

// attackHome lists the known places page doc sets attacks in: those its attack reports name
// and the one it is about. reps hold each page's reports together, in order of page.
func (c *corpus) attackHome(reps []report, doc int32) []int {
	i, _ := slices.BinarySearchFunc(reps, doc, func(r report, d int32) int { return cmp.Compare(r.doc, d) })
	var out []int
	for ; i < len(reps) && reps[i].doc == doc; i++ {
		if reps[i].e.Type == dossier.Assault {
			for _, p := range c.reportPlaces(&reps[i]) {
				out = appendUnique(out, p)
			}
		}
	}
	for _, p := range c.knownMain(c.docs[doc]) {
		out = appendUnique(out, p)
	}
	return c.known(out)
}

// placeSet is 1 + the index of the set of places ps in c.placeSets, added when new (seen maps a
// set's key to its number), or 0 when ps is empty.
func (c *corpus) placeSet(seen map[string]int, ps []int) int {
	if len(ps) == 0 {
		return 0
	}
	ps = slices.Clone(ps)
	slices.Sort(ps)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(strconv.Itoa(p))
		b.WriteByte(',')
	}
	key := b.String()
	if n, ok := seen[key]; ok {
		return n
	}
	c.placeSets = append(c.placeSets, ps)
	seen[key] = len(c.placeSets)
	return len(c.placeSets)
}

// sigPlacesMeet reports whether the places two attacks' reports name can be one place (see
// placesMeet). With homes, an attack whose report names none meets any its page sets an attack
// in or is about (see attackHome), and any when its page names none; two such meet when their
// pages' places do: a page's "another 27 were killed in raids" on towns of one province joins
// no other page's raid on a town elsewhere, even through a third report that names no place
// either ("there has been no let-up in the strikes"). Without homes an attack that names no
// place meets any.
func (c *corpus) sigPlacesMeet(x, y attackSig, homes bool) bool {
	if !homes && (x.places == 0 || y.places == 0) {
		return true
	}
	if x.places == 0 && y.places == 0 {
		return x.home == 0 || y.home == 0 || x.home == y.home || c.placesMeet(c.placeSets[x.home-1], c.placeSets[y.home-1])
	}
	if x.places == 0 {
		x, y = y, x
	}
	if y.places == 0 {
		return y.home == 0 || c.placesMeet(c.placeSets[x.places-1], c.placeSets[y.home-1])
	}
	return x.places == y.places || c.placesMeet(c.placeSets[x.places-1], c.placeSets[y.places-1])
}

// join puts reports a and b, with their groups, into one happening when every attack of one
// group can be one attack with every attack of the other (see oneHappening), so a happening never
// chains rockets of one side to air strikes of the other through a report that names neither,
// nor an attack its report dates to one day to one dated to another through a report that gives
// no day of its own.
func (c *corpus) join(u unionFind, sigs attackSigs, a, b int) bool {
	return c.joinSigs(u, sigs, a, b, true, true)
}

// joinSigs is join; days says whether attacks dated to two days keep their groups apart, which
// they do not where casualty figures already tell one incident over midnight (see joinByFigures),
// and homes whether an attack told without a place is held to its page's places (see
// sigPlacesMeet), which it is not where casualty figures, set in their place by the page's
// words, already tell one incident; those figures then also tell of one day an attack told
// around a place and one told in it without a kind (see Attacks.aroundApart).
func (c *corpus) joinSigs(u unionFind, sigs attackSigs, a, b int, days, homes bool) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	for _, x := range sigs[ra] {
		for _, y := range sigs[rb] {
			if !c.attacks.oneAttack(x.kind, x.by, y.kind, y.by, x.outlet != y.outlet) || c.attacks.twoOwnSides(x.kind, x.by, x.own, y.kind, y.by, y.own) ||
				c.attacks.aroundApart(x.around, y.around, x.kind, y.kind, !homes || x.day >= 0 && x.day == y.day) || days && x.day >= 0 && y.day >= 0 && x.day != y.day || !c.sigPlacesMeet(x, y, homes) {
				return false
			}
		}
	}
	merge(u, sigs, a, b)
	return true
}

// merge puts reports a and b, with their groups, into one happening, whatever attacks they tell.
func merge(u unionFind, sigs attackSigs, a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	u.union(a, b)
	merged := sigs[ra]
	for _, y := range sigs[rb] {
		if !slices.Contains(merged, y) {
			merged = append(merged, y)
		}
	}
	delete(sigs, ra)
	delete(sigs, rb)
	if len(merged) > 0 {
		sigs[u.find(a)] = merged
	}
}

// dayString writes a day number as an ISO 8601 date.
func dayString(d int64) string {
	return time.Unix(d*86400, 0).UTC().Format("2006-01-02")
}

// happeningTime is the time of a happening: the one day its reports give, else what the days
// they give share (their month or year), so one report's stray "back in 2017" never dates it.
// When no report gives a day (exact false), the most specific time a report gives ("late in
// March"), else what its documents' dates share.
func happeningTime(specific, start, end string, exact bool) string {
	switch {
	case start == "" || !exact && specific != "":
		return specific
	case start == end:
		if strings.HasPrefix(specific, start) {
			return specific // the time of day, when a report gives it
		}
		return start
	case start[:7] == end[:7]:
		return start[:7]
	case start[:4] == end[:4]:
		return start[:4]
	}
	return ""
}

// timeCompatible reports whether two TIMEX3 values can name the same time: either is unknown, or
// they agree wherever both are specific ('X' matches anything; a shorter value is coarser).
func timeCompatible(a, b string) bool {
	if !isDate(a) || !isDate(b) {
		return true
	}
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] && a[i] != 'X' && b[i] != 'X' {
			return false
		}
	}
	return true
}

// isDate reports whether v is a calendar TIMEX3 value (2020, 2020-04, XXXX-10-02 …).
func isDate(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !(v[i] >= '0' && v[i] <= '9' || v[i] == 'X') {
			return false
		}
	}
	return len(v) == 4 || v[4] == '-'
}

// fullDate reports whether v is a day with a known year.
func fullDate(v string) bool {
	_, ok := parseDay(v)
	return ok
}

func parseDay(v string) (int64, bool) {
	if len(v) < 10 || strings.ContainsRune(v[:10], 'X') {
		return 0, false
	}
	t, ok := parseDate(v[:10])
	if !ok || len(v) > 10 && v[10] != 'T' {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// alignTime reports whether two reports' times allow one happening: compatible, or for one-off
// types two days a few days apart (which is then a time conflict).
func alignTime(a, b string, t dossier.EventType) bool {
	if timeCompatible(a, b) {
		return true
	}
	if !oneOff(t) {
		return false
	}
	da, oka := parseDay(a)
	db, okb := parseDay(b)
	return oka && okb && abs64(da-db) <= 10
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// moreSpecific reports whether TIMEX3 value a says more than b.
func moreSpecific(a, b string) bool {
	if !isDate(a) {
		return false
	}
	if !isDate(b) {
		return true
	}
	known := func(v string) int { return len(v) - strings.Count(v, "X") }
	return known(a) > known(b)
}

// knownDay reports whether a TIMEX3 value names a month and day ("2024-02-29", "XXXX-02-29").
func knownDay(v string) bool {
	if len(v) < 10 || !isDate(v) {
		return false
	}
	return !strings.ContainsRune(v[5:10], 'X')
}

// filedUndated gives each toll of heads dated by its page's dateline alone as one giving no day
// of its own: such a toll tells of the filing day or the days before, so another outlet's toll of
// the day before may be its. heads point into the documents' figures, which the conflicts read
// with their own dates, so a changed toll is a copy and the figures themselves stay as they are.
func filedUndated(heads []*casualty) []*casualty {
	for i, h := range heads {
		if h.exact && h.filed {
			undated := *h
			undated.exact = false
			heads[i] = &undated
		}
	}
	return heads
}
