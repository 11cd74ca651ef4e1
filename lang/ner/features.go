package ner

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags are the BIO labels the model chooses among, in the order of its weight rows.
var Tags = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nTags = len(Tags)

// tagIndex returns the row of tag, or 0 (O) for a tag outside PER, ORG and LOC.
func tagIndex(tag string) int {
	for i, t := range Tags {
		if t == tag {
			return i
		}
	}
	return 0
}

// allowed reports whether tag b may follow tag a (a == nTags is the sentence start): an I- tag
// only continues a name of its own type.
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true
	}
	return a < nTags && a != 0 && (a+1)/2 == b/2
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// key hashes a feature's parts (FNV-1a, with a separator between parts) to its 64-bit key.
func key(parts ...string) uint64 {
	h := uint64(fnvOffset)
	for i, p := range parts {
		if i > 0 {
			h ^= 0x1f
			h *= fnvPrime
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= fnvPrime
		}
	}
	return h
}

// shape maps a word to its character classes: "Xxxx" → "Xx", "U.S." → "X.X.", "1990" → "d".
func shape(w string) string {
	var buf [24]byte
	return string(appendShape(buf[:0], w))
}

// appendShape appends the shape of w (see shape) to b.
func appendShape(b []byte, w string) []byte {
	last := rune(0)
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		b = utf8.AppendRune(b, c)
		n++
		if n >= 6 {
			break
		}
	}
	return b
}

func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, s := utf8.DecodeRuneInString(w[i:])
		i += s
	}
	return w[:i]
}

func suffix(w string, n int) string {
	i := len(w)
	for k := 0; k < n && i > 0; k++ {
		_, s := utf8.DecodeLastRuneInString(w[:i])
		i -= s
	}
	return w[i:]
}

// input is one sentence as the feature extractor reads it.
type input struct {
	words, upos []string
	// heads and rels are the parse (nil when none): each word's head (-1 for the root) and
	// dependency relation.
	heads []int
	rels  []string
	// noLists leaves out the features of the given-name and place lists, for a model that has no
	// weights for them.
	noLists bool
}

// sentenceCase tells how a sentence writes its words: "lc" when no word is capitalised, "tc" when
// nearly every word is (a headline), "" otherwise.
func sentenceCase(words []string) string {
	letters, caps := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	switch {
	case letters >= 3 && caps == 0:
		return "lc"
	case letters >= 4 && caps*10 >= letters*8:
		return "tc"
	}
	return ""
}

// sentence is what the features of a sentence's words are read from: its words in lower case and
// their shapes, what the vocabulary, the clusters and the lexicon know of each, its runs of
// capitalised words and its case, and which of its parts of speech and parse can be read.
type sentence struct {
	input
	lower, shapes []string
	vv            []byte   // vocabulary entries (see BuildVocab)
	paths         []string // cluster paths (nil without clusters)
	gaz, places   [][]string
	classes       [][]string // each word's own classes in the lexicon (see Lexicon.word)
	runs          []capRun
	sc            string // the sentence's case (see sentenceCase)
	hasPOS        bool   // every word has a part of speech
	parsed        bool   // and a head and relation
	caseOf        []string
}

// readSentence looks up once what the features of in's words need: the lexicon's matches
// (places only when in reads the lists), vocabulary entries and cluster paths.
func (b *featureBuf) readSentence(in input, lex *Lexicon, vocab map[string]byte, cl Clusters) *sentence {
	n := len(in.words)
	s := &sentence{input: in, lower: make([]string, n), shapes: make([]string, n), vv: make([]byte, n)}
	if cl != nil {
		s.paths = make([]string, n)
	}
	for i, w := range in.words {
		s.lower[i] = strings.ToLower(w)
		s.shapes[i] = b.shape(w)
		s.vv[i] = vocab[s.lower[i]]
		if cl != nil {
			s.paths[i] = cl.path(w)
		}
	}
	s.gaz = lex.match(in.words, s.lower)
	s.classes = make([][]string, n)
	for i, w := range in.words {
		s.classes[i] = lex.word(w, s.lower[i])
	}
	if !in.noLists {
		s.places = lex.places().match(in.words, s.lower)
	}
	s.runs = capRuns(in.words, s.lower)
	s.sc = sentenceCase(in.words)
	s.hasPOS = len(in.upos) == n
	for _, u := range in.upos {
		if u == "" {
			s.hasPOS = false
		}
	}
	s.parsed = s.hasPOS && len(in.heads) == n && len(in.rels) == n
	if s.parsed {
		s.caseOf = caseMarkers(in, s.lower)
	}
	return s
}

