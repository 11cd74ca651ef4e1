package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) entitiesCmd() *cobra.Command {
	var (
		asJSON bool
		typ    string
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "entities [--db DB] [--type PER|ORG|LOC|MISC] [--json]",
		Short: "List the entities found across documents, with every spelling and its count per source",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			type row struct {
				ID        string     `json:"id"`
				Type      string     `json:"type"`
				Name      string     `json:"name"`
				Mentions  int        `json:"mentions"`
				Documents int        `json:"documents"`
				Spellings []spelling `json:"spellings"`
			}
			sp := v.spellings()
			docs := map[string]map[string]bool{}
			for _, an := range v.analyses {
				for _, m := range an.Mentions {
					id := v.members.Entity(an.Doc.ID, m.Chain)
					if docs[id] == nil {
						docs[id] = map[string]bool{}
					}
					docs[id][an.Doc.ID] = true
				}
			}
			rows := []row{}
			for _, e := range v.corpus.Entities {
				if typ != "" && !strings.EqualFold(string(e.Type), typ) {
					continue
				}
				r := row{ID: e.ID, Type: string(e.Type), Name: e.Name, Documents: len(docs[e.ID]), Spellings: sp[e.ID]}
				for _, s := range r.Spellings {
					r.Mentions += s.Count
				}
				rows = append(rows, r)
			}
			sort.SliceStable(rows, func(i, j int) bool {
				if rows[i].Documents != rows[j].Documents {
					return rows[i].Documents > rows[j].Documents
				}
				return rows[i].Mentions > rows[j].Mentions
			})
			if limit > 0 && len(rows) > limit {
				rows = rows[:limit]
			}
			if asJSON {
				return writeJSON(a.stdout, rows)
			}
			if len(rows) == 0 {
				fmt.Fprintln(a.stdout, "no entities (run ingest first)")
				return nil
			}
			for _, r := range rows {
				fmt.Fprintf(a.stdout, "%-4s %s  (%d mentions in %d documents)\n", r.Type, r.Name, r.Mentions, r.Documents)
				for _, s := range r.Spellings {
					var parts []string
					for src, n := range s.BySource {
						parts = append(parts, fmt.Sprintf("%s %d", src, n))
					}
					sort.Strings(parts)
					fmt.Fprintf(a.stdout, "       %-32s %s\n", s.Text, strings.Join(parts, ", "))
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&typ, "type", "", "only entities of this type")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most entities to show (0: all)")
	return cmd
}

func (a *app) entityCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "entity [--db DB] [--json] NAME",
		Short: "Show one entity: its spellings, the sources using each, how each source labels it, its documents",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.loadView(cmd.Context())
			if err != nil {
				return err
			}
			query := strings.Join(args, " ")
			found := v.findEntities(query)
			if len(found) == 0 {
				return fmt.Errorf("entity %q: no entity has that name or spelling", query)
			}
			sp := v.spellings()
			type label struct {
				Source string `json:"source"`
				Doc    string `json:"doc"`
				Text   string `json:"text"`
			}
			type docRef struct {
				ID       string `json:"id"`
				Title    string `json:"title"`
				Source   string `json:"source"`
				Mentions int    `json:"mentions"`
			}
			type detail struct {
				ID        string     `json:"id"`
				Type      string     `json:"type"`
				Name      string     `json:"name"`
				Spellings []spelling `json:"spellings"`
				Labels    []label    `json:"labels"`
				Documents []docRef   `json:"documents"`
			}
			var out []detail
			for _, e := range found {
				d := detail{ID: e.ID, Type: string(e.Type), Name: e.Name, Spellings: sp[e.ID], Labels: []label{}, Documents: []docRef{}}
				for _, an := range v.analyses {
					n := 0
					for _, m := range an.Mentions {
						if v.members.Entity(an.Doc.ID, m.Chain) == e.ID {
							n++
						}
					}
					if n > 0 {
						d.Documents = append(d.Documents, docRef{an.Doc.ID, an.Doc.Title, v.source(an.Doc.ID), n})
					}
					for _, l := range an.Labels {
						if v.members.Entity(an.Doc.ID, l.Chain) == e.ID {
							d.Labels = append(d.Labels, label{v.source(an.Doc.ID), an.Doc.ID, l.Text})
						}
					}
				}
				out = append(out, d)
			}
			if asJSON {
				return writeJSON(a.stdout, out)
			}
			for i, d := range out {
				if i > 0 {
					fmt.Fprintln(a.stdout)
				}
				fmt.Fprintf(a.stdout, "%s  %s  [%s]\n", d.Name, d.Type, d.ID)
				fmt.Fprintln(a.stdout, "spellings:")
				for _, s := range d.Spellings {
					var parts []string
					for src, n := range s.BySource {
						parts = append(parts, fmt.Sprintf("%s %d", src, n))
					}
					sort.Strings(parts)
					fmt.Fprintf(a.stdout, "  %-32s %s\n", s.Text, strings.Join(parts, ", "))
				}
				if len(d.Labels) > 0 {
					fmt.Fprintln(a.stdout, "labels by source:")
					for _, l := range d.Labels {
						fmt.Fprintf(a.stdout, "  %-24s %s\n", l.Source, l.Text)
					}
				}
				fmt.Fprintln(a.stdout, "documents:")
				for _, doc := range d.Documents {
					fmt.Fprintf(a.stdout, "  %s  %s (%s, %d mentions)\n", doc.ID, doc.Title, doc.Source, doc.Mentions)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
