package crosscheck

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// Checker runs the cross-document pass. It is safe for concurrent use after construction.
type Checker struct {
	words       *words
	cues        Cues
	places      *Places
	attacks     *Attacks
	blockLimit  int
	maxPerStory int
	dupMin      float64
	unitDocs    int // the most documents of a unit of stories (see figureUnits)
}

// Option configures a Checker.
type Option func(*Checker)

// WithCues adds cue lists to the embedded ones (see ParseCues).
func WithCues(c Cues) Option { return func(k *Checker) { k.cues = k.cues.Merge(c) } }

// WithPlaces replaces the embedded place hierarchy (see ParsePlaces).
func WithPlaces(p *Places) Option { return func(k *Checker) { k.places = p } }

// WithAttacks replaces the embedded hierarchy of kinds of attack (see ParseAttacks).
func WithAttacks(a *Attacks) Option { return func(k *Checker) { k.attacks = a } }

// WithBlockLimit sets how many documents an entity may appear in and still be used to find
// documents of the same story; commoner entities ("the United States") say little. Default 250.
func WithBlockLimit(n int) Option { return func(k *Checker) { k.blockLimit = n } }

// WithMaxConflictsPerStory caps the conflicts of each kind reported for one story, strongest
// first, so that disputes over tolls are not crowded out by other kinds; a story of more than
// 4n documents may report one more for every 4 documents. Default 5; 0 keeps every conflict.
func WithMaxConflictsPerStory(n int) Option { return func(k *Checker) { k.maxPerStory = n } }

// WithDuplicateThreshold sets the estimated shingle resemblance (0..1) from which two texts are
// near-duplicates. Default 0.6.
func WithDuplicateThreshold(x float64) Option { return func(k *Checker) { k.dupMin = x } }

// New returns a Checker with the embedded cue lists and the options applied.
func New(opts ...Option) *Checker {
	k, err := Load(en.Embedded(), opts...)
	if err != nil {
		panic(err) // the embedded files are part of the build; the package tests read them
	}
	return k
}

// Load returns a Checker that reads its word lists, cues and kinds of attack from the language
// data d (the embedded files with a --data folder's), with the options applied. It fails when a
// file of d does not parse.
func Load(d *en.Data, opts ...Option) (*Checker, error) {
	cues, err := CuesFrom(d)
	if err != nil {
		return nil, err
	}
	attacks, err := AttacksFrom(d)
	if err != nil {
		return nil, err
	}
	keys, err := namekey.NewFrom(d, namekey.All)
	if err != nil {
		return nil, err
	}
	k := &Checker{words: newWords(d, keys), cues: cues, places: DefaultPlaces(), attacks: attacks, blockLimit: 250, maxPerStory: 5, dupMin: 0.6, unitDocs: unitDocs}
	for _, o := range opts {
		o(k)
	}
	k.places = k.places.keyed(k.words.gaz)
	return k, nil
}

// Result is what the pass finds across documents.
type Result struct {
	Origins    []dossier.Origin   // the origin group of every document, in document order
	Stories    []Story            // groups of documents about one story
	Happenings []Happening        // aligned events, each with all its reports
	Conflicts  []dossier.Conflict // disagreements, ids c1, c2 … in order
	Framing    []Frame            // how each source labels each actor
}

// doc is one analysis with what the pass derives from it.
type doc struct {
	a     *analysis    // what the checks read of its analysis (see Record)
	ms    []mention    // its mentions
	ts    []timex      // its time expressions
	named []namedChain // the chains its mentions give an entity (see Record)
	id    string
	pub   string    // normalised publisher, "" when unknown
	date  string    // publication date, "" when unknown
	ref   string    // the date its relative dates count from (see Analysis.ReferenceDate): date, or a printed one near it
	ent   chainEnts // mention chain -> entity number (see chainEnts.at; entAt gives the id)
	c     *corpus   // the corpus it is in
	ents  []int     // entity numbers named in the document, sorted, unique
	story int
	// byStart lists the mentions' indexes in order of their start, made on first use, so that the
	// mentions after a position are found without reading all of them.
	byStart      []int
	timexByStart []int // the same for the time expressions
	// the holds the entities the document writes with "the" before their name, made on first use
	// from its claims.
	the      map[int]bool
	claimIdx *claimIndex // its claims indexed, made on first use
	// main is the place it is about that the hierarchy knows (see mainPlace), made on first use
	// when mainDone is set.
	main     []int
	mainDone bool
	// lite is what the pass holds of the analysis while its record is not loaded (see
	// CheckStored), nil when it holds the record throughout; texts are, until the entities are
	// named, the distinct chains, texts and types of its mentions (see lightDoc).
	lite  *analysis
	texts []chainText
}