// features returns the feature keys of every word of a sentence.
func features(in input, lex *Lexicon, vocab map[string]byte, cl Clusters) [][]uint64 {
	return new(featureBuf).features(in, lex, vocab, cl)
}

// featureBuf holds the arrays the feature keys of a sentence are written into, so that sentences
// read one after another, whose keys are dropped once summed, share them.
type featureBuf struct {
	flat []uint64
	ends []int
	out  [][]uint64
	// shapes holds the word shapes met so far, which are few, so that each is made once.
	shapes map[string]string
}

// shape returns the shape of w (see shape), made once for all the words that share it.
func (b *featureBuf) shape(w string) string {
	var buf [24]byte
	sh := appendShape(buf[:0], w)
	if s, ok := b.shapes[string(sh)]; ok {
		return s
	}
	if b.shapes == nil {
		b.shapes = map[string]string{}
	}
	s := string(sh)
	b.shapes[s] = s
	return s
}

// features returns the feature keys of every word of a sentence, in b's arrays: they hold until
// b's next call.
func (b *featureBuf) features(in input, lex *Lexicon, vocab map[string]byte, cl Clusters) [][]uint64 {
	s := b.readSentence(in, lex, vocab, cl)
	n := len(in.words)
	// The words' features are written one after another into one array, and cut apart at the end.
	if cap(b.flat) < 48*n {
		b.flat = make([]uint64, 0, 48*n)
	}
	if cap(b.ends) < n {
		b.ends, b.out = make([]int, n), make([][]uint64, n)
	}
	flat, ends, out := b.flat[:0], b.ends[:n], b.out[:n]
	for i := range in.words {
		flat = s.wordFeatures(flat, i, lex, cl != nil)
		ends[i] = len(flat)
	}
	start := 0
	for i, end := range ends {
		out[i] = flat[start:end:end]
		start = end
	}
	b.flat = flat
	return out
}

// wordFeatures appends to f the features of word i: its own form, shape and affixes, then what
// the vocabulary, its context, its cluster (withClusters), the sentence's case, the parts of
// speech, the parse, the lexicon and the lists say of it.
func (s *sentence) wordFeatures(f []uint64, i int, lex *Lexicon, withClusters bool) []uint64 {
	w, l, sh := s.words[i], s.lower[i], s.shapes[i]
	add := func(parts ...string) { f = append(f, key(parts...)) }
	add("b")
	add("w", l)
	add("W", w)
	add("s", sh)
	add("p2", prefix(l, 2))
	add("p3", prefix(l, 3))
	add("x2", suffix(l, 2))
	add("x3", suffix(l, 3))
	add("x4", suffix(l, 4))
	f = vocabFeatures(f, s.vv, i, sh)
	f = lowerFeatures(f, s.words, s.vv, i, sh, s.sc)
	if i == 0 {
		add("i0s", sh)
		add("i0w", l)
	}
	f = contextFeatures(f, s.lower, s.shapes, i)
	if withClusters {
		f = clusterFeatures(f, s.paths[i])
	}
	if s.sc != "" {
		add("sc", s.sc)
		add("sc s", s.sc, sh)
	}
	if s.hasPOS {
		f = posFeatures(f, s.upos, i, sh)
	}
	if s.parsed {
		f = parseFeatures(f, s.input, s.lower, s.caseOf, i, sh)
	}
	f = lexiconFeatures(f, s.words, s.classes, s.gaz, s.runs, i, sh, s.sc)
	if !s.noLists {
		f = givenFeatures(f, lex, s.lower, i, sh, strconv.FormatBool(capitalised(w)))
		f = placeFeatures(f, s.places, i, sh, capitalised(w))
	}
	return f
}

