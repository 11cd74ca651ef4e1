package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pseudo tags unlabelled examples a document at a time (with their parts of speech when withPOS)
// and returns, with the tags it chose, the sentences it reads with confidence: every word's tag at
// least minConf likely, and a name found or a capitalised word inside the sentence (the sentences
// that teach something about names). Their Weight is one. Training on them as well as on the gold
// teaches the recogniser the words and contexts of text like the one it will read.
func (t *Tagger) Pseudo(exs []Example, withPOS bool, minConf float64) []Example {
	var out []Example
	forEachDoc(exs, func(lo, hi int) {
		for k, r := range t.read(docInput(exs[lo:hi], withPOS)) {
			ex := exs[lo+k]
			if len(r.best) == 0 || !sure(r, minConf) || !namely(ex.Words, r.best) {
				continue
			}
			ex.Tags = tagNames(r.best)
			ex.Weight = 1
			out = append(out, ex)
		}
	})
	return out
}

// sure reports whether every word's chosen tag is at least min likely.
func sure(r reading, min float64) bool {
	for i, m := range r.model.marginals(r.em) {
		if m[r.best[i]] < min {
			return false
		}
	}
	return true
}

// namely reports whether a sentence has a name among best or a capitalised word past its first.
func namely(words []string, best []int) bool {
	for i, b := range best {
		if b != 0 {
			return true
		}
		if i == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		if unicode.IsUpper(r) && strings.ToUpper(words[i]) != words[i] {
			return true
		}
	}
	return false
}
