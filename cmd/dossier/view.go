package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// stored is what the query commands and the report read: the stored analyses and corpus, and
// the read model built from them, the same the web UI and API show.
type stored struct {
	analyses []*dossier.Analysis
	corpus   *dossier.Corpus
	snap     *view.Snapshot
}

func (a *app) loadView(ctx context.Context) (*stored, error) {
	store, err := a.openExisting(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	snap, err := view.Load(ctx, store)
	if err != nil {
		return nil, err
	}
	return &stored{analyses: snap.Analyses(), corpus: snap.Corpus(), snap: snap}, nil
}

// writeJSON writes v indented, without escaping '<', '>' and '&' as the web API does: the
// output is for terminals and files, not pages.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
