package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordFeats is what the tagger and parser read of one word, hashed once per sentence.
type wordFeats struct {
	norm, exact, shape uint64
	amb                uint64 // the set of tags the word had in training (its ambiguity class)
	pre                [3]uint64
	suf                [4]uint64
	casing             uint8  // see casingOf
	sent               uint64 // the casing of the sentence: see markSentence
}

// absent stands for a word or tag outside the sentence.
var absent = wordFeats{norm: hstr("<none>"), exact: hstr("<none>"), shape: hstr("<none>"), amb: 13,
	pre: [3]uint64{1, 1, 1}, suf: [4]uint64{1, 1, 1, 1}}

// normal lower-cases a word and writes every digit as 0, so numbers of one shape share features.
func normal(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shape writes a word's letters as X and x and its digits as d, runs cut to two: "McCain" →
// "XxXx", "1990s" → "ddx".
func shape(w string) string {
	var b []byte
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		b = append(b, c)
		if len(b) >= 8 {
			break
		}
	}
	return string(b)
}

func describe(w string) wordFeats {
	n := normal(w)
	f := wordFeats{norm: hstr(n), exact: hstr(w), shape: hstr(shape(w)), casing: casingOf(w)}
	// Prefixes and suffixes of one to three and one to four letters, hashed in place.
	cut := 0
	for k := range 3 {
		if cut < len(n) {
			_, size := utf8.DecodeRuneInString(n[cut:])
			cut += size
			f.pre[k] = hstr(n[:cut]) + 7
		} else {
			f.pre[k] = 3
		}
	}
	cut = len(n)
	for k := range 4 {
		if cut > 0 {
			_, size := utf8.DecodeLastRuneInString(n[:cut])
			cut -= size
			f.suf[k] = hstr(n[cut:]) + 11
		} else {
			f.suf[k] = 5
		}
	}
	return f
}

// A word's casing: no cased letters, capitals only (two or more), a capital first, or otherwise.
const (
	uncased = iota
	allCaps
	capFirst
	otherCase
)

func casingOf(w string) uint8 {
	upper, lower, first := 0, 0, false
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			first = first || i == 0
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case upper+lower == 0:
		return uncased
	case upper > 1 && lower == 0:
		return allCaps
	case first:
		return capFirst
	}
	return otherCase
}

// markSentence gives every word the casing of its sentence, read from its words after the
// first: too few to tell, mostly capitals (a shouted line), mostly capitalised (a title), none
// capitalised, or ordinary.
func markSentence(ws []wordFeats) {
	n, up, caps := 0, 0, 0
	for i := 1; i < len(ws); i++ {
		switch ws[i].casing {
		case uncased:
			continue
		case allCaps:
			up++
		case capFirst:
			caps++
		}
		n++
	}
	mode := uint64(1)
	switch {
	case n < 2:
		mode = 2
	case up*5 >= n*4:
		mode = 3
	case (up+caps)*5 >= n*3:
		mode = 4
	case up+caps == 0:
		mode = 5
	}
	for i := range ws {
		ws[i].sent = mode
	}
}

// Form is the word as the models look it up: typographic punctuation written as the treebanks
// write it in ASCII (see fold), invisible breaks (soft hyphen, zero-width space) dropped. The
// models were trained on text whose quotes and dashes are mostly ASCII, so a sentence in
// typographic quotes reads as the same sentence in straight ones. The token's own text and
// offsets are left as they are.
func Form(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == len(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	b.WriteString(w[:i])
	for _, r := range w[i:] {
		if a, ok := fold(r); ok {
			b.WriteString(a)
		} else {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return w
	}
	return b.String()
}

// fold returns the ASCII a typographic mark is read as: curly quotes, primes and guillemets as
// straight quotes, an em dash as "--" and an en dash or minus sign as "-" (as EWT writes
// dashes), the ellipsis character as "...", a no-break or thin space as a space, an invisible
// break as nothing. ok is false for any other rune.
func fold(r rune) (ascii string, ok bool) {
	switch r {
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\u301d', '\u301e':
		return `"`, true
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '\u2032', '\u02bc':
		return "'", true
	case '\u2014', '\u2015':
		return "--", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return "-", true
	case '\u2026':
		return "...", true
	case '\u00a0', '\u2007', '\u2009', '\u200a', '\u202f':
		return " ", true
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return "", true
	}
	return "", false
}

// isQuote reports whether r is a quotation mark, straight or typographic.
func isQuote(r rune) bool {
	if r == '"' || r == '\'' {
		return true
	}
	a, ok := fold(r)
	return ok && (a == `"` || a == "'")
}
