package main

import (
	"context"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/postgres"
)

func openPostgres(ctx context.Context, url string) (dossier.Store, error) {
	s, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	return s, nil
}