// corpus indexes one call's input.
type corpus struct {
	docs    []*doc
	byID    map[string]int
	entNum  map[string]int
	entIDs  []string
	entName []string
	entType []dossier.EntityType
	named   []bool // the resolution gave the entity's name
	// places is the place hierarchy; nodes caches the place each entity names in it (nil when
	// none), nodeDone which entities were looked up; regionNum numbers the regions met.
	places    *Places
	attacks   *Attacks // the hierarchy of kinds of attack
	unitDocs  int      // the most documents of a unit of stories (see figureUnits)
	nodes     []*placeNode
	nodeDone  []bool
	regionNum map[*placeNode]int
	// placeOf maps an entity to the place it names: a LOC entity to the first LOC entity of
	// the same name key (itself, unless resolution kept two apart), any other entity whose name
	// key is a LOC entity's to that entity ("Darun" typed ORG in one report), else -1.
	placeOf []int
	// placeSets are the sets of places attack reports name, numbered for attackSig.places.
	placeSets [][]int
	// placeByKey maps a place name key (see placeKey) to the first LOC entity of that key.
	placeByKey map[string]int
	// storyIDs are the ids of the stories, by the number doc.story holds.
	storyIDs []string
	// storyLinks are the pairs of documents (earlier first) that the story test joined directly,
	// not through other documents of their story.
	storyLinks [][2]int
	// spellings are, by entity, the names its mentions write, folded (see actorSpellings).
	spellings []map[string]bool
	// words is the language data the pass reads (see lang).
	words *words
	// strs are the strings the records number (see Records): their mentions' texts and types,
	// the words of their events and figures, the values of their time expressions. A pass that
	// loads its records a block at a time numbers the strings of later blocks in it too.
	strs *names
	// publishers are the documents' publishers, normalised (see normPublisher).
	publishers map[string]bool
}

func newCorpus(analyses []*dossier.Analysis, entities []dossier.Entity, members []dossier.Member) *corpus {
	return newCorpusWith(nil, records(analyses), entities, members)
}

// newCorpusWith is newCorpus reading language data w (the embedded data when nil).
func newCorpusWith(w *words, recs *Records, entities []dossier.Entity, members []dossier.Member) *corpus {
	c := emptyCorpus(w, recs.names, entities)
	for _, r := range recs.list {
		a := r.a
		c.docs = append(c.docs, &doc{c: c, a: a, ms: r.ms, ts: r.ts, named: r.named, id: a.Doc.ID, pub: normPublisher(a.Doc.Publisher), date: a.Doc.Published, ref: r.ref})
	}
	c.index(members, func(d *doc, fn func(chain int32, text, typ uint32)) {
		for _, m := range d.ms {
			fn(m.Chain, m.text, m.typ)
		}
	})
	return c
}

// emptyCorpus returns a corpus of no documents yet, with the entities of a resolution, whose
// records number their strings in ns.
func emptyCorpus(w *words, ns *names, entities []dossier.Entity) *corpus {
	c := &corpus{byID: map[string]int{}, entNum: map[string]int{}, words: w, strs: ns}
	for _, e := range entities {
		c.entityNum(e.ID)
		n := c.entNum[e.ID]
		c.entName[n] = e.Name
		c.entType[n] = e.Type
		c.named[n] = e.Name != ""
	}
	return c
}

