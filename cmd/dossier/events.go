package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/crosscheck"
	"github.com/dossier-project/dossier/view"
)

func (a *app) eventsCmd() *cobra.Command {
	var (
		out    listFormat
		typ    string
		entity string
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "events [--db DB] [--type TYPE] [--entity NAME] [-n N] [--format text|json|jsonl]",
		Short: "List the events found in each document, with participants, time, modality and attribution",
		Long: `Lists the events found in each document: time, type, modality, participants, who is cited
for it, and the clause with the sentence it is told in, as the reports cite it ("D3:4": the third
document "dossier documents" lists, its fourth sentence; "dossier show D3:4" opens it; --format json
gives the document id and byte offsets). --entity keeps the events in which an
entity found by that name or spelling takes part or is cited. --format json and jsonl print the
same objects as the web API's /api/events.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if typ, err = oneOf("event type", typ, eventTypes()); err != nil {
				return err
			}
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			ids, err := entityIDs(v, entity)
			if err != nil {
				return err
			}
			events := limitRows(v.snap.Events(view.EventFilter{Type: typ, Entities: ids}), limit)
			return writeRows(a.stdout, format, events, func() { printEvents(a.stdout, events, numberDocs(v.snap)) })
		},
	}
	out.register(cmd)
	cmd.Flags().StringVar(&typ, "type", "", "only events of this type ("+strings.Join(eventTypes(), ", ")+")")
	cmd.Flags().StringVar(&entity, "entity", "", "only events in which this entity takes part or is cited")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most events to show (0: all)")
	return cmd
}

// entityIDs are the ids of the entities found by name; none for "". A name no entity has is an
// error, so a mistyped name does not read as "no events".
func entityIDs(v *stored, name string) ([]string, error) {
	if name == "" {
		return nil, nil
	}
	found := v.snap.FindEntities(name)
	if len(found) == 0 {
		return nil, fmt.Errorf("no entity has the name or spelling %q (\"dossier entities\" lists them)", name)
	}
	var ids []string
	for _, e := range found {
		ids = append(ids, e.ID)
	}
	return ids, nil
}

func eventTypes() []string {
	return []string{string(dossier.Agree), string(dossier.Consult), string(dossier.Support), string(dossier.Concede),
		string(dossier.Cooperate), string(dossier.Aid), string(dossier.Retreat), string(dossier.Request),
		string(dossier.Accuse), string(dossier.Reject), string(dossier.Threaten), string(dossier.Protest),
		string(dossier.Sanction), string(dossier.Mobilize), string(dossier.Coerce), string(dossier.Assault),
		string(dossier.Appoint), string(dossier.Dismiss), string(dossier.Defect), string(dossier.Travel)}
}

// printEvents writes each event in three lines: time, type, modality and participants; the source
// with whom it cites, and the sentence as the reports cite it ("D3:4", which "dossier show" takes);
// the whole sentence it is told in.
func printEvents(w io.Writer, events []view.Event, cite citeLabels) {
	if len(events) == 0 {
		fmt.Fprintln(w, "no events")
		return
	}
	width := 24 // the date column: as wide as the longest date in words, so the types line up
	for _, e := range events {
		width = max(width, displayWidth(e.When))
	}
	for _, e := range events {
		fmt.Fprintf(w, "%s %-9s %-9s %s\n", fitColumn(e.When, width), e.Type, e.Modality, participants(e))
		src := e.Source
		if len(e.Attribution) > 0 {
			var said []string
			for _, s := range e.Attribution {
				said = append(said, s.Text)
			}
			src += ", citing " + strings.Join(said, " → ")
		}
		fmt.Fprintf(w, "    %s [%s]\n    %s\n", src, cite.label(e.Doc, e.Sentence), oneLine(e.Quote, 600))
	}
}

// oneLine is s on one line, its spaces folded, cut at a word before n bytes with " …" when longer.
// participants names an event's participants, each with its role as the web UI does ("actor:
// name", then "role: name"), or says that the sentence names none.
func participants(e view.Event) string {
	actors, others := e.Participants()
	var parts []string
	if len(actors) > 0 {
		parts = append(parts, "actor: "+strings.Join(actors, ", "))
	}
	parts = append(parts, others...)
	if len(parts) == 0 {
		return "(no participant named)"
	}
	return strings.Join(parts, "; ")
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := strings.LastIndexByte(s[:n], ' ')
		if cut < n/2 {
			cut = n
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut-- // never inside a character
			}
		}
		s = s[:cut] + " …"
	}
	return s
}

func (a *app) timelineCmd() *cobra.Command {
	var (
		out     listFormat
		entity  string
		undated bool
		limit   int
	)
	cmd := &cobra.Command{
		Use:   "timeline [--db DB] [--entity NAME] [--undated] [-n N] [--format text|json|jsonl]",
		Short: "Events ordered by time, with each date's precision; dates without a known year come after dated ones",
		Long: `Lists the events with a time, earliest first, each with its date in words and as an interval
with its precision; dates whose year the text does not give come after the others. --entity
keeps the events in which an entity found by that name or spelling takes part or is cited;
--undated adds the events without a time, last. --format json and jsonl print the same objects
as the web API's /api/timeline.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			ids, err := entityIDs(v, entity)
			if err != nil {
				return err
			}
			events := v.snap.Timeline(ids...)
			if undated {
				for _, e := range v.snap.Events(view.EventFilter{Entities: ids}) {
					if e.Time == "" {
						events = append(events, e)
					}
				}
			}
			events = limitRows(events, limit)
			return writeRows(a.stdout, format, events, func() { printEvents(a.stdout, events, numberDocs(v.snap)) })
		},
	}
	out.register(cmd)
	cmd.Flags().StringVar(&entity, "entity", "", "only events in which this entity takes part or is cited")
	cmd.Flags().BoolVar(&undated, "undated", false, "also list events the text gives no time for, last")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most events to show (0: all)")
	return cmd
}

