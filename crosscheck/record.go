package crosscheck

import (
	"slices"

	"github.com/dossier-project/dossier"
)

// Record is what the checks read of one analysis: the analysis without its mentions and time
// expressions, and those in the smaller form the checks read (see NewRecord). A pass that holds
// every document holds records, not analyses.
type Record struct {
	a   *dossier.Analysis
	ms  []mention
	ts  []timex
	ref string // the analysis's reference date (see dossier.Analysis.ReferenceDate)
	// named are the chains whose mentions carry an entity (set once resolution has run), with
	// that entity, in order of the mentions.
	named []chainEnt
}

// mention is what the checks read of a mention: its span, text, type and chain, and where the
// travel cue said right before it starts (-1 when none); offsets are 32-bit, as a stored text
// is far shorter than 2 GB.
type mention struct {
	start, end int32
	Chain      int32
	travel     int32
	Text       string
	Type       dossier.EntityType
}

// span is the mention's span.
func (m mention) span() dossier.Span { return dossier.Span{Start: int(m.start), End: int(m.end)} }

// timex is what the checks read of a time expression: its span and value, whether it is a
// date, and whether a dateline gives it.
type timex struct {
	dossier.Span
	Value    string
	date     bool // its type is DATE
	Dateline bool
}

// DatesEvents is dossier.Timex.DatesEvents.
func (t *timex) DatesEvents(published string) bool {
	return dossier.Timex{Value: t.Value, Dateline: t.Dateline}.DatesEvents(published)
}

// NewRecord makes the record of a, taking a over: a's mentions and time expressions are moved
// into the record in the smaller form the checks read, leaving a.Mentions and a.Timexes nil so
// that they are not held twice, and the document's file and title and its events' text and
// stated count, which no check reads, are cleared.
func NewRecord(a *dossier.Analysis) *Record {
	r := &Record{a: a, ms: make([]mention, len(a.Mentions)), ref: a.ReferenceDate()}
	if len(a.Timexes) > 0 {
		r.ts = make([]timex, len(a.Timexes))
	}
	for i, t := range a.Timexes {
		r.ts[i] = timex{Span: t.Span, Value: t.Value, date: t.Type == "DATE", Dateline: t.Dateline}
	}
	for i, m := range a.Mentions {
		travel := int32(-1)
		if m.Travel != nil {
			travel = int32(m.Travel.Start)
		}
		r.ms[i] = mention{start: int32(m.Start), end: int32(m.End), Chain: int32(m.Chain), travel: travel, Text: m.Text, Type: m.Type}
		if m.Entity != "" {
			r.named = append(r.named, chainEnt{m.Chain, m.Entity})
		}
	}
	a.Mentions, a.Timexes = nil, nil
	a.Doc.File, a.Doc.Title = "", ""
	for i := range a.Events {
		// No check reads an event's text or the count its clause states (fatalities come
		// from its figures).
		a.Events[i].Text, a.Events[i].Number = "", ""
	}
	return r
}

// Analysis returns the analysis the record was made of, without its mentions and time
// expressions.
func (r *Record) Analysis() *dossier.Analysis { return r.a }

// records makes the records of analyses (nil ones left out) without changing them: each
// record holds a copy of its analysis.
func records(analyses []*dossier.Analysis) []*Record {
	out := make([]*Record, 0, len(analyses))
	for _, a := range analyses {
		if a == nil {
			continue
		}
		cp := *a
		cp.Events = slices.Clone(a.Events)
		out = append(out, NewRecord(&cp))
	}
	return out
}
