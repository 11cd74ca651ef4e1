package syntax

import (
	"github.com/dossier-project/dossier"
)

// Stage is the pipeline's first per-document stage: it reads each sentence of the document into
// the one token stream every later stage uses (Analysis.Parse).
type Stage struct {
	m *Model
}

// NewStage returns the stage that analyses documents with m.
func NewStage(m *Model) *Stage { return &Stage{m: m} }

// maxTokens bounds the words parsed as one sentence; a longer run (a table or list the sentence
// splitter could not break) is parsed in pieces.
const maxTokens = 250

// AnyLanguage reports that the stage runs over documents in any language, so that the entity
// stage has the tokens to find the gazetteer's names on; the parse of a text not in English is
// not stored and no stage that reads English only sees it.
func (s *Stage) AnyLanguage() bool { return true }

// Analyze fills a.Parse: one sentence per entry of a.Doc.Sentences, tagged, lemmatised and parsed.
func (s *Stage) Analyze(a *dossier.Analysis) error {
	text := a.Doc.Text
	a.Parse = make([]dossier.Sentence, 0, len(a.Doc.Sentences))
	for _, sp := range a.Doc.Sentences {
		toks := s.m.Tokenizer.Tokens(text, sp)
		for i := 0; i < len(toks); i += maxTokens {
			part := toks[i:min(i+maxTokens, len(toks))]
			s.m.Analyze(part)
			if i > 0 {
				for k := range part {
					if part[k].Head >= 0 {
						part[k].Head += i
					}
				}
			}
		}
		a.Parse = append(a.Parse, dossier.Sentence{Span: sp, Tokens: toks})
	}
	return nil
}
