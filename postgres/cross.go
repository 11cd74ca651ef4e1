package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/crossrows"
	"github.com/jackc/pgx/v5"
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
	var pass int64
	var known map[string]*crossrows.Table
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := clearPending(ctx, tx, done); err != nil {
			return err
		}
		// The meta row's lock, held to the end, lets one pass at a time compare and write rows:
		// the next reads the rows this one leaves.
		err := tx.QueryRow(ctx, `INSERT INTO cross_meta (id, basis, pass) VALUES (1, $1, 1)
			ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, pass = cross_meta.pass + 1, updated_at = now()
			RETURNING pass`, c.Basis).Scan(&pass)
		if err != nil {
			return err
		}
		known, err = crossrows.Put(ctx, rowTx{tx, pass}, c, s.known.Take(pass-1))
		return err
	})
	if err != nil {
		return fmt.Errorf("put corpus: %w", err)
	}
	s.known.Keep(pass, known)
	return nil
}

// clearPending deletes the pending marks of docs within tx. When one of them is no longer marked,
// another pass has stored its results since docs were listed, and the error wraps ErrStale.
func clearPending(ctx context.Context, tx pgx.Tx, docs []string) error {
	if len(docs) == 0 {
		return nil
	}
	// A concurrent pass clearing the same marks holds their row locks: this one waits for it to
	// end, then finds them gone.
	tag, err := tx.Exec(ctx, `DELETE FROM cross_pending WHERE doc = ANY($1)`, docs)
	if err != nil {
		return fmt.Errorf("clear pending: %w", err)
	}
	if n := tag.RowsAffected(); n != int64(len(docs)) {
		return fmt.Errorf("clear pending: %d of %d no longer marked: %w", int64(len(docs))-n, len(docs), dossier.ErrStale)
	}
	return nil
}

// rowTx writes the rows of the pass numbered pass in tx.
type rowTx struct {
	tx   pgx.Tx
	pass int64
}

// Write inserts or updates the rows of writes and deletes those of deletes.
func (t rowTx) Write(ctx context.Context, kind string, writes []crossrows.Write, deletes []string) error {
	b := &pgx.Batch{}
	for _, w := range writes {
		b.Queue(`INSERT INTO cross_results (kind, id, pos, hash, body, pass) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (kind, id) DO UPDATE SET
			pos = excluded.pos, hash = excluded.hash, body = excluded.body, pass = excluded.pass`,
			kind, w.ID, w.Pos, w.Hash[:], string(w.Body), t.pass)
	}
	if len(deletes) > 0 {
		b.Queue(`DELETE FROM cross_results WHERE kind = $1 AND id = ANY($2)`, kind, deletes)
	}
	if b.Len() == 0 {
		return nil
	}
	return t.tx.SendBatch(ctx, b).Close()
}

// Stored reads the id, position and hash of every stored row of kind.
func (t rowTx) Stored(ctx context.Context, kind string) (*crossrows.Table, error) {
	rows, err := t.tx.Query(ctx, `SELECT id, pos, hash FROM cross_results WHERE kind = $1`, kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := &crossrows.Table{}
	var id string
	var h []byte
	var st crossrows.Stored
	_, err = pgx.ForEachRow(rows, []any{&id, &st.Pos, &h}, func() error {
		st.Hash = [crossrows.HashLen]byte{}
		copy(st.Hash[:], h) // an empty hash (a row from the older schema) matches no result
		out.Add(id, st)
		return nil
	})
	return out, err
}

// Corpus returns the stored cross-document results in the order the pass made them, empty when
// none were stored. It reads them row by row in one snapshot, so a pass storing its results
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
	c := &dossier.Corpus{}
	opts := pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	err := pgx.BeginTxFunc(ctx, s.pool, opts, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT basis FROM cross_meta WHERE id = 1`).Scan(&c.Basis)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		for _, kind := range kinds {
			rows, err := tx.Query(ctx, `SELECT body FROM cross_results WHERE kind = $1 ORDER BY pos`, kind)
			if err != nil {
				return err
			}
			err = crossrows.Read(c, kind, func() ([]byte, bool, error) {
				if !rows.Next() {
					return nil, false, rows.Err()
				}
				var body []byte
				err := rows.Scan(&body)
				return body, err == nil, err
			})
			rows.Close()
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return c, nil
}

// resultBodies reads the bodies of up to limit rows of kind that follow the row with id after. An
// after that is not stored (the pass removed it since) is an error wrapping ErrNotFound.
func (s *Store) resultBodies(ctx context.Context, kind, after string, limit int) ([][]byte, error) {
	if limit <= 0 {
		return nil, nil
	}
	if after != "" {
		var ok bool
		err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM cross_results WHERE kind = $1 AND id = $2)`, kind, after).Scan(&ok)
		switch {
		case err != nil:
			return nil, fmt.Errorf("%s after %s: %w", kind, after, err)
		case !ok:
			return nil, fmt.Errorf("%s after %s: %w", kind, after, dossier.ErrNotFound)
		}
	}
	rows, err := s.pool.Query(ctx, `SELECT body FROM cross_results WHERE kind = $1
		AND pos > COALESCE((SELECT pos FROM cross_results WHERE kind = $1 AND id = $2), -9223372036854775808)
		ORDER BY pos LIMIT $3`, kind, after, limit)
	if err != nil {
		return nil, fmt.Errorf("%s after %s: %w", kind, after, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, fmt.Errorf("%s after %s: %w", kind, after, err)
	}
	return out, nil
}

// resultsWithin reads the bodies of the rows of kind whose ids start with prefix, in order of id,
// through the primary key (ids compare byte by byte).
func (s *Store) resultsWithin(ctx context.Context, kind, prefix string) ([][]byte, error) {
	query, args := `SELECT body FROM cross_results WHERE kind = $1 AND id >= $2 ORDER BY id`, []any{kind, prefix}
	if end := crossrows.PrefixEnd(prefix); end != "" {
		query, args = `SELECT body FROM cross_results WHERE kind = $1 AND id >= $2 AND id < $3 ORDER BY id`, append(args, end)
	}
	rows, err := s.pool.Query(ctx, query, args...)
	if err == nil {
		var out [][]byte
		if out, err = pgx.CollectRows(rows, pgx.RowTo[[]byte]); err == nil {
			return out, nil
		}
	}
	return nil, fmt.Errorf("%s within %s: %w", kind, prefix, err)
}
