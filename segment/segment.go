// Package segment splits clean text into sentences and tokens, each with byte offsets into the
// text. Abbreviations ("U.S.", "Cpt.", "Maj. Gen."), initials and decimals do not end a sentence;
// a blank line always does. The abbreviations and the words that still open a sentence after one
// are files of the language data (lang/en/data): New reads them from a loaded en.Data, so that a
// --data folder extends them.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Splitter splits text into sentences with the abbreviations and sentence openers of the
// language data it was made from. It is read-only and safe for concurrent use.
type Splitter struct {
	abbreviations map[string]bool // words a full stop follows without ending a sentence
	starters      map[string]bool // words that, after an abbreviation, still open a new sentence
	linking       map[string]bool // abbreviations that lead on to what follows ("e.g.", "vs."): their stop never ends a sentence
	numbered      map[string]bool // abbreviations before a number ("No. 7", "p. 12"): their stop does not end a sentence when a number follows
}

// New returns a Splitter that reads sentence-abbreviations.txt, sentence-starters.txt,
// linking-abbreviations.txt and number-abbreviations.txt of the language data d (the embedded files with a --data folder's).
func New(d *en.Data) *Splitter {
	return &Splitter{
		abbreviations: d.List("sentence-abbreviations"), starters: d.List("sentence-starters"),
		linking: d.List("linking-abbreviations"), numbered: d.List("number-abbreviations"),
	}
}

// Sentences returns the sentences of text in order. Leading and trailing white space is left
// outside each span; a blank line (two line breaks) always ends a sentence.
func (s *Splitter) Sentences(text string) []dossier.Span {
	var out []dossier.Span
	for _, para := range paragraphs(text) {
		out = s.appendSentences(out, text, para)
	}
	return splitLong(out, text)
}

// MaxSentence is the longest sentence, in bytes, that later stages are given. Real sentences are
// far shorter; a longer run without a stop (a page on one line, a table flattened to text) is cut
// at white space, after a comma or semicolon where one is near, so that no stage's work on one
// sentence grows with the size of the page.
const MaxSentence = 2000

// splitLong cuts the sentences longer than MaxSentence into pieces of at most that length.
func splitLong(sents []dossier.Span, text string) []dossier.Span {
	long := false
	for _, s := range sents {
		long = long || s.Len() > MaxSentence
	}
	if !long {
		return sents
	}
	var out []dossier.Span
	for _, s := range sents {
		for s.Len() > MaxSentence {
			cut := cutPoint(text, s.Start, s.Start+MaxSentence)
			if piece, ok := trim(text, dossier.Span{Start: s.Start, End: cut}); ok {
				out = append(out, piece)
			}
			s.Start = cut
		}
		if piece, ok := trim(text, s); ok {
			out = append(out, piece)
		}
	}
	return out
}

// cutPoint is where a piece of text[start:limit] ends: after the last comma, semicolon or colon
// in its last quarter, else at its last white space, else at the last rune boundary before limit.
func cutPoint(text string, start, limit int) int {
	space := -1
	for i := limit - 1; i > start+(limit-start)*3/4; i-- {
		switch text[i] {
		case ',', ';', ':':
			if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
				return i + 1
			}
		case ' ', '\n', '\t':
			if space < 0 {
				space = i
			}
		}
	}
	if space > start {
		return space
	}
	for i := limit - 1; i > start+(limit-start)/2; i-- {
		if text[i] == ' ' || text[i] == '\n' || text[i] == '\t' {
			return i
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// paragraphs splits text at blank lines, trimming white space.
func paragraphs(text string) []dossier.Span {
	var out []dossier.Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text)
		} else {
			end += start
			next = end + 2
		}
		if s, ok := trim(text, dossier.Span{Start: start, End: end}); ok {
			out = append(out, s)
		}
		start = next
	}
	return out
}

// trim narrows s to exclude surrounding white space; ok is false when nothing is left.
func trim(text string, s dossier.Span) (dossier.Span, bool) {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s, s.End > s.Start
}

func (sp *Splitter) appendSentences(out []dossier.Span, text string, para dossier.Span) []dossier.Span {
	start := para.Start
	i := para.Start
	for i < para.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		end := i + n
		// Runs of terminal punctuation ("?!", "..."), closing quotes or brackets and reference marks
		// belong to the sentence.
		for end < para.End {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || isCloser(r2) {
				end += n2
				continue
			}
			if k := citationEnd(text, end, para.End); k > 0 {
				end = k // a reference mark written against the stop (".[12]")
				continue
			}
			break
		}
		if sp.isBoundary(text, start, i, r, end, para.End) {
			end = afterCitations(text, end, para.End)
			if s, ok := trim(text, dossier.Span{Start: start, End: end}); ok {
				out = append(out, s)
			}
			start = end
		}
		i = end
	}
	if s, ok := trim(text, dossier.Span{Start: start, End: para.End}); ok {
		out = append(out, s)
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '-', '–', '—':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || (r > unicode.MaxLatin1 && unicode.IsLetter(r) && !unicode.IsLower(r))
}

