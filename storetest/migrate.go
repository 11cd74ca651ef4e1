package storetest

import (
	"context"
	"testing"

	"github.com/dossier-project/dossier"
)

// Versioned is a store that reports the schema version its database is at.
type Versioned interface {
	dossier.Store
	Version(ctx context.Context) (int, error)
}

// Migrated checks a database made by a store's first schema holding one document, id old1, titled
// "Ferry service resumes", whose text mentions a ferry. Opened twice (the second Open finds nothing
// to do), it must be at schema version want, read the old document back, find it by search and hold
// it pending for the cross-document pass, which the old schema could not record.
func Migrated(t *testing.T, open func() (Versioned, error), want int) {
	t.Helper()
	ctx := t.Context()
	for range 2 {
		s, err := open()
		if err != nil {
			t.Fatalf("open old database: %v", err)
		}
		if v, err := s.Version(ctx); err != nil || v != want {
			t.Errorf("version after open: %d, %v; want %d", v, err, want)
		}
		hits, err := s.Search(ctx, "ferry", 5)
		if err != nil || len(hits) != 1 || hits[0].Doc.ID != "old1" {
			t.Errorf("search an old document: %v, %v", hits, err)
		}
		var got []*dossier.Analysis
		if err := s.Analyses(ctx, func(a *dossier.Analysis) error { got = append(got, a); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Doc.Title != "Ferry service resumes" || len(got[0].Doc.Captions) != 0 {
			t.Errorf("old document read back as %+v", got)
		}
		if p, err := s.Pending(ctx); err != nil || len(p) != 1 || p[0] != "old1" {
			t.Errorf("pending after upgrade: %v, %v; want [old1]", p, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
