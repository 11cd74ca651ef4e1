package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the text: a word (letters and digits, with inner hyphens, apostrophes and
// the dots of abbreviations such as "U.S.") or one punctuation mark. A possessive "'s" is its own
// token.
type tok struct {
	start, end int
	text       string
	word       bool
	nl         bool // a line break lies between this token and the one before
	sent       int  // sentence index
	initial    bool // first word of a sentence or line, or right after an opening quote or colon
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize splits s into tokens. abbrev reports whether a word followed by a dot is an
// abbreviation that keeps its dot ("Col.", "Gen."); nil means every word does (used for data
// forms, where a dot after a word is always part of it).
func tokenize(s string, abbrev map[string]bool) []tok {
	var out []tok
	nl := false
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if r == utf8.RuneError && size <= 1 {
			i++
			continue
		}
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\u2029' {
				nl = true
			}
			i += size
			continue
		}
		if !isWordRune(r) {
			j := i + size
			if isApostrophe(r) {
				if n, ns := runeAt(s, j); n == 's' || n == 'S' {
					if a, _ := runeAt(s, j+ns); !isWordRune(a) {
						j += ns
					}
				}
			}
			out = append(out, tok{start: i, end: j, text: s[i:j], nl: nl})
			nl = false
			i = j
			continue
		}
		j := i + size
		seg := 1 // runes since the last dot or hyphen
		dotted := false
		for j < len(s) {
			r, size := runeAt(s, j)
			switch {
			case isWordRune(r):
				j += size
				seg++
				continue
			case isHyphen(r):
				if n, _ := runeAt(s, j+size); isWordRune(n) {
					j += size
					seg = 0
					continue
				}
			case r == '.':
				n, ns := runeAt(s, j+size)
				if seg == 1 && unicode.IsLetter(n) {
					if a, _ := runeAt(s, j+size+ns); a == '.' {
						j += size
						seg = 0
						dotted = true
						continue
					}
				}
				if dotted && seg == 1 {
					j += size
					seg = 0
					if isHyphen(n) {
						if a, _ := runeAt(s, j+ns); isWordRune(a) {
							j += ns
							continue
						}
					}
				}
			case isApostrophe(r):
				n, ns := runeAt(s, j+size)
				if unicode.IsLetter(n) {
					if n == 's' || n == 'S' {
						if a, _ := runeAt(s, j+size+ns); !isWordRune(a) {
							break
						}
					}
					j += size
					seg++
					continue
				}
			}
			break
		}
		if r, size := runeAt(s, j); r == '.' && !strings.HasSuffix(s[i:j], ".") {
			w := s[i:j]
			if abbrev == nil || abbrev[strings.ToLower(w)+"."] || initialLetter(s, w, j+size) {
				j += size
			}
		}
		out = append(out, tok{start: i, end: j, text: s[i:j], word: true, nl: nl})
		nl = false
		i = j
	}
	return out
}

// articles are the forms of the Arabic article and the English one, dropped when names are
// compared ("al-Raqqa", "Ar-Raqqa" and "Raqqa" are one name).
var articles = langData.List("name-articles")

// normWords returns the lower-case words of a token run as compared between names: dots of
// abbreviations dropped, hyphens split, articles dropped, curly apostrophes straightened.
func normWords(toks []tok) []string {
	var out []string
	for _, t := range toks {
		if !t.word {
			continue
		}
		w := strings.ToLower(t.text)
		w = strings.ReplaceAll(w, "\u2019", "'")
		w = strings.ReplaceAll(w, "\u2018", "'")
		w = strings.Map(func(r rune) rune {
			if isHyphen(r) {
				return ' '
			}
			if r == '.' {
				return -1
			}
			return r
		}, w)
		fs := strings.Fields(w)
		for i, f := range fs {
			// An article goes when it is joined to a name ("al-Raqqa", "Ar-Raqqa"); standing alone
			// only "al", "el" and "the" do, since "as", "at" and "an" are English words too.
			if articles[f] && (i+1 < len(fs) || f == "al" || f == "el" || f == "the") {
				continue
			}
			out = append(out, f)
		}
	}
	return out
}

func key(toks []tok) string { return strings.Join(normWords(toks), " ") }

// hasArticle reports whether normWords drops an article from the words of toks.
func hasArticle(toks []tok) bool {
	n := 0
	for _, t := range toks {
		if t.word {
			for _, p := range strings.FieldsFunc(t.text, isHyphen) {
				if strings.Trim(p, ".") != "" {
					n++
				}
			}
		}
	}
	return n > len(normWords(toks))
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether a word is an acronym: two or more letters, all capitals ("HTS",
// "U.S."), or a short mixed form starting and ending in a capital with most letters capital
// ("MoD", "MaT").
func isAcronym(w string) bool {
	up, low, n := 0, 0, 0
	var first, last rune
	for _, r := range w {
		if !unicode.IsLetter(r) {
			if r == '.' || unicode.IsDigit(r) || isHyphen(r) || r == '&' {
				continue
			}
			return false
		}
		if n == 0 {
			first = r
		}
		last = r
		n++
		if unicode.IsUpper(r) {
			up++
		} else {
			low++
		}
	}
	if up < 2 {
		return false
	}
	if low == 0 {
		return true
	}
	return n <= 4 && unicode.IsUpper(first) && unicode.IsUpper(last) && low <= up
}

// isRoman reports whether a word is a regnal number (II, III, IV …).
func isRoman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return w != "I" && w != "X" && w != "V"
}

// prefixedName reports whether a word is an article-prefixed name: "al-Raqqa", "Ar-Raqqa", "el-Sisi".
func prefixedName(w string) bool {
	i := strings.IndexAny(w, "-\u2010\u2011")
	if i <= 0 || i > 3 {
		return false
	}
	if !articles[strings.ToLower(w[:i])] || strings.ToLower(w[:i]) == "the" {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return isCap(w[i+size:])
}

// initialLetter reports a middle initial: one capital letter, a dot, a space and a capitalised
// word ("Stephen J. Townsend").
func initialLetter(s, w string, after int) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size != len(w) || !unicode.IsUpper(r) {
		return false
	}
	sp, n := runeAt(s, after)
	if sp != ' ' {
		return false
	}
	next, _ := runeAt(s, after+n)
	return unicode.IsUpper(next)
}
