package pipeline

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// memStore keeps documents in a map; the real stores have their own conformance suite.
type memStore struct {
	mu       sync.Mutex
	docs     map[string]*dossier.Analysis
	failures []dossier.Failure
	puts     int
}

func (m *memStore) Has(_ context.Context, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.docs[id]
	return ok, nil
}

func (m *memStore) Put(_ context.Context, batch []*dossier.Analysis) ([]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.puts++
	out := make([]bool, len(batch))
	for i, a := range batch {
		if _, ok := m.docs[a.Doc.ID]; !ok {
			m.docs[a.Doc.ID] = a
			out[i] = true
		}
	}
	return out, nil
}

func (m *memStore) PutFailures(_ context.Context, fs []dossier.Failure) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failures = append(m.failures, fs...)
	return nil
}

// wordCount is a stage that records the number of words as a timex, so the test can see it ran.
type wordCount struct{}

func (wordCount) Analyze(a *dossier.Analysis) error {
	if strings.Contains(a.Doc.Text, "panic") {
		panic("stage met a bad document")
	}
	if strings.Contains(a.Doc.Text, "refuse") {
		return errors.New("refused")
	}
	a.Timexes = append(a.Timexes, dossier.Timex{Text: "", Value: strings.Repeat("w", len(strings.Fields(a.Doc.Text)))})
	return nil
}

func items(pages ...any) func(context.Context, func(ingest.Item) error) error {
	return func(ctx context.Context, fn func(ingest.Item) error) error {
		for _, p := range pages {
			var it ingest.Item
			switch p := p.(type) {
			case string:
				it.Page = &dossier.Page{File: "f-" + p, Format: dossier.FormatBody, Body: []byte(p)}
			case *dossier.InputError:
				it.Err = p
			}
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRun(t *testing.T) {
	x := &extract.Extractor{Sentences: segment.New(en.Embedded()).Sentences}
	p := &Pipeline{Extract: x.Extract, Stages: []Stage{wordCount{}}, Workers: 3, BatchSize: 2}
	store := &memStore{docs: map[string]*dossier.Analysis{}}
	read := items("one two three.", "four five.", "one two three.", "a panic here.", "please refuse this.",
		&dossier.InputError{File: "bad.txt", Err: dossier.ErrBinary}, "six.")
	sum, err := p.Run(context.Background(), store, read, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 7 || sum.Stored != 3 || sum.Unchanged != 1 || len(sum.Failed) != 3 {
		t.Errorf("summary = %+v, want 7 read, 3 stored, 1 unchanged, 3 failed", sum)
	}
	var reasons []string
	for _, f := range sum.Failed {
		reasons = append(reasons, f.File+": "+strings.SplitN(f.Reason, "\n", 2)[0])
	}
	sort.Strings(reasons)
	want := []string{
		"bad.txt: binary content, not text",
		"f-a panic here.: internal error: stage met a bad document",
		"f-please refuse this.: pipeline.wordCount: refused",
	}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("failures (-want +got):\n%s", diff)
	}
	if len(store.failures) != 3 {
		t.Errorf("stored failures = %d, want 3", len(store.failures))
	}
	for _, a := range store.docs {
		if len(a.Timexes) != 1 || len(a.Timexes[0].Value) != len(strings.Fields(a.Doc.Text)) {
			t.Errorf("stage did not run on %q", a.Doc.Text)
		}
	}

	// A second run over the same pages stores nothing new and changes nothing stored.
	before := len(store.docs)
	sum, err = p.Run(context.Background(), store, items("one two three.", "four five.", "six."), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Unchanged != 3 || len(store.docs) != before {
		t.Errorf("re-run summary = %+v with %d docs, want all unchanged", sum, len(store.docs))
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x := &extract.Extractor{Sentences: segment.New(en.Embedded()).Sentences}
	p := &Pipeline{Extract: x.Extract}
	_, err := p.Run(ctx, &memStore{docs: map[string]*dossier.Analysis{}}, items("a.", "b."), nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run on a cancelled context = %v", err)
	}
}
