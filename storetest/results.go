package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// testResultPages reads the stored results a page at a time, where the store can, and checks the
// pages against Corpus.
func testResultPages(t *testing.T, s dossier.Store) {
	ctx := t.Context()
	p, ok := s.(dossier.ResultPages)
	if !ok {
		t.Skip("the store does not read results a page at a time")
	}
	empty, err := p.Conflicts(ctx, "", 10)
	if err != nil || len(empty) != 0 {
		t.Errorf("conflicts of a new store: %v, %v", empty, err)
	}
	want := BigCorpus(200)
	// Chains past 9 (whose row ids sort before chain 2's) and a document whose id starts with
	// another's and a slash.
	want.Members = append(want.Members, dossier.Member{ChainRef: dossier.ChainRef{Doc: "ab", Chain: 10}, Entity: "e1"},
		dossier.Member{ChainRef: dossier.ChainRef{Doc: "ab", Chain: 2}, Entity: "e2"},
		dossier.Member{ChainRef: dossier.ChainRef{Doc: "ab/c", Chain: 1}, Entity: "e3"})
	if err := s.PutCorpus(ctx, want); err != nil {
		t.Fatalf("put corpus: %v", err)
	}
	for _, limit := range []int{1, 7, 1000} {
		checkPages(t, "entities", limit, want.Entities, p.Entities, func(e dossier.Entity) string { return e.ID })
		checkPages(t, "conflicts", limit, want.Conflicts, p.Conflicts, func(c dossier.Conflict) string { return c.ID })
		checkPages(t, "stories", limit, want.Stories, p.Stories, func(s dossier.Story) string { return s.ID })
		checkPages(t, "happenings", limit, want.Happenings, p.Happenings, func(h dossier.Happening) string { return h.ID })
		checkPages(t, "origins", limit, want.Origins, p.Origins, func(o dossier.Origin) string { return o.Doc })
	}
	checkDocMembers(t, p, want)
	if got, err := p.Happenings(ctx, "no such id", 5); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("happenings after an id not stored: %v, %v; want ErrNotFound", got, err)
	}
	if got, err := p.Conflicts(ctx, "", 0); err != nil || len(got) != 0 {
		t.Errorf("a page of no conflicts: %v, %v", got, err)
	}
}

