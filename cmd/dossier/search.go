package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) searchCmd() *cobra.Command {
	var (
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "search [--db PATH] QUERY",
		Short: "Find documents by full-text search and show a snippet with the matched words in [brackets]",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			query := joinArgs(args)
			hits, err := store.Search(ctx, query, limit)
			if err != nil {
				return fmt.Errorf("search %q: %w", query, err)
			}
			if asJSON {
				type hit struct {
					ID, File, Title, Publisher, Published, Snippet string
				}
				out := []hit{}
				for _, h := range hits {
					out = append(out, hit{h.Doc.ID, h.Doc.File, h.Doc.Title, h.Doc.Publisher, h.Doc.Published, h.Snippet})
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			if len(hits) == 0 {
				fmt.Fprintln(a.stdout, "no documents match")
				return nil
			}
			for _, h := range hits {
				fmt.Fprintf(a.stdout, "%s  %s\n    %s\n    %s\n", h.Doc.ID, printable(h.Doc.Title), printable(h.Doc.File), strings.Join(strings.Fields(h.Snippet), " "))
			}
			return nil
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "most documents to show")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func joinArgs(args []string) string { return strings.Join(args, " ") }
