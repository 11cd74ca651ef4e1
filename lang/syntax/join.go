package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Word is one written word as the name and event stages read it: a token of the parse, or the
// tokens the treebank convention splits out of one word written without a space — a hyphenated
// name ("al-Bab", "Deir ez-Zor"), a contraction ("don't", "I'm"), a number with its unit
// ("375mm"). A possessive "'s" stays a word of its own, so that the name before it stays whole,
// and so does a dotted acronym before a hyphen ("U.S.-Mexico"), so that both names stay words.
type Word struct {
	dossier.Span
	Text string
	// From and To are the tokens [From, To) of the sentence the word is made of.
	From, To int
}

// Words reads the written words of one sentence from its tokens, with byte offsets into text.
// A dotted acronym or one of abbrevs (lower case, without the stop: the tokeniser's list) that
// ends the sentence ("in the U.S.", "Tempus Inc.") takes back the stop the tokeniser gave the
// sentence, as it keeps it everywhere else.
func Words(text string, toks []dossier.Token, abbrevs map[string]bool) []Word {
	out := make([]Word, 0, len(toks))
	for k := 0; k < len(toks); {
		w := Word{Span: toks[k].Span, From: k, To: k + 1}
		for w.To < len(toks) {
			n := joins(text, w, toks, w.To, abbrevs)
			if n == 0 {
				break
			}
			w.To += n
			w.End = toks[w.To-1].End
		}
		w.Text = text[w.Start:w.End]
		out = append(out, w)
		k = w.To
	}
	return out
}

// joins returns how many tokens from toks[k] on belong to the word w written before them: 0 when
// the word ends before toks[k].
func joins(text string, w Word, toks []dossier.Token, k int, abbrevs map[string]bool) int {
	next := toks[k]
	if next.Start != w.End {
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(text[w.Start:w.End])
	first, size := utf8.DecodeRuneInString(next.Text)
	switch {
	case isWordRune(last) && isWordRune(first):
		return 1 // a contraction or a unit split off ("do|n't", "gon|na", "375|mm")
	case isWordRune(last) && isApostrophe(first) && !isPossessive(next.Text):
		if r, _ := utf8.DecodeRuneInString(next.Text[size:]); unicode.IsLetter(r) {
			return 1 // "I|'m", "they|'re"; not a closing quote ("Dog|''")
		}
	case isWordRune(last) && isHyphen(next.Text) && k+1 < len(toks) && toks[k+1].Start == next.End:
		r, _ := utf8.DecodeRuneInString(toks[k+1].Text)
		if isWordRune(r) {
			return 2
		}
	case next.Text == "." && (dottedAcronym(text[w.Start:w.End]) || abbrevs[strings.ToLower(text[w.Start:w.End])]):
		return 1
	}
	return 0
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// isHyphen reports whether a token is one hyphen.
func isHyphen(s string) bool { return s == "-" || s == "\u2010" || s == "\u2011" }

// isPossessive reports whether a token is the possessive ending "'s".
func isPossessive(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return isApostrophe(r) && strings.EqualFold(s[size:], "s")
}

// dottedAcronym reports whether a word is short runs of letters joined by dots, without its last
// stop ("U.S", "U.N", "Ph.D").
func dottedAcronym(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || utf8.RuneCountInString(p) > 2 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}
