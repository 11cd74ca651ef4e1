package crosscheck

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/dossier-project/dossier"
)

// Source is where CheckStored reads the analyses of a pass, more than once.
type Source interface {
	// Each calls fn with the analysis of every document of the pass. Of each the checks read
	// only the document's id, address, publisher, date and text length, and the mentions, time
	// expressions, sketch, credit lines and dateline: the rest may be left out.
	Each(fn func(*dossier.Analysis) error) error
	// Of calls fn with the analyses of the documents ids (sorted), in any order.
	Of(ids []string, fn func(*dossier.Analysis) error) error
}

// CheckStored is CheckRecords over the analyses of src, read three times so that they are never
// held all at once: first only what grouping the documents into stories and origins reads of
// each (see lightDoc); then about budget documents at a time, for their casualty figures and what
// they say of whom; then whole stories at a time, about budget documents (stories whose
// casualty figures tell one incident together, as their attacks may be one happening), for
// their happenings and conflicts. A budget of 0 or less reads every document at once. The result
// is what CheckRecords finds in the same analyses.
func (k *Checker) CheckStored(src Source, entities []dossier.Entity, members []dossier.Member, budget int) (*Result, error) {
	p, err := k.storedPass(src, entities, members, budget)
	if err != nil {
		return nil, err
	}
	r, held, err := p.run()
	if err != nil {
		return nil, err
	}
	r.Happenings = held.happenings(p.c)
	p.c.orderHappenings(r.Happenings)
	return r, nil
}

// CheckStoredHeld is CheckStored leaving the result's Happenings nil: they are given instead as
// a list, in the same order, that holds them in the pass's compact form and writes each out only
// when it is read (see dossier.List), so that storing them never holds them all written out.
func (k *Checker) CheckStoredHeld(src Source, entities []dossier.Entity, members []dossier.Member, budget int) (*Result, dossier.List[Happening], error) {
	p, err := k.storedPass(src, entities, members, budget)
	if err != nil {
		return nil, dossier.List[Happening]{}, err
	}
	r, held, err := p.run()
	if err != nil {
		return nil, dossier.List[Happening]{}, err
	}
	return r, held.listed(p.c), nil
}

// storedPass returns the pass of CheckStored over the analyses of src.
func (k *Checker) storedPass(src Source, entities []dossier.Entity, members []dossier.Member, budget int) (*pass, error) {
	c, err := k.lightCorpus(src, entities, members)
	if err != nil {
		return nil, err
	}
	load := loader(c, src)
	if budget <= 0 || len(c.docs) <= budget {
		// One block holds every document: its records are read once for both sweeps.
		if err := load(c.all()); err != nil {
			return nil, err
		}
		return &pass{k: k, c: c, load: func([]int) error { return nil }, unload: func([]int) {}}, nil
	}
	return &pass{k: k, c: c, budget: budget, load: load, unload: c.unload}, nil
}

// pass runs the checks over a corpus whose documents' records are loaded a block at a time.
type pass struct {
	k      *Checker
	c      *corpus
	budget int                    // documents a block holds, at least one story; 0 for all at once
	load   func(docs []int) error // loads the records of docs (indexes into c.docs, ascending)
	unload func(docs []int)       // lets them go
}

