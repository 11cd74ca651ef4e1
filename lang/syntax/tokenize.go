package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Tokenizer splits sentences into words as the Universal Dependencies English treebanks do:
// punctuation, hyphens and slashes apart, clitics split off ("do|n't", "John|'s", "I|'m"),
// abbreviations and dotted acronyms keeping their stop ("Mr.", "U.S."), numbers whole ("2,500",
// "3.5"), web addresses whole.
type Tokenizer struct {
	abbrev    map[string]bool
	split     map[string][]string
	prefixes  map[string]bool
	emoticons map[string]bool
	units     map[string]bool
	itsCues   map[string]bool // words after which "its" is "it's" (its-is-cues)
	numbered  map[string]bool // abbreviations that keep their stop before a number (number-abbreviations)
	fileExts  map[string]bool // endings of file names, kept whole (file-extensions)
}

// NewTokenizer reads the abbreviations and contractions of d.
func NewTokenizer(d *en.Data) *Tokenizer {
	return &Tokenizer{abbrev: d.List("abbreviations"), split: d.Table("contractions"),
		prefixes: d.List("hyphen-prefixes"), emoticons: d.List("emoticons"), units: d.List("units"),
		itsCues: d.List("its-is-cues"), numbered: d.List("number-abbreviations"),
		fileExts: d.List("file-extensions")}
}

// Tokens splits text[within] into tokens with byte offsets into text.
func (tz *Tokenizer) Tokens(text string, within dossier.Span) []dossier.Token {
	// English news runs to about one token every five bytes, words and stops together: room for
	// a few more spares the copies of a growing slice.
	out := make([]dossier.Token, 0, max(within.End-within.Start, 0)/4+4)
	i := within.Start
	for i < within.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < within.End {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = tz.chunk(out, text, i, j, within.End)
		i = j
	}
	return tz.splitIts(out, text)
}

// splitIts splits "its" into "it" and "s" where the next word shows it stands for "it's"
// written without its apostrophe ("its a shame"), as the treebanks split it. "ITS" in capitals
// is left whole, an acronym as often as not.
func (tz *Tokenizer) splitIts(out []dossier.Token, text string) []dossier.Token {
	for k := 0; k+1 < len(out); k++ {
		t := out[k]
		if len(t.Text) != 3 || !strings.EqualFold(t.Text, "its") || t.Text == "ITS" || !tz.itsCues[strings.ToLower(out[k+1].Text)] {
			continue
		}
		out = slices.Insert(out, k+1, tok(text, t.Span.Start+2, t.Span.End))
		out[k] = tok(text, t.Span.Start, t.Span.Start+2)
		k++
	}
	return out
}

func tok(text string, i, j int) dossier.Token {
	return dossier.Token{Span: dossier.Span{Start: i, End: j}, Text: text[i:j], Head: -1}
}

// chunk tokenises one white-space-delimited piece text[i:j].
func (tz *Tokenizer) chunk(out []dossier.Token, text string, i, j, end int) []dossier.Token {
	if tz.emoticons[text[i:j]] {
		return append(out, tok(text, i, j))
	}
	if a, b := tz.fileName(text, i, j); b > a {
		out = tz.chunk(out, text, i, a, end)
		out = append(out, tok(text, a, b))
		return tz.chunk(out, text, b, j, end)
	}
	if IsWebAddress(text[i:j]) {
		return tz.webAddress(out, text, i, j, end)
	}
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:])
		if k := tz.emoticonEnd(text, i, j); k > 0 {
			out = append(out, tok(text, i, k))
			i = k
			continue
		}
		if k := hashtagEnd(text, i, j); k > 0 {
			out = append(out, tok(text, i, k))
			i = k
			continue
		}
		if k := tz.extensionEnd(text, i, j); k > 0 {
			out = append(out, tok(text, i, k))
			i = k
			continue
		}
		if k := signedNumberEnd(text, i, j); k > 0 {
			out = append(out, tok(text, i, k))
			i = k
			continue
		}
		if isWordRune(r) {
			k := tz.wordEnd(text, i, j)
			k = tz.keepStop(text, i, k, j, end)
			out = tz.appendWord(out, text, i, k)
			i = k
			continue
		}
		// A run of one punctuation mark is one token ("...", "--", "!!"), and so is a run of
		// sentence ends ("?!") and of single quotation marks written for a double one ("‘’").
		k := i + n
		for k < j {
			r2, n2 := utf8.DecodeRuneInString(text[k:])
			if r2 != r && !(isEnd(r) && isEnd(r2)) && !(isSingleQuote(r) && isSingleQuote(r2)) {
				break
			}
			k += n2
		}
		out = append(out, tok(text, i, k))
		i = k
	}
	return out
}

