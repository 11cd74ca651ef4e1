package sqlite

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestMigrateFromVersion1 opens a database made by the first schema, with a document already in
// it, and checks that Open migrates it and indexes the old document for search.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, old.w, 1); err != nil {
		t.Fatalf("migrate to version 1: %v", err)
	}
	if v, err := old.Version(ctx); err != nil || v != 1 {
		t.Fatalf("version after first step: %d, %v; want 1", v, err)
	}
	_, err = old.w.ExecContext(ctx, `INSERT INTO documents (id, file, title, text, ingested_at)
		VALUES ('old1', 'old.html', 'Ferry service resumes', 'The ferry sailed at dawn.', '2021-01-01T00:00:00Z')`)
	if err != nil {
		t.Fatalf("insert into version 1: %v", err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	for range 2 { // the second Open finds nothing to do
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open old database: %v", err)
		}
		ms, _ := migrations()
		if v, err := s.Version(ctx); err != nil || v != len(ms) {
			t.Errorf("version after open: %d, %v; want %d", v, err, len(ms))
		}
		hits, err := s.Search(ctx, "ferry", 5)
		if err != nil || len(hits) != 1 || hits[0].Doc.ID != "old1" {
			t.Errorf("search an old document: %v, %v", hits, err)
		}
		var got []*dossier.Analysis
		if err := s.Analyses(ctx, func(a *dossier.Analysis) error { got = append(got, a); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Doc.Title != "Ferry service resumes" || got[0].Doc.Captions != nil && len(got[0].Doc.Captions) != 0 {
			t.Errorf("old document read back as %+v", got)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNewerSchema refuses a database migrated by a newer build.
func TestNewerSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (999, '999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Fatal("open of a newer schema succeeded")
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{`blockade`, `(("blockade"))`},
		{`Blockade harbour`, `(("Blockade") AND ("harbour"))`},
		{`"grain convoy" depot`, `(("grain convoy") AND ("depot"))`},
		{`salt OR depot port`, `(("salt" OR "depot") AND ("port"))`},
		{`grain -convoy -"fish market"`, `(("grain")) NOT "convoy" NOT "fish market"`},
		{`US-backed`, `(("US backed"))`},
		{`"unclosed phrase`, `(("unclosed phrase"))`},
		{`NEAR(a b) AND title:x*`, `(("NEAR a") AND ("b") AND ("title x"))`},
		{"caf\xe9 \x00x", `(("caf") AND ("x"))`},
	}
	for _, tc := range tests {
		got, err := ftsQuery(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ftsQuery(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// FuzzSearch checks that no query reaches FTS5 as a syntax error: it either runs or is refused
// with ErrBadQuery.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{`blockade`, `"a b`, `a OR -b`, `NEAR(x y, 2)`, `col:x`, `^x*`, `(`, `-`, `""`, "\xff"} {
		f.Add(q)
	}
	s, err := Open(f.Context(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	if _, err := s.Put(f.Context(), []*dossier.Analysis{{Doc: dossier.Document{ID: "f1", File: "f", Title: "Convoy", Text: "A convoy of trucks crossed the bridge."}}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(t.Context(), q, 3)
		if err != nil && !errorsIsBadQuery(err) {
			t.Errorf("search %q: %v", q, err)
		}
	})
}

func errorsIsBadQuery(err error) bool { return errors.Is(err, dossier.ErrBadQuery) }
