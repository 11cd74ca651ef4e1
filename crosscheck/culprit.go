package crosscheck

import (
	"fmt"
	"strings"

	"github.com/dossier-project/dossier"
)

// sideNames is how a summary names the sides an attack is put down to (see Attacks.sideOf).
var sideNames = map[string]string{"state": "state forces", "armed group": "an armed group"}

// culpritConflict reports an attack whose outlets put it down to different sides: one report
// says state forces fired the shells, another an armed group. It reads only the kind and side
// stored with each report's event and figures, so it needs no blame sentence; the reports of
// one happening name one kind of attack when they name two sides (see Attacks.oneAttack). Each
// side is quoted by the first report of each outlet that says it, up to maxPerSide outlets.
func (k *Checker) culpritConflict(c *corpus, org *origins, reps []report, story int, what string, about []string, add addFunc) {
	if len(reps) < 2 || reps[0].e.Type != dossier.Assault {
		return
	}
	camps, kind, twoKinds := k.culpritCamps(c, reps)
	if len(camps) < 2 || len(about) == 0 {
		return
	}
	var sides, heads []side
	var says []saying
	for _, cp := range camps {
		heads = append(heads, cp.sides[0])
		sides = append(sides, cp.sides...)
		for _, src := range cp.sources {
			says = append(says, saying{src, cp.say})
		}
	}
	if !distinctOrigins(org, heads) {
		return
	}
	// The attack is named by the kind its reports name ("the shelling in Belvar").
	if noun := "the " + eventNoun(dossier.Assault); kind != "" && !twoKinds && strings.HasPrefix(what, noun) {
		what = "the " + kind + what[len(noun):]
	}
	add(story, KindActor, about, sides, fmt.Sprintf("who carried out %s: %s", what, sayLine(says)))
}

// maxPerSide bounds the outlets quoted for one side of a culprit dispute.
const maxPerSide = 4

// culpritCamp is one side an attack is put down to, with the outlets that say so: what they
// say, and the sentence of each.
type culpritCamp struct {
	say     string
	sides   []side
	sources []string
}

// culpritCamps puts the reports of one attack into camps by the side they put it down to, in
// order of first report. A report that names the force of a side the camp's outlets so far only
// name says more: the camp is its alone from then on. It returns too the most specific kind of
// attack the reports name, and whether they name kinds that cannot be one attack.
func (k *Checker) culpritCamps(c *corpus, reps []report) (camps []*culpritCamp, kind string, twoKinds bool) {
	var seen []culprit
	for _, r := range reps {
		if k.attacks.sameKind(r.kind, r.kind) && kind != "" && !k.attacks.kindsMeet(r.kind, kind) {
			twoKinds = true
		}
		if k.attacks.sameKind(r.kind, r.kind) && (kind == "" || k.attacks.within(r.kind, kind)) {
			kind = r.kind
		}
		if r.e.Modality == dossier.Future || r.e.Modality == dossier.Uncertain || r.e.Modality == dossier.Denied || campaign(r.e) {
			continue
		}
		cu, sd, ok := k.reportCulprit(c, r, reps)
		if !ok {
			continue
		}
		src := c.docs[r.doc].sourceName()
		at := cu.among(seen, c.isCountry)
		switch {
		case at < 0:
			seen = append(seen, cu)
			camps = append(camps, newCamp(c, r, cu, sd, src))
		case cu.force != "" && seen[at].force == "":
			// The camp's outlets so far name no force: they do not say the one this report
			// names, which stands for the camp alone.
			seen[at] = cu
			camps[at] = newCamp(c, r, cu, sd, src)
		case cu.force == "" && seen[at].force != "":
			// A report that names no force does not say the force the camp names.
		case !containsString(camps[at].sources, src) && len(camps[at].sources) < maxPerSide:
			camps[at].sides = append(camps[at].sides, sd)
			camps[at].sources = append(camps[at].sources, src)
		}
	}
	return camps, kind, twoKinds
}

// culpritSay is how a summary says whom a report puts its attack down to: the side, with the
// actors its deed names before it.
func culpritSay(c *corpus, r report, cu culprit) string {
	say := sideName(cu.side, cu.force)
	if acts := c.deedActors(r); len(acts) > 0 {
		say = c.names(acts) + " (" + say + ")"
	}
	return say
}

// newCamp is the camp of the side cu, as report r of outlet src puts its attack down to it in
// the sentence sd.
func newCamp(c *corpus, r report, cu culprit, sd side, src string) *culpritCamp {
	return &culpritCamp{say: culpritSay(c, r, cu), sides: []side{sd}, sources: []string{src}}
}

