package export

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
)

// CSVHeader is the first row of the CSV export.
var CSVHeader = []string{"event_id", "date", "date_precision", "type", "actors", "targets", "place",
	"sources", "documents", "independent_sources", "fatalities", "modality", "notes"}

// CSV writes one row per happening, in the manner of an event table: when (a TIMEX3 value and how
// precise it is), what, who did it to whom and where, which sources and documents tell it, how many
// independent origins they come from, how many dead they give (a range across sources: "12-21",
// "21+" when the highest is a least), how they tell it, and the conflicts that touch it. Lists
// inside a cell are separated by ";". Before the cross-document pass has run (the corpus gives no
// document an origin) every event is a row of its own, counted as one origin.
func CSV(w io.Writer, analyses []*dossier.Analysis, corpus *dossier.Corpus) error {
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	members := NewMembership(corpus)
	byID := map[string]*dossier.Analysis{}
	var order []string
	for _, a := range analyses {
		if a != nil && byID[a.Doc.ID] == nil {
			byID[a.Doc.ID] = a
			order = append(order, a.Doc.ID)
		}
	}
	names := map[string]string{}
	for _, e := range corpus.Entities {
		names[e.ID] = e.Name
	}
	name := func(doc string, chain int) string {
		id := members.Entity(doc, chain)
		if n := names[id]; n != "" {
			return n
		}
		// An entity the corpus does not list: its spelling in this document.
		for _, m := range byID[doc].Mentions {
			if m.Chain == chain {
				return m.Text
			}
		}
		return id
	}

	hs := corpus.Happenings
	if len(corpus.Origins) == 0 {
		for _, id := range order {
			for i, ev := range byID[id].Events {
				hs = append(hs, dossier.Happening{ID: fmt.Sprintf("%s:v%d", id, i+1), Type: ev.Type, Time: ev.Time,
					Origins: 1, Reports: []dossier.Report{{Doc: id, Event: i, Modality: ev.Modality, Origin: id}},
					Fatalities: dossier.FatalitiesOf([]dossier.Event{ev})})
			}
		}
	}

	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, h := range hs {
		var actors, targets, places, sources, docs, notes []string
		modal := map[string]int{}
		for _, r := range h.Reports {
			a := byID[r.Doc]
			if a == nil || r.Event < 0 || r.Event >= len(a.Events) {
				continue
			}
			ev := a.Events[r.Event]
			for _, arg := range ev.Args {
				switch arg.Role {
				case "actor":
					actors = appendNew(actors, name(r.Doc, arg.Chain))
				case "target":
					targets = appendNew(targets, name(r.Doc, arg.Chain))
				case "place":
					places = appendNew(places, name(r.Doc, arg.Chain))
				}
			}
			src := strings.TrimSpace(a.Doc.Publisher)
			if src == "" {
				src = a.Doc.ID
			}
			sources = appendNew(sources, src)
			docs = appendNew(docs, r.Doc)
			modal[string(r.Modality)]++
			for _, c := range corpus.Conflicts {
				for _, s := range c.Sides {
					if s.Doc == r.Doc && s.Overlaps(ev.Span) {
						notes = appendNew(notes, fmt.Sprintf("%s %s: %s", c.ID, c.Kind, c.Summary))
						break
					}
				}
			}
		}
		modalities := make([]string, 0, len(modal))
		for k := range modal {
			modalities = append(modalities, k)
		}
		// The commonest way of telling it first.
		slices.SortFunc(modalities, func(x, y string) int { return cmp.Or(cmp.Compare(modal[y], modal[x]), cmp.Compare(x, y)) })
		row := []string{h.ID, h.Time, Precision(h.Time), string(h.Type), join(actors), join(targets), join(places),
			join(sources), join(docs), fmt.Sprint(h.Origins), h.Fatalities.String(), join(modalities), strings.Join(notes, " | ")}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	return nil
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
