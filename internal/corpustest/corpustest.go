// Package corpustest builds a stored corpus from real inputs for the tests of the packages that
// read one (view, web): it runs the per-document stages and the cross-document pass the way the
// ingest command does.
package corpustest

import (
	"context"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/crosscheck"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/extract/textdump"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/resolve"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/timex"
)

// Store is what Build writes to: what ingestion stores, the analyses read back for the
// cross-document pass, and its results.
type Store interface {
	pipeline.Store
	Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error
	PutCorpus(ctx context.Context, c *dossier.Corpus) error
}

// Build ingests the files and folders of inputs into store with the real stages, stores the extra
// analyses as they are, then runs the cross-document pass over everything stored and stores its
// results. Any error fails tb; the ingest summary is for the caller to check.
func Build(tb testing.TB, store Store, inputs []string, extra ...*dossier.Analysis) pipeline.Summary {
	tb.Helper()
	ctx := context.Background()
	files, err := ingest.Files(inputs)
	if err != nil {
		tb.Fatal(err)
	}
	x, stages := Stages(tb)
	p := &pipeline.Pipeline{Extract: x.Extract, Stages: stages, Workers: 2}
	sum, err := p.Run(ctx, store, func(ctx context.Context, fn func(ingest.Item) error) error {
		return (&ingest.Reader{}).Read(ctx, files, fn)
	}, nil)
	if err != nil {
		tb.Fatalf("ingest: %v", err)
	}
	if len(extra) > 0 {
		if _, err := store.Put(ctx, extra); err != nil {
			tb.Fatal(err)
		}
	}
	var analyses []*dossier.Analysis
	if err := store.Analyses(ctx, func(a *dossier.Analysis) error { analyses = append(analyses, a); return nil }); err != nil {
		tb.Fatal(err)
	}
	if err := store.PutCorpus(ctx, Cross(analyses)); err != nil {
		tb.Fatal(err)
	}
	return sum
}

// Stages returns the extractor and the per-document stages the ingest command runs, with the
// embedded data only.
func Stages(tb testing.TB) (*extract.Extractor, []pipeline.Stage) {
	tb.Helper()
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	events, err := event.New()
	if err != nil {
		tb.Fatal(err)
	}
	claims, err := claim.New(en.MustLoad())
	if err != nil {
		tb.Fatal(err)
	}
	dump, err := textdump.New(en.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	page := htmldoc.New(en.Embedded())
	return &extract.Extractor{Text: dump.Extract, HTML: page.Extract, Credit: dump.CreditName, URLDate: page.DateFromURL,
			Sentences: segment.New(en.Embedded()).Sentences},
		[]pipeline.Stage{entity.New(gaz), timex.New(), events, claims}
}

// Cross runs the cross-document pass over analyses: entity resolution, then the cross-check.
func Cross(analyses []*dossier.Analysis) *dossier.Corpus {
	ents, members := resolve.New(en.Embedded(), &resolve.Pins{}).Resolve(analyses)
	res := crosscheck.New().Check(analyses, ents, members)
	dossier.QuoteSides(res.Conflicts, analyses)
	return res.Corpus(ents, members)
}
