package crosscheck

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
)

// origins is the origin grouping of a corpus.
type origins struct {
	list   []dossier.Origin // in document order
	group  []int            // doc -> root doc
	copied map[[2]int]bool  // pairs of documents (lower first) one of which runs the other's text
	// linked are the pairs of documents (lower first) joined directly: near-duplicates, pages of
	// one publisher about one story, runs of one agency's report, credits.
	linked map[[2]int]bool
	text   unionFind // documents joined by near-duplicate text alone, which copies carry on
	pub    []string  // by document: its publisher, normalised, "" when unknown
	agency []string  // by document: the agency whose copy it runs, "" for none
}

func (o *origins) of(i int) int { return o.group[i] }

// count is how many independent origins the documents docs, the reports of one happening, come
// from. Two of them are one origin when they were joined directly (see linked), share a text,
// one runs the text of the other, they share a publisher or they run one agency's report: two
// pages of one publisher about one happening are that publisher's one account of it. Joins
// through documents outside docs are not followed: a publisher's report of another incident
// weeks later must not tie this report to whatever that one is joined with.
func (o *origins) count(docs []int) int {
	u := newUnionFind(len(docs))
	n := len(docs)
	for i, a := range docs {
		for j := i + 1; j < len(docs); j++ {
			b := docs[j]
			if !o.oneOrigin(a, b) {
				continue
			}
			if u.union(i, j) {
				n--
			}
		}
	}
	return n
}

// oneOrigin reports whether documents a and b, reports of one happening, are one origin.
func (o *origins) oneOrigin(a, b int) bool {
	if a == b {
		return true
	}
	p := [2]int{min(a, b), max(a, b)}
	switch {
	case o.linked[p] || o.copied[p]:
		return true
	case o.text != nil && o.text.find(a) == o.text.find(b):
		return true
	case o.pub != nil && o.pub[a] != "" && o.pub[a] == o.pub[b]:
		return true
	}
	return o.agency != nil && o.agency[a] != "" && o.agency[a] == o.agency[b]
}

// origins folds documents that copy, syndicate or translate one another, and pages of one
// publisher about one story, into origin groups. dups are near-duplicates; copies are texts of
// different publishers one of which holds most of the other (see copies), kept as pairs.
func (k *Checker) origins(c *corpus, dups, copies []dupEdge) *origins {
	l := &originLinker{c: c, u: newUnionFind(len(c.docs)), reason: make([]string, len(c.docs)), linked: map[[2]int]bool{}}
	text := newUnionFind(len(c.docs))
	for _, e := range dups {
		l.link(e.a, e.b, func(o *doc) string { return "near-duplicate of " + o.id })
		text.union(e.a, e.b)
	}
	l.samePublisher(dups)
	agency := l.sameAgency(dups, k.words.agency)
	l.credited(k.words.agency)
	o := l.grouping()
	o.linked, o.text, o.agency = l.linked, text, agency
	o.pub = make([]string, len(c.docs))
	for i, d := range c.docs {
		o.pub[i] = d.pub
	}
	o.copied = map[[2]int]bool{}
	for _, e := range copies {
		o.copied[[2]int{min(e.a, e.b), max(e.a, e.b)}] = true
	}
	return o
}

// originLinker joins documents into origin groups and keeps, for each document joined to an
// earlier one, why it was.
type originLinker struct {
	c      *corpus
	u      unionFind
	reason []string // by document: why it joined its group, "" for none
	linked map[[2]int]bool
}

// link joins documents a and b; when that joins two groups, the later document's reason is
// said by why of the earlier.
func (l *originLinker) link(a, b int, why func(other *doc) string) {
	if a > b {
		a, b = b, a
	}
	if l.linked != nil && a != b {
		l.linked[[2]int{a, b}] = true
	}
	if l.u.union(a, b) && l.reason[b] == "" {
		l.reason[b] = why(l.c.docs[a])
	}
}

