package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/export"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export [--db PATH] [--format json|csv] [-o FILE]",
		Short: "Write everything stored as JSON (documents, entities, timexes, events, conflicts) or happenings as CSV",
		Long: `--format json (the default) writes one JSON object with documents, entities (mentions,
labels), time expressions, events and conflicts, every fact with its document and byte offsets.
--format csv writes one row per happening: date and its precision, type, actors, targets, place,
sources, the number of independent sources, modality and notes on disagreements.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var write func(io.Writer) error
			switch format {
			case "json":
				write = func(w io.Writer) error { return a.exportJSON(ctx, w) }
			case "csv":
				write = func(w io.Writer) error {
					in, err := a.reportInput(ctx)
					if err != nil {
						return err
					}
					return export.CSV(w, in.Analyses, in.Corpus)
				}
			default:
				return fmt.Errorf("export: unknown format %q (json, csv)", format)
			}
			if out == "" || out == "-" {
				return write(a.stdout)
			}
			return writeFileAtomic(out, write)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "export format: json or csv")
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (default: standard output)")
	return cmd
}

func (a *app) exportJSON(ctx context.Context, w io.Writer) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return export.JSON(ctx, w, store)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' || path[i] == '\\' {
			return path[:i+1]
		}
	}
	return "."
}