// index orders the documents of c, gives their mention chains the entities of members, and
// names and types the entities the resolution left unnamed from what each mention of them
// writes: names calls fn with the chain, text and type of each mention of d, in order (or of the
// first mention of each such triple, which names and types alike).
func (c *corpus) index(members []dossier.Member, names func(d *doc, fn func(chain int32, text, typ uint32))) {
	// Earliest first, then by id: group ids and output order follow this.
	sort.SliceStable(c.docs, func(i, j int) bool { return docLess(c.docs[i], c.docs[j]) })
	for i, d := range c.docs {
		if _, dup := c.byID[d.id]; !dup {
			c.byID[d.id] = i
		}
	}
	given := make([][]chainEnt, len(c.docs))
	for _, m := range members {
		i, ok := c.byID[m.Doc]
		if !ok {
			continue
		}
		given[i] = append(given[i], chainEnt{int32(m.Chain), int32(c.entityNum(m.Entity))})
	}
	for i, d := range c.docs {
		// Mentions carry their entity too once resolution has run; members win.
		d.ent = chainEntsOf(given[i], func(add func(int, func() int) bool) {
			for _, p := range d.named {
				add(p.chain, func() int { return c.entityNum(p.id) })
			}
		})
		given[i], d.named = nil, nil
		seen := map[int]bool{}
		for _, p := range d.ent {
			n := int(p.ent)
			if !seen[n] {
				seen[n] = true
				d.ents = append(d.ents, n)
			}
		}
		sort.Ints(d.ents)
	}
	for _, d := range c.docs {
		names(d, func(chain int32, text, typ uint32) {
			if n, ok := d.ent.at(int(chain)); ok {
				if t := c.str(text); !c.named[n] && len(t) > len(c.entName[n]) {
					c.entName[n] = t
				}
				if c.entType[n] == "" {
					c.entType[n] = dossier.EntityType(c.str(typ))
				}
			}
		})
	}
	c.placeOf = placesByName(c)
	// A place counts as one entity for grouping stories whatever type one report gave it.
	for _, d := range c.docs {
		ents := d.ents[:0]
		for _, e := range d.ents {
			if p := c.placeOf[e]; p >= 0 {
				e = p
			}
			if !containsInt(ents, e) {
				ents = append(ents, e)
			}
		}
		sort.Ints(ents)
		d.ents = ents
	}
}

// all lists the indexes of every document of c, in order.
func (c *corpus) all() []int {
	out := make([]int, len(c.docs))
	for i := range out {
		out[i] = i
	}
	return out
}

// placesByName maps every entity to the place entity of its name key, or -1 (see
// corpus.placeOf).
func placesByName(c *corpus) []int {
	out := make([]int, len(c.entIDs))
	byKey := map[string]int{}
	for e := range c.entIDs {
		out[e] = -1
		if c.entType[e] != dossier.LOC {
			continue
		}
		k := c.lang().placeKey(c.entName[e])
		if k == "" {
			out[e] = e
			continue
		}
		if p, ok := byKey[k]; ok {
			out[e] = p
			continue
		}
		byKey[k] = e
		out[e] = e
	}
	c.placeByKey = byKey
	for e := range c.entIDs {
		if out[e] >= 0 || c.entType[e] == dossier.PER {
			continue
		}
		if p, ok := byKey[c.lang().placeKey(c.entName[e])]; ok {
			out[e] = p
		}
	}
	return out
}

// placeKey folds a place name for comparison across spellings: "the Darun", "Daroun" and
// "DARUN" share one key, and so do "the Euphrates" and "the Euphrates River".
func (lw *words) placeKey(name string) string {
	ws := strings.Fields(namekey.Fold(name))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) > 1 && lw.sameFeature[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	for i, w := range ws {
		ws[i] = lw.keys.Key(namekey.Fold(w))
	}
	return strings.Join(ws, " ")
}

// place is the place entity that entity e names, as a mention of type t, or -1 when it names
// none.
func (c *corpus) place(e int, t dossier.EntityType) int {
	if e < 0 || e >= len(c.placeOf) {
		return -1
	}
	if p := c.placeOf[e]; p >= 0 {
		return p
	}
	if t == dossier.LOC {
		return e
	}
	return -1
}

func (c *corpus) entityNum(id string) int {
	if n, ok := c.entNum[id]; ok {
		return n
	}
	n := len(c.entIDs)
	c.entNum[id] = n
	c.entIDs = append(c.entIDs, id)
	c.entName = append(c.entName, "")
	c.entType = append(c.entType, "")
	c.named = append(c.named, false)
	return n
}

// name is an entity's display name.
func (c *corpus) name(id string) string {
	if n, ok := c.entNum[id]; ok && c.entName[n] != "" {
		return c.entName[n]
	}
	return id
}

func docLess(a, b *doc) bool {
	if (a.date == "") != (b.date == "") {
		return a.date != ""
	}
	if a.date != b.date {
		return a.date < b.date
	}
	return a.id < b.id
}

// outlet is who published document di: its publisher, else the document itself.
func (c *corpus) outlet(di int) string {
	if p := c.docs[di].pub; p != "" {
		return p
	}
	return "\x00" + c.docs[di].id
}

