package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/report"
	"github.com/dossier-project/dossier/view"
)

// reportInput loads what a report is made from: the stored analyses with their words and the
// stored results of the cross-document pass, as the read model reads them.
func (a *app) reportInput(ctx context.Context) (report.Input, error) {
	store, err := a.openExisting(ctx)
	if err != nil {
		return report.Input{}, err
	}
	defer store.Close()
	analyses, corpus, err := view.Stored(ctx, store)
	if err != nil {
		return report.Input{}, err
	}
	return report.Input{Analyses: analyses, Corpus: corpus}, nil
}

// minReportWidth is the narrowest text report: below it a line holds a word or two and the
// conflicts' two columns none.
const minReportWidth = 40

func (a *app) reportCmd() *cobra.Command {
	var (
		format    string
		htmlOut   string
		width     int
		documents bool
	)
	cmd := &cobra.Command{
		Use:   "report [--db DB] [--format text|md] [--html FILE]",
		Short: "Report sources, entities, timeline, events with corroboration, conflicts and framing",
		Long: `Prints a report of everything stored: the sources and which of them copy or translate
one another, the entities with their spellings, a timeline, the happenings with the number of
independent sources telling them, the conflicts side by side, and how each source labels each
actor. --format md writes Markdown; --html FILE writes one self-contained HTML file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// The command line is checked before the store is read, so that a mistake is told
			// at once, however large the corpus.
			if format != "text" && format != "" && format != "md" && format != "markdown" {
				return usagef("report: unknown format %q: use one of text, md", format)
			}
			if width != 0 && width < minReportWidth {
				return usagef("report: --width %d is too narrow for the side-by-side columns: give %d or more (0: 100)", width, minReportWidth)
			}
			in, err := a.reportInput(cmd.Context())
			if err != nil {
				return err
			}
			if htmlOut != "" {
				return writeFileAtomic(htmlOut, func(w io.Writer) error { return report.HTML(w, in) })
			}
			switch format {
			case "text", "":
				return report.Terminal(a.stdout, in, report.Options{Width: width, Documents: documents})
			case "md", "markdown":
				return report.Markdown(a.stdout, in)
			}
			return usagef("report: unknown format %q: use one of text, md", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or md")
	cmd.Flags().StringVar(&htmlOut, "html", "", "write a self-contained HTML report to this file")
	cmd.Flags().IntVar(&width, "width", 100, "line width of the text report, 40 or more (0: 100)")
	cmd.Flags().BoolVar(&documents, "documents", false, "add each document's text to the text report")
	return cmd
}
