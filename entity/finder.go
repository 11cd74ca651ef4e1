package entity

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/ner"
)

// Finder finds the mentions and labels of one document. It holds only read-only knowledge, so one
// Finder may analyse many documents at once.
type Finder struct {
	g   *Gazetteer
	ner *ner.Tagger
}

// New returns a Finder using the gazetteer g and the shipped name recogniser; a nil g means the
// embedded data alone.
func New(g *Gazetteer) *Finder {
	if g == nil {
		var err error
		g, err = LoadGazetteer()
		if err != nil {
			// The embedded data is part of the build; failing to read it is a broken build.
			panic(fmt.Sprintf("entity: embedded gazetteer: %v", err))
		}
	}
	t, err := ner.New(g.Lexicon())
	if err != nil {
		panic(fmt.Sprintf("entity: %v", err)) // the shipped model is part of the build too
	}
	return NewWith(g, t)
}

// NewWith returns a Finder using the gazetteer g and the name recogniser t (nil: none, names come
// from capitalisation and the gazetteer alone).
func NewWith(g *Gazetteer, t *ner.Tagger) *Finder {
	return &Finder{g: g, ner: t}
}

// cand is one mention found, before chains are numbered.
type cand struct {
	start, end int // bytes
	a, b       int // tokens [a, b) the mention lies in
	title      string
	gaz        entry
	hasGaz     bool
	words      []string // normalised words
	votes      map[dossier.EntityType]int
	place      int  // the votes for a place among votes that prepositions of place gave
	shapeOrg   int  // the votes for a body among votes that an acronym's shape alone gave
	acts       bool // the parse reads the name as the subject of a verb
	subject    bool // the parse reads the name as the subject of its clause, active or passive
	quoted     bool // the name lies inside quotation marks
	shop       bool // an unknown name written with its "'s" and nothing owned after it ("X's, published")
}

// doc is the working state of one analysis.
type doc struct {
	kin      map[string]bool // family names two people of the page bear in full (see kinFamilies)
	f        *Finder
	g        *Gazetteer
	text     string
	toks     []tok
	nw       [][]string   // normalised words of each token
	low      []string     // lower-case text of each token
	name     []int8       // nameTok cache: 0 unknown, 1 yes, -1 no
	tc       []int        // candidate covering each token, or -1 (set before labels)
	headline map[int]bool // sentence indexes written in headline case
	capsLine map[int]bool // headlines written all in capitals, where a word's capitals say nothing
	headCaps map[int]bool // sentences on a heading line (own or headline case) with every word but function words capitalised
	lowSeen  map[string]bool
	capMid   map[string]bool
	capAlone map[string]bool
	midRuns  map[string]bool // keys of names written in mid-sentence (see evidence)
	midWords map[string]bool // the words of those names
	runWords map[string]bool // the words of every name of two words or more outside headlines
	runLast  map[string]bool // the last words of those names
	family   map[string]bool // the last words of those names with a given name before them
	cut      map[int]bool    // tokens that close their run (a possessive that lost its apostrophe)
	opened   map[int]bool    // tokens a name starts at once ordinary words opening the sentence went
	pub      string          // the key of the document's publisher, "" when unknown
	cands    []*cand
	links    [][2]int // explicit links between candidates (parenthetical aliases)
	labels   []lab
	recog    []recognised    // names the recogniser found
	outside  []float64       // per token: the recogniser's probability that it is in no name; nil without one
	heading  []string        // the normalised words of the document's title and standfirst
	lowVerbs map[string]bool // words written in lower case where the parse reads a verb (see lowVerb)
}

type lab struct {
	start, end int
	cand       int
}

// Analyze fills a.Mentions and a.Labels from a.Doc.Text.
func (f *Finder) Analyze(a *dossier.Analysis) error {
	if a == nil {
		return fmt.Errorf("entity analyze: nil analysis")
	}
	if !utf8.ValidString(a.Doc.Text) {
		return fmt.Errorf("entity analyze %s: %w", a.Doc.ID, dossier.ErrEncoding)
	}
	d := &doc{f: f, g: f.g, text: a.Doc.Text}
	if a.Doc.Publisher != "" {
		d.pub = d.g.w.key(d.g.w.formToks(a.Doc.Publisher))
	}
	d.toks = d.g.w.docToks(d.text, a.Parse)
	d.nw = make([][]string, len(d.toks))
	d.low = make([]string, len(d.toks))
	d.name = make([]int8, len(d.toks))
	for i := range d.toks {
		d.nw[i] = d.g.w.normWords(d.toks[i : i+1])
		d.low[i] = lowerWord(d.toks[i].text)
	}
	d.sentences(a.Doc.Sentences)
	d.possessives()
	if f.ner != nil {
		d.recognise(a.Parse, f.ner.Read(a))
	}
	d.evidence()
	d.opened = map[int]bool{}
	d.findRuns()
	d.joinNicknames()
	d.joinOwnedHeads()
	d.joinShopNames()
	d.caseNames()
	d.quoteRows()
	d.dropUnnamed()
	d.dropOrdinary()
	d.dropEpithets()
	d.forceMentions()
	d.parentheticals()
	d.findLabels()
	d.parseLabels(a.Parse)
	d.prelimTypes()
	d.placeVotes(a.Parse)
	d.personVerbVotes(a.Parse)
	d.ownerVotes(a.Parse)
	d.coordinated()
	d.roles(a.Parse, a.Doc.Title+"\n"+a.Doc.Standfirst)
	chains, types := d.chain()
	keep := d.keepAll()
	d.dropBareWords(keep, chains, types)
	d.dropHolidayParts(keep)
	d.dropCommonHeadings(keep, chains, types)
	d.widenNumbered(keep, chains, types)
	other := foreign(a.Doc.Language)
	if other {
		keep, chains, types = d.keepKnown()
		d.labels = nil // label patterns are English grammar
	}
	typeOf := func(i int) dossier.EntityType { return types[chains[i]] } // by the chain before renumbering
	kept := renumber(chains, keep)
	a.Mentions = a.Mentions[:0]
	for i, c := range d.cands {
		if !keep[i] {
			continue
		}
		title := c.title
		if other {
			title = "" // titles and ranks are English words
		}
		a.Mentions = append(a.Mentions, dossier.Mention{
			Span:  dossier.Span{Start: c.start, End: c.end},
			Text:  d.text[c.start:c.end],
			Type:  typeOf(i),
			Title: title,
			Chain: kept[i],
		})
	}
	d.writeLabels(a, kept)
	return nil
}

// writeLabels fills a.Labels from the labels found, each once, on the chains as renumbered
// (kept), in the order of the text; labels that only tell a time are left out.
func (d *doc) writeLabels(a *dossier.Analysis, kept []int) {
	a.Labels = a.Labels[:0]
	seen := map[[3]int]bool{}
	for _, l := range d.labels {
		k := [3]int{l.start, l.end, kept[l.cand]}
		if seen[k] || l.end <= l.start || d.g.w.timeLabel(d.text[l.start:l.end]) {
			continue
		}
		seen[k] = true
		a.Labels = append(a.Labels, dossier.Label{
			Span:  dossier.Span{Start: l.start, End: l.end},
			Text:  d.text[l.start:l.end],
			Chain: kept[l.cand],
		})
	}
	sort.SliceStable(a.Labels, func(i, j int) bool { return a.Labels[i].Start < a.Labels[j].Start })
}

// AnyLanguage reports that the stage runs over documents in any language: over one not in
// English it keeps only the names the gazetteer knows (see foreign).
func (f *Finder) AnyLanguage() bool { return true }

// foreign reports whether a document is known to be written in a language other than English.
// The capitalisation rules and cue words that find and type names are English ones (German
// capitalises every noun), so in such a document only the names the gazetteer knows are kept,
// with the gazetteer's type.
func foreign(lang string) bool {
	return lang != "" && lang != "en" && lang != "und"
}

func (d *doc) keepAll() []bool {
	keep := make([]bool, len(d.cands))
	for i := range keep {
		keep[i] = true
	}
	return keep
}

// keepKnown keeps the gazetteer's names alone: each candidate that is one, in one chain per
// known entity, typed as the gazetteer types it. It returns what to keep, the chain of each
// candidate and the type of each chain.
func (d *doc) keepKnown() ([]bool, []int, map[int]dossier.EntityType) {
	keep := make([]bool, len(d.cands))
	chains := make([]int, len(d.cands))
	types := map[int]dossier.EntityType{}
	byGaz := map[int]int{}
	for i, c := range d.cands {
		if !c.hasGaz {
			continue
		}
		keep[i] = true
		first, ok := byGaz[c.gaz.id]
		if !ok {
			first = i
			byGaz[c.gaz.id] = i
			types[i] = c.gaz.typ
		}
		chains[i] = first
	}
	return keep, chains, types
}

// renumber numbers the kept chains from 0 in order of first mention again.
func renumber(chains []int, keep []bool) []int {
	next := map[int]int{}
	out := make([]int, len(chains))
	for i, c := range chains {
		if !keep[i] {
			out[i] = -1
			continue
		}
		n, ok := next[c]
		if !ok {
			n = len(next)
			next[c] = n
		}
		out[i] = n
	}
	return out
}

// sentences numbers the tokens by sentence, from the given boundaries or, when there are none,
// from sentence-final punctuation and line breaks; it also marks sentence- and line-initial words
// and the sentences written in headline case.
func (d *doc) sentences(spans []dossier.Span) {
	if len(spans) > 0 {
		d.sentencesFromSpans(spans)
	} else {
		d.sentencesFromMarks()
	}
	d.markInitials()
	d.datelines()
	d.findHeadlines()
}

// sentencesFromSpans numbers each token by the given sentence it starts in; tokens past the last
// boundary belong to the last sentence.
func (d *doc) sentencesFromSpans(spans []dossier.Span) {
	t := d.toks
	s := 0
	for i := range t {
		for s < len(spans)-1 && t[i].start >= spans[s].End {
			s++
		}
		t[i].sent = s
	}
}

// sentencesFromMarks numbers the tokens when the text came without sentence boundaries: a line
// break, or a stop followed by a capital or a mark, starts a new sentence.
func (d *doc) sentencesFromMarks() {
	t := d.toks
	s := 0
	for i := range t {
		if i > 0 {
			p := t[i-1].text
			if t[i].nl || ((p == "." || p == "!" || p == "?") && !t[i-1].word && (isCap(t[i].text) || !t[i].word)) {
				s++
			}
		}
		t[i].sent = s
	}
}

// markInitials marks the words that open a sentence or a line, or follow a mark that opens a
// phrase (a quote, a colon, a bracket, a dash, a bullet): their capital says nothing of a name.
func (d *doc) markInitials() {
	t := d.toks
	first := true
	for i := range t {
		if i == 0 || t[i].nl || t[i].sent != t[i-1].sent {
			first = true
		}
		if t[i].word {
			t[i].initial = first
			first = false
			continue
		}
		// A run of one mark is one token ("--", `""`, "..."): it counts as the mark.
		mark, _ := utf8.DecodeRuneInString(t[i].text)
		switch mark {
		case '\u201c', '"', '\u2018', ':', '(', '[', '\u2014', '\u2013', '-', '\u2022', '*', '|':
			first = true
		case '.', '!', '?':
			// A stop standing as a token of its own is no abbreviation's: what follows starts a
			// sentence even when the page lost the space ("start.If you …") or a quotation goes on.
			first = true
		}
	}
}

