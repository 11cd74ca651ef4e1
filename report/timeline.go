package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/export"
)

// span is a stretch of time [From, To) as days since 1 January of year 1 (the proleptic
// Gregorian calendar), so that a year, a season, a month and a day all become bars.
type span struct {
	From, To float64
}

// timeline holds the happenings placed in time: those with a year, those whose year the text
// does not give (placed within a year of unknown number), and those that cannot be placed.
type timeline struct {
	Dated    []timeItem
	Undated  []timeItem // XXXX-MM, XXXX-MM-DD: drawn on a January–December axis
	Unplaced []timeItem // weekday only, PRESENT_REF and such
}

type timeItem struct {
	ID, Type, Value, Mod, Precision string
	Label                           string // participants, shortened
	Origins                         int
	Reports                         int // how many reports tell it, in all documents
	Span                            span
	Cite                            cite
	// Published is true when no report's text gives this time: it is what the dates of the
	// reporting documents share, which "dossier events" shows as "undated; reported …".
	Published bool
}

// parseValue reads a TIMEX3 date value. yearKnown is false for XXXX-MM and XXXX-MM-DD, whose
// span is then taken within year 1 (not a leap year), to be drawn on a month axis; ok is false for
// what cannot be placed at all.
func parseValue(v string) (s span, yearKnown, ok bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	parts := strings.Split(v, "-")
	if len(parts[0]) != 4 {
		return span{}, false, false
	}
	yearKnown = parts[0] != "XXXX"
	year := 1
	if yearKnown {
		if y, err := strconv.Atoi(parts[0]); err == nil && y > 0 {
			year = y
		} else if n, err := strconv.Atoi(strings.TrimRight(parts[0], "X")); err == nil && strings.Count(parts[0], "X") < 4 {
			// 199X is a decade, 19XX a century.
			width := 1
			for range strings.Count(parts[0], "X") {
				width *= 10
			}
			return span{days(n*width, 1, 1), days(n*width+width, 1, 1)}, true, len(parts) == 1
		} else {
			return span{}, false, false
		}
	}
	if len(parts) == 1 {
		return span{days(year, 1, 1), days(year+1, 1, 1)}, yearKnown, yearKnown
	}
	p := parts[1]
	switch {
	case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
		q := int(p[1] - '0')
		return span{days(year, 3*q-2, 1), days(year, 3*q+1, 1)}, yearKnown, true
	case len(p) == 2 && (p == "H1" || p == "H2"):
		h := int(p[1] - '0')
		return span{days(year, 6*h-5, 1), days(year, 6*h+1, 1)}, yearKnown, true
	case p == "SP", p == "SU", p == "FA", p == "WI":
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p]
		return span{days(year, start, 1), days(year, start+3, 1)}, yearKnown, true
	case len(p) == 3 && p[0] == 'W' && yearKnown:
		w, err := strconv.Atoi(p[1:])
		if err != nil || w < 1 || w > 53 {
			return span{}, false, false
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		from := days(monday.Year(), int(monday.Month()), monday.Day())
		to := from + 7
		if len(parts) == 3 {
			if d, err := strconv.Atoi(parts[2]); err == nil && d >= 1 && d <= 7 {
				from, to = from+float64(d-1), from+float64(d)
			}
		}
		return span{from, to}, true, true
	}
	month, err := strconv.Atoi(p)
	if err != nil || month < 1 || month > 12 {
		return span{}, false, false
	}
	if len(parts) == 2 {
		return span{days(year, month, 1), days(year, month+1, 1)}, yearKnown, true
	}
	day, err := strconv.Atoi(parts[2])
	if err != nil || day < 1 || day > 31 {
		return span{}, false, false
	}
	from := days(year, month, day)
	return span{from, from + 1}, yearKnown, true
}

// days counts days from 1 January of year 1 to the date; months past 12 roll into the next year.
func days(year, month, day int) float64 {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	// Unix seconds, since a time.Duration cannot span two thousand years.
	return float64((t.Unix() - time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()) / 86400)
}