// checkDocMembers reads the members of each document of c, and of a document that is not
// stored, and compares them with c's.
func checkDocMembers(t *testing.T, p dossier.ResultPages, c *dossier.Corpus) {
	t.Helper()
	byDoc := map[string][]dossier.Member{"no such document": nil}
	for _, m := range c.Members {
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	if len(byDoc) < 3 {
		t.Fatalf("the corpus has members of %d documents; the check wants more", len(byDoc)-1)
	}
	for doc, want := range byDoc {
		slices.SortFunc(want, func(a, b dossier.Member) int { return a.Chain - b.Chain })
		got, err := p.DocMembers(t.Context(), doc)
		if err != nil {
			t.Fatalf("members of %s: %v", doc, err)
		}
		if diff := cmp.Diff(want, got, equate); diff != "" {
			t.Errorf("members of %s (-want +got):\n%s", doc, diff)
		}
	}
}

// checkPages reads every result of one kind in pages of limit and compares them with want.
func checkPages[T any](t *testing.T, kind string, limit int, want []T,
	page func(ctx context.Context, after string, limit int) ([]T, error), id func(T) string) {
	t.Helper()
	var got []T
	after := ""
	for range len(want) + 2 {
		p, err := page(t.Context(), after, limit)
		if err != nil {
			t.Fatalf("%s after %q: %v", kind, after, err)
		}
		if len(p) > limit {
			t.Fatalf("%s after %q: %d results, limit %d", kind, after, len(p), limit)
		}
		got = append(got, p...)
		if len(p) < limit {
			break
		}
		after = id(p[len(p)-1])
	}
	if diff := cmp.Diff(want, got, equate); diff != "" {
		t.Errorf("%s in pages of %d (-want +got):\n%s", kind, limit, diff)
	}
}

// Passes reads, for every stored result row, the number of the pass that last wrote it, keyed by
// "kind/id".
type Passes func(ctx context.Context) (map[string]int64, error)

// Rewrites checks that storing results writes only the rows of results that changed. a and b are
// two handles on one new database (two processes, each remembering what it wrote last); passes
// reads the pass that last wrote each row.
func Rewrites(t *testing.T, a, b dossier.Store, passes Passes) {
	t.Helper()
	ctx := t.Context()
	base := BigCorpus(300)
	touched := Touched(base)
	wantRows := func(step string, c *dossier.Corpus, pass int64, changed ...string) {
		t.Helper()
		for _, s := range []dossier.Store{a, b} {
			got, err := s.Corpus(ctx)
			if err != nil {
				t.Fatalf("%s: corpus: %v", step, err)
			}
			if diff := cmp.Diff(c, got, equate); diff != "" {
				t.Errorf("%s: corpus (-want +got):\n%s", step, diff)
			}
		}
		rows, err := passes(ctx)
		if err != nil {
			t.Fatalf("%s: passes: %v", step, err)
		}
		if n := rowCount(c); len(rows) != n {
			t.Errorf("%s: %d rows stored, want %d", step, len(rows), n)
		}
		var written []string
		for k, p := range rows {
			if p == pass {
				written = append(written, k)
			}
		}
		slices.Sort(written)
		if changed != nil && !slices.Equal(written, changed) {
			t.Errorf("%s: pass %d wrote %v, want %v", step, pass, written, changed)
		}
	}
	if err := a.PutCorpus(ctx, base); err != nil {
		t.Fatal(err)
	}
	wantRows("first pass", base, 1)
	entity := "entity/" + touched.Entities[0].ID
	conflict := "conflict/" + touched.Conflicts[len(touched.Conflicts)/2].ID
	happening := "happening/" + base.Happenings[len(base.Happenings)/3].ID
	steps := []struct {
		name  string
		s     dossier.Store
		c     *dossier.Corpus
		wrote []string
	}{
		{"a new entity, a changed conflict, a happening gone", a, touched, []string{conflict, entity}},
		{"the same again", a, touched, []string{}},
		{"back, by the other handle", b, base, []string{conflict, happening}},
		{"forth, by the first handle again", a, touched, []string{conflict, entity}},
	}
	for i, st := range steps {
		if err := st.s.PutCorpus(ctx, st.c); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		wantRows(st.name, st.c, int64(i+2), st.wrote...)
	}
}

// rowCount is the number of rows c is stored in.
func rowCount(c *dossier.Corpus) int {
	return len(c.Entities) + len(c.Members) + len(c.Origins) + len(c.Conflicts) + len(c.Stories) +
		len(c.Happenings) + len(c.Frames)
}

// MigratedResults checks that s, opened on a database whose older schema held want as results,
// returns them, and that the first pass after storing the same results again leaves every row as
// it is.
func MigratedResults(t *testing.T, s dossier.Store, want *dossier.Corpus, passes Passes) {
	t.Helper()
	ctx := t.Context()
	got, err := s.Corpus(ctx)
	if err != nil {
		t.Fatalf("corpus of a migrated database: %v", err)
	}
	if diff := cmp.Diff(want, got, equate); diff != "" {
		t.Errorf("corpus of a migrated database (-want +got):\n%s", diff)
	}
	for i := range 2 {
		if err := s.PutCorpus(ctx, want); err != nil {
			t.Fatalf("put corpus %d: %v", i, err)
		}
	}
	rows, err := passes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := rowCount(want); len(rows) != n {
		t.Errorf("%d rows stored, want %d", len(rows), n)
	}
	for k, p := range rows {
		if p != 1 {
			t.Errorf("row %s last written by pass %d, want 1: the pass after the migration writes each row once", k, p)
		}
	}
	if got, err := s.Corpus(ctx); err != nil || !cmp.Equal(want, got, equate) {
		t.Errorf("corpus after storing it again differs, or: %v", err)
	}
}
