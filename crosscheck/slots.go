package crosscheck

import (
	"fmt"
	"strings"

	"github.com/dossier-project/dossier"
)

// slotView gathers what the reports of one happening say, so each slot (cause, place, denial,
// time, actor) can be compared by a function of its own with the same wording of the happening.
type slotView struct {
	c     *corpus
	reps  []report
	story int
	typ   dossier.EventType
	noun  string
	// actors, targets, others and dests are the entity numbers the reports name in each role;
	// targets falls back to others when no report names a target.
	actors, targets, others, dests []int
	// who is whom the happening is told of, about the entities a conflict on it is about, and
	// what the phrase naming it ("the dismissal of X").
	who   []int
	about []string
	what  string
}

// newSlotView reads the roles of the reports of one happening and words it once for every slot.
func newSlotView(c *corpus, reps []report) *slotView {
	v := &slotView{c: c, reps: reps, story: c.docs[reps[0].doc].story, typ: reps[0].e.Type}
	v.collectRoles()
	v.noun = eventNoun(v.typ)
	if len(v.targets) == 0 {
		v.targets = v.others
	}
	v.about = c.about(v.targets, v.actors, v.others)
	v.who = v.targets
	if v.typ == dossier.Travel || len(v.who) == 0 {
		v.about = c.about(v.actors, v.targets, v.others)
		v.who = append(append([]int(nil), v.actors...), v.targets...)
	}
	v.what = v.phrase()
	return v
}

// collectRoles gathers the entities every report names as actor, target, other argument and
// place, each once, in the order they first come. Who denies a part in the happening, in the
// sentence of a report of it ("the Front denied any involvement in Tuesday's bombing"), is not
// whom it befell.
func (v *slotView) collectRoles() {
	c := v.c
	for _, r := range v.reps {
		for _, e := range r.actor {
			v.actors = appendUnique(v.actors, e)
		}
		denier := -1
		if sp := reportSide(c, r).span; c.docs[r.doc].denyAt(sp) {
			denier = c.denierAt(c.docs[r.doc], sp)
		}
		for _, a := range r.e.Args {
			if n, ok := c.docs[r.doc].ent.at(int(a.Chain)); ok && n != denier && strings.EqualFold(c.str(a.role), "target") {
				v.targets = appendUnique(v.targets, n)
			}
		}
		for _, e := range without(r.core, r.actor) {
			if e != denier {
				v.others = appendUnique(v.others, e)
			}
		}
		for _, e := range r.dest {
			v.dests = appendUnique(v.dests, e)
		}
	}
}

// phrase names the happening for a summary by the most telling role it has: "the attack on X",
// "the visit of Y".
func (v *slotView) phrase() string {
	what := "the " + v.noun
	switch {
	case len(v.who) > 0 && v.typ != dossier.Assault:
		what += " of " + v.c.names(v.who)
	case len(v.targets) > 0:
		what += " on " + v.c.names(v.targets)
	case len(v.dests) > 0:
		what += " in " + v.c.names(v.dests)
	case len(v.actors) > 0:
		what += " by " + v.c.names(v.actors)
	}
	return what
}

// src is the name of the source of a report, as a summary quotes it.
func (v *slotView) src(r report) string { return v.c.docs[r.doc].sourceName() }

// tentative reports whether a report tells of something that may or will happen, which gives
// nothing to set against what another report says happened.
func tentative(r report) bool {
	return r.e.Modality == dossier.Future || r.e.Modality == dossier.Uncertain
}

// disagreeing keeps, in order, the reports that pass keep and differ from every report kept
// before them; the first that passes is always kept. Two or more kept make a conflict.
func disagreeing(reps []report, keep func(r report) bool, differ func(kept, r report) bool) []report {
	var out []report
	for _, r := range reps {
		if !keep(r) {
			continue
		}
		clash := true
		for _, o := range out {
			if !differ(o, r) {
				clash = false
			}
		}
		if clash {
			out = append(out, r)
		}
	}
	return out
}

