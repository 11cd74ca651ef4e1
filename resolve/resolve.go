package resolve

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

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
	pins       *Pins
	keys       *namekey.Keyer
	generic    map[string]bool            // keys of generic words of group and place names
	kinds      map[string]bool            // head stems of generic words that do not change what a name names
	ownHead    map[string]bool            // head stems of generic words that make a place of their own ("City")
	country    map[string]bool            // keys of one-word country names
	spelled    map[string]bool            // folded one-word country names as written ("russia")
	fillers    map[string]bool            // keys of words ignored in group names
	leading    map[string]bool            // keys of given names that may be dropped in front
	links      map[string]bool            // folded words after which a name's words qualify its head
	legal      map[string]bool            // folded words of a company's legal form ("Ltd", "JSC")
	common     map[string]bool            // folded ordinary English words, never a name on their own
	english    map[string]bool            // folded English words of the treebank: no romanised spelling of a name
	distinct   en.Distinctions            // words that tell apart names otherwise alike ("East", "II")
	ordinary   map[string]bool            // folded words English mostly writes in lower case (see readOrdinary)
	adjectives map[string]bool            // folded adjectives of countries ("lebanese")
	tails      map[string]bool            // folded words for those who act for a group, after its name (see actorTails)
	styles     []string                   // folded sovereign and religious styles ("king", "crown prince")
	known      [][]string                 // names of one well-known body, each line's, merged as merge pins are
	knownKeys  map[string][]int           // keys of the known names of two words or more → their lines in known
	formal     map[string]string          // folded familiar forms of given names → the one name each stands for
	acronyms   map[string]map[string]bool // well-known bodies' acronyms → their names (pinName)
	acronymsOf map[string][]string        // the names of acronyms → the acronyms, sorted
	lists      hash.Hash                  // of the word lists read, for Basis
}

// New returns a Resolver as Load does, for language data known to be well formed (the embedded
// data alone): it panics when the name key lists of d do not parse.
func New(d *en.Data, pins *Pins) *Resolver {
	r, err := Load(d, pins)
	if err != nil {
		panic(err)
	}
	return r
}

// Load returns a Resolver that reads the word lists of the language data d (lang/en/data, with
// any --data overlay) and honours pins (nil for none). It fails when the name key lists of d
// (namekey.Files) do not parse.
func Load(d *en.Data, pins *Pins) (*Resolver, error) {
	if pins == nil {
		pins = &Pins{}
	}
	r := &Resolver{pins: pins, lists: sha256.New()}
	keys, err := namekey.NewFrom(d, namekey.All)
	if err != nil {
		return nil, fmt.Errorf("resolve: %w", err)
	}
	r.keys = keys
	for _, name := range namekey.Files() {
		r.readRows(d, name)
	}
	r.generic = r.readWords(d, "generic-name-words", r.key)
	r.fillers = r.readWords(d, "name-fillers", r.key)
	r.leading = r.readWords(d, "leading-given-names", r.key)
	r.links = r.readWords(d, "name-links", namekey.Fold)
	r.legal = r.readWords(d, "legal-forms", namekey.Fold)
	r.common = r.readWords(d, "ordinary-words", namekey.Fold)
	r.english = r.readWords(d, "english-words", namekey.Fold)
	r.distinct = r.readDistinctions(d)
	r.ordinary = r.readOrdinary(d)
	r.styles = r.readStyles(d)
	r.kinds = r.readKinds(d, "name-kinds")
	r.ownHead = stems(r.readWords(d, "own-place-heads", r.key))
	r.readCapitals(d, "capitals")
	r.tails = r.readList(d, "actor-tails")
	r.known = r.readKnown(d, "known-names")
	r.knownKeys = r.keyKnown(r.known)
	r.formal = r.readFormal(d)
	r.acronyms = r.readAcronyms(d, "known-acronyms")
	r.acronymsOf = namesToAcronyms(r.acronyms)
	return r, nil
}

// readKnown reads the other names of well-known bodies ("Army of Islam" for "Jaish al-Islam"):
// a line's tab-separated names are one body. No spelling rule joins a translated name to its
// original, so resolution merges them as it does a user's merge pins, and a user's split pin
// still holds against them.
func (r *Resolver) readKnown(d *en.Data, name string) [][]string {
	var out [][]string
	for _, row := range r.readRows(d, name) {
		out = append(out, slices.Clone(row))
	}
	return out
}

// keyKnown files each known name of two words or more under its key (see namekey.Name.String),
// so that a romanisation of the name ("Jaysh al-Fateh" for "Jaish al-Fatah") names the body too.
func (r *Resolver) keyKnown(known [][]string) map[string][]int {
	out := map[string][]int{}
	for i, line := range known {
		for _, n := range line {
			if k := r.keys.Parse(n); len(k.Tokens) >= 2 && !slices.Contains(out[k.String()], i) {
				out[k.String()] = append(out[k.String()], i)
			}
		}
	}
	return out
}

// knownLines lists the lines of known whose names a chain's fullest name of two words or more
// writes otherwise but with the same key.
func (r *Resolver) knownLines(c *chain) []int {
	if c.acrOnly || len(c.full.Tokens) < 2 {
		return nil
	}
	return r.knownKeys[c.full.String()]
}

// merges are the names merged into one entity: each merge pin's two, and each well-known body's.
// Blocking files a chain under every one of them it writes, which holds the fullest names that
// applyPins reads for the well-known bodies.
func (r *Resolver) merges() [][]string {
	out := make([][]string, 0, len(r.pins.Merge)+len(r.known))
	for _, p := range r.pins.Merge {
		out = append(out, p[:])
	}
	return append(out, r.known...)
}

// readCapitals reads the language data's table of capitals once: the keys and the folded
// spellings of its one-word country names, and the folded adjectives of its countries ("Lebanese",
// "Syrian").
func (r *Resolver) readCapitals(d *en.Data, name string) {
	r.country, r.spelled, r.adjectives = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, row := range d.Rows(name) {
		for _, n := range strings.Split(row[0], "|") {
			r.lists.Write([]byte(n + "\n"))
			if !strings.Contains(n, " ") {
				r.country[r.key(n)] = true
				r.spelled[namekey.Fold(n)] = true
			}
		}
		if len(row) < 3 {
			continue
		}
		for _, a := range strings.Split(row[2], "|") {
			r.lists.Write([]byte(a + "\n"))
			r.adjectives[namekey.Fold(a)] = true
		}
	}
}

// readDistinctions reads the words of the language data that tell names apart (see tokLevel).
func (r *Resolver) readDistinctions(d *en.Data) en.Distinctions {
	m := d.Distinctions()
	for _, w := range slices.Sorted(maps.Keys(m)) {
		r.lists.Write([]byte(w + "\t" + m[w] + "\n"))
	}
	return m
}

