package web

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// A table is one of the lists the UI pages through and the API downloads: how its rows are
// chosen by the filters, how they are ordered, and how one row reads as CSV.
type table[T any] struct {
	name   string   // the API route: /api/NAME
	sorts  []string // orders it takes; the first is the default
	header []string // CSV columns
	rows   func(snap *view.Snapshot, q listQuery) ([]keyed[T], error)
	csvRow func(T) []string
}

var entityTable = table[view.EntitySummary]{
	name:   "entities",
	sorts:  []string{"docs", "mentions", "name", "type"},
	header: []string{"id", "type", "name", "aliases", "document_count", "mention_count", "sources"},
	rows: func(snap *view.Snapshot, q listQuery) ([]keyed[view.EntitySummary], error) {
		typ := strings.ToUpper(q.Type)
		if typ != "" && !slices.Contains(entityTypes, typ) {
			return nil, errBadRequest("unknown entity type %q: use one of %s", q.Type, strings.Join(entityTypes, ", "))
		}
		ids := entityIDs(snap, q.Entity)
		var out []keyed[view.EntitySummary]
		for _, e := range snap.Entities(typ) {
			if (ids != nil && !slices.Contains(ids, e.ID)) || (q.Source != "" && !usedBy(e, q.Source)) {
				continue
			}
			var key string
			switch q.Sort {
			case "docs":
				key = countDown(e.Documents) + countDown(e.Mentions)
			case "mentions":
				key = countDown(e.Mentions)
			case "name":
				key = strings.ToLower(e.Name)
			case "type":
				key = e.Type + countDown(e.Documents)
			}
			out = append(out, keyed[view.EntitySummary]{key, e.ID, e})
		}
		return out, nil
	},
	csvRow: func(e view.EntitySummary) []string {
		return []string{e.ID, e.Type, e.Name, strings.Join(e.Aliases, "; "), strconv.Itoa(e.Documents),
			strconv.Itoa(e.Mentions), strings.Join(entitySources(e), "; ")}
	},
}

// usedBy reports whether a source writes one of the entity's spellings.
func usedBy(e view.EntitySummary, source string) bool {
	for _, s := range e.Spellings {
		for _, u := range s.Sources {
			if strings.EqualFold(u.Source, source) {
				return true
			}
		}
	}
	return false
}

func entitySources(e view.EntitySummary) []string {
	var out []string
	for _, s := range e.Spellings {
		for _, u := range s.Sources {
			if !slices.Contains(out, u.Source) {
				out = append(out, u.Source)
			}
		}
	}
	slices.Sort(out)
	return out
}

var documentTable = table[view.DocSummary]{
	name:   "documents",
	sorts:  []string{"date", "title", "source"},
	header: []string{"id", "title", "publisher", "published", "language", "url", "file", "source", "origin"},
	rows: func(snap *view.Snapshot, q listQuery) ([]keyed[view.DocSummary], error) {
		var naming map[string]bool
		if ids := entityIDs(snap, q.Entity); ids != nil {
			naming = map[string]bool{}
			for _, id := range ids {
				if d, ok := snap.Entity(id); ok {
					for _, doc := range d.DocumentsList {
						naming[doc.ID] = true
					}
				}
			}
		}
		var out []keyed[view.DocSummary]
		for _, d := range snap.Documents() {
			if (naming != nil && !naming[d.ID]) || (q.Source != "" && !strings.EqualFold(d.Source, q.Source)) ||
				!q.overlaps(d.Published, d.Published+"~") {
				continue
			}
			var key string
			switch q.Sort {
			case "date":
				key = "2"
				if d.Published != "" {
					key = "1" + d.Published
				}
			case "title":
				key = strings.ToLower(d.Title)
			case "source":
				key = strings.ToLower(d.Source) + "\x00" + d.Published
			}
			out = append(out, keyed[view.DocSummary]{key, d.ID, d})
		}
		return out, nil
	},
	csvRow: func(d view.DocSummary) []string {
		return []string{d.ID, d.Title, d.Publisher, d.Published, d.Language, d.URL, d.File, d.Source, d.Origin}
	},
}

// timelineTable is the dated events in time order.
var timelineTable = eventsTable("timeline", false)

// eventTable is the dated events in time order, then the undated ones in document order.
var eventTable = eventsTable("events", true)

