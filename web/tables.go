package web

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// A table is one of the lists the UI pages through and the API downloads: its rows, how they
// are ordered, how the filters choose among them, and how one row reads as CSV. Its rows,
// ordered each way, are made once per snapshot and kept (see Server.sorted); a request then
// finds its page by binary search and reads rows from there until the page is full.
type table[T any] struct {
	name   string   // the API route: /api/NAME
	sorts  []string // orders it takes; the first is the default
	header []string // CSV columns
	// all are the rows, in their natural order: the position i passed to key is in it.
	all func(snap *view.Snapshot) []T
	id  func(T) string
	key func(row T, sort string, i int) string
	// filter checks the query's filters and returns what keeps a row; nil keeps every row.
	filter func(snap *view.Snapshot, q listQuery) (func(T) bool, error)
	csvRow func(T) []string
}

var entityTable = table[view.EntitySummary]{
	name:   "entities",
	sorts:  []string{"docs", "mentions", "name", "type"},
	header: []string{"id", "type", "name", "aliases", "document_count", "mention_count", "sources"},
	all:    func(snap *view.Snapshot) []view.EntitySummary { return snap.Entities("") },
	id:     func(e view.EntitySummary) string { return e.ID },
	key: func(e view.EntitySummary, sort string, i int) string {
		switch sort {
		case "mentions":
			return countDown(e.Mentions) + padded(i)
		case "name":
			return strings.ToLower(e.Name)
		case "type":
			return e.Type + padded(i)
		}
		return padded(i) // the natural order: most widely reported first
	},
	filter: func(snap *view.Snapshot, q listQuery) (func(view.EntitySummary) bool, error) {
		typ := strings.ToUpper(q.Type)
		if typ != "" && !slices.Contains(entityTypes, typ) {
			return nil, errBadRequest("unknown entity type %q: use one of %s", q.Type, strings.Join(entityTypes, ", "))
		}
		ids := entityIDs(snap, q.Entity)
		return func(e view.EntitySummary) bool {
			return (typ == "" || e.Type == typ) && (ids == nil || slices.Contains(ids, e.ID)) &&
				(q.Source == "" || usedBy(e, q.Source))
		}, nil
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
	all:    func(snap *view.Snapshot) []view.DocSummary { return snap.Documents() },
	id:     func(d view.DocSummary) string { return d.ID },
	key: func(d view.DocSummary, sort string, i int) string {
		switch sort {
		case "title":
			return strings.ToLower(d.Title)
		case "source":
			return strings.ToLower(d.Source) + "\x00" + padded(i)
		}
		return padded(i) // the natural order: dated first, earliest first
	},
	filter: func(snap *view.Snapshot, q listQuery) (func(view.DocSummary) bool, error) {
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
		return func(d view.DocSummary) bool {
			return (naming == nil || naming[d.ID]) && (q.Source == "" || strings.EqualFold(d.Source, q.Source)) &&
				q.overlaps(d.Published, d.Published+"~")
		}, nil
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
		header: []string{"id", "doc", "source", "type", "modality", "time", "when", "from", "to", "precision", "actors", "others", "text", "start", "end", "quote"},
		all: func(snap *view.Snapshot) []view.Event {
			events := snap.Timeline()
			if undated {
				for _, e := range snap.Events(view.EventFilter{}) {
					if e.Time == "" {
						events = append(events, e)
					}
				}
			}
			return events
		},
		id: func(e view.Event) string { return e.ID },
		key: func(e view.Event, sort string, i int) string {
			switch sort {
			case "type":
				return e.Type + padded(i)
			case "source":
				return strings.ToLower(e.Source) + "\x00" + padded(i)
			}
			return padded(i)
		},
		filter: func(snap *view.Snapshot, q listQuery) (func(view.Event) bool, error) {
			if q.Type != "" && !slices.Contains(eventTypeNames, strings.ToUpper(q.Type)) {
				return nil, errBadRequest("unknown event type %q: use one of %s", q.Type, strings.Join(eventTypeNames, ", "))
			}
			ids := entityIDs(snap, q.Entity)
			return func(e view.Event) bool {
				return (q.Type == "" || strings.EqualFold(e.Type, q.Type)) && (q.Source == "" || strings.EqualFold(e.Source, q.Source)) &&
					q.overlaps(yearKnown(e.From, e.YearKnown), e.To) && (ids == nil || e.Involves(ids...))
			}, nil
		},
		csvRow: func(e view.Event) []string {
			actors, others := e.Participants()
			return []string{e.ID, e.Doc, e.Source, e.Type, e.Modality, e.Time, e.When, e.From, e.To, e.Precision,
				strings.Join(actors, "; "), strings.Join(others, "; "), e.Text, strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Quote}
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
	all:    func(snap *view.Snapshot) []view.Conflict { return snap.Conflicts() },
	id:     func(c view.Conflict) string { return c.ID },
	key: func(c view.Conflict, sort string, i int) string {
		if sort == "kind" {
			return c.Kind + padded(i)
		}
		return padded(i)
	},
	filter: func(snap *view.Snapshot, q listQuery) (func(view.Conflict) bool, error) {
		ids := entityIDs(snap, q.Entity)
		return func(c view.Conflict) bool {
			return (q.Kind == "" || strings.EqualFold(c.Kind, q.Kind)) && (ids == nil || aboutAny(c, ids)) &&
				(q.Source == "" || sidedBy(c, q.Source))
		}, nil
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
