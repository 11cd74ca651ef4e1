package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier/lang/conllu"
	"github.com/dossier-project/dossier/segment"
)

// casing is how often one word (by its lower-case form) is written in lower case anywhere and
// capitalised in mid-sentence.
type casing struct{ lower, capMid int }

// header opens the written file: what it holds and who reads it.
const header = `# word-casing: English words with how often the training parts of the UD treebanks (EWT train,
# GUM minus its test documents) and the English pages of the development halves of the page
# corpora write each in lower case and capitalised in mid-sentence (a sentence's first word and
# headline-case sentences left out). Written by cmd/dossier-casing;
# do not edit by hand. Read by entity/ (ordinary.go): a lone capitalised word that opens a
# sentence or stands in a headline and that English mostly writes in lower case is no name.
# word	lower	capitalised-mid-sentence
`

// countCasing counts the casing of every word of sents, each given as its forms in order. A
// sentence written in headline case (nearly every longer word capitalised) says nothing of casing
// and is skipped; so is each sentence's first word, and a word after a colon, a stop or an opening
// quote, which English may capitalise.
func countCasing(counts map[string]*casing, sents [][]string) {
	for _, s := range sents {
		if headlineCase(s) {
			continue
		}
		first := true
		for i, f := range s {
			if !wordForm(f) {
				continue
			}
			opens := first || i > 0 && opensClause(s[i-1])
			first = false
			low := strings.ToLower(f)
			switch {
			case f == low:
				get(counts, low).lower++
			case !opens && titleCase(f):
				get(counts, low).capMid++
			}
		}
	}
}

// treebankForms returns the forms of each sentence of a treebank.
func treebankForms(sents []conllu.Sentence) [][]string {
	out := make([][]string, 0, len(sents))
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		out = append(out, forms)
	}
	return out
}

// textForms splits a clean text into sentences with split, and each sentence at its line breaks (a line is
// a sentence of its own, as a headline or a list item is), and returns the forms of each.
func textForms(split *segment.Splitter, text string) [][]string {
	var out [][]string
	for _, sp := range split.Sentences(text) {
		var cur []string
		last := sp.Start
		for _, t := range segment.Tokens(text, sp) {
			if strings.Contains(text[last:t.Start], "\n") && len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			cur = append(cur, t.Text)
			last = t.End
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

func get(counts map[string]*casing, w string) *casing {
	c := counts[w]
	if c == nil {
		c = &casing{}
		counts[w] = c
	}
	return c
}

// write writes the header and one line per word written in lower case at least minLower times,
// sorted by word.
func write(w io.Writer, counts map[string]*casing, minLower int) error {
	words := make([]string, 0, len(counts))
	for k, c := range counts {
		if c.lower >= minLower {
			words = append(words, k)
		}
	}
	sort.Strings(words)
	if _, err := io.WriteString(w, header); err != nil {
		return err
	}
	for _, k := range words {
		c := counts[k]
		if _, err := fmt.Fprintf(w, "%s\t%d\t%d\n", k, c.lower, c.capMid); err != nil {
			return err
		}
	}
	return nil
}

// wordForm reports a form of letters, with inner hyphens or apostrophes at most, of two letters
// or more.
func wordForm(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			continue
		}
		if (r == '-' || r == '\'') && i > 0 && i < len(s)-1 {
			continue
		}
		return false
	}
	return true
}

// titleCase reports a word whose first letter alone is upper case.
func titleCase(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && s[size:] == strings.ToLower(s[size:])
}

// opensClause reports punctuation after which English may capitalise a word.
func opensClause(prev string) bool {
	switch prev {
	case ":", "\"", "\u201c", "'", "\u2018", "(", "-", "\u2013", "\u2014", "*", ".", "!", "?", ";":
		return true
	}
	return false
}

// headlineCase reports a sentence whose longer words (four letters or more) are nearly all
// capitalised: a title or heading.
func headlineCase(forms []string) bool {
	n, caps := 0, 0
	for _, f := range forms {
		if !wordForm(f) || utf8.RuneCountInString(f) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 2 && caps*5 >= n*4
}
