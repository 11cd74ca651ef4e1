package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/web"
)

// synthetic is a store of n made-up documents, with the shape of a real corpus: a few thousand
// entities named across documents, dated and undated events, conflicts between outlets. Names
// are built from syllables, so nothing in it is a real name.
type synthetic struct {
	analyses []*dossier.Analysis
	corpus   *dossier.Corpus
}

func (s *synthetic) Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	for _, an := range s.analyses {
		if err := fn(an); err != nil {
			return err
		}
	}
	return nil
}

func (s *synthetic) Corpus(context.Context) (*dossier.Corpus, error) { return s.corpus, nil }

func (s *synthetic) Search(ctx context.Context, q string, limit int) ([]dossier.Hit, error) {
	return nil, nil
}

var syllables = []string{"ka", "lo", "mi", "ra", "sen", "dor", "vel", "tan", "bri", "gus", "hal", "nor", "pel", "quin", "zar", "fen"}

// madeUpName is the k-th made-up name: two words of two or three syllables.
func madeUpName(k int) string {
	word := func(n int) string {
		w := syllables[n%16] + syllables[(n/16)%16]
		if n%3 == 0 {
			w += syllables[(n/7)%16]
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return word(k) + " " + word(k*7+3)
}

func newSynthetic(docs, entities int) *synthetic {
	s := &synthetic{corpus: &dossier.Corpus{}}
	types := []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC}
	for k := 0; k < entities; k++ {
		s.corpus.Entities = append(s.corpus.Entities, dossier.Entity{ID: fmt.Sprintf("e%d", k+1), Type: types[k%3], Name: madeUpName(k), Aliases: []string{}})
	}
	evTypes := []dossier.EventType{dossier.Assault, dossier.Consult, dossier.Dismiss, dossier.Travel, dossier.Protest}
	for d := 0; d < docs; d++ {
		id := fmt.Sprintf("doc%06d", d)
		var text strings.Builder
		an := &dossier.Analysis{}
		fmt.Fprintf(&text, "Report %d from the valley\n\n", d)
		for c := 0; c < 5; c++ {
			k := (d*5 + c*37) % entities
			name := s.corpus.Entities[k].Name
			start := text.Len()
			fmt.Fprintf(&text, "%s met the envoys on %d March and spoke of the talks. ", name, 1+(d+c)%28)
			an.Mentions = append(an.Mentions, dossier.Mention{Span: dossier.Span{Start: start, End: start + len(name)},
				Text: name, Type: types[k%3], Chain: c})
			s.corpus.Members = append(s.corpus.Members, dossier.Member{ChainRef: dossier.ChainRef{Doc: id, Chain: c}, Entity: s.corpus.Entities[k].ID})
			when := fmt.Sprintf("%d-03-%02d", 2023+(d+c)%2, 1+(d+c)%28)
			if c == 4 {
				when = fmt.Sprintf("XXXX-03-%02d", 1+d%28)
			}
			if c == 3 {
				when = ""
			}
			end := text.Len()
			an.Events = append(an.Events, dossier.Event{Span: dossier.Span{Start: start, End: end}, Type: evTypes[(d+c)%5],
				Trigger: dossier.Span{Start: start + len(name) + 1, End: start + len(name) + 4}, Text: text.String()[start:end],
				Args: []dossier.Arg{{Role: "actor", Chain: c}, {Role: "target", Chain: (c + 1) % 5}}, Time: when, Modality: dossier.Asserted})
		}
		t := text.String()
		an.Doc = dossier.Document{ID: id, File: id + ".txt", Title: fmt.Sprintf("Report %d from the valley", d),
			Publisher: fmt.Sprintf("Outlet %d", d%40), Published: fmt.Sprintf("2024-%02d-%02d", 1+d%12, 1+d%28), Language: "en",
			Text: t, Sentences: segment.New(en.Embedded()).Sentences(t)}
		s.analyses = append(s.analyses, an)
		if d%2 == 1 { // enough conflicts to fill a page in the small store too
			prev := s.analyses[d-1]
			s.corpus.Conflicts = append(s.corpus.Conflicts, dossier.Conflict{ID: fmt.Sprintf("c%d", d/2+1), Kind: "number",
				About: []string{s.corpus.Entities[(d*5)%entities].ID}, Summary: "how many met",
				Sides: []dossier.ConflictSide{{Doc: prev.Doc.ID, Span: dossier.Span{End: 10}, Text: prev.Doc.Text[:10]}, {Doc: id, Span: dossier.Span{End: 10}, Text: t[:10]}}})
		}
	}
	return s
}

// pagePaths are the pages and API routes a reader opens, the first page and a later one.
var pagePaths = []string{"/", "/?sort=title", "/entities", "/entities?sort=name&type=PER", "/timeline",
	"/timeline?type=ASSAULT&from=2024-01-01", "/conflicts", "/api/entities?limit=50", "/api/documents?limit=50&source=Outlet+3"}

func serveSynthetic(tb testing.TB, docs, entities int) http.Handler {
	tb.Helper()
	h := web.New(newSynthetic(docs, entities), web.Options{Refresh: time.Hour}).Handler()
	get(tb, h, "/") // loads the snapshot
	return h
}

func get(tb testing.TB, h http.Handler, path string) string {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1"+path, nil))
	if rec.Code != 200 {
		tb.Fatalf("GET %s: status %d: %.300s", path, rec.Code, rec.Body.String())
	}
	return rec.Body.String()
}

// TestPagesBounded checks that a page shows one page of rows, however large the store: the
// same number of rows, and about the same bytes, from a store twenty times larger.
func TestPagesBounded(t *testing.T) {
	small := serveSynthetic(t, 100, 150)
	large := serveSynthetic(t, 2000, 3000)
	for _, path := range pagePaths {
		s, l := get(t, small, path), get(t, large, path)
		rows := strings.Count(l, "<tr>") + strings.Count(l, `<li>`) + strings.Count(l, `class="conflict"`) + strings.Count(l, `"id":`)
		if rows > 2*50+20 {
			t.Errorf("%s: the page of a %d-document store holds %d rows", path, 2000, rows)
		}
		if len(l) > 2*len(s)+20_000 {
			t.Errorf("%s: the page grows with the store: %d bytes from 100 documents, %d from 2000", path, len(s), len(l))
		}
	}
	body := get(t, large, "/entities")
	if n := strings.Count(body, `<td data-label="Name">`); n != 50 {
		t.Errorf("/entities shows %d rows, want a page of 50", n)
	}
	if !strings.Contains(body, `rel="next"`) || !strings.Contains(body, "of 3000 shown") {
		t.Errorf("/entities of 3000 entities has no next page or no total")
	}
}

// BenchmarkPages10k times each page on a store of 10,000 documents and 3,000 entities, once
// the store is read and the table's order made (the first request after a change makes it);
// the UI's budget is 200 ms a page.
func BenchmarkPages10k(b *testing.B) {
	h := serveSynthetic(b, 10_000, 3000)
	for _, path := range pagePaths {
		b.Run(strings.NewReplacer("/", "_", "?", "_").Replace(path), func(b *testing.B) {
			get(b, h, path)
			for b.Loop() {
				get(b, h, path)
			}
		})
	}
}