// datelines marks the capitalised word after a date that ends in a year, written with no stop
// between them ("Published October 12 2016 Activists say …", "March 3, 2017 Shelling hit …"):
// the date closes a dateline and the word opens the text.
func (d *doc) datelines() {
	t := d.toks
	for i := 3; i < len(t); i++ {
		if !t[i].word || t[i].initial || !isCap(t[i].text) || t[i].nl || !isYear(t[i-1].text) {
			continue
		}
		k := i - 2
		if t[k].text == "," && k > 0 {
			k--
		}
		if isDigits(t[k].text) && len(t[k].text) <= 2 && k > 0 {
			k--
		}
		if d.g.w.months[strings.TrimSuffix(strings.ToLower(t[k].text), ".")] {
			t[i].initial = true
		}
	}
}

// isYear reports a number of four digits from 1000 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2' && w[1] == '0')
}

// isDigits reports a word made of ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// capCount counts a sentence's words other than function words, and those of them that are
// capitalised or start with a digit; all and upper count every word, function words too, and
// those written all in capitals.
type capCount struct{ words, caps, all, upper int }

// findHeadlines sets d.headline to the sentences written in headline case, where nearly every word
// is capitalised, so that their capitals are not read as names.
func (d *doc) findHeadlines() {
	d.headline, d.capsLine, d.headCaps = map[int]bool{}, map[int]bool{}, map[int]bool{}
	counts := d.capCounts()
	own := d.ownLines()
	for s, c := range counts {
		// A headline glued to the body by a lost stop is still headline case when it is long and
		// nearly every word is capitalised.
		// A line of its own written all in capitals is a heading however short ("FRANCE WINS",
		// "HOW WILL X PLAY?").
		if c.words >= 3 && c.caps*5 >= c.words*4 && own[s] || c.words >= 5 && c.caps*10 >= c.words*9 ||
			own[s] && c.all >= 2 && c.upper == c.all {
			d.headline[s] = true
		}
		if d.headline[s] && c.upper == c.all {
			d.capsLine[s] = true
		}
		if (own[s] || d.headline[s]) && c.caps == c.words {
			d.headCaps[s] = true
		}
	}
}

// capCounts counts, for each sentence, its words and its capitalised words (function words left
// out).
func (d *doc) capCounts() map[int]*capCount {
	counts := map[int]*capCount{}
	for _, x := range d.toks {
		if !x.word {
			continue
		}
		c := counts[x.sent]
		if c == nil {
			c = &capCount{}
			counts[x.sent] = c
		}
		if strings.IndexFunc(x.text, unicode.IsLetter) >= 0 {
			c.all++
			if upperWord(x.text) {
				c.upper++
			}
		}
		if d.g.w.functionWord[strings.ToLower(x.text)] {
			continue
		}
		c.words++
		r, _ := utf8.DecodeRuneInString(x.text)
		if isCap(x.text) || unicode.IsDigit(r) {
			c.caps++
		}
	}
	return counts
}

// upperWord reports whether a word has no letter in lower case ("WINS", "U.S.").
func upperWord(w string) bool { return strings.IndexFunc(w, unicode.IsLower) < 0 }

// ownLines reports the sentences that stand on a line of their own and do not end in a full stop,
// as a headline does.
func (d *doc) ownLines() map[int]bool {
	t := d.toks
	own := map[int]bool{}
	for i, x := range t {
		if i == 0 || x.nl {
			own[x.sent] = true
		}
		if i+1 < len(t) && !t[i+1].nl && t[i+1].sent == x.sent {
			continue
		}
		if x.text == "." || (i+1 < len(t) && !t[i+1].nl) {
			own[x.sent] = false
		}
	}
	return own
}

// stem strips the commonest English endings, so that "Rejects" is known from "rejected".
func (lw *nameLists) stem(w string) string {
	w = lowerWord(w)
	for _, suf := range lw.stemEndings {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// evidence records how words are written elsewhere in the document: a capitalised word seen in
// lower case is a common word, one seen capitalised in mid-sentence is a name.
func (d *doc) evidence() {
	d.lowSeen = map[string]bool{}
	d.capMid = map[string]bool{}
	for i, t := range d.toks {
		if !t.word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if unicode.IsLower(r) && !d.g.w.prefixedName(t.text) {
			d.lowSeen[lowerWord(t.text)] = true
			d.lowSeen[d.g.w.stem(t.text)] = true
		} else if isCap(t.text) && !t.initial && !d.headline[t.sent] && !d.imperativeObject(i) {
			d.capMid[lowerWord(t.text)] = true
		}
	}
	// Words written capitalised on their own in mid-sentence, not only inside a longer name.
	d.capAlone = map[string]bool{}
	for i, t := range d.toks {
		if t.word && d.g.w.prefixedName(t.text) && !d.headline[t.sent] {
			// The body writes the name with its article ("al-X"): a headline's bare "X" is it.
			h := strings.IndexAny(t.text, "-\u2010\u2011")
			_, size := utf8.DecodeRuneInString(t.text[h:])
			d.capAlone[lowerWord(t.text[h+size:])] = true
		}
		if !t.word || !isCap(t.text) || t.initial || d.headline[t.sent] {
			continue
		}
		prev := ""
		if i > 0 {
			prev = d.toks[i-1].text
		}
		if prev == "of" || prev == "for" || prev == "and" || prev == "on" || prev == "&" {
			continue // the end of a longer name: "Organization for Migration"
		}
		if (i == 0 || !d.toks[i-1].word || !isCap(prev)) && (i+1 == len(d.toks) || !d.toks[i+1].word || !isCap(d.toks[i+1].text)) {
			d.capAlone[lowerWord(t.text)] = true
		}
	}
	d.bodyNames()
}

// imperativeObject reports whether token i follows a verb that opens its sentence ("Hide Ad",
// "Read More"): its capital, like the verb's, may come from a button's or a link's title case.
func (d *doc) imperativeObject(i int) bool {
	if i == 0 || !d.toks[i-1].initial {
		return false
	}
	u := d.toks[i-1].upos
	return u == "VERB" || u == "AUX"
}

// bodyNames records the names the body writes in mid-sentence, as maximal runs of capitalised
// words (a sentence-initial "The" left out): a sentence start or a headline may glue an ordinary
// word to a name ("New X Brigade chief …"), which the body, written in sentence case, does not.
// It also records the words of every name of two words or more outside headlines, their last
// words, and those of them a given name comes before (a person's family name).
func (d *doc) bodyNames() {
	d.midRuns = map[string]bool{}
	d.midWords = map[string]bool{}
	d.runWords, d.runLast, d.family = map[string]bool{}, map[string]bool{}, map[string]bool{}
	n := len(d.toks)
	in := func(k int) bool { return d.nameTok(k) || d.particle(k) && k+1 < n && d.nameTok(k+1) }
	for i := 0; i < n; {
		if !in(i) || d.headline[d.toks[i].sent] {
			i++
			continue
		}
		j := i + 1
		for j < n && !d.brk(j-1, j) && in(j) {
			j++
		}
		a := i
		if d.toks[a].text == "The" {
			a++
		}
		if j-a >= 2 {
			for k := a; k < j; k++ {
				d.runWords[d.low[k]] = true
			}
			d.runLast[d.low[j-1]] = true
			if slices.ContainsFunc(d.low[a:j-1], func(w string) bool { return d.g.is("GIVEN", w) }) {
				d.family[d.low[j-1]] = true // "Whitcombe" of "Governor Dana Whitcombe"
			}
		}
		if a < j && (a > i || !d.toks[i].initial) {
			d.midRuns[d.keyAt(a, j)] = true
			for k := a; k < j; k++ {
				d.midWords[d.low[k]] = true
			}
		}
		i = j
	}
}

// keyAt is d.g.w.key(d.toks[a:b]) from the words normalised once per token.
func (d *doc) keyAt(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		for _, w := range d.nw[k] {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
		}
	}
	return sb.String()
}

// glued reports whether the first word of the name [a, b) at a sentence start or in a headline
// is an ordinary word glued to it: a common word, or one the body writes in lower case, that the
// body never writes inside a name, while it writes the rest as a name in mid-sentence and never
// the whole. A given name or a known name is never glued.
func (d *doc) glued(a, b int) bool {
	t := d.toks[a]
	if b-a < 2 || !t.word || d.midWords[d.low[a]] || d.isTok("GIVEN", a) || isAcronym(t.text) || d.g.w.prefixedName(t.text) {
		return false
	}
	if !d.common(t) && !d.lowSeen[d.low[a]] && !d.lowSeen[d.g.w.stem(t.text)] {
		return false // "Rami Aziz" then "Aziz": a first name, not an ordinary word
	}
	return d.midRuns[d.keyAt(a+1, b)] && !d.midRuns[d.keyAt(a, b)]
}

// barePlural reports a lone capitalised plural at a sentence start ("Hundreds", "Villagers")
// that neither the gazetteer nor the body supports as a name.
func (d *doc) barePlural(a int) bool {
	t := d.toks[a]
	w := d.low[a]
	if utf8.RuneCountInString(w) < 5 || !strings.HasSuffix(w, "s") || isAcronym(t.text) || d.g.w.prefixedName(t.text) {
		return false
	}
	for _, end := range d.g.w.singularEndings {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	if d.capMid[w] || d.runWords[w] || d.isTok("GIVEN", a) {
		return false
	}
	l, _ := d.gazAt(a, a+1)
	return l == 0
}

// common reports whether a capitalised word is more likely an ordinary word than part of a name.
func (d *doc) common(t tok) bool {
	w := lowerWord(t.text)
	if d.g.is("COMMON", w) || d.g.is("NONAME", w) || d.g.w.numbers[w] {
		return true
	}
	if d.acronymHere(t) || d.g.w.prefixedName(t.text) {
		return false
	}
	if st := d.g.w.stem(w); d.g.is("COMMON", st) || d.g.is("PERSONNOUN", st) || d.g.is("GROUPNOUN", st) {
		return true // "Analysts", "Officials"
	}
	return (d.lowSeen[w] || d.lowSeen[d.g.w.stem(w)]) && !d.capMid[w]
}

// evidenced reports whether a headline word is known as a name: an acronym, an article-prefixed
// name, a given name, or a word the body writes capitalised in mid-sentence. Headline case says
// nothing of the other words, so they are left out.
func (d *doc) evidenced(i int) bool {
	w := d.toks[i].text
	mid := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].word && d.capMid[d.low[k]]
	}
	return d.acronymHere(d.toks[i]) || d.g.w.prefixedName(w) || d.g.is("GIVEN", w) || d.capAlone[lowerWord(w)] || d.particle(i) ||
		d.foreignWord(i) ||
		mid(i) && (mid(i-1) || mid(i+1)) || // part of a longer name the body writes too
		i > 0 && d.toks[i-1].word && d.isTok("GIVEN", i-1) // a surname after a given name
}