// readOrdinary reads the ordinary English words: those of english-words and ordinary-words,
// and those the language data's word-casing counts written in lower case at least twice as often
// as capitalised ("outlook"). A one-word name written as one ("Rose", "Outlook") may be the word
// in one report and a name in another: its chains join across documents only where the
// documents share names. The abbreviations of states ("Mass.", "Ill.") are none.
func (r *Resolver) readOrdinary(d *en.Data) map[string]bool {
	m := maps.Clone(r.english)
	maps.Copy(m, r.common)
	for _, row := range d.Rows("word-casing") {
		if len(row) < 3 {
			continue
		}
		lower, err1 := strconv.Atoi(row[1])
		upper, err2 := strconv.Atoi(row[2])
		if err1 == nil && err2 == nil && lower >= 2 && lower >= 2*upper {
			r.lists.Write([]byte(row[0] + "\n"))
			m[namekey.Fold(row[0])] = true
		}
	}
	// A newspaper's abbreviation of a state, its point outside the name ("Peoria, Ill."), is the
	// state's name in every report that writes it.
	for _, a := range d.Table("name-cues")["STATEABBR"] {
		r.lists.Write([]byte(a + "\n"))
		delete(m, namekey.Fold(strings.TrimSuffix(a, ".")))
	}
	return m
}

// readStyles reads the sovereign and religious styles of the language data's titles (STYLE
// rows: "King", "Sheikh"), folded: the name after one is a given or regnal name.
func (r *Resolver) readStyles(d *en.Data) []string {
	var out []string
	for _, row := range d.Rows("titles") {
		if len(row) < 2 || row[0] != "STYLE" {
			continue
		}
		for _, s := range row[1:] {
			r.lists.Write([]byte(s + "\n"))
			out = append(out, namekey.Fold(s))
		}
	}
	return out
}

// styled reports whether a person's chain writes the name after a sovereign or religious style
// ("King Hussein", "Pope Francis"): the word left is the name the person reigns or is known
// by, not a family name that another of the family bears.
func (r *Resolver) styled(c *chain) bool {
	if c.typ != dossier.PER {
		return false
	}
	for _, tc := range c.texts {
		t := namekey.Fold(tc.t.s)
		for _, s := range r.styles {
			if strings.HasPrefix(t, s+" ") {
				return true
			}
		}
	}
	return false
}

