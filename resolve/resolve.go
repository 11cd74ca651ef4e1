package resolve

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"fmt"
	"hash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

//go:embed data/*.txt
var dataFS embed.FS

// Thresholds on the Jaro-Winkler similarity of two token keys.
const (
	strongSim = 0.88 // tokens are one spelling of the same word
	weakSim   = 0.78 // tokens may be; needs equal skeletons and shared context

	maxContextCandidates = 32 // more candidate entities than this are left undecided
	minFuzzyFamily       = 5  // letters of a family name alone written otherwise than the full name's
	minInitials          = 2  // letters an acronym needs more than to join a name it is not written with
)

// Resolver merges mention chains across documents. It is read-only after construction and safe
// for concurrent use.
type Resolver struct {
	pins    *Pins
	keys    *namekey.Keyer
	generic map[string]bool // keys of generic words of group and place names
	kinds   map[string]bool // head stems of generic words that do not change what a name names
	ownHead map[string]bool // head stems of generic words that make a place of their own ("City")
	country map[string]bool // keys of one-word country names
	fillers map[string]bool // keys of words ignored in group names
	leading map[string]bool // keys of given names that may be dropped in front
	links   map[string]bool // folded words after which a name's words qualify its head
	legal   map[string]bool // folded words of a company's legal form ("Ltd", "JSC")
	common  map[string]bool // folded ordinary English words, never a name on their own
	english map[string]bool // folded English words of the treebank: no romanised spelling of a name
	lists   hash.Hash       // of the word lists read, for Basis
}

// New returns a Resolver that honours pins (nil for none).
func New(pins *Pins) *Resolver {
	if pins == nil {
		pins = &Pins{}
	}
	r := &Resolver{pins: pins, keys: namekey.New(), lists: sha256.New()}
	r.generic = r.readKeys("data/generic.txt")
	r.fillers = r.readKeys("data/fillers.txt")
	r.leading = r.readKeys("data/leading.txt")
	r.links = r.readWords("data/links.txt", namekey.Fold)
	r.legal = r.readWords("data/legal-forms.txt", namekey.Fold)
	r.common = r.readWords("data/common.txt", namekey.Fold)
	r.english = r.readWords("data/english.txt", namekey.Fold)
	r.kinds = r.readKinds("name-kinds")
	r.ownHead = stems(r.readKeys("data/own-place-heads.txt"))
	r.country = r.readCountries("capitals")
	return r
}

// readCountries reads the one-word country names of the language data's table of capitals.
func (r *Resolver) readCountries(name string) map[string]bool {
	m := map[string]bool{}
	for _, row := range en.Embedded().Rows(name) {
		for _, n := range strings.Split(row[0], "|") {
			r.lists.Write([]byte(n + "\n"))
			if !strings.Contains(n, " ") {
				m[namekey.Key(n)] = true
			}
		}
	}
	return m
}

// readKinds reads a list of kind words from the language data: each is a generic word too, and
// kinds holds its head stem.
func (r *Resolver) readKinds(name string) map[string]bool {
	kinds := map[string]bool{}
	for _, w := range en.Embedded().Entries(name) {
		r.lists.Write([]byte(w + "\n"))
		k := namekey.Key(w)
		r.generic[k] = true
		kinds[headStem(k)] = true
	}
	return kinds
}

// stems returns the head stems of keys.
func stems(keys map[string]bool) map[string]bool {
	m := map[string]bool{}
	for k := range keys {
		m[headStem(k)] = true
	}
	return m
}

func (r *Resolver) readKeys(name string) map[string]bool { return r.readWords(name, namekey.Key) }

// readWords reads a word list of the embedded data, one word a line, each turned by norm.
func (r *Resolver) readWords(name string, norm func(string) string) map[string]bool {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		// Embedded at build time: a missing file is a build defect, not an input error.
		panic(fmt.Sprintf("resolve: read %s: %v", name, err))
	}
	r.lists.Write(data)
	m := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[norm(line)] = true
	}
	return m
}

// tok is one token of a name as matching sees it.
type tok struct {
	key, skel string // skel: the skeleton of loose, see skeleton
	loose     string // key with the letters of a romanised qaf or ghayn as one (namekey.Loose)
	long      string // key before the final-vowel fold
	article   bool   // written with al-, el- …
	compound  bool   // one half of a hyphenated pair ("Anne-Marie")
	common    bool   // an ordinary English word ("State", "South")
	post      bool   // after a linking word ("of", "for"): it qualifies the name's head
	silentE   bool   // written with a final -e after a consonant ("Europe", not "Europa")
	bare      string // the folded word without its "al-"
	glued     string // key of the word after an article written solid ("Ezzor": "Zor"), or ""
}

// chain is one mention chain of one document.
type chain struct {
	ref      dossier.ChainRef
	doc      int // index of the document in sorted order
	typ      dossier.EntityType
	texts    []string // distinct mention texts in order of first mention
	counts   []int    // mentions of each of texts
	words    []int    // name tokens of each of texts (0 for an acronym)
	mentions int
	full     namekey.Name // the fullest name
	written  namekey.Name // the fullest name as written, before any renaming (see rename)
	fullText string
	ntok     int      // tokens of the fullest name
	dist     []tok    // distinctive tokens: all for persons, non-generic for others
	heads    []string // generic head words (non-persons)
	ownPlace bool     // a place whose head word makes it a place of its own: "Gaza City"
	acrs     []string // acronyms written in the chain
	alone    []string // keys of the one-word names written in the chain
	company  bool     // the fullest name ends in a company's legal form ("Co.", "Inc.")
	acrOnly  bool     // every name of the chain is an acronym
	ctx      []string // names of the chains of its document, sorted, each once; own among them
	own      string   // the chain's own name in ctx, which is no context of its own
	shape    int      // chains of one type, fullest name and acronym-only flag share it
}

// Resolve merges the chains of all analyses into entities. Every chain of every analysis gets a
// Member. The result depends only on the set of analyses, not on their order.
func (r *Resolver) Resolve(analyses []*dossier.Analysis) ([]dossier.Entity, []dossier.Member) {
	return r.resolveChains(r.chains(sortedAnalyses(analyses)))
}

