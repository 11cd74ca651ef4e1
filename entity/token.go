package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/syntax"
)

// tok is one word of the text as the language layer splits it (syntax.Words): a word (letters
// and digits, with inner hyphens, apostrophes and the dots of abbreviations such as "U.S.") or a
// punctuation mark. A possessive "'s" is its own token.
type tok struct {
	start, end int
	text       string
	word       bool
	nl         bool   // a line break lies between this token and the one before
	sent       int    // sentence index
	initial    bool   // first word of a sentence or line, or right after an opening quote or colon
	upos       string // the parse's part of speech of the word's first token; "" outside the parse
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// docToks returns the words of the document as the parse splits them (syntax.Words), each
// sentence's from its parse, with the text between parsed sentences read by the same tokeniser.
// Without a parse, the text is read whole. A web or mail address is no word of a name.
func (lw *nameLists) docToks(text string, parse []dossier.Sentence) []tok {
	n := 0
	for _, s := range parse {
		n += len(s.Tokens)
	}
	out := make([]tok, 0, n+n/8+16)
	at := 0
	var parts []syntax.Word
	add := func(ws []syntax.Word, parsed []dossier.Token) {
		for _, w := range ws {
			web := syntax.IsWebAddress(w.Text)
			upos := ""
			if parsed != nil && w.From < len(parsed) {
				upos = parsed[w.From].UPOS
			}
			parts = underscoreParts(parts[:0], w, web)
			for _, p := range parts {
				r, _ := utf8.DecodeRuneInString(p.Text)
				out = append(out, tok{start: p.Start, end: p.End, text: p.Text, word: isWordRune(r) && !web,
					nl: strings.ContainsAny(text[at:p.Start], "\n\u2029"), upos: upos})
				at = p.End
			}
		}
	}
	gap := func(end int) {
		if end > at && strings.TrimSpace(text[at:end]) != "" {
			sp := dossier.Span{Start: at, End: end}
			add(syntax.Words(text, lw.tokenizer.Tokens(text, sp), lw.abbrevs), nil)
		}
	}
	for _, s := range parse {
		if len(s.Tokens) == 0 || s.Tokens[0].Start < at {
			continue
		}
		gap(s.Tokens[0].Start)
		add(syntax.Words(text, s.Tokens, lw.abbrevs), s.Tokens)
	}
	gap(len(text))
	roleWords(out)
	return out
}

// roleWords takes from names the words a credit line writes before an underscore that joins
// them to a name ("Art Director_Park Dong Woo"): they say the person's role. Up to three words
// back on the same line, to the punctuation before them, are no words of a name.
func roleWords(toks []tok) {
	for i, t := range toks {
		if t.text != "_" || i == 0 || i+1 == len(toks) || toks[i-1].end != t.start || toks[i+1].start != t.end {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3 && toks[k].word; k-- {
			toks[k].word = false
			if toks[k].nl {
				break
			}
		}
	}
}

// underscoreParts splits a word whose parts are joined by underscores where a capital follows
// ("Composer_Kim", "Art Director_Park"): a caption or credit line writes the role and the name
// so, and the name is a word of its own. The underscore becomes a mark between them. Handles and
// identifiers in lower case or with digits ("@olga_n_photo", "TP_615") stay one word, as does
// a web address.
func underscoreParts(out []syntax.Word, w syntax.Word, web bool) []syntax.Word {
	if web || !strings.Contains(w.Text, "_") {
		return append(out, w)
	}
	from, whole := 0, len(out)
	for i := 1; i+1 < len(w.Text); i++ {
		if w.Text[i] != '_' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(w.Text[:i])
		next, _ := utf8.DecodeRuneInString(w.Text[i+1:])
		if !unicode.IsLetter(prev) || !unicode.IsUpper(next) {
			continue
		}
		out = append(out, part(w, from, i), part(w, i, i+1))
		from = i + 1
	}
	if from == 0 {
		return append(out[:whole], w)
	}
	return append(out, part(w, from, len(w.Text)))
}

// part is the bytes [i, j) of word w as a word of its own, made of w's tokens.
func part(w syntax.Word, i, j int) syntax.Word {
	return syntax.Word{Span: dossier.Span{Start: w.Start + i, End: w.Start + j}, Text: w.Text[i:j], From: w.From, To: w.To}
}

// formToks returns the words of a name or cue as written in the data or a document's metadata,
// split as docToks splits running text.
func (lw *nameLists) formToks(s string) []tok {
	return lw.docToks(s, nil)
}

// normWords returns the lower-case words of a token run as compared between names: dots of
// abbreviations dropped, hyphens split, articles dropped, curly apostrophes straightened.
func (lw *nameLists) normWords(toks []tok) []string {
	var out []string
	for _, t := range toks {
		if t.word {
			out = lw.appendNorm(out, t.text)
		}
	}
	return out
}

// appendNorm appends the words of one token as normWords reads them.
func (lw *nameLists) appendNorm(out []string, text string) []string {
	if w, ok := plainWord(text); ok {
		if !lw.articles[w] || w != "al" && w != "el" && w != "the" {
			out = append(out, w)
		}
		return out
	}
	return lw.appendSplit(out, text)
}

// appendSplit is appendNorm for any token: split at hyphens, dots dropped.
func (lw *nameLists) appendSplit(out []string, text string) []string {
	w := strings.ToLower(text)
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
		if lw.articles[f] && (i+1 < len(fs) || f == "al" || f == "el" || f == "the") {
			continue
		}
		out = append(out, f)
	}
	return out
}

// plainWord returns w in lower case when it is one word as normWords reads it, letters, digits
// and signs of ASCII with no hyphen, dot or space: most words are, and need no splitting.
func plainWord(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c <= ' ' || c == '-' || c == '.' {
			return "", false
		}
	}
	return strings.ToLower(w), true
}

func (lw *nameLists) key(toks []tok) string { return strings.Join(lw.normWords(toks), " ") }

// hasArticle reports whether normWords drops an article from the words of toks.
func (lw *nameLists) hasArticle(toks []tok) bool {
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
	return n > len(lw.normWords(toks))
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
func (lw *nameLists) prefixedName(w string) bool {
	i := strings.IndexAny(w, "-\u2010\u2011")
	if i <= 0 || i > 3 {
		return false
	}
	if !lw.articles[strings.ToLower(w[:i])] || strings.ToLower(w[:i]) == "the" {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	return isCap(w[i+size:])
}