// foreignWord reports whether headline word i, in a line that lists rather than says (no verb),
// is no English word that the recogniser reads in a name: not in the casing data, nor its stem,
// and never written in lower case by the document ("Camden, NJ @ Bridgestone Arena"). English
// has no word so spelled, so the capital is a name's.
func (d *doc) foreignWord(i int) bool {
	w := d.low[i]
	if !d.toks[i].word || !isCap(d.toks[i].text) || strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return false
	}
	if d.outside == nil || d.outside[i] > 0.5 || upperWord(d.toks[i].text) || d.saysSomething(i) {
		return false
	}
	st := d.g.w.stem(w)
	return !d.g.w.english[w] && !d.g.w.english[st] && !d.lowSeen[w] && !d.lowSeen[st] && !d.g.is("COMMON", w) && !d.g.is("COMMON", st)
}

// saysSomething reports whether the sentence of token i holds a verb, as a headline that tells
// news does ("Commander Killed In Ambush"), unlike a line of a list or a schedule. Without a
// parse it cannot tell, and says yes.
func (d *doc) saysSomething(i int) bool {
	if d.toks[i].upos == "" {
		return true
	}
	s, k := d.toks[i].sent, i
	for k > 0 && d.toks[k-1].sent == s {
		k--
	}
	for ; k < len(d.toks) && d.toks[k].sent == s; k++ {
		if u := d.toks[k].upos; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// acronymHere reports whether a word written as an acronym reads as one where it stands: in a
// heading all in capitals, only a short word that is no ordinary word of the document does
// ("UN" in "UN TALKS FAIL", not "BILLIONAIRES" nor "WINS").
func (d *doc) acronymHere(t tok) bool {
	if !isAcronym(t.text) {
		return false
	}
	if !d.capsLine[t.sent] {
		return true
	}
	w := lowerWord(t.text)
	return utf8.RuneCountInString(w) <= 5 && !d.g.is("COMMON", w) && !d.lowSeen[w] && !d.lowSeen[d.g.w.stem(w)]
}

// plainCaps reports whether the tokens [p, q) stand in a heading all in capitals and are all
// ordinary words there, even where the gazetteer knows them as a name ("WHO IS THE FRONT-RUNNER?").
func (d *doc) plainCaps(p, q int) bool {
	for k := p; k < q; k++ {
		t := d.toks[k]
		w := lowerWord(t.text)
		if !d.capsLine[t.sent] || !t.word || !d.g.is("COMMON", w) && !d.g.w.functionWord[w] && !d.lowSeen[w] {
			return false
		}
	}
	return true
}

func (d *doc) brk(a, b int) bool {
	return d.toks[b].nl || d.toks[a].sent != d.toks[b].sent || d.cut[b-1]
}

func isApostropheTok(s string) bool {
	switch s {
	case "'s", "\u2019s", "'", "\u2019":
		return true
	}
	return false
}

// lowerTail reports a hyphenated word whose last part is lower case or a participle ("US-backed",
// "U.S.-led", "Kurdish-Led").
func (lw *nameLists) lowerTail(w string) bool {
	i := strings.LastIndexAny(w, "-\u2010\u2011")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+size:])
	return unicode.IsLower(r) || lw.participles[strings.ToLower(w[i+size:])]
}

// numbered reports whether token i is an abbreviation written with its stop before a number
// ("No." in "the No. 1 carmaker"), not an initial ("P. Davison").
func (d *doc) numbered(i int) bool {
	s, ok := strings.CutSuffix(d.toks[i].text, ".")
	return ok && d.g.w.numbered[strings.ToLower(s)] && i+1 < len(d.toks) && startsDigit(d.toks[i+1].text)
}

// contraction reports a pronoun or verb run into its auxiliary ("I'm", "we're", "they've",
// "she'll", "don't", "you'd"): never a name, however it is capitalised. w is lower case with
// straight apostrophes. "Sa'd" and "O'Neill" are names: only a pronoun takes "'d".
func (lw *nameLists) contraction(w string) bool {
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "m", "re", "ve", "ll":
		return true
	case "t":
		return strings.HasSuffix(w[:i], "n")
	case "d":
		return lw.pronoun[w[:i]]
	}
	return false
}

// dateWord reports whether token i is the month of a date written in figures ("22 Jun 2016",
// "Jun 22") or the weekday before such a month ("Sun Aug 17 2014"): a date's word, however it is
// capitalised, though the same words name people and places elsewhere ("Jun Wang", "Mar Elias").
func (d *doc) dateWord(i int) bool {
	next := i + 1 // the token after i, past a stop the tokeniser split off
	if next < len(d.toks) && d.toks[next].text == "." {
		next++
	}
	figure := func(j int) bool { return j >= 0 && j < len(d.toks) && startsDigit(d.toks[j].text) }
	w := strings.TrimSuffix(d.low[i], ".")
	if d.g.w.months[w] {
		return figure(next) || figure(i-1)
	}
	return d.g.w.dayForms[w] && next < len(d.toks) && d.g.w.months[strings.TrimSuffix(d.low[next], ".")] && d.dateWord(next)
}

// startsDigit reports whether s starts with a digit.
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func (d *doc) nameTok(i int) bool {
	if d.name[i] != 0 {
		return d.name[i] > 0
	}
	t := d.toks[i]
	ok := t.word && !d.g.w.lowerTail(t.text) && (isCap(t.text) || d.g.w.prefixedName(t.text)) && !d.g.w.contraction(d.low[i]) && !d.dateWord(i) && !d.addressPath(i) && !d.numbered(i)
	ok = ok || d.syllableName(i)
	d.name[i] = -1
	if ok {
		d.name[i] = 1
	}
	return ok
}

// addressPath reports whether token i is the path of a web address, glued to a slash that is
// glued to a host name with a dot ("pic.twitter.com/MYwRz9", "t.co/XPxUJ"): a code, no name.
func (d *doc) addressPath(i int) bool {
	if i < 2 || d.toks[i-1].text != "/" || d.toks[i-1].end != d.toks[i].start || d.toks[i-2].end != d.toks[i-1].start {
		return false
	}
	host := d.toks[i-2].text
	dot := strings.LastIndexByte(host, '.')
	return dot > 0 && dot < len(host)-1
}

// syllableName reports whether token i is the hyphenated given name of an East Asian name after
// the family name ("Kim Jong-un", "Moon Jae-in", "Cheuk Hau-yip"): a short capitalised syllable
// that is no English word or known name, a hyphen, then a short syllable in lower case that is no
// describing participle ("US-led", "Cup-style" are not).
func (d *doc) syllableName(i int) bool {
	t := d.toks[i]
	if i == 0 || !t.word || !d.toks[i-1].word || d.brk(i-1, i) || d.toks[i-1].end+1 != t.start {
		return false
	}
	head, tail, ok := strings.Cut(t.text, "-")
	if !ok || !isCap(head) || !syllable(head, 2) || !syllable(strings.ToLower(tail), 1) || strings.ToLower(tail) != tail {
		return false
	}
	lh := strings.ToLower(head)
	if d.g.is("COMMON", lh) || d.g.is("DEMONYM", head) || d.g.w.participles[tail] || isAcronym(head) {
		return false
	}
	if _, known := d.g.lookup(d.g.w.key(d.g.w.formToks(head)), false); known {
		return false
	}
	return d.nameTok(i - 1)
}

// syllable reports whether w is made of letters only, from least to five of them.
func syllable(w string, least int) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= least && n <= 5
}

// isTok reports whether token i is in the word list kind.
func (d *doc) isTok(kind string, i int) bool { return d.g.words[kind][d.low[i]] }

func (d *doc) particle(i int) bool {
	return d.toks[i].word && !isCap(d.toks[i].text) && d.isTok("PARTICLE", i)
}

// extendKey adds the normalised words of token j to the lookup key k, one space between words.
func (d *doc) extendKey(k string, j int) string {
	for _, w := range d.nw[j] {
		if k == "" {
			k = w
		} else {
			k += " " + w
		}
	}
	return k
}

// titleAt returns the number of tokens of a capitalised title or rank starting at token i, and
// whether it is a sovereign style.
func (d *doc) titleAt(i int) (int, bool) {
	if !d.toks[i].word || !isCap(d.toks[i].text) {
		return 0, false
	}
	if d.isTok("GRADE", i) && i > 0 && !d.brk(i-1, i) && ordinalFigure(d.toks[i-1].text) {
		return 1, false // a rank's grade ("Petty Officer 2nd Class"): no given name
	}
	best, style := 0, false
	k := ""
	for j := i; j < len(d.toks) && j < i+d.g.titleN+2; j++ {
		if !d.toks[j].word || (j > i && d.brk(j-1, j)) {
			break
		}
		k = d.extendKey(k, j)
		if k == "" {
			continue
		}
		if s, ok := d.g.titles[k]; ok && isCap(d.toks[j].text) {
			best, style = j-i+1, s
		}
		if !d.g.prefix[k] {
			break
		}
	}
	if best == 1 && d.isTok("POSITION", i) && !d.playerAt(i) {
		return 0, false
	}
	return best, style
}

// playerAt reports whether the player's position at token i is said as a title: a full name,
// two capitalised words the second of which heads no body or place, follows it, or another
// position stands within four words on its line (a roster: "QB Hale, WR Dunmore"). Before one
// capitalised word in running text it is part of a name ("WR Berkley").
func (d *doc) playerAt(i int) bool {
	if i+2 < len(d.toks) && !d.brk(i, i+1) && !d.brk(i+1, i+2) && d.toks[i+1].word && isCap(d.toks[i+1].text) &&
		d.toks[i+2].word && isCap(d.toks[i+2].text) && !d.isTok("ORGHEAD", i+2) && !d.isTok("LOCHEAD", i+2) {
		return true
	}
	for j := max(0, i-4); j <= i+4 && j < len(d.toks); j++ {
		if j != i && d.isTok("POSITION", j) && d.toks[j].text == strings.ToUpper(d.toks[j].text) && !d.lineBetween(i, j) {
			return true
		}
	}
	return false
}

// lineBetween reports whether a line break lies between tokens i and j.
func (d *doc) lineBetween(i, j int) bool {
	for k := min(i, j) + 1; k <= max(i, j); k++ {
		if d.toks[k].nl {
			return true
		}
	}
	return false
}

// lowerHead reports whether token j is a body's head word written in lower case right after a
// name word ("the Syrian Air force"): a known name of three words or more that opens on no
// function word (gazAt checks both) may end so, as writers often lower the head of a long name.
func (d *doc) lowerHead(j int) bool {
	w := d.toks[j].text
	return d.toks[j].word && w == d.low[j] && d.nameTok(j-1) && d.g.is("ORGHEAD", w)
}

