package export

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/timeline"
)

// CSVHeader is the first row of the CSV export.
var CSVHeader = []string{"event_id", "date", "date_precision", "type", "actors", "targets", "place",
	"sources", "documents", "independent_sources", "fatalities", "modality", "notes", "fatalities_low",
	"fatalities_high", "time_of_day"}

// CSV writes one row per happening, in the manner of an event table: when (the calendar part of
// its TIMEX3 value, which a spreadsheet reads as a date, and how precise the value is), what, who
// did it to whom and where, which sources and documents tell it, how many independent origins
// they come from, how many dead they give (a range across sources: "12-21", "21+" when the
// highest is a least; the lowest and the highest again as plain numbers after the notes), how
// they tell it, the conflicts that touch it, and last the part of the day or the hour the value
// gives ("night", "14:30"). Lists inside a cell are separated by ";"; a cell that would begin
// like a formula starts with an apostrophe (Cell). Before the cross-document pass has run (the
// corpus gives no document an origin) every event is a row of its own, counted as one origin.
func CSV(w io.Writer, analyses []*dossier.Analysis, corpus *dossier.Corpus) error {
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	t := newCSVTable(analyses, corpus)
	hs := corpus.Happenings
	if len(corpus.Origins) == 0 {
		hs = append(hs, t.eventHappenings()...)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, h := range hs {
		if err := cw.Write(Cells(t.row(h))); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	return nil
}

// csvTable holds what the rows are written from: each analysis by its document id, in the order
// given, and the corpus's entities, origins and conflicts.
type csvTable struct {
	corpus  *dossier.Corpus
	members *Membership
	byID    map[string]*dossier.Analysis
	order   []string // document ids, first analysis of each kept
	names   map[string]string
}

func newCSVTable(analyses []*dossier.Analysis, corpus *dossier.Corpus) *csvTable {
	t := &csvTable{corpus: corpus, members: NewMembership(corpus), byID: map[string]*dossier.Analysis{}, names: map[string]string{}}
	for _, a := range analyses {
		if a != nil && t.byID[a.Doc.ID] == nil {
			t.byID[a.Doc.ID] = a
			t.order = append(t.order, a.Doc.ID)
		}
	}
	for _, e := range corpus.Entities {
		t.names[e.ID] = e.Name
	}
	return t
}

// name is the name of the entity a document's mention chain belongs to; for an entity the corpus
// does not list, its spelling in this document.
func (t *csvTable) name(doc string, chain int) string {
	id := t.members.Entity(doc, chain)
	if n := t.names[id]; n != "" {
		return n
	}
	for _, m := range t.byID[doc].Mentions {
		if m.Chain == chain {
			return m.Text
		}
	}
	return id
}

// eventHappenings makes every event a happening of its own, told by one origin: what the rows
// are before the cross-document pass has grouped events.
func (t *csvTable) eventHappenings() []dossier.Happening {
	var hs []dossier.Happening
	for _, id := range t.order {
		for i, ev := range t.byID[id].Events {
			hs = append(hs, dossier.Happening{ID: fmt.Sprintf("%s:v%d", id, i+1), Type: ev.Type, Time: ev.Time,
				Origins: 1, Reports: []dossier.Report{{Doc: id, Event: i, Modality: ev.Modality, Origin: id}},
				Fatalities: dossier.FatalitiesOf([]dossier.Event{ev})})
		}
	}
	return hs
}

// row gathers one happening's cells from its reports: the participants by role, the sources and
// documents telling it, their modalities and the conflicts touching its events.
func (t *csvTable) row(h dossier.Happening) []string {
	var actors, targets, places, sources, docs, notes []string
	modal := map[string]int{}
	for _, r := range h.Reports {
		a := t.byID[r.Doc]
		if a == nil || r.Event < 0 || r.Event >= len(a.Events) {
			continue
		}
		ev := a.Events[r.Event]
		for _, arg := range ev.Args {
			switch arg.Role {
			case "actor":
				actors = appendNew(actors, t.name(r.Doc, arg.Chain))
			case "target":
				targets = appendNew(targets, t.name(r.Doc, arg.Chain))
			case "place":
				places = appendNew(places, t.name(r.Doc, arg.Chain))
			}
		}
		src := strings.TrimSpace(a.Doc.Publisher)
		if src == "" {
			src = a.Doc.ID
		}
		sources = appendNew(sources, src)
		docs = appendNew(docs, r.Doc)
		modal[string(r.Modality)]++
		for _, note := range t.conflictNotes(r.Doc, ev.Span) {
			notes = appendNew(notes, note)
		}
	}
	return []string{h.ID, timeline.DatePart(h.Time), Precision(h.Time), string(h.Type), join(actors), join(targets), join(places),
		join(sources), join(docs), fmt.Sprint(h.Origins), h.Fatalities.String(), join(byCount(modal)), strings.Join(notes, " | "),
		countCell(h.Fatalities, false), countCell(h.Fatalities, true), timeline.TimeOfDay(h.Time)}
}

// countCell is the lowest (or highest) count of the dead as a plain number, which a spreadsheet
// reads as a number where it would read "12-21" as a date; empty when no report gives a number
// (none gives a count, or only a loose one such as "dozens").
func countCell(f *dossier.Fatalities, high bool) string {
	switch {
	case f == nil || f.Words != "":
		return ""
	case high:
		return fmt.Sprint(f.High)
	}
	return fmt.Sprint(f.Low)
}

// conflictNotes describes, in the corpus's order, each conflict with a side in doc overlapping span.
func (t *csvTable) conflictNotes(doc string, span dossier.Span) []string {
	var notes []string
	for _, c := range t.corpus.Conflicts {
		for _, s := range c.Sides {
			if s.Doc == doc && s.Overlaps(span) {
				notes = append(notes, fmt.Sprintf("%s %s: %s", c.ID, c.Kind, c.Summary))
				break
			}
		}
	}
	return notes
}

// byCount lists the keys of counts, the commonest first (ties alphabetically): the commonest way
// of telling a happening leads its modality cell.
func byCount(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y string) int { return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y)) })
	return keys
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func join(list []string) string { return strings.Join(list, ";") }

