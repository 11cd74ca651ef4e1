package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strings"
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
	switch m.Version {
	case outlineStep:
		return fill(ctx, s.tx, doccols.OutlineFill())
	case findingsStep:
		return fill(ctx, s.tx, doccols.FindingsFill())
	}
	return nil
}

// The versions of the steps that add the outline and findings columns.
const (
	outlineStep  = 5
	findingsStep = 6
)

// fill gives every document stored without the column of f the one its analysis makes, and
// leaves in the analysis only what the column does not hold, as Put writes them. It works a page
// at a time: SQLite leaves undefined what a query gives of rows changed while it runs.
func fill(ctx context.Context, tx *sql.Tx, f doccols.Fill) error {
	paths := strings.Repeat(", ?", len(f.Cut))
	update, err := tx.PrepareContext(ctx, `UPDATE documents SET `+f.Column+` = ?,
		analysis = json_remove(analysis`+paths+`) WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("fill %s: %w", f.Column, err)
	}
	defer update.Close()
	for after := ""; ; {
		ids, cols, err := missing(ctx, tx, f, after)
		if err != nil {
			return err
		}
		for i, id := range ids {
			args := []any{cols[i]}
			for _, key := range f.Cut {
				args = append(args, "$."+key)
			}
			if _, err := update.ExecContext(ctx, append(args, id)...); err != nil {
				return fmt.Errorf("fill %s of %s: %w", f.Column, id, err)
			}
		}
		if len(ids) < pageSize {
			return nil
		}
		after = ids[len(ids)-1]
	}
}

// missing reads up to pageSize documents with ids after the given one and without the column of
// f, and makes their columns.
func missing(ctx context.Context, tx *sql.Tx, f doccols.Fill, after string) (ids []string, cols [][]byte, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, analysis FROM documents
		WHERE id > ? AND `+f.Column+` IS NULL ORDER BY id LIMIT ?`, after, pageSize)
	if err != nil {
		return nil, nil, fmt.Errorf("fill %s: %w", f.Column, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var analysis sql.RawBytes
		if err := rows.Scan(&id, &analysis); err != nil {
			return nil, nil, fmt.Errorf("fill %s: %w", f.Column, err)
		}
		col, err := f.Of(analysis)
		if err != nil {
			return nil, nil, fmt.Errorf("fill %s of %s: %w", f.Column, id, err)
		}
		ids, cols = append(ids, id), append(cols, col)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("fill %s: %w", f.Column, err)
	}
	return ids, cols, nil
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
