package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

	"github.com/dossier-project/dossier/internal/doccols"
	"github.com/dossier-project/dossier/internal/migrate"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded schema steps in order of version.
func migrations() ([]migrate.Step, error) { return migrate.Steps(migrationFiles, "migrations") }

// schema applies migrations in SQLite's dialect within one transaction.
type schema struct {
	tx  *sql.Tx
	now string // applied_at of every step of this run
}

func (s schema) Prepare(ctx context.Context) error {
	if _, err := s.tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	return nil
}

func (s schema) Current(ctx context.Context) (int, error) {
	var v int
	err := s.tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (s schema) Apply(ctx context.Context, m migrate.Step) error {
	if _, err := s.tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if m.Version == outlineStep {
		return fillOutlines(ctx, s.tx)
	}
	return nil
}

// outlineStep is the version of the step that adds the outline column.
const outlineStep = 5

// fillOutlines gives every document stored without an outline the one its analysis makes, and
// leaves in the analysis only what the outline does not hold, as Put writes them. It works a page
// at a time: SQLite leaves undefined what a query gives of rows changed while it runs.
func fillOutlines(ctx context.Context, tx *sql.Tx) error {
	update, err := tx.PrepareContext(ctx, `UPDATE documents SET outline = ?,
		analysis = json_remove(analysis, '$.mentions', '$.timexes', '$.sketch', '$.credits', '$.dateline')
		WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("fill outlines: %w", err)
	}
	defer update.Close()
	for after := ""; ; {
		ids, outlines, err := missingOutlines(ctx, tx, after)
		if err != nil {
			return err
		}
		for i, id := range ids {
			if _, err := update.ExecContext(ctx, outlines[i], id); err != nil {
				return fmt.Errorf("fill outline of %s: %w", id, err)
			}
		}
		if len(ids) < pageSize {
			return nil
		}
		after = ids[len(ids)-1]
	}
}

// missingOutlines reads up to pageSize documents with ids after the given one and no outline,
// and makes their outlines.
func missingOutlines(ctx context.Context, tx *sql.Tx, after string) (ids []string, outlines [][]byte, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, analysis FROM documents
		WHERE id > ? AND outline IS NULL ORDER BY id LIMIT ?`, after, pageSize)
	if err != nil {
		return nil, nil, fmt.Errorf("fill outlines: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var analysis sql.RawBytes
		if err := rows.Scan(&id, &analysis); err != nil {
			return nil, nil, fmt.Errorf("fill outlines: %w", err)
		}
		outline, err := doccols.OutlineOf(analysis)
		if err != nil {
			return nil, nil, fmt.Errorf("fill outline of %s: %w", id, err)
		}
		ids, outlines = append(ids, id), append(outlines, outline)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("fill outlines: %w", err)
	}
	return ids, outlines, nil
}

func (s schema) Record(ctx context.Context, m migrate.Step) error {
	_, err := s.tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, s.now)
	return err
}

// upgrade brings the schema up to version upto (all known steps when upto < 0). The pending steps
// run in one transaction: a database is never left half migrated.
func upgrade(ctx context.Context, db *sql.DB, upto int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if err := migrate.Run(ctx, schema{tx: tx, now: time.Now().UTC().Format(time.RFC3339)}, ms, upto); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}
