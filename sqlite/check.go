package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"

	driver "modernc.org/sqlite"
)

// ErrDamaged is what opening a file that is not a SQLite database, or whose first pages are
// damaged, fails with.
var ErrDamaged = errors.New("the file is not a SQLite database or is damaged")

// Result codes of SQLite (primary codes: the low byte of an extended code).
const (
	codeCorrupt = 11 // SQLITE_CORRUPT
	codeNotADB  = 26 // SQLITE_NOTADB
)

// damaged wraps err in ErrDamaged, keeping SQLite's own words, when SQLite found the file not a
// database or damaged; other errors come back as they are.
func damaged(err error) error {
	var e *driver.Error
	if errors.As(err, &e) {
		if c := e.Code() & 0xff; c == codeCorrupt || c == codeNotADB {
			return fmt.Errorf("%w (%v)", ErrDamaged, err)
		}
	}
	return err
}

// Check reads every page of the database file and reports damage (SQLite's quick_check): a store
// that answers "already stored" from an intact index while the documents themselves cannot be
// read must not pass for a healthy one.
func (s *Store) Check(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, `PRAGMA quick_check(5)`)
	if err != nil {
		return fmt.Errorf("check sqlite %s: %w", s.path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("check sqlite %s: %w", s.path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check sqlite %s: %w", s.path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check sqlite %s: the database is damaged: %s", s.path, strings.Join(problems, "; "))
	}
	return nil
}