// readKinds reads a list of kind words from the language data: each is a generic word too, and
// kinds holds its head stem.
func (r *Resolver) readKinds(d *en.Data, name string) map[string]bool {
	kinds := map[string]bool{}
	for _, w := range d.Entries(name) {
		r.lists.Write([]byte(w + "\n"))
		k := r.key(w)
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

// key is the transliteration key of one word with the resolver's Keyer, whose endings are the
// language data's, so that the words of its lists key as the names' tokens do.
func (r *Resolver) key(w string) string { return r.keys.Key(namekey.Fold(w)) }

// readWords reads a word list of the language data, one word a line, each turned by norm.
func (r *Resolver) readWords(d *en.Data, name string, norm func(string) string) map[string]bool {
	m := map[string]bool{}
	for _, row := range r.readRows(d, name) {
		m[norm(row[0])] = true
	}
	return m
}

// readRows returns the rows of a file of the language data, and adds them to the hash of the
// lists read.
func (r *Resolver) readRows(d *en.Data, name string) [][]string {
	rows := d.Rows(name)
	for _, row := range rows {
		r.lists.Write([]byte(strings.Join(row, "\t") + "\n"))
	}
	return rows
}

// tok is one token of a name as matching sees it.
type tok struct {
	key, skel string // skel: the skeleton of loose, see skeleton
	loose     string // key with the letters of a romanised qaf or ghayn as one (namekey.Loose)
	jim       string // a person's key with the letters of a romanised jim as one (namekey.Jim), or ""
	heard     string // key of the word as heard (see asHeard) where it differs from key, or ""
	long      string // key before the final-vowel fold
	article   bool   // written with al-, el- …
	compound  bool   // one half of a hyphenated pair ("Anne-Marie")
	common    bool   // an ordinary English word ("State", "South")
	post      bool   // after a linking word ("of", "for"): it qualifies the name's head
	silentE   bool   // written with a final -e after a consonant ("Europe", not "Europa")
	bare      string // the folded word without its "al-"
	glued     string // key of the word after an article written solid ("Ezzor": "Zor"), or ""
	vowel     string // a place's word: the skeleton its spellings differing in vowels share (see vowelSkeleton), where it is not skel, or ""
	mark      string // what the word tells apart when it is a point of the compass, a number… (en.Distinctions)
}

// name is what matching reads of a chain's type and fullest name. The chains of one shape (type,
// fullest name as written, acronym-only flag) share one: a large corpus writes the same few
// thousand names in hundreds of thousands of chains. Nothing changes a name once made; a chain
// renamed (see rename) points to another.
type name struct {
	typ      dossier.EntityType
	full     namekey.Name // the fullest name
	written  namekey.Name // the fullest name as written, before any renaming (see rename)
	fullText string
	ntok     int      // tokens of the fullest name
	dist     []tok    // distinctive tokens: all for persons, non-generic for others
	heads    []string // generic head words (non-persons)
	ownPlace bool     // a place whose head word makes it a place of its own: "Gaza City"
	company  bool     // the fullest name ends in a company's legal form ("Co.", "Inc.")
	acrOnly  bool     // every name of the chain is an acronym
	own      int32    // the written fullest name in a document's context (see docInfo), or -1
	shape    int      // one number per name; a renamed name shares that of the name it became
}

// text is one distinct mention text as resolution reads it, shared by the chains that write it.
type text struct {
	id    int32 // its number among the texts read
	s     string
	words int    // name tokens (0 for an acronym)
	acr   string // the acronym it is, upper case without dots, or ""
	alone string // the key of its word when it is a name of one word, or ""
	pin   string // the text as pins and other names read it (pinName)
}

// textCount is a text of a chain and how many of its mentions write it.
type textCount struct {
	t *text
	n int
}

// docInfo is what the chains of one document share: its id, and its context, the names of its
// chains (numbered as forms numbers them), each once, in order of number. A chain reading the
// context skips its own name.
type docInfo struct {
	id  string
	ctx []int32
}

// form is what a chain writes: its type, its texts in order of first mention with their counts,
// and the name they give. Most chains of a corpus write what others do ("Assad" once, a
// country's name twice), and share one form.
type form struct {
	*name
	texts []textCount
}

// chain is one mention chain of one document: its form, its document and its number there. It
// holds nothing another chain of its form or document holds too.
type chain struct {
	*form
	doc *docInfo
	num int // the chain's number in its document
}

// ref names the chain as members do.
func (c *chain) ref() dossier.ChainRef { return dossier.ChainRef{Doc: c.doc.id, Chain: c.num} }

// mentions is the number of the form's mentions with a text.
func (c *form) mentions() int {
	n := 0
	for _, t := range c.texts {
		n += t.n
	}
	return n
}

// acrs lists the acronyms written in the form, each once, in order of first mention.
func (c *form) acrs() []string {
	var out []string
	for _, t := range c.texts {
		if t.t.acr != "" {
			out = appendUniq(out, t.t.acr)
		}
	}
	return out
}

// writesAlone reports whether the form writes the word of key as a name of one word.
func (c *form) writesAlone(key string) bool {
	return slices.ContainsFunc(c.texts, func(t textCount) bool { return t.t.alone == key })
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
	br := r.bridges(chains)
	r.matchFull(u, chains, br)
	r.matchWritten(u, chains)
	r.matchShort(u, chains, br)
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

// docChains makes the chains of the document a, with their texts and names read through f.
func (r *Resolver) docChains(a *dossier.Analysis, f *forms) []*chain {
	// Each chain's texts and how many mentions give each type, the chains in order of number.
	type tally struct {
		id    int
		texts []textCount
		types [len(typeOrder)]int // by typeOrder
	}
	var tallies []tally
	at := make(map[int]int, len(a.Mentions)/2)
	doc := &docInfo{id: a.Doc.ID}
	for _, m := range a.Mentions {
		i, ok := at[m.Chain]
		if !ok {
			i = len(tallies)
			at[m.Chain] = i
			tallies = append(tallies, tally{id: m.Chain})
		}
		t := strings.TrimSpace(m.Text)
		if t == "" {
			continue
		}
		c := &tallies[i]
		c.texts = addText(c.texts, r.text(f, t))
		if k := slices.Index(typeOrder[:], m.Type); k >= 0 {
			c.types[k]++
		}
	}
	slices.SortFunc(tallies, func(x, y tally) int { return cmp.Compare(x.id, y.id) })
	docChains := make([]*chain, 0, len(tallies))
	for _, t := range tallies {
		c := &chain{form: r.form(f, majorityOf(t.types), t.texts), doc: doc, num: t.id}
		docChains = append(docChains, c)
	}
	// Context: the names of the chains in the document, each once, not an empty one.
	for _, c := range docChains {
		if c.own >= 0 {
			doc.ctx = append(doc.ctx, c.own)
		}
	}
	slices.Sort(doc.ctx)
	doc.ctx = slices.Clip(slices.Compact(doc.ctx))
	return docChains
}

// rename gives the chains of form c the fullest name n in place of their own, with the tokens and
// shape of n: they keep their texts, and their written name. Every form of one name is renamed
// alike, so the renamed name is made once per name.
func (r *Resolver) rename(c *form, n namekey.Name, f *forms) {
	if to, ok := f.renamed[c.name]; ok {
		c.name = to
		return
	}
	to := *c.name
	to.full, to.dist, to.heads, to.ownPlace = n, nil, nil, false
	r.tokens(&to)
	shape := string(to.typ) + "\x00renamed\x00" + n.String()
	if _, ok := f.shapes[shape]; !ok {
		f.shapes[shape] = len(f.shapes)
	}
	to.shape = f.shapes[shape]
	f.renamed[c.name] = &to
	c.name = &to
}

// expandAcronyms writes out an acronym inside a group's or a place's name ("UN Security
// Council") when the corpus spells it out: when the chains that write the acronym alone and have
// a full name whose initials it spells all have one such name ("United Nations"). The name is
// then compared as "United Nations Security Council".
func (r *Resolver) expandAcronyms(f *forms) {
	spelled := map[string]string{} // acronym → the name it abbreviates; "" when several
	for _, c := range f.list {
		if c.acrOnly || c.ntok < 2 || c.typ == dossier.PER {
			continue
		}
		for _, a := range c.acrs() {
			if !slices.Contains(r.initials(c.name), a) {
				continue
			}
			if prev, ok := spelled[a]; ok && prev != c.fullText {
				spelled[a] = ""
			} else {
				spelled[a] = c.fullText
			}
		}
	}
	for _, c := range f.list {
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
			r.rename(c, r.parse(f, strings.Join(words, " ")), f)
		}
	}
}

// wordsInCapitals reads a one-word name set in capitals ("DAESH", "BEIRUT"), which acronym takes
// for an acronym, as the word it spells where another chain of its type writes that word in
// ordinary case ("Daesh", "Beirut"): a dateline or a headline shouts a name, it does not
// abbreviate it. Short words ("WHO", "IS") are left as acronyms: too many acronyms spell one.
func (r *Resolver) wordsInCapitals(f *forms) {
	plain := map[string]bool{} // type and folded word of the one-word names written in ordinary case
	for _, c := range f.list {
		if c.acrOnly || c.ntok != 1 {
			continue
		}
		for _, tc := range c.texts {
			if t := tc.t.s; tc.t.words == 1 && !strings.Contains(t, " ") && strings.ToUpper(t) != t {
				plain[string(c.typ)+"\x00"+strings.ToLower(t)] = true
			}
		}
	}
	for _, c := range f.list {
		if !c.acrOnly || len(c.fullText) < 4 {
			continue
		}
		word := strings.ToLower(c.fullText)
		if !plain[string(c.typ)+"\x00"+word] || slices.ContainsFunc(c.texts, func(tc textCount) bool { return tc.t.s != c.fullText }) {
			continue
		}
		n := r.parse(f, word)
		if len(n.Tokens) != 1 {
			continue
		}
		for _, tc := range c.texts {
			tc.t.alone = n.Tokens[0].Key
		}
		r.rename(c, n, f)
		c.acrOnly = false
	}
}

// possessives reads a person's or a group's name of several words written with a final "s" as
// the name without it where another chain of its type has that fullest name: "Bashar al-Assads"
// is a possessive whose apostrophe a page dropped when the corpus names "Bashar al-Assad", and
// "New Arabs" that of "New Arab", though a group's last word that is an ordinary English noun is
// read as its plural ("Russian planes"). A person's word alone is read so only where the word
// without its "s" is a family name the corpus writes alone too, and the word with it is no
// family name: "Assads" of "Assads government" where pages write "Assad" and "Bashar al-Assad",
// not "Williams" of "Serena Williams", nor "Browns" the team (no person). The chain keeps its
// texts; only its fullest name, tokens and shape change.
func (r *Resolver) possessives(f *forms) {
	full := map[string]bool{}
	for _, c := range f.list {
		if (c.typ == dossier.PER || c.typ == dossier.ORG) && !c.acrOnly && c.ntok >= 2 {
			full[string(c.typ)+" "+c.full.String()] = true
		}
	}
	for _, c := range f.list {
		n, ok := r.withoutS(f, c)
		if !ok || c.ntok < 2 || !full[string(c.typ)+" "+n.String()] {
			continue
		}
		// A group's last word that is an ordinary noun is a plural: "Russian planes".
		if c.typ == dossier.PER || !r.noun(n.Tokens[len(n.Tokens)-1].Text) {
			r.rename(c, n, f)
		}
	}
	// The family names and the words written alone, once the names of several words are read.
	family, alone := map[string]bool{}, map[string]bool{}
	for _, c := range f.list {
		if c.typ != dossier.PER || c.acrOnly {
			continue
		}
		if c.ntok >= 2 {
			family[c.full.Tokens[c.ntok-1].Key] = true
		}
		for _, t := range c.texts {
			if t.t.alone != "" {
				alone[t.t.alone] = true
			}
		}
	}
	for _, c := range f.list {
		if n, ok := r.withoutS(f, c); ok && c.ntok == 1 && c.typ == dossier.PER {
			if k := n.Tokens[0].Key; family[k] && alone[k] && !family[c.full.Tokens[0].Key] {
				r.rename(c, n, f)
			}
		}
	}
}

// withoutS parses a fullest name written with a final "s" (not "ss") without it, when that is
// another name of as many tokens.
func (r *Resolver) withoutS(f *forms, c *form) (namekey.Name, bool) {
	t := c.fullText
	if c.acrOnly || c.ntok < 1 || !strings.HasSuffix(t, "s") || strings.HasSuffix(t, "ss") {
		return namekey.Name{}, false
	}
	n := r.parse(f, t[:len(t)-1])
	return n, len(n.Tokens) == c.ntok && n.String() != c.full.String()
}

// addText counts one mention of text t in the texts of a chain.
func addText(texts []textCount, t *text) []textCount {
	for i := range texts {
		if texts[i].t == t {
			texts[i].n++
			return texts
		}
	}
	return append(texts, textCount{t: t, n: 1})
}

// count returns how many mentions of the form read t. A form has few texts: reading them all
// costs less than a map of its own.
func (c *form) count(t string) int {
	for _, x := range c.texts {
		if x.t.s == t {
			return x.n
		}
	}
	return 0
}

var typeOrder = [...]dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC, dossier.MISC}

func majorityType(n map[dossier.EntityType]int) dossier.EntityType {
	var counts [len(typeOrder)]int
	for i, t := range typeOrder {
		counts[i] = n[t]
	}
	return majorityOf(counts)
}

// majorityOf is majorityType with the counts given in the order of typeOrder.
func majorityOf(counts [len(typeOrder)]int) dossier.EntityType {
	best, bn := dossier.MISC, 0
	for i, t := range typeOrder {
		if counts[i] > bn {
			best, bn = t, counts[i]
		}
	}
	return best
}

// forms keeps, for one resolution, what chains of different documents would each work out
// again: the reading of every mention text, every distinct text, every name by shape and the
// number of each name's key string. The chains share them; nothing changes them once made.
type forms struct {
	names   map[string]namekey.Name
	texts   map[string]*text
	forms   map[string]*form // by type and texts with their counts
	list    []*form          // the forms in order of first chain
	named   map[string]*name // by shape: type, acronym-only flag and fullest name as written
	shapes  map[string]int   // the number of each shape, renamed ones too
	keys    map[string]int32 // the number of each fullest name's key string, for contexts
	renamed map[*name]*name  // what each renamed name became
}

func newForms() *forms {
	return &forms{names: map[string]namekey.Name{}, texts: map[string]*text{}, forms: map[string]*form{}, named: map[string]*name{},
		shapes: map[string]int{}, keys: map[string]int32{}, renamed: map[*name]*name{}}
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

// text returns the one text of s, read once.
func (r *Resolver) text(f *forms, s string) *text {
	if t, ok := f.texts[s]; ok {
		return t
	}
	t := &text{id: int32(len(f.texts)), s: s, pin: pinName(s)}
	if a, ok := acronym(s); ok {
		t.acr = a
	} else {
		n := r.parse(f, s)
		t.words = len(n.Tokens)
		if len(n.Tokens) == 1 {
			t.alone = n.Tokens[0].Key
		}
	}
	f.texts[s] = t
	return t
}

// form returns the one form of a chain of type typ that writes texts.
func (r *Resolver) form(f *forms, typ dossier.EntityType, texts []textCount) *form {
	key := make([]byte, 0, 1+8*len(texts))
	key = append(append(key, typ...), 0)
	for _, t := range texts {
		key = binary.AppendUvarint(key, uint64(t.t.id))
		key = binary.AppendUvarint(key, uint64(t.n))
	}
	if c, ok := f.forms[string(key)]; ok {
		return c
	}
	c := &form{texts: slices.Clone(texts)}
	r.describe(c, typ, f)
	f.forms[string(key)] = c
	f.list = append(f.list, c)
	return c
}

// describe gives a form of type typ its name: the fullest of its texts, or its first acronym
// when it writes nothing else.
func (r *Resolver) describe(c *form, typ dossier.EntityType, f *forms) {
	bestN, fullText, acrOnly, firstAcr := -1, "", true, ""
	bestCountry := false
	adjectives := placeAdjectives(c.texts, typ)
	for _, tc := range c.texts {
		t := tc.t
		if t.acr != "" {
			if firstAcr == "" {
				firstAcr = t.acr
			}
			continue
		}
		if t.words == 0 {
			continue
		}
		acrOnly = false
		// A chain that writes a country's name and a word like it ("Syria" and "Syrian", which a
		// page's recogniser took for the place) names the country, whichever it writes more.
		// So does a place chain that writes a name and its adjective ("South Carolina" and
		// "South Carolinian"): the adjective is no better a name for it than a country's.
		country := t.alone != "" && typ != dossier.PER && r.country[t.alone] ||
			len(adjectives) > 0 && !adjectives[t.s]
		better := t.words > bestN ||
			t.words == bestN && (country && !bestCountry ||
				country == bestCountry && (tc.n > c.count(fullText) ||
					tc.n == c.count(fullText) && (len(t.s) > len(fullText) || len(t.s) == len(fullText) && t.s < fullText)))
		if better {
			bestN, fullText, bestCountry = t.words, t.s, country
		}
	}
	if acrOnly {
		fullText = firstAcr
	}
	shape := string(typ) + "\x00" + strconv.FormatBool(acrOnly) + "\x00" + fullText
	if n, ok := f.named[shape]; ok {
		c.name = n
		return
	}
	n := &name{typ: typ, acrOnly: acrOnly, fullText: fullText, shape: len(f.shapes)}
	f.shapes[shape] = n.shape
	if acrOnly {
		if firstAcr != "" {
			low := strings.ToLower(firstAcr)
			n.full = namekey.Name{Tokens: []namekey.Token{{Text: low, Key: low, Long: low}}}
		}
	} else {
		n.full = r.parse(f, fullText)
		n.written = n.full
		r.tokens(n)
	}
	n.own = -1
	if s := n.full.String(); s != "" {
		if _, ok := f.keys[s]; !ok {
			f.keys[s] = int32(len(f.keys))
		}
		n.own = f.keys[s]
	}
	f.named[shape] = n
	c.name = n
}

// placeAdjectives finds the texts of a place chain that are another of its texts with a short
// ending added to the last word ("South Carolinian" beside "South Carolina", "Gazan" beside
// "Gaza"): the adjective a page's recogniser took for the place, which must not name it.
func placeAdjectives(texts []textCount, typ dossier.EntityType) map[string]bool {
	if typ != dossier.LOC || len(texts) < 2 {
		return nil
	}
	var adj map[string]bool
	for _, a := range texts {
		for _, b := range texts {
			if a.t.words == 0 || a.t.words != b.t.words || !adjectiveOf(a.t.s, b.t.s) {
				continue
			}
			if adj == nil {
				adj = map[string]bool{}
			}
			adj[a.t.s] = true
		}
	}
	return adj
}

// adjectiveOf reports whether a is b with one to four letters added to its last word of at least
// four letters ("Gazan"), or put in place of that word's final vowel ("Carolinian"), the other
// words alike.
func adjectiveOf(a, b string) bool {
	last := b[strings.LastIndexByte(b, ' ')+1:]
	if len(a) <= len(b) || utf8.RuneCountInString(last) < 4 {
		return false
	}
	stem := b
	if !strings.HasPrefix(a, b) && strings.ContainsRune("aeo", rune(b[len(b)-1])) {
		stem = b[:len(b)-1]
	}
	if !strings.HasPrefix(a, stem) || len(a)-len(stem) > 4 {
		return false
	}
	for _, r := range a[len(stem):] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// tokens fills the distinctive tokens and head words of a name from its fullest name and type.
// A group's legal form at the end of its name ("Inc.", "Corp") names no other thing: it is
// passed over.
func (r *Resolver) tokens(c *name) {
	c.ntok = len(c.full.Tokens)
	post := false
	toks := c.full.Tokens
	c.company = false
	for c.typ != dossier.PER && len(toks) > 1 && r.legal[toks[len(toks)-1].Text] {
		toks = toks[:len(toks)-1]
		c.company = true
	}
	for i, t := range toks {
		if i == 0 && c.typ == dossier.PER && len(toks) > 1 {
			t = r.givenToken(t)
		}
		post = post || r.links[t.Text]
		tk := tok{key: t.Key, loose: namekey.Loose(t.Key), long: t.Long, skel: skeleton(t.Key), article: t.Particle == namekey.Article, compound: t.Compound, common: r.common[t.Text], post: post || r.legal[t.Text], silentE: silentE(t.Text), bare: bare(t), mark: r.distinct.Mark(t.Text)}
		if c.typ == dossier.PER {
			tk.jim = namekey.Jim(t.Key)
		}
		if h := asHeard(tk.bare); h != tk.bare {
			tk.heard = r.keys.Key(h)
		}
		if v := r.vowelSkeleton(tk.bare); c.typ == dossier.LOC && v != tk.skel {
			tk.vowel = v
		}
		if t.Particle == "" && c.typ != dossier.PER { // "Assad" is no "al-Sad"
			if rest, ok := gluedArticle(t.Text); ok {
				tk.glued = r.keys.Key(rest)
			} else if rest, ok := placeArticle(t.Text); ok && c.typ == dossier.LOC && c.ntok > 1 {
				tk.glued = r.keys.Key(rest)
			}
		}
		if c.typ != dossier.PER {
			if r.fillers[t.Key] && t.Particle != namekey.Article { // "al-Ain" is no "in"
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

// minPlaceArticleRest is the letters a word of a place's name of several words needs after an
// "al" written solid before it is read as the article and a word ("Ras Alain"): the other
// words of the name must align too, so a shorter rest will do than for a name alone (see
// minSolidRest).
const minPlaceArticleRest = 3

// placeArticle splits a folded word of a place's name of several words that may be the article
// "al" written solid with the word after it ("alain": "ain"). It returns the word after the
// article.
func placeArticle(w string) (string, bool) {
	rest, ok := strings.CutPrefix(w, "al")
	return rest, ok && len(rest) >= minPlaceArticleRest && !strings.ContainsRune(rest, ' ')
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
// upper case without dots. The plural of an acronym in capitals ("DSPs") is the acronym.
func acronym(t string) (string, bool) {
	if strings.ContainsAny(t, " \t-") {
		return "", false
	}
	if sing, ok := strings.CutSuffix(t, "s"); ok && len(sing) >= 2 && strings.ToUpper(sing) == sing {
		if a, ok := acronym(sing); ok && !strings.HasSuffix(a, "S") {
			return a, true
		}
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
	if a.mark != b.mark {
		return no // the folds bring "II" to "III" and "10" to "100": they name two
	}
	if a.mark != "" {
		return strong // "Jr." and "Junior" count as one word
	}
	if a.key == b.key || gluedMeets(a, b) || gluedMeets(b, a) {
		return strong
	}
	if a.common != b.common {
		return no // an ordinary word is no romanisation of a name: "Center" is not "Kenitra"
	}
	if a.loose == b.loose || a.jim != "" && a.jim == b.jim || heardMeets(a, b) {
		// Written otherwise only in the letters of a romanised qaf ("Gaddafi", "Qaddafi"), in
		// a person's name of a jim ("Gamal", "Jamal"), or in letters read as others write
		// them ("Jawlani", "Julani"; "Yacine", "Yassin"): the same name only where other
		// evidence agrees, as English names differ so too.
		return weak
	}
	al, bl := finalH(a.long, b.long)
	s := namekey.Similarity(al, bl)
	switch {
	case s >= strongSim && min(len(al), len(bl)) > 3:
		return strong
	case s >= weakSim && a.skel == b.skel:
		return weak
	case a.jim != b.jim && a.jim != "" && b.jim != "" && skeleton(a.jim) == skeleton(b.jim):
		// Other vowels and another letter of jim ("Hegazi", "Hijazi"): as alike once the jim
		// is written one way, weakly.
		jl, jr := finalH(namekey.Jim(a.long), namekey.Jim(b.long))
		if namekey.Similarity(jl, jr) >= weakSim {
			return weak
		}
	}
	return no
}

// heardMeets reports whether two tokens, one of which is keyed otherwise as heard, have one key
// as heard (see asHeard).
func heardMeets(a, b tok) bool {
	if a.heard == "" && b.heard == "" {
		return false
	}
	return cmp.Or(a.heard, a.key) == cmp.Or(b.heard, b.key)
}

// asHeard writes a folded word as it is read: each diphthong "aw" or "ow" before a consonant as
// the long vowel 'o' (see diphthongO; "Jawlani", "Julani"), and each 'c' before 'e', 'i' or 'y'
// as the 's' it sounds, which French romanisations write for sin ("Yacine", "Yassin"; "Lahcen",
// "Lahsen"), while Key reads every 'c' as 'k'.
func asHeard(w string) string { return softC(diphthongO(w, false)) }

// softC writes each 'c' of a folded word before 'e', 'i' or 'y' as the 's' it sounds.
func softC(w string) string {
	if !strings.Contains(w, "c") {
		return w
	}
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 'c' && (b[i+1] == 'e' || b[i+1] == 'i' || b[i+1] == 'y') {
			b[i] = 's'
		}
	}
	return string(b)
}

// headsAgree: generic head words of one name are among the other's.
func headsAgree(a, b []string) bool {
	return subsetOf(a, b) || subsetOf(b, a)
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
	if a.typ != dossier.LOC || b.typ != dossier.LOC {
		return aligned(a.dist, b.dist)
	}
	return r.alignedSpellings(a.dist, b.dist)
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
		if !headsAgree(s.heads, l.heads) || !sameHead(s.dist, l.dist) || r.oneWordSwapped(s, l) || r.subBody(s, l) || r.describesOnly(s, l) {
			return no
		}
		if (s.typ == dossier.LOC || l.typ == dossier.LOC) && prefixed(s.dist[0], l.dist) {
			return no
		}
		return subseq(s.dist, l.dist, 0, false)
	}
	lv := subseq(s.dist, l.dist, 0, true)
	// A leading "Muhammad" before "bin" is the man's own name, the one after it his father's.
	if lv == no && r.leading[l.dist[0].key] && !(len(l.full.Tokens) > 1 && l.full.Tokens[1].Particle == namekey.Patronymic) {
		lv = subseq(s.dist, l.dist, 1, true)
	}
	if lv == no && s.typ == dossier.PER && l.typ == dossier.PER {
		if k := afterLineage(l); k > 0 && len(l.dist)-k >= 2 {
			lv = subseq(s.dist, l.dist, k, true)
		}
	}
	return lv
}

// subBody reports whether the long name l names a part of a body rather than the body s names:
// s has a head word of its own and l another after s's words ("Department of Homeland Security
// Office of Inspector General" is an office of the department; "Peoples Protection" only drops
// the head of "Peoples Protection Units"), or s opens with its head word and l names a body
// before it ("DHS Office of Inspector General" is one office of the "Office of the Inspector
// General" any body may have).
func (r *Resolver) subBody(s, l *chain) bool {
	lt := l.full.Tokens
	last := s.dist[len(s.dist)-1]
	end := -1
	for j := len(lt) - 1; j >= 0; j-- {
		if lt[j].Key == last.key {
			end = j
			break
		}
	}
	for j := end + 1; end >= 0 && len(s.heads) > 0 && j < len(lt) && !r.links[lt[j].Text]; j++ {
		if r.generic[lt[j].Key] && !slices.Contains(s.heads, headStem(lt[j].Key)) {
			return true
		}
	}
	st := s.full.Tokens
	if len(st) == 0 || !r.generic[st[0].Key] {
		return false
	}
	// The name as written: a body before the head word is an acronym ("DHS") or a name with a
	// head word of its own ("Department of Homeland Security").
	words := strings.Fields(l.fullText)
	for j, w := range words {
		if r.keys.Key(strings.ToLower(w)) != st[0].Key {
			continue
		}
		for _, x := range words[:j] {
			if _, acr := acronym(x); acr || r.generic[r.keys.Key(strings.ToLower(x))] {
				return true
			}
		}
		return false
	}
	return false
}

// oneWordSwapped reports whether two names write the same words in the same places but one, a
// word of the name in both: the "Northern Network for Civil Rights" is not the "Northern
// Observatory for Civil Rights" (nor "of Civil Rights"), though one holds a generic word where
// the other a distinctive.
func (r *Resolver) oneWordSwapped(s, l *chain) bool {
	a, b := s.full.Tokens, l.full.Tokens
	if len(a) != len(b) || len(a) < 3 {
		return false
	}
	swapped := -1
	for i := range a {
		if a[i].Key == b[i].Key || r.links[a[i].Text] && r.links[b[i].Text] {
			continue // "of" or "for" after the head word link alike
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
	a, b := x.doc.ctx, y.doc.ctx
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

// skels are the skeletons a token is filed under: its own, that of the word after an article
// written solid, which a spelling with the article apart ("ez-Zor") looks under, that of a
// person's word with a 'g' written as a jim is elsewhere ("Gamal": "Jamal"; see namekey.Jim),
// and that of a word as heard ("Jawlani": "Julani"; see asHeard).
func skels(t tok) []string {
	out := []string{t.skel}
	if t.glued != "" {
		out = append(out, skeleton(t.glued))
	}
	for _, k := range []string{t.jim, t.heard, t.vowel} {
		if k == "" || k == t.key {
			continue
		}
		if ks := skeleton(k); !slices.Contains(out, ks) {
			out = append(out, ks)
		}
	}
	return out
}

// vowelQueryKey is the block a place's multi-word name also looks its candidates up in: that of
// queryKey with its words' vowel skeletons (see tok.vowel), where they differ. ok is false when
// none does.
func vowelQueryKey(c *chain) (string, bool) {
	d := c.dist
	if len(d) > 6 {
		d = d[:6]
	}
	if len(d) == 0 || d[0].vowel == "" && d[len(d)-1].vowel == "" {
		return "", false
	}
	first, last := cmp.Or(d[0].vowel, d[0].skel), cmp.Or(d[len(d)-1].vowel, d[len(d)-1].skel)
	if len(d) == 1 {
		return first, true
	}
	return first + " " + last, true
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
// exactly one entity, never one of two names run together (bridges).
//
// A name is compared once with each shape its block holds, not with each chain of it: a large
// corpus writes one name in thousands of chains, and comparing chain by chain cost the square
// of a block's chains in remembered comparisons (see memo). What a name may join in its block is
// listed once per name, too (see blockFits). The chains are still visited in order, so the
// entities are those of comparing every pair.
func (r *Resolver) matchFull(u *union, chains []*chain, bridges []bool) {
	fb := newFullBlocks(chains)
	same, short := newBlockFits(fb, r.memo(r.sameName)), newBlockFits(fb, r.memo(r.shortOf))
	// One to one.
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		joinSame(u, same, fb.of(c), i, chains)
		if b, ok := fb.ofVowels(c); ok {
			joinSame(u, same, b, i, chains)
		}
	}
	// Shortened forms: decide all against the entities as they stand, then merge.
	type join struct{ i, j int }
	var joins []join
	rc := &rootContext{u: u, chains: chains, counts: map[int]map[int32]int{}}
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		var strongRoots, weakRoots []int
		b := fb.of(c)
		if b.within(u, i) {
			continue // nothing to join: its block is its own entity
		}
		for _, f := range short.of(b, c, chains).fits {
			j := int(f.j)
			if j == i || bridges[j] || u.find(i) == u.find(j) {
				continue
			}
			if f.strong {
				strongRoots = appendUniqInt(strongRoots, u.find(j))
			} else {
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

// joinSame joins chain i to the chains of block b whose names align with its own one to one:
// strongly, or weakly where their documents share a name.
func joinSame(u *union, same *blockFits, b *fullBlock, i int, chains []*chain) {
	if b.within(u, i) {
		return
	}
	l := same.of(b, chains[i], chains)
	if l.within(u, i) {
		return
	}
	joined, all := false, true
	for _, f := range l.fits {
		j := int(f.j)
		if j == i || u.find(i) == u.find(j) {
			continue
		}
		if f.strong || sharedContext(chains[i], chains[j]) > 0 {
			joined = u.union(i, j) || joined
		} else {
			all = false
		}
	}
	if joined {
		b.settle(u)
	}
	// Entities only grow: every chain of the list met in i's entity stays there.
	l.one = all
}

// fullBlock is the chains of multi-word names a block key files (see blockKeys), in order, with
// the number of each one's shape among those of every block (see fullBlocks).
type fullBlock struct {
	chains []int
	shape  []int
	// one is set once every chain of the block is seen in one entity, which it stays in, as
	// entities only grow: a chain of that entity then has nothing to compare in the block.
	one bool
}

// within reports whether every chain of b is known to be in chain i's entity.
func (b *fullBlock) within(u *union, i int) bool {
	return b.one && u.find(b.chains[0]) == u.find(i)
}

// settle notes whether every chain of b is now in one entity.
func (b *fullBlock) settle(u *union) {
	root := u.find(b.chains[0])
	b.one = !slices.ContainsFunc(b.chains[1:], func(j int) bool { return u.find(j) != root })
}

// fullBlocks files the chains of multi-word names by their block keys, each chain of a block
// numbered by its shape, every block's shapes numbered apart: shapes numbers them all.
type fullBlocks struct {
	blocks map[string]*fullBlock
	shapes int
}

// newFullBlocks files the chains of multi-word names of chains by block key.
func newFullBlocks(chains []*chain) *fullBlocks {
	fb := &fullBlocks{blocks: map[string]*fullBlock{}}
	numbers := map[string]map[int]int{} // by block, each shape's number
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		for _, k := range blockKeys(c) {
			b, nums := fb.blocks[k], numbers[k]
			if b == nil {
				b, nums = &fullBlock{}, map[int]int{}
				fb.blocks[k], numbers[k] = b, nums
			}
			n, ok := nums[c.shape]
			if !ok {
				n = fb.shapes
				nums[c.shape] = n
				fb.shapes++
			}
			b.chains = append(b.chains, i)
			b.shape = append(b.shape, n)
		}
	}
	return fb
}

// ofVowels returns the block a place's name is also compared within (see vowelQueryKey), when
// there is one.
func (fb *fullBlocks) ofVowels(c *chain) (*fullBlock, bool) {
	k, ok := vowelQueryKey(c)
	if !ok || k == queryKey(c) {
		return nil, false
	}
	b := fb.blocks[k]
	return b, b != nil
}

// of returns the block c's name is compared within, empty when none.
func (fb *fullBlocks) of(c *chain) *fullBlock {
	if b := fb.blocks[queryKey(c)]; b != nil {
		return b
	}
	return &fullBlock{}
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
			for m := range u.members(root) {
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
// multi-word names hold that word (persons: as the family name), when there is exactly one; a
// name that is two names run together (bridges) holds none.
func (r *Resolver) matchShort(u *union, chains []*chain, bridges []bool) {
	index := newWordIndex(chains)
	groups, order := r.shortGroups(chains)
	order = foldUntyped(groups, order, r.spellingsMeet)
	order, spellings := r.joinVowelSpellings(chains, groups, order)
	order = r.joinTypos(chains, groups, order, spellings)
	order = r.joinSolidArticles(chains, groups, order)
	type join struct{ i, j int }
	var joins []join
	rc := &rootContext{u: u, chains: chains, counts: map[int]map[int32]int{}}
	halves := hyphenHeads(chains)
	for _, gk := range order {
		g := groups[gk]
		parts := [][]int{g.members}
		if g.plain {
			parts = contextParts(chains, g.members)
		}
		for _, p := range parts {
			for _, m := range p[1:] {
				rc.union(p[0], m)
			}
		}
		if g.common || g.styled {
			continue
		}
		cs := r.shortCandidates(u, chains, g, index.block(g), bridges)
		for _, p := range parts {
			t, ok := r.placeShort(u, chains, g.typ, p, cs, rc)
			if ok && cs.headed[t] && !halves.names(chains, p, g) && (!g.plain && !cs.phrase[t] || sharedWith(chains, p, t, rc) >= minPlainContext) && familyMeets(u, chains, g, p, t, rc) {
				joins = append(joins, join{p[0], t})
			}
		}
	}
	for _, jn := range joins {
		u.union(jn.i, jn.j)
	}
}

// docHalves holds, by document, the keys of the words that end a name of several words as the
// second half of a hyphenated pair ("Tribune" of "San Diego Union-Tribune").
type docHalves map[*docInfo]map[string]bool

// hyphenHeads files the hyphenated last words of the chains' names by document (see docHalves).
func hyphenHeads(chains []*chain) docHalves {
	out := docHalves{}
	for _, c := range chains {
		key, ok := hyphenHead(c)
		if !ok {
			continue
		}
		if out[c.doc] == nil {
			out[c.doc] = map[string]bool{}
		}
		out[c.doc][key] = true
	}
	return out
}

// hyphenHead gives the key of the last word of a chain's name of several words, not a
// person's, when that word is the second half of a hyphenated pair ("Tribune" of "San Diego
// Union-Tribune").
func hyphenHead(c *chain) (string, bool) {
	if c.typ == dossier.PER || c.ntok < 2 || len(c.dist) == 0 || !c.dist[len(c.dist)-1].compound {
		return "", false
	}
	return c.dist[len(c.dist)-1].key, true
}

// names reports whether the document of a chain of p, of group g, not a person's, names another
// body the chain's word ends, hyphenated: where a page writes "Tribune" beside the "San Diego
// Union-Tribune", the word alone is not surely the one other name it heads ("Chicago Tribune").
// Each chain is checked for the word it writes itself, which may be another spelling than the
// group's, so that the check reads no more than the chain's document holds under that word
// (see groups).
func (h docHalves) names(chains []*chain, p []int, g *shortGroup) bool {
	if g.typ == dossier.PER {
		return false
	}
	for _, m := range p {
		if h[chains[m].doc][chains[m].full.Tokens[0].Key] {
			return true
		}
	}
	return false
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
	styled  bool // a person's name after a style ("King Hussein"): it joins no longer name
	plain   bool // an ordinary English word (see ordinary): its chains join only where context agrees
	vowel   bool // its key is also written with a final -ah or -eh: -e and -a are one ending
	country bool // a country's name: a place named after it is not it
	article bool // a chain of it writes an article apart before its word ("al-Waer")
	members []int
}

// shortGroups gathers the one-word chains by type and key, in order of first chain. Outside
// persons, a word written with a silent final -e stands apart from the same key written with
// -a ("Europe", "Europa"), unless a spelling ending in -h ("-ah", "-eh") shows the key to be a
// romanised word whose final vowel varies ("Hasake", "Hasakeh", "Hasaka"), or the same word
// written without the -e shows it to be a French spelling ("Jenine", "Jenin"). A person's name
// written after a style ("King Hussein") stands apart from the same word alone.
func (r *Resolver) shortGroups(chains []*chain) (map[string]*shortGroup, []string) {
	romanised, written := map[string]bool{}, map[string]bool{}
	for _, c := range chains {
		if !c.acrOnly && c.ntok == 1 && len(c.full.Tokens) == 1 {
			t := c.full.Tokens[0]
			written[string(c.typ)+"\x00"+t.Text] = true
			if strings.HasSuffix(t.Text, "h") {
				romanised[string(c.typ)+"\x00"+t.Key] = true
			}
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
		apart := c.typ != dossier.PER && silentE(t.Text) && !romanised[g] && !written[string(c.typ)+"\x00"+strings.TrimSuffix(t.Text, "e")]
		if apart {
			g += "\x00e"
		}
		styled := r.styled(c)
		if styled {
			g += "\x00style" // "King Hussein" is no Hussein of a family
		}
		if w := bare(t); c.typ == dossier.PER && len(w) < minFuzzyFamily {
			g += "\x00" + squeeze(w) // a short name's folds bring "Jake" too near "Jack"
		}
		if c.typ != dossier.PER {
			g = r.spellingGroup(groups, subs, g, bare(t))
		}
		if groups[g] == nil {
			groups[g] = &shortGroup{tok: tok{key: t.Key, loose: namekey.Loose(t.Key), long: t.Long, skel: skeleton(t.Key), silentE: apart, bare: bare(t), mark: r.distinct.Mark(t.Text)}, typ: c.typ, common: true, styled: styled, vowel: romanised[g], country: c.typ != dossier.PER && r.country[t.Key]}
			order = append(order, g)
		}
		// The group is common only when every spelling of it is an ordinary word; plain when
		// one is.
		if !r.common[t.Text] {
			groups[g].common = false
		}
		if r.ordinary[t.Text] {
			groups[g].plain = true
		}
		if t.Particle == namekey.Article {
			groups[g].article = true
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
// ordinary word: "State" alone is not "X State". Nor is a word of names an ampersand joins.
func filedWords(c *chain) []tok {
	if c.acrOnly || c.ntok < 2 || len(c.dist) == 0 || strings.Contains(c.fullText, " & ") {
		return nil // "McManus & Marsden" names two: "Marsden" alone is one of them, not the pair
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
	if c.typ == dossier.PER || c.writesAlone(key) {
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
	initials, known := r.initialsIndex(chains), r.knownNamed(chains)
	for _, a := range acrs {
		r.joinFullNamed(u, chains, acronymOnly(chains, written[a], false), a)
	}
	for _, a := range acrs {
		only := acronymOnly(chains, written[a], true)
		if len(only) == 0 {
			continue
		}
		byType, types := byTypeInOrder(chains, only)
		for _, t := range types {
			r.placeAcronymOnly(u, chains, byType[t], t, written[a], initials[a], known[a])
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

// initials are the acronyms a fullest name may be shortened to: initials of every word,
// of the words without "al-" and fillers, and of the distinctive and head words.
func (r *Resolver) initials(c *name) []string {
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
	if len(r.pins.Merge) == 0 && len(r.pins.Split) == 0 && len(r.known) == 0 {
		return
	}
	// A pin names a chain by any of its texts; a well-known body's name only by the chain's
	// fullest name, so that a chain a page wrongly made ("TRT World" with "Reuters") drags no
	// entity into a country's.
	// Only the names the pins and the well-known bodies give are looked up, so only those are
	// indexed; a chain's texts name it in a list once (its texts are read together, and the
	// chains in order).
	byName, byFull := r.pinNames(), map[string][]int{}
	for _, m := range r.known {
		for _, n := range m {
			byFull[pinName(n)] = nil
		}
	}
	fullPin := map[string]string{}
	for i, c := range chains {
		for _, t := range c.texts {
			if at, ok := byName[t.t.pin]; ok && (len(at) == 0 || at[len(at)-1] != i) {
				byName[t.t.pin] = append(at, i)
			}
		}
		if len(r.known) > 0 && !c.acrOnly {
			n, ok := fullPin[c.fullText]
			if !ok {
				n = pinName(c.fullText)
				fullPin[c.fullText] = n
			}
			if at, ok := byFull[n]; ok {
				byFull[n] = append(at, i)
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
	join := func(names []string, by map[string][]int) {
		var all []int
		for _, n := range names {
			all = append(all, by[pinName(n)]...)
		}
		for _, i := range all[min(1, len(all)):] {
			u.union(all[0], i)
		}
	}
	for _, m := range r.pins.Merge {
		join(m[:], byName)
	}
	byLine := map[int][]int{}
	for i, c := range chains {
		for _, l := range r.knownLines(c) {
			byLine[l] = append(byLine[l], i)
		}
	}
	for l, m := range r.known {
		all := byLine[l]
		for _, n := range m {
			all = append(all, byFull[pinName(n)]...)
		}
		for _, i := range all[min(1, len(all)):] {
			u.union(all[0], i)
		}
	}
}

// pinNames returns the names of the merge and split pins (as pinName gives them), each with no
// chain yet.
func (r *Resolver) pinNames() map[string][]int {
	names := map[string][]int{}
	for _, p := range slices.Concat(r.pins.Merge, r.pins.Split) {
		names[pinName(p[0])], names[pinName(p[1])] = nil, nil
	}
	return names
}

// output lists entities in order of their first chain, each with an id made from that chain
// (its document's id and its number there), and picks their names. An entity's id thus changes
// only when a chain of an earlier document joins it, never because documents were added
// elsewhere.
func (r *Resolver) output(u *union, chains []*chain) ([]dossier.Entity, []dossier.Member) {
	// Number the entities in order of first chain, and give each chain its entity's number.
	ent := make([]int32, len(chains))
	byRoot := make([]int32, len(chains)) // root → its entity's number + 1
	var ids []string
	var made dossier.IDs
	for i, c := range chains {
		root := u.find(i)
		if byRoot[root] == 0 {
			ids = append(ids, made.New("e", c.doc.id, strconv.Itoa(c.num)))
			byRoot[root] = int32(len(ids))
		}
		ent[i] = byRoot[root] - 1
	}
	members := make([]dossier.Member, len(chains))
	for i, c := range chains {
		members[i] = dossier.Member{ChainRef: c.ref(), Entity: ids[ent[i]]}
	}
	// The chains of each entity, in order, laid out one entity after another.
	start := make([]int32, len(ids)+1)
	for _, e := range ent {
		start[e+1]++
	}
	for e := range ids {
		start[e+1] += start[e]
	}
	fill := slices.Clone(start[:len(ids)])
	order := byRoot
	for i, e := range ent {
		order[fill[e]] = int32(i)
		fill[e]++
	}
	var ents []dossier.Entity
	for e, id := range ids {
		ents = append(ents, r.entity(id, chains, order[start[e]:start[e+1]]))
	}
	return ents, members
}

func (r *Resolver) entity(id string, chains []*chain, idx []int32) dossier.Entity {
	types := map[dossier.EntityType]int{}
	count := map[string]int{}
	docs := map[string]int{}
	words := map[string]int{}
	var texts []string
	for _, i := range idx {
		c := chains[i]
		types[c.typ] += c.mentions()
		for _, tc := range c.texts {
			t := tc.t.s
			if count[t] == 0 {
				texts = append(texts, t)
			}
			count[t] += tc.n
			docs[t]++ // chains of one document name a text once each: close enough to documents
			words[t] = tc.t.words
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
	best = r.withoutTail(best, count)
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
	counts map[int]map[int32]int // by root
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
		tally = map[int32]int{}
		for m := range rc.u.members(root) {
			for _, name := range rc.chains[m].doc.ctx {
				if name == rc.chains[m].own {
					continue
				}
				tally[name]++
			}
		}
		rc.counts[root] = tally
	}
	n := 0
	for _, name := range c.doc.ctx {
		if name != c.own {
			n += tally[name]
		}
	}
	return n
}
