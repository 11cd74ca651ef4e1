package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

//go:embed model/ner.bin.gz
var embeddedModel []byte

// Tagger labels sentences with a model and the lexicon it was trained with. It is read-only and
// safe for concurrent use.
type Tagger struct {
	model  *Model
	lex    *Lexicon
	tokens *syntax.Tokenizer // for documents no earlier stage parsed (Fill)
}

// New returns a tagger with the shipped model and lex, which should hold the gazetteer the model
// was trained with (the user's own additions only add to it).
func New(lex *Lexicon) (*Tagger, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("ner: shipped model: %w", err)
	}
	return NewWith(m, lex), nil
}

// NewWith returns a tagger with a model of one's own.
func NewWith(m *Model, lex *Lexicon) *Tagger {
	return &Tagger{model: m, lex: lex, tokens: syntax.NewTokenizer(en.Embedded())}
}

// reading is one sentence as the tagger read it: best tags and the emission scores of the model
// that chose them.
type reading struct {
	best  []int
	em    [][nTags]float64
	model *Model
}

// read tags a document's sentences: the first model reads each sentence alone, the second (when
// the model has one) adds what the first found elsewhere in the document.
func (t *Tagger) read(ins []input) []reading {
	out := make([]reading, len(ins))
	feats := make([][][]uint64, len(ins))
	tags := make([][]string, len(ins))
	words := make([][]string, len(ins))
	fast := t.model.tab != nil && t.model.doc != nil
	var seconds [][][nTags]float64
	var buf featureBuf
	if fast {
		seconds = make([][][nTags]float64, len(ins))
	}
	for s, in := range ins {
		words[s] = in.words
		if t.model.unparsed {
			// Features the model has no weights for would add nothing to the scores.
			in.heads, in.rels = nil, nil
		}
		in.noLists = t.model.unlisted
		var em [][nTags]float64
		if fast {
			// The keys are summed at once and not read again: one buffer serves every sentence.
			em, seconds[s] = t.model.bothEmissions(buf.features(in, t.lex, t.model.vocab, t.model.clusters))
		} else {
			feats[s] = features(in, t.lex, t.model.vocab, t.model.clusters)
			em = t.model.emissions(feats[s])
		}
		t.model.lean(em, words[s])
		out[s] = reading{best: t.model.viterbi(em), em: em, model: t.model}
		tags[s] = tagNames(out[s].best)
	}
	if t.model.doc == nil {
		return out
	}
	extra := docFeatures(words, tags, t.lex)
	for s := range words {
		var em [][nTags]float64
		if fast {
			em = seconds[s]
			t.model.addSecond(em, extra[s])
		} else {
			for i := range feats[s] {
				feats[s][i] = append(feats[s][i], extra[s][i]...)
			}
			em = t.model.doc.emissions(feats[s])
		}
		t.model.doc.lean(em, words[s])
		out[s] = reading{best: t.model.doc.viterbi(em), em: em, model: t.model.doc}
	}
	for s := range words {
		legalFormJoined(words[s], out[s].best, t.lex)
		ofJoined(words[s], out[s].best, t.lex)
	}
	acronymsAsSpelled(words, tags, out, t.lex)
	return out
}

// ofJoined carries an organisation's name that ends in a head taking "of" or "for" ("Department",
// "Court") over the capitalised words right after it ("the U.S. Department of Housing and Urban
// Development", "the Court of Appeals"): the readings often end the name at "of" and leave the
// rest out or make it a place, while the words after such a head are the body's own. After "of
// the" they are as often a name of their own ("the Supreme Court of the State of X"), and are
// left as read.
func ofJoined(words []string, best []int, lex *Lexicon) {
	for i := 1; i+1 < len(words); i++ {
		if (words[i] != "of" && words[i] != "for") || best[i] != 0 || (best[i-1]+1)/2 != 2 || !lex.Has("OFHEAD", words[i-1]) {
			continue
		}
		j := i + 1
		end := j
		for end < len(words) && (capitalised(words[end]) || end > j && end+1 < len(words) && runJoiners[strings.ToLower(words[end])] && capitalised(words[end+1])) {
			end++
		}
		if end == j || end < len(words) && best[end]%2 == 0 && best[end] != 0 {
			continue // no capitalised word after "of", or a name that goes on past them
		}
		for k := i; k < end; k++ {
			best[k] = tagIndex("I-ORG")
		}
		i = end - 1
	}
}

// legalFormJoined makes a capitalised name followed by a comma and a company's legal form
// ("X Systems , Inc.") one organisation's name with them: the form says what the name is, and
// where the comma stands the readings lose it. The name is the one the readings found before the
// comma, or else the run of capitalised words there.
func legalFormJoined(words []string, best []int, lex *Lexicon) {
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "," || !capitalised(words[i-1]) || best[i] != 0 || !lex.Has("LEGALFORM", words[i+1]) {
			continue
		}
		start := i - 1
		if best[start] == 0 {
			for start > 0 && best[start-1] == 0 && capitalised(words[start-1]) && !lex.Has("COMMON", words[start-1]) {
				start--
			}
		} else {
			for start > 0 && best[start]%2 == 0 {
				start--
			}
		}
		best[start] = tagIndex("B-ORG")
		for k := start + 1; k <= i+1; k++ {
			best[k] = tagIndex("I-ORG")
		}
	}
}

