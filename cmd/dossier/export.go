package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/export"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export [--db PATH] [--format json|jsonl|csv] [-o FILE]",
		Short: "Write everything stored as JSON (documents, entities, timexes, events, conflicts, happenings) or happenings as CSV",
		Long: `--format json (the default) writes one JSON object with documents, entities (mentions,
labels), time expressions, events, conflicts and happenings (each with its start and end days and
its events), every fact with its document and byte offsets.
--format jsonl writes the same records as JSON Lines, one a line, each with a "record" field
naming its kind (document, timex, event, entity, conflict, happening).
--format csv writes one row per happening: date and its precision, type, actors, targets, place,
sources, the number of independent sources, modality and notes on disagreements.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var write func(io.Writer) error
			switch format {
			case "json":
				write = func(w io.Writer) error { return a.exportStore(ctx, w, export.JSON) }
			case "jsonl":
				write = func(w io.Writer) error { return a.exportStore(ctx, w, export.JSONL) }
			case "csv":
				write = func(w io.Writer) error {
					in, err := a.reportInput(ctx)
					if err != nil {
						return err
					}
					return export.CSV(w, in.Analyses, in.Corpus)
				}
			default:
				return usagef("export: unknown format %q: use one of json, jsonl, csv", format)
			}
			if out == "" || out == "-" {
				return write(a.stdout)
			}
			return writeFileAtomic(out, write)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "export format: json, jsonl or csv")
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (default: standard output)")
	return cmd
}

// exportStore writes the export of the stored data with one of the export package's writers.
func (a *app) exportStore(ctx context.Context, w io.Writer, write func(context.Context, io.Writer, export.Store) error) error {
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return write(ctx, w, store)
}
