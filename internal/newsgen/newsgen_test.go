package newsgen

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/internal/testshared"
)

// TestPages checks that generated documents are reproducible, distinct, news-sized and spread
// over stories: reports of one story share an outlet-independent core of sentences.
func TestPages(t *testing.T) {
	shared := testshared.Dir(t)
	g, err := Load(shared, 1000, 7)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Load(shared, 1000, 7)
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string]bool{}
	outlets := map[string]bool{}
	titles := map[string]int{}
	size := 0
	for i := range 1000 {
		p := g.Page(i)
		if q := again.Page(i); string(q.Body) != string(p.Body) || q.Meta != p.Meta {
			t.Fatalf("page %d differs between two generators of one seed", i)
		}
		bodies[string(p.Body)] = true
		outlets[p.Meta.Publisher] = true
		titles[p.Meta.Title]++
		size += len(p.Body)
		if p.Meta.Published == "" || p.Meta.ID == "" {
			t.Errorf("page %d without date or id: %+v", i, p.Meta)
		}
	}
	if len(bodies) != 1000 {
		t.Errorf("%d distinct bodies of 1000", len(bodies))
	}
	if avg := size / 1000; avg < 1500 || avg > 6000 {
		t.Errorf("average body %d bytes, want a news article's (1.5–6 KB)", avg)
	}
	if len(outlets) < 10 {
		t.Errorf("%d outlets, want the variety of the real ones", len(outlets))
	}
	shared2 := 0
	for _, n := range titles {
		if n > 1 {
			shared2 += n
		}
	}
	if shared2 < 500 {
		t.Errorf("only %d of 1000 pages share their story's title with another: stories do not form", shared2)
	}
}

// TestWriteJSONL writes a small corpus as JSON Lines and reads it back as ingest does: every
// record gives the page Page gives, with its text and metadata.
func TestWriteJSONL(t *testing.T) {
	g, err := Load(testshared.Dir(t), 30, 3)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.WriteJSONL(f, 30); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	var got []*dossier.Page
	err = (&ingest.Reader{}).Read(context.Background(), []string{path}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err.Err
		}
		got = append(got, it.Page)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 30 {
		t.Fatalf("read %d pages back, want 30", len(got))
	}
	for i, p := range got {
		want := g.Page(i)
		if string(p.Body) != string(want.Body) || p.Meta != want.Meta {
			t.Errorf("record %d reads back as %+v %q, want %+v %q", i, p.Meta, p.Body[:min(len(p.Body), 60)], want.Meta, want.Body[:min(len(want.Body), 60)])
		}
	}
}
