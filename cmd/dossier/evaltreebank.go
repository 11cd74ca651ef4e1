package main

import (
	"fmt"
	"path/filepath"

	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/segment"
)

// evalTreebank measures the shipped tagger and parser on the held-out treebank parts (EWT test,
// the GUM test documents) from their raw text, and prints one "treebank NAME: VALUE" line each.
func (a *app) evalTreebank(shared string) error {
	tb, err := syntax.ReadTreebanks(filepath.Join(shared, "data", "treebanks"))
	if err != nil {
		return fmt.Errorf("eval treebank: %w", err)
	}
	m, err := a.syntaxModel()
	if err != nil {
		return fmt.Errorf("eval treebank: %w", err)
	}
	lang, err := a.language()
	if err != nil {
		return fmt.Errorf("eval treebank: %w", err)
	}
	for _, line := range tb.Measure(m, segment.New(lang).Sentences).Lines() {
		fmt.Fprintf(a.stdout, "treebank %s\n", line)
	}
	return nil
}

// syntaxModel loads the shipped tagger and parser with the language data under --data.
func (a *app) syntaxModel() (*syntax.Model, error) {
	lang, err := a.language()
	if err != nil {
		return nil, err
	}
	return syntax.Load(lang)
}
