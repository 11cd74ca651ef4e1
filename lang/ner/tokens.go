package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Fill gives a.Parse a plain reading of a.Doc.Sentences when no earlier stage made one: each
// sentence split into words and punctuation marks as the treebanks split them (clitics such as
// "'s" and "n't" apart, hyphens apart, abbreviations such as "U.S." whole), untagged. A document
// without sentence spans is read as one sentence per paragraph.
func Fill(a *dossier.Analysis) {
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
		a.Parse = append(a.Parse, dossier.Sentence{Span: sp, Tokens: Tokenize(text, sp)})
	}
}

// Tokenize splits text[sp.Start:sp.End] into tokens with byte offsets into text.
func Tokenize(text string, sp dossier.Span) []dossier.Token {
	var out []dossier.Token
	add := func(s, e int) {
		if e > s {
			out = append(out, dossier.Token{Span: dossier.Span{Start: s, End: e}, Text: text[s:e], Head: -1})
		}
	}
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < sp.End {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		last := strings.TrimSpace(text[j:sp.End]) == ""
		splitWord(text, i, j, last, add)
		i = j
	}
	return out
}

// splitWord splits one whitespace-delimited chunk text[s:e] into tokens; last tells that it ends
// its sentence, where a final dot is a full stop unless the word has inner dots ("U.S.").
func splitWord(text string, s, e int, last bool, add func(s, e int)) {
	// Leading punctuation, one mark at a time.
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if isWordRune(r) {
			break
		}
		add(s, s+size)
		s += size
	}
	// Trailing punctuation, kept in order; a final dot stays on an abbreviation ("U.S.", "Gen.").
	var tail [][2]int
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if isWordRune(r) {
			break
		}
		if r == '.' && len(tail) == 0 && (last && strings.Contains(text[s:e-size], ".") || !last && abbreviation(text[s:e-size])) {
			break
		}
		tail = append(tail, [2]int{e - size, e})
		e -= size
	}
	for s < e {
		k := s
		for k < e {
			r, size := utf8.DecodeRuneInString(text[k:])
			if r == '-' || r == '\u2010' || r == '\u2011' || r == '/' {
				break
			}
			k += size
		}
		clitic(text, s, k, add)
		if k < e {
			_, size := utf8.DecodeRuneInString(text[k:])
			add(k, k+size)
			k += size
		}
		s = k
	}
	for i := len(tail) - 1; i >= 0; i-- {
		add(tail[i][0], tail[i][1])
	}
}

// clitic adds text[s:e], with a final "'s", "'m", "'re", "'ve", "'ll", "'d" or "n't" apart.
func clitic(text string, s, e int, add func(s, e int)) {
	w := strings.ToLower(strings.ReplaceAll(text[s:e], "\u2019", "'"))
	for _, c := range []string{"n't", "'s", "'m", "'re", "'ve", "'ll", "'d"} {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			cut := e - len(c)
			if strings.Contains(text[s:e], "\u2019") {
				cut -= len("\u2019") - 1
			}
			if cut > s {
				add(s, cut)
				add(cut, e)
				return
			}
		}
	}
	add(s, e)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// abbreviation reports a word that keeps its final dot: letters with inner dots ("U.S", "a.m")
// or one capital letter and up to three lower-case ones ("Gen", "Mr", "Sept").
func abbreviation(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	n := utf8.RuneCountInString(w)
	r, _ := utf8.DecodeRuneInString(w)
	return n >= 1 && n <= 4 && unicode.IsUpper(r) && strings.ToLower(w[1:]) == w[1:]
}
