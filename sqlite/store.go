package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/dossier-project/dossier/internal/doccols"

	"github.com/dossier-project/dossier"
)

// pageSize is how many analyses Analyses reads at a time.
const pageSize = 256

// docColumns are the columns scanDoc reads, in its order.
const docColumns = `d.id, d.file, d.url, d.title, d.publisher, d.published, d.language, d.standfirst,
	d.captions, d.text, d.sentences, d.analysis, d.outline, d.findings`

// Put stores a batch of analysed documents in one transaction; see dossier.Store.
func (s *Store) Put(ctx context.Context, batch []*dossier.Analysis) ([]bool, error) {
	added := make([]bool, len(batch))
	if len(batch) == 0 {
		return added, nil
	}
	type row struct {
		doccols.Columns
	}
	rows := make([]row, len(batch))
	for i, a := range batch {
		if a == nil || a.Doc.ID == "" {
			return nil, fmt.Errorf("put: document %d of the batch has no id", i)
		}
		var err error
		r := &rows[i]
		if r.Columns, err = doccols.Encode(a); err != nil {
			return nil, fmt.Errorf("put %s: %w", a.Doc.ID, err)
		}
	}
	now := s.now().UTC().Format(time.RFC3339Nano)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	insert, err := tx.PrepareContext(ctx, `INSERT INTO documents
		(id, file, url, title, publisher, published, language, standfirst, captions, text, sentences, analysis, outline, findings, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer insert.Close()
	unfail, err := tx.PrepareContext(ctx, `DELETE FROM failures WHERE file = ?`)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer unfail.Close()
	mark, err := tx.PrepareContext(ctx, `INSERT INTO cross_pending (doc) VALUES (?) ON CONFLICT (doc) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer mark.Close()
	for i, a := range batch {
		d := &a.Doc
		res, err := insert.ExecContext(ctx, d.ID, d.File, d.URL, d.Title, d.Publisher, d.Published, d.Language,
			d.Standfirst, rows[i].Captions, d.Text, rows[i].Sentences, rows[i].Analysis, rows[i].Outline, rows[i].Findings, now)
		if err != nil {
			return nil, fmt.Errorf("put %s: %w", d.ID, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("put %s: %w", d.ID, err)
		}
		added[i] = n == 1
		if added[i] {
			if _, err := mark.ExecContext(ctx, d.ID); err != nil {
				return nil, fmt.Errorf("put %s: mark for the cross-document pass: %w", d.ID, err)
			}
		}
		if _, err := unfail.ExecContext(ctx, d.File); err != nil {
			return nil, fmt.Errorf("put %s: clear failure of %s: %w", d.ID, d.File, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return added, nil
}

// Has reports whether a document with this id is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, id).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("has %s: %w", id, err)
	}
	return true, nil
}

// Analyses calls fn for every stored analysis in order of id. It reads a page at a time and holds
// no transaction while fn runs, so fn may use the store, writes included.
func (s *Store) Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, docColumns, func(rows *sql.Rows) (*dossier.Analysis, error) { return scanDoc(rows) }, fn)
}

// each calls fn for every stored analysis in order of id, reading columns of each document a page
// at a time and scan to make the analysis of a row.
func (s *Store) each(ctx context.Context, columns string, scan func(*sql.Rows) (*dossier.Analysis, error), fn func(*dossier.Analysis) error) error {
	after := "" // Put refuses empty ids, so every id sorts after this
	for {
		page, err := s.page(ctx, columns, scan, after)
		if err != nil {
			return err
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = page[len(page)-1].Doc.ID
	}
}

// page reads up to pageSize analyses with ids after the given one. The condition is a plain range
// on the unique index, so each page costs its own size, not the table's.
func (s *Store) page(ctx context.Context, columns string, scan func(*sql.Rows) (*dossier.Analysis, error), after string) ([]*dossier.Analysis, error) {
	return s.analysesOf(ctx, `SELECT `+columns+` FROM documents d
		WHERE d.id > ? ORDER BY d.id LIMIT ?`, []any{after, pageSize}, scan)
}

// analysesOf runs query, which selects the columns scan reads, and returns the analyses of its
// rows, read before any is handed on so that no query stays open while the caller works.
func (s *Store) analysesOf(ctx context.Context, query string, args []any, scan func(*sql.Rows) (*dossier.Analysis, error)) ([]*dossier.Analysis, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("analyses: %w", err)
	}
	defer rows.Close()
	var out []*dossier.Analysis
	for rows.Next() {
		a, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("analyses: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("analyses: %w", err)
	}
	return out, nil
}

// scanDoc reads the docColumns of one row, then any extra destinations.
func scanDoc(rows *sql.Rows, extra ...any) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	// The JSON columns are decoded before the next row is read: they need no copy of their own.
	var c doccols.Columns
	dest := append([]any{&d.ID, &d.File, &d.URL, &d.Title, &d.Publisher, &d.Published, &d.Language,
		&d.Standfirst, (*sql.RawBytes)(&c.Captions), &d.Text, (*sql.RawBytes)(&c.Sentences), (*sql.RawBytes)(&c.Analysis),
		(*sql.RawBytes)(&c.Outline), (*sql.RawBytes)(&c.Findings)}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return nil, err
	}
	if err := doccols.Decode(a, c); err != nil {
		return nil, err
	}
	return a, nil
}

// PutFailures records inputs that failed, replacing an earlier reason for the same file.
func (s *Store) PutFailures(ctx context.Context, fs []dossier.Failure) error {
	if len(fs) == 0 {
		return nil
	}
	now := s.now().UTC().Format(time.RFC3339Nano)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put failures: begin: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO failures (file, reason, at) VALUES (?, ?, ?)
		ON CONFLICT (file) DO UPDATE SET reason = excluded.reason, at = excluded.at`)
	if err != nil {
		return fmt.Errorf("put failures: %w", err)
	}
	defer stmt.Close()
	for _, f := range fs {
		if _, err := stmt.ExecContext(ctx, f.File, f.Reason, now); err != nil {
			return fmt.Errorf("put failure of %s: %w", f.File, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put failures: commit: %w", err)
	}
	return nil
}

// Failures lists recorded failures in order of file.
func (s *Store) Failures(ctx context.Context) ([]dossier.Failure, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT file, reason FROM failures ORDER BY file`)
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	defer rows.Close()
	var out []dossier.Failure
	for rows.Next() {
		var f dossier.Failure
		if err := rows.Scan(&f.File, &f.Reason); err != nil {
			return nil, fmt.Errorf("failures: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	return out, nil
}

// clearPending deletes the pending marks of docs within tx. When one of them is no longer marked,
// another pass has stored its results since docs were listed, and the error wraps ErrStale.
func clearPending(ctx context.Context, tx *sql.Tx, docs []string) error {
	if len(docs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `DELETE FROM cross_pending WHERE doc = ?`)
	if err != nil {
		return fmt.Errorf("clear pending: %w", err)
	}
	defer stmt.Close()
	for _, d := range docs {
		res, err := stmt.ExecContext(ctx, d)
		if err != nil {
			return fmt.Errorf("clear pending %s: %w", d, err)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return fmt.Errorf("clear pending %s: %w", d, errors.Join(dossier.ErrStale, err))
		}
	}
	return nil
}

// Pending lists the documents waiting for the cross-document pass, in order of id.
func (s *Store) Pending(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT doc FROM cross_pending ORDER BY doc`)
	if err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("pending: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	return out, nil
}
