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
	// group is set on a side word that ends a group's own name ("Army" of "Free Syrian Army"):
	// it says no side (see attackWords.markGroupNames)
	group bool
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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normWord lower-cases a word and folds typographic apostrophes, so lexicon entries are plain ASCII.
func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}