// posFeatures appends to f the features word i of shape s takes from the parts of speech upos
// of it and its neighbours.
func posFeatures(f []uint64, upos []string, i int, s string) []uint64 {
	add := func(parts ...string) { f = append(f, key(parts...)) }
	add("u", upos[i])
	add("u-1", at(upos, i-1))
	add("u+1", at(upos, i+1))
	add("u s", upos[i], s)
	add("u-1 u u+1", at(upos, i-1), upos[i], at(upos, i+1))
	return f
}

// vocabFeatures appends to f the features word i of shape s takes from the vocabulary entries vv
// of the sentence's words (see BuildVocab): how often it is a proper noun and its commonest part
// of speech, beside its neighbours'.
func vocabFeatures(f []uint64, vv []byte, i int, s string) []uint64 {
	add := func(parts ...string) { f = append(f, key(parts...)) }
	vat := func(i int) byte {
		if i < 0 || i >= len(vv) {
			return 0
		}
		return vv[i]
	}
	v := vclass(vv[i])
	add("v", v)
	add("v s", v, s)
	add("v-1 v v+1", vclass(vat(i-1)), v, vclass(vat(i+1)))
	if i == 0 {
		add("i0v", v, s)
	}
	du := vpos(vv[i])
	add("du", du)
	add("du s", du, s)
	add("du-1 du du+1", vpos(vat(i-1)), du, vpos(vat(i+1)))
	add("du-1 du", vpos(vat(i-1)), du, s)
	return f
}

// lowerFeatures appends to f, for a capitalised word i that the training text mostly writes in
// lower case (vocabLower), where it stands (the sentence's start, a headline, or mid-sentence)
// and whether the capitalised words beside it are such words too: a common word capitalised at
// a sentence start, in a heading or in a title-case phrase ("my Complete and Total Endorsement")
// is seldom a name, and the recogniser learns how seldom from the few the training data has.
func lowerFeatures(f []uint64, words []string, vv []byte, i int, s, sc string) []uint64 {
	if !capitalised(words[i]) || vv[i]&vocabLower == 0 {
		return f
	}
	where := "mid"
	switch {
	case i == 0:
		where = "start"
	case sc == "tc":
		where = "headline"
	}
	next := func(k int) string {
		switch {
		case k < 0 || k >= len(words) || !capitalised(words[k]):
			return "-"
		case vv[k]&vocabLower != 0:
			return "lower"
		}
		return "cap"
	}
	f = append(f, key("lw", where), key("lw s", where, s), key("lw-1 lw+1", next(i-1), next(i+1)))
	return f
}

// contextFeatures appends to f the features word i takes from the words and shapes around it.
func contextFeatures(f []uint64, lower, shapes []string, i int) []uint64 {
	add := func(parts ...string) { f = append(f, key(parts...)) }
	l, s := lower[i], shapes[i]
	add("w-1", at(lower, i-1))
	add("w+1", at(lower, i+1))
	add("w-2", at(lower, i-2))
	add("w+2", at(lower, i+2))
	add("s-1", at(shapes, i-1))
	add("s+1", at(shapes, i+1))
	add("s-1s+1", at(shapes, i-1), s, at(shapes, i+1))
	add("w-1s", at(lower, i-1), s)
	add("s w+1", s, at(lower, i+1))
	add("w-1w", at(lower, i-1), l)
	add("ww+1", l, at(lower, i+1))
	return f
}

// at is s[i], or the sentence's start or end mark when i lies before or after it.
func at(s []string, i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(s) {
		return "</s>"
	}
	return s[i]
}

// caseMarkers returns the case marker ("in", "of", "at") each word of a parsed sentence governs,
// "" for a word that governs none.
func caseMarkers(in input, lower []string) []string {
	n := len(in.words)
	caseOf := make([]string, n)
	for i, h := range in.heads {
		if h >= 0 && h < n && (in.rels[i] == "case" || strings.HasPrefix(in.rels[i], "case:")) {
			caseOf[h] = lower[i]
		}
	}
	return caseOf
}

