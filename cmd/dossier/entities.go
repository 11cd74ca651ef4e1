package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

func (a *app) entitiesCmd() *cobra.Command {
	var (
		out   listFormat
		typ   string
		limit int
	)
	cmd := &cobra.Command{
		Use:   "entities [--db DB] [--type PER|ORG|LOC|MISC] [-n N] [--format text|json|jsonl]",
		Short: "List the entities found across documents, with every spelling and its count per source",
		Long: `Lists the entities found across documents, those named in most documents first, each with
every spelling and how often each source writes it so. --format json and jsonl print the same
objects as the web API's /api/entities.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if typ, err = oneOf("entity type", typ, entityTypes); err != nil {
				return err
			}
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			rows := limitRows(v.snap.Entities(typ), limit)
			return writeRows(a.stdout, format, rows, func() {
				if len(rows) == 0 {
					fmt.Fprintln(a.stdout, "no entities")
				}
				for _, e := range rows {
					fmt.Fprintf(a.stdout, "%-4s %s  (%s in %s)\n", e.Type, e.Name, plural(e.Mentions, "mention"), plural(e.Documents, "document"))
					printSpellings(a.stdout, "       ", e.Spellings)
				}
			})
		},
	}
	out.register(cmd)
	cmd.Flags().StringVar(&typ, "type", "", "only entities of this type ("+strings.Join(entityTypes, ", ")+")")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most entities to show (0: all)")
	return cmd
}

// entityTypes are the values of --type on entities.
var entityTypes = []string{string(dossier.PER), string(dossier.ORG), string(dossier.LOC), string(dossier.MISC)}

// spellingWidth is the width of the spelling column of entity listings.
const spellingWidth = 32

// printSpellings writes one line per spelling: the text, then each source using it with how
// often, sources in alphabetical order; a spelling too long for its column is followed by a
// line of its sources.
func printSpellings(w io.Writer, indent string, sp []view.Spelling) {
	for _, s := range sp {
		var parts []string
		for _, u := range s.Sources {
			parts = append(parts, fmt.Sprintf("%s %d", u.Source, u.Count))
		}
		sort.Strings(parts)
		if displayWidth(s.Text) > spellingWidth {
			// A long spelling gets a line of its own, so that its last words are not read as
			// the name of the first source.
			fmt.Fprintf(w, "%s%s\n%s%s %s\n", indent, s.Text, indent, strings.Repeat(" ", spellingWidth), strings.Join(parts, ", "))
			continue
		}
		fmt.Fprintf(w, "%s%s %s\n", indent, fitColumn(s.Text, spellingWidth), strings.Join(parts, ", "))
	}
}

// plural is n with the noun, plural when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (a *app) entityCmd() *cobra.Command {
	var out listFormat
	cmd := &cobra.Command{
		Use:   "entity [--db DB] [--format text|json|jsonl] NAME",
		Short: "Show one entity: its spellings, the sources using each, how each source labels it, its documents",
		Long: `Shows the entities having NAME as their name or as one of their spellings (case and accents
do not matter; when none has it exactly, those whose spellings contain it): every spelling with
the sources using it, how each source labels the entity, its documents, the events naming it and
the conflicts about it. --format json prints a list of the objects the web API's
/api/entities/ID gives, jsonl one a line. When no entity has the name the exit status is 1.`,
		Args: needArgs(`name the entity, by any of its spellings ("dossier entities" lists them)`, false),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			query := strings.Join(args, " ")
			found := v.snap.FindEntities(query)
			if len(found) == 0 {
				return fmt.Errorf("entity %q: no entity has that name or spelling", query)
			}
			cite := numberDocs(v.snap)
			details := []*view.EntityDetail{}
			for _, e := range found {
				if d, ok := v.snap.Entity(e.ID); ok {
					details = append(details, d)
				}
			}
			return writeRows(a.stdout, format, details, func() {
				for i, d := range details {
					if i > 0 {
						fmt.Fprintln(a.stdout)
					}
					printEntity(a.stdout, d, cite)
				}
			})
		},
	}
	out.register(cmd)
	return cmd
}

// printEntity writes one entity: its spellings and who uses each, how each source labels it, its
// documents in the order their citations number them, each with its label ("D3"), and the
// events and conflicts naming it.
func printEntity(w io.Writer, d *view.EntityDetail, cite citeLabels) {
	fmt.Fprintf(w, "%s  %s  [%s]  (%s in %s)\n", d.Name, d.Type, d.ID, plural(d.Mentions, "mention"), plural(d.Documents, "document"))
	fmt.Fprintln(w, "spellings:")
	printSpellings(w, "  ", d.Spellings)
	if len(d.Framing) > 0 {
		fmt.Fprintln(w, "labels by source:")
		for _, f := range d.Framing {
			labels := strings.Join(f.Labels, "; ")
			if labels == "" {
				labels = "(no label)"
			}
			if f.Camp != "" {
				labels += "  [" + f.Camp + "]"
			}
			fmt.Fprintf(w, "  %-24s %s\n", f.Source, labels)
		}
	}
	fmt.Fprintln(w, "documents:")
	for _, doc := range d.DocumentsList {
		fmt.Fprintf(w, "  %-4s %s  %s (%s, %s, %s)\n", cite.label(doc.ID, -1), doc.ID, doc.Title, doc.Source, dateOr(doc.Published),
			plural(doc.EntityMentions, "mention"))
	}
	if len(d.Events) > 0 {
		fmt.Fprintf(w, "events naming it: %d\n", len(d.Events))
	}
	if len(d.Conflicts) > 0 {
		fmt.Fprintln(w, "conflicts:")
		for _, c := range d.Conflicts {
			fmt.Fprintf(w, "  %s  %s  %s\n", c.ID, c.Kind, oneLine(c.Summary, 160))
		}
	}
}