// samePublisher joins two pages of one publisher that are near-duplicates, or that the story
// test joined directly (they share enough entities and were published close together), put in
// one story and were published within publisherGap of each other. Their story alone is not
// enough, since a story is joined through any of its documents, so that an unrelated page naming
// what two reports a year apart name would fold a publisher's reports of different incidents
// into one origin, and an origin count would hang on pages outside it. Nor is a story link alone:
// a publisher's reports of two attacks on one town weeks apart share the town, the sides and the
// story, but are two accounts of two things, and joining them would join whatever each is joined
// with.
func (l *originLinker) samePublisher(dups []dupEdge) {
	dup := map[[2]int]bool{}
	for _, e := range dups {
		dup[[2]int{min(e.a, e.b), max(e.a, e.b)}] = true
	}
	for _, p := range l.directPairs(dups) {
		a, b := l.c.docs[p[0]], l.c.docs[p[1]]
		if a.pub == "" || a.pub != b.pub {
			continue
		}
		if !dup[[2]int{min(p[0], p[1]), max(p[0], p[1])}] && (a.story != b.story || !within(a.date, b.date, publisherGap)) {
			continue
		}
		l.link(p[0], p[1], func(o *doc) string { return "same publisher as " + o.id })
	}
}

// publisherGap is how far apart two pages of one publisher about one story may be published
// and be one origin on that: the days a newsroom updates and follows up one report.
const publisherGap = 7 * 24 * time.Hour

// directPairs are the pairs of documents the story test joined directly and the near-duplicates.
func (l *originLinker) directPairs(dups []dupEdge) [][2]int {
	pairs := slices.Clip(l.c.storyLinks) // appending must not write into the corpus's own
	for _, e := range dups {
		pairs = append(pairs, [2]int{e.a, e.b})
	}
	return pairs
}

// sameAgency joins two reports of different publishers that credit one agency as whose copy
// they run — in a dateline ("BEIRUT (AP) —"), a closing line ("— AP") or a byline ("By Jane
// Roe, Associated Press"), each name taken as the agency it stands for — and that are
// near-duplicates or that the story test joined directly: both run that agency's report,
// edited or not, whether or not the agency publishes a document of the corpus. Only such
// credits join: a report citing a source ("according to X") does not copy it. Pairs are taken
// as samePublisher takes them, for the same reason.
// It returns, by document, the agency whose copy it runs.
func (l *originLinker) sameAgency(dups []dupEdge, names map[string]string) []string {
	agency := make([]string, len(l.c.docs))
	for i, d := range l.c.docs {
		agency[i] = creditedAgency(d.a.Credits, names)
	}
	for _, p := range l.directPairs(dups) {
		if ag := agency[p[0]]; ag != "" && ag == agency[p[1]] {
			l.link(p[0], p[1], func(o *doc) string { return "runs the same agency's report as " + o.id })
		}
	}
	return agency
}

// creditedAgency is the agency whose copy a document's credits say it runs, normalised as a
// publisher's name and taken through names (another name of an agency → its own), "" for none.
// The dateline's comes first, then a closing line's, then a byline's.
func creditedAgency(lines []dossier.Credit, names map[string]string) string {
	for _, phrase := range []string{dossier.DatelineCredit, dossier.SignOffCredit, dossier.BylineCredit} {
		for _, cl := range lines {
			if cl.Phrase != phrase {
				continue
			}
			return ownName(names, normPublisher(strings.Join(cl.Words, " ")))
		}
	}
	return ""
}

// publisherIndex lists the documents of each publisher and the most words a publisher's name has.
func publisherIndex(c *corpus) (byPub map[string][]int, maxWords int) {
	byPub = map[string][]int{}
	for i, d := range c.docs {
		if d.pub != "" {
			byPub[d.pub] = append(byPub[d.pub], i)
			if w := len(strings.Fields(d.pub)); w > maxWords {
				maxWords = w
			}
		}
	}
	return byPub, maxWords
}