// conflictKinds are the values of --kind on conflicts.
var conflictKinds = []string{crosscheck.KindCause, crosscheck.KindPlace, crosscheck.KindNumber, crosscheck.KindTime,
	crosscheck.KindActor, crosscheck.KindDenial, crosscheck.KindCharacterisation, crosscheck.KindAccount}

func (a *app) conflictsCmd() *cobra.Command {
	var (
		out   listFormat
		kind  string
		limit int
	)
	cmd := &cobra.Command{
		Use:   "conflicts [--db DB] [--kind KIND] [-n N] [--format text|json|jsonl]",
		Short: "List where sources disagree, with each side's sentence",
		Long: `Lists where sources disagree — cause, place, number, time, actor, denial, characterisation,
account (one text giving competing accounts of what happened) —
with what the disagreement is about and each side's sentence with its source, cited as the reports
cite it ("D3:4"). --kind keeps one kind. --format json and jsonl print the same objects as the web API's
/api/conflicts.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if kind, err = oneOf("conflict kind", kind, conflictKinds); err != nil {
				return err
			}
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			var conflicts []view.Conflict
			for _, c := range v.snap.Conflicts() {
				if kind == "" || c.Kind == kind {
					conflicts = append(conflicts, c)
				}
			}
			conflicts = limitRows(conflicts, limit)
			return writeRows(a.stdout, format, conflicts, func() { printConflicts(a.stdout, conflicts, numberDocs(v.snap)) })
		},
	}
	out.register(cmd)
	cmd.Flags().StringVar(&kind, "kind", "", "only conflicts of this kind ("+strings.Join(conflictKinds, ", ")+")")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most conflicts to show (0: all)")
	return cmd
}

// printConflicts writes each conflict with its kind, what it is about and its summary, then each
// side's source, sentence as the reports cite it ("D3:4") and text.
func printConflicts(w io.Writer, conflicts []view.Conflict, cite citeLabels) {
	if len(conflicts) == 0 {
		fmt.Fprintln(w, "no conflicts found")
		return
	}
	for _, c := range conflicts {
		var about []string
		for _, n := range c.About {
			about = append(about, n.Name)
		}
		fmt.Fprintf(w, "%s  %s  about %s\n    %s\n", c.ID, c.Kind, strings.Join(about, ", "), c.Summary)
		for _, s := range c.Sides {
			fmt.Fprintf(w, "    - %s, %s [%s]: %s\n", s.Source, dateOr(s.Published), cite.label(s.Doc, s.Sentence), oneLine(s.Text, 200))
		}
	}
}

// citeLabels numbers the documents as the reports cite them: D and the place of the document in
// the order "dossier documents" lists them (dated first, then by id).
type citeLabels map[string]int

// numberDocs numbers the documents of snap.
func numberDocs(snap *view.Snapshot) citeLabels {
	docs := snap.Documents()
	n := make(citeLabels, len(docs))
	for i, d := range docs {
		n[d.ID] = i + 1
	}
	return n
}

// label is the citation of a document's sentence (0-based; -1 for none) as the reports print it,
// "D3:4", or "D3" for no sentence; a document not numbered keeps its id.
func (c citeLabels) label(doc string, sentence int) string {
	n, ok := c[doc]
	if !ok {
		return doc
	}
	if sentence < 0 {
		return fmt.Sprintf("D%d", n)
	}
	return fmt.Sprintf("D%d:%d", n, sentence+1)
}
