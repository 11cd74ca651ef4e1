package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestCutLongPages runs pages past the limits of analysis: each is stored cut at a sentence or
// line boundary within the limit, under the id of the whole page, and the summary gives the reason.
func TestCutLongPages(t *testing.T) {
	sentence := "The ferry sailed again on Friday after the storms. "
	long := strings.Repeat(sentence, 100) // 5,100 bytes
	tests := []struct {
		name            string
		page            *dossier.Page
		maxInput, maxTx int
		wantCut         string // in the reason; "" when nothing is cut
		wantLen         int    // bytes of clean text stored
	}{
		{"within the limits", &dossier.Page{File: "short.txt", Format: dossier.FormatBody, Body: []byte(sentence)}, 0, 0, "", len(sentence) - 1},
		{"text past the text limit", &dossier.Page{File: "text.txt", Format: dossier.FormatBody, Body: []byte(long)}, 0, 1000, "clean text of 5.0 KiB cut to its first 968 bytes", 968},
		{"body past the input limit", &dossier.Page{File: "body.txt", Format: dossier.FormatBody, Body: []byte(strings.ReplaceAll(long, ". ", ".\n"))}, 2000, 0, "page of 5.0 KiB cut to its first 1.9 KiB before extraction", 1988},
		{"extractor read only the start", &dossier.Page{File: "tree.txt", Format: dossier.FormatBody, Body: []byte(sentence)}, 0, 0, "page tree cut after 10 bytes", len(sentence) - 1},
		{"one unbroken word", &dossier.Page{File: "word.txt", Format: dossier.FormatBody, Body: []byte(strings.Repeat("é", 3000))}, 0, 1001, "clean text of 5.9 KiB cut to its first 1000 bytes", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &extract.Extractor{Sentences: segment.New(en.Embedded()).Sentences}
			ex := x.Extract
			if tt.page.File == "tree.txt" {
				// An extractor that reports reading only part of the page, as the HTML one does
				// past its bound on text.
				ex = func(pg *dossier.Page) (dossier.Document, error) {
					doc, err := x.Extract(pg)
					doc.Cut = "page tree cut after 10 bytes of text"
					return doc, err
				}
			}
			p := &Pipeline{Extract: ex, Stages: []Stage{wordCount{}}, MaxInput: tt.maxInput, MaxText: tt.maxTx}
			store := &memStore{docs: map[string]*dossier.Analysis{}}
			sum, err := p.Run(context.Background(), store, func(ctx context.Context, fn func(ingest.Item) error) error {
				return fn(ingest.Item{Page: tt.page})
			}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Stored != 1 || len(sum.Failed) != 0 {
				t.Fatalf("summary %+v, want the page stored", sum)
			}
			a := store.docs[extract.ID(tt.page)]
			if a == nil {
				t.Fatalf("not stored under the whole page's id")
			}
			if got := len(strings.TrimSpace(a.Doc.Text)); got != tt.wantLen {
				t.Errorf("stored %d bytes of text, want %d", got, tt.wantLen)
			}
			for _, s := range a.Doc.Sentences {
				if s.End > len(a.Doc.Text) {
					t.Errorf("sentence %v past the cut text", s)
				}
			}
			switch {
			case tt.wantCut == "" && len(sum.Cut) > 0:
				t.Errorf("cut %+v, want nothing cut", sum.Cut)
			case tt.wantCut != "" && (len(sum.Cut) != 1 || !strings.Contains(sum.Cut[0].Reason, tt.wantCut) || sum.Cut[0].File != tt.page.File):
				t.Errorf("cut %+v, want one for %s saying %q", sum.Cut, tt.page.File, tt.wantCut)
			}
		})
	}
}