// parseFeatures appends to f the features word i of shape s takes from the parse: its relation,
// its head word and the head's part of speech, and the case marker it governs (caseOf).
func parseFeatures(f []uint64, in input, lower, caseOf []string, i int, s string) []uint64 {
	add := func(parts ...string) { f = append(f, key(parts...)) }
	rel, hw, hu := in.rels[i], "<root>", "<root>"
	if h := in.heads[i]; h >= 0 && h < len(in.words) {
		hw, hu = lower[h], in.upos[h]
	}
	add("r", rel)
	add("r s", rel, s)
	add("r hw", rel, hw)
	add("r hu", rel, hu)
	add("hw", hw)
	if caseOf[i] != "" {
		add("case", caseOf[i])
		add("case s", caseOf[i], s)
	}
	return f
}

// lexiconFeatures appends to f the features word i of shape s takes from the lexicon: the
// gazetteer entries it and its neighbours stand in (gaz), the place of a capitalised run's last
// word and that word's classes (runs), and its own classes (each word's, in classes); sc is the
// sentence's case.
func lexiconFeatures(f []uint64, words []string, classes, gaz [][]string, runs []capRun, i int, s, sc string) []uint64 {
	add := func(parts ...string) { f = append(f, key(parts...)) }
	w := words[i]
	capf := "false"
	if capitalised(w) {
		capf = "true"
	}
	for _, g := range gaz[i] {
		add("g", g, capf)
		add("g s", g, s)
		if sc != "" {
			add("g sc", g, sc)
		}
	}
	if i > 0 {
		for _, g := range gaz[i-1] {
			add("g-1", g)
		}
	}
	if i+1 < len(words) {
		for _, g := range gaz[i+1] {
			add("g+1", g)
		}
	}
	if runs != nil && runs[i].last >= 0 {
		r := runs[i]
		add("rp", r.pos)
		for _, c := range classes[r.last] {
			add("rl", r.pos, c)
		}
	}
	for _, c := range classes[i] {
		add("g1", c, capf)
	}
	return f
}

// givenFeatures appends to f whether word i of shape s, and the words beside it, are given names
// (the lexicon's given-names list): a person's name starts with one, and the word after one is
// often a surname.
func givenFeatures(f []uint64, lex *Lexicon, lower []string, i int, s, capf string) []uint64 {
	if lex.given(lower[i]) {
		f = append(f, key("gn", capf), key("gn s", s))
	}
	if i > 0 && lex.given(lower[i-1]) {
		f = append(f, key("gn-1", s))
	}
	if i+1 < len(lower) && lex.given(lower[i+1]) {
		f = append(f, key("gn+1", s))
	}
	return f
}

// placeFeatures appends to f the entries of the place lexicon (towns and cities, state
// abbreviations) that word i of shape s and its neighbours stand in (places).
func placeFeatures(f []uint64, places [][]string, i int, s string, isCap bool) []uint64 {
	capf := strconv.FormatBool(isCap)
	for _, g := range places[i] {
		f = append(f, key("pl", g, capf), key("pl s", g, s))
	}
	if i > 0 {
		for _, g := range places[i-1] {
			f = append(f, key("pl-1", g, s))
		}
	}
	if i+1 < len(places) {
		for _, g := range places[i+1] {
			f = append(f, key("pl+1", g, s))
		}
	}
	return f
}

// A vocabulary entry packs how often a word is a proper noun (its class, the low two bits: 1 almost
// never, 2 sometimes, 3 mostly), its commonest universal part of speech (the index in uposList
// plus one, the next five bits) and whether the corpus mostly writes it in lower case (the top
// bit, vocabLower), from a tagged corpus. Zero is an unknown word.
var uposList = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
	"PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

var classNames = [4]string{"0", "1", "2", "3"}

