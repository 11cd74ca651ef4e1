package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/syntax"
)

// token is one word or punctuation mark of a sentence, with byte offsets into the document text.
// A possessive "'s" is a token of its own so that "Ali's" leaves the name whole.
type token struct {
	start, end int
	norm       string // lower case, curly apostrophes folded
	word       bool   // letters or digits, not punctuation
	upper      bool   // starts with an upper-case letter
}

// sentTokens returns the words of the sentence span as the language layer splits them
// (syntax.Words): from its parse p when p reads that span, else from the tokeniser alone.
func (lw *wordLists) sentTokens(text string, span dossier.Span, p *dossier.Sentence) []token {
	var toks []dossier.Token
	if p != nil && p.Span == span {
		toks = p.Tokens
	} else {
		toks = lw.tokenizer.Tokens(text, span)
	}
	return wordTokens(text, syntax.Words(text, toks, lw.tokAbbrevs))
}

// phraseTokens returns the words of a phrase of the lexicon, split as a sentence's are.
func (lw *wordLists) phraseTokens(s string) []token {
	return lw.sentTokens(s, dossier.Span{End: len(s)}, nil)
}

func wordTokens(text string, ws []syntax.Word) []token {
	toks := make([]token, 0, len(ws))
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.Text)
		norm := normWord(w.Text)
		toks = append(toks, token{start: w.Start, end: w.End, norm: norm,
			word: isWordRune(r) || norm == "'s", upper: unicode.IsUpper(r)})
	}
	return toks
}

// abbrevBefore reports whether the period at i ends an abbreviation ("Cpt.", "U.S.").
func abbrevBefore(text string, i int, abbrevs map[string]bool) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= n
	}
	w := strings.TrimSuffix(text[j:i], ".")
	return w != "" && isAbbrev(w, abbrevs) && !strings.HasSuffix(w, ".")
}

// isAbbrev reports whether a word followed by a period is an abbreviation, not a sentence end.
func isAbbrev(w string, abbrevs map[string]bool) bool {
	if strings.Contains(w, ".") {
		return true // U.S, U.N
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbrevs[strings.ToLower(w)]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normWord lower-cases a word and folds typographic apostrophes, so lexicon entries are plain ASCII.
func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// splitSentences is the fallback when the document comes without sentence boundaries: it cuts at
// line breaks and at ., ! or ? followed by a space and an upper-case letter or a quotation mark,
// except after one of abbrevs.
func splitSentences(text string, abbrevs map[string]bool) []dossier.Span {
	var out []dossier.Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(rune(text[s])) {
			s++
		}
		for e > s && unicode.IsSpace(rune(text[e-1])) {
			e--
		}
		if e > s {
			out = append(out, dossier.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i + 1)
		case '.', '!', '?':
			if text[i] == '.' && abbrevBefore(text, i, abbrevs) {
				continue
			}
			if i+2 < len(text) && text[i+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(text[i+2:])
				if unicode.IsUpper(r) || r == '"' || r == '“' {
					emit(i + 1)
				}
			}
		}
	}
	emit(len(text))
	return out
}