// webAddress appends the tokens of the chunk text[i:j] holding a web or mail address: the address
// whole, with the marks around it and a name written against it as tokens of their own.
func (tz *Tokenizer) webAddress(out []dossier.Token, text string, i, j, end int) []dossier.Token {
	// A name written against the address it goes with ("Jane<jane@example.com>") is a
	// word of its own.
	if lt := strings.IndexByte(text[i:j], '<'); lt > 0 && IsWebAddress(text[i+lt:j]) {
		out = tz.chunk(out, text, i, i+lt, end)
		i += lt
	}
	// Quotes, brackets and stops around it are marks of their own, typographic ones too
	// ("“https://…”").
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("<([", r) && !isQuote(r) {
			break
		}
		out = append(out, tok(text, i, i+n))
		i += n
	}
	k := j
	for k > i {
		r, n := utf8.DecodeLastRuneInString(text[i:k])
		if !strings.ContainsRune(".,;:!?)]>", r) && !isQuote(r) {
			break
		}
		k -= n
	}
	out = append(out, tok(text, i, k))
	for k < j {
		_, n := utf8.DecodeRuneInString(text[k:])
		out = append(out, tok(text, k, k+n))
		k += n
	}
	return out
}

// signedNumberEnd returns where a number opened by a plus sign or a bare decimal point ends
// ("+44", "+1", ".203"), which the treebanks keep whole, or 0 when none starts at i: the mark
// must not follow a word, a digit or another stop ("3.5", "..5" are read otherwise).
func signedNumberEnd(text string, i, limit int) int {
	if text[i] != '+' && text[i] != '.' || i+1 >= limit || text[i+1] < '0' || text[i+1] > '9' {
		return 0
	}
	if i > 0 {
		if prev, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(prev) || prev == '.' || prev == '+' {
			return 0
		}
	}
	k := i + 1
	for k < limit && (text[k] >= '0' && text[k] <= '9' || (text[k] == ',' || text[k] == '.' || text[k] == '-') && k+1 < limit && text[k+1] >= '0' && text[k+1] <= '9') {
		if text[i] == '.' && text[k] == '.' {
			break
		}
		k++
	}
	return k
}

// fileName finds a file name ("ld2d-#69345-1.DOC", "Sam3102.doc") in the white-space-delimited
// piece text[i:j], without the brackets, quotes and stops around it, and returns its bounds; a
// equals b when there is none. The treebanks keep a file name whole, as they do a web address.
func (tz *Tokenizer) fileName(text string, i, j int) (a, b int) {
	a, b = i, j
	for a < b && strings.IndexByte("<([{\"'", text[a]) >= 0 {
		a++
	}
	for b > a && strings.IndexByte(">)]}\"',;:!?", text[b-1]) >= 0 {
		b--
	}
	dot := strings.LastIndexByte(text[a:b], '.')
	if dot <= 0 || !tz.fileExts[strings.ToLower(text[a+dot+1:b])] || strings.ContainsAny(text[a:b], "()<>[]\"") {
		return i, i
	}
	if r, _ := utf8.DecodeLastRuneInString(text[a : a+dot]); !isWordRune(r) {
		return i, i
	}
	return a, b
}

