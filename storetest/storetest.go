package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Test runs the conformance suite. open must return a new, empty store for each subtest; Test closes
// it when the subtest ends, before any cleanup open registered itself runs.
func Test(t *testing.T, open func(t *testing.T) dossier.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s dossier.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"IdempotentPut", testIdempotentPut},
		{"BatchDuplicates", testBatchDuplicates},
		{"Failures", testFailures},
		{"Search", testSearch},
		{"HostileQuery", testHostileQuery},
		{"BoundedQuery", testBoundedQuery},
		{"Corpus", testCorpus},
		{"ResultPages", testResultPages},
		{"Pending", testPending},
		{"ConcurrentPasses", testConcurrentPasses},
		{"AnalysesOrder", testAnalysesOrder},
		{"AnalysesReentrant", testAnalysesReentrant},
		{"ConcurrentPut", testConcurrentPut},
		{"Unicode", testUnicode},
		{"PassReader", testPassReader},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.run(t, s)
		})
	}
}

// equate treats nil and empty slices alike: a store cannot tell them apart.
var equate = cmpopts.EquateEmpty()

func put(t *testing.T, s dossier.Store, batch ...*dossier.Analysis) []bool {
	t.Helper()
	added, err := s.Put(t.Context(), batch)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	if len(added) != len(batch) {
		t.Fatalf("put %d documents: got %d results", len(batch), len(added))
	}
	return added
}

func all(t *testing.T, s dossier.Store) []*dossier.Analysis {
	t.Helper()
	return collect(t, "analyses", s.Analyses)
}

// collect returns the analyses read gives, in its order, and fails the test, naming what, when
// read fails.
func collect(t *testing.T, what string, read func(context.Context, func(*dossier.Analysis) error) error) []*dossier.Analysis {
	t.Helper()
	var got []*dossier.Analysis
	if err := read(t.Context(), func(a *dossier.Analysis) error {
		got = append(got, a)
		return nil
	}); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return got
}

func ids(as []*dossier.Analysis) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Doc.ID
	}
	return out
}

// small returns a short analysed document with only the fields that are always set.
func small(id, file, title, text string) *dossier.Analysis {
	return &dossier.Analysis{Doc: dossier.Document{
		ID: id, File: file, Title: title, Language: "en", Text: text,
		Sentences: []dossier.Span{{Start: 0, End: len(text)}},
	}}
}

func testRoundTrip(t *testing.T, s dossier.Store) {
	full := Doc(1)
	bare := &dossier.Analysis{Doc: dossier.Document{ID: "0000bare", File: "bare.txt", Text: "Short."}}
	if got := put(t, s, full, bare); !slices.Equal(got, []bool{true, true}) {
		t.Fatalf("put: got %v, want [true true]", got)
	}
	for _, c := range []struct {
		id   string
		want bool
	}{{full.Doc.ID, true}, {"0000bare", true}, {"missing", false}, {"", false}} {
		has, err := s.Has(t.Context(), c.id)
		if err != nil {
			t.Fatalf("has %q: %v", c.id, err)
		}
		if has != c.want {
			t.Errorf("has %q = %v, want %v", c.id, has, c.want)
		}
	}
	want := []*dossier.Analysis{bare, full}
	if full.Doc.ID < bare.Doc.ID {
		want = []*dossier.Analysis{full, bare}
	}
	if diff := cmp.Diff(want, all(t, s), equate); diff != "" {
		t.Errorf("analyses differ from what was put (-want +got):\n%s", diff)
	}
}

func testIdempotentPut(t *testing.T, s dossier.Store) {
	a := Doc(2)
	put(t, s, a)
	again := Doc(2)
	again.Doc.Title = "A different title"
	again.Mentions = nil
	if got := put(t, s, again); !slices.Equal(got, []bool{false}) {
		t.Fatalf("second put: got %v, want [false]", got)
	}
	if diff := cmp.Diff([]*dossier.Analysis{a}, all(t, s), equate); diff != "" {
		t.Errorf("a repeated put changed the stored document (-want +got):\n%s", diff)
	}
	if got, err := s.Put(t.Context(), nil); err != nil || len(got) != 0 {
		t.Errorf("empty put: got %v, %v; want [], nil", got, err)
	}
}

