package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/doccols"
)

// passColumns are the columns scanPass reads, in its order: the text's length in bytes stands for
// the text, and the standfirst and captions are left out.
const passColumns = `d.id, d.file, d.url, d.title, d.publisher, d.published, d.language,
	length(CAST(d.text AS BLOB)), d.sentences, d.analysis, d.outline, d.findings`

// PassAnalyses calls fn for every stored analysis in order of id without the words the
// cross-document pass does not read; see dossier.PassReader.
func (s *Store) PassAnalyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, passColumns, scanPass, fn)
}

// PassAnalysesOf calls fn for the stored analyses among ids, in order of id, as PassAnalyses
// reads them; ids that are not stored are skipped. It reads textBatch documents at a time.
func (s *Store) PassAnalysesOf(ctx context.Context, ids []string, fn func(*dossier.Analysis) error) error {
	return s.passAnalysesOf(ctx, ids, scanPass, fn)
}

// PassAnalysesSharedOf calls fn for the stored analyses among ids as PassAnalysesOf does, their
// strings and lists kept in shared as it reads them (see doccols.Shared.DecodePass): the strings
// that documents repeat are never copied out of the rows.
func (s *Store) PassAnalysesSharedOf(ctx context.Context, ids []string, shared *doccols.Shared, fn func(*dossier.Analysis) error) error {
	return s.passAnalysesOf(ctx, ids, func(rows *sql.Rows) (*dossier.Analysis, error) {
		return scanPassWith(rows, shared.DecodePass)
	}, fn)
}

// passAnalysesOf calls fn for the stored analyses among ids, each row read by scan.
func (s *Store) passAnalysesOf(ctx context.Context, ids []string, scan func(*sql.Rows) (*dossier.Analysis, error), fn func(*dossier.Analysis) error) error {
	return inBatches(ids, func(marks string, args []any) error {
		page, err := s.analysesOf(ctx, `SELECT `+passColumns+` FROM documents d WHERE d.id IN (`+marks+`) ORDER BY d.id`, args, scan)
		if err != nil {
			return err
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	})
}

// inBatches calls fn with each batch of textBatch ids or fewer, in order of id, each id once:
// its parameter marks ("?,?,?") and the ids as their arguments.
func inBatches(ids []string, fn func(marks string, args []any) error) error {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	for lo := 0; lo < len(ids); lo += textBatch {
		part := ids[lo:min(lo+textBatch, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		if err := fn(strings.TrimSuffix(strings.Repeat("?,", len(part)), ","), args); err != nil {
			return err
		}
	}
	return nil
}

// scanPass reads the passColumns of one row.
func scanPass(rows *sql.Rows) (*dossier.Analysis, error) {
	return scanPassWith(rows, doccols.DecodePass)
}

// passDecoder fills an analysis from its sentences, analysis, outline and findings columns.
type passDecoder func(a *dossier.Analysis, sentences, analysis, outline, findings []byte) error

// scanPassWith reads the passColumns of one row, its columns decoded by decode.
func scanPassWith(rows *sql.Rows, decode passDecoder) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	// Decoded before the next row is read, the columns need no copy of their own.
	var sentences, analysis, outline, findings sql.RawBytes
	if err := rows.Scan(&d.ID, &d.File, &d.URL, &d.Title, &d.Publisher, &d.Published, &d.Language,
		&a.TextLen, &sentences, &analysis, &outline, &findings); err != nil {
		return nil, err
	}
	if err := decode(a, sentences, analysis, outline, findings); err != nil {
		return nil, err
	}
	return a, nil
}

// textBatch is how many documents Texts and PassAnalysesOf ask for at once (see inBatches), well
// under SQLite's limit on parameters.
const textBatch = 200

// outlineOrAnalysis are the columns an outline is read from: the outline, and the analysis only
// when the document has none (see doccols.DecodeOutline).
const outlineOrAnalysis = `d.outline, CASE WHEN d.outline IS NULL THEN d.analysis END`

// PassMentions calls fn for every stored analysis in order of id with only its id and mentions;
// see dossier.PassReader.
func (s *Store) PassMentions(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, `d.id, `+outlineOrAnalysis, scanMentions, fn)
}

// PassMentionsShared calls fn for every stored analysis as PassMentions does, their strings kept
// in shared as it reads them (see doccols.Shared.DecodeMentions).
func (s *Store) PassMentionsShared(ctx context.Context, shared *doccols.Shared, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, `d.id, `+outlineOrAnalysis, func(rows *sql.Rows) (*dossier.Analysis, error) {
		return scanMentionsWith(rows, shared.DecodeMentions)
	}, fn)
}

// scanMentions reads the id and the mentions of one row.
func scanMentions(rows *sql.Rows) (*dossier.Analysis, error) {
	return scanMentionsWith(rows, doccols.DecodeMentions)
}

// scanMentionsWith reads the id and the mentions of one row, its columns decoded by decode.
func scanMentionsWith(rows *sql.Rows, decode func(a *dossier.Analysis, outline, analysis []byte) error) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	var outline, analysis sql.RawBytes
	if err := rows.Scan(&a.Doc.ID, &outline, &analysis); err != nil {
		return nil, err
	}
	if err := decode(a, outline, analysis); err != nil {
		return nil, err
	}
	return a, nil
}

// outlineColumns are the columns scanOutline reads, in its order.
const outlineColumns = `d.id, d.url, d.publisher, d.published, length(CAST(d.text AS BLOB)), ` + outlineOrAnalysis

// PassOutlines calls fn for every stored analysis in order of id with only what the
// cross-document checks hold of every document between the blocks that read it whole: its id,
// address, publisher, date and text length, and of its findings the mentions, time expressions,
// sketch, credit lines and dateline, read from the outline column (see doccols.DecodeOutline).
func (s *Store) PassOutlines(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, outlineColumns, scanOutline, fn)
}

// scanOutline reads the outlineColumns of one row.
func scanOutline(rows *sql.Rows) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	// Decoded before the next row is read, the columns need no copy of their own.
	var outline, analysis sql.RawBytes
	if err := rows.Scan(&d.ID, &d.URL, &d.Publisher, &d.Published, &a.TextLen, &outline, &analysis); err != nil {
		return nil, err
	}
	if err := doccols.DecodeOutline(a, outline, analysis); err != nil {
		return nil, err
	}
	return a, nil
}

// Texts calls fn with the clean text of each stored document among ids, in order of id.
func (s *Store) Texts(ctx context.Context, ids []string, fn func(id, text string) error) error {
	return inBatches(ids, func(marks string, args []any) error {
		return s.textsOf(ctx, `SELECT id, text FROM documents WHERE id IN (`+marks+`) ORDER BY id`, args, fn)
	})
}

// textsOf runs query, which selects ids and texts, and calls fn with each row.
func (s *Store) textsOf(ctx context.Context, query string, args []any, fn func(id, text string) error) error {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, text string
		if err := rows.Scan(&id, &text); err != nil {
			return fmt.Errorf("texts: %w", err)
		}
		if err := fn(id, text); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("texts: %w", err)
	}
	return nil
}
