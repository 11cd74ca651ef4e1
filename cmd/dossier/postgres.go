package main

import (
	"context"
	"errors"

	"github.com/dossier-project/dossier"
)

func openPostgres(ctx context.Context, url string) (dossier.Store, error) {
	return nil, errors.New("postgres store not built yet")
}
