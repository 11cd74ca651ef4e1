package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/jackc/pgx/v5"
)

// defaultLimit is how many hits Search returns when asked for none or fewer.
const defaultLimit = 20

// headline marks matched words between '[' and ']' in up to two short fragments, about as long as
// the SQLite store's snippets.
const headline = `StartSel="[", StopSel="]", MaxWords=14, MinWords=5, MaxFragments=2, FragmentDelimiter=" … "`

// Search finds documents matching query, best first by cover density with the title weighing more
// than the text. The query has web-search syntax (websearch_to_tsquery): words must all appear,
// "quoted words" as a phrase, OR between alternatives, -word to exclude; it never fails on syntax.
// A query with no word to look for (only stop words, punctuation or exclusions) fails with
// dossier.ErrBadQuery.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]dossier.Hit, error) {
	if err := dossier.CheckQuery(query); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	q := strings.ToValidUTF8(strings.ReplaceAll(query, "\x00", " "), " ")
	if limit <= 0 {
		limit = defaultLimit
	}
	// querytree keeps what an index can search: "" when nothing is left, "T" when only exclusions.
	var tree string
	if err := s.pool.QueryRow(ctx, `SELECT querytree(websearch_to_tsquery('english', $1))`, q).Scan(&tree); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	if tree == "" || tree == "T" {
		return nil, fmt.Errorf("search %q: no words to look for: %w", query, dossier.ErrBadQuery)
	}
	rows, err := s.pool.Query(ctx, `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
		best AS (
			SELECT d.id, ts_rank_cd(d.search, q.q) AS rank
			FROM documents d, q WHERE d.search @@ q.q
			ORDER BY rank DESC, d.id LIMIT $2
		)
		SELECT `+docColumns+`,
			-- The snippet comes from the text when it matches the query, else from the title.
			CASE WHEN to_tsvector('english', d.text) @@ q.q
				THEN ts_headline('english', d.text, q.q, $3)
				ELSE ts_headline('english', d.title, q.q, $3)
			END
		FROM best JOIN documents d USING (id), q ORDER BY best.rank DESC, d.id`, q, limit, headline)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (dossier.Hit, error) {
		var snippet string
		a, err := scanDoc(row, &snippet)
		if err != nil {
			return dossier.Hit{}, err
		}
		return dossier.Hit{Doc: a.Doc, Snippet: snippet}, nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}
