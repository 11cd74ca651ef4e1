package main

import (
	"fmt"

	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/extract/textdump"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/timex"
)

// newExtractor wires the format-specific extractors.
func newExtractor() *extract.Extractor {
	return &extract.Extractor{Text: textdump.Extract, HTML: htmldoc.Extract, Credit: textdump.CreditName}
}

// newStages builds the per-document stages in the order they run: mentions and labels, then
// time expressions, then events (which use both).
func (a *app) newStages() ([]pipeline.Stage, error) {
	gaz, err := entity.LoadGazetteer(a.gazetteer...)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	events, err := event.New(a.triggers...)
	if err != nil {
		return nil, fmt.Errorf("event triggers: %w", err)
	}
	return []pipeline.Stage{entity.New(gaz), timex.New(), events}, nil
}

// stageName is what bench calls a stage: what it finds.
func stageName(s pipeline.Stage) string {
	switch s.(type) {
	case *entity.Finder:
		return "mentions and labels"
	case *timex.Tagger:
		return "time expressions"
	case *event.Extractor:
		return "events"
	}
	return fmt.Sprintf("%T", s)
}
