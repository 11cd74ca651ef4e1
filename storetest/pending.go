package storetest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// testPending checks the durable mark of documents waiting for the cross-document pass: set by Put
// for new documents only, cleared by PutCross only for the documents the pass read, together with
// its results.
func testPending(t *testing.T, s dossier.Store) {
	ctx := t.Context()
	pending := func(step string, want ...string) {
		t.Helper()
		got, err := s.Pending(ctx)
		if err != nil {
			t.Fatalf("%s: pending: %v", step, err)
		}
		if diff := cmp.Diff(want, got, equate); diff != "" {
			t.Errorf("%s: pending (-want +got):\n%s", step, diff)
		}
	}
	pending("new store")
	put(t, s, small("b2", "b.txt", "B", "Body b."), small("a1", "a.txt", "A", "Body a."))
	pending("after put", "a1", "b2")

	// A pass that read a1 and b2 while c3 arrived clears only what it read.
	put(t, s, small("c3", "c.txt", "C", "Body c."))
	res := &dossier.Corpus{Origins: []dossier.Origin{{Doc: "a1", Group: "a1", Reason: "earliest"}}}
	if err := s.PutCross(ctx, res, []string{"a1", "b2"}); err != nil {
		t.Fatalf("put cross: %v", err)
	}
	pending("after a pass over a1 and b2", "c3")
	got, err := s.Corpus(ctx)
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	if diff := cmp.Diff(res, got, equate); diff != "" {
		t.Errorf("corpus stored with the pass (-want +got):\n%s", diff)
	}

	// Storing a document again marks nothing; results without documents clear nothing.
	put(t, s, small("a1", "a.txt", "A", "Body a."))
	if err := s.PutCorpus(ctx, res); err != nil {
		t.Fatalf("put corpus: %v", err)
	}
	pending("after a repeated put and results alone", "c3")

	// A pass that listed a1 (cleared since by another) and c3 may be older than the stored
	// results: it stores nothing and leaves c3 pending.
	stale := &dossier.Corpus{Origins: []dossier.Origin{{Doc: "zz", Group: "zz", Reason: "stale"}}}
	if err := s.PutCross(ctx, stale, []string{"a1", "c3"}); !errors.Is(err, dossier.ErrStale) {
		t.Errorf("put cross of a pass that lists a cleared document: %v, want ErrStale", err)
	}
	pending("after a stale pass", "c3")
	if got, err := s.Corpus(ctx); err != nil || !cmp.Equal(res, got, equate) {
		t.Errorf("a stale pass replaced the results: %+v, %v", got, err)
	}
	if err := s.PutCross(ctx, res, []string{"c3"}); err != nil {
		t.Fatalf("put cross: %v", err)
	}
	pending("after the last pass")
}

// testConcurrentPasses stores the results of two passes over the same documents at once: one
// stores them, the other finds its documents cleared and stores nothing.
func testConcurrentPasses(t *testing.T, s dossier.Store) {
	ctx := t.Context()
	put(t, s, small("d1", "d1.txt", "D1", "Body d1."), small("d2", "d2.txt", "D2", "Body d2."))
	errs := make(chan error, 2)
	for i := range 2 {
		go func() {
			c := &dossier.Corpus{Origins: []dossier.Origin{{Doc: "d1", Group: "d1", Reason: string(rune('a' + i))}}}
			errs <- s.PutCross(ctx, c, []string{"d1", "d2"})
		}()
	}
	var stored, stale int
	for range 2 {
		switch err := <-errs; {
		case err == nil:
			stored++
		case errors.Is(err, dossier.ErrStale):
			stale++
		default:
			t.Fatalf("put cross: %v", err)
		}
	}
	if stored != 1 || stale != 1 {
		t.Errorf("two passes over the same documents at once: %d stored, %d stale; want 1 and 1", stored, stale)
	}
	if p, err := s.Pending(ctx); err != nil || len(p) != 0 {
		t.Errorf("pending after the passes: %v, %v", p, err)
	}
}