// extensionEnd returns where the ending of a file name written after a closing bracket ends
// ("(GISB draft).doc"), or 0 when none starts at i.
func (tz *Tokenizer) extensionEnd(text string, i, limit int) int {
	if text[i] != '.' || i == 0 || text[i-1] != ')' {
		return 0
	}
	k := i + 1
	for k < limit && isASCIILetter(text[k]) {
		k++
	}
	if k < limit {
		if r, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r) {
			return 0
		}
	}
	if !tz.fileExts[strings.ToLower(text[i+1:k])] {
		return 0
	}
	return k
}

// emoticonEnd returns where an emoticon written against a word or a stop ("family:)", ":-).")
// starting at i ends, or 0 when none starts there. The longest one is taken.
func (tz *Tokenizer) emoticonEnd(text string, i, limit int) int {
	if c := text[i]; c != ':' && c != ';' && c != '<' && c != '^' {
		return 0
	}
	best := 0
	for n := 2; n <= 3 && i+n <= limit; n++ {
		if !tz.emoticons[text[i:i+n]] {
			continue
		}
		if i+n < limit {
			if next, _ := utf8.DecodeRuneInString(text[i+n:]); isWordRune(next) {
				continue
			}
		}
		best = i + n
	}
	return best
}

// hashtagEnd returns where a hashtag or a user name ("#StandWith", "@newsdesk") starting at i
// ends, or 0 when none starts there: a '#' or '@' not inside a word, then letters, digits and
// underscores.
func hashtagEnd(text string, i, limit int) int {
	if text[i] != '#' && text[i] != '@' || i+1 >= limit {
		return 0
	}
	if i > 0 {
		if prev, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(prev) {
			return 0
		}
	}
	if next, _ := utf8.DecodeRuneInString(text[i+1:]); !unicode.IsLetter(next) {
		return 0
	}
	k := i + 1
	for k < limit {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isWordRune(r) {
			break
		}
		k += n
	}
	return k
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}

func isEnd(r rune) bool { return r == '.' || r == '!' || r == '?' }

// backtickS reports whether the backtick at k is written for the apostrophe of a possessive
// ("driver`s license"): an "s" follows and ends the word.
func backtickS(text string, k, limit int) bool {
	if k+1 >= limit || text[k+1] != 's' {
		return false
	}
	if k+2 >= limit {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k+2:])
	return !isWordRune(r)
}

func isSingleQuote(r rune) bool { return r == '\'' || r == '‘' || r == '’' || r == '`' }

// IsWebAddress reports whether a token is a web or mail address ("http://…", "www.…",
// "jane@example.com"), which the tokeniser keeps whole: it names no one in running text.
func IsWebAddress(s string) bool {
	// No letter beyond ASCII folds to "w", so the first four bytes tell as lowering all would.
	if strings.Contains(s, "://") || len(s) >= 4 && strings.EqualFold(s[:4], "www.") {
		return true
	}
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-1 && isWordRune(rune(s[at+1]))
}