// gazAt returns the longest gazetteer match starting at token i, not reaching past token lim.
func (d *doc) gazAt(i, lim int) (int, entry) {
	if !d.nameTok(i) && !d.particle(i) {
		return 0, entry{}
	}
	best, be := 0, entry{}
	k := ""
	for j := i; j < lim && j < i+d.g.maxLen+4; j++ {
		if j > i && d.brk(j-1, j) {
			break
		}
		if !d.toks[j].word {
			// An apostrophe inside a known name: "People's Protection Units", "Workers' Party".
			if j > i && j+1 < lim && d.toks[j-1].word && d.toks[j+1].word && isApostropheTok(d.toks[j].text) && d.toks[j].end == d.toks[j-1].end+len(d.toks[j].text) {
				continue
			}
			break
		}
		k = d.extendKey(k, j)
		if k == "" {
			continue
		}
		if d.nameTok(j) || j-i >= 2 && !d.g.w.functionWord[d.low[i]] && d.lowerHead(j) {
			span := d.text[d.toks[i].start:d.toks[j].end]
			if e, ok := d.g.lookup(k, strings.ToUpper(span) == span); ok {
				best, be = j-i+1, e
			}
		}
		if !d.g.prefix[k] {
			break
		}
	}
	return best, be
}

// findRuns collects the maximal runs of name tokens and turns each into mentions.
func (d *doc) findRuns() {
	t := d.toks
	n := len(t)
	for i := 0; i < n; {
		tl, _ := d.titleAt(i)
		if tl == 0 && !d.nameTok(i) && !(d.particle(i) && i+1 < n && !d.brk(i, i+1) && d.nameTok(i+1)) {
			d.hyphenParts(i)
			i++
			continue
		}
		end := d.runEnd(i)
		stop := end
		for end > i+1 && (d.trailingFunction(end-1) || d.fieldLabel(end-1)) {
			end--
		}
		if end > i {
			d.runPieces(i, end)
		}
		i = max(stop, i+1)
	}
	sort.SliceStable(d.cands, func(x, y int) bool { return d.cands[x].start < d.cands[y].start })
	// Drop overlaps, keeping the earlier and longer one.
	out := d.cands[:0]
	last := -1
	for _, c := range d.cands {
		if c.start < last {
			continue
		}
		out = append(out, c)
		last = c.end
	}
	d.cands = out
}

// runEnd returns where the run of name tokens that starts at token i ends: names, titles and
// known names, particles before a name, and the words that hold a body's name together.
func (d *doc) runEnd(i int) int {
	t := d.toks
	n := len(t)
	j, end := i, i
	joined := false // the run went on after a head word with "of", "for" or "on"
	if e := d.quotedTitleEnd(i); e > 0 {
		return e
	}
	for j < n {
		if j > i && d.brk(j-1, j) {
			break
		}
		if l, _ := d.gazAt(j, n); l > 0 {
			j += l
			end = j
			continue
		}
		if l, _ := d.titleAt(j); l > 0 {
			j += l
			end = j
			continue
		}
		if d.nameTok(j) {
			j++
			end = j
			continue
		}
		if d.particle(j) && j+1 < n && !d.brk(j, j+1) && d.nameTok(j+1) {
			j++
			continue
		}
		w := t[j].text
		ofHead := (w == "of" || w == "for" || w == "on") && end > i && d.g.is("OFHEAD", t[end-1].text) || w == "of" && d.compassPart(i, end)
		work := w == "of" && end == j && (end == i+1 && d.ofNoun(i) || end == i+2 && d.capitalArticle(i) && d.ofNoun(i+1)) // "Wheel of Time", "like The Name of …"
		// "the Sword of Haran Brigade": a noun of a group's name and the name it qualifies
		band := w == "of" && end == j && (end == i+1 || end == i+2 && d.low[i] == "the") && d.bandNoun(end-1) && d.bodyNameAt(j+1, n)
		if plural := w == "for" && end == i+1 && d.pluralHead(i); ofHead || plural || work || band {
			k := j + 1
			if k < n && !d.brk(j, k) && t[k].text == "the" {
				k++
			}
			if k < n && !d.brk(k-1, k) && d.nameTok(k) && !d.g.is("DEMONYM", t[k].text) && (ofHead || band || d.unknownName(k, n) && (!work || d.workPart(k))) {
				j, joined = k, true
				continue
			}
		}
		if d.g.w.partJoiners[w] && end > i && d.spelledBefore(i, j) {
			j++
			continue
		}
		if w == "and" && (joined && end > i && d.lastOfPart(j+1) || d.pairedHead(i, j)) {
			j++
			continue
		}
		if w == "," && joined && end > i {
			if k := d.listOfPart(j + 1); k > 0 {
				j, end = k, k
				continue
			}
		}
		if w == "&" && end > i && j+1 < n && !d.brk(j, j+1) && d.nameTok(j+1) {
			j++
			continue
		}
		break
	}
	return end
}

// compassPart reports whether the run from i, ending at end, closes in a compass point's
// adjective and a head word that goes on with "of" after one ("the Western District of X").
func (d *doc) compassPart(i, end int) bool {
	if end-2 < i || !d.g.w.compassOf[d.low[end-1]] {
		return false
	}
	w := d.low[end-2]
	return d.g.w.compass[w] || d.g.w.compass[strings.TrimSuffix(w, "ern")]
}

// pluralHead reports whether token i, the one word of a run before "for", heads a body's name
// as a plural noun for its members or its means ("Nurses for Rural Health", "Pumps for Clean
// Wells"): a capitalised word shaped as a plural that is no acronym, no given name and no name the
// gazetteer knows. A person's family name before "for" ("Reed for Reuters") comes after a given
// name, so the run is then longer than one word. After "of" the word ends a title or another
// name ("Vice President of Sales for X"), and after a colon it opens a subtitle ("Torpor:
// Prospects for Human Flight").
func (d *doc) pluralHead(i int) bool {
	if isAcronym(d.toks[i].text) || d.isTok("GIVEN", i) || !d.g.w.pluralShape(d.low[i]) {
		return false
	}
	if i > 0 && (d.low[i-1] == "of" || d.low[i-1] == ":") {
		return false
	}
	l, _ := d.gazAt(i, i+1)
	return l == 0
}

// unknownName reports whether the name from token k (before n) is neither an acronym nor one the
// gazetteer knows: a plural before "for" heads a body's name only when what follows is no other
// body's name ("Earnings for GM" is no name).
func (d *doc) unknownName(k, n int) bool {
	if isAcronym(d.toks[k].text) {
		return false
	}
	l, _ := d.gazAt(k, n)
	return l == 0
}

// quotedTitleEnd returns the end of a title written in title case that fills a quotation
// mid-sentence from token i ("a “Road to the Stars” plan"), or 0: words the parse
// reads as articles, prepositions or conjunctions stand in lower case between its capitalised
// words, and they hold one work's name together. The quotation holds no verb in lower case, so
// quoted speech ("“Leeds is ready”") is no title.
func (d *doc) quotedTitleEnd(i int) int {
	if i < 2 || !d.titleOpens(i-1) || d.brk(i-2, i-1) || !d.toks[i-2].word {
		return 0
	}
	single := !isOpenQuote(d.toks[i-1].text)
	inner := false
	for k := i; k < len(d.toks) && k < i+12; k++ {
		if k > i && d.brk(k-1, k) {
			return 0
		}
		if single && isSingleQuote(d.toks[k].text) && d.toks[k].start == d.toks[k-1].end || !single && isCloseQuote(d.toks[k].text) {
			if !inner || !d.nameTok(k-1) {
				return 0
			}
			return k
		}
		switch {
		case d.nameTok(k):
		case k > i && k+1 < len(d.toks) && startsDigit(d.toks[k].text) && d.nameTok(k+1): // "The 7 Habits of …"
		case k > i && d.titleJoiner(k):
			inner = true
		default:
			return 0
		}
	}
	return 0
}

// titleOpens reports whether token q opens a quotation: a double quotation mark, or a single
// one with a space before it and the quoted word right after it, which no apostrophe is.
func (d *doc) titleOpens(q int) bool {
	t := d.toks[q]
	if isOpenQuote(t.text) {
		return true
	}
	return isSingleQuote(t.text) && q > 0 && q+1 < len(d.toks) && d.toks[q-1].end < t.start && d.toks[q+1].start == t.end
}

// isSingleQuote reports whether s is a single quotation mark, straight or curly.
func isSingleQuote(s string) bool { return s == "'" || s == "‘" || s == "’" }

// titleJoiner reports whether token k is a lower-case word a title in title case keeps in lower
// case: a short word headlines leave so, or an article, preposition or conjunction of the parse.
// A form of "be" is a verb, which the parse, when there is one, says itself.
func (d *doc) titleJoiner(k int) bool {
	t := d.toks[k]
	if !t.word || t.text != d.low[k] {
		return false
	}
	switch t.upos {
	case "DET", "ADP", "CCONJ", "PART":
		return t.upos != "PART" || t.text == "to"
	}
	return d.g.w.functionWord[t.text] && t.upos != "AUX" && t.upos != "VERB" && !(t.upos == "" && d.g.is("LINKVERB", t.text))
}

// spelledBefore reports whether the run from i, at the connecting word j, spells an acronym in
// brackets after it ("Deferred Action for Childhood Arrivals (DACA)") or fills the brackets after
// one ("DACA (Deferred Action for Childhood Arrivals)"): the connecting word is inside the name.
func (d *doc) spelledBefore(i, j int) bool {
	before := ""
	if i >= 2 && d.toks[i-1].text == "(" && isAcronym(d.toks[i-2].text) {
		before = strings.TrimSuffix(d.toks[i-2].text, "s")
	}
	var initials []rune
	for k := i; k < len(d.toks) && k < i+16; k++ {
		t := d.toks[k]
		if k > i && d.brk(k-1, k) {
			return false
		}
		if t.text == ")" {
			return k > j && len(before) >= 3 && before == strings.ToUpper(string(initials))
		}
		if t.text == "(" {
			if k+2 >= len(d.toks) || d.toks[k+2].text != ")" || !isAcronym(d.toks[k+1].text) || k < j {
				return false
			}
			acr := []rune(strings.TrimSuffix(d.toks[k+1].text, "s"))
			return len(acr) >= 3 && string(acr) == strings.ToUpper(string(initials))
		}
		switch {
		case d.nameTok(k):
			initials = append(initials, []rune(t.text)[0])
		case k != j && !d.connector(k):
			return false
		case k != j && !d.g.w.partJoiners[t.text] && t.text != "the" && t.text != "&":
			return false
		}
	}
	return false
}

// lastOfPart reports whether the words from k after an "and" inside the "of" part of a body's
// name end that name ("… for Disease Control and Prevention", "… of Housing and Urban
// Development"): one or two words partWord accepts that the run does not go on after, or one
// such word and a body's head word ("… of Revolutionary and Opposition Forces").
func (d *doc) lastOfPart(k int) bool {
	if !d.partWord(k) {
		return false
	}
	if d.partEnd(k + 1) {
		return true
	}
	if d.isTok("ORGHEAD", k+1) && d.nameTok(k+1) && !d.brk(k, k+1) && d.partEnd(k+2) {
		return true // "Coalition of Revolutionary and Opposition Forces": a head word closes the part
	}
	return d.partWord(k+1) && d.partEnd(k+2)
}

// partEnd reports whether no word of a name goes on at token k.
func (d *doc) partEnd(k int) bool {
	return k >= len(d.toks) || d.brk(k-1, k) || !d.nameTok(k) && !d.g.w.partJoiners[d.toks[k].text] && d.toks[k].text != "&"
}