// reportCulprit is whom report r of the attack told by reps puts it down to, with the sentence
// that says so: the side its words say did it (see Attacks.sideOf), else the side its
// document's accusations blame (see accusedSide).
func (k *Checker) reportCulprit(c *corpus, r report, reps []report) (culprit, side, bool) {
	cu := culprit{side: k.attacks.sideOf(r.kind, r.by)}
	if cu.side != "" {
		if cu.side == stateSide {
			cu.force = r.force
		}
		return cu, culpritSide(c, r), true
	}
	cu, at, ok := accusedSide(c, r, reps)
	return cu, side{int(r.doc), at}, ok
}

// campaign reports whether an attack is told only by running totals ("air strikes have killed
// thousands since 2015"): a war's or a campaign's deeds, whose doer says nothing of who carried
// out one incident. The figures of the attack's own sentence decide when it states any: a toll
// of the next sentence the event also carries does not make a war's total one incident's.
func campaign(e *passEvent) bool {
	own, total := 0, 0
	for _, f := range e.Figures {
		if f.Start >= e.Start && f.End <= e.End {
			own++
			if f.Total {
				total++
			}
		}
	}
	if own > 0 {
		return total == own
	}
	for _, f := range e.Figures {
		if !f.Total {
			return false
		}
	}
	return len(e.Figures) > 0
}

// stateSide is the side state forces are on (see sideNames).
const stateSide = "state"

// culprit is whom a report puts an attack down to: a side, and the state or force it names.
type culprit struct {
	side, force string
}

// among is the index of the culprit of seen that cu does not set itself against: the same side,
// and the same force, or one of them naming none, or one naming a country and the other a force
// of several states ("the coalition"), which may hold it; -1 when there is none.
func (cu culprit) among(seen []culprit, country func(string) bool) int {
	for i, o := range seen {
		if o.side != cu.side {
			continue
		}
		if o.force == "" || cu.force == "" || dossier.SameForce(o.force, cu.force) || country(o.force) != country(cu.force) {
			return i
		}
	}
	return -1
}

// isCountry reports whether a force's name is a country's (see words.nation).
func (c *corpus) isCountry(force string) bool {
	_, ok := c.lang().nation[strings.ToLower(force)]
	return ok
}

// sideName is how a summary names a side, and the force it names when it names one: "state
// forces (Russia)".
func sideName(side, force string) string {
	say := sideNames[side]
	if say == "" {
		say = side
	}
	if force != "" {
		say += " (" + force + ")"
	}
	return say
}

// culpritSide is the sentence that says whose side did a report's attack: the event's own,
// else that of the first of its figures that names the side.
func culpritSide(c *corpus, r report) side {
	if r.e.by == 0 {
		for _, f := range r.e.Figures {
			if f.by != 0 {
				return side{int(r.doc), f.Span}
			}
		}
	}
	return reportSide(c, r)
}

// deedActors are the named actors a report's stored deed claim says did its attack (see
// claim.Reader: read from the parse), without places other than those that act; none when the
// report names no one.
func (c *corpus) deedActors(r report) []int {
	d := c.docs[r.doc]
	cl := d.eventClaim(dossier.ClaimDeed, int(r.ev))
	if cl == nil {
		return nil
	}
	var out []int
	for _, p := range cl.About {
		if e := c.partyEnt(d, p); c.acting(e) {
			out = appendUnique(out, e)
		}
	}
	return c.withoutSetting(out, append(r.dest, sentencePlaces(c, d, cl.Span)...))
}

// acting reports whether entity e, named by a claim as who did, blames or is blamed, is an actor:
// no place, or a country, which the claim names in an acting role (the parse's subject, agent or
// accused: "Turkey shelled …", "blamed Russia"). Towns, camps and markets act not.
func (c *corpus) acting(e int) bool {
	if e < 0 {
		return false
	}
	return c.place(e, c.entType[e]) < 0 || c.entType[e] == dossier.LOC && c.places.country(c.entName[e])
}

// withoutSetting drops from actors the places that hold another of places: a country the attack
// happened in is where it was, not who did it (a page's "Tags Norland Brenton" read as the
// subject of "air strikes on Brenton").
func (c *corpus) withoutSetting(actors, places []int) []int {
	var out []int
	for _, e := range actors {
		if c.entType[e] != dossier.LOC || !c.holdsAny(e, places) {
			out = append(out, e)
		}
	}
	return out
}

// holdsAny reports whether place entity e holds another of places: naming itself does not make
// a country the setting ("Norland shelled Brenton" read with Norland among the sentence's places).
func (c *corpus) holdsAny(e int, places []int) bool {
	n := c.placeNode(e)
	if n == nil {
		return false
	}
	for _, p := range places {
		if q := c.placeNode(p); p != e && q != nil && q != n && q.within(n) {
			return true
		}
	}
	return false
}
