package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/doccols"
)

// passColumns are the columns scanPass reads, in its order: the text's length in bytes stands for
// the text, and the standfirst and captions are left out.
const passColumns = `d.id, d.file, d.url, d.title, d.publisher, d.published, d.language,
	octet_length(d.text), d.sentences, d.analysis, d.outline, d.findings`

// PassAnalyses calls fn for every stored analysis in order of id without the words the
// cross-document pass does not read; see dossier.PassReader.
func (s *Store) PassAnalyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, passColumns, scanPass, fn)
}

// PassAnalysesOf calls fn for the stored analyses among ids, in order of id, as PassAnalyses
// reads them; ids that are not stored are skipped. It reads a page of documents at a time.
func (s *Store) PassAnalysesOf(ctx context.Context, ids []string, fn func(*dossier.Analysis) error) error {
	return s.passAnalysesOf(ctx, ids, scanPass, fn)
}

// PassAnalysesSharedOf calls fn for the stored analyses among ids as PassAnalysesOf does, their
// strings and lists kept in shared as it reads them (see doccols.Shared.DecodePass).
func (s *Store) PassAnalysesSharedOf(ctx context.Context, ids []string, shared *doccols.Shared, fn func(*dossier.Analysis) error) error {
	return s.passAnalysesOf(ctx, ids, func(row pgx.CollectableRow) (*dossier.Analysis, error) {
		return scanPassWith(row, shared.DecodePass)
	}, fn)
}

// passAnalysesOf calls fn for the stored analyses among ids, a page at a time, each row read by
// scan.
func (s *Store) passAnalysesOf(ctx context.Context, ids []string, scan pgx.RowToFunc[*dossier.Analysis], fn func(*dossier.Analysis) error) error {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	for lo := 0; lo < len(ids); lo += pageSize {
		if _, err := s.page(ctx, `SELECT `+passColumns+` FROM documents d WHERE d.id = ANY($1) ORDER BY d.id`,
			scan, fn, ids[lo:min(lo+pageSize, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// scanPass reads the passColumns of one row.
func scanPass(row pgx.CollectableRow) (*dossier.Analysis, error) {
	return scanPassWith(row, doccols.DecodePass)
}

// scanPassWith reads the passColumns of one row, its columns decoded by decode.
func scanPassWith(row pgx.CollectableRow, decode func(a *dossier.Analysis, sentences, analysis, outline, findings []byte) error) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	var sentences, analysis, outline, findings []byte
	if err := row.Scan(&d.ID, &d.File, &d.URL, &d.Title, &d.Publisher, &d.Published, &d.Language,
		&a.TextLen, &sentences, &analysis, &outline, &findings); err != nil {
		return nil, err
	}
	if err := decode(a, sentences, analysis, outline, findings); err != nil {
		return nil, err
	}
	return a, nil
}

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
	return s.each(ctx, `d.id, `+outlineOrAnalysis, func(row pgx.CollectableRow) (*dossier.Analysis, error) {
		return scanMentionsWith(row, shared.DecodeMentions)
	}, fn)
}

// scanMentions reads the id and the mentions of one row.
func scanMentions(row pgx.CollectableRow) (*dossier.Analysis, error) {
	return scanMentionsWith(row, doccols.DecodeMentions)
}

// scanMentionsWith reads the id and the mentions of one row, its columns decoded by decode.
func scanMentionsWith(row pgx.CollectableRow, decode func(a *dossier.Analysis, outline, analysis []byte) error) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	var outline, analysis []byte
	if err := row.Scan(&a.Doc.ID, &outline, &analysis); err != nil {
		return nil, err
	}
	if err := decode(a, outline, analysis); err != nil {
		return nil, err
	}
	return a, nil
}

// outlineColumns are the columns scanOutline reads, in its order.
const outlineColumns = `d.id, d.url, d.publisher, d.published, octet_length(d.text), ` + outlineOrAnalysis

// PassOutlines calls fn for every stored analysis in order of id with only what the
// cross-document checks hold of every document between the blocks that read it whole: its id,
// address, publisher, date and text length, and of its findings the mentions, time expressions,
// sketch, credit lines and dateline, read from the outline column (see doccols.DecodeOutline).
func (s *Store) PassOutlines(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.each(ctx, outlineColumns, scanOutline, fn)
}

// scanOutline reads the outlineColumns of one row.
func scanOutline(row pgx.CollectableRow) (*dossier.Analysis, error) {
	a := &dossier.Analysis{}
	d := &a.Doc
	var outline, analysis []byte
	if err := row.Scan(&d.ID, &d.URL, &d.Publisher, &d.Published, &a.TextLen, &outline, &analysis); err != nil {
		return nil, err
	}
	if err := doccols.DecodeOutline(a, outline, analysis); err != nil {
		return nil, err
	}
	return a, nil
}

// Texts calls fn with the clean text of each stored document among ids, in order of id.
func (s *Store) Texts(ctx context.Context, ids []string, fn func(id, text string) error) error {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	rows, err := s.pool.Query(ctx, `SELECT id, text FROM documents WHERE id = ANY($1) ORDER BY id`, ids)
	if err != nil {
		return fmt.Errorf("texts: %w", err)
	}
	type text struct{ id, text string }
	texts, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (text, error) {
		var t text
		err := row.Scan(&t.id, &t.text)
		return t, err
	})
	if err != nil {
		return fmt.Errorf("texts: %w", err)
	}
	for _, t := range texts {
		if err := fn(t.id, t.text); err != nil {
			return err
		}
	}
	return nil
}
