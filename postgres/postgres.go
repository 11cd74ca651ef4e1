package postgres

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-project/dossier/internal/crossrows"
	"github.com/dossier-project/dossier/internal/doccols"

	"github.com/dossier-project/dossier"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Store is a dossier.Store in a PostgreSQL database. It is safe for concurrent use, also by several
// processes sharing the database.
type Store struct {
	pool *pgxpool.Pool
	// known are the result rows as this store's last pass left them, so the next one need not
	// read them again.
	known *crossrows.Known
	pages // the capability dossier.ResultPages
}

// pages names the embedded page readers of Store.
type pages = crossrows.Pages

var _ dossier.Store = (*Store)(nil)

// Open connects to the database at url (postgres://user@host:port/db?sslmode=disable; a
// search_path parameter picks the schema) and migrates its schema to the newest version.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx quotes the URL with its password redacted.
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", where, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", where, err)
	}
	if err := upgrade(ctx, pool, -1); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", where, err)
	}
	s := &Store{pool: pool, known: &crossrows.Known{}}
	s.pages.Bodies = s.resultBodies
	s.pages.Within = s.resultsWithin
	return s, nil
}

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// pageSize is how many analyses Analyses reads at a time.
const pageSize = 256

// docColumns are the columns scanDoc reads, in its order.
const docColumns = `d.id, d.file, d.url, d.title, d.publisher, d.published, d.language, d.standfirst,
	d.captions, d.text, d.sentences, d.analysis, d.outline, d.findings`

// Put stores a batch of analysed documents in one transaction; see dossier.Store.
//
// Rows are written in order of id and failures cleared in order of file, whatever the batch's
// order: concurrent batches then take their locks in one order and cannot deadlock.
func (s *Store) Put(ctx context.Context, batch []*dossier.Analysis) ([]bool, error) {
	added := make([]bool, len(batch))
	if len(batch) == 0 {
		return added, nil
	}
	type row struct {
		i int
		doccols.Columns
	}
	rows := make([]row, len(batch))
	for i, a := range batch {
		if a == nil || a.Doc.ID == "" {
			return nil, fmt.Errorf("put: document %d of the batch has no id", i)
		}
		var err error
		r := &rows[i]
		r.i = i
		if r.Columns, err = doccols.Encode(a); err != nil {
			return nil, fmt.Errorf("put %s: %w", a.Doc.ID, err)
		}
	}
	// Stable, so the first of several copies of an id in the batch is the one reported new.
	slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(batch[a.i].Doc.ID, batch[b.i].Doc.ID) })
	files := make([]string, 0, len(batch))
	for _, a := range batch {
		files = append(files, a.Doc.File)
	}
	slices.Sort(files)
	files = slices.Compact(files)

	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, r := range rows {
			d := &batch[r.i].Doc
			b.Queue(`INSERT INTO documents
				(id, file, url, title, publisher, published, language, standfirst, captions, text, sentences, analysis, outline, findings)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
				ON CONFLICT (id) DO NOTHING`,
				d.ID, d.File, d.URL, d.Title, d.Publisher, d.Published, d.Language, d.Standfirst,
				r.Captions, d.Text, r.Sentences, r.Analysis, r.Outline, r.Findings)
		}
		b.Queue(`DELETE FROM failures WHERE file = ANY($1)`, files)
		res := tx.SendBatch(ctx, b)
		defer res.Close()
		var fresh []string
		for _, r := range rows {
			tag, err := res.Exec()
			if err != nil {
				return fmt.Errorf("put %s: %w", batch[r.i].Doc.ID, err)
			}
			added[r.i] = tag.RowsAffected() == 1
			if added[r.i] {
				fresh = append(fresh, batch[r.i].Doc.ID)
			}
		}
		if _, err := res.Exec(); err != nil {
			return fmt.Errorf("put: clear failures: %w", err)
		}
		if err := res.Close(); err != nil {
			return err
		}
		if len(fresh) == 0 {
			return nil
		}
		_, err := tx.Exec(ctx, `INSERT INTO cross_pending (doc) SELECT unnest($1::text[]) ON CONFLICT (doc) DO NOTHING`, fresh)
		if err != nil {
			return fmt.Errorf("put: mark for the cross-document pass: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	return added, nil
}

// Has reports whether a document with this id is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("has %s: %w", id, err)
	}
	return ok, nil
}

// Analyses calls fn for every stored analysis in order of id. It reads a page at a time and holds
// no transaction while fn runs, so fn may use the store, writes included.
func (s *Store) Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, docColumns, func(row pgx.CollectableRow) (*dossier.Analysis, error) { return scanDoc(row) }, fn)
}

// each calls fn for every stored analysis in order of id, reading columns of each document a page
// at a time and scan to make the analysis of a row. It holds no transaction while fn runs.
func (s *Store) each(ctx context.Context, columns string, scan pgx.RowToFunc[*dossier.Analysis], fn func(*dossier.Analysis) error) error {
	// Put refuses empty ids, so every id sorts after "". The condition is a plain range on the
	// primary key, so each page costs its own size, not the table's.
	after := ""
	for {
		page, err := s.page(ctx, `SELECT `+columns+` FROM documents d
			WHERE d.id > $1 ORDER BY d.id LIMIT $2`, scan, fn, after, pageSize)
		if err != nil || len(page) < pageSize {
			return err
		}
		after = page[len(page)-1].Doc.ID
	}
}

// page runs query with args, which selects the columns scan reads, reads the analyses of all its
// rows, then calls fn with each, so that no query stays open while fn works. It returns them.
func (s *Store) page(ctx context.Context, query string, scan pgx.RowToFunc[*dossier.Analysis], fn func(*dossier.Analysis) error, args ...any) ([]*dossier.Analysis, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("analyses: %w", err)
	}
	page, err := pgx.CollectRows(rows, scan)
	if err != nil {
		return nil, fmt.Errorf("analyses: %w", err)
	}
	for _, a := range page {
		if err := fn(a); err != nil {
			return nil, err
		}
	}
	return page, nil
}

// scanDoc reads the docColumns of one row, then any extra destinations.
func scanDoc(row pgx.Row, extra ...any) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	var c doccols.Columns
	dest := append([]any{&d.ID, &d.File, &d.URL, &d.Title, &d.Publisher, &d.Published, &d.Language,
		&d.Standfirst, &c.Captions, &d.Text, &c.Sentences, &c.Analysis, &c.Outline, &c.Findings}, extra...)
	if err := row.Scan(dest...); err != nil {
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
	// In order of file, for the lock order Put keeps too; the last reason for a file wins.
	fs = slices.Clone(fs)
	slices.SortStableFunc(fs, func(a, b dossier.Failure) int { return cmp.Compare(a.File, b.File) })
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, f := range fs {
			b.Queue(`INSERT INTO failures (file, reason) VALUES ($1, $2)
				ON CONFLICT (file) DO UPDATE SET reason = excluded.reason, at = now()`, f.File, f.Reason)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("put failures: %w", err)
	}
	return nil
}

// Failures lists recorded failures in order of file.
func (s *Store) Failures(ctx context.Context) ([]dossier.Failure, error) {
	rows, err := s.pool.Query(ctx, `SELECT file, reason FROM failures ORDER BY file`)
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	fs, err := pgx.CollectRows(rows, pgx.RowToStructByPos[dossier.Failure])
	if err != nil {
		return nil, fmt.Errorf("failures: %w", err)
	}
	return fs, nil
}

// Pending lists the documents waiting for the cross-document pass, in order of id.
func (s *Store) Pending(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT doc FROM cross_pending ORDER BY doc`)
	if err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	return ids, nil
}