// apart reports whether documents a and b come from different outlets.
func (c *corpus) apart(a, b int) bool {
	if a == b {
		return false
	}
	if max(a, b) >= len(c.docs) {
		return true // figures made up without their documents, as in tests: each its own
	}
	return c.outlet(a) != c.outlet(b)
}

// isPublisher reports whether entity e is named as the publisher of a document of the corpus
// ("(Meridian Press) -" in a dateline): the outlet that tells, not what a conflict is about.
func (c *corpus) isPublisher(e int) bool {
	if c.publishers == nil {
		c.publishers = map[string]bool{}
		for _, d := range c.docs {
			if d.pub != "" {
				c.publishers[d.pub] = true
			}
		}
	}
	return c.publishers[normPublisher(c.entName[e])]
}

// dropRead lets go of what only the near-duplicate, copy and origin checks read: the sketches
// and credit lines of the documents.
func (c *corpus) dropRead() {
	for _, d := range c.docs {
		d.a.Sketch, d.a.Credits = nil, nil
	}
}

// normPublisher folds a publisher's name for comparison: lower case, no leading "the", single
// spaces.
func normPublisher(p string) string {
	p = strings.ToLower(strings.Join(strings.Fields(p), " "))
	p = strings.TrimPrefix(p, "the ")
	return strings.Trim(p, " .,:;")
}

// str is the string numbered n in the names of the corpus's records.
func (c *corpus) str(n uint32) string { return c.strs.list[n] }

// entAt returns the id of the entity that chain names in d, and whether it names one.
func (d *doc) entAt(chain int) (string, bool) {
	n, ok := d.ent.at(chain)
	if !ok {
		return "", false
	}
	return d.c.entIDs[n], true
}

// value is the TIMEX3 value of time expression t of d.
func (d *doc) value(t *timex) string { return d.c.str(t.value) }

// datesEvents is dossier.Timex.DatesEvents of time expression t of d.
func (d *doc) datesEvents(t *timex) bool {
	return dossier.Timex{Value: d.value(t), Dateline: t.Dateline}.DatesEvents(d.date)
}

// text is the text of mention m of d.
func (d *doc) text(m mention) string { return d.c.str(m.text) }

// entType is the type of mention m of d.
func (d *doc) entType(m mention) dossier.EntityType { return dossier.EntityType(d.c.str(m.typ)) }

// sourceName is how a document's source is shown, the same everywhere: see
// dossier.Document.SourceName.
func (d *doc) sourceName() string { return d.a.Doc.SourceName() }

// Check runs the pass over analyses and the entity resolution made of them. It leaves the
// analyses as they are; see CheckRecords for a pass that holds less.
func (k *Checker) Check(analyses []*dossier.Analysis, entities []dossier.Entity, members []dossier.Member) *Result {
	return k.CheckRecords(records(analyses), entities, members)
}

// CheckRecords is Check over the records of the analyses (see Records). It drops the parts of
// the records' analyses that no later check reads once they are read (sketches, credit lines),
// so that they are not held to the end.
func (k *Checker) CheckRecords(recs *Records, entities []dossier.Entity, members []dossier.Member) *Result {
	c := newCorpusWith(k.words, recs, entities, members)
	p := &pass{k: k, c: c, budget: 0, load: func([]int) error { return nil }, unload: func([]int) {}}
	r, held, _ := p.run() // loading nothing, it fails in nothing
	r.Happenings = held.happenings(c)
	c.orderHappenings(r.Happenings)
	return r
}

// unionFind is a disjoint-set forest over 0..n-1 whose root is always the smallest member, so
// the root of a group is its earliest document.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// groups returns the members of each group, the groups in order of their roots and each group's
// members in order. Members for which keep is false are left out (keep nil keeps every member),
// and so is a group left empty.
func (u unionFind) groups(keep func(i int) bool) [][]int {
	members := map[int][]int{}
	var roots []int
	for i := range u {
		if keep != nil && !keep(i) {
			continue
		}
		r := u.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	sort.Ints(roots)
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, members[r])
	}
	return out
}

// union joins the groups of a and b and reports whether they were apart.
func (u unionFind) union(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return false
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
	return true
}

// The results are the domain's stored types, so a check's result is stored as it is.
type (
	Story      = dossier.Story
	Report     = dossier.Report
	Happening  = dossier.Happening
	Frame      = dossier.Frame
	Fatalities = dossier.Fatalities
)
