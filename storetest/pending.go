package storetest

import (
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
	if err := s.PutCross(ctx, res, []string{"c3", "zz-never-stored"}); err != nil {
		t.Fatalf("put cross: %v", err)
	}
	pending("after the last pass")
}
