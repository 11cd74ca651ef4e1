package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/dossier-project/dossier/internal/doccols"
	"github.com/dossier-project/dossier/internal/migrate"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded schema steps in order of version.
func migrations() ([]migrate.Step, error) { return migrate.Steps(migrationFiles, "migrations") }

// schema applies migrations in PostgreSQL's dialect within one transaction.
type schema struct{ tx pgx.Tx }

// Prepare holds an advisory lock for the schema until the transaction ends, so concurrent Opens
// apply each step once.
func (s schema) Prepare(ctx context.Context) error {
	if _, err := s.tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('dossier migrate ' || current_schema()))`); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if _, err := s.tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	return nil
}

func (s schema) Current(ctx context.Context) (int, error) {
	var v int
	err := s.tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (s schema) Apply(ctx context.Context, m migrate.Step) error {
	// No arguments: the simple protocol, which runs a file of several statements.
	if _, err := s.tx.Exec(ctx, m.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
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
// at a time, so that the step holds one page of analyses at once.
func fill(ctx context.Context, tx pgx.Tx, f doccols.Fill) error {
	for after := ""; ; {
		rows, err := tx.Query(ctx, `SELECT id, analysis FROM documents
			WHERE id > $1 AND `+f.Column+` IS NULL ORDER BY id LIMIT $2`, after, pageSize)
		if err != nil {
			return fmt.Errorf("fill %s: %w", f.Column, err)
		}
		var ids []string
		var cols [][]byte
		var id string
		var analysis []byte
		_, err = pgx.ForEachRow(rows, []any{&id, &analysis}, func() error {
			col, err := f.Of(analysis)
			if err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			ids, cols = append(ids, id), append(cols, col)
			return nil
		})
		if err != nil {
			return fmt.Errorf("fill %s: %w", f.Column, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE documents d SET `+f.Column+` = u.col,
			analysis = d.analysis - $3::text[]
			FROM unnest($1::text[], $2::bytea[]) AS u (id, col) WHERE d.id = u.id`, ids, cols, f.Cut); err != nil {
			return fmt.Errorf("fill %s: %w", f.Column, err)
		}
		if len(ids) < pageSize {
			return nil
		}
		after = ids[len(ids)-1]
	}
}

func (s schema) Record(ctx context.Context, m migrate.Step) error {
	_, err := s.tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name)
	return err
}

// upgrade brings the schema up to version upto (all known steps when upto < 0). The pending steps
// run in one transaction holding an advisory lock for the schema, so concurrent Opens apply each
// step once and a database is never left half migrated.
func upgrade(ctx context.Context, pool *pgxpool.Pool, upto int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		return migrate.Run(ctx, schema{tx: tx}, ms, upto)
	})
}

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	if err := s.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}
