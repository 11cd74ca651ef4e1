package sqlite

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/doccols"
	"github.com/dossier-project/dossier/storetest"
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
	if err := upgrade(ctx, old.w, 1); err != nil {
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

	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Migrated(t, func() (storetest.Versioned, error) { return Open(ctx, path) }, len(ms))
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

// TestMigrateOutlines opens a database whose documents were stored before outlines were.
func TestMigrateOutlines(t *testing.T) {
	migrateOld(t, outlineStep, doccols.EncodeWhole, "outline IS NULL OR findings IS NULL", "outline = NULL, findings = NULL")
}

// TestMigrateFindings opens a database whose documents were stored with outlines, before
// findings columns were.
func TestMigrateFindings(t *testing.T) {
	migrateOld(t, findingsStep, doccols.EncodeOutlined, "findings IS NULL", "findings = NULL")
}

// migrateOld runs storetest.OutlinesFilled over a database at the schema before the step that
// adds a column, its documents stored with the columns of encode: missing is the condition of a
// row that lacks what the step adds, and clear what takes it out of a row.
func migrateOld(t *testing.T, step int, encode func(*dossier.Analysis) (doccols.Columns, error), missing, clear string) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if err := upgrade(ctx, old.w, step-1); err != nil {
		t.Fatalf("migrate to version %d: %v", step-1, err)
	}
	storetest.OutlinesFilled(t, storetest.OldOutlines{
		Encode: encode,
		Insert: func(d *dossier.Document, c doccols.Columns) error {
			_, err := old.w.ExecContext(ctx, `INSERT INTO documents (id, file, url, title, publisher, published,
				language, standfirst, captions, text, sentences, analysis, ingested_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2021-01-01T00:00:00Z')`,
				d.ID, d.File, d.URL, d.Title, d.Publisher, d.Published, d.Language, d.Standfirst,
				c.Captions, d.Text, c.Sentences, c.Analysis)
			if err != nil || c.Outline == nil {
				return err
			}
			_, err = old.w.ExecContext(ctx, `UPDATE documents SET outline = ? WHERE id = ?`, c.Outline, d.ID)
			return err
		},
		Open: func() (dossier.Store, error) { return Open(ctx, path) },
		Missing: func() (int, error) {
			var n int
			err := old.r.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE `+missing).Scan(&n)
			return n, err
		},
		Rewrite: func(id string, analysis []byte) error {
			_, err := old.w.ExecContext(ctx, `UPDATE documents SET `+clear+`, analysis = ? WHERE id = ?`, analysis, id)
			return err
		},
	})
}
