package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// report is one event of one document, as the pass sees it.
type report struct {
	doc   int
	ev    int
	e     *dossier.Event
	core  []int // entity numbers of actor, target and other arguments
	actor []int // entity numbers of actor arguments
	dest  []int // entity numbers of places and destinations
	all   []int
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

func (k *Checker) reports(c *corpus) []report {
	var out []report
	for di, d := range c.docs {
		for ei := range d.a.Events {
			e := &d.a.Events[ei]
			r := report{doc: di, ev: ei, e: e}
			for _, a := range e.Args {
				id, ok := d.ent[a.Chain]
				if !ok {
					continue
				}
				n := c.entNum[id]
				r.all = appendUnique(r.all, n)
				switch {
				case placeRole(a.Role):
					r.dest = appendUnique(r.dest, n)
				default:
					r.core = appendUnique(r.core, n)
					if strings.EqualFold(a.Role, "actor") {
						r.actor = appendUnique(r.actor, n)
					}
				}
			}
			if e.Type == dossier.Travel && len(r.dest) == 0 {
				r.dest = k.travelPlaces(c, d, e.Span)
			}
			out = append(out, r)
		}
	}
	return out
}

func appendUnique(s []int, n int) []int {
	for _, x := range s {
		if x == n {
			return s
		}
	}
	return append(s, n)
}

// travelPlaces finds places inside span named right after a travel cue ("headed to X").
func (k *Checker) travelPlaces(c *corpus, d *doc, span dossier.Span) []int {
	var out []int
	text := d.a.Doc.Text
	cues := k.cues.group(k.cues.Slots, "travel")
	for _, m := range d.a.Mentions {
		if !span.Contains(m.Span) || m.Type != dossier.LOC {
			continue
		}
		id, ok := d.ent[m.Chain]
		if !ok {
			continue
		}
		before := strings.ToLower(strings.TrimRight(text[max(span.Start, m.Start-24):m.Start], " "))
		before = strings.TrimSuffix(before, " the")
		for _, cu := range cues {
			if strings.HasSuffix(before, cu) {
				out = appendUnique(out, c.entNum[id])
				break
			}
		}
	}
	return out
}

// happenings aligns reports: same type, a shared core participant, same story, compatible time.
// Reports meet only in blocks keyed by (story, type, participant); inside a block each report is
// compared with a few cluster representatives.
func (k *Checker) happenings(c *corpus, org *origins) ([]Happening, [][]report) {
	reps := k.reports(c)
	u := newUnionFind(len(reps))
	type key struct {
		story int
		typ   dossier.EventType
		ent   int
		place bool // blocked by a shared place: needs a shared day too
	}
	blocks := map[key][]int{}
	var keys []key
	for ri, r := range reps {
		ents := r.core
		if len(ents) == 0 {
			ents = r.dest
		}
		for _, e := range ents {
			kk := key{c.docs[r.doc].story, r.e.Type, e, false}
			if _, ok := blocks[kk]; !ok {
				keys = append(keys, kk)
			}
			blocks[kk] = append(blocks[kk], ri)
		}
		if len(r.core) == 0 || !knownDay(r.e.Time) {
			continue
		}
		for _, e := range r.dest {
			kk := key{c.docs[r.doc].story, r.e.Type, e, true}
			if _, ok := blocks[kk]; !ok {
				keys = append(keys, kk)
			}
			blocks[kk] = append(blocks[kk], ri)
		}
	}
	const maxReps = 8
	for _, kk := range keys {
		var heads []int
		for _, ri := range blocks[kk] {
			joined := false
			for _, h := range heads {
				if kk.place && timeCompatible(reps[h].e.Time, reps[ri].e.Time) || !kk.place && alignTime(reps[h].e.Time, reps[ri].e.Time, kk.typ) {
					u.union(h, ri)
					joined = true
					break
				}
			}
			if !joined && len(heads) < maxReps {
				heads = append(heads, ri)
			}
		}
	}
	groups := u.groups(nil)
	out := make([]Happening, 0, len(groups))
	grouped := make([][]report, 0, len(groups))
	for hi, g := range groups {
		first := reps[g[0]]
		h := Happening{ID: fmt.Sprintf("h%d", hi+1), Type: first.e.Type, Story: fmt.Sprintf("s%d", c.docs[first.doc].story+1)}
		var parts []int
		seenOrigin := map[int]bool{}
		for _, ri := range g {
			r := reps[ri]
			d := c.docs[r.doc]
			for _, e := range r.all {
				parts = appendUnique(parts, e)
			}
			if moreSpecific(r.e.Time, h.Time) {
				h.Time = r.e.Time
			}
			rep := Report{Doc: d.id, Event: r.ev, Modality: r.e.Modality, Origin: c.docs[org.of(r.doc)].id}
			for _, s := range r.e.Attribution {
				if id, ok := d.ent[s.Chain]; ok && s.Chain >= 0 {
					rep.Attribution = append(rep.Attribution, id)
				} else {
					rep.Attribution = append(rep.Attribution, s.Text)
				}
			}
			h.Reports = append(h.Reports, rep)
			seenOrigin[org.of(r.doc)] = true
		}
		for _, e := range parts {
			h.Participants = append(h.Participants, c.entIDs[e])
		}
		sort.Strings(h.Participants)
		h.Origins = len(seenOrigin)
		h.Fatalities = fatalities(reps, g)
		out = append(out, h)
		grouped = append(grouped, pick(reps, g))
	}
	return out, grouped
}

// fatalities is the range of the dead the reports of a happening give (see FatalitiesOf).
func fatalities(reps []report, idx []int) *Fatalities {
	evs := make([]dossier.Event, 0, len(idx))
	for _, ri := range idx {
		evs = append(evs, *reps[ri].e)
	}
	return FatalitiesOf(evs)
}

// FatalitiesOf is the range of the dead that events, each one report, give: each event's whole
// count of the dead (not of its children or women, not a running total), the revised one when
// its sentence revises it; nil when none gives one.
func FatalitiesOf(evs []dossier.Event) *Fatalities {
	var out *Fatalities
	for _, ev := range evs {
		var best *dossier.Figure
		for fi := range ev.Figures {
			f := &ev.Figures[fi]
			if f.Counts != "killed" || f.Total || f.Who == "children" || f.Who == "women" {
				continue
			}
			if best == nil || f.Update && !best.Update {
				best = f
			}
		}
		if best == nil {
			continue
		}
		hi, open := best.Low, best.High == nil
		if best.High != nil {
			hi = *best.High
		}
		if out == nil {
			out = &Fatalities{Low: best.Low, High: hi, Open: open}
			continue
		}
		out.Low = min(out.Low, best.Low)
		if hi > out.High || hi == out.High && open {
			out.High, out.Open = hi, open
		}
	}
	return out
}

func pick(reps []report, idx []int) []report {
	out := make([]report, len(idx))
	for i, x := range idx {
		out[i] = reps[x]
	}
	return out
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