// sidesOf gives the side and the saying of each report; say words what the report says.
func (v *slotView) sidesOf(reps []report, say func(r report) string) ([]side, []saying) {
	var sides []side
	var says []saying
	for _, r := range reps {
		sides = append(sides, reportSide(v.c, r))
		says = append(says, saying{v.src(r), say(r)})
	}
	return sides, says
}

// causeConflict reports reasons for the happening that share no content word, given in the
// reports' own clauses or, once one is, in sentences of their documents that name it.
func (v *slotView) causeConflict(k *Checker, add addFunc) {
	c := v.c
	var causes []cause
	addCause := func(sd side, txt string) {
		ws := c.lang().contentWords(txt)
		if len(ws) == 0 {
			return
		}
		for i := range causes {
			if overlaps(causes[i].words, ws) {
				return
			}
		}
		causes = append(causes, cause{ws, sd, txt})
	}
	withCause := map[int]bool{}
	for _, r := range v.reps {
		if tentative(r) {
			continue // "it remains unclear why …" gives no reason to set against another
		}
		if txt := k.reasonOf(c, r); txt != "" {
			addCause(reportSide(c, r), txt)
			withCause[int(r.doc)] = true
		}
	}
	if len(causes) > 0 {
		// A document may give the reason in a sentence of its own that names the happening
		// with a noun or another verb form ("the decision to sack X was justified by …").
		for _, sc := range k.sentenceCauses(c, v.reps, v.who, withCause) {
			addCause(sc.side, sc.text)
		}
	}
	if len(causes) < 2 {
		return
	}
	var sides []side
	var says []saying
	for _, cl := range causes {
		sides = append(sides, cl.side)
		says = append(says, saying{c.docs[cl.side.doc].sourceName(), fmt.Sprintf("%q", cl.text)})
	}
	add(v.story, KindCause, v.about, sides, fmt.Sprintf("why %s happened: %s", v.what, sayLine(says)))
}

// placeConflict reports destinations, or places of a travel, that do not meet, told by
// different documents: one page naming a region in one sentence and a country of it in the next
// does not dispute itself, and a city is no other place than its country.
func (v *slotView) placeConflict(add addFunc) {
	kept := disagreeing(v.reps,
		func(r report) bool {
			return len(r.dest) > 0 && (v.typ == dossier.Travel || hasRole(v.c, r.e, "destination"))
		},
		func(o, r report) bool { return o.doc != r.doc && disjoint(o.dest, r.dest) && !v.within(o.dest, r.dest) })
	if len(kept) < 2 {
		return
	}
	var allDest []int
	for _, r := range kept {
		allDest = append(allDest, r.dest[0])
	}
	sides, says := v.sidesOf(kept, func(r report) string { return v.c.names(r.dest) })
	add(v.story, KindPlace, v.c.ids(v.who[:min(1, len(v.who))], allDest), sides,
		fmt.Sprintf("where %s went: %s", v.c.names(v.who), sayLine(says)))
}

// within reports whether the places of a lie within those of b or the other way round in the
// place hierarchy (a city and its country), when both name places it knows.
func (v *slotView) within(a, b []int) bool {
	pa, pb := v.c.placesOf(a), v.c.placesOf(b)
	return len(pa) > 0 && len(pb) > 0 && v.c.placesMeet(pa, pb)
}

// timeConflict reports two known days of the happening that differ, told by reports set in one
// scene (see oneScene) whose texts state their days: a day only the page's date gives is when
// the report was filed, not what it says of the happening.
func (v *slotView) timeConflict(add addFunc) {
	kept := disagreeing(v.reps,
		func(r report) bool { return fullDate(r.e.Time) && v.c.docs[r.doc].statesDay(r.e) },
		func(o, r report) bool { return !timeCompatible(o.e.Time, r.e.Time) && v.c.oneScene(&o, &r) })
	if len(kept) < 2 {
		return
	}
	sides, says := v.sidesOf(kept, func(r report) string { return r.e.Time })
	add(v.story, KindTime, v.about, sides, fmt.Sprintf("when %s happened: %s", v.what, sayLine(says)))
}