// Precision says how precise a TIMEX3 value is: time, day, week, month, quarter, half, season,
// year, decade or century; "unknown-year" when the month (and day) are known but not the year
// (XXXX-10-02), "weekday" for a day of the week alone, "reference" for PRESENT_REF and the like,
// "unknown" for what cannot be read, and "" for no value.
func Precision(v string) string {
	switch {
	case v == "":
		return ""
	case strings.HasSuffix(v, "_REF"):
		return "reference"
	case strings.Contains(v, "T"):
		return "time"
	}
	parts := strings.Split(v, "-")
	year := parts[0]
	if len(year) != 4 {
		return "unknown"
	}
	if year == "XXXX" {
		switch {
		case len(parts) >= 2 && isDigits(parts[1]):
			return "unknown-year"
		case len(parts) == 3 && parts[1] == "WXX" && isDigits(parts[2]):
			return "weekday"
		}
		return "unknown"
	}
	x := strings.Count(year, "X")
	if !isDigits(strings.TrimRight(year, "X")) || (x > 0 && len(parts) > 1) {
		return "unknown"
	}
	switch x {
	case 0:
	case 1:
		return "decade"
	case 2:
		return "century"
	default:
		return "unknown"
	}
	if len(parts) == 1 {
		return "year"
	}
	p := parts[1]
	switch {
	case p == "SP" || p == "SU" || p == "FA" || p == "WI":
		return "season"
	case len(p) == 2 && p[0] == 'Q':
		return "quarter"
	case len(p) == 2 && p[0] == 'H':
		return "half"
	case len(p) == 3 && p[0] == 'W' && isDigits(p[1:]):
		if len(parts) == 3 {
			return "day"
		}
		return "week"
	case len(p) == 2 && isDigits(p):
		if len(parts) == 3 && isDigits(parts[2]) {
			return "day"
		}
		if len(parts) == 2 {
			return "month"
		}
	}
	return "unknown"
}