// credited joins documents to those they credit: "translated by X", "according to X", "X
// reported", "— AP", where X publishes another document of the same story. An agency is
// credited under any of its names (names: another name → its own): "— AP" credits the
// documents the Associated Press publishes.
func (l *originLinker) credited(names map[string]string) {
	c := l.c
	byPub, maxWords := publisherIndex(c)
	if len(byPub) <= 1 {
		return
	}
	// In order of the other names, so that the documents a name without its own stands for are
	// the same whatever the map's order.
	for _, alias := range slices.Sorted(maps.Keys(names)) {
		name := names[alias]
		if docs, ok := byPub[name]; ok && byPub[alias] == nil {
			byPub[alias] = docs
		}
		if docs, ok := byPub[alias]; ok && byPub[name] == nil {
			byPub[name] = docs
			maxWords = max(maxWords, len(strings.Fields(name)))
		}
	}
	for i, d := range c.docs {
		for _, cr := range credits(d.a.Credits, byPub, maxWords) {
			if ownName(names, cr.pub) == ownName(names, d.pub) {
				continue
			}
			for _, j := range byPub[cr.pub] {
				if c.docs[j].story == d.story {
					l.linkCredit(i, j, cr)
				}
			}
		}
	}
}

// ownName is the agency's own name for p when names gives one (another name → its own), else p.
func ownName(names map[string]string, p string) string {
	if own := names[p]; own != "" {
		return own
	}
	return p
}

// linkCredit joins document i to document j that it credits, saying why on the later one.
func (l *originLinker) linkCredit(i, j int, cr credit) {
	name := l.c.docs[j].a.Doc.Publisher
	verb := "credits "
	if strings.HasPrefix(cr.phrase, "transl") {
		verb = "translated from "
	}
	if j < i {
		l.link(j, i, func(*doc) string { return verb + name })
	} else {
		l.link(i, j, func(o *doc) string { return "credited by " + o.id })
	}
}

// grouping gives each document its group, named by its root document, and why it is in it.
func (l *originLinker) grouping() *origins {
	c := l.c
	o := &origins{group: make([]int, len(c.docs))}
	size := map[int]int{}
	for i := range c.docs {
		o.group[i] = l.u.find(i)
		size[o.group[i]]++
	}
	for i, d := range c.docs {
		g := o.group[i]
		why := l.reason[i]
		switch {
		case g == i && size[g] > 1:
			why = "earliest of its group"
		case g == i:
			why = "independent"
		case why == "":
			why = fmt.Sprintf("joined through its group with %s", c.docs[g].id)
		}
		o.list = append(o.list, dossier.Origin{Doc: d.id, Group: c.docs[g].id, Reason: why})
	}
	return o
}

// credit is a publisher a document names as its source, and the phrase that names it.
type credit struct {
	pub    string
	phrase string
}

// credits finds the publishers a document names as its source in its stored credit lines, each
// once, by name.
func credits(lines []dossier.Credit, byPub map[string][]int, maxWords int) []credit {
	var out []credit
	seen := map[string]bool{}
	for _, cl := range lines {
		words := cl.Words
		if cl.Before {
			if len(words) > maxWords {
				words = words[len(words)-maxWords:]
			}
			for n := 1; n <= len(words); n++ {
				cand := normPublisher(strings.Join(words[len(words)-n:], " "))
				if _, ok := byPub[cand]; ok && !seen[cand] {
					seen[cand] = true
					out = append(out, credit{cand, cl.Phrase})
				}
			}
			continue
		}
		if len(words) > maxWords+1 {
			words = words[:maxWords+1]
		}
		for n := len(words); n >= 1; n-- {
			cand := normPublisher(strings.Join(words[:n], " "))
			if _, ok := byPub[cand]; ok {
				if !seen[cand] {
					seen[cand] = true
					out = append(out, credit{cand, cl.Phrase})
				}
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pub < out[j].pub })
	return out
}