// pairedHead reports whether the word i that opens a run, an "and" at j and the words after it
// make one body's name that a head word closes ("Citizenship and Immigration Services", "Fish and
// Wildlife Service"): words partWord accepts on either side, at most two after the "and", then
// the head word, and no more words of a name. The first word is no word of another name of the
// document nor an item of a list of names ("… and X and War Office"), and no article follows
// the "and".
func (d *doc) pairedHead(i, j int) bool {
	if j == i+2 && d.low[i] == "the" {
		i++ // "The Fish and Wildlife Service" opening a sentence
	}
	if j != i+1 || !d.partWord(i) || d.toks[j].text != "and" || d.runWords[d.low[i]] {
		return false // not "Braun and …" after "Scooter Braun"
	}
	if i >= 2 && (d.low[i-1] == "and" || d.low[i-1] == "or") && d.nameTok(i-2) && !d.brk(i-2, i) {
		return false // "X and Browning and War Office": the word is the next item of a list of names
	}
	for k := j + 1; k <= j+3 && k < len(d.toks); k++ {
		if d.g.w.functionWord[d.low[k]] {
			return false // "… and The Carlyle Group": a name of its own
		}
		if d.isTok("ORGHEAD", k) && !d.isTok("GIVEN", k) && d.nameTok(k) && !d.brk(k-1, k) {
			return k > j+1 && d.partEnd(k+1)
		}
		if !d.partWord(k) {
			return false
		}
	}
	return false
}

// partWord reports whether token k may be one word of the "of" part of a body's name after a
// comma or an "and": a capitalised word that no list knows as a name, a head word or a given name.
func (d *doc) partWord(k int) bool {
	if k >= len(d.toks) || k > 0 && d.brk(k-1, k) || !d.nameTok(k) || isAcronym(d.toks[k].text) {
		return false
	}
	for _, kind := range []string{"ORGHEAD", "OFHEAD", "LOCHEAD", "GIVEN", "DEMONYM"} {
		if d.isTok(kind, k) {
			return false
		}
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// listOfPart returns the end of a list of single words that closes the "of" part of a body's
// name after a comma ("Ministry of Trade, Industry and Energy"), or -1: words lastOfPart
// accepts, commas between them and "and" before the last.
func (d *doc) listOfPart(k int) int {
	n := len(d.toks)
	for d.partWord(k) && k+2 < n && d.toks[k+1].text == "," && !d.brk(k, k+2) {
		k += 2
	}
	if d.partWord(k) && k+2 < n && d.toks[k+1].text == "and" && !d.brk(k, k+2) && d.lastOfPart(k+2) {
		return k + 3
	}
	return -1
}

// joinOwnedHeads makes one name of a name, its possessive and a body's head word alone after it
// ("the Attorney's Office", "the Governor's Office"): the head word names nothing on its own.
func (d *doc) joinOwnedHeads() {
	d.joinPairs(func(c, h *cand) bool {
		return h.b == h.a+1 && h.a == c.b+1 && !h.hasGaz && h.title == "" && c.title == "" && isApostropheTok(d.toks[c.b].text) &&
			!d.brk(c.b-1, c.b) && !d.brk(c.b, h.a) && d.isTok("ORGHEAD", h.a) && d.isTok("OFHEAD", h.a) && !(c.hasGaz && c.gaz.typ == dossier.PER)
	})
}

// joinShopNames makes one name of an unknown name, its possessive and a name that a shop's or an
// eatery's head word ends ("Joe's Pizza", "Bob's Discount Furniture"): the owner's name is part
// of the business's name.
func (d *doc) joinShopNames() {
	d.joinPairs(func(c, h *cand) bool {
		return h.a == c.b+1 && !h.hasGaz && !c.hasGaz && h.title == "" && c.title == "" && isApostropheTok(d.toks[c.b].text) &&
			d.toks[c.b].start == c.end && !d.brk(c.b-1, c.b) && !d.brk(c.b, h.a) && d.isTok("SHOPHEAD", h.b-1)
	})
}

// shopName reports whether the name c is a shop's or an eatery's written with its owner's
// possessive ("Joe's Pizza").
func (d *doc) shopName(c *cand) bool {
	if !d.isTok("SHOPHEAD", c.b-1) {
		return false
	}
	for k := c.a + 1; k < c.b-1; k++ {
		if isApostropheTok(d.toks[k].text) {
			return true
		}
	}
	return false
}

// compound splits a capitalised hyphenated word made of known names ("U.S.-Iraq",
// "Baghdad-Damascus") into mentions of its parts; it reports whether it did.
func (d *doc) compound(i int) bool {
	t := d.toks[i]
	if d.g.w.prefixedName(t.text) || !strings.ContainsAny(t.text, "-\u2010\u2011") {
		return false
	}
	for _, p := range strings.FieldsFunc(t.text, isHyphen) {
		if _, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(p)), strings.ToUpper(p) == p); !ok && !d.g.is("DEMONYM", p) {
			return d.pairedNames(i)
		}
	}
	d.hyphenParts(i)
	return true
}

// pairedNames splits a hyphenated word of two capitalised names that the document also writes
// each on its own in mid-sentence ("the Browns-Steelers game" where "Browns" and "Steelers"
// stand alone too) into mentions of both: it pairs two sides, it is not one name. A word seen
// only inside a longer name ("Half" of "Half Life") does not count. It reports whether it did.
func (d *doc) pairedNames(i int) bool {
	t := d.toks[i]
	parts := strings.FieldsFunc(t.text, isHyphen)
	if len(parts) != 2 || !t.word || d.headline[t.sent] {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 2 || !isCap(p) || !d.capAlone[lowerWord(p)] {
			return false
		}
	}
	off := t.start
	for _, p := range parts {
		s := strings.Index(d.text[off:t.end], p) + off
		off = s + len(p)
		c := &cand{start: s, end: s + len(p), a: i, b: i + 1}
		if e, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(p)), strings.ToUpper(p) == p); ok {
			c.gaz, c.hasGaz = e, true
		}
		d.add(c)
	}
	return true
}

// hyphenParts makes mentions of the known names inside a hyphenated word that is not itself a
// name: "US" in "US-backed", "Baghdad" and "Damascus" in "Baghdad-Damascus".
func (d *doc) hyphenParts(i int) {
	t := d.toks[i]
	if !t.word || !strings.ContainsAny(t.text, "-\u2010\u2011") {
		return
	}
	parts := strings.FieldsFunc(t.text, isHyphen)
	off := t.start
	for _, p := range parts {
		s := strings.Index(d.text[off:t.end], p) + off
		off = s + len(p)
		if !isCap(p) {
			continue
		}
		pt := d.g.w.formToks(p)
		if e, ok := d.g.lookup(d.g.w.key(pt), strings.ToUpper(p) == p); ok && e.typ != dossier.MISC {
			d.add(&cand{start: s, end: s + len(p), a: i, b: i + 1, gaz: e, hasGaz: true})
		} else if e, ok := d.leadingNation(i, parts, p); ok {
			d.add(&cand{start: s, end: s + len(p), a: i, b: i + 1, gaz: e, hasGaz: true})
		}
	}
}

// leadingNation returns the country's entry for a nationality adjective p that the word at
// token i leads ("American-led") when what follows is a body in arms or an attack ("the
// American-led coalition", "a Turkish-led offensive"): the country acts. Other tails
// ("American-made") and other things led ("a Syrian-led settlement") tell nothing of it acting.
func (d *doc) leadingNation(i int, parts []string, p string) (entry, bool) {
	e, ok := d.nationEntry(p)
	if !ok || len(parts) != 2 || parts[0] != p || i+1 >= len(d.toks) || d.brk(i, i+1) {
		return entry{}, false
	}
	sf := d.g.w.stateForces
	if d.forceRun(i+1) == i+1 && d.phraseAt(i+1, sf["attack"]) == 0 && d.phraseAt(i+1, sf["led"]) == 0 {
		return entry{}, false
	}
	tail := strings.ToLower(parts[1])
	for _, w := range sf["lead"] {
		if len(w) == 1 && w[0] == tail {
			return e, true
		}
	}
	return entry{}, false
}

func (d *doc) add(c *cand) {
	d.numberedUnit(c)
	d.possessiveName(c)
	c.words = d.g.w.normWords(d.g.w.formToks(d.text[c.start:c.end]))
	if len(c.words) == 0 {
		return
	}
	d.cands = append(d.cands, c)
}

// numberedUnit widens the name of a military formation or a street to the ordinal figure that
// numbers it ("3rd Battalion", "507th Air Refueling Wing", "17th Street"): without it the name says
// only what kind of unit or way it is, and every battalion or street of a page would be one.
func (d *doc) numberedUnit(c *cand) {
	if c.hasGaz || c.a < 1 || c.b > len(d.toks) || c.b <= c.a || c.start != d.toks[c.a].start ||
		c.end != d.toks[c.b-1].end || d.brk(c.a-1, c.a) || !ordinalFigure(d.toks[c.a-1].text) {
		return
	}
	if !d.isTok("FORMATION", c.b-1) && !d.g.w.streets[strings.TrimSuffix(d.low[c.b-1], ".")] {
		return
	}
	c.a--
	c.start = d.toks[c.a].start
}

// possessiveName widens a known name written as a possessive ("Lowe's", a shop named after its
// founder) to the "'s" that follows it in the text: the gazetteer's key drops the apostrophe, so
// the match stops one token short. Where the document also writes the last word without the
// "'s", that word names someone of its own and the "'s" is theirs ("McDonald took the stage …
// McDonald's cameo").
//
// An unknown name gets its "'s" the same way where nothing owned follows it, only a stop, a
// comma or a verb ("acquired by X's, published", "shopped at X's."), and the page never writes
// it without: a shop or a firm named after its founder, not a person's possessive.
func (d *doc) possessiveName(c *cand) {
	if c.b >= len(d.toks) || c.b <= c.a || c.end != d.toks[c.b-1].end || !d.apostropheAfter(c.b-1) {
		return
	}
	if c.hasGaz && !strings.HasSuffix(strings.ReplaceAll(c.gaz.name, "\u2019", "'"), "'s") || !c.hasGaz && !d.ownerless(c) {
		return
	}
	for k, t := range d.toks {
		if t.word && d.low[k] == d.low[c.b-1] && !d.apostropheAfter(k) {
			return
		}
	}
	c.end = d.toks[c.b].end
	c.shop = !c.hasGaz
}

// ownerless reports whether nothing owned follows the possessive after the unknown name c: the
// text ends, or a stop, a comma, a colon or a closing bracket or a verb comes next, and no "of"
// stands before the name ("a friend of X's").
func (d *doc) ownerless(c *cand) bool {
	if c.a > 0 && d.low[c.a-1] == "of" {
		return false
	}
	n := c.b + 1
	if n >= len(d.toks) {
		return true
	}
	if d.brk(c.b, n) {
		return true
	}
	switch d.toks[n].text {
	case ",", ".", ";", ":", ")":
		return true
	}
	return d.toks[n].upos == "VERB" && !isCap(d.toks[n].text) && !strings.HasSuffix(d.low[n], "ing") // not "X's leading passer"
}

