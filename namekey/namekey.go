package namekey

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-project/dossier/lang/en"
)

// Folds selects the letter folds Key applies; All is the default. Single folds can be switched
// off to measure what each one buys.
type Folds uint32

// The folds of a key, applied in this order.
const (
	FoldAbd       Folds = 1 << iota // "Abdul", "Abdel", "Abd al-" → "abd"; "-ullah", "-allah" → "lah"
	FoldDigraphs                    // kh→k, gh→g, th→t, dh→d, sh/ch→x, ph→f, ck→k, dj→j
	FoldQK                          // q→k, c→k
	FoldWV                          // v→w; a word's initial "ou" before a vowel → w
	FoldLongVowel                   // ee, ie, ei→i; oo, ou→u
	FoldDiphthong                   // ai, ay, ey→i before a consonant; ow→aw
	FoldY                           // y after the first letter and before a consonant → i
	FoldEA                          // e→a (a leading e→i)
	FoldOU                          // o→u
	FoldDoubles                     // doubled letters → one
	FoldFinal                       // final -ah, -a (after the folds above: -eh, -e, -ae too); -iyyah, -iyeh, -ia → -iya (first)
	FoldEnglish                     // British endings as American: -ence → -ense, -ise → -ize (first)
	FoldGlide                       // "iy" before another vowel inside the word → "i" (after doubles)

	All = FoldAbd | FoldDigraphs | FoldQK | FoldWV | FoldLongVowel | FoldDiphthong | FoldY |
		FoldEA | FoldOU | FoldDoubles | FoldFinal | FoldEnglish | FoldGlide
)

// FoldNames names each fold, for reports that measure them one by one.
var FoldNames = []struct {
	Fold Folds
	Name string
}{
	{FoldAbd, "abd"}, {FoldDigraphs, "digraphs"}, {FoldQK, "q/k/c"}, {FoldWV, "w/v"},
	{FoldLongVowel, "long vowels"}, {FoldDiphthong, "diphthongs"}, {FoldY, "y/i"},
	{FoldEA, "e/a"}, {FoldOU, "o/u"}, {FoldDoubles, "doubles"}, {FoldFinal, "final -a/-ah"},
	{FoldEnglish, "British/American endings"}, {FoldGlide, "iy/i glide"},
}

// nisbaEnding writes the ending "-iyyah", "-iyeh", "-ia" … of a word as "-iya" when a consonant
// stands before it and at least four letters do: "Shamiyyah" and "Shamia", "Sulaimaniyeh" and
// "Sulimaniah" end alike. After a vowel ("Kinaiya") the 'y' is a consonant of the name.
func (k *Keyer) nisbaEnding(w string) string { return k.nisbaAfter(w, 4) }

// nisbaAfter writes a word's nisba ending as "-iya" when a consonant and at least stem letters
// stand before it.
func (k *Keyer) nisbaAfter(w string, stem int) string {
	for _, e := range k.lists.Nisba {
		n := len(w) - len(e[0])
		if n >= stem && strings.HasSuffix(w, e[0]) && !isVowel(w[n-1]) {
			return w[:n] + e[1]
		}
	}
	return w
}

// ShortNisba writes the ending "-ia", "-iyeh", "-ya" … of a folded word as "-iya" when a
// consonant and at least three letters stand before it, as nisbaEnding does for longer words:
// the short words it leaves alone ("Badia", "Badiya") are the spellings of one name as often
// as not, and callers that hold other evidence may compare them so.
func (k *Keyer) ShortNisba(w string) string { return k.nisbaAfter(w, 3) }

// americanEnding writes a word's British ending the American way ("defence" → "defense"),
// when at least three letters stand before it.
func (k *Keyer) americanEnding(w string) string {
	for _, e := range k.lists.English {
		if len(w) >= len(e[0])+3 && strings.HasSuffix(w, e[0]) {
			return w[:len(w)-len(e[0])] + e[1]
		}
	}
	return w
}

// Lists are the word lists a Keyer uses to recognise the parts of a name that are not names,
// and the endings it rewrites.
type Lists struct {
	Titles      map[string]bool // honorifics and ranks before a name
	Articles    map[string]bool // al-, el-, ash- …
	Patronymics map[string]bool // bin, ibn …
	Joiners     map[string]bool // abu, umm …: form one name with the next word
	DinApart    map[string]bool // din, deen …: after an article, the end of a compound "X al-Din"
	DinSolid    []string        // eddin, uddin …: the end of a compound run into one word, longest first
	English     [][2]string     // British endings and their American spellings, longest first
	Nisba       [][2]string     // spellings of the ending "-iyya" and the one they are keyed as, longest first
	AbdWords    map[string]bool // abd, abdel …: "Abd" written before the rest of a compound name
	AbdPrefixes []string        // abdoul, abdul …: "Abd" run into the rest, in the order they are tried
	Allah       map[string]bool // allah, ullah …: the spellings of "Allah" after "Abd"
}