func testBatchDuplicates(t *testing.T, s dossier.Store) {
	a, b, c, d, e := Doc(10), Doc(11), Doc(12), Doc(13), Doc(14)
	put(t, s, d)
	tests := []struct {
		batch []*dossier.Analysis
		want  []bool
	}{
		{[]*dossier.Analysis{a, b, a, c, b}, []bool{true, true, false, true, false}},
		{[]*dossier.Analysis{d, e, e}, []bool{false, true, false}},
		{[]*dossier.Analysis{c, b, a}, []bool{false, false, false}},
	}
	for i, tc := range tests {
		if got := put(t, s, tc.batch...); !slices.Equal(got, tc.want) {
			t.Errorf("batch %d: got %v, want %v", i, got, tc.want)
		}
	}
	want := []string{a.Doc.ID, b.Doc.ID, c.Doc.ID, d.Doc.ID, e.Doc.ID}
	slices.Sort(want)
	if diff := cmp.Diff(want, ids(all(t, s))); diff != "" {
		t.Errorf("stored ids (-want +got):\n%s", diff)
	}
}

func testFailures(t *testing.T, s dossier.Store) {
	ctx := t.Context()
	failures := func() []dossier.Failure {
		t.Helper()
		fs, err := s.Failures(ctx)
		if err != nil {
			t.Fatalf("failures: %v", err)
		}
		return fs
	}
	if fs := failures(); len(fs) != 0 {
		t.Fatalf("new store has failures: %v", fs)
	}
	err := s.PutFailures(ctx, []dossier.Failure{
		{File: "pages/zeta.html", Reason: "extract pages/zeta.html: no article text found"},
		{File: "pages/alpha.bin", Reason: "binary content, not text"},
		{File: "pages/mid.html", Reason: "empty input"},
	})
	if err != nil {
		t.Fatalf("put failures: %v", err)
	}
	if err := s.PutFailures(ctx, []dossier.Failure{{File: "pages/mid.html", Reason: "input too large"}}); err != nil {
		t.Fatalf("put failures again: %v", err)
	}
	want := []dossier.Failure{
		{File: "pages/alpha.bin", Reason: "binary content, not text"},
		{File: "pages/mid.html", Reason: "input too large"},
		{File: "pages/zeta.html", Reason: "extract pages/zeta.html: no article text found"},
	}
	if diff := cmp.Diff(want, failures()); diff != "" {
		t.Errorf("failures (-want +got):\n%s", diff)
	}

	// A later success for a file clears its failure, and only its.
	put(t, s, small("00ff", "pages/mid.html", "Recovered", "The page was read on the second try."))
	if diff := cmp.Diff([]dossier.Failure{want[0], want[2]}, failures()); diff != "" {
		t.Errorf("failures after a success (-want +got):\n%s", diff)
	}
	if err := s.PutFailures(ctx, nil); err != nil {
		t.Errorf("put no failures: %v", err)
	}
}

// searchDocs are three reports: one about a blockade in title and body, one that mentions it once
// deep in a long text, one about something else.
func searchDocs() []*dossier.Analysis {
	filler := strings.Repeat("Residents of the valley spoke of market prices, the harvest and the weather. ", 20)
	return []*dossier.Analysis{
		small("aa01", "a.html", "Blockade of the harbour tightens",
			"The blockade of Port Halvessa entered its third week. Ships turned back from the blockade line, "+
				"and traders said the blockade had emptied the fish market."),
		small("aa02", "b.html", "Valley life goes on",
			filler+"One farmer said the blockade far away had raised the price of salt. "+filler),
		small("aa03", "c.html", "Council opens grain depot",
			"The council opened a grain depot in Marrowgate. A grain convoy of twelve trucks arrived on Tuesday."),
	}
}

func search(t *testing.T, s dossier.Store, q string, limit int) []dossier.Hit {
	t.Helper()
	hits, err := s.Search(t.Context(), q, limit)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return hits
}

func hitIDs(hits []dossier.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Doc.ID
	}
	return out
}

func testSearch(t *testing.T, s dossier.Store) {
	docs := searchDocs()
	put(t, s, docs...)
	tests := []struct {
		query string
		limit int
		want  []string
		mark  string // a marked term every snippet must hold, compared in lower case
	}{
		{"blockade", 10, []string{"aa01", "aa02"}, "[blockade]"},
		{"blockade", 1, []string{"aa01"}, "[blockade]"},
		{"BLOCKADE harbour", 10, []string{"aa01"}, "[harbour]"},
		{`"grain convoy"`, 10, []string{"aa03"}, "[grain"},
		{"grain -convoy", 10, nil, ""},
		{"salt OR depot", 10, []string{"aa02", "aa03"}, ""},
		{"submarine", 10, nil, ""},
	}
	for _, tc := range tests {
		hits := search(t, s, tc.query, tc.limit)
		got := hitIDs(hits)
		if tc.query == "salt OR depot" {
			slices.Sort(got) // either may rank first
		}
		if diff := cmp.Diff(tc.want, got, equate); diff != "" {
			t.Errorf("search %q limit %d (-want +got):\n%s", tc.query, tc.limit, diff)
		}
		for _, h := range hits {
			if !strings.Contains(strings.ToLower(h.Snippet), tc.mark) {
				t.Errorf("search %q: snippet of %s lacks %q: %q", tc.query, h.Doc.ID, tc.mark, h.Snippet)
			}
			if !strings.Contains(h.Snippet, "[") || !strings.Contains(h.Snippet, "]") {
				t.Errorf("search %q: snippet of %s marks nothing: %q", tc.query, h.Doc.ID, h.Snippet)
			}
		}
	}
	hits := search(t, s, "blockade", 10)
	if len(hits) > 0 {
		if diff := cmp.Diff(docs[0].Doc, hits[0].Doc, equate); diff != "" {
			t.Errorf("hit document differs from the stored one (-want +got):\n%s", diff)
		}
	}
}