// apostropheAfter reports whether token k is followed, with no space, by a possessive "'s" (or
// "'S" in capitals).
func (d *doc) apostropheAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	t := d.toks[k+1]
	s := strings.ToLower(t.text)
	return t.start == d.toks[k].end && (s == "'s" || s == "\u2019s")
}

// ordinalFigure reports whether w is an ordinal written in figures ("1st", "22nd", "507th").
func ordinalFigure(w string) bool {
	n := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if n <= 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// suffixed reports a word whose ending marks an ordinary English word (a gerund, an adverb, an
// abstract noun), so that a sentence-initial "Following" or "Reportedly" is no name.
func (lw *nameLists) suffixed(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range lw.commonEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeEnding reports whether w ends the way place names do ("Kazakhstan", "Evansville"),
// leaving at least three letters before the ending.
func (lw *nameLists) placeEnding(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range lw.placeEndings {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func (d *doc) lastWord(b int) string { return d.toks[b-1].text }

func (d *doc) headed(b int) bool {
	w := d.lastWord(b)
	return d.g.is("ORGHEAD", w) || d.g.is("LOCHEAD", w)
}

// run turns the tokens [a, b) of one run into mentions: titles are split off, sentence-initial
// and headline words that are ordinary words are dropped, demonyms in front are dropped, and runs
// made of several known names are split.
func (d *doc) run(a, b int) {
	for p := a; p < b; p++ {
		l, style := d.titleAt(p)
		if l == 0 || p+l > b || d.familyTitle(a, p, l, b) {
			continue
		}
		if p+l == b || d.headed(b) {
			if p+l == b && (p > a && (d.toks[p-1].text == "of" || d.toks[p-1].text == "the" && p-1 > a && d.toks[p-2].text == "of") || d.ownedHeadAt(b)) {
				d.segment(a, b, "") // a body named after its head: "Office of the Inspector General", "the U.S. Attorney's Office"
				return
			}
			if p+l == b {
				d.segment(a, p, "")
				return
			}
			continue
		}
		if gl, e := d.gazAt(p, b); gl > l && e.typ != dossier.PER {
			continue // a known name that starts like a title ("General Command …")
		}
		// Titles in a row make one title ("Senior Chief Petty Officer", "Army Gen."); the name
		// starts at the first sovereign style among them ("Foreign Minister Prince X" → "Prince X").
		sp := p
		for p+l < b {
			l2, s2 := d.titleAt(p + l)
			if l2 == 0 || p+l+l2 > b {
				break
			}
			if p+l+l2 == b {
				// Titles alone ("Acting General Director"): nobody is named.
				d.segment(a, p, "")
				return
			}
			if s2 && !style {
				sp = p + l
			}
			l += l2
			style = style || s2
		}
		if d.fieldTitleRest(p+l, b) {
			d.segment(a, p, "") // "Chief Strategy Officer": titles alone, nobody is named
			return
		}
		l, done := d.titleOfPart(a, p, l, b)
		if done {
			return
		}
		if !style && d.portfolioAt(a, p) && d.isTok("FIELDTITLE", p+l-1) {
			p, l = a, l+1
		}
		d.segment(a, p, "")
		if p+l+1 == b && (d.isTok("PERSONNOUN", p+l) || d.isTok("ROLENOUN", p+l)) {
			return // "General Manager", "Senior Advocate": a title and one noun for a person's job name nobody
		}
		title := d.text[d.toks[p].start:d.toks[p+l-1].end]
		if style {
			d.segmentFrom(sp, p+l, b, title)
		} else {
			d.segmentFrom(p+l, p+l, b, title)
		}
		return
	}
	if d.roleBeforeName(a, b) || d.twoPeople(a, b) || d.roleBeforeComma(a, b) {
		return
	}
	d.segment(a, b, "")
}

// roleBeforeComma splits off the last word of the run [a, b) where it names a person's job
// and a comma and a given name follow ("Senate Leader, Ahmad X raises …"): the words are the
// person's title set before the name, the job word names nobody, and the words before it (the
// body the person leads) are a name of their own. A name the gazetteer knows is left whole. It
// reports whether it split.
func (d *doc) roleBeforeComma(a, b int) bool {
	if b-a < 2 || b+2 >= len(d.toks) || d.toks[b].text != "," || !d.isTok("GIVEN", b+1) || !d.nameWord(b+2) {
		return false
	}
	if !d.roleWord(b-1) || d.g.w.pluralShape(d.low[b-1]) {
		return false
	}
	if l, _ := d.gazAt(a, b); l == b-a {
		return false
	}
	d.segment(a, b-1, "")
	return true
}

// familyTitle reports whether the one-word title at token p of the run [a, b) is the family name
// of the person the run names: a given name opens the run, only name words stand between, and
// nothing or a generation's mark follows ("Martin Luther King Jr.", "John Major").
func (d *doc) familyTitle(a, p, l, b int) bool {
	if l != 1 || p == a || !d.isTok("GIVEN", a) {
		return false
	}
	for k := a; k < p; k++ {
		if !d.nameTok(k) || d.particle(k) {
			return false
		}
		if tl, _ := d.titleAt(k); tl > 0 {
			return false
		}
	}
	return p+l == b || p+l+1 == b && d.generation(p+l)
}

// generation reports whether token k marks a generation after a name ("Jr.", "Sr.", "III").
func (d *doc) generation(k int) bool {
	w := strings.TrimSuffix(d.low[k], ".")
	m := d.g.w.distinct.Mark(w)
	return m == "junior" || m == "senior" || m != "" && len(w) > 1 && strings.Trim(w, "ivx") == ""
}

// ownedHeadAt reports whether a possessive and a body's head word alone stand at token b ("…'s
// Office", not "…'s Office of X"): the words before name the office's holder, and the three
// make one body's name.
func (d *doc) ownedHeadAt(b int) bool {
	return b+1 < len(d.toks) && isApostropheTok(d.toks[b].text) && !d.brk(b-1, b+1) && isCap(d.toks[b+1].text) &&
		d.isTok("ORGHEAD", b+1) && d.isTok("OFHEAD", b+1) &&
		(b+2 >= len(d.toks) || d.brk(b+1, b+2) || !d.nameTok(b+2) && d.low[b+2] != "of" && d.low[b+2] != "for")
}

// fieldTitleRest reports whether the words [k, b) after a title are the rest of one office:
// one or two ordinary words for its field and a title they may precede, last ("Chief Strategy
// Officer", "Chief Operating Officer").
func (d *doc) fieldTitleRest(k, b int) bool {
	if b-k < 2 || b-k > 3 || !d.isTok("FIELDTITLE", b-1) || !isCap(d.toks[b-1].text) {
		return false
	}
	for j := k; j < b-1; j++ {
		if d.isTok("GIVEN", j) || !d.g.w.lowerMostly[d.low[j]] {
			return false
		}
	}
	return true
}

// portfolioAt reports whether the one word a right before the title at p may be the title's
// field ("Energy Secretary", "Health Minister"): an English word written in lower case at least as
// often as capitalised, that no list knows as a name and the document never writes capitalised
// on its own.
func (d *doc) portfolioAt(a, p int) bool {
	if p != a+1 || isAcronym(d.toks[a].text) || d.capAlone[d.low[a]] || !d.g.w.lowerMostly[d.low[a]] {
		return false
	}
	l, _ := d.gazAt(a, p)
	return l == 0
}

// titleAdjective returns where the words of the run [a, p) before the title at p end: before an
// adjective right in front of the title that the parse reads so and English writes in lower case
// ("the United Nations High Commissioner for …"), which is the title's, not the body's.
func (d *doc) titleAdjective(a, p int) int {
	k := p - 1
	if k <= a || d.brk(k, p) || d.toks[k].upos != "ADJ" || d.demonym(d.toks[k].text) || !d.g.w.lowerMostly[d.low[k]] {
		return p
	}
	if l, _ := d.gazAt(k, p); l > 0 {
		return p
	}
	return k
}

// officeWords is the most words a body's office names after its "for" or "of" ("Human Rights"):
// more may run on into the holder's name ("… for Human Rights X Y").
const officeWords = 3

// bodyBefore reports whether the words [a, k) are a known body's name, maybe after "The", and
// returns where the name starts.
func (d *doc) bodyBefore(a, k int) (int, bool) {
	for a < k && d.toks[a].text == "The" {
		a++
	}
	l, e := d.gazAt(a, k)
	return a, a < k && l == k-a && e.typ == dossier.ORG
}

// titleOfPart reads the "of …" or "for …" part after the title [p, p+l) of the run [a, b):
// "Minister for Central Asia Dan Rosen" — the part belongs to the title when a name follows it,
// and a place or body the gazetteer knows there is a mention of its own too. With no name after
// it ("Minister for the Middle East,") the part is a name of its own and the title is nobody's:
// the mentions are made and done is set. It returns the title's new length.
func (d *doc) titleOfPart(a, p, l, b int) (int, bool) {
	q := p + l
	if q+1 >= b || (d.toks[q].text != "of" && d.toks[q].text != "for") {
		return l, false
	}
	r := q + 1
	if d.toks[r].text == "the" {
		r++
	}
	ext := 0
	for k := r; k < b; k++ {
		if d.isTok("GIVEN", k) {
			if k > r {
				ext = k
			}
			break
		}
	}
	gl, e := d.gazAt(r, b)
	if ext == 0 && gl > 0 && r+gl < b {
		ext = r + gl
	}
	if ext == 0 {
		if k := d.titleAdjective(a, p); k < p {
			if s, ok := d.bodyBefore(a, k); ok && b-r <= officeWords {
				c := d.spanCand(s, b, "") // "UN High Commissioner for Refugees": the body's office
				d.vote(c, dossier.ORG, 4)
				d.add(c)
				return l, true
			}
			p = k
		}
		d.segment(a, p, "")
		d.segment(r, b, "")
		return l, true
	}
	if r+gl == ext && e.typ != dossier.PER {
		d.segment(r, ext, "")
	}
	return ext - p, false
}

// segmentFrom makes a mention of [a, b) whose name words start at token nameStart (after a style
// that stays in the span).
func (d *doc) segmentFrom(a, nameStart, b int, title string) {
	if a == nameStart {
		d.segment(a, b, title)
		return
	}
	// The style stays in the span: the name after it must still hold a word.
	if nameStart >= b {
		return
	}
	d.add(d.spanCand(a, b, title))
}

// segment makes the mentions of the run [a, b) carrying title: the ordinary words around the name
// are trimmed off, and the run is split where it holds more than one name (a headline's ordinary
// word, "X of Y Camp", known names in a row).
func (d *doc) segment(a, b int, title string) {
	for a < b && d.connector(a) {
		a++ // a connector left in front ("of", "for") once a title is taken off
	}
	if a >= b || b-a > 1 && d.g.is("NONAME", d.text[d.toks[a].start:d.toks[b-1].end]) {
		return // nothing left, or words that together are never a name ("New Year")
	}
	hl := d.headline[d.toks[a].sent]
	dropped := false
	if !d.quotedTitle(a, b) {
		a, dropped = d.dropLeading(a, b, hl)
	}
	if dropped {
		title = "" // the title went with the ordinary words that stood between it and the name
	}
	for a < b && (d.particle(b-1) || d.pronounAfterKnown(a, b)) {
		b-- // a particle left at the end, or "I" after a known name ("the Honda I own")
	}
	if a >= b || d.doubledName(a, b, title) {
		return
	}
	if hl && d.splitHeadline(a, b, title) {
		return
	}
	if d.verbInRun(a, b, title) {
		return // before the people's word goes: "Velmoran Army Kills …" keeps "Velmoran Army"
	}
	a = d.dropDemonyms(a, b)
	if a >= b {
		return
	}
	if a+1 == b && (d.loneNoName(a, hl) || d.compound(a)) {
		return
	}
	if d.splitOfPlace(a, b, title) || d.facilityPlace(a, b, title) || d.nameThenWords(a, b, title) || d.splitPlaceStarts(a, b, title) {
		return
	}
	d.segmentKnown(a, b, title)
}

// pronounAfterKnown reports whether the run [a, b) is a known name, not a person's, and then a
// pronoun in capitals that names nothing ("the Honda I own"): the pronoun opens a clause of its
// own. After other names the same letter may be a numeral ("World War I").
func (d *doc) pronounAfterKnown(a, b int) bool {
	if b-a < 2 || !d.isTok("NONAME", b-1) || d.toks[b-1].upos != "PRON" {
		return false
	}
	l, e := d.gazAt(a, b-1)
	return l == b-1-a && e.typ != dossier.PER
}

// splitPlaceStarts splits the run [a, b), which no title opens, before a word that joins a
// place's first word to the rest with a hyphen ("Tal-X", "Kafr-X", "Deir-X"): such a word opens a
// place's name, so a run of them is a list of places whose commas were lost ("X Tal-Y Tal-Z").
// It reports whether it split.
func (d *doc) splitPlaceStarts(a, b int, title string) bool {
	if title != "" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if d.placeStartWord(k) {
			if l, _ := d.gazAt(a, b); l == b-a {
				return false
			}
			d.segment(a, k, "")
			d.segment(k, b, "")
			return true
		}
	}
	return false
}

// placeStartWord reports whether token k is a capitalised word made of a place's first word, a
// hyphen and a capitalised rest ("Tal-Antar"-like forms).
func (d *doc) placeStartWord(k int) bool {
	t := d.toks[k].text
	first, rest, ok := strings.Cut(t, "-")
	return ok && isCap(first) && isCap(rest) && d.g.is("LOCSTART", first)
}

// quotedTitle reports whether the run [a, b) of two words or more fills a quotation mid-sentence
// ("the “Bad Blood” singer", "the ‘Bad Blood’ singer"): a title of a work, whose first word is
// no ordinary word left in front of a name.
func (d *doc) quotedTitle(a, b int) bool {
	if b-a < 2 || a < 2 || b >= len(d.toks) || !d.titleOpens(a-1) || d.brk(a-2, a-1) || !d.toks[a-2].word {
		return false
	}
	if isOpenQuote(d.toks[a-1].text) {
		return isCloseQuote(d.toks[b].text)
	}
	return isSingleQuote(d.toks[b].text) && d.toks[b].start == d.toks[b-1].end
}

// connector reports a token that holds the words of a name together without being one of them:
// a lower-case word such as "of", "for" or "&" that is neither a particle nor an article-prefixed
// name.
func (d *doc) connector(p int) bool {
	return !isCap(d.toks[p].text) && !d.particle(p) && !d.g.w.prefixedName(d.toks[p].text)
}

// dropLeading skips the ordinary words in front of the name [a, b) ("The", "However", a
// headline's "Main"); it returns the new start and whether any word other than "The" went. A
// word after a verb that opened the sentence (an imperative: "Read Also", "Hide Ad") is read as
// opening it too, and recorded in d.opened; after a preposition or a determiner a name is
// common ("Since Python 3.6", "This City Limits video").
func (d *doc) dropLeading(a, b int, hl bool) (int, bool) {
	dropped, lead := false, false
	for a < b && d.leadingWord(a, b, hl, lead) {
		dropped = dropped || d.toks[a].text != "The"
		lead = lead || d.toks[a].initial && d.opens(a)
		a++
	}
	if lead && a < b {
		d.opened[a] = true
	}
	return a, dropped
}

// ordinaryRest reports whether the name [a, b) goes on after its first word with one ordinary
// word only, which the document never writes capitalised on its own in mid-sentence ("Live
// Nation is producing the tour"): that word names nothing alone, so the first word, when the
// parse reads it as a noun or an adjective (not "Although X", "Read X"), is part of the name.
func (d *doc) ordinaryRest(a, b int) bool {
	if b-a != 2 {
		return false
	}
	w, pos := d.low[a+1], d.toks[a].upos
	return (pos == "ADJ" || pos == "NOUN" || pos == "PROPN") && d.g.w.lowerMostly[w] && !d.capAlone[w]
}

// opens reports whether the word at token a, dropped from the front of a name at a sentence
// start, leaves the next word opening the sentence too: a verb, or, without a parse, any word
// but "The".
func (d *doc) opens(a int) bool {
	switch d.toks[a].upos {
	case "VERB", "AUX":
		return true
	case "":
		return d.toks[a].text != "The"
	}
	return false
}

// leadingWord reports whether token a, in front of the rest of [a, b), is no part of the name: a
// "The", an ordinary word capitalised only because it opens a sentence or stands in a headline, a
// spelled number, a word never in a name, or a particle standing alone.
func (d *doc) leadingWord(a, b int, hl, lead bool) bool {
	t := d.toks[a]
	l, _ := d.gazAt(a, b)
	initialWord := l == 0 && d.initialOrdinary(a, b, hl, lead)
	if !initialWord && l == 0 && (t.initial || hl) && d.glued(a, b) {
		initialWord = true // "New X Brigade chief promises …" when the body only has "X Brigade"
	}
	// A spelled number before a name counts it ("Fifteen Red Crescent volunteers"), even
	// where a lost stop leaves it mid-sentence.
	number := l == 0 && d.g.w.spelledNumber(lowerWord(t.text))
	unit := l == 0 && a > 0 && d.g.is("UNITWORD", t.text) && startsDigit(d.toks[a-1].text) // "600 MW"
	return t.text == "The" || initialWord || number || unit || (l == 0 && d.g.is("NONAME", t.text)) || (d.particle(a) && a+1 == b)
}

// initialOrdinary reports whether token a, which no known name starts at, is an ordinary word
// written with a capital only because it opens a sentence or stands in a headline, or because
// it follows an ordinary word that did (lead); a word that the body shows starts a name
// ("National Front for Liberation") is kept.
func (d *doc) initialOrdinary(a, b int, hl, lead bool) bool {
	t := d.toks[a]
	// A word after a sentence-initial "The" is read as sentence-initial too ("The Members of …").
	// A head word alone ("The Coalition") still names the institution the text is about.
	init := t.initial || lead || a > 0 && d.toks[a-1].initial && d.toks[a-1].text == "The" && !d.brk(a-1, a) &&
		!(a+1 == b && d.g.is("ORGHEAD", t.text))
	if !(init || hl) {
		return false
	}
	if lead && !t.initial && !hl {
		// Only the ordinary word before it opened the sentence: the word itself must be a common
		// word or one the parse reads as no name's ("Read Also"), not merely one the document
		// writes in lower case too ("Since Python 3.6" beside "python images").
		if !d.g.is("COMMON", d.low[a]) && !d.ordinaryLead(a) {
			return false
		}
	} else if !(d.common(t) || a+1 == b && d.g.w.suffixed(t.text) && !d.capMid[lowerWord(t.text)] || d.ordinaryLead(a)) {
		return false
	}
	if b-a > 1 && !d.g.w.functionWord[strings.ToLower(t.text)] && !d.g.is("NONAME", t.text) &&
		(d.headed(b) || d.connected(a, b) || d.midRuns[d.keyAt(a, b)] || d.recognisedWhole(a, b) || d.ordinaryRest(a, b)) && !hl {
		return false // "National Front for Liberation", "Special Operations Command" at a sentence start
	}
	return true
}

// splitHeadline splits a headline's run at its first ordinary word or word the body gives no
// sign of being a name, since in a headline every word is capitalised; it reports whether it
// split.
func (d *doc) splitHeadline(a, b int, title string) bool {
	if d.headedNouns(a, b) {
		return false
	}
	for p := a; p < b; p++ {
		// A known place stays one ("US FALLS"); a known body spelled like an ordinary word does
		// not ("WHO IS …").
		if l, e := d.gazAt(p, b); l > 0 && (e.typ == dossier.LOC || !d.plainCaps(p, p+l)) {
			p += l - 1
			continue
		}
		if d.common(d.toks[p]) || !d.evidenced(p) {
			d.segment(a, p, title)
			d.segment(p+1, b, "")
			return true
		}
	}
	return false
}

// headedNouns reports whether the run [a, b) of a line in title case is one name that the parse
// reads as nouns and names only, the last a head word of a body's or a place's name ("PNC Music
// Pavilion", "Cynthia Woods Mitchell Pavilion"): three words or more, or two when a body's acronym
// or known name opens them ("PPL Center") or when a word known as a name opens them and a comma
// stands beside them, as in a list ("Tinley Park, IL"). A headline that says something holds a
// verb.
func (d *doc) headedNouns(a, b int) bool {
	if b-a < 2 || b-a == 2 && !d.bodyFirst(a) && !(d.evidenced(a) && d.commaBeside(a, b)) || !d.headed(b) {
		return false // two words are one name when a body opens them ("PPL Center") or a list holds them ("Bridgestone Arena, Nashville")
	}
	for k := a; k < b; k++ {
		if u := d.toks[k].upos; u != "NOUN" && u != "PROPN" {
			return false
		}
	}
	return true
}

// commaBeside reports whether a comma stands right before token a or right after the run [a, b)
// on its line, as between the items of a list.
func (d *doc) commaBeside(a, b int) bool {
	return a > 0 && d.toks[a-1].text == "," && !d.brk(a-1, a) || b < len(d.toks) && d.toks[b].text == "," && !d.brk(b-1, b)
}

// bodyFirst reports whether token a is an acronym or the one-word name of a body the gazetteer
// knows: a head word after it names a place or a body of its own ("PPL Center"), where after
// another word it may be a verb read as a noun ("X Falls Short").
func (d *doc) bodyFirst(a int) bool {
	if isAcronym(d.toks[a].text) {
		return true
	}
	l, e := d.gazAt(a, a+1)
	return l == 1 && e.typ == dossier.ORG
}

// dropDemonyms skips the demonyms in front of the name [a, b) ("Iraqi", "Kurdish YPG"), and a
// party's word in front of a known place ("Republican U.S.") or a given name and more; they are kept when the name ends
// in a head word ("Syrian Arab Army", "Iraqi Museum") or is known as a whole.
func (d *doc) dropDemonyms(a, b int) int {
	for a < b {
		n := d.demonymAt(a, b)
		if n == 0 && b-a > 1 && d.isTok("PARTYWORD", a) && !d.brk(a, a+1) {
			if l, e := d.gazAt(a+1, b); l == b-a-1 && e.typ == dossier.LOC {
				n = 1 // "the Republican U.S. senator": the party qualifies the senator, not the place
			} else if b-a > 2 && (d.isTok("GIVEN", a+1) || d.maybeGiven(a+1)) {
				n = 1 // "when Republican X Y won": the party's word says who the person is
			}
		}
		if n == 0 {
			break
		}
		if l, _ := d.gazAt(a, b); l == b-a {
			break
		}
		if b-a > n && (d.headed(b) || d.isTok("INSTHEAD", b-1) || d.headedBeforeOf(a, b)) && !d.thingModifier(a+n, b) {
			break // "Syrian Arab Army", "Syrian Observatory of Human Rights", "Iraqi Museum"
		}
		a += n
	}
	return a
}

// thingModifier reports whether [a, b) is one thing's noun in capitals ("TV") that qualifies the
// lower-case noun after it ("Peruvian TV station", "a Lebanese TV journalist"): the people's word
// before it is then no part of an outlet's name.
func (d *doc) thingModifier(a, b int) bool {
	if b-a != 1 || b >= len(d.toks) || !d.isTok("THINGABBR", a) || d.brk(a, b) {
		return false
	}
	t := d.toks[b]
	return t.word && !isCap(t.text) && t.upos == "NOUN"
}

// demonymAt returns how many words of [a, b) from a make one word for a people: a listed
// demonym of several words ("South Korean", "New Zealanders"), else one word, else none.
func (d *doc) demonymAt(a, b int) int {
	for n := min(3, b-a); n >= 2; n-- {
		ws := make([]string, n)
		for k := range ws {
			if k > 0 && d.brk(a+k-1, a+k) {
				ws = nil
				break
			}
			ws[k] = d.toks[a+k].text
		}
		if ws != nil && d.g.is("DEMONYM", strings.Join(ws, " ")) {
			return n
		}
	}
	if d.demonym(d.toks[a].text) {
		return 1
	}
	return 0
}

// headedBeforeOf reports whether the run [a, b) goes on with "of" or "for" after a head word of
// a body or a place ("Observatory of Human Rights").
func (d *doc) headedBeforeOf(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if w := d.toks[k].text; w == "of" || w == "for" {
			return d.headed(k)
		}
	}
	return false
}

// loneNoName reports whether the single word at a is no name: a headline's head word ("Dam",
// "Forces"), a bare plural opening a sentence ("Hundreds fled") outside a game's score
// ("Panthers 5, Flyers 2"), a company's legal form left alone ("#Brand, Inc."), an ordinary
// word's shorthand ("Govt", WORDABBR), a kind of thing's acronym ("PC", THINGABBR) that is no
// state's postal code after a town, a verb opening a sentence or in a headline that the story
// writes in lower case in another form, a word in capitals after a noun for a code ("promo code
// X", CODENOUN), or an unknown Roman numeral or single letter.
func (d *doc) loneNoName(a int, hl bool) bool {
	b, w := a+1, d.toks[a].text
	if hl && d.headed(b) || d.g.is("LEGALFORM", w) || d.g.is("WORDABBR", w) {
		return true
	}
	if capsOrPlural(w) && d.g.is("THINGABBR", w) && !d.postalCode(&cand{a: a, b: b}) {
		return true
	}
	if (d.toks[a].initial || hl) && d.barePlural(a) && !d.scoreLine(a, b) {
		return true
	}
	l, _ := d.gazAt(a, b)
	if l == 0 && a > 0 && upperWord(w) && d.isTok("CODENOUN", a-1) && d.toks[a-1].text == d.low[a-1] {
		return true // "with promo code SAVEBIG": a code to type in, not a name
	}
	if l == 0 && (d.toks[a].initial || hl) && d.lowVerbForm(a) && !d.isTok("GIVEN", a) && d.capOnce(a) {
		return true // a headline's second verb ("X Kills, Crucifies 5"), the story writing "crucified"
	}
	return l == 0 && (isRoman(w) || utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1)
}

// capOnce reports whether the document writes the word at token a capitalised nowhere else.
func (d *doc) capOnce(a int) bool {
	for k, t := range d.toks {
		if k != a && t.word && d.low[k] == d.low[a] && isCap(t.text) {
			return false
		}
	}
	return true
}

// capsOrPlural reports whether w is written in capitals, or in capitals and a plural's "s"
// ("PCs").
func capsOrPlural(w string) bool {
	c := strings.TrimSuffix(w, "s")
	return len(c) >= 2 && strings.ToUpper(c) == c && strings.ToLower(c) != c
}

// splitOfPlace splits "X of Y Camp" at its "of" or "for", since the place after it is a name of
// its own, unless the run is known as a whole; it reports whether it split.
func (d *doc) splitOfPlace(a, b int, title string) bool {
	if lw := d.lastWord(b); !d.g.is("FACILITY", lw) && !d.g.is("LOCHEAD", lw) {
		return false
	}
	for p := a + 1; p < b-1; p++ {
		if w := d.toks[p].text; w != "of" && w != "for" {
			continue
		}
		if l, _ := d.gazAt(a, b); l == b-a {
			break
		}
		q := p + 1
		if d.toks[q].text == "the" {
			q++
		}
		d.segment(a, p, title)
		d.segment(q, b, "")
		return true
	}
	return false
}

// facilityPlace makes "X Camp", "X Garrison" a mention of the place X, unless the run is known as
// a whole; it reports whether it did.
func (d *doc) facilityPlace(a, b int, title string) bool {
	if b-a <= 1 || !d.g.is("FACILITY", d.lastWord(b)) {
		return false
	}
	if l, _ := d.gazAt(a, b); l == b-a {
		return false
	}
	c := d.spanCand(a, b-1, title)
	d.vote(c, dossier.LOC, 3)
	d.add(c)
	return true
}

// spanCand returns a mention covering the tokens [a, b) whole.
func (d *doc) spanCand(a, b int, title string) *cand {
	return &cand{start: d.toks[a].start, end: d.toks[b-1].end, a: a, b: b, title: title}
}

// knownSpan is a known name found inside a run: tokens [a, b) and its gazetteer entry.
type knownSpan struct {
	a, b int
	e    entry
}

// knownNames returns the known names in [a, b), longest first at each point, left to right.
func (d *doc) knownNames(a, b int) []knownSpan {
	var ms []knownSpan
	for p := a; p < b; {
		if l, e := d.gazAt(p, b); l > 0 {
			ms = append(ms, knownSpan{p, p + l, e})
			p += l
			continue
		}
		p++
	}
	return ms
}

// segmentKnown makes the mentions of the run [a, b) by the known names inside it: one mention of
// the whole, or, when the run reads as known names side by side, one mention of each.
func (d *doc) segmentKnown(a, b int, title string) {
	ms := d.knownNames(a, b)
	exact := len(ms) == 1 && ms[0].a == a && ms[0].b == b
	connected := d.connected(a, b) // words such as "of" hold the run together ("Government of Iraq")
	list := d.listOfKnown(ms, a, b, connected) || d.acronymBeside(ms, a, b) || d.placesInRow(ms, a, b, title) || d.personThenBody(ms, a, b)
	if !list && (len(ms) == 0 || exact || d.headed(b) || connected ||
		(b-a > 1 && (d.isTok("GIVEN", a) || d.isTok("LOCSTART", a) || d.isTok("MISCSTART", a))) ||
		!d.splitsKnown(ms, a, b, title)) {
		c := d.spanCand(a, b, title)
		if exact {
			c.gaz, c.hasGaz = ms[0].e, true
		}
		d.add(c)
		return
	}
	p := a
	for i, m := range ms {
		if m.a > p {
			d.segment(p, m.a, title)
			title = ""
		}
		c := d.spanCand(m.a, m.b, title)
		c.gaz, c.hasGaz = m.e, true
		if d.ownHead(m, ms[i+1:], b) {
			c = d.spanCand(m.a, m.b+1, title) // "CBS Sports": a division, not the known body itself
		}
		title = ""
		d.add(c)
		p = c.b
	}
	if p < b {
		d.segment(p, b, "")
	}
}

// ownHead reports whether the known body m of a run that is cut at its known names is followed
// by a head word of a body's or an outlet's name alone, before the next known name or the end of
// the run ("CBS Sports NFL …"): the head word belongs to the body's name, not to a name of its own.
// A head word before a person's name is the person's role ("NFL Insider Jason …").
func (d *doc) ownHead(m knownSpan, rest []knownSpan, b int) bool {
	if m.e.typ != dossier.ORG || m.b >= b || !d.isTok("ORGHEAD", m.b) || d.isTok("GIVEN", m.b) {
		return false
	}
	return m.b+1 == b || len(rest) > 0 && rest[0].a == m.b+1
}

// acronymBeside reports whether the run [a, b) is a known body's acronym and another known
// body's name that opens with an article ("ISIL al-Nusra Front" where a comma was lost): two
// bodies, though the second ends in a head word. A name after the acronym that opens otherwise
// may be the acronym's own branch ("UN World Food Programme").
func (d *doc) acronymBeside(ms []knownSpan, a, b int) bool {
	if len(ms) != 2 || ms[0].a != a || ms[0].b != a+1 || ms[1].a != ms[0].b || ms[1].b != b {
		return false
	}
	t := d.toks[a].text
	if !isAcronym(t) || strings.ToUpper(t) != t || ms[0].e.typ != dossier.ORG || ms[1].e.typ != dossier.ORG {
		return false
	}
	return d.g.w.prefixedName(d.toks[a+1].text) || d.particle(a+1)
}

// splitsKnown reports whether the run [a, b) holding the known names ms is several names side by
// side: the known names are all there is but for one unknown part at one edge, and that part
// reads as a name of its own (a person after a place: "Baghdad Ahmed Saleh" is rare, but
// "… Twitter" after a group's name is common); or, without a title, three known names or more
// in a row, a list such as a tags line.
func (d *doc) splitsKnown(ms []knownSpan, a, b int, title string) bool {
	split := true
	p := a
	for i, m := range ms {
		if m.a > p && i > 0 && !(m.a == p+1 && d.ownHead(ms[i-1], ms[i:], b)) {
			split = false // an unknown part between two known names, not a head word of the first
		}
		if m.a > p && m.e.typ == dossier.LOC {
			split = false // "Carnegie Europe": the known place ends a longer name
		}
		p = m.b
	}
	if p < b && !d.isTok("GIVEN", p) {
		split = false // a known name, then more: "Dana Reed" stays whole unless a given name follows
	}
	if title != "" {
		split = false // a person's name after a title
	}
	if ms[0].a > a && p < b {
		split = false
	}
	if len(ms) >= 3 && title == "" {
		split = true // three known names in a row are a list, not one name: a tags line
	}
	return split
}

// connected reports whether a run holds lower-case connecting words ("of", "for", "&").
func (d *doc) connected(a, b int) bool {
	for p := a; p < b; p++ {
		if d.connector(p) {
			return true
		}
	}
	return false
}

func (d *doc) demonym(w string) bool {
	if d.g.is("DEMONYM", w) {
		return true
	}
	parts := strings.FieldsFunc(w, isHyphen)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !d.g.is("DEMONYM", p) {
			return false
		}
	}
	return true
}