// Keyer parses names into keyed tokens. It is read-only after construction and safe for
// concurrent use.
type Keyer struct {
	lists Lists
	folds Folds
}

// New returns a Keyer with the embedded word lists and all folds.
func New() *Keyer {
	k, err := NewWith(All)
	if err != nil {
		// The embedded lists are part of the binary; failing to read them is a build defect.
		panic(err)
	}
	return k
}

// NewWith returns a Keyer with the embedded word lists and the given folds.
func NewWith(f Folds) (*Keyer, error) { return NewFrom(en.Embedded(), f) }

// Files names the files of the language data a Keyer reads (lang/en/data, and a --data folder's
// files of the same names), so that callers can tell when they change.
func Files() []string {
	return []string{"namekey-titles", "namekey-articles", "namekey-patronymics", "namekey-joiners",
		"namekey-din", "namekey-english-endings", "namekey-nisba-endings", "namekey-abd"}
}

// NewFrom returns a Keyer with the word lists of the language data d and the given folds.
func NewFrom(d *en.Data, f Folds) (*Keyer, error) {
	var l Lists
	var err error
	l.Titles = readList(d, "namekey-titles")
	l.Articles = readList(d, "namekey-articles")
	l.Patronymics = readList(d, "namekey-patronymics")
	l.Joiners = readList(d, "namekey-joiners")
	din, err := readKinds(d, "namekey-din", "apart", "solid")
	if err != nil {
		return nil, err
	}
	l.DinApart, l.DinSolid = set(din["apart"]), din["solid"]
	// The end of a compound run into one word is cut off longest first.
	sort.Slice(l.DinSolid, func(i, j int) bool { return len(l.DinSolid[i]) > len(l.DinSolid[j]) })
	abd, err := readKinds(d, "namekey-abd", "word", "prefix", "allah")
	if err != nil {
		return nil, err
	}
	l.AbdWords, l.AbdPrefixes, l.Allah = set(abd["word"]), abd["prefix"], set(abd["allah"])
	if l.English, err = readEndings(d, "namekey-english-endings"); err != nil {
		return nil, err
	}
	if l.Nisba, err = readEndings(d, "namekey-nisba-endings"); err != nil {
		return nil, err
	}
	return &Keyer{lists: l, folds: f}, nil
}

// readEndings reads the pairs of endings of the named file, longest first.
func readEndings(d *en.Data, name string) ([][2]string, error) {
	var out [][2]string
	for _, row := range d.Rows(name) {
		if len(row) != 2 {
			return nil, fmt.Errorf("namekey: read %s: want ending<TAB>written as: %q", name, strings.Join(row, "\t"))
		}
		out = append(out, [2]string{row[0], row[1]})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i][0]) > len(out[j][0]) })
	return out, nil
}

// readKinds reads a file whose lines are a kind, a tab and spellings: the folded spellings of
// each kind, in the order the lines give them. A kind not among kinds is an error.
func readKinds(d *en.Data, name string, kinds ...string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, row := range d.Rows(name) {
		if !slices.Contains(kinds, row[0]) {
			return nil, fmt.Errorf("namekey: read %s: unknown kind %q", name, row[0])
		}
		if len(row) > 1 {
			for _, w := range strings.Fields(row[1]) {
				out[row[0]] = append(out[row[0]], Fold(w))
			}
		}
	}
	return out, nil
}

// set returns the words as a set.
func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// readList reads the words of the named list, folded.
func readList(d *en.Data, name string) map[string]bool {
	m := map[string]bool{}
	for _, w := range d.Entries(name) {
		m[Fold(w)] = true
	}
	return m
}

// Fold lower-cases s, removes diacritics, apostrophes, ayn and hamza signs and dots ("U.S." →
// "us"), and turns every other character that is not a letter, digit, hyphen or space into a
// space.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldRunes(s)
}