// resolveChains merges chains (in order of document id, then chain) into entities.
func (r *Resolver) resolveChains(chains []*chain) ([]dossier.Entity, []dossier.Member) {
	u := newUnion(len(chains))
	r.applyPins(u, chains)
	r.matchFull(u, chains)
	r.matchShort(u, chains)
	r.matchAcronyms(u, chains)
	return r.output(u, chains)
}

func (r *Resolver) chains(as []*dossier.Analysis) []*chain {
	g := r.NewGathered()
	for _, a := range as {
		g.add(a)
	}
	return g.done()
}

// docChains makes the chains of the document a, numbered di in order of document id, with
// their names read through f and shapes.
func (r *Resolver) docChains(a *dossier.Analysis, di int, f *forms, shapes map[string]int) []*chain {
	byChain := map[int]*chain{}
	var order []int
	types := map[int]map[dossier.EntityType]int{}
	for _, m := range a.Mentions {
		c := byChain[m.Chain]
		if c == nil {
			c = &chain{ref: dossier.ChainRef{Doc: a.Doc.ID, Chain: m.Chain}, doc: di}
			byChain[m.Chain] = c
			order = append(order, m.Chain)
			types[m.Chain] = map[dossier.EntityType]int{}
		}
		t := strings.TrimSpace(m.Text)
		if t == "" {
			continue
		}
		c.add(t)
		c.mentions++
		types[m.Chain][m.Type]++
	}
	sort.Ints(order)
	docChains := make([]*chain, 0, len(order))
	for _, id := range order {
		c := byChain[id]
		c.typ = majorityType(types[id])
		r.describe(c, f)
		shape := string(c.typ) + "\x00" + strconv.FormatBool(c.acrOnly) + "\x00" + c.fullText
		if _, ok := shapes[shape]; !ok {
			shapes[shape] = len(shapes)
		}
		c.shape = shapes[shape]
		docChains = append(docChains, c)
	}
	// Context: the names of the other chains in the document, sorted, each once, neither
	// the chain's own name nor an empty one.
	names := make([]string, 0, len(docChains))
	for _, c := range docChains {
		if n := c.full.String(); n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	names = slices.Compact(names)
	// The chains of a document share one list; each skips its own name when reading it.
	for _, c := range docChains {
		c.ctx, c.own = names, c.full.String()
	}
	return docChains
}

// rename gives chain c the fullest name n in place of its own, with the tokens and shape of n:
// the chain keeps its texts.
func (r *Resolver) rename(c *chain, n namekey.Name, shapes map[string]int) {
	c.full, c.dist, c.heads, c.ownPlace = n, nil, nil, false
	r.tokens(c)
	shape := string(c.typ) + "\x00renamed\x00" + n.String()
	if _, ok := shapes[shape]; !ok {
		shapes[shape] = len(shapes)
	}
	c.shape = shapes[shape]
}

// expandAcronyms writes out an acronym inside a group's or a place's name ("UN Security
// Council") when the corpus spells it out: when the chains that write the acronym alone and have
// a full name whose initials it spells all have one such name ("United Nations"). The name is
// then compared as "United Nations Security Council".
func (r *Resolver) expandAcronyms(chains []*chain, f *forms, shapes map[string]int) {
	spelled := map[string]string{} // acronym → the name it abbreviates; "" when several
	for _, c := range chains {
		if c.acrOnly || c.ntok < 2 || c.typ == dossier.PER {
			continue
		}
		for _, a := range c.acrs {
			if !slices.Contains(r.initials(c), a) {
				continue
			}
			if prev, ok := spelled[a]; ok && prev != c.fullText {
				spelled[a] = ""
			} else {
				spelled[a] = c.fullText
			}
		}
	}
	for _, c := range chains {
		if c.acrOnly || c.ntok < 2 || c.typ == dossier.PER {
			continue
		}
		words := strings.Fields(c.fullText)
		changed, plain := false, false
		for i, w := range words {
			a, ok := acronym(w)
			plain = plain || !ok
			if ok && spelled[a] != "" {
				words[i], changed = spelled[a], true
			}
		}
		// A name of acronyms alone ("IN SD") is too short to tell what it spells.
		if changed && plain {
			r.rename(c, r.parse(f, strings.Join(words, " ")), shapes)
		}
	}
}

// possessives reads a person's name of several words written with a final "s" as the name
// without it where another chain's fullest name is that: "Bashar al-Assads" is a possessive
// whose apostrophe a page dropped when the corpus names "Bashar al-Assad". A word alone is left
// as written: "Browns" may be a team, not the possessive of a Brown. The chain keeps its texts;
// only its fullest name, tokens and shape change.
func (r *Resolver) possessives(chains []*chain, f *forms, shapes map[string]int) {
	full := map[string]bool{}
	for _, c := range chains {
		if c.typ == dossier.PER && !c.acrOnly && c.ntok >= 2 {
			full[c.full.String()] = true
		}
	}
	for _, c := range chains {
		t := c.fullText
		if c.typ != dossier.PER || c.acrOnly || c.ntok < 2 || !strings.HasSuffix(t, "s") || strings.HasSuffix(t, "ss") {
			continue
		}
		n := r.parse(f, t[:len(t)-1])
		if len(n.Tokens) == c.ntok && n.String() != c.full.String() && full[n.String()] {
			r.rename(c, n, shapes)
		}
	}
}

// add counts one mention of text t in the chain.
func (c *chain) add(t string) {
	for i, x := range c.texts {
		if x == t {
			c.counts[i]++
			return
		}
	}
	c.texts = append(c.texts, t)
	c.counts = append(c.counts, 1)
}

// count returns how many mentions of the chain read t. A chain has few texts: reading them all
// costs less than a map of its own.
func (c *chain) count(t string) int {
	for i, x := range c.texts {
		if x == t {
			return c.counts[i]
		}
	}
	return 0
}

var typeOrder = []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC, dossier.MISC}

