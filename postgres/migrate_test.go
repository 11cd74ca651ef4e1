package postgres

import (
	"strings"
	"sync"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/doccols"
	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/storetest"
	"github.com/jackc/pgx/v5/pgxpool"
)

// TestMigrateFromVersion1 opens a database made by the first schema, with a document already in
// it, and checks that Open migrates it and indexes the old document for search.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := t.Context()
	u := pgtest.Schema(t)
	pool, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if err := upgrade(ctx, pool, 1); err != nil {
		t.Fatalf("migrate to version 1: %v", err)
	}
	_, err = pool.Exec(ctx, `INSERT INTO documents (id, file, title, text)
		VALUES ('old1', 'old.html', 'Ferry service resumes', 'The ferry sailed at dawn.')`)
	pool.Close()
	if err != nil {
		t.Fatalf("insert into version 1: %v", err)
	}

	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Migrated(t, func() (storetest.Versioned, error) { return Open(ctx, u) }, len(ms))
}

// TestConcurrentOpen migrates one schema from several processes' worth of Opens at once.
func TestConcurrentOpen(t *testing.T) {
	u := pgtest.Schema(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Go(func() {
			s, err := Open(t.Context(), u)
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent open: %v", err)
	}
}

// TestNewerSchema refuses a database migrated by a newer build.
func TestNewerSchema(t *testing.T) {
	ctx := t.Context()
	u := pgtest.Schema(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, u); err == nil {
		s.Close()
		t.Fatal("open of a newer schema succeeded")
	}
}

// TestBadURL names neither the password nor fails later than Open.
func TestBadURL(t *testing.T) {
	_, err := Open(t.Context(), "postgres://user:secret@127.0.0.1:1/x?sslmode=disable&connect_timeout=1")
	if err == nil {
		t.Fatal("open of an unreachable server succeeded")
	}
	if got := err.Error(); strings.Contains(got, "secret") {
		t.Errorf("error shows the password: %s", got)
	}
}

func TestMalformedURL(t *testing.T) {
	_, err := Open(t.Context(), "postgres://user:secret@127.0.0.1:notaport/x")
	if err == nil {
		t.Fatal("open of a malformed url succeeded")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
}

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
	u := pgtest.Schema(t)
	pool, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if err := upgrade(ctx, pool, step-1); err != nil {
		t.Fatalf("migrate to version %d: %v", step-1, err)
	}
	storetest.OutlinesFilled(t, storetest.OldOutlines{
		Encode: encode,
		Insert: func(d *dossier.Document, c doccols.Columns) error {
			_, err := pool.Exec(ctx, `INSERT INTO documents (id, file, url, title, publisher, published,
				language, standfirst, captions, text, sentences, analysis)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
				d.ID, d.File, d.URL, d.Title, d.Publisher, d.Published, d.Language, d.Standfirst,
				c.Captions, d.Text, c.Sentences, c.Analysis)
			if err != nil || c.Outline == nil {
				return err
			}
			_, err = pool.Exec(ctx, `UPDATE documents SET outline = $1 WHERE id = $2`, c.Outline, d.ID)
			return err
		},
		Open: func() (dossier.Store, error) { return Open(ctx, u) },
		Missing: func() (int, error) {
			var n int
			err := pool.QueryRow(ctx, `SELECT count(*) FROM documents WHERE `+missing).Scan(&n)
			return n, err
		},
		Rewrite: func(id string, analysis []byte) error {
			_, err := pool.Exec(ctx, `UPDATE documents SET `+clear+`, analysis = $1 WHERE id = $2`, analysis, id)
			return err
		},
	})
}
