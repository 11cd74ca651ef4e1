package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// token is one word or punctuation mark of a sentence, with byte offsets into the document text.
type token struct {
	start, end int
	norm       string // lower case, curly apostrophes folded
	word       bool   // letters or digits, not punctuation
	upper      bool   // starts with an upper-case letter
}

// tokenize cuts text[s.Start:s.End] into tokens. A possessive "'s" is a token of its own so that
// "Ali's" leaves the name whole.
func tokenize(text string, s dossier.Span) []token {
	var toks []token
	i := max(s.Start, 0)
	end := min(s.End, len(text))
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{start: i, end: i + n, norm: normWord(text[i : i+n])})
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' {
				rest := text[j+n2 : end]
				if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && !startsWord(rest[1:]) {
					break // possessive: split it off
				}
			}
			if strings.ContainsRune(".'’-&,", r2) && startsWord(text[j+n2:end]) {
				if r2 == ',' && !(isDigitBefore(text, j) && startsDigit(text[j+n2:end])) {
					break
				}
				j += n2
				continue
			}
			break
		}
		// Keep the period of an abbreviation ("U.S.", "Gen.") so that it does not read as a stop.
		if j < end && text[j] == '.' && isAbbrev(text[i:j]) {
			j++
		}
		toks = append(toks, token{start: i, end: j, norm: normWord(text[i:j]), word: true, upper: unicode.IsUpper(r)})
		i = j
		if i < end {
			r2, n2 := utf8.DecodeRuneInString(text[i:end])
			if r2 == '\'' || r2 == '’' {
				if rest := text[i+n2 : end]; len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && !startsWord(rest[1:]) {
					toks = append(toks, token{start: i, end: i + n2 + 1, norm: "'s", word: true})
					i += n2 + 1
				}
			}
		}
	}
	return toks
}

// abbrevBefore reports whether the period at i ends an abbreviation ("Cpt.", "U.S.").
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= n
	}
	w := strings.TrimSuffix(text[j:i], ".")
	return w != "" && isAbbrev(w) && !strings.HasSuffix(w, ".")
}

var abbrevs = langData.List("title-abbreviations")

// isAbbrev reports whether a word followed by a period is an abbreviation, not a sentence end.
func isAbbrev(w string) bool {
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

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return len(s) > 0 && isWordRune(r)
}

func startsDigit(s string) bool { return len(s) > 0 && s[0] >= '0' && s[0] <= '9' }

func isDigitBefore(s string, i int) bool { return i > 0 && s[i-1] >= '0' && s[i-1] <= '9' }

// normWord lower-cases a word and folds typographic apostrophes, so lexicon entries are plain ASCII.
func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// splitSentences is the fallback when the document comes without sentence boundaries: it cuts at
// line breaks and at ., ! or ? followed by a space and an upper-case letter or a quotation mark.
func splitSentences(text string) []dossier.Span {
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
			if text[i] == '.' && abbrevBefore(text, i) {
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
