package ner

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/syntax"
)

// Fill gives a.Parse a plain reading of a.Doc.Sentences when no earlier stage made one: each
// sentence split into words by the language layer's tokeniser tz, untagged, so that every stage
// reads the same words whether or not the document was parsed. A document without sentence
// spans is read as one sentence per paragraph.
func Fill(a *dossier.Analysis, tz *syntax.Tokenizer) {
	if len(a.Parse) > 0 {
		return
	}
	text := a.Doc.Text
	spans := a.Doc.Sentences
	if len(spans) == 0 {
		start := 0
		for _, p := range strings.SplitAfter(text, "\n") {
			if strings.TrimSpace(p) != "" {
				spans = append(spans, dossier.Span{Start: start, End: start + len(p)})
			}
			start += len(p)
		}
	}
	a.Parse = make([]dossier.Sentence, 0, len(spans))
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		a.Parse = append(a.Parse, dossier.Sentence{Span: sp, Tokens: tz.Tokens(text, sp)})
	}
}