// vocabLower marks a vocabulary entry whose word the corpus writes in lower case at least nine
// times in ten where it stands inside a sentence that capitalises normally (seen there twice or
// more): an ordinary word, whatever its part of speech.
const vocabLower = 0x80

func vclass(v byte) string { return classNames[v&3] }

func vpos(v byte) string {
	if i := int(v>>2) & 31; i > 0 && i <= len(uposList) {
		return uposList[i-1]
	}
	return "?"
}

// BuildVocab gives every lower-cased word seen at least twice in the examples (which must carry
// parts of speech) its class by the share of its occurrences tagged PROPN, its commonest part of
// speech, and whether they mostly write it in lower case (mostlyLower).
func BuildVocab(exs []Example) map[string]byte {
	total, proper := map[string]int{}, map[string]int{}
	pos := map[string]map[int]int{}
	index := map[string]int{}
	for i, u := range uposList {
		index[u] = i + 1
	}
	for _, ex := range exs {
		if len(ex.UPOS) != len(ex.Words) {
			continue
		}
		for i, w := range ex.Words {
			l := strings.ToLower(w)
			total[l]++
			if ex.UPOS[i] == "PROPN" {
				proper[l]++
			}
			if pos[l] == nil {
				pos[l] = map[int]int{}
			}
			pos[l][index[ex.UPOS[i]]]++
		}
	}
	out := map[string]byte{}
	for w, n := range total {
		if n < 2 {
			continue
		}
		var class byte
		switch r := float64(proper[w]) / float64(n); {
		case r >= 0.6:
			class = 3
		case r <= 0.1:
			class = 1
		default:
			class = 2
		}
		best := 0
		for p := 1; p <= len(uposList); p++ {
			if pos[w][p] > pos[w][best] {
				best = p
			}
		}
		out[w] = byte(best)<<2 | class
	}
	for w := range mostlyLower(exs) {
		if v, ok := out[w]; ok {
			out[w] = v | vocabLower
		}
	}
	return out
}

// mostlyLower returns the lower-case words the examples write in lower case at least nine times
// in ten, of two or more times, where they stand after a sentence's first word in a sentence that
// capitalises normally (see sentenceCase): there a capital says a name, or a title.
func mostlyLower(exs []Example) map[string]bool {
	seen, lower := map[string]int{}, map[string]int{}
	for _, ex := range exs {
		if sentenceCase(ex.Words) != "" {
			continue
		}
		for i, w := range ex.Words {
			r, _ := utf8.DecodeRuneInString(w)
			if i == 0 || !unicode.IsLetter(r) {
				continue
			}
			l := strings.ToLower(w)
			seen[l]++
			if w == l {
				lower[l]++
			}
		}
	}
	out := map[string]bool{}
	for w, n := range seen {
		if n >= 2 && lower[w]*10 >= n*9 {
			out[w] = true
		}
	}
	return out
}

// docFeatures returns, for every word of a document's sentences, what a first reading (tags)
// found for the same word elsewhere in the document: the type most often given to it, and
// whether the document also writes it in lower case (an ordinary word) in a sentence that
// capitalises normally.
func docFeatures(sents [][]string, tags [][]string, lex *Lexicon) [][][]uint64 {
	type tally struct {
		types [4]int // O, PER, ORG, LOC among capitalised occurrences
		lower int
	}
	seen := map[string]*tally{}
	// Each word's tally, in the order of the document's words, for the second pass.
	n := 0
	for _, words := range sents {
		n += len(words)
	}
	tallies := make([]*tally, 0, n)
	typeOf := func(tag string) int { return (tagIndex(tag) + 1) / 2 }
	for s, words := range sents {
		sc := sentenceCase(words)
		for i, w := range words {
			l := strings.ToLower(w)
			t := seen[l]
			if t == nil {
				t = &tally{}
				seen[l] = t
			}
			tallies = append(tallies, t)
			if capitalised(w) {
				t.types[typeOf(tags[s][i])]++
			} else if l == w && sc == "" && i > 0 {
				t.lower++
			}
		}
	}
	names := [4]string{"O", "PER", "ORG", "LOC"}
	long := spelledOut(sents, tags, lex)
	out := make([][][]uint64, len(sents))
	for s, words := range sents {
		out[s] = make([][]uint64, len(words))
		for i, w := range words {
			t := tallies[0]
			tallies = tallies[1:]
			counts := t.types
			isCap := capitalised(w)
			if isCap {
				counts[typeOf(tags[s][i])]--
			}
			best := 0
			for k := 1; k < 4; k++ {
				if counts[k] > counts[best] || counts[best] == 0 && counts[k] > 0 {
					best = k
				}
			}
			var f []uint64
			if counts[best] > 0 {
				f = append(f, key("dt", names[best], strconv.FormatBool(isCap)))
				for k := 1; k < 4; k++ {
					if counts[k] > 0 {
						f = append(f, key("dh", names[k]))
					}
				}
			}
			if isCap && t.lower > 0 {
				f = append(f, key("dl"))
			}
			if k, ok := long[w]; ok && acronym(w) {
				f = append(f, key("da", names[k]))
			}
			out[s][i] = f
		}
	}
	return out
}