func testHostileQuery(t *testing.T, s dossier.Store) {
	put(t, s, searchDocs()...)
	tests := []struct {
		query string
		want  []string // nil: the query must either fail with ErrBadQuery or succeed, any hits
		bad   bool     // the query holds no term: it must fail with ErrBadQuery
	}{
		{query: `"blockade`, want: []string{"aa01", "aa02"}},
		{query: `blockade"`, want: []string{"aa01", "aa02"}},
		{query: `blockade AND`, want: []string{"aa01", "aa02"}},
		{query: `OR blockade`, want: []string{"aa01", "aa02"}},
		{query: `blockade OR`, want: []string{"aa01", "aa02"}},
		{query: `(blockade`, want: []string{"aa01", "aa02"}},
		{query: `blockade*)`, want: []string{"aa01", "aa02"}},
		{query: "\x00blockade\xff", want: []string{"aa01", "aa02"}},
		{query: `title:blockade`},
		{query: `NEAR(blockade harbour)`},
		{query: `'; DROP TABLE documents; --`},
		{query: `^blockade + - "`},
		{query: ``, bad: true},
		{query: `   `, bad: true},
		{query: `AND`, bad: true},
		{query: `OR OR`, bad: true},
		{query: `***`, bad: true},
		{query: `-`, bad: true},
		{query: `""`, bad: true},
		{query: `-blockade`, bad: true},
		{query: `( ) : ^ *`, bad: true},
	}
	for _, tc := range tests {
		hits, err := s.Search(t.Context(), tc.query, 10)
		switch {
		case tc.bad:
			if !errors.Is(err, dossier.ErrBadQuery) {
				t.Errorf("search %q: got %v, %v; want an error wrapping ErrBadQuery", tc.query, hitIDs(hits), err)
			}
		case err != nil && (tc.want != nil || !errors.Is(err, dossier.ErrBadQuery)):
			t.Errorf("search %q: %v", tc.query, err)
		case tc.want != nil:
			if diff := cmp.Diff(tc.want, hitIDs(hits)); diff != "" {
				t.Errorf("search %q (-want +got):\n%s", tc.query, diff)
			}
		}
	}
	if got := hitIDs(search(t, s, "blockade", 10)); len(got) != 2 {
		t.Errorf("after hostile queries, search finds %v", got)
	}
}