// wordEnd finds where the word starting at i ends: letters and digits, with inner dots and
// apostrophes between letters or digits (an abbreviation ends at its stop: "Dec.14th"); commas,
// colons, slashes and hyphens between digits; the hyphen after a prefix that keeps it (before a
// number too when the prefix is longer than two letters: "mid-1980s").
func (tz *Tokenizer) wordEnd(text string, i, limit int) int {
	if k := slashWordEnd(text, i, limit); k > 0 {
		return k
	}
	k := i
	for k < limit {
		r, n := utf8.DecodeRuneInString(text[k:])
		if isWordRune(r) {
			k += n
			continue
		}
		if k+n < limit && k > i {
			next, _ := utf8.DecodeRuneInString(text[k+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:k])
			switch {
			case r == '.' && isWordRune(next) && !lostSpace(text, i, k, limit) && !tz.abbrev[strings.ToLower(text[i:k])]:
				k += n
				continue
			case (r == '\'' || r == '’' || r == '&') && isWordRune(next), r == '`' && backtickS(text, k, limit):
				k += n
				continue
			case (r == ',' || r == ':' || r == '/') && unicode.IsDigit(prev) && unicode.IsDigit(next):
				k += n
				continue
			case r == '-' && unicode.IsDigit(prev) && unicode.IsDigit(next) && numberJoin(text, i, k, limit):
				k += n
				continue
			case r == '-' && (unicode.IsLetter(next) || unicode.IsDigit(next) && k-i >= 3) && tz.prefixes[strings.ToLower(text[i:k])]:
				k += n
				continue
			}
		}
		break
	}
	return k
}