// actorConflict reports who did it, when two documents of different origins name different
// actors and neither names the other's. Two names of one actor or of one state's side (see
// shareActor) are no dispute, nor two reports each of whose actor is the other's target: those
// tell two deeds, an attack and the answer to it (see rolesSwapped).
func (v *slotView) actorConflict(org *origins, add addFunc) {
	kept := disagreeing(v.reps,
		func(r report) bool { return len(r.actor) > 0 && !tentative(r) && r.e.Modality != dossier.Denied },
		func(o, r report) bool {
			return o.doc != r.doc && disjoint(o.actor, r.all) && disjoint(r.actor, o.all) &&
				!v.c.shareActor(o.actor, r.actor) && !v.c.rolesSwapped(&o, &r)
		})
	if len(kept) < 2 {
		return
	}
	sides, says := v.sidesOf(kept, func(r report) string { return v.c.names(r.actor) })
	if !actorMatters(v.typ) || !distinctOrigins(org, sides) {
		return
	}
	tgt := v.targets
	for _, r := range kept {
		tgt = without(tgt, r.actor)
	}
	add(v.story, KindActor, v.c.about(tgt, v.actors), sides, fmt.Sprintf("who carried out %s: %s", v.what, sayLine(says)))
}

// denialConflict reports the first report that denies what another, from another outlet, tells. The denier is the actor named before the deny cue.
func (v *slotView) denialConflict(add addFunc) {
	c := v.c
	for _, r := range v.reps {
		if r.e.Modality != dossier.Denied {
			continue
		}
		denier := c.denierAt(c.docs[r.doc], reportSide(c, r).span)
		if denier < 0 {
			// A negation is not a denial of someone else's account, and a denial no one named
			// makes is none: "they would have denied the dictator an opportunity".
			continue
		}
		best := v.deniedTeller(r, denier)
		if best == nil {
			return
		}
		doers := best.actor
		if len(doers) == 0 {
			doers = r.actor
		}
		whom := []int{denier}
		deniedBy := c.name(c.entIDs[denier]) + " denies it"
		add(v.story, KindDenial, c.about(append(whom, doers...), about2int(c, v.about)), []side{reportSide(c, *best), reportSide(c, r)},
			fmt.Sprintf("%s: %s", v.deniedHead(whom, doers), sayLine([]saying{{v.src(*best), "it happened"}, {v.src(r), deniedBy}})))
		return
	}
}

// deniedTeller picks the report that tells what r denies: one that says it happened, from
// another outlet (a claim and its denial in one outlet's reports are its account, told with the
// events' modality, not a disagreement between sources), not in a denial's sentence, the one
// sharing an entity with r if any. An accusation is denied
// only by the one it accuses ("the Front denied any involvement and accused the army" denies no
// accusation of the army). A denier that denies its own doing ("the Front denied any role in the
// explosion") is set only against a report that names it the doer: one that tells the explosion
// and names no doer, or another, does not say what it denies. So does a denial that names no
// doer when its document has the denier deny its own part ("Front denies Kestrava bombing" over
// "the Front denied any role in the explosion"). Nil when there is none.
func (v *slotView) deniedTeller(r report, denier int) *report {
	var best *report
	own := containsInt(r.actor, denier) || len(r.actor) == 0 && v.deniesOwn(r.doc, denier)
	for i := range v.reps {
		o := &v.reps[i]
		if o.e.Modality == dossier.Denied || tentative(*o) {
			continue
		}
		if !v.c.apart(int(o.doc), int(r.doc)) || v.c.docs[o.doc].denyAt(reportSide(v.c, *o).span) {
			continue // a report in a denial's sentence tells no one did it ("X denied any role in the raid")
		}
		if v.typ == dossier.Accuse && !containsInt(without(o.core, o.actor), denier) {
			continue
		}
		if own && v.typ != dossier.Accuse && !containsInt(o.actor, denier) {
			continue
		}
		if best == nil || !disjoint(o.core, r.core) && disjoint(best.core, r.core) {
			best = o
		}
	}
	return best
}

