package pipeline

import (
	"context"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// anyLanguage is a stage that reads any language; it records that it ran as a timex.
type anyLanguage struct{}

func (anyLanguage) Analyze(a *dossier.Analysis) error {
	a.Timexes = append(a.Timexes, dossier.Timex{Value: "any"})
	return nil
}

func (anyLanguage) AnyLanguage() bool { return true }

// partLanguage is a stage with a language-free reading; it records which of its readings ran.
type partLanguage struct{}

func (partLanguage) Analyze(a *dossier.Analysis) error {
	a.Timexes = append(a.Timexes, dossier.Timex{Value: "full"})
	return nil
}

func (partLanguage) AnalyzeLanguageFree(a *dossier.Analysis) error {
	a.Timexes = append(a.Timexes, dossier.Timex{Value: "free"})
	return nil
}

// TestNotEnglish checks that a page in German (a public page of the htmldate evaluation set) is
// stored with its text, title, date and language but without the stages that read English only
// (a stage with a language-free reading runs that reading),
// that an English page (the control) goes through all of them, and that the summary counts it.
func TestNotEnglish(t *testing.T) {
	page := htmldoc.New(en.Embedded())
	x := &extract.Extractor{Sentences: segment.New(en.Embedded()).Sentences, HTML: page.Extract, URLDate: page.DateFromURL}
	p := &Pipeline{Extract: x.Extract, Stages: []Stage{wordCount{}, anyLanguage{}, partLanguage{}}, Workers: 2}
	store := &memStore{docs: map[string]*dossier.Analysis{}}
	files := []string{"testdata/dbjr.de.bundespraesident.html.gz", "testdata/greenpeace.org.forests.html.gz"}
	reader := &ingest.Reader{}
	read := func(ctx context.Context, fn func(ingest.Item) error) error { return reader.Read(ctx, files, fn) }
	sum, err := p.Run(context.Background(), store, read, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 2 || len(sum.Failed) != 0 {
		t.Fatalf("summary = %+v, want 2 stored", sum)
	}
	if got := sum.NotEnglish.String(); got != "de 1" {
		t.Errorf("not English = %q, want \"de 1\"", got)
	}
	tests := []struct {
		file, lang, published string
		stages                int    // timexes: one for each stage that ran
		part                  string // the reading of the stage with a language-free one
	}{
		{files[0], "de", "2020-01-23", 2, "free"},
		{files[1], "en", "2017-04-28", 3, "full"}, // the page's own date, as the date evaluation's gold gives it
	}
	for _, tt := range tests {
		var a *dossier.Analysis
		for _, d := range store.docs {
			if d.Doc.File == tt.file {
				a = d
			}
		}
		if a == nil {
			t.Errorf("%s not stored", tt.file)
			continue
		}
		if a.Doc.Language != tt.lang || a.Doc.Published != tt.published || a.Doc.Title == "" || a.Doc.Text == "" {
			t.Errorf("%s: language %q published %q title %q, want %q %q and a title and text",
				tt.file, a.Doc.Language, a.Doc.Published, a.Doc.Title, tt.lang, tt.published)
		}
		if len(a.Timexes) != tt.stages {
			t.Errorf("%s: %d stages ran, want %d", tt.file, len(a.Timexes), tt.stages)
		} else if got := a.Timexes[len(a.Timexes)-1].Value; got != tt.part {
			t.Errorf("%s: the last stage read %q, want %q", tt.file, got, tt.part)
		}
	}
}

func TestLanguagesString(t *testing.T) {
	tests := []struct {
		in   Languages
		want string
		n    int
	}{
		{nil, "", 0},
		{Languages{"de": 1}, "de 1", 1},
		{Languages{"bn": 2, "de": 9, "fr": 2}, "de 9, bn 2, fr 2", 13},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want || tt.in.Total() != tt.n {
			t.Errorf("%v: %q total %d, want %q total %d", tt.in, got, tt.in.Total(), tt.want, tt.n)
		}
	}
}

func TestReadsLanguage(t *testing.T) {
	for lang, want := range map[string]bool{"en": true, "und": true, "": true, "de": false, "bn": false} {
		if got := readsLanguage(lang); got != want {
			t.Errorf("readsLanguage(%q) = %v, want %v", lang, got, want)
		}
	}
}
