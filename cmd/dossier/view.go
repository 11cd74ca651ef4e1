package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dossier-project/dossier/view"
)

// stored is what the query commands read: the read model the web UI and API show, over the
// store it reads a document's text from. close releases the store.
type stored struct {
	snap  *view.Snapshot
	close func() error
}

func (a *app) loadView(ctx context.Context) (*stored, error) {
	store, err := a.openExisting(ctx)
	if err != nil {
		return nil, err
	}
	snap, err := view.Load(ctx, store)
	if err != nil {
		store.Close()
		return nil, err
	}
	return &stored{snap: snap, close: store.Close}, nil
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
