package view

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/timeline"
)

// Event is one event as told in one document.
type Event struct {
	ID          string     `json:"id"` // document id and the event's index in it: "doc/3"
	Doc         string     `json:"doc"`
	Source      string     `json:"source"`
	Sentence    int        `json:"sentence"` // index of the sentence it is told in, -1 when unknown
	Type        string     `json:"type"`
	Modality    string     `json:"modality"`
	Time        string     `json:"time"` // TIMEX3 value; "" when the text ties none to it
	Mod         string     `json:"mod"`  // START, MID, END … of the time expression
	When        string     `json:"when"` // the time in words, or "undated" ("undated; reported 2 Nov 2023" where the document is dated)
	From        string     `json:"from"` // interval start (YYYY-MM-DD; year 0001 when unknown)
	To          string     `json:"to"`   // interval end, exclusive
	Precision   string     `json:"precision"`
	YearKnown   bool       `json:"year_known"`
	Trigger     string     `json:"trigger"`
	Args        []EventArg `json:"args"`
	Attribution []Said     `json:"attribution"` // who is said to say so, outermost first
	Cause       string     `json:"cause"`
	Number      string     `json:"number"`
	Text        string     `json:"text"`  // the clause the event spans, Start to End
	Quote       string     `json:"quote"` // the whole sentence it is told in, as it is cited
	Start       int        `json:"start"`
	End         int        `json:"end"`
}

// EventArg is one participant of an event.
type EventArg struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
	Name   string `json:"name"`
}

// Said is one link of an attribution chain: a named entity or the text's own words.
type Said struct {
	Entity string `json:"entity"` // "" when the source is not a named actor
	Text   string `json:"text"`
}

// docEvents are the events of an, whose triggers' words are given in order, their participants
// and cited sources not named yet.
func (s *Snapshot) docEvents(an *dossier.Analysis, triggers []string) []Event {
	mods := map[string]string{}
	for _, t := range an.Timexes {
		if t.Mod != "" {
			mods[t.Value] = t.Mod
		}
	}
	var out []Event
	for i, ev := range an.Events {
		e := Event{ID: fmt.Sprintf("%s/%d", an.Doc.ID, i), Doc: an.Doc.ID, Source: s.source(an.Doc.ID),
			Sentence: sentenceIndex(an.Doc.Sentences, ev.Start), Type: string(ev.Type), Modality: string(ev.Modality),
			Time: ev.Time, Mod: mods[ev.Time], When: "undated", Cause: ev.Cause, Number: ev.Number,
			Text: ev.Text, Start: ev.Start, End: ev.End, Args: []EventArg{}, Attribution: []Said{}}
		e.Quote = sentenceText(an.Doc, e.Sentence, ev.Text)
		if i < len(triggers) {
			e.Trigger = triggers[i]
		}
		switch {
		case ev.Time != "":
			e.When = timeline.Describe(ev.Time, e.Mod)
			if iv, ok := timeline.Parse(ev.Time, e.Mod); ok {
				e.From, e.To = iv.Start.Format("2006-01-02"), iv.End.Format("2006-01-02")
				e.Precision, e.YearKnown = iv.Precision, iv.YearKnown
			}
		case an.Doc.Published != "":
			// The report's timeline dates such an event by its document; saying so here lets a
			// reader see where that date comes from.
			e.When += "; reported " + timeline.Describe(an.Doc.Published, "")
		}
		// Names are given once every document is in: a chain no resolution placed is named by
		// its longest spelling in the whole corpus.
		for _, a := range ev.Args {
			e.Args = append(e.Args, EventArg{Role: a.Role, Entity: s.members.Entity(an.Doc.ID, a.Chain)})
		}
		for _, src := range ev.Attribution {
			if src.Chain >= 0 {
				e.Attribution = append(e.Attribution, Said{Entity: s.members.Entity(an.Doc.ID, src.Chain)})
			} else {
				e.Attribution = append(e.Attribution, Said{Text: src.Text})
			}
		}
		out = append(out, e)
	}
	return out
}

// sentenceText is the whole sentence i of doc, which a reader can follow where the clause an
// event spans (", was replaced on Tuesday") is a fragment; the clause when the sentence is not
// known or not in the text.
func sentenceText(doc dossier.Document, i int, clause string) string {
	if i < 0 || i >= len(doc.Sentences) {
		return clause
	}
	sp := doc.Sentences[i]
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return clause
	}
	return strings.TrimSpace(doc.Text[sp.Start:sp.End])
}

// Involves reports whether one of the entities takes part in e or is cited for it.
func (e Event) Involves(ids ...string) bool {
	for _, a := range e.Args {
		if contains(ids, a.Entity) {
			return true
		}
	}
	for _, a := range e.Attribution {
		if a.Entity != "" && contains(ids, a.Entity) {
			return true
		}
	}
	return false
}

// EventFilter chooses events. Its zero value chooses every event.
type EventFilter struct {
	Type     string   // event type, in any case; "" for every type
	Doc      string   // only the events of this document; "" for every document
	Entities []string // only events in which one of these entities takes part or is cited; none for all
}

func (f EventFilter) match(e Event) bool {
	return (f.Type == "" || strings.EqualFold(e.Type, f.Type)) && (f.Doc == "" || e.Doc == f.Doc) &&
		(len(f.Entities) == 0 || e.Involves(f.Entities...))
}

// Events are the events f chooses, in document order and, within a document, text order.
func (s *Snapshot) Events(f EventFilter) []Event {
	out := []Event{}
	for _, e := range s.events {
		if f.match(e) {
			out = append(out, e)
		}
	}
	return out
}

// Timeline are the events with a time in which one of the entities takes part or is cited
// (every dated event when none is given), ordered by timeline.Less: dates whose year is unknown
// after the others. Events with the same time keep document order.
func (s *Snapshot) Timeline(entities ...string) []Event {
	out := []Event{}
	for _, e := range s.events {
		if e.Time != "" && (len(entities) == 0 || e.Involves(entities...)) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return timeline.Less(out[i].Time, out[i].Mod, out[j].Time, out[j].Mod)
	})
	return out
}