func majorityType(n map[dossier.EntityType]int) dossier.EntityType {
	best, bn := dossier.MISC, 0
	for _, t := range typeOrder {
		if n[t] > bn {
			best, bn = t, n[t]
		}
	}
	return best
}

// forms keeps, for one resolution, what chains of different documents would each work out
// again: the reading of every mention text, and the tokens of every fullest name of a type. The
// chains share them; nothing changes them once made.
type forms struct {
	names map[string]namekey.Name
	full  map[string]*chain // by type and fullest name: a chain whose ntok, dist and heads to share
}

func newForms() *forms {
	return &forms{names: map[string]namekey.Name{}, full: map[string]*chain{}}
}

// parse reads a mention text as a name, once per text.
func (r *Resolver) parse(f *forms, t string) namekey.Name {
	n, ok := f.names[t]
	if !ok {
		n = r.keys.Parse(t)
		f.names[t] = n
	}
	return n
}

// describe fills a chain's fullest name, tokens and acronyms from its texts.
func (r *Resolver) describe(c *chain, f *forms) {
	bestN := -1
	c.acrOnly = true
	c.words = make([]int, len(c.texts))
	for i, t := range c.texts {
		if a, ok := acronym(t); ok {
			c.acrs = appendUniq(c.acrs, a)
			continue
		}
		n := r.parse(f, t)
		c.words[i] = len(n.Tokens)
		if len(n.Tokens) == 0 {
			continue
		}
		if len(n.Tokens) == 1 {
			c.alone = appendUniq(c.alone, n.Tokens[0].Key)
		}
		c.acrOnly = false
		better := len(n.Tokens) > bestN ||
			len(n.Tokens) == bestN && (c.count(t) > c.count(c.fullText) ||
				c.count(t) == c.count(c.fullText) && (len(t) > len(c.fullText) || len(t) == len(c.fullText) && t < c.fullText))
		if better {
			bestN, c.full, c.fullText = len(n.Tokens), n, t
		}
	}
	c.written = c.full
	if c.acrOnly {
		if len(c.acrs) > 0 {
			c.fullText = c.acrs[0]
			c.full = namekey.Name{Tokens: []namekey.Token{{Text: strings.ToLower(c.acrs[0]), Key: strings.ToLower(c.acrs[0]), Long: strings.ToLower(c.acrs[0])}}}
		}
		return
	}
	key := string(c.typ) + "\x00" + c.fullText
	if same, ok := f.full[key]; ok {
		c.ntok, c.dist, c.heads, c.company, c.ownPlace = same.ntok, same.dist, same.heads, same.company, same.ownPlace
		return
	}
	r.tokens(c)
	f.full[key] = c
}

// tokens fills the distinctive tokens and head words of a chain from its fullest name and type.
// A group's legal form at the end of its name ("Inc.", "Corp") names no other thing: it is
// passed over.
func (r *Resolver) tokens(c *chain) {
	c.ntok = len(c.full.Tokens)
	post := false
	toks := c.full.Tokens
	c.company = false
	for c.typ != dossier.PER && len(toks) > 1 && r.legal[toks[len(toks)-1].Text] {
		toks = toks[:len(toks)-1]
		c.company = true
	}
	for _, t := range toks {
		post = post || r.links[t.Text]
		tk := tok{key: t.Key, loose: namekey.Loose(t.Key), long: t.Long, skel: skeleton(t.Key), article: t.Particle == namekey.Article, compound: t.Compound, common: r.common[t.Text], post: post || r.legal[t.Text], silentE: silentE(t.Text), bare: bare(t)}
		if t.Particle == "" && c.typ != dossier.PER { // "Assad" is no "al-Sad"
			if rest, ok := gluedArticle(t.Text); ok {
				tk.glued = r.keys.Key(rest)
			}
		}
		if c.typ != dossier.PER {
			if r.fillers[t.Key] {
				continue
			}
			if r.generic[t.Key] {
				c.heads = appendUniq(c.heads, headStem(t.Key))
				c.ownPlace = c.ownPlace || r.ownHead[headStem(t.Key)]
				continue
			}
		}
		c.dist = append(c.dist, tk)
	}
	sort.Strings(c.heads)
}

// gluedArticle splits a folded word that may be an Arabic article written solid with the word
// it assimilated to ("Ezzor" for "ez-Zor", "Assalam" for "as-Salam"): a vowel, then a doubled
// consonant of those the article takes the sound of. It returns the word after the article.
func gluedArticle(w string) (string, bool) {
	if len(w) < 5 || !strings.ContainsRune("aeiou", rune(w[0])) || w[1] != w[2] || !strings.ContainsRune("tdrzsnl", rune(w[1])) {
		return "", false
	}
	return w[2:], true
}

// bare is a token's folded word without an "al-" written before it.
func bare(t namekey.Token) string {
	if t.Particle != namekey.Article {
		return t.Text
	}
	if i := strings.LastIndexByte(t.Text, '-'); i >= 0 {
		return t.Text[i+1:]
	}
	return t.Text
}

// headStem is a head word's key without a plural -s and a final vowel: "Brigade" and
// "Brigades" are one kind of group.
func headStem(key string) string {
	k := strings.TrimSuffix(key, "s")
	return strings.TrimSuffix(strings.TrimSuffix(k, "a"), "e")
}

