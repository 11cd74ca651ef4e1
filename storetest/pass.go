package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// testPassReader checks that a store reading for the cross-document pass gives every analysis as
// Analyses does, less the words the pass does not read, and quotes texts by id.
func testPassReader(t *testing.T, s dossier.Store) {
	pr, ok := s.(dossier.PassReader)
	if !ok {
		t.Skip("the store reads no projection for the pass")
	}
	docs := PassDocs()
	put(t, s, docs...)
	want := passReads(t, s, pr)
	testPassAnalysesOf(t, s, want)

	texts := map[string]string{}
	ask := []string{docs[2].Doc.ID, "missing", "0000bare", docs[2].Doc.ID}
	var order []string
	if err := pr.Texts(t.Context(), ask, func(id, text string) error {
		texts[id] = text
		order = append(order, id)
		return nil
	}); err != nil {
		t.Fatalf("texts: %v", err)
	}
	wantTexts := map[string]string{docs[2].Doc.ID: docs[2].Doc.Text, "0000bare": "Ünïcode — short."}
	if diff := cmp.Diff(wantTexts, texts); diff != "" {
		t.Errorf("texts (-want +got):\n%s", diff)
	}
	if len(order) != 2 || order[0] > order[1] {
		t.Errorf("texts called fn for %v, want each document once in order of id", order)
	}
	stop := errors.New("stop here")
	if err := pr.Texts(t.Context(), ask, func(string, string) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("texts with fn failing: got %v, want %v", err, stop)
	}
	testResolution(t, s, pr)
}

// PassDocs returns analyses of documents that hold every finding the pass reads, and one that
// holds none.
func PassDocs() []*dossier.Analysis {
	return []*dossier.Analysis{Doc(1), Doc(2), Doc(3), small("0000bare", "bare.txt", "Bare", "Ünïcode — short.")}
}

// PassReads checks that the pass reads the documents of s (held in it by an older schema, or by a
// build that wrote less of them) as Analyses gives them: whole, as their mentions and as their
// outlines.
func PassReads(t *testing.T, s dossier.Store) {
	t.Helper()
	pr, ok := s.(dossier.PassReader)
	if !ok {
		t.Fatal("the store reads no projection for the pass")
	}
	passReads(t, s, pr)
}

// passReads checks the analyses, mentions and outlines the pass reads of s against Analyses,
// and returns the analyses the pass reads.
func passReads(t *testing.T, s dossier.Store, pr dossier.PassReader) []*dossier.Analysis {
	var want []*dossier.Analysis
	for _, a := range all(t, s) {
		a.TextLen = len(a.Doc.Text)
		a.Doc.Text, a.Doc.Standfirst, a.Doc.Captions = "", "", nil
		for i := range a.Events {
			a.Events[i].Text = ""
		}
		want = append(want, a)
	}
	got := collect(t, "pass analyses", pr.PassAnalyses)
	if diff := cmp.Diff(want, got, equate); diff != "" {
		t.Errorf("pass analyses (-want +got):\n%s", diff)
	}
	for _, a := range got {
		if a.TextLength() == 0 {
			t.Errorf("document %s: pass analysis gives no text length", a.Doc.ID)
		}
	}
	testPassMentions(t, pr, want)
	testPassOutlines(t, s, want)
	return want
}

// testPassAnalysesOf checks that a store that reads the pass's analyses of a list of ids gives
// those of want among them, once each in order of id, whatever the list's order and repeats, and
// fails with fn.
func testPassAnalysesOf(t *testing.T, s dossier.Store, want []*dossier.Analysis) {
	r, ok := s.(interface {
		PassAnalysesOf(ctx context.Context, ids []string, fn func(*dossier.Analysis) error) error
	})
	if !ok {
		return
	}
	ask := []string{want[2].Doc.ID, "missing", want[0].Doc.ID, want[2].Doc.ID}
	got := collect(t, "pass analyses of ids", func(ctx context.Context, fn func(*dossier.Analysis) error) error {
		return r.PassAnalysesOf(ctx, ask, fn)
	})
	if diff := cmp.Diff([]*dossier.Analysis{want[0], want[2]}, got, equate); diff != "" {
		t.Errorf("pass analyses of ids (-want +got):\n%s", diff)
	}
	stop := errors.New("stop here")
	if err := r.PassAnalysesOf(t.Context(), ask, func(*dossier.Analysis) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("pass analyses of ids with fn failing: got %v, want %v", err, stop)
	}
}

// testPassOutlines checks that a store that reads the outlines of the pass's analyses gives of
// each analysis of want its id, address, publisher, date, text length, mentions, time
// expressions, sketch, credit lines and dateline alone, in order of id.
func testPassOutlines(t *testing.T, s dossier.Store, want []*dossier.Analysis) {
	r, ok := s.(interface {
		PassOutlines(ctx context.Context, fn func(*dossier.Analysis) error) error
	})
	if !ok {
		return
	}
	var outlines []*dossier.Analysis
	timexes := 0
	for _, a := range want {
		d := a.Doc
		outlines = append(outlines, &dossier.Analysis{
			Doc:      dossier.Document{ID: d.ID, URL: d.URL, Publisher: d.Publisher, Published: d.Published},
			TextLen:  a.TextLength(),
			Mentions: a.Mentions, Timexes: a.Timexes, Sketch: a.Sketch, Credits: a.Credits, Dateline: a.Dateline,
		})
		timexes += len(a.Timexes)
	}
	got := collect(t, "pass outlines", r.PassOutlines)
	if diff := cmp.Diff(outlines, got, equate); diff != "" {
		t.Errorf("pass outlines (-want +got):\n%s", diff)
	}
	if timexes == 0 {
		t.Errorf("the documents of the test have no time expressions: pass outlines is not fully tested")
	}
}

// testPassMentions checks that a store reads the ids and mentions of the analyses of want alone,
// in order of id.
func testPassMentions(t *testing.T, pr dossier.PassReader, want []*dossier.Analysis) {
	var wantIDs []*dossier.Analysis
	for _, a := range want {
		wantIDs = append(wantIDs, &dossier.Analysis{Doc: dossier.Document{ID: a.Doc.ID}, Mentions: a.Mentions})
	}
	got := collect(t, "pass mentions", pr.PassMentions)
	if diff := cmp.Diff(wantIDs, got, equate); diff != "" {
		t.Errorf("pass mentions (-want +got):\n%s", diff)
	}
	mentions := 0
	for _, a := range want {
		mentions += len(a.Mentions)
	}
	if mentions == 0 {
		t.Errorf("the documents of the test have no mentions: pass mentions is not tested")
	}
}

// testResolution checks that a store reads the basis, entities and members of its results alone,
// as Corpus gives them.
func testResolution(t *testing.T, s dossier.Store, pr dossier.PassReader) {
	none, err := pr.Resolution(t.Context())
	if err != nil || len(none.Entities)+len(none.Members) != 0 || none.Basis != "" {
		t.Errorf("resolution before any pass: %+v, %v; want none", none, err)
	}
	c := BigCorpus(40)
	if err := s.PutCorpus(t.Context(), c); err != nil {
		t.Fatalf("put corpus: %v", err)
	}
	got, err := pr.Resolution(t.Context())
	if err != nil {
		t.Fatalf("resolution: %v", err)
	}
	want := &dossier.Corpus{Basis: c.Basis, Entities: c.Entities, Members: c.Members}
	if diff := cmp.Diff(want, got, equate); diff != "" {
		t.Errorf("resolution (-want +got):\n%s", diff)
	}
}