// isBoundary decides whether the punctuation mark p at i (the sentence running from start, the
// punctuation run ending at end) closes a sentence.
func (sp *Splitter) isBoundary(text string, start, i int, p rune, end, limit int) bool {
	// A boundary needs white space after the punctuation, then something that can open a sentence.
	if end >= limit {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false
	}
	j := end + n
	for j < limit {
		r, n = utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	if j >= limit {
		return true
	}
	if !isOpener(r) || !hasAlnum(text[j:limit]) {
		return false // nothing of a sentence follows in the paragraph, only marks (a closing "''")
	}
	if p != '.' || end-i > 1 {
		return true // '!', '?', ellipses and stops followed by a closing quote end sentences
	}
	word := wordBefore(text, start, i)
	next := wordAt(text, j, limit)
	if word == "" {
		return true
	}
	if listNumber(strings.TrimSpace(text[start:i])) || sp.numbered[strings.ToLower(word)] && unicode.IsDigit(r) {
		return false
	}
	if sp.isAbbreviation(word) {
		return !sp.linking[strings.ToLower(word)] && sp.starters[next]
	}
	return true
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// listNumber reports whether a sentence so far is only the number of a list item or a heading
// ("1", "2.1", "10", "*1", "(2"), whose stop opens the item rather than ending a sentence.
func listNumber(s string) bool {
	s = strings.TrimLeft(s, "*\"'(#-")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
			if digits > 3 {
				return false
			}
		case s[i] == '.' && digits > 0:
			digits = 0
		default:
			return false
		}
	}
	return true
}

// afterCitations returns where the reference marks that follow a sentence's end ("[17]",
// "[7] [8]", "[1-3]") end, so that they stay with the sentence they support; end itself when
// none follows. A mark that opens a line is a list's, not a citation.
func afterCitations(text string, end, limit int) int {
	out := end
	for {
		j := out
		for j < limit && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		k := citationEnd(text, j, limit)
		if k == 0 {
			return out
		}
		out = k
	}
}

// citationEnd returns where a bracketed reference mark starting at i ends: digits with commas,
// spaces and dashes between them inside square brackets. It returns 0 when none starts at i.
func citationEnd(text string, i, limit int) int {
	if i >= limit || text[i] != '[' {
		return 0
	}
	digits := false
	for k := i + 1; k < limit && k-i < 24; k++ {
		c := text[k]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == ']':
			if digits {
				return k + 1
			}
			return 0
		case c == ',' || c == ' ' || c == '-':
		default:
			if r, _ := utf8.DecodeRuneInString(text[k:]); r == '–' {
				k += len("–") - 1
				continue
			}
			return 0
		}
	}
	return 0
}

// isAbbreviation reports whether word (the text before a full stop) is an abbreviation, an
// initial or a dotted acronym.
func (sp *Splitter) isAbbreviation(word string) bool {
	if sp.abbreviations[word] || sp.capitalsAbbreviation(word) {
		return true
	}
	// A single letter: an initial ("J. Smith") or a list marker.
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r)
	}
	// Dotted acronyms: "U.S", "U.N", "e.g", "a.m".
	if strings.Contains(word, ".") {
		for _, part := range strings.Split(word, ".") {
			if utf8.RuneCountInString(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// capitalsAbbreviation reports whether word is a listed abbreviation written in capitals, as
// datelines and headings write them ("ST. JOSEPH", "FT. MYERS").
func (sp *Splitter) capitalsAbbreviation(word string) bool {
	if utf8.RuneCountInString(word) < 2 || strings.ToUpper(word) != word {
		return false
	}
	r, n := utf8.DecodeRuneInString(word)
	return sp.abbreviations[string(r)+strings.ToLower(word[n:])]
}

// wordBefore returns the word that ends at i, dots inside it included ("U.S" for "U.S.").
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			j -= n
			continue
		}
		break
	}
	return strings.TrimLeft(text[j:i], ".")
}

// wordAt returns the run of letters starting at j, after any opening quote.
func wordAt(text string, j, limit int) string {
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) {
			break
		}
		j += n
		if j-n > 0 && !isOpener(r) {
			return ""
		}
	}
	k := j
	for k < limit {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	return text[j:k]
}

// Token is a word, number or punctuation mark with its byte offsets.
type Token struct {
	dossier.Span
	Text string
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Tokens splits text[within] into tokens. A word keeps inner hyphens, apostrophes and dots
// ("al-Assad", "don't", "U.S."), and a number its inner separators ("2,500", "3.5"); every other
// non-space character is a token of its own.
func Tokens(text string, within dossier.Span) []Token {
	var out []Token
	i := within.Start
	for i < within.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			j := wordEnd(text, i, within.End)
			out = append(out, Token{Span: dossier.Span{Start: i, End: j}, Text: text[i:j]})
			i = j
		default:
			out = append(out, Token{Span: dossier.Span{Start: i, End: i + n}, Text: text[i : i+n]})
			i += n
		}
	}
	return out
}

// wordEnd finds where the word starting at i ends.
func wordEnd(text string, i, limit int) int {
	j := i
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		// A dotted acronym keeps its final stop: "U.S." (a letter before the stop, a dot two back).
		if r == '.' && j-i >= 3 && text[j-2] == '.' && (j+n >= limit || !isLetterAt(text, j+n)) {
			j += n
			if j+1 < limit && text[j] == '-' && isLetterAt(text, j+1) {
				j++ // "U.S.-backed"
				continue
			}
			return j
		}
		// Inner joiners stay when a letter or digit follows.
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '‐' {
			if j+n < limit {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if r == ',' && !(unicode.IsDigit(r2) && isDigitBefore(text, j)) {
					break
				}
				if r == '.' && !(unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
					break
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
		}
		break
	}
	return j
}

func isLetterAt(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r)
}

func isDigitBefore(text string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return unicode.IsDigit(r)
}
