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
// side is quoted once, by the first report of an outlet that says it.
func (k *Checker) culpritConflict(c *corpus, org *origins, reps []report, story int, what string, about []string, add addFunc) {
	if len(reps) < 2 || reps[0].e.Type != dossier.Assault {
		return
	}
	var sides []side
	var says []saying
	var seen []culprit
	kind := ""        // the most specific kind a report names
	twoKinds := false // reports name kinds that cannot be one: what hit is in dispute too
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
		cu := culprit{side: k.attacks.sideOf(r.kind, r.by)}
		if cu.side == stateSide {
			cu.force = r.force
		}
		at := cu.among(seen, c.isCountry)
		if cu.side == "" || at >= 0 && (cu.force == "" || seen[at].force != "") {
			continue
		}
		say := sideName(cu.side, cu.force)
		if acts := c.deedActors(r); len(acts) > 0 {
			say = c.names(acts) + " (" + say + ")"
		}
		if at >= 0 {
			// The report names the force of a side another only names: it says more, and
			// stands for both.
			seen[at], sides[at], says[at] = cu, culpritSide(c, r), saying{c.docs[r.doc].sourceName(), say}
			continue
		}
		seen = append(seen, cu)
		sides = append(sides, culpritSide(c, r))
		says = append(says, saying{c.docs[r.doc].sourceName(), say})
	}
	if len(sides) < 2 || !distinctOrigins(org, sides) || len(about) == 0 {
		return
	}
	// The attack is named by the kind its reports name ("the shelling in Belvar").
	if noun := "the " + eventNoun(dossier.Assault); kind != "" && !twoKinds && strings.HasPrefix(what, noun) {
		what = "the " + kind + what[len(noun):]
	}
	add(story, KindActor, about, sides, fmt.Sprintf("who carried out %s: %s", what, sayLine(says)))
}

// campaign reports whether an attack is told only by running totals ("air strikes have killed
// thousands since 2015"): a war's or a campaign's deeds, whose doer says nothing of who carried
// out one incident. The figures of the attack's own sentence decide when it states any: a toll
// of the next sentence the event also carries does not make a war's total one incident's.
func campaign(e *dossier.Event) bool {
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
	if r.e.By == "" {
		for _, f := range r.e.Figures {
			if f.By != "" {
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