// narrow applies a TIMEX3 mod: START, MID and END (and EARLY, LATE) keep a third of the span.
func narrow(s span, mod string) span {
	third := (s.To - s.From) / 3
	switch mod {
	case "START", "EARLY":
		return span{s.From, s.From + third}
	case "MID":
		return span{s.From + third, s.To - third}
	case "END", "LATE":
		return span{s.To - third, s.To}
	}
	return s
}

// dateOf turns days since 1 January of year 1 back into a date, for axis labels.
func dateOf(d float64) time.Time {
	return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(d))
}

func buildTimeline(hs []dossier.Happening, byID map[string]*docView, name func(string) string) timeline {
	var t timeline
	for _, h := range hs {
		if h.Time == "" {
			continue
		}
		item := timeItem{ID: h.ID, Type: string(h.Type), Value: h.Time, Precision: export.Precision(h.Time), Origins: h.Origins,
			Reports: len(h.Reports)}
		var names []string
		for _, p := range h.Participants {
			if len(names) == 3 {
				names = append(names, "…")
				break
			}
			names = append(names, name(p))
		}
		item.Label = strings.Join(names, ", ")
		// The mod and the citation come from the first report that gives this time.
		item.Published = byPublication(h, byID)
		for _, r := range h.Reports {
			d := byID[r.Doc]
			if d == nil || r.Event < 0 || r.Event >= len(d.a.Events) {
				continue
			}
			ev := d.a.Events[r.Event]
			if ev.Time != h.Time && item.Cite.Doc != nil {
				continue
			}
			item.Cite = citeOf(d, ev.Span)
			if ev.Time == h.Time {
				item.Mod = modOf(d.a, ev)
				break
			}
		}
		s, yearKnown, ok := parseValue(h.Time)
		switch {
		case !ok:
			t.Unplaced = append(t.Unplaced, item)
		case !yearKnown:
			item.Span = narrow(s, item.Mod)
			t.Undated = append(t.Undated, item)
		default:
			item.Span = narrow(s, item.Mod)
			t.Dated = append(t.Dated, item)
		}
	}
	order := func(x, y timeItem) int {
		return cmp.Or(cmp.Compare(x.Span.From, y.Span.From), cmp.Compare(x.Span.To, y.Span.To))
	}
	slices.SortStableFunc(t.Dated, order)
	slices.SortStableFunc(t.Undated, order)
	return t
}

// precision is the item's precision, followed by ", publication date" when no report's text
// gives the time.
func (it timeItem) precision() string { return notedPrecision(it.Precision, it.Published) }

// notedPrecision is precision, followed by ", publication date" when published: when the time
// is only what the dates of the reporting documents share.
func notedPrecision(precision string, published bool) string {
	if published {
		return precision + ", publication date"
	}
	return precision
}

// byPublication reports whether a happening's time is only what the dates of its documents
// share: none of its reports' texts gives a time that agrees with it.
func byPublication(h dossier.Happening, byID map[string]*docView) bool {
	if h.Time == "" {
		return false
	}
	for _, r := range h.Reports {
		d := byID[r.Doc]
		if d == nil || r.Event < 0 || r.Event >= len(d.a.Events) {
			continue
		}
		t := d.a.Events[r.Event].Time
		if t != "" && (strings.HasPrefix(t, h.Time) || strings.HasPrefix(h.Time, t)) {
			return false
		}
	}
	return true
}

// modOf finds the mod of the time expression that gave an event its time: one with the same
// value inside the event's clause, else anywhere in the document.
func modOf(a *dossier.Analysis, ev dossier.Event) string {
	mod := ""
	for _, tx := range a.Timexes {
		if tx.Value != ev.Time {
			continue
		}
		if ev.Span.Contains(tx.Span) {
			return tx.Mod
		}
		if mod == "" {
			mod = tx.Mod
		}
	}
	return mod
}

func citeOf(d *docView, sp dossier.Span) cite {
	c := cite{Doc: d}
	for i, s := range d.a.Doc.Sentences {
		if s.Start <= sp.Start && sp.Start < max(s.End, s.Start+1) {
			c.Sentence = i + 1
			d.cited[i+1] = true
			break
		}
	}
	return c
}
