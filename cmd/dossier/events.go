package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/timeline"
)

// eventRow is one event as the events and timeline commands show it.
type eventRow struct {
	Doc         string   `json:"doc"`
	Source      string   `json:"source"`
	Type        string   `json:"type"`
	Time        string   `json:"time,omitempty"`
	Mod         string   `json:"mod,omitempty"`
	When        string   `json:"when"`
	From        string   `json:"from,omitempty"` // interval start, for dated events (YYYY-MM-DD; 0001 for unknown years)
	To          string   `json:"to,omitempty"`   // interval end, exclusive
	Precision   string   `json:"precision,omitempty"`
	YearKnown   bool     `json:"year_known"`
	Modality    string   `json:"modality"`
	Actors      []string `json:"actors"`
	Others      []string `json:"others"`
	Attribution []string `json:"attribution"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	entities    map[string]bool
}

func (v *view) eventRows() []eventRow {
	var rows []eventRow
	for _, an := range v.analyses {
		mods := map[string]string{}
		for _, t := range an.Timexes {
			if t.Mod != "" {
				mods[t.Value] = t.Mod
			}
		}
		for _, ev := range an.Events {
			r := eventRow{Doc: an.Doc.ID, Source: v.source(an.Doc.ID), Type: string(ev.Type), Time: ev.Time,
				Mod: mods[ev.Time], Modality: string(ev.Modality), Text: ev.Text, Start: ev.Start, End: ev.End,
				Actors: []string{}, Others: []string{}, Attribution: []string{}, entities: map[string]bool{}}
			r.When = "undated"
			if ev.Time != "" {
				r.When = timeline.Describe(ev.Time, r.Mod)
				if iv, ok := timeline.Parse(ev.Time, r.Mod); ok {
					r.From, r.To = iv.Start.Format("2006-01-02"), iv.End.Format("2006-01-02")
					r.Precision, r.YearKnown = iv.Precision, iv.YearKnown
				}
			}
			for _, arg := range ev.Args {
				id := v.members.Entity(an.Doc.ID, arg.Chain)
				r.entities[id] = true
				name := v.entityName(id)
				if arg.Role == "actor" {
					r.Actors = append(r.Actors, name)
				} else {
					r.Others = append(r.Others, arg.Role+": "+name)
				}
			}
			for _, s := range ev.Attribution {
				if s.Chain >= 0 {
					r.Attribution = append(r.Attribution, v.entityName(v.members.Entity(an.Doc.ID, s.Chain)))
				} else {
					r.Attribution = append(r.Attribution, s.Text)
				}
			}
			rows = append(rows, r)
		}
	}
	return rows
}

func (a *app) eventsCmd() *cobra.Command {
	var (
		asJSON bool
		typ    string
	)
	cmd := &cobra.Command{
		Use:   "events [--db DB] [--type TYPE] [--json]",
		Short: "List the events found in each document, with participants, time, modality and attribution",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			rows := []eventRow{}
			for _, r := range v.eventRows() {
				if typ == "" || strings.EqualFold(r.Type, typ) {
					rows = append(rows, r)
				}
			}
			if asJSON {
				return writeJSON(a.stdout, rows)
			}
			printEvents(a, rows)
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

func printEvents(a *app, rows []eventRow) {
	if len(rows) == 0 {
		fmt.Fprintln(a.stdout, "no events")
		return
	}
	for _, r := range rows {
		who := strings.Join(r.Actors, ", ")
		if len(r.Others) > 0 {
			if who != "" {
				who += "; "
			}
			who += strings.Join(r.Others, "; ")
		}
		fmt.Fprintf(a.stdout, "%-24s %-9s %-9s %s\n", r.When, r.Type, r.Modality, who)
		src := r.Source
		if len(r.Attribution) > 0 {
			src += ", citing " + strings.Join(r.Attribution, " → ")
		}
		fmt.Fprintf(a.stdout, "    %s [%s %d:%d]\n    %s\n", src, r.Doc, r.Start, r.End, oneLine(r.Text, 160))
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
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			want := map[string]bool{}
			if entity != "" {
				found := v.findEntities(entity)
				if len(found) == 0 {
					return fmt.Errorf("timeline: no entity named %q", entity)
				}
				for _, e := range found {
					want[e.ID] = true
				}
			}
			rows := []eventRow{}
			for _, r := range v.eventRows() {
				if r.Time == "" && !undated {
					continue
				}
				if len(want) > 0 && !overlaps(want, r.entities) {
					continue
				}
				rows = append(rows, r)
			}
			sort.SliceStable(rows, func(i, j int) bool {
				if rows[i].Time == "" || rows[j].Time == "" {
					return rows[i].Time != "" && rows[j].Time == ""
				}
				return timeline.Less(rows[i].Time, rows[i].Mod, rows[j].Time, rows[j].Mod)
			})
			if asJSON {
				return writeJSON(a.stdout, rows)
			}
			printEvents(a, rows)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&entity, "entity", "", "only events in which this entity takes part")
	cmd.Flags().BoolVar(&undated, "undated", false, "also list events the text gives no time for, last")
	return cmd
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func (a *app) conflictsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "conflicts [--db DB] [--json]",
		Short: "List where sources disagree, with each side's sentence",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				cs := v.corpus.Conflicts
				if cs == nil {
					cs = []dossier.Conflict{}
				}
				return writeJSON(a.stdout, cs)
			}
			if len(v.corpus.Conflicts) == 0 {
				fmt.Fprintln(a.stdout, "no conflicts found")
				return nil
			}
			for _, c := range v.corpus.Conflicts {
				var about []string
				for _, id := range c.About {
					about = append(about, v.entityName(id))
				}
				fmt.Fprintf(a.stdout, "%s  %s  about %s\n    %s\n", c.ID, c.Kind, strings.Join(about, ", "), c.Summary)
				for _, s := range c.Sides {
					fmt.Fprintf(a.stdout, "    - %s [%s %d:%d]: %s\n", v.source(s.Doc), s.Doc, s.Start, s.End, oneLine(s.Text, 200))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