func eventsTable(name string, undated bool) table[view.Event] {
	return table[view.Event]{
		name:   name,
		sorts:  []string{"time", "type", "source"},
		header: []string{"id", "doc", "source", "type", "modality", "time", "when", "from", "to", "precision", "actors", "others", "text", "start", "end"},
		rows: func(snap *view.Snapshot, q listQuery) ([]keyed[view.Event], error) {
			if q.Type != "" && !slices.Contains(eventTypeNames, strings.ToUpper(q.Type)) {
				return nil, errBadRequest("unknown event type %q: use one of %s", q.Type, strings.Join(eventTypeNames, ", "))
			}
			ids := entityIDs(snap, q.Entity)
			var out []keyed[view.Event]
			events := snap.Timeline(ids...)
			if undated {
				for _, e := range snap.Events(view.EventFilter{Entities: ids}) {
					if e.Time == "" {
						events = append(events, e)
					}
				}
			}
			for i, e := range events {
				if (q.Type != "" && !strings.EqualFold(e.Type, q.Type)) || (q.Source != "" && !strings.EqualFold(e.Source, q.Source)) ||
					!q.overlaps(yearKnown(e.From, e.YearKnown), e.To) {
					continue
				}
				var key string
				switch q.Sort {
				case "time":
					key = padded(i)
				case "type":
					key = e.Type + padded(i)
				case "source":
					key = strings.ToLower(e.Source) + padded(i)
				}
				out = append(out, keyed[view.Event]{key, e.ID, e})
			}
			return out, nil
		},
		csvRow: func(e view.Event) []string {
			actors, others := e.Participants()
			return []string{e.ID, e.Doc, e.Source, e.Type, e.Modality, e.Time, e.When, e.From, e.To, e.Precision,
				strings.Join(actors, "; "), strings.Join(others, "; "), e.Text, strconv.Itoa(e.Start), strconv.Itoa(e.End)}
		},
	}
}

// yearKnown is the date when its year is known, else "": a date without a year is in no range.
func yearKnown(date string, known bool) string {
	if !known {
		return ""
	}
	return date
}

var conflictTable = table[view.Conflict]{
	name:   "conflicts",
	sorts:  []string{"id", "kind"},
	header: []string{"id", "kind", "summary", "about", "sources"},
	rows: func(snap *view.Snapshot, q listQuery) ([]keyed[view.Conflict], error) {
		ids := entityIDs(snap, q.Entity)
		var out []keyed[view.Conflict]
		for i, c := range snap.Conflicts() {
			if (q.Kind != "" && !strings.EqualFold(c.Kind, q.Kind)) || (ids != nil && !aboutAny(c, ids)) ||
				(q.Source != "" && !sidedBy(c, q.Source)) {
				continue
			}
			key := padded(i)
			if q.Sort == "kind" {
				key = c.Kind + key
			}
			out = append(out, keyed[view.Conflict]{key, c.ID, c})
		}
		return out, nil
	},
	csvRow: func(c view.Conflict) []string {
		var about, sources []string
		for _, a := range c.About {
			about = append(about, a.Name)
		}
		for _, s := range c.Sides {
			sources = append(sources, s.Source)
		}
		return []string{c.ID, c.Kind, c.Summary, strings.Join(about, "; "), strings.Join(sources, "; ")}
	},
}

func aboutAny(c view.Conflict, ids []string) bool {
	for _, a := range c.About {
		if slices.Contains(ids, a.ID) {
			return true
		}
	}
	return false
}

func sidedBy(c view.Conflict, source string) bool {
	for _, s := range c.Sides {
		if strings.EqualFold(s.Source, source) {
			return true
		}
	}
	return false
}

// eventTypeNames are the values the event type filter takes.
var eventTypeNames = func() []string {
	var out []string
	for _, t := range []dossier.EventType{dossier.Agree, dossier.Consult, dossier.Support, dossier.Concede,
		dossier.Cooperate, dossier.Aid, dossier.Retreat, dossier.Request, dossier.Accuse, dossier.Reject,
		dossier.Threaten, dossier.Protest, dossier.Sanction, dossier.Mobilize, dossier.Coerce, dossier.Assault,
		dossier.Appoint, dossier.Dismiss, dossier.Defect, dossier.Travel} {
		out = append(out, string(t))
	}
	return out
}()
