package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/doccols"
)

// Versioned is a store that reports the schema version its database is at.
type Versioned interface {
	dossier.Store
	Version(ctx context.Context) (int, error)
}

// Migrated checks a database made by a store's first schema holding one document, id old1, titled
// "Ferry service resumes", whose text mentions a ferry. Opened twice (the second Open finds nothing
// to do), it must be at schema version want, read the old document back, find it by search and hold
// it pending for the cross-document pass, which the old schema could not record.
func Migrated(t *testing.T, open func() (Versioned, error), want int) {
	t.Helper()
	ctx := t.Context()
	for range 2 {
		s, err := open()
		if err != nil {
			t.Fatalf("open old database: %v", err)
		}
		if v, err := s.Version(ctx); err != nil || v != want {
			t.Errorf("version after open: %d, %v; want %d", v, err, want)
		}
		hits, err := s.Search(ctx, "ferry", 5)
		if err != nil || len(hits) != 1 || hits[0].Doc.ID != "old1" {
			t.Errorf("search an old document: %v, %v", hits, err)
		}
		var got []*dossier.Analysis
		if err := s.Analyses(ctx, func(a *dossier.Analysis) error { got = append(got, a); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Doc.Title != "Ferry service resumes" || len(got[0].Doc.Captions) != 0 {
			t.Errorf("old document read back as %+v", got)
		}
		if p, err := s.Pending(ctx); err != nil || len(p) != 1 || p[0] != "old1" {
			t.Errorf("pending after upgrade: %v, %v; want [old1]", p, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// OldOutlines is a database of one store at the schema before outlines were (or before findings
// columns were), and what reads and changes its documents' rows beneath the store (see
// OutlinesFilled).
type OldOutlines struct {
	// Encode gives the columns a document was stored with at that schema: doccols.EncodeWhole
	// when nil.
	Encode func(a *dossier.Analysis) (doccols.Columns, error)
	// Insert writes the row of a document with those of its columns the schema had.
	Insert func(d *dossier.Document, c doccols.Columns) error
	// Open opens the database with the store, which migrates it.
	Open func() (dossier.Store, error)
	// Missing counts the documents without the column the schema lacked.
	Missing func() (int, error)
	// Rewrite writes the analysis of the document id and clears the column the schema lacked
	// (and those after it), as a build from before it would have stored it.
	Rewrite func(id string, analysis []byte) error
}

// OutlinesFilled checks a database whose documents (those of PassDocs) were stored before
// outlines (or findings columns) were: the step that adds them gives each its own, and the pass
// reads the documents as Analyses gives them, from those columns or, for one stored without
// them all the same, from its analysis.
func OutlinesFilled(t *testing.T, db OldOutlines) {
	t.Helper()
	docs := PassDocs()
	whole := make([]doccols.Columns, len(docs))
	encode := db.Encode
	if encode == nil {
		encode = doccols.EncodeWhole
	}
	for i, a := range docs {
		c, err := encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Insert(&a.Doc, c); err != nil {
			t.Fatalf("insert %s before outlines: %v", a.Doc.ID, err)
		}
		whole[i] = c
	}
	s, err := db.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if missing, err := db.Missing(); err != nil || missing != 0 {
		t.Errorf("%d of %d documents have no outline after the upgrade (%v)", missing, len(docs), err)
	}
	want := all(t, s)
	put := slices.SortedFunc(slices.Values(docs), func(a, b *dossier.Analysis) int { return strings.Compare(a.Doc.ID, b.Doc.ID) })
	if diff := cmp.Diff(put, want, equate); diff != "" {
		t.Errorf("analyses stored before outlines (-put +read):\n%s", diff)
	}
	PassReads(t, s)
	if err := db.Rewrite(docs[0].Doc.ID, whole[0].Analysis); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, all(t, s), equate); diff != "" {
		t.Errorf("analyses, one stored without an outline (-before +after):\n%s", diff)
	}
	PassReads(t, s)
}
