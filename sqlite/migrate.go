package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

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
	_, err := s.tx.ExecContext(ctx, m.SQL)
	return err
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