// foldRunes folds s as Fold does, character by character, whatever its characters.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '`' || r == '’' || r == '‘' || r == 'ʿ' || r == 'ʾ' || r == 'ʼ' || r == '.':
			continue
		case r == '-' || r == '‐' || r == '‑' || r == '–':
			b.WriteByte('-')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			switch r {
			case 'ı', 'İ':
				r = 'i'
			case 'ł', 'Ł':
				r = 'l'
			case 'ø', 'Ø':
				r = 'o'
			case 'đ', 'Đ':
				r = 'd'
			case 'ß':
				b.WriteString("ss")
				continue
			case 'æ', 'Æ':
				b.WriteString("ae")
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// foldASCII folds s as Fold does when s is all ASCII, where no character decomposes and the
// letters and digits are the ASCII ones; it reports false on any other byte. A string that folds
// to itself is returned as it is, without a copy.
func foldASCII(s string) (string, bool) {
	same := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-':
		default:
			same = false
		}
	}
	if same {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'' || c == '`' || c == '.':
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, ' ')
		}
	}
	return string(b), true
}

// Particle kinds kept on a token.
const (
	Article    = "al"  // the token was preceded by al-, el-, ash- …
	Patronymic = "bin" // the token was preceded by bin, ibn …
)

// Token is one word (or joined pair, "Abu Bakr") of a name.
type Token struct {
	Text     string // folded text as written, particles and joined words included
	Key      string // transliteration key
	Long     string // the key before the fold of a final -a/-ah, for similarity of short words
	Particle string // Article, Patronymic or ""
	// Compound is set when the word is written joined by a hyphen to another name word, not a
	// particle ("Anne-Marie", "Smith-Jones"): one half of such a pair is not a name on its own.
	Compound bool
}

// Name is a parsed name: its keyed tokens in order, titles and particles removed.
type Name struct {
	Tokens []Token
}

// Keys returns the tokens' keys in order.
func (n Name) Keys() []string {
	ks := make([]string, len(n.Tokens))
	for i, t := range n.Tokens {
		ks[i] = t.Key
	}
	return ks
}

// String is the keys joined by spaces: two names with the same String are the same name to
// every fold.
func (n Name) String() string { return strings.Join(n.Keys(), " ") }

type piece struct {
	text    string // folded
	lower   bool   // written in lower case
	hyphen  bool   // a hyphen follows it inside the same word
	wordEnd bool
}

func split(name string) []piece {
	var ps []piece
	for _, w := range strings.Fields(name) {
		parts := strings.Split(w, "-")
		var kept []piece
		for i, p := range parts {
			f := strings.TrimSpace(Fold(p))
			for _, sub := range strings.Fields(f) {
				kept = append(kept, piece{text: sub, lower: p == strings.ToLower(p), hyphen: i < len(parts)-1})
			}
		}
		if len(kept) > 0 {
			kept[len(kept)-1].wordEnd = true
			kept[len(kept)-1].hyphen = false
		}
		ps = append(ps, kept...)
	}
	return ps
}

// Parse splits a name into keyed tokens.
func (k *Keyer) Parse(name string) Name {
	ps := split(name)
	// Titles before the name, as long as a name remains, with an article written before one
	// ("al-Sheikh Maqsoud" is "Sheikh Maqsoud").
	for {
		switch {
		case len(ps) > 1 && k.lists.Titles[ps[0].text]:
			ps = ps[1:]
			continue
		case len(ps) > 2 && ps[0].hyphen && k.lists.Articles[ps[0].text] && k.lists.Titles[ps[1].text]:
			ps = ps[2:]
			continue
		}
		break
	}
	var n Name
	particle := ""
	prefix := "" // a joiner or an "abd" waiting for the word it belongs to
	prefixText := ""
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		last := i == len(ps)-1
		if !last && k.lists.Articles[p.text] && (p.text == "al" || p.text == "el" || p.hyphen || p.lower || assimilated(p.text, ps[i+1].text)) {
			if particle == "" {
				particle = Article
			}
			prefixText += p.text + "-"
			continue
		}
		if !last && i > 0 && k.lists.Patronymics[p.text] && prefix == "" {
			particle = Patronymic
			continue
		}
		if !last && prefix == "" && k.folds&FoldAbd != 0 && k.lists.AbdWords[p.text] {
			prefix, prefixText = "abd", prefixText+p.text+" "
			continue
		}
		if !last && prefix == "" && k.lists.Joiners[p.text] {
			prefix, prefixText = "abu", prefixText+p.text+" "
			if k.keyWith(p.text, All) == "um" { // "Umm", "Um", "Oum"
				prefix = "um"
			}
			continue
		}
		if len(n.Tokens) > 0 && prefix == "" && k.dinEnd(p.text, particle == Article) {
			// "Nour al-Din", "Nour Eddin": the end of the name before.
			t := &n.Tokens[len(n.Tokens)-1]
			t.Text += " " + prefixText + p.text
			t.Key, t.Long = t.Key+dinKey, t.Long+dinKey
			particle, prefixText = "", ""
			continue
		}
		w, pre := p.text, prefix
		if prefix == "abd" {
			w, pre = "abd"+k.abdRest(p.text), ""
		}
		w, din := k.dinWord(w)
		key := pre + k.keyWith(w, k.folds) + din
		long := pre + k.keyWith(w, k.folds&^FoldFinal) + din
		compound := p.hyphen || i > 0 && ps[i-1].hyphen && prefixText == "" && pre == "" && particle == ""
		n.Tokens = append(n.Tokens, Token{Text: prefixText + p.text, Key: key, Long: long, Particle: particle, Compound: compound})
		particle, prefix, prefixText = "", "", ""
	}
	return n
}

