package ner

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/dossier-project/dossier"
)

//go:embed model/ner.bin.gz
var embeddedModel []byte

// Tagger labels sentences with a model and the lexicon it was trained with. It is read-only and
// safe for concurrent use.
type Tagger struct {
	model *Model
	lex   *Lexicon
}

// New returns a tagger with the shipped model and lex, which should hold the gazetteer the model
// was trained with (the user's own additions only add to it).
func New(lex *Lexicon) (*Tagger, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("ner: shipped model: %w", err)
	}
	return &Tagger{model: m, lex: lex}, nil
}

// NewWith returns a tagger with a model of one's own.
func NewWith(m *Model, lex *Lexicon) *Tagger { return &Tagger{model: m, lex: lex} }

// TagWords returns the BIO tags of a sentence's words; upos may be nil.
func (t *Tagger) TagWords(words, upos []string) []string {
	if len(words) == 0 {
		return nil
	}
	em := t.model.emissions(features(input{words: words, upos: upos}, t.lex))
	best := t.model.viterbi(em)
	out := make([]string, len(best))
	for i, b := range best {
		out[i] = Tags[b]
	}
	return out
}

// Tag sets the Entity tag of every token of a sentence and returns the names found, each with the
// recogniser's confidence. Parts of speech are read when every token has one.
func (t *Tagger) Tag(toks []dossier.Token) []Name {
	if len(toks) == 0 {
		return nil
	}
	words := make([]string, len(toks))
	upos := make([]string, len(toks))
	for i, tk := range toks {
		words[i], upos[i] = tk.Text, tk.UPOS
	}
	em := t.model.emissions(features(input{words: words, upos: upos}, t.lex))
	best := t.model.viterbi(em)
	tags := make([]string, len(best))
	for i, b := range best {
		tags[i] = Tags[b]
		toks[i].Entity = tags[i]
	}
	names := Names(tags)
	marg := t.model.marginals(em)
	for k := range names {
		conf := 1.0
		for i := names[k].Start; i < names[k].End; i++ {
			if p := marg[i][best[i]]; p < conf {
				conf = p
			}
		}
		names[k].Conf = conf
	}
	return names
}
