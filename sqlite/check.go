package sqlite

import (
	"context"
	"fmt"
	"strings"
)

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