// acronymsAsSpelled gives an acronym that the readings left outside any name the type the first
// reading (first) gave the name it stands for, when the document spells it out ("the Coalition
// Provisional Authority … the CPA"): the second reading learns this from too few documents to
// act on it.
// An acronym in brackets right after an organisation's name ("the World Conservation Union
// ( IUCN )") is the organisation's too, whatever its letters.
func acronymsAsSpelled(words, first [][]string, out []reading, lex *Lexicon) {
	long := spelledOut(words, first, lex)
	for s := range words {
		for i, w := range words[s] {
			if out[s].best[i] != 0 || !acronym(w) {
				continue
			}
			if k := long[w]; k > 0 {
				out[s].best[i] = 2*k - 1
			} else if i >= 2 && words[s][i-1] == "(" && (out[s].best[i-2]+1)/2 == 2 {
				out[s].best[i] = tagIndex("B-ORG")
			}
		}
	}
}

func tagNames(best []int) []string {
	out := make([]string, len(best))
	for i, b := range best {
		out[i] = Tags[b]
	}
	return out
}

// TagWords returns the BIO tags of one sentence's words, read as a document of its own; upos may
// be nil.
func (t *Tagger) TagWords(words, upos []string) []string {
	if len(words) == 0 {
		return nil
	}
	return tagNames(t.read([]input{{words: words, upos: upos}})[0].best)
}

// Reading is what the recogniser found in one sentence: its names, each with the recogniser's
// confidence, and for every token the probability that it is part of no name.
type Reading struct {
	Names   []Name
	Outside []float64
}

// TagDoc sets the Entity tag of every token of a document's sentences and returns what it found
// in each. Parts of speech are read when every token of the document has one, and a sentence's
// parse (each word's relation, its head word, the case marker it governs) when all of its tokens
// have a relation.
func (t *Tagger) TagDoc(sents [][]dossier.Token) []Reading {
	ins := make([]input, len(sents))
	tagged := true
	for s, toks := range sents {
		n := len(toks)
		in := input{words: make([]string, n), upos: make([]string, n), heads: make([]int, n), rels: make([]string, n)}
		parsed := true
		for i, tk := range toks {
			in.words[i], in.upos[i] = wordForm(tk.Text), tk.UPOS
			in.heads[i], in.rels[i] = tk.Head, tk.Rel
			tagged = tagged && tk.UPOS != ""
			parsed = parsed && tk.Rel != "" && tk.Head < n
		}
		if !parsed {
			in.heads, in.rels = nil, nil
		}
		in.noLists = t.model.unlisted
		ins[s] = in
	}
	if !tagged {
		for s := range ins {
			ins[s] = input{words: ins[s].words}
		}
	}
	rs := t.read(ins)
	out := make([]Reading, len(sents))
	for s, r := range rs {
		tags := tagNames(r.best)
		for i := range sents[s] {
			sents[s][i].Entity = tags[i]
		}
		if len(tags) == 0 {
			continue
		}
		names := Names(tags)
		marg := r.model.marginals(r.em)
		for k := range names {
			conf := 1.0
			for i := names[k].Start; i < names[k].End; i++ {
				conf = math.Min(conf, marg[i][r.best[i]])
			}
			names[k].Conf = conf
		}
		outside := make([]float64, len(tags))
		for i := range outside {
			outside[i] = marg[i][0]
		}
		out[s] = Reading{Names: names, Outside: outside}
	}
	return out
}

// wordForm is the word as the recogniser looks it up: its syntax.Form ("Syria’s" reads as
// "Syria's", as the training text writes it), but a typographic double quote as written: it says
// whether it opens or closes a quotation, which the straight one does not, and the name after a
// closing quote ("…,” Mayer said") is found only when that is known.
func wordForm(w string) string {
	if f := syntax.Form(w); f != `"` {
		return f
	}
	return w
}

// Tag is TagDoc for one sentence read alone.
func (t *Tagger) Tag(toks []dossier.Token) []Name {
	return t.TagDoc([][]dossier.Token{toks})[0].Names
}

// Analyze is the recogniser as a pipeline stage: it gives the document a plain token stream when
// no earlier stage made one (Fill, with the tokeniser of the embedded language data) and tags
// every token's Entity.
func (t *Tagger) Analyze(a *dossier.Analysis) error {
	t.Read(a)
	return nil
}

// Read is Analyze returning the readings of a.Parse's sentences, for the entity stage.
func (t *Tagger) Read(a *dossier.Analysis) []Reading {
	Fill(a, t.tokens)
	sents := make([][]dossier.Token, len(a.Parse))
	for i := range a.Parse {
		sents[i] = a.Parse[i].Tokens
	}
	return t.TagDoc(sents)
}
