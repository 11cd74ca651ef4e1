package main

import (
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/extract/textdump"
	"github.com/dossier-project/dossier/pipeline"
)

// newExtractor wires the format-specific extractors.
func newExtractor() *extract.Extractor {
	return &extract.Extractor{Text: textdump.Extract, HTML: htmldoc.Extract}
}

// newStages builds the per-document stages in the order they run.
func newStages() ([]pipeline.Stage, error) {
	return nil, nil
}