// assimilated reports whether a form of the article written a- apart and capitalised ends in
// the consonant the next word begins with, as the article assimilated to it is written ("As
// Suwayda", "Ash Shaykh", "Ar Raqqah"): otherwise a capitalised "As", "An" or "Ash" is an
// English word or a given name ("Ash Carter"), and "Ed" one ("Ed Davey").
func assimilated(article, next string) bool {
	c := article[1:]
	return article[0] == 'a' && c != "l" && c != "" && len(next) > len(c) && strings.HasPrefix(next, c)
}

// dinKey is the key the end of a compound "X al-Din" adds to the key of its first half.
const dinKey = "din"

// dinEnd reports whether a folded word ends a compound "X al-Din" begun by the word before: a
// spelling of "Din" after an article, or one with the article run in ("Eddin").
func (k *Keyer) dinEnd(w string, afterArticle bool) bool {
	return afterArticle && k.lists.DinApart[w] || !afterArticle && slices.Contains(k.lists.DinSolid, w)
}

// dinWord splits a folded word written as one compound "X al-Din" ("Nureddin") into its first
// half and dinKey; any other word it returns whole, with "".
func (k *Keyer) dinWord(w string) (string, string) {
	for _, end := range k.lists.DinSolid {
		if base, ok := strings.CutSuffix(w, end); ok && len(base) >= 3 {
			return base, dinKey
		}
	}
	return w, ""
}

// abdRest normalises the word after "abd": the forms of Allah become one.
func (k *Keyer) abdRest(w string) string {
	if k.lists.Allah[w] {
		return "lah"
	}
	return w
}

// Key returns the transliteration key of one folded word (see Fold) with the Keyer's folds.
func (k *Keyer) Key(word string) string { return k.keyWith(word, k.folds) }

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// KeyWith returns the key of one folded word with the given folds (not k's) and k's endings.
// The folds are applied in a fixed order, each to what the one before left: digraphs must be
// one letter before long vowels are read, and doubled letters are dropped only once all the
// letters have been folded.
func (k *Keyer) KeyWith(w string, f Folds) string { return k.keyWith(w, f) }

// keyWith returns the key of one folded word with the given folds and k's endings.
func (k *Keyer) keyWith(w string, f Folds) string {
	if w == "" {
		return ""
	}
	if f&FoldEnglish != 0 {
		w = k.americanEnding(w)
	}
	if f&FoldAbd != 0 {
		w = k.foldAbdPrefix(w)
	}
	if f&FoldFinal != 0 {
		w = k.nisbaEnding(w)
	}
	b := []byte(w)
	if f&FoldDigraphs != 0 {
		b = pairs(b, digraph)
	}
	if f&FoldQK != 0 {
		b = letters(b, 'q', 'k')
		b = letters(b, 'c', 'k')
	}
	if f&FoldWV != 0 {
		b = initialOu(letters(b, 'v', 'w'))
	}
	if f&FoldLongVowel != 0 {
		b = pairs(b, longVowel)
	}
	if f&FoldDiphthong != 0 {
		b = foldDiphthongs(b)
	}
	if f&FoldY != 0 {
		foldConsonantY(b)
	}
	if f&FoldEA != 0 {
		foldEA(b)
	}
	if f&FoldOU != 0 {
		b = letters(b, 'o', 'u')
	}
	if f&FoldDoubles != 0 {
		b = dropDoubles(b)
	}
	if f&FoldGlide != 0 {
		b = dropGlide(b)
	}
	if f&FoldFinal != 0 {
		b = dropFinal(b)
	}
	return string(b)
}