// slashWordEnd returns where a short slashed abbreviation starting at i ends ("w/", "w/o",
// "b/c", "I/S", "f/2": one letter, a slash, at most three letters or digits), or 0 when none
// starts there. The treebanks keep these whole and split longer pairs ("and / or").
func slashWordEnd(text string, i, limit int) int {
	if i+1 >= limit || text[i+1] != '/' || !isASCIILetter(text[i]) || i > 0 && text[i-1] == '/' {
		return 0
	}
	k := i + 2
	for k < limit && k-i-2 < 4 && (isASCIILetter(text[k]) || text[k] >= '0' && text[k] <= '9') {
		k++
	}
	if k-i-2 > 3 {
		return 0
	}
	if k < limit {
		if r, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r) || r == '/' {
			return 0
		}
		if text[k] == '.' && k+1 < limit && text[k+1] >= '0' && text[k+1] <= '9' {
			return 0
		}
	}
	return k
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// lostSpace reports whether the stop at k ends a sentence whose following space the page lost
// ("a day.If you", "about it.Apple's", "by 2021.Masayoshi Son", "SpaceX.Recently"): a capital
// and a lower-case letter follow it, and the part before is longer than two letters or in lower
// case or digits, so that initials and short abbreviations stay whole ("Ph.D", "St.Louis").
func lostSpace(text string, i, k, limit int) bool {
	c, cn := utf8.DecodeRuneInString(text[k+1:])
	if !unicode.IsUpper(c) || k+1+cn >= limit {
		return false
	}
	if l, _ := utf8.DecodeRuneInString(text[k+1+cn:]); !unicode.IsLower(l) {
		return false
	}
	seg := text[i:k]
	if d := strings.LastIndexByte(seg, '.'); d >= 0 {
		seg = seg[d+1:]
	}
	if utf8.RuneCountInString(seg) > 2 {
		return true
	}
	for _, r := range seg {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// numberJoin reports whether the hyphen at k joins the digits around it into one token, as in
// telephone numbers, postcodes and dates ("853-3242", "1-800-991-9019", "77002-1234",
// "2005-03-09", "11-20-2000"), rather than a range ("13 - 17", "400 - 500", "1530 - 1647"):
// three digits before four, one or five before four, a group that another hyphenated group
// follows, or a date's parts.
func numberJoin(text string, i, k, limit int) bool {
	before := 0
	for p := k - 1; p >= i && isDigitByte(text[p]); p-- {
		before++
	}
	after := 0
	for p := k + 1; p < limit && isDigitByte(text[p]); p++ {
		after++
	}
	next := k + 1 + after // the byte after the second group
	if k-before > i && text[k-before-1] == '-' {
		return true // a later group of a number already joined
	}
	if before == 4 && after == 2 && next < limit && text[next] == '-' {
		return true // "2005-03-09"
	}
	if before <= 2 && after <= 2 && digitsAt(text, next+1, limit) == 4 && text[next] == '-' {
		return true // "11-20-2000"
	}
	if after >= 3 && digitsAt(text, next+1, limit) > 0 && text[next] == '-' {
		return true // "1-800-991-9019", "713-853-3989"
	}
	return after == 4 && (before == 1 || before == 3 || before == 5)
}

// digitsAt counts the digits from text[p] on, 0 when p is past limit.
func digitsAt(text string, p, limit int) int {
	n := 0
	for p < limit && isDigitByte(text[p]) {
		n++
		p++
	}
	return n
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// keepStop extends the word text[i:k] over a following full stop when the word is an
// abbreviation, an initial or a dotted acronym.
func (tz *Tokenizer) keepStop(text string, i, k, limit, end int) int {
	// "etc..." keeps its ellipsis whole, but "Inc.." is "Inc." and a full stop.
	if k >= limit || text[k] != '.' || (k+2 < limit && text[k+1] == '.' && text[k+2] == '.') {
		return k
	}
	// The stop that ends the sentence is the sentence's own ("in the U.S.", "and so on etc.").
	if strings.Trim(text[k+1:end], "\"'”’)]") == "" {
		return k
	}
	w := text[i:k]
	first, size := utf8.DecodeRuneInString(w)
	switch {
	case size == len(w) && unicode.IsUpper(first):
		return k + 1
	case strings.Contains(w, ".") && !hasDigit(w):
		return k + 1
	case tz.abbrev[strings.ToLower(w)]:
		return k + 1
	case tz.numbered[strings.ToLower(w)] && numberAfter(text, k+1, end):
		return k + 1
	}
	return k
}

// numberAfter reports whether a number follows text[from:] after white space ("No. 7", "p. 12").
func numberAfter(text string, from, end int) bool {
	for from < end && (text[from] == ' ' || text[from] == '\t') {
		from++
	}
	return from < end && text[from] >= '0' && text[from] <= '9'
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// unitCut returns where the letters begin in a number or a time written with them after it
// ("375mm", "40K", "7:30PM"), or 0.
func unitCut(w string) int {
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || (w[k] == '.' || w[k] == ':') && k > 0) {
		k++
	}
	if k == 0 || k == len(w) || w[k-1] == '.' || w[k-1] == ':' {
		return 0
	}
	for p := k; p < len(w); p++ {
		if !isASCIILetter(w[p]) {
			return 0
		}
	}
	return k
}

// clitics are the endings split off a word, longest first.
var clitics = []string{"n't", "n’t", "'s", "’s", "`s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// appendWord appends the word text[i:k], split into its parts.
func (tz *Tokenizer) appendWord(out []dossier.Token, text string, i, k int) []dossier.Token {
	w := text[i:k]
	lw := strings.ToLower(w)
	if cut := unitCut(w); cut > 0 && tz.units[w[cut:]] {
		return append(out, tok(text, i, i+cut), tok(text, i+cut, k))
	}
	// A short word in capitals is an acronym ("IM"), not a contraction written without its
	// apostrophe.
	if parts, ok := tz.split[lw]; ok && !(len(w) <= 3 && w == strings.ToUpper(w)) {
		for _, p := range parts {
			out = append(out, tok(text, i, i+len(p)))
			i += len(p)
		}
		return out
	}
	if isDecade(lw) {
		return append(out, tok(text, i, k))
	}
	for _, c := range clitics {
		if len(lw) == len(w) && len(lw) > len(c) && strings.HasSuffix(lw, c) {
			cut := k - len(c)
			out = append(out, tok(text, i, cut), tok(text, cut, k))
			return out
		}
	}
	return append(out, tok(text, i, k))
}

// isDecade reports whether w is a decade written with an apostrophe ("80's", "1990's"), one
// plural word rather than a number and a clitic.
func isDecade(w string) bool {
	n, ok := strings.CutSuffix(w, "'s")
	if !ok {
		n, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || (len(n) != 2 && len(n) != 4) || n[len(n)-1] != '0' {
		return false
	}
	for _, c := range []byte(n) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