func appendUniq(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// acronym reports whether a mention text is an acronym ("SAA", "U.S.", "MoD") and returns it in
// upper case without dots.
func acronym(t string) (string, bool) {
	if strings.ContainsAny(t, " \t-") {
		return "", false
	}
	var b strings.Builder
	letters, upper := 0, 0
	for _, r := range t {
		switch {
		case r == '.':
			continue
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			b.WriteRune(unicode.ToUpper(r))
		default:
			return "", false
		}
	}
	if letters < 2 || letters > 8 || upper < 2 || upper*2 < letters {
		return "", false
	}
	return b.String(), true
}

// compatible reports whether two chain types may be one entity.
func compatible(a, b dossier.EntityType) bool {
	return a == b || a == dossier.MISC || b == dossier.MISC
}

// level says how well two token lists align: 0 no, 1 only weakly, 2 strongly.
type level int

const (
	no level = iota
	weak
	strong
)

func tokLevel(a, b tok) level {
	if a.key == b.key || a.glued != "" && b.article && a.glued == b.key || b.glued != "" && a.article && b.glued == a.key {
		return strong
	}
	if a.common != b.common {
		return no // an ordinary word is no romanisation of a name: "Center" is not "Kenitra"
	}
	if a.loose == b.loose {
		// Written otherwise only in the letters of a romanised qaf ("Gaddafi", "Qaddafi"):
		// the same name only where other evidence agrees, as English names differ so too.
		return weak
	}
	s := namekey.Similarity(a.long, b.long)
	switch {
	case s >= strongSim && min(len(a.long), len(b.long)) > 3:
		return strong
	case s >= weakSim && a.skel == b.skel:
		return weak
	}
	return no
}

// headsAgree: generic head words of one name are among the other's.
func headsAgree(a, b []string) bool {
	sub := func(x, y []string) bool {
		for _, h := range x {
			found := false
			for _, g := range y {
				if g == h {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

// sameName compares two chains' fullest names one to one: every distinctive token aligned, in
// order. Persons need at least two tokens; groups and places one distinctive token and
// agreeing head words.
func (r *Resolver) sameName(a, b *chain) level {
	if a.acrOnly || b.acrOnly || a.ntok < 2 || b.ntok < 2 {
		return no
	}
	if a.typ != b.typ && !compatible(a.typ, b.typ) {
		// Different types only when the names are written the same in full.
		if a.full.String() != b.full.String() {
			return no
		}
		return strong
	}
	per := a.typ == dossier.PER || b.typ == dossier.PER
	// One to one, head words too: "X Air" is not "X Air Force".
	if !per && strings.Join(a.heads, " ") != strings.Join(b.heads, " ") {
		return no
	}
	if len(a.dist) != len(b.dist) {
		return no
	}
	if len(a.dist) == 0 {
		if a.full.String() == b.full.String() {
			return strong
		}
		return no
	}
	if per && len(a.dist) < 2 {
		return no
	}
	return aligned(a.dist, b.dist)
}

// prefixed reports whether words stand in l before the first that first may be, and that one
// is no qualifying word: "West Palm Beach" adds a word to "Palm Beach", "Kingdom of Saudi Arabia"
// only a head to "Saudi Arabia".
func prefixed(first tok, l []tok) bool {
	for k, t := range l {
		if tokLevel(first, t) != no {
			return k > 0 && !t.post
		}
	}
	return false
}

// headOnly reports whether s is l without the qualifying phrase after its one distinctive word,
// which is no ordinary word, with the head words l has: "Peterson Institute" for the "Peterson
// Institute for International Economics", not "Old City" for the "Old City of Homs", nor "House
// Committee" for the "House of Representatives".
func headOnly(s, l *chain) bool {
	return len(s.heads) > 0 && subsetOf(s.heads, l.heads) && !s.dist[0].common && qualifiedOnly(s.dist[0], l.dist)
}

// qualifiedOnly reports whether l is t followed by a qualifying phrase only: "Peterson
// Institute" is the "Peterson Institute for International Economics".
func qualifiedOnly(t tok, l []tok) bool {
	if len(l) < 2 || tokLevel(t, l[0]) == no {
		return false
	}
	for _, x := range l[1:] {
		if !x.post {
			return false
		}
	}
	return true
}

// aligned says how well two token lists of one length align one to one, in order.
func aligned(a, b []tok) level {
	lv := strong
	for i := range a {
		lv = min(lv, tokLevel(a[i], b[i]))
		if lv == no {
			return no
		}
	}
	return lv
}

// kindsAdded reports whether the head words l adds to s's are kind words only, at least one.
func (r *Resolver) kindsAdded(s, l []string) bool {
	if len(l) <= len(s) {
		return false
	}
	if !subsetOf(s, l) {
		return false
	}
	for _, h := range l {
		if !slices.Contains(s, h) && !r.kinds[h] {
			return false
		}
	}
	return true
}

// shortOf reports how well chain s's fullest name is a shortened form of l's: a dropped middle
// name, a dropped leading common given name, a dropped trailing "al-" origin name (persons), a
// subset of at least two distinctive words (groups, places), or the same words without kind words
// ("Inner Mongolia", "Inner Mongolia Autonomous Region"). A place is not named by its last words:
// West Palm Beach is not Palm Beach.
func (r *Resolver) shortOf(s, l *chain) level {
	if s.acrOnly || l.acrOnly || s.ntok < 2 || len(s.dist) > len(l.dist) || !compatible(s.typ, l.typ) {
		return no
	}
	per := s.typ == dossier.PER || l.typ == dossier.PER
	if len(s.dist) == len(l.dist) {
		if per || len(s.dist) == 0 || !r.kindsAdded(s.heads, l.heads) {
			return no
		}
		return aligned(s.dist, l.dist)
	}
	if len(s.dist) < 2 && (per || !headOnly(s, l)) {
		return no
	}
	if !per {
		// A short form drops words, it adds none: "American Press Institute" is no short form
		// of the "American Distilling Institute".
		if !headsAgree(s.heads, l.heads) || !sameHead(s.dist, l.dist) || r.oneWordSwapped(s, l) {
			return no
		}
		if (s.typ == dossier.LOC || l.typ == dossier.LOC) && prefixed(s.dist[0], l.dist) {
			return no
		}
		return subseq(s.dist, l.dist, 0, false)
	}
	lv := subseq(s.dist, l.dist, 0, true)
	if lv == no && r.leading[l.dist[0].key] {
		lv = subseq(s.dist, l.dist, 1, true)
	}
	return lv
}

// oneWordSwapped reports whether two names write the same words in the same places but one, a
// word of the name in both: the "Northern Network for Civil Rights" is not the "Northern
// Observatory for Civil Rights", though one holds a generic word where the other a distinctive.
func (r *Resolver) oneWordSwapped(s, l *chain) bool {
	a, b := s.full.Tokens, l.full.Tokens
	if len(a) != len(b) || len(a) < 3 {
		return false
	}
	swapped := -1
	for i := range a {
		if a[i].Key == b[i].Key {
			continue
		}
		if swapped >= 0 {
			return false
		}
		swapped = i
	}
	if swapped < 0 {
		return false
	}
	x, y := a[swapped], b[swapped]
	return !r.fillers[x.Key] && !r.fillers[y.Key] && !r.links[x.Text] && !r.links[y.Text]
}

// silentE reports whether a folded word ends in an "e" after a consonant, which English and other
// European spellings write and do not say; a romanisation writes a final vowel "-a", "-ah" or
// "-eh".
func silentE(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 'e' {
		return false
	}
	return !strings.ContainsRune("aeiouhy", rune(w[n-2]))
}

// sameHead reports whether the long name l ends where the short name s ends, but for a
// qualifying phrase after "of" or "for", or a company's legal form: the word an English name is
// named after comes last. Words added after s's last make another thing of that name: "New York
// Islanders" is a team, not New York, and the "Acme Auto Show" is not Acme. Words added before
// it ("Kingdom of X", "Greater X") keep it.
func sameHead(s, l []tok) bool {
	if len(s) == 0 {
		return true
	}
	last := s[len(s)-1]
	for j := len(l) - 1; j >= 0; j-- {
		if tokLevel(last, l[j]) == no {
			if !l[j].post {
				return false
			}
			continue
		}
		return true
	}
	return true
}

// subsetOf reports whether every head word of s is one of l's: a shortened name drops words,
// it adds none.
func subsetOf(s, l []string) bool {
	for _, h := range s {
		if !slices.Contains(l, h) {
			return false
		}
	}
	return true
}

// subseq aligns all of s, in order, to tokens of l from start on, s's first to l[start]. With
// ends, s's last token must meet l's last, or a token after which l has only "al-" names.
func subseq(s, l []tok, start int, ends bool) level {
	best := no
	var walk func(i, j int, lv level)
	walk = func(i, j int, lv level) {
		if lv <= best {
			return
		}
		if i == len(s) {
			if ends {
				for k := j; k < len(l); k++ {
					if !l[k].article {
						return
					}
				}
			}
			best = lv
			return
		}
		for k := j; k < len(l); k++ {
			if i == 0 && ends && k != start {
				break
			}
			if t := tokLevel(s[i], l[k]); t != no {
				walk(i+1, k+1, min(lv, t))
			}
		}
	}
	if start < len(l) {
		walk(0, start, strong)
	}
	return best
}

// sharedContext counts the names two chains' documents have in common, neither chain's own name
// counted.
func sharedContext(x, y *chain) int {
	a, b := x.ctx, y.ctx
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			if a[i] != x.own && a[i] != y.own {
				n++
			}
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// blockKeys are the keys a chain is filed under: each ordered pair of distinctive token
// skeletons (one skeleton when there is one token; the whole name when there is none).
func blockKeys(c *chain) []string {
	d := c.dist
	if len(d) > 6 {
		d = d[:6]
	}
	switch len(d) {
	case 0:
		return []string{"=" + c.full.String()}
	case 1:
		return skels(d[0])
	}
	var ks []string
	if qualifiedOnly(d[0], d) {
		ks = append(ks, skels(d[0])...) // its head alone may be written: see shortOf
	}
	for i := 0; i < len(d); i++ {
		for j := i + 1; j < len(d); j++ {
			for _, a := range skels(d[i]) {
				for _, b := range skels(d[j]) {
					ks = append(ks, a+" "+b)
				}
			}
		}
	}
	return ks
}

// skeleton is the blocking skeleton of a key: that of its loose form, so that the spellings of
// a romanised qaf ("Gaddafi", "Qaddafi") meet and tokLevel can weigh them.
func skeleton(key string) string { return namekey.Skeleton(namekey.Loose(key)) }

// skels are the skeletons a token is filed under: its own, and that of the word after an
// article written solid, which a spelling with the article apart ("ez-Zor") looks under.
func skels(t tok) []string {
	if t.glued == "" {
		return []string{t.skel}
	}
	return []string{t.skel, skeleton(t.glued)}
}

// queryKey is the block a chain looks its candidates up in: its first and last distinctive
// tokens, which every longer form of it also holds in that order.
func queryKey(c *chain) string {
	d := c.dist
	if len(d) > 6 {
		d = d[:6]
	}
	switch len(d) {
	case 0:
		return "=" + c.full.String()
	case 1:
		return d[0].skel
	}
	return d[0].skel + " " + d[len(d)-1].skel
}

// matchFull merges multi-word names that align one to one, then shortened forms that fit
// exactly one entity.
func (r *Resolver) matchFull(u *union, chains []*chain) {
	blocks := map[string][]int{}
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		for _, k := range blockKeys(c) {
			blocks[k] = append(blocks[k], i)
		}
	}
	cands := func(i int) []int {
		return blocks[queryKey(chains[i])]
	}
	same, short := r.memo(r.sameName), r.memo(r.shortOf)
	// One to one.
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		for _, j := range cands(i) {
			if j == i || u.find(i) == u.find(j) {
				continue
			}
			switch same(c, chains[j]) {
			case strong:
				u.union(i, j)
			case weak:
				if sharedContext(c, chains[j]) > 0 {
					u.union(i, j)
				}
			}
		}
	}
	// Shortened forms: decide all against the entities as they stand, then merge.
	type join struct{ i, j int }
	var joins []join
	rc := &rootContext{u: u, chains: chains, counts: map[int]map[string]int{}}
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		var strongRoots, weakRoots []int
		for _, j := range cands(i) {
			if j == i || u.find(i) == u.find(j) {
				continue
			}
			switch short(c, chains[j]) {
			case strong:
				strongRoots = appendUniqInt(strongRoots, u.find(j))
			case weak:
				weakRoots = appendUniqInt(weakRoots, u.find(j))
			}
		}
		if len(strongRoots) == 1 && len(weakRoots) == 0 {
			joins = append(joins, join{i, strongRoots[0]})
			continue
		}
		if t, ok := r.byContext(u, chains, c, append(strongRoots, weakRoots...), rc); ok {
			joins = append(joins, join{i, t})
		}
	}
	for _, jn := range joins {
		u.union(jn.i, jn.j)
	}
}

func appendUniqInt(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// byContext picks among candidate entities the one that shares the most co-mentioned names with
// the chain's document, if exactly one shares the most and it shares any. rc, when not nil,
// counts them from its per-entity tallies.
func (r *Resolver) byContext(u *union, chains []*chain, c *chain, roots []int, rc *rootContext) (int, bool) {
	// Past a few dozen candidates a shared neighbour says little, and counting costs much.
	if len(roots) == 0 || len(roots) > maxContextCandidates {
		return 0, false
	}
	best, bestN, tie := -1, 0, false
	for _, root := range roots {
		n := 0
		if rc != nil {
			n = rc.shared(c, root)
		} else {
			for _, m := range u.members(root) {
				n += sharedContext(c, chains[m])
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = root, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if best < 0 || tie {
		return 0, false
	}
	return best, true
}

// matchShort places one-word chains (a family name, a group's distinctive word, a place): all
// one-word chains with the same key and type go together, into the one entity whose
// multi-word names hold that word (persons: as the family name), when there is exactly one.
func (r *Resolver) matchShort(u *union, chains []*chain) {
	index := newWordIndex(chains)
	groups, order := r.shortGroups(chains)
	order = foldUntyped(groups, order, r.spellingsMeet)
	order = r.joinVowelSpellings(chains, groups, order)
	type join struct{ i, j int }
	var joins []join
	rc := &rootContext{u: u, chains: chains, counts: map[int]map[string]int{}}
	for _, gk := range order {
		g := groups[gk]
		for _, m := range g.members[1:] {
			rc.union(g.members[0], m)
		}
		if g.common {
			continue
		}
		strongRoots, weakRoots, headed := r.shortCandidates(u, chains, g, index.block(g))
		if t, ok := r.placeShort(u, chains, g, strongRoots, weakRoots, rc); ok && headed[t] {
			joins = append(joins, join{g.members[0], t})
		}
	}
	for _, jn := range joins {
		u.union(jn.i, jn.j)
	}
}

// foldUntyped moves each group of one-word MISC chains into the group of places or of
// organisations that writes the same word, when there is exactly one: MISC is what a name is
// when its own document gives no evidence of its type, so "Tamsel" read as a place in one report
// ("hit in Tamsel") and untyped in another is one name. It returns the order without the groups
// moved.
func foldUntyped(groups map[string]*shortGroup, order []string, meet func(a, b string) bool) []string {
	typed := map[string][]string{}
	for _, gk := range order {
		if g := groups[gk]; g.typ == dossier.LOC || g.typ == dossier.ORG {
			k := untypedKey(g)
			typed[k] = append(typed[k], gk)
		}
	}
	kept := order[:0]
	for _, gk := range order {
		g := groups[gk]
		if g.typ != dossier.MISC {
			kept = append(kept, gk)
			continue
		}
		to := slices.DeleteFunc(slices.Clone(typed[untypedKey(g)]), func(t string) bool { return !meet(groups[t].tok.bare, g.tok.bare) })
		if len(to) == 1 {
			into := groups[to[0]]
			into.members = append(into.members, g.members...)
			into.common = into.common && g.common
			continue
		}
		kept = append(kept, gk)
	}
	return kept
}

// untypedKey is a one-word group's word key whatever its type.
func untypedKey(g *shortGroup) string {
	k := g.tok.key
	if g.tok.silentE {
		k += "\x00e"
	}
	return k
}

// shortGroup is the one-word chains of one type that write one word.
type shortGroup struct {
	tok     tok
	typ     dossier.EntityType
	common  bool // an ordinary word: it joins no other entity
	vowel   bool // its key is also written with a final -ah or -eh: -e and -a are one ending
	country bool // a country's name: a place named after it is not it
	members []int
}

// shortGroups gathers the one-word chains by type and key, in order of first chain. Outside
// persons, a word written with a silent final -e stands apart from the same key written with
// -a ("Europe", "Europa"), unless a spelling ending in -h ("-ah", "-eh") shows the key to be a
// romanised word whose final vowel varies ("Hasake", "Hasakeh", "Hasaka").
func (r *Resolver) shortGroups(chains []*chain) (map[string]*shortGroup, []string) {
	romanised := map[string]bool{}
	for _, c := range chains {
		if !c.acrOnly && c.ntok == 1 && len(c.full.Tokens) == 1 && strings.HasSuffix(c.full.Tokens[0].Text, "h") {
			romanised[string(c.typ)+"\x00"+c.full.Tokens[0].Key] = true
		}
	}
	groups := map[string]*shortGroup{}
	subs := map[string][]string{}
	var order []string
	for i, c := range chains {
		if c.acrOnly || c.ntok != 1 || len(c.full.Tokens) != 1 {
			continue
		}
		t := c.full.Tokens[0]
		g := string(c.typ) + "\x00" + t.Key
		apart := c.typ != dossier.PER && silentE(t.Text) && !romanised[g]
		if apart {
			g += "\x00e"
		}
		if w := bare(t); c.typ == dossier.PER && len(w) < minFuzzyFamily {
			g += "\x00" + squeeze(w) // a short name's folds bring "Jake" too near "Jack"
		}
		if c.typ != dossier.PER {
			g = r.spellingGroup(groups, subs, g, bare(t))
		}
		if groups[g] == nil {
			groups[g] = &shortGroup{tok: tok{key: t.Key, loose: namekey.Loose(t.Key), long: t.Long, skel: skeleton(t.Key), silentE: apart, bare: bare(t)}, typ: c.typ, common: true, vowel: romanised[g], country: c.typ != dossier.PER && r.country[t.Key]}
			order = append(order, g)
		}
		// The group is common only when every spelling of it is an ordinary word.
		if !r.common[t.Text] {
			groups[g].common = false
		}
		groups[g].members = append(groups[g].members, i)
	}
	return groups, order
}

// spellingGroup is the group of the key g a place's, group's or thing's word w goes in: the
// first of those of g (subs) whose first word it may write (see spellingsMeet), or a new one.
func (r *Resolver) spellingGroup(groups map[string]*shortGroup, subs map[string][]string, g, w string) string {
	for _, sk := range subs[g] {
		if r.spellingsMeet(groups[sk].tok.bare, w) {
			return sk
		}
	}
	sk := g
	if n := len(subs[g]); n > 0 {
		sk += "\x00" + strconv.Itoa(n)
	}
	subs[g] = append(subs[g], sk)
	return sk
}

// class is the part of the word index a chain's words are filed in: persons apart from groups
// and places, for a family name alone never names a group.
func class(t dossier.EntityType) string {
	if t == dossier.PER {
		return "P "
	}
	return "O "
}

// filedWords are the words of a multi-word chain that a one-word form may be: a person's family
// name, a group's or a place's distinctive words. Half of a hyphenated pair is never filed:
// "Anne-Marie Roe" is not "Marie", and a hyphenated given name is no family name. Nor is an
// ordinary word: "State" alone is not "X State".
func filedWords(c *chain) []tok {
	if c.acrOnly || c.ntok < 2 || len(c.dist) == 0 {
		return nil
	}
	if c.typ == dossier.PER {
		if t := c.dist[len(c.dist)-1]; !t.compound && !t.common {
			return []tok{t}
		}
		return nil
	}
	// A place named by two distinctive words is not the place named by one of them: Sudan is
	// not South Sudan, nor Mexico New Mexico. Only a place whose other words are generic
	// ("X Camp", "X Province") may be written by its distinctive word alone.
	if c.typ == dossier.LOC && len(c.dist) > 1 {
		return nil
	}
	// Nor is a place "X City" the place X: Kuwait City is not Kuwait, nor Gaza City Gaza.
	if c.typ == dossier.LOC && c.ownPlace {
		return nil
	}
	var out []tok
	for _, t := range c.dist {
		if !t.compound && !t.common {
			out = append(out, t)
		}
	}
	return out
}

// standsFor reports whether the word key alone may name chain c: a person's family name, a
// group's or a place's head word (see nameHeads), or a word the chain's own document writes
// alone. The other filed words still count as candidates, so that a word many names hold stays
// undecided.
func standsFor(c *chain, key string) bool {
	if c.typ == dossier.PER || slices.Contains(c.alone, key) {
		return true
	}
	if c.company && len(c.dist) > 0 && c.dist[0].key == key {
		return true // a company is named by its first word: "Pipeworks Brewing Co."
	}
	return slices.ContainsFunc(nameHeads(c.dist), func(h tok) bool { return h.key == key })
}

// nameHeads are the distinctive words of a group's name that may stand for it alone: its head,
// the last word before any qualifying phrase ("Steelers" of "Pittsburgh Steelers"), and its first
// word when it is written with "al-" or every word after it is ("Al-Manar" of "Al-Manar TV",
// "Jaysh" of "Jaysh al-Nasr"). The other words name something else: the brand of a product
// ("Google Stadia"), the sponsor or the city of an event ("Rakuten Madrid Final"), a word of an
// institute's name ("American Enterprise Institute").
func nameHeads(d []tok) []tok {
	if len(d) <= 1 {
		return d
	}
	head := len(d) - 1
	for head > 0 && d[head].post {
		head--
	}
	out := []tok{d[head]}
	if head == 0 {
		return out
	}
	if d[0].article {
		return append(out, d[0]) // an Arabic name comes first: "Al-Manar TV"
	}
	for _, t := range d[1:] {
		if !t.article {
			return out
		}
	}
	return append(out, d[0])
}

// matchAcronyms merges chains that write the same acronym when their full names do not
// disagree, and puts chains that are only an acronym into the one entity that writes it (or,
// failing that, whose name it abbreviates).
func (r *Resolver) matchAcronyms(u *union, chains []*chain) {
	written, acrs := writtenAcronyms(chains)
	initials := r.initialsIndex(chains)
	for _, a := range acrs {
		r.joinFullNamed(u, chains, acronymOnly(chains, written[a], false))
	}
	for _, a := range acrs {
		only := acronymOnly(chains, written[a], true)
		if len(only) == 0 {
			continue
		}
		byType, types := byTypeInOrder(chains, only)
		for _, t := range types {
			r.placeAcronymOnly(u, chains, byType[t], t, written[a], initials[a])
		}
	}
}

// acronymRoots lists the entities of the full-named chains of idx whose type is compatible
// with t, each once.
func (r *Resolver) acronymRoots(u *union, chains []*chain, idx []int, t dossier.EntityType) []int {
	var roots []int
	for _, i := range idx {
		if !chains[i].acrOnly && compatible(chains[i].typ, t) {
			roots = appendUniqInt(roots, u.find(i))
		}
	}
	return roots
}

// initials are the acronyms a chain's fullest name may be shortened to: initials of every word,
// of the words without "al-" and fillers, and of the distinctive and head words.
func (r *Resolver) initials(c *chain) []string {
	var all, bare strings.Builder
	for _, t := range c.written.Tokens {
		for _, w := range strings.Fields(strings.ReplaceAll(t.Text, "-", " ")) {
			all.WriteByte(w[0])
		}
		if !r.fillers[t.Key] && t.Text != "" {
			w := t.Text
			if i := strings.LastIndexByte(w, '-'); i >= 0 && t.Particle == namekey.Article {
				w = w[i+1:]
			}
			if w != "" {
				bare.WriteByte(w[0])
			}
		}
	}
	var out []string
	for _, s := range []string{all.String(), bare.String()} {
		s = strings.ToUpper(s)
		if len(s) >= 2 {
			out = appendUniq(out, s)
		}
	}
	return out
}

// applyPins merges the chains that pinned merges name; splits are left to the union.
func (r *Resolver) applyPins(u *union, chains []*chain) {
	if len(r.pins.Merge) == 0 && len(r.pins.Split) == 0 {
		return
	}
	byName := map[string][]int{}
	for i, c := range chains {
		seen := map[string]bool{}
		for _, t := range c.texts {
			n := pinName(t)
			if !seen[n] {
				seen[n] = true
				byName[n] = append(byName[n], i)
			}
		}
	}
	label := map[string]int{}
	labelOf := func(name string) int {
		n := pinName(name)
		if id, ok := label[n]; ok {
			return id
		}
		id := len(label)
		label[n] = id
		for _, i := range byName[n] {
			u.addLabel(i, id)
		}
		return id
	}
	for _, s := range r.pins.Split {
		u.forbid(labelOf(s[0]), labelOf(s[1]))
	}
	for _, m := range r.pins.Merge {
		a, b := byName[pinName(m[0])], byName[pinName(m[1])]
		all := append(append([]int{}, a...), b...)
		for _, i := range all[min(1, len(all)):] {
			u.union(all[0], i)
		}
	}
}

// output lists entities in order of their first chain, each with an id made from that chain
// (its document's id and its number there), and picks their names. An entity's id thus changes
// only when a chain of an earlier document joins it, never because documents were added
// elsewhere.
func (r *Resolver) output(u *union, chains []*chain) ([]dossier.Entity, []dossier.Member) {
	ids := map[int]string{}
	var ents []dossier.Entity
	groups := map[int][]int{}
	var roots []int
	var made dossier.IDs
	for i, c := range chains {
		root := u.find(i)
		if _, ok := ids[root]; !ok {
			ids[root] = made.New("e", c.ref.Doc, strconv.Itoa(c.ref.Chain))
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	members := make([]dossier.Member, len(chains))
	for i, c := range chains {
		members[i] = dossier.Member{ChainRef: c.ref, Entity: ids[u.find(i)]}
	}
	for _, root := range roots {
		ents = append(ents, r.entity(ids[root], chains, groups[root]))
	}
	return ents, members
}

func (r *Resolver) entity(id string, chains []*chain, idx []int) dossier.Entity {
	types := map[dossier.EntityType]int{}
	count := map[string]int{}
	docs := map[string]int{}
	words := map[string]int{}
	var texts []string
	for _, i := range idx {
		c := chains[i]
		types[c.typ] += c.mentions
		for j, t := range c.texts {
			if count[t] == 0 {
				texts = append(texts, t)
			}
			count[t] += c.counts[j]
			docs[t]++ // chains of one document name a text once each: close enough to documents
			words[t] = c.words[j]
			if shouted(t) {
				words[t] = 0 // a headline's capitals, like an acronym, come after a written name
			}
		}
	}
	// The preferred name is a spelling many documents use, the fullest of those: a long form one
	// page glued together ("X Founder") must not win over the name every page writes. Spellings
	// used in at least half as many documents as the most used one qualify; names before acronyms.
	most := 0
	for _, t := range texts {
		if words[t] > 0 {
			most = max(most, docs[t])
		}
	}
	best, bestTok := "", -1
	for _, t := range texts {
		n := words[t]
		if most > 0 && (n == 0 || 2*docs[t] < most) {
			continue
		}
		better := n > bestTok ||
			n == bestTok && (docs[t] > docs[best] ||
				docs[t] == docs[best] && (count[t] > count[best] ||
					count[t] == count[best] && t < best))
		if better {
			best, bestTok = t, n
		}
	}
	// A possessive whose apostrophe was dropped ("Donald Trumps") names no one: the spelling
	// without its "s", when the entity has it, does.
	if bare := strings.TrimSuffix(best, "s"); bare != best && count[bare] > 0 && majorityType(types) == dossier.PER {
		best = bare
	}
	aliases := []string{}
	for _, t := range texts {
		if t != best {
			aliases = append(aliases, t)
		}
	}
	sort.Strings(aliases)
	return dossier.Entity{ID: id, Type: majorityType(types), Name: best, Aliases: aliases}
}

// shouted reports whether a spelling of several words has no lower-case letter: a name in a
// headline set in capitals ("THE PARTY"), which is no way to name the entity when a page writes
// it in ordinary case.
func shouted(t string) bool {
	if !strings.Contains(t, " ") {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// memoSize bounds how many pairs of shapes a memo remembers before it starts afresh.
const memoSize = 1 << 20

// memo returns cmp remembered per pair of chain shapes: the name comparisons read only a chain's
// type and fullest name, which thousands of chains of a large corpus share.
func (r *Resolver) memo(cmp func(a, b *chain) level) func(a, b *chain) level {
	seen := map[[2]int]level{}
	return func(a, b *chain) level {
		k := [2]int{a.shape, b.shape}
		lv, ok := seen[k]
		if !ok {
			if len(seen) >= memoSize {
				clear(seen)
			}
			lv = cmp(a, b)
			seen[k] = lv
		}
		return lv
	}
}

// rootContext tallies, per entity as the union stands, how many of its chains have each name in
// their context, so that byContext costs a chain's context, not the entity's size. Unions made
// while it is in use go through its union method, which forgets the tallies they change.
type rootContext struct {
	u      *union
	chains []*chain
	counts map[int]map[string]int // by root
}

// union merges i's and j's entities and forgets their tallies.
func (rc *rootContext) union(i, j int) {
	delete(rc.counts, rc.u.find(i))
	delete(rc.counts, rc.u.find(j))
	rc.u.union(i, j)
}

// shared is the sum over the chains of root's entity of the names they share with c's context.
func (rc *rootContext) shared(c *chain, root int) int {
	tally := rc.counts[root]
	if tally == nil {
		tally = map[string]int{}
		for _, m := range rc.u.members(root) {
			for _, name := range rc.chains[m].ctx {
				if name == rc.chains[m].own {
					continue
				}
				tally[name]++
			}
		}
		rc.counts[root] = tally
	}
	n := 0
	for _, name := range c.ctx {
		if name != c.own {
			n += tally[name]
		}
	}
	return n
}