// foldAbdPrefix spells a word written as one with an "abd" prefix ("abdul…", "abdel…") as "abd"
// and the normalised rest, so that it keys like the same name written in two words.
func (k *Keyer) foldAbdPrefix(w string) string {
	for _, p := range k.lists.AbdPrefixes {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 3 {
			return "abd" + k.abdRest(w[len(p):])
		}
	}
	return w
}

// foldDiphthongs writes "ay"/"ey" before a consonant and "ai" as 'i', and "ow" before a
// consonant as "aw": the spellings of one diphthong. An "ae" inside a word before a consonant is
// the same 'i' after a hamza or ayn ("Qaeda", "Qaida"; "Raed", "Raid").
func foldDiphthongs(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		c := b[i]
		if i+1 < len(b) {
			nxt := b[i+1]
			beforeCons := i+2 >= len(b) || !isVowel(b[i+2])
			switch {
			case (c == 'a' || c == 'e') && nxt == 'y' && beforeCons:
				out = append(out, 'i')
				i++
				continue
			case c == 'a' && nxt == 'i', c == 'a' && nxt == 'e' && beforeCons && i > 0:
				out = append(out, 'i')
				i++
				continue
			case c == 'o' && nxt == 'w' && beforeCons:
				out = append(out, 'a', 'w')
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// foldConsonantY writes a 'y' that is not a word's first letter and no vowel follows as 'i',
// in place: there it is the vowel, spelt either way.
func foldConsonantY(b []byte) {
	for i := 1; i < len(b); i++ {
		if b[i] == 'y' && (i+1 >= len(b) || !isVowel(b[i+1])) {
			b[i] = 'i'
		}
	}
}

// foldEA writes 'e' as 'i' at a word's start and as 'a' elsewhere, in place: the short vowels
// that transliterations write either way.
func foldEA(b []byte) {
	for i := range b {
		if b[i] == 'e' {
			if i == 0 {
				b[i] = 'i'
			} else {
				b[i] = 'a'
			}
		}
	}
}

// dropDoubles writes a doubled letter once, into a new slice.
func dropDoubles(b []byte) []byte {
	out := b[:0:0]
	for i, c := range b {
		if i > 0 && b[i-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dropGlide drops the glide 'y' between an 'i' inside a word and the vowel after it, into a new
// slice: a romanisation writes it or leaves it out ("Jamiyat", "Jamiat"; "Bakhtiyar",
// "Bakhtiar"), or writes it before the 'i' ("Jamyiat"). A word's final "-iya" or "-iyah" is left
// to the nisba ending, which tells "Kinaiya" from "Kinia".
func dropGlide(b []byte) []byte {
	out := b[:0:0]
	for i, c := range b {
		if c == 'y' && i > 1 && glideVowel(b, i) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// glideVowel reports whether the 'y' at i of b stands between an 'i' and another vowel that is
// not the word's final vowel: "iya" after an 'i', or "yia" after a consonant.
func glideVowel(b []byte, i int) bool {
	v := i + 1
	switch {
	case b[i-1] == 'i':
	case !isVowel(b[i-1]) && v < len(b) && b[v] == 'i':
		v++
	default:
		return false
	}
	if v >= len(b) || !isVowel(b[v]) || b[v] == 'i' {
		return false
	}
	rest := b[v+1:]
	return len(rest) > 1 || len(rest) == 1 && rest[0] != 'h'
}

// dropFinal drops a final "ah" from words over four letters, then a final 'a' from words over
// three, the endings transliterations add or leave out.
func dropFinal(b []byte) []byte {
	if len(b) > 4 && b[len(b)-2] == 'a' && b[len(b)-1] == 'h' {
		b = b[:len(b)-2]
	}
	if len(b) > 3 && b[len(b)-1] == 'a' {
		b = b[:len(b)-1]
	}
	return b
}

func letters(b []byte, from, to byte) []byte {
	for i := range b {
		if b[i] == from {
			b[i] = to
		}
	}
	return b
}

// initialOu writes a word's initial "ou" before a vowel as 'w', the French spelling of waw
// ("Ouadi", "Wadi"; "Ouardi", "Wardi").
func initialOu(b []byte) []byte {
	if len(b) > 2 && b[0] == 'o' && b[1] == 'u' && isVowel(b[2]) {
		return append(b[:0], append([]byte{'w'}, b[2:]...)...)
	}
	return b
}

// digraph folds consonant pairs to one letter ('x' stands for sh).
func digraph(a, b byte) byte {
	switch {
	case b == 'h':
		switch a {
		case 'p':
			return 'f'
		case 'c', 's':
			return 'x'
		case 'k':
			return 'k'
		case 'g':
			return 'g'
		case 't':
			return 't'
		case 'd':
			return 'd'
		}
	case a == 'c' && b == 'k':
		return 'k'
	case a == 'd' && b == 'j':
		return 'j' // the French spelling of jim ("Djemila", "Jemila")
	}
	return 0
}

// longVowel folds the spellings of long vowels to one letter.
func longVowel(a, b byte) byte {
	switch {
	case a == 'e' && b == 'e', a == 'i' && b == 'e', a == 'e' && b == 'i':
		return 'i'
	case a == 'o' && (b == 'o' || b == 'u'):
		return 'u'
	}
	return 0
}

// pairs replaces two-letter sequences left to right, without re-reading what it wrote.
func pairs(b []byte, fold func(a, b byte) byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if i+1 < len(b) {
			if r := fold(b[i], b[i+1]); r != 0 {
				out = append(out, r)
				i++
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

// Loose writes a key's 'g' as 'k': the letters by which romanisations of one Arabic consonant
// differ most, qaf written q, k or g ("Qaddafi", "Kadhafi", "Gaddafi") and ghayn g or gh. Key
// keeps them apart, for in English names they are different letters ("Gold", "Kold"); two keys
// equal only once loosened are a clue that other evidence must confirm, never a match alone.
func Loose(key string) string {
	if !strings.ContainsRune(key, 'g') {
		return key
	}
	return strings.ReplaceAll(key, "g", "k")
}

// Jim writes a key's 'g' as 'j', and a "gu" before 'e' or 'i' (where the 'u' only marks the
// 'g' hard) as 'j' too: Egyptian romanisations write the letter jim 'g' ("Gamal", "Naguib",
// "Hegazi"), others 'j' ("Jamal", "Najib", "Hijazi"). Like Loose, two keys equal only once so
// written are a clue that other evidence must confirm: in English names 'g' and 'j' are other
// letters ("Gill", "Jill").
func Jim(key string) string {
	if !strings.ContainsRune(key, 'g') {
		return key
	}
	b := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if key[i] != 'g' {
			b = append(b, key[i])
			continue
		}
		b = append(b, 'j')
		if i+2 < len(key) && key[i+1] == 'u' && (key[i+2] == 'i' || key[i+2] == 'e') {
			i++
		}
	}
	return string(b)
}

// Skeleton is a coarser key for blocking: the key's first letter and its consonants.
func Skeleton(key string) string {
	if key == "" {
		return ""
	}
	b := []byte{key[0]}
	for i := 1; i < len(key); i++ {
		if !isVowel(key[i]) {
			b = append(b, key[i])
		}
	}
	return string(b)
}

// Similarity is the Jaro-Winkler similarity of two keys, from 0 (nothing shared) to 1 (equal).
func Similarity(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(la, lb)/2 - 1
	win = max(win, 0)
	ma := make([]bool, la)
	mb := make([]bool, lb)
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-win), min(lb-1, i+win)
		for j := lo; j <= hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			t++
		}
		j++
	}
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	p := 0
	for p < min(4, la, lb) && ra[p] == rb[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}

// minJoinedRest is the letters a word needs after a joiner written solid before it ("Bukamal")
// is read as the joiner and a name: shorter rests are as often one word ("Busra").
const minJoinedRest = 4

// SolidJoiner splits a folded word that begins with a joiner written solid ("bukamal",
// "albukamal": "bu", "albu" and "kamal"), the longest joiner first, into the joiner and the
// word after it, which must have minJoinedRest letters or more. ok is false for other words.
// Parse keys the joiner written apart and the word as one token ("Abu Kamal"), whose key is
// that of the two written apart.
func (k *Keyer) SolidJoiner(w string) (joiner, rest string, ok bool) {
	for j := range k.lists.Joiners {
		if len(j) > len(joiner) && strings.HasPrefix(w, j) && len(w)-len(j) >= minJoinedRest && !strings.ContainsRune(w, ' ') {
			joiner = j
		}
	}
	if joiner == "" {
		return "", "", false
	}
	return joiner, w[len(joiner):], true
}
