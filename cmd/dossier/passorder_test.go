package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/sqlite"
)

// reversedStore gives the analyses for the pass in reverse order of id.
type reversedStore struct{ *sqlite.Store }

// PassAnalyses calls fn for every analysis PassAnalyses gives, last id first.
func (s reversedStore) PassAnalyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return reversed(ctx, s.Store.PassAnalyses, fn)
}

// PassMentions calls fn for every analysis PassMentions gives, last id first.
func (s reversedStore) PassMentions(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return reversed(ctx, s.Store.PassMentions, fn)
}

// reversed calls fn for every analysis read gives, last first.
func reversed(ctx context.Context, read func(context.Context, func(*dossier.Analysis) error) error, fn func(*dossier.Analysis) error) error {
	var all []*dossier.Analysis
	if err := read(ctx, func(a *dossier.Analysis) error {
		all = append(all, a)
		return nil
	}); err != nil {
		return err
	}
	slices.Reverse(all)
	for _, a := range all {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// TestPassOutOfOrder: a store that gives the analyses out of order of id gets the pass a store
// in order gets, read once and held.
func TestPassOutOfOrder(t *testing.T) {
	in := writeBatches(t, t.TempDir(), jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), 40), 40)[0]
	var exports [][]byte
	for _, reverse := range []bool{false, true} {
		ctx := context.Background()
		db, st := ingestUnchecked(t, in)
		var store dossier.Store = st
		if reverse {
			store = reversedStore{st}
		}
		a := &app{db: db, quiet: true, stdout: io.Discard}
		if err := a.recheck(ctx, store); err != nil {
			t.Fatal(err)
		}
		st.Close()
		exports = append(exports, dossierRun(t, "export", "--db", db))
	}
	if !bytes.Equal(exports[0], exports[1]) {
		t.Errorf("export after a pass over analyses out of order differs:\n%s", firstDiff(exports[0], exports[1]))
	}
}

// ingestUnchecked ingests input into a new SQLite database without the cross-document pass and
// opens it.
func ingestUnchecked(t *testing.T, input string) (string, *sqlite.Store) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "dossier.db")
	dossierRun(t, "ingest", "--no-cross", "--db", db, input)
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	return db, st
}
