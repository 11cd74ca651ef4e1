package postgres

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/storetest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// passes reads the pass that last wrote each result row of s.
func passes(s *Store) storetest.Passes {
	return func(ctx context.Context) (map[string]int64, error) {
		rows, err := s.pool.Query(ctx, `SELECT kind || '/' || id, pass FROM cross_results`)
		if err != nil {
			return nil, err
		}
		out := map[string]int64{}
		var k string
		var p int64
		_, err = pgx.ForEachRow(rows, []any{&k, &p}, func() error { out[k] = p; return nil })
		return out, err
	}
}

// TestRewrites stores results through two handles on one database, as two processes would.
func TestRewrites(t *testing.T) {
	u := pgtest.Schema(t)
	var handles []*Store
	for range 2 {
		s, err := Open(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		handles = append(handles, s)
	}
	storetest.Rewrites(t, handles[0], handles[1], passes(handles[0]))
}

// TestMigrateResults opens a database whose results the older schema stored whole.
func TestMigrateResults(t *testing.T) {
	ctx := t.Context()
	u := pgtest.Schema(t)
	pool, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if err := upgrade(ctx, pool, 3); err != nil {
		t.Fatalf("migrate to version 3: %v", err)
	}
	want := storetest.BigCorpus(100)
	want.Conflicts = nil // stored as null
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	_, err = pool.Exec(ctx, `INSERT INTO corpus (id, results) VALUES (1, $1)`, string(data))
	pool.Close()
	if err != nil {
		t.Fatalf("store results in version 3: %v", err)
	}
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.MigratedResults(t, s, want, passes(s))
}
