package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// defaultLimit is how many hits Search returns when asked for none or fewer.
const defaultLimit = 20

// Search finds documents matching query, best first by BM25 with the title weighing more than the
// text. The query reads like a web search: words must all appear, "quoted words" as a phrase,
// OR between alternatives, -word to exclude. Anything else is taken as plain words, so no input can
// reach FTS5 as syntax; a query with no word to look for fails with dossier.ErrBadQuery.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]dossier.Hit, error) {
	if err := dossier.CheckQuery(query); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	match, err := ftsQuery(query)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	// Ordering by FTS5's own rank column lets the index sort and stop at the limit, so snippets and
	// documents are read for the hits returned only.
	rows, err := s.r.QueryContext(ctx, `SELECT `+docColumns+`,
			snippet(documents_fts, -1, '[', ']', '…', 24)
		FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
		WHERE documents_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)'
		ORDER BY rank
		LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []dossier.Hit
	for rows.Next() {
		var snippet string
		a, err := scanDoc(rows, &snippet)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, dossier.Hit{Doc: a.Doc, Snippet: snippet})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// ftsQuery turns a user's query into an FTS5 expression in which every word is a quoted string.
func ftsQuery(query string) (string, error) {
	q := strings.ToValidUTF8(strings.ReplaceAll(query, "\x00", " "), " ")
	var (
		groups  [][]string // alternatives joined by OR; groups are joined by AND
		exclude []string
		or      bool // the last chunk was OR
		neg     bool // a '-' stood right before the phrase that follows
	)
	add := func(words []string, negate bool) {
		if len(words) == 0 {
			return
		}
		phrase := `"` + strings.Join(words, " ") + `"`
		switch {
		case negate:
			exclude = append(exclude, phrase)
		case or && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], phrase)
		default:
			groups = append(groups, []string{phrase})
		}
		or = false
	}
	for len(q) > 0 {
		r, size := utf8.DecodeRuneInString(q)
		switch {
		case unicode.IsSpace(r):
			q = q[size:]
		case r == '"':
			// A phrase runs to the closing quote, or to the end when there is none.
			body, rest, _ := strings.Cut(q[1:], `"`)
			add(words(body), neg)
			q, neg = rest, false
		default:
			end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
			if end < 0 {
				end = len(q)
			}
			chunk := q[:end]
			q = q[end:]
			switch {
			case chunk == "-" && strings.HasPrefix(q, `"`):
				neg = true
			case strings.EqualFold(chunk, "or"):
				or = true
			case chunk == "AND" || chunk == "NOT":
				// Operators of other syntaxes: all words are required anyway.
			case strings.HasPrefix(chunk, "-"):
				add(words(chunk[1:]), true)
			default:
				add(words(chunk), false)
			}
		}
	}
	if len(groups) == 0 {
		return "", fmt.Errorf("search %q: no words to look for: %w", query, dossier.ErrBadQuery)
	}
	var b strings.Builder
	b.WriteByte('(')
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteByte('(')
		b.WriteString(strings.Join(g, " OR "))
		b.WriteByte(')')
	}
	b.WriteByte(')')
	for _, e := range exclude {
		b.WriteString(" NOT ")
		b.WriteString(e)
	}
	return b.String(), nil
}

// words splits s into runs of letters, digits and marks: the pieces the tokenizer indexes. Joined
// as a phrase they match "US-backed" or "state's" as written.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}
