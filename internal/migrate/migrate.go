package migrate

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Step is one schema step, read from a file named NNN_what.sql.
type Step struct {
	Version int
	Name    string
	SQL     string
}

// Steps reads the .sql files of dir in fsys and returns them in order of version, which must run
// 1, 2, 3… without gaps.
func Steps(fsys fs.FS, dir string) ([]Step, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ss []Step
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name does not start with a version number", e.Name())
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ss = append(ss, Step{Version: v, Name: e.Name(), SQL: string(body)})
	}
	slices.SortFunc(ss, func(a, b Step) int { return a.Version - b.Version })
	for i, s := range ss {
		if s.Version != i+1 {
			return nil, fmt.Errorf("migration %s: version %d, want %d", s.Name, s.Version, i+1)
		}
	}
	return ss, nil
}

// Tx is an open transaction of one store, speaking that store's SQL dialect.
type Tx interface {
	// Prepare takes whatever lock the store needs and creates schema_migrations if it is missing.
	Prepare(ctx context.Context) error
	// Current returns the highest version recorded in schema_migrations, 0 when none is.
	Current(ctx context.Context) (int, error)
	// Apply runs the step's SQL.
	Apply(ctx context.Context, s Step) error
	// Record notes in schema_migrations that the step was applied.
	Record(ctx context.Context, s Step) error
}

// Run brings the schema in tx up to version upto (all of steps when upto < 0), applying the
// pending steps in order. It refuses a database whose schema is newer than steps know. The caller
// commits tx when Run succeeds, so a database is never left half migrated.
func Run(ctx context.Context, tx Tx, steps []Step, upto int) error {
	if upto < 0 || upto > len(steps) {
		upto = len(steps)
	}
	if err := tx.Prepare(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	current, err := tx.Current(ctx)
	if err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if current > len(steps) {
		return fmt.Errorf("migrate: database schema version %d is newer than this build knows (%d)", current, len(steps))
	}
	if current >= upto {
		return nil // already at or past the version asked for: schemas are never downgraded
	}
	for _, s := range steps[current:upto] {
		if err := tx.Apply(ctx, s); err != nil {
			return fmt.Errorf("migrate: apply %s: %w", s.Name, err)
		}
		if err := tx.Record(ctx, s); err != nil {
			return fmt.Errorf("migrate: record %s: %w", s.Name, err)
		}
	}
	return nil
}
