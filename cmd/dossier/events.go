package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

func (a *app) eventsCmd() *cobra.Command {
	var (
		asJSON bool
		typ    string
	)
	cmd := &cobra.Command{
		Use:   "events [--db DB] [--type TYPE] [--json]",
		Short: "List the events found in each document, with participants, time, modality and attribution",
		Long: `Lists the events found in each document: time, type, modality, participants, who is cited
for it, and the clause with its document and byte offsets. --json prints the same objects as the
web API's /api/events.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			events := v.snap.Events(view.EventFilter{Type: typ})
			if asJSON {
				return writeJSON(a.stdout, events)
			}
			printEvents(a.stdout, events)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&typ, "type", "", "only events of this type ("+strings.Join(eventTypes(), ", ")+")")
	return cmd
}

func eventTypes() []string {
	return []string{string(dossier.Agree), string(dossier.Consult), string(dossier.Support), string(dossier.Concede),
		string(dossier.Cooperate), string(dossier.Aid), string(dossier.Retreat), string(dossier.Request),
		string(dossier.Accuse), string(dossier.Reject), string(dossier.Threaten), string(dossier.Protest),
		string(dossier.Sanction), string(dossier.Mobilize), string(dossier.Coerce), string(dossier.Assault),
		string(dossier.Appoint), string(dossier.Dismiss), string(dossier.Defect), string(dossier.Travel)}
}

// printEvents writes each event in three lines: time, type, modality and participants (actors
// first, then "role: name"); the source with whom it cites, the document and the offsets of
// the clause; the clause.
func printEvents(w io.Writer, events []view.Event) {
	if len(events) == 0 {
		fmt.Fprintln(w, "no events")
		return
	}
	for _, e := range events {
		var actors, others []string
		for _, arg := range e.Args {
			if arg.Role == "actor" {
				actors = append(actors, arg.Name)
			} else {
				others = append(others, arg.Role+": "+arg.Name)
			}
		}
		who := strings.Join(actors, ", ")
		if len(others) > 0 {
			if who != "" {
				who += "; "
			}
			who += strings.Join(others, "; ")
		}
		fmt.Fprintf(w, "%-24s %-9s %-9s %s\n", e.When, e.Type, e.Modality, who)
		src := e.Source
		if len(e.Attribution) > 0 {
			var said []string
			for _, s := range e.Attribution {
				said = append(said, s.Text)
			}
			src += ", citing " + strings.Join(said, " → ")
		}
		fmt.Fprintf(w, "    %s [%s %d:%d]\n    %s\n", src, e.Doc, e.Start, e.End, oneLine(e.Text, 160))
	}
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := strings.LastIndexByte(s[:n], ' ')
		if cut < n/2 {
			cut = n
		}
		s = s[:cut] + " …"
	}
	return s
}

func (a *app) timelineCmd() *cobra.Command {
	var (
		asJSON  bool
		entity  string
		undated bool
	)
	cmd := &cobra.Command{
		Use:   "timeline [--db DB] [--entity NAME] [--undated] [--json]",
		Short: "Events ordered by time, with each date's precision; dates without a known year come after dated ones",
		Long: `Lists the events with a time, earliest first, each with its date in words and as an interval
with its precision; dates whose year the text does not give come after the others. --entity
keeps the events in which an entity found by that name or spelling takes part or is cited;
--undated adds the events without a time, last. --json prints the same objects as the web
API's /api/timeline.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			var ids []string
			if entity != "" {
				found := v.snap.FindEntities(entity)
				if len(found) == 0 {
					return fmt.Errorf("timeline: no entity named %q", entity)
				}
				for _, e := range found {
					ids = append(ids, e.ID)
				}
			}
			events := v.snap.Timeline(ids...)
			if undated {
				for _, e := range v.snap.Events(view.EventFilter{Entities: ids}) {
					if e.Time == "" {
						events = append(events, e)
					}
				}
			}
			if asJSON {
				return writeJSON(a.stdout, events)
			}
			printEvents(a.stdout, events)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&entity, "entity", "", "only events in which this entity takes part")
	cmd.Flags().BoolVar(&undated, "undated", false, "also list events the text gives no time for, last")
	return cmd
}

func (a *app) conflictsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "conflicts [--db DB] [--json]",
		Short: "List where sources disagree, with each side's sentence",
		Long: `Lists where sources disagree — cause, place, number, time, actor, denial, characterisation —
with what the disagreement is about and each side's sentence with its source, document and byte
offsets. --json prints the same objects as the web API's /api/conflicts.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			conflicts := v.snap.Conflicts()
			if asJSON {
				return writeJSON(a.stdout, conflicts)
			}
			if len(conflicts) == 0 {
				fmt.Fprintln(a.stdout, "no conflicts found")
				return nil
			}
			for _, c := range conflicts {
				var about []string
				for _, n := range c.About {
					about = append(about, n.Name)
				}
				fmt.Fprintf(a.stdout, "%s  %s  about %s\n    %s\n", c.ID, c.Kind, strings.Join(about, ", "), c.Summary)
				for _, s := range c.Sides {
					fmt.Fprintf(a.stdout, "    - %s [%s %d:%d]: %s\n", s.Source, s.Doc, s.Start, s.End, oneLine(s.Text, 200))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
