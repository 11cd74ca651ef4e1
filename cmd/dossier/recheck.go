package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
)

// recheckCmd runs the cross-document pass again over everything stored, whether or not documents
// wait for it: after pins were written in the web UI or edited, or after the data files changed.
func (a *app) recheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "recheck",
		Short: "Run the cross-document pass again over everything stored, applying --pins",
		Long: `Resolves entities across the stored documents again (applying the decisions of --pins:
merges and splits, such as those the web UI writes) and checks the reports against each other,
storing the new stories, happenings, conflicts and frames in place of the old ones. Ingest runs
the pass by itself when it stores new pages; recheck is for when only the pins or the data changed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := a.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			start := time.Now()
			if err := a.recheck(cmd.Context(), store); err != nil {
				return err
			}
			a.say("cross-document pass done in %s\n", time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
}

// recheck runs one cross-document pass over every stored analysis and stores its results,
// clearing the marks of the documents that waited for it.
func (a *app) recheck(ctx context.Context, store dossier.Store) error {
	pending, err := store.Pending(ctx)
	if err != nil {
		return fmt.Errorf("recheck: %w", err)
	}
	if err := a.passOver(ctx, store, pending, false); err != nil {
		return fmt.Errorf("recheck: %w", err)
	}
	return nil
}
