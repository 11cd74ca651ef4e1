package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/export"
)

func (a *app) exportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export [--db PATH] [--format json] [-o FILE]",
		Short: "Write everything stored as one JSON object (documents, entities, timexes, events, conflicts)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			ctx := cmd.Context()
			if format != "json" {
				return fmt.Errorf("export: unknown format %q (json)", format)
			}
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			var w io.Writer = a.stdout
			if out != "" && out != "-" {
				// Write to a temporary file first so a failed export never leaves half a file behind.
				tmp, err := os.CreateTemp(dirOf(out), ".export-*")
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer func() {
					if err != nil {
						tmp.Close()
						os.Remove(tmp.Name())
						return
					}
					if err = tmp.Close(); err == nil {
						err = os.Rename(tmp.Name(), out)
					}
				}()
				w = tmp
			}
			return export.JSON(ctx, w, store)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "export format: json")
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (default: standard output)")
	return cmd
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