// acronym reports a word of two to six capital letters.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// spelledOut maps the initials of every run of two or more capitalised words of a document's
// sentences ("Housing Authority of New Orleans" → "HANO", leaving out the lexicon's acronym
// joiners) to the type a first reading (tags) gave the run's first word: an acronym the document
// spells out is read as its long form.
func spelledOut(sents, tags [][]string, lex *Lexicon) map[string]int {
	out := map[string]int{}
	for s, words := range sents {
		for i := range words {
			if !capitalised(words[i]) || acronym(words[i]) {
				continue
			}
			initials := []byte{}
			caps := 0
			for j := i; j < len(words) && len(initials) < 6; j++ {
				w := words[j]
				switch {
				case capitalised(w) && !acronym(w):
					initials = append(initials, w[0])
					caps++
				case lex.joiner(strings.ToLower(w)) && j > i:
					continue
				default:
					j = len(words)
					continue
				}
				if caps >= 2 {
					k := string(initials)
					if out[k] == 0 {
						out[k] = (tagIndex(tags[s][i]) + 1) / 2
					}
				}
			}
		}
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// clusterFeatures adds the prefixes of the word's cluster path: 4, 6, 10 bits and the whole.
func clusterFeatures(f []uint64, p string) []uint64 {
	if p == "" {
		return append(f, key("c?"))
	}

	for _, n := range [...]int{4, 6, 10} {
		if len(p) > n {
			f = append(f, key("c"+strconv.Itoa(n), p[:n]))
		}
	}
	return append(f, key("c", p))
}

// capRun is where a word stands in a run of capitalised words: its place ("B", "I", "E", or "S"
// for a run of one) and the run's last word (-1 outside a run).
type capRun struct {
	pos  string
	last int
}

// runJoiners are the lower-case words that stay inside a run of capitalised words when
// capitalised words stand on both sides ("Bank of X", "X and Y Company").
var runJoiners = map[string]bool{"of": true, "and": true, "&": true, "for": true, "de": true}

// capRuns finds the runs of capitalised words of a sentence that capitalises normally, so that a
// name's first words see its head word ("X Y Holdings", "Law Offices of X Y").
func capRuns(words, lower []string) []capRun {
	if sentenceCase(words) != "" {
		return nil
	}
	n := len(words)
	out := make([]capRun, n)
	for i := range out {
		out[i].last = -1
	}
	for i := 0; i < n; {
		if !capitalised(words[i]) {
			i++
			continue
		}
		j := i
		for j+1 < n {
			switch {
			case capitalised(words[j+1]):
				j++
				continue
			case j+2 < n && runJoiners[lower[j+1]] && capitalised(words[j+2]):
				j += 2
				continue
			}
			break
		}
		for k := i; k <= j; k++ {
			pos := "I"
			switch {
			case i == j:
				pos = "S"
			case k == i:
				pos = "B"
			case k == j:
				pos = "E"
			}
			out[k] = capRun{pos: pos, last: j}
		}
		i = j + 1
	}
	return out
}
