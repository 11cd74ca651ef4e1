package sqlite

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier/storetest"
)

// passes reads the pass that last wrote each result row of s.
func passes(s *Store) storetest.Passes {
	return func(ctx context.Context) (map[string]int64, error) {
		rows, err := s.r.QueryContext(ctx, `SELECT kind || '/' || id, pass FROM cross_results`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string]int64{}
		for rows.Next() {
			var k string
			var p int64
			if err := rows.Scan(&k, &p); err != nil {
				return nil, err
			}
			out[k] = p
		}
		return out, rows.Err()
	}
}

// TestRewrites stores results through two handles on one database, as two processes would.
func TestRewrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dossier.db")
	var handles []*Store
	for range 2 {
		s, err := Open(t.Context(), path)
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
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := upgrade(ctx, old.w, 3); err != nil {
		t.Fatalf("migrate to version 3: %v", err)
	}
	want := storetest.BigCorpus(100)
	want.Conflicts = nil // stored as null
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	_, err = old.w.ExecContext(ctx, `INSERT INTO corpus (id, results, updated_at) VALUES (1, ?, '2025-01-01T00:00:00Z')`, data)
	if err != nil {
		t.Fatalf("store results in version 3: %v", err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.MigratedResults(t, s, want, passes(s))
}