// run finds what the pass finds: stories and origins from what every document holds without
// its record, then the checks of one document, then those inside stories, a block at a time,
// then those that cross stories from what the blocks left. The happenings it returns held, for
// the caller to write out once the rest is let go.
func (p *pass) run() (*Result, *heldHappenings, error) {
	k, c := p.k, p.c
	c.places = k.places
	c.attacks = k.attacks
	c.unitDocs = k.unitDocs
	r := &Result{}
	dups := k.nearDuplicates(c)
	r.Stories = k.stories(c, dups)
	org := k.origins(c, dups, k.copies(c))
	r.Origins = org.list
	c.dropRead()
	// The casualty figures are gathered once, for joining attacks and for comparing them.
	cf := newConflictFigs(len(c.docs))
	fr := newFramer()
	err := p.each(p.spans(), func(docs []int) {
		for _, di := range docs {
			cf.add(k, c, di)
			fr.add(c, di)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	var camps map[int][]*stance
	r.Framing, camps = fr.done()
	heads := c.attackFigureGroups(cf.figs)
	sentHap := map[[2]int][]int{}
	var cands []candidate
	held := newHeldHappenings(c)
	err = p.each(p.storyBlocks(heads), func(docs []int) {
		haps, grouped := k.happenings(c, org, cf, heads, docs)
		cands = append(cands, k.storyConflicts(c, org, haps, grouped, cf, docs, held.len(), sentHap)...)
		held.add(c, haps)
	})
	if err != nil {
		return nil, nil, err
	}
	r.Conflicts = k.corpusConflicts(c, org, cands, camps, cf, sentHap)
	return r, held, nil
}

// each loads each block of documents in turn, calls fn with it and lets it go.
func (p *pass) each(blocks [][]int, fn func(docs []int)) error {
	for _, docs := range blocks {
		if err := p.load(docs); err != nil {
			return err
		}
		fn(docs)
		p.unload(docs)
	}
	return nil
}

// spans cuts the documents, in order, into blocks of budget (all of them in one when budget is
// 0 or less).
func (p *pass) spans() [][]int {
	all := p.c.all()
	if p.budget <= 0 {
		return [][]int{all}
	}
	var out [][]int
	for lo := 0; lo < len(all); lo += p.budget {
		out = append(out, all[lo:min(lo+p.budget, len(all))])
	}
	return out
}

// storyBlocks cuts the documents into blocks of whole stories, each block's documents in order:
// stories whose head casualty figures heads groups as one incident's go together, as their
// attacks may be joined into one happening (see joinByFigures). Groups of stories come in order
// of their first document, and a block takes the next while it stays within budget documents.
func (p *pass) storyBlocks(heads incidentGroups) [][]int {
	c := p.c
	if p.budget <= 0 {
		return [][]int{c.all()}
	}
	u := newUnionFind(len(c.storyIDs))
	for _, g := range heads.members {
		for _, i := range g[1:] {
			u.union(c.docs[heads.list[g[0]].doc].story, c.docs[heads.list[i].doc].story)
		}
	}
	var units [][]int // the documents of each group of stories, in order of its first
	unitOf := map[int]int{}
	for di, d := range c.docs {
		root := u.find(d.story)
		n, ok := unitOf[root]
		if !ok {
			n = len(units)
			unitOf[root] = n
			units = append(units, nil)
		}
		units[n] = append(units[n], di)
	}
	var out [][]int
	var cur []int
	for _, docs := range units {
		if len(cur) > 0 && len(cur)+len(docs) > p.budget {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, docs...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	for _, b := range out {
		slices.Sort(b)
	}
	return out
}

// orderHappenings puts happenings found a block at a time in the order of their first reports
// among all documents, the order one block gives, and numbers them in that order, so that a rare
// clash of ids is settled as it would be in one block.
func (c *corpus) orderHappenings(haps []Happening) {
	key := func(h *Happening) (int, int) { return c.byID[h.Reports[0].Doc], h.Reports[0].Event }
	slices.SortStableFunc(haps, func(a, b Happening) int {
		da, ea := key(&a)
		db, eb := key(&b)
		return cmp.Or(cmp.Compare(da, db), cmp.Compare(ea, eb))
	})
	var ids dossier.IDs
	for i := range haps {
		h := &haps[i]
		h.ID = ids.New("h", h.Reports[0].Doc, strconv.Itoa(h.Reports[0].Event))
	}
}

// chainText is a mention chain of a document with a text and type one of its mentions writes
// (numbers in the corpus's names).
type chainText struct {
	chain     int32
	text, typ uint32
}

// lightCorpus makes the corpus of the analyses of src holding of each document only what
// stories and origins read, its entities and how its mentions name them (see lightDoc). The
// entities' names, types and spellings are read from the mentions then.
func (k *Checker) lightCorpus(src Source, entities []dossier.Entity, members []dossier.Member) (*corpus, error) {
	c := emptyCorpus(k.words, newNames(), entities)
	err := src.Each(func(a *dossier.Analysis) error {
		c.docs = append(c.docs, lightDoc(c, a))
		return nil
	})
	if err != nil {
		return nil, err
	}
	texts := func(d *doc, fn func(chain int32, text, typ uint32)) {
		for _, t := range d.texts {
			fn(t.chain, t.text, t.typ)
		}
	}
	c.index(members, texts)
	c.spellings = c.spellingsOf(texts)
	for _, d := range c.docs {
		d.texts = nil
	}
	return c, nil
}

// lightDoc is the document of a as the pass holds it between the blocks that load its record:
// its id, publisher and dates, the name its source is shown by, its sketch, credit lines and
// dateline, its chains' entities and each distinct (chain, text, type) its mentions write.
func lightDoc(c *corpus, a *dossier.Analysis) *doc {
	ad := &a.Doc
	lite := &analysis{Doc: document{ID: ad.ID, Publisher: ad.Publisher, Published: ad.Published, source: ad.SourceName()},
		Sketch: a.Sketch, Credits: a.Credits, Dateline: a.Dateline, textLen: a.TextLength()}
	d := &doc{c: c, a: lite, lite: lite, id: ad.ID, pub: normPublisher(ad.Publisher), date: ad.Published, ref: a.ReferenceDate()}
	seen := map[chainText]bool{}
	for _, m := range a.Mentions {
		t := chainText{int32(m.Chain), c.strs.of(m.Text), c.strs.of(string(m.Type))}
		if !seen[t] {
			seen[t] = true
			d.texts = append(d.texts, t)
		}
		if m.Entity != "" {
			d.named = append(d.named, namedChain{m.Chain, m.Entity})
		}
	}
	return d
}

// loader returns what loads the records of documents of c from src.
func loader(c *corpus, src Source) func(docs []int) error {
	return func(docs []int) error {
		ids := make([]string, len(docs))
		for i, di := range docs {
			ids[i] = c.docs[di].id
		}
		slices.Sort(ids)
		n := 0
		err := src.Of(ids, func(a *dossier.Analysis) error {
			di, ok := c.byID[a.Doc.ID]
			if _, want := slices.BinarySearch(ids, a.Doc.ID); !ok || !want {
				return nil
			}
			r := recordOf(a, c.strs)
			d := c.docs[di]
			d.a, d.ms, d.ts = r.a, r.ms, r.ts
			n++
			return nil
		})
		if err != nil {
			return fmt.Errorf("load records: %w", err)
		}
		if n < len(docs) {
			return fmt.Errorf("load records: %d of %d documents are no longer stored", len(docs)-n, len(docs))
		}
		return nil
	}
}

// unload lets go of the records of documents docs, keeping what lightDoc keeps and the place
// each is about, which their mentions gave.
func (c *corpus) unload(docs []int) {
	for _, di := range docs {
		d := c.docs[di]
		d.a, d.ms, d.ts = d.lite, nil, nil
		d.byStart, d.timexByStart, d.the, d.claimIdx = nil, nil, nil, nil
	}
}
