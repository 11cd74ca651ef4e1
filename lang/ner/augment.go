package ner

import (
	"math/rand"
	"unicode"
	"unicode/utf8"
)

// CapitalisedCopies returns, for each example holding ordinary words outside its names (words
// the vocabulary marks as mostly written in lower case, past the sentence's first), a copy with
// each such word capitalised at the given share, its tags unchanged; its document is its own.
// Web text capitalises ordinary words for emphasis, in headings run into a sentence, in lists
// and in title-case phrases ("my Complete and Total Endorsement", "1 Yellow, 1 Red"), and the
// treebanks seldom do: the copies teach the recogniser that such a capital alone says no name.
// The choice is drawn from seed, so the same examples give the same copies.
func CapitalisedCopies(exs []Example, vocab map[string]byte, share float64, seed int64) []Example {
	rng := rand.New(rand.NewSource(seed))
	var out []Example
	for _, ex := range exs {
		var words []string
		for i, w := range ex.Words {
			if i == 0 || ex.Tags[i] != "O" || !ordinary(w, vocab) || rng.Float64() >= share {
				continue
			}
			if words == nil {
				words = append([]string(nil), ex.Words...)
			}
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
		if words == nil {
			continue
		}
		ex.Words, ex.Doc, ex.Weight = words, ex.Doc+"#caps", 1
		out = append(out, ex)
	}
	return out
}

// ordinary reports whether w is written in lower case and the vocabulary marks it as a word
// mostly written so.
func ordinary(w string, vocab map[string]byte) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && vocab[w]&vocabLower != 0
}
