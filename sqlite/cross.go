package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/crossrows"
)

var (
	_ dossier.ResultPages   = (*Store)(nil)
	_ dossier.ResultsPutter = (*Store)(nil)
)

// PutCorpus replaces the stored cross-document results; nil stores empty ones.
func (s *Store) PutCorpus(ctx context.Context, c *dossier.Corpus) error {
	return s.PutCross(ctx, c, nil)
}

// PutCross stores the cross-document results and clears the pending marks of done in the same
// transaction; see dossier.Store. Only the rows of results that changed are written.
func (s *Store) PutCross(ctx context.Context, c *dossier.Corpus, done []string) error {
	if c == nil {
		c = &dossier.Corpus{}
	}
	return s.PutResults(ctx, c.Results(), done)
}

// PutResults is PutCross with the results read one at a time; see dossier.ResultsPutter.
func (s *Store) PutResults(ctx context.Context, c *dossier.Results, done []string) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put corpus: begin: %w", err)
	}
	defer tx.Rollback()
	if err := clearPending(ctx, tx, done); err != nil {
		return fmt.Errorf("put corpus: %w", err)
	}
	var pass int64
	err = tx.QueryRowContext(ctx, `INSERT INTO cross_meta (id, basis, pass, updated_at) VALUES (1, ?, 1, ?)
		ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, pass = pass + 1, updated_at = excluded.updated_at
		RETURNING pass`, c.Basis, s.now().UTC().Format(time.RFC3339Nano)).Scan(&pass)
	if err != nil {
		return fmt.Errorf("put corpus: %w", err)
	}
	known, err := crossrows.Put(ctx, rowTx{tx, pass}, c, s.known.Take(pass-1))
	if err != nil {
		return fmt.Errorf("put corpus: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put corpus: commit: %w", err)
	}
	s.known.Keep(pass, known)
	return nil
}

// rowTx writes the rows of the pass numbered pass in tx.
type rowTx struct {
	tx   *sql.Tx
	pass int64
}

// Write inserts or updates the rows of writes and deletes those of deletes.
func (t rowTx) Write(ctx context.Context, kind string, writes []crossrows.Write, deletes []string) error {
	if len(writes) > 0 {
		up, err := t.tx.PrepareContext(ctx, `INSERT INTO cross_results (kind, id, pos, hash, body, pass)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET
			pos = excluded.pos, hash = excluded.hash, body = excluded.body, pass = excluded.pass`)
		if err != nil {
			return err
		}
		defer up.Close()
		for _, w := range writes {
			if _, err := up.ExecContext(ctx, kind, w.ID, w.Pos, w.Hash[:], string(w.Body), t.pass); err != nil {
				return fmt.Errorf("write %s: %w", w.ID, err)
			}
		}
	}
	if len(deletes) > 0 {
		del, err := t.tx.PrepareContext(ctx, `DELETE FROM cross_results WHERE kind = ? AND id = ?`)
		if err != nil {
			return err
		}
		defer del.Close()
		for _, id := range deletes {
			if _, err := del.ExecContext(ctx, kind, id); err != nil {
				return fmt.Errorf("delete %s: %w", id, err)
			}
		}
	}
	return nil
}

// Stored reads the id, position and hash of every stored row of kind.
func (t rowTx) Stored(ctx context.Context, kind string) (*crossrows.Table, error) {
	rows, err := t.tx.QueryContext(ctx, `SELECT id, pos, hash FROM cross_results WHERE kind = ?`, kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := &crossrows.Table{}
	var id, h sql.RawBytes // valid until the next row: Add has copied them by then
	for rows.Next() {
		var st crossrows.Stored
		if err := rows.Scan(&id, &st.Pos, &h); err != nil {
			return nil, err
		}
		copy(st.Hash[:], h) // an empty hash (a row from the older schema) matches no result
		out.Add(string(id), st)
	}
	return out, rows.Err()
}

// Corpus returns the stored cross-document results in the order the pass made them, empty when
// none were stored. It reads them row by row in one read transaction, so a pass storing its results
// meanwhile is seen whole or not at all.
func (s *Store) Corpus(ctx context.Context) (*dossier.Corpus, error) {
	return s.results(ctx, crossrows.Kinds)
}

// Resolution returns the basis, entities and members of the stored results; see
// dossier.PassReader.
func (s *Store) Resolution(ctx context.Context) (*dossier.Corpus, error) {
	return s.results(ctx, []string{crossrows.Entity, crossrows.Member})
}

// results reads the basis and the stored results of kinds in one snapshot.
func (s *Store) results(ctx context.Context, kinds []string) (*dossier.Corpus, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer tx.Rollback()
	c := &dossier.Corpus{}
	err = tx.QueryRowContext(ctx, `SELECT basis FROM cross_meta WHERE id = 1`).Scan(&c.Basis)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	for _, kind := range kinds {
		if err := readKind(ctx, tx, c, kind); err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
	}
	return c, nil
}

// readKind appends the stored results of one kind to c, in order.
func readKind(ctx context.Context, tx *sql.Tx, c *dossier.Corpus, kind string) error {
	rows, err := tx.QueryContext(ctx, `SELECT body FROM cross_results WHERE kind = ? ORDER BY pos`, kind)
	if err != nil {
		return err
	}
	defer rows.Close()
	var body sql.RawBytes // valid until the next row: the decoder has read it by then
	err = crossrows.Read(c, kind, func() ([]byte, bool, error) {
		if !rows.Next() {
			return nil, false, rows.Err()
		}
		err := rows.Scan(&body)
		return body, err == nil, err
	})
	if err != nil {
		return err
	}
	return rows.Err()
}

// resultBodies reads the bodies of up to limit rows of kind that follow the row with id after. An after
// that is not stored (the pass removed it since) is an error wrapping ErrNotFound.
func (s *Store) resultBodies(ctx context.Context, kind, after string, limit int) ([][]byte, error) {
	if limit <= 0 {
		return nil, nil
	}
	from := int64(-1 << 63)
	if after != "" {
		err := s.r.QueryRowContext(ctx, `SELECT pos FROM cross_results WHERE kind = ? AND id = ?`, kind, after).Scan(&from)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("%s after %s: %w", kind, after, dossier.ErrNotFound)
		case err != nil:
			return nil, fmt.Errorf("%s after %s: %w", kind, after, err)
		}
	}
	out, err := s.bodies(ctx, `SELECT body FROM cross_results WHERE kind = ? AND pos > ?
		ORDER BY pos LIMIT ?`, kind, from, limit)
	if err != nil {
		return nil, fmt.Errorf("%s after %s: %w", kind, after, err)
	}
	return out, nil
}

// bodies runs a query of one column and returns its values.
func (s *Store) bodies(ctx context.Context, query string, args ...any) ([][]byte, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// resultsWithin reads the bodies of the rows of kind whose ids start with prefix, in order of id,
// through the index on kind and id.
func (s *Store) resultsWithin(ctx context.Context, kind, prefix string) ([][]byte, error) {
	query, args := `SELECT body FROM cross_results WHERE kind = ? AND id >= ? ORDER BY id`, []any{kind, prefix}
	if end := crossrows.PrefixEnd(prefix); end != "" {
		query, args = `SELECT body FROM cross_results WHERE kind = ? AND id >= ? AND id < ? ORDER BY id`, append(args, end)
	}
	out, err := s.bodies(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s within %s: %w", kind, prefix, err)
	}
	return out, nil
}
