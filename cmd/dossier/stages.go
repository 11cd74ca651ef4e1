package main

import (
	"fmt"

	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/extract/textdump"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/timex"
)

// newExtractor wires the format-specific extractors and the sentence splitter, which read the
// language data of --data.
func (a *app) newExtractor() (*extract.Extractor, error) {
	lang, err := a.language()
	if err != nil {
		return nil, err
	}
	dump, err := textdump.New(lang)
	if err != nil {
		return nil, err
	}
	page := htmldoc.New(lang)
	return &extract.Extractor{Text: dump.Extract, HTML: page.Extract, Credit: dump.CreditName,
		Furniture: dump.DropFurniture, Sentences: segment.New(lang).Sentences, URLDate: page.DateFromURL}, nil
}

// newStages builds the per-document stages in the order they run: the language layer's token
// stream, then mentions and labels (the entity stage runs the name recogniser over the token
// stream), then time expressions, then events (which use both), then the claims (blame,
// denials, reasons, characterisations) read from all of them.
func (a *app) newStages() ([]pipeline.Stage, error) {
	lang, err := a.language()
	if err != nil {
		return nil, err
	}
	model, err := syntax.Load(lang)
	if err != nil {
		return nil, err
	}
	gaz, err := entity.LoadGazetteerWith(lang, a.gazetteer...)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	events, err := event.Load(lang, a.triggers...)
	if err != nil {
		return nil, fmt.Errorf("event triggers: %w", err)
	}
	names, err := ner.New(gaz.Lexicon())
	if err != nil {
		return nil, err
	}
	times, err := timex.Load(lang)
	if err != nil {
		return nil, err
	}
	claims, err := claim.New(lang)
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{syntax.NewStage(model), entity.NewWith(gaz, names), times, events, claims}, nil
}

// stageName is what bench calls a stage: what it finds.
func stageName(s pipeline.Stage) string {
	switch s.(type) {
	case *syntax.Stage:
		return "tokens, tags and parse"
	case *entity.Finder:
		return "mentions and labels"
	case *timex.Tagger:
		return "time expressions"
	case *event.Extractor:
		return "events"
	case *claim.Reader:
		return "claims"
	}
	return fmt.Sprintf("%T", s)
}
