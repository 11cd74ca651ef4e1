package main

import (
	"context"
	"fmt"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/crosscheck"
	"github.com/dossier-project/dossier/resolve"
)

// crossPass runs the cross-document pass over everything stored and stores its results.
func (a *app) crossPass(ctx context.Context, store dossier.Store) error {
	analyses, err := loadAnalyses(ctx, store)
	if err != nil {
		return fmt.Errorf("cross-document pass: %w", err)
	}
	corpus, _, err := a.buildCorpus(analyses)
	if err != nil {
		return fmt.Errorf("cross-document pass: %w", err)
	}
	if err := store.PutCorpus(ctx, corpus); err != nil {
		return fmt.Errorf("cross-document pass: %w", err)
	}
	return nil
}

func loadAnalyses(ctx context.Context, store dossier.Store) ([]*dossier.Analysis, error) {
	var analyses []*dossier.Analysis
	err := store.Analyses(ctx, func(an *dossier.Analysis) error {
		analyses = append(analyses, an)
		return nil
	})
	return analyses, err
}

// buildCorpus resolves entities across documents and checks the reports against each other.
func (a *app) buildCorpus(analyses []*dossier.Analysis) (*dossier.Corpus, *crosscheck.Result, error) {
	pins := &resolve.Pins{}
	if a.pins != "" {
		p, err := resolve.LoadPins(a.pins)
		if err != nil {
			return nil, nil, err
		}
		pins = p
	}
	entities, members := resolve.New(pins).Resolve(analyses)
	res := crosscheck.New().Check(analyses, entities, members)
	return &dossier.Corpus{Entities: entities, Members: members, Origins: res.Origins, Conflicts: res.Conflicts}, res, nil
}