// testBoundedQuery checks the limits of a query (dossier.CheckQuery) and that a search stops when
// its context is cancelled, as when the client goes away.
func testBoundedQuery(t *testing.T, s dossier.Store) {
	put(t, s, searchDocs()...)
	many := strings.Repeat("blockade ", dossier.MaxQueryTerms)
	if got := hitIDs(search(t, s, many, 10)); len(got) != 2 {
		t.Errorf("a query of %d words finds %v, want the two documents", dossier.MaxQueryTerms, got)
	}
	for _, q := range []string{many + "harbour", strings.Repeat("blockade", 200), strings.Repeat(`"blockade harbour" `, 2000)} {
		if _, err := s.Search(t.Context(), q, 10); !errors.Is(err, dossier.ErrBadQuery) {
			t.Errorf("search of %d bytes: %v, want an error wrapping ErrBadQuery", len(q), err)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if hits, err := s.Search(ctx, "blockade", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("search on a cancelled context: %v, %v; want context.Canceled", hitIDs(hits), err)
	}
}

func testCorpus(t *testing.T, s dossier.Store) {
	ctx := t.Context()
	empty, err := s.Corpus(ctx)
	if err != nil {
		t.Fatalf("corpus of a new store: %v", err)
	}
	if diff := cmp.Diff(&dossier.Corpus{}, empty, equate); diff != "" {
		t.Errorf("corpus of a new store (-want +got):\n%s", diff)
	}
	first := &dossier.Corpus{
		Entities: []dossier.Entity{
			{ID: "e1", Type: dossier.PER, Name: "Corvin Aldemar", Aliases: []string{"Korvin Aldemar", "Aldemar"}},
			{ID: "e2", Type: dossier.LOC, Name: "Port Halvessa", Aliases: []string{}},
		},
		Members: []dossier.Member{
			{ChainRef: dossier.ChainRef{Doc: "aa01", Chain: 0}, Entity: "e1"},
			{ChainRef: dossier.ChainRef{Doc: "aa02", Chain: 3}, Entity: "e1"},
			{ChainRef: dossier.ChainRef{Doc: "aa02", Chain: 1}, Entity: "e2"},
		},
		Origins: []dossier.Origin{
			{Doc: "aa01", Group: "aa01", Reason: "earliest"},
			{Doc: "aa02", Group: "aa01", Reason: "near-duplicate"},
		},
		Conflicts: []dossier.Conflict{{
			ID: "c1", Kind: "cause", About: []string{"e1", "e2"},
			Sides: []dossier.ConflictSide{
				{Doc: "aa01", Span: dossier.Span{Start: 4, End: 40}, Text: "the convoy was stopped by the storm"},
				{Doc: "aa02", Span: dossier.Span{Start: 100, End: 130}, Text: "the convoy was turned back"},
			},
			Summary: "Reports disagree on why the convoy stopped.",
		}},
		Stories: []dossier.Story{{ID: "s1", Docs: []string{"aa01", "aa02"}, Entities: []string{"e1"}}},
		Happenings: []dossier.Happening{{ID: "h1", Type: dossier.Travel, Story: "s1", Participants: []string{"e1", "e2"},
			Time: "2023-11", Origins: 1, Reports: []dossier.Report{
				{Doc: "aa01", Event: 0, Modality: dossier.Asserted, Origin: "aa01"},
				{Doc: "aa02", Event: 2, Modality: dossier.Reported, Attribution: []string{"e2", "a port official"}, Origin: "aa01"},
			}}},
		Frames: []dossier.Frame{{Source: "Harbour Herald", Entity: "e1", Labels: []string{"the convoy's leader"}, Camp: "backed"}},
	}
	second := &dossier.Corpus{
		Origins: []dossier.Origin{{Doc: "aa03", Group: "aa03", Reason: "earliest"}},
	}
	// A store that takes results read one at a time stores what it stores of the corpus they are:
	// the last two puts go through PutResults when the store has it.
	results, _ := s.(dossier.ResultsPutter)
	for i, c := range []*dossier.Corpus{first, second, first, second, first} {
		put := func() error { return s.PutCorpus(ctx, c) }
		if i >= 3 {
			if results == nil {
				break
			}
			put = func() error { return results.PutResults(ctx, c.Results(), nil) }
		}
		if err := put(); err != nil {
			t.Fatalf("put corpus %d: %v", i, err)
		}
		got, err := s.Corpus(ctx)
		if err != nil {
			t.Fatalf("corpus %d: %v", i, err)
		}
		if diff := cmp.Diff(c, got, equate); diff != "" {
			t.Errorf("corpus %d (-want +got):\n%s", i, diff)
		}
	}
}

func testAnalysesOrder(t *testing.T, s dossier.Store) {
	// More documents than a store would fetch at once, put in shuffled batches; ids mix case and
	// punctuation so that a store sorting by a locale's collation instead of bytes shows.
	var docs []*dossier.Analysis
	for i := range 700 {
		id := fmt.Sprintf("%03x", i*7919%4096)
		switch i % 4 {
		case 1:
			id = "A" + id
		case 2:
			id = "a-" + id
		case 3:
			id = "a" + id
		}
		docs = append(docs, small(id, "f"+id, "Title "+id, "Body of "+id+"."))
	}
	r := rand.New(rand.NewPCG(7, 7))
	r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	for b := 0; b < len(docs); b += 64 {
		put(t, s, docs[b:min(b+64, len(docs))]...)
	}
	want := ids(docs)
	slices.Sort(want)
	if diff := cmp.Diff(want, ids(all(t, s))); diff != "" {
		t.Errorf("analyses not in id order (-want +got):\n%s", diff)
	}

	stop := errors.New("stop here")
	n := 0
	err := s.Analyses(t.Context(), func(*dossier.Analysis) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("analyses with fn failing on the third: calls %d, err %v; want 3, %v", n, err, stop)
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.Analyses(ctx, func(*dossier.Analysis) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("analyses with a cancelled context: got %v, want context.Canceled", err)
	}
}

// testAnalysesReentrant uses the store from inside Analyses, as a cross-document pass that writes
// as it reads would: nothing may deadlock or fail.
func testAnalysesReentrant(t *testing.T, s dossier.Store) {
	for b := range 3 {
		batch := make([]*dossier.Analysis, 200)
		for i := range batch {
			id := fmt.Sprintf("m%04d", b*200+i)
			batch[i] = small(id, id+".html", "Report "+id, "A ferry crossed the strait.")
		}
		put(t, s, batch...)
	}
	n := 0
	err := s.Analyses(t.Context(), func(a *dossier.Analysis) error {
		n++
		if has, err := s.Has(t.Context(), a.Doc.ID); err != nil || !has {
			return fmt.Errorf("has %s inside analyses: %v, %v", a.Doc.ID, has, err)
		}
		if n%100 == 0 {
			id := fmt.Sprintf("z%04d", n) // sorts after every stored id
			if _, err := s.Put(t.Context(), []*dossier.Analysis{small(id, id+".html", "Late", "Late news.")}); err != nil {
				return err
			}
			if err := s.PutFailures(t.Context(), []dossier.Failure{{File: id + ".bin", Reason: "binary"}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("analyses: %v", err)
	}
	if n < 600 {
		t.Errorf("analyses called fn %d times, want at least the 600 stored before", n)
	}
}

func testConcurrentPut(t *testing.T, s dossier.Store) {
	const workers, batches, size = 8, 6, 5
	// Every worker puts the same 30 documents in its own order: each must be new exactly once.
	var docs []*dossier.Analysis
	for i := range batches * size {
		docs = append(docs, Doc(100+i))
	}
	var (
		mu    sync.Mutex
		added = map[string]int{}
		wg    sync.WaitGroup
		errs  = make(chan error, workers)
	)
	for w := range workers {
		wg.Go(func() {
			mine := slices.Clone(docs)
			r := rand.New(rand.NewPCG(uint64(w), 1))
			r.Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
			for b := 0; b < len(mine); b += size {
				batch := mine[b : b+size]
				got, err := s.Put(t.Context(), batch)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				for i, ok := range got {
					if ok {
						added[batch[i].Doc.ID]++
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent put: %v", err)
	}
	for _, d := range docs {
		if added[d.Doc.ID] != 1 {
			t.Errorf("document %s reported new %d times, want once", d.Doc.ID, added[d.Doc.ID])
		}
	}
	if got := all(t, s); len(got) != len(docs) {
		t.Errorf("stored %d documents, want %d", len(got), len(docs))
	}
}

func testUnicode(t *testing.T, s dossier.Store) {
	text := "Delegates met in Zürich on Tuesday. Η αντιπροσωπεία από την Ελλάδα έφτασε νωρίς. " +
		"東京 sent an observer 🚢 aboard the ferry. Naïve façades, crème brûlée — and “quotes”."
	zurich := strings.Index(text, "Zürich")
	greece := strings.Index(text, "Ελλάδα")
	a := &dossier.Analysis{
		Doc: dossier.Document{
			ID: "u001", File: "pages/zürich-talks.html", URL: "https://news.example.org/zürich?q=ü",
			Title: "Talks in Zürich: Ελλάδα and 東京 send delegates 🚢", Publisher: "Die Beispielzeitung",
			Published: "2021-03", Language: "de", Standfirst: "Ein Überblick — ελληνικά.",
			Captions: []string{"Ein Schiff 🚢 im Hafen"}, Text: text,
			Sentences: []dossier.Span{{Start: 0, End: strings.Index(text, ".") + 1}},
		},
		Mentions: []dossier.Mention{
			{Span: dossier.Span{Start: zurich, End: zurich + len("Zürich")}, Text: "Zürich", Type: dossier.LOC},
			{Span: dossier.Span{Start: greece, End: greece + len("Ελλάδα")}, Text: "Ελλάδα", Type: dossier.LOC, Chain: 1},
		},
	}
	put(t, s, a)
	if diff := cmp.Diff([]*dossier.Analysis{a}, all(t, s), equate); diff != "" {
		t.Errorf("unicode round trip (-want +got):\n%s", diff)
	}
	for _, q := range []string{"Zürich", "Ελλάδα"} {
		hits := search(t, s, q, 5)
		if len(hits) != 1 || hits[0].Doc.ID != "u001" {
			t.Errorf("search %q: got %v, want [u001]", q, hitIDs(hits))
			continue
		}
		if !strings.Contains(hits[0].Snippet, "["+q+"]") {
			t.Errorf("search %q: snippet %q lacks [%s]", q, hits[0].Snippet, q)
		}
	}
}