// deniesOwn reports whether a report of document d denies that denier took part in it.
func (v *slotView) deniesOwn(d int32, denier int) bool {
	for _, o := range v.reps {
		if o.doc == d && o.e.Modality == dossier.Denied && containsInt(o.actor, denier) {
			return true
		}
	}
	return false
}

// deniedHead names what is denied: the accusation against whom, or the happening by its doers.
func (v *slotView) deniedHead(whom, doers []int) string {
	c := v.c
	switch {
	case v.typ == dossier.Accuse:
		if len(doers) > 0 {
			return fmt.Sprintf("the accusation by %s against %s", c.names(doers), c.names(whom))
		}
		return fmt.Sprintf("the accusation against %s", c.names(whom))
	case len(doers) > 0:
		return fmt.Sprintf("the %s by %s", v.noun, c.names(doers))
	}
	return v.what
}

// oneScene reports whether two reports that give different days tell one happening on their own
// terms, not only through the others of their happening: of two documents, and, unless the
// happening is one of a kind that happens once to someone (a dismissal), both naming a place
// finer than a country, places that meet in the hierarchy, and for attacks kinds and sides that
// can be one attack's. A report of a strike in one town and one of barrel bombs on a town it
// does not name, a day apart, tell two attacks, not a dispute about one attack's day.
func (c *corpus) oneScene(a, b *report) bool {
	if a.doc == b.doc {
		return false
	}
	if oneOff(a.e.Type) {
		return true
	}
	pa, pb := c.reportPlaces(a), c.reportPlaces(b)
	if len(pa) == 0 || len(pb) == 0 || !c.placesMeet(pa, pb) {
		return false
	}
	return a.e.Type != dossier.Assault || c.attacks.oneAttack(a.kind, a.by, b.kind, b.by, c.apart(int(a.doc), int(b.doc)))
}

// statesDay reports whether the text gives event e its day: a time expression running into its
// clause or sentence ("On Friday, when …"), other than a dateline's date, has that day. A day
// taken from the dateline or the page's date alone is the day the report was filed.
func (d *doc) statesDay(e *passEvent) bool {
	return d.statesDayIn(e.Time, d.eventSentence(e))
}

// eventSentence is the span of event e with the sentence of its trigger.
func (d *doc) eventSentence(e *passEvent) dossier.Span {
	sp := e.Span
	if s := sentenceAt(d, e.Trigger.Start); s.End > s.Start {
		sp = dossier.Span{Start: min(sp.Start, s.Start), End: max(sp.End, s.End)}
	}
	return sp
}

// statesDayIn reports whether a time expression running into span, other than a dateline's
// date, names the day of TIMEX3 value t.
func (d *doc) statesDayIn(t string, sp dossier.Span) bool {
	day, ok := dayPrefix(t)
	if !ok {
		return false
	}
	for i := range d.ts {
		tx := &d.ts[i]
		if !tx.Dateline && int(tx.start) < sp.End && sp.Start < int(tx.end) && strings.HasPrefix(d.value(tx), day) {
			return true
		}
	}
	return false
}

// filedDay reports whether the day of TIMEX3 value t, given to what span tells, comes from the
// page's dateline alone: a dateline names it and no other time expression of span does.
func (d *doc) filedDay(t string, sp dossier.Span) bool {
	day, ok := dayPrefix(t)
	if !ok || d.statesDayIn(t, sp) {
		return false
	}
	for i := range d.ts {
		tx := &d.ts[i]
		if tx.Dateline && strings.HasPrefix(d.value(tx), day) {
			return true
		}
	}
	return false
}

// dayPrefix is the YYYY-MM-DD of a TIMEX3 value that names a full day.
func dayPrefix(v string) (string, bool) {
	if !fullDate(v) {
		return "", false
	}
	return v[:len("2006-01-02")], true
}
