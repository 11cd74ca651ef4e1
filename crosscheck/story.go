package crosscheck

import (
	"math"
	"sort"
	"time"

	"github.com/dossier-project/dossier"
)

// stories groups documents that share resolved entities (weighted by rarity) and were published
// close in time; near-duplicates are always one story. Candidates come from the entity index
// only, and entities named in more than blockLimit documents are left out of it. A story does not
// grow by chains of pairs: a document joins one only when it is tied to enough of its documents
// (see storyMinLinked), so that a story stays about one thing and no bigger than a reader can use.
func (k *Checker) stories(c *corpus, dups []dupEdge) []Story {
	dup := newUnionFind(len(c.docs))
	for _, e := range dups {
		dup.union(e.a, e.b)
	}
	return c.nameStories(k.linkByEntities(c, dup))
}

// entityWeights counts in how many documents each entity is named (df) and weighs it by rarity
// (idf), so a name every page carries ties two pages less than a rare one.
func entityWeights(c *corpus) (df []int, idf []float64) {
	n := len(c.docs)
	df = make([]int, len(c.entIDs))
	for _, d := range c.docs {
		for _, e := range d.ents {
			df[e]++
		}
	}
	idf = make([]float64, len(df))
	for e, f := range df {
		if f > 0 {
			idf[e] = math.Log(1 + float64(n)/float64(f))
		}
	}
	return df, idf
}

// storyMinLinked is the share of a story's documents a document must be tied to (by sameStory,
// or by naming one town within newsDays) to join it. A share, not one tie, keeps a chain of
// pairs, each about something else, from making one story: a story of n documents grows only by
// a document tied to at least n*storyMinLinked of them, so a chain, each document tied to the
// one before only, stops once n passes 1/storyMinLinked: it holds at most that many and one more.
const storyMinLinked = 0.3

// storyGrouper puts the documents, in order, into stories: a near-duplicate into the story of the
// earliest of its copies, any other into the story it is most like on average (the earlier of
// two alike) of those it is tied to enough documents of, else into a story of its own.
type storyGrouper struct {
	dup    unionFind
	of     []int   // the story of each document placed so far
	groups [][]int // the documents of each story, in order
	// ties and weight are, by story, how many of its documents the current document is tied to
	// and the sum of its overlaps with them.
	ties   []int
	weight []float64
}

// tie is a tie of the current document to an earlier one, and their overlap: the share of the
// lighter one's entity weight they have in common.
type tie struct {
	doc     int
	overlap float64
}

// place puts document i, tied to the earlier documents of tied, into its story.
func (g *storyGrouper) place(i int, tied []tie) {
	if r := g.dup.find(i); r != i {
		g.add(i, g.of[r])
		return
	}
	var met []int
	for _, t := range tied {
		s := g.of[t.doc]
		if g.ties[s] == 0 {
			met = append(met, s)
		}
		g.ties[s]++
		g.weight[s] += t.overlap
	}
	best, like := -1, -1.0
	for _, s := range met {
		n := float64(len(g.groups[s]))
		// Of two stories alike on average, the earlier: the order of met is the ties' order.
		if w := g.weight[s] / n; float64(g.ties[s])/n >= storyMinLinked && (w > like || w == like && s < best) {
			best, like = s, w
		}
		g.ties[s], g.weight[s] = 0, 0
	}
	if best < 0 {
		best = len(g.groups)
		g.groups = append(g.groups, nil)
		g.ties = append(g.ties, 0)
		g.weight = append(g.weight, 0)
	}
	g.add(i, best)
}

// add puts document i into story s.
func (g *storyGrouper) add(i, s int) {
	g.of[i] = s
	g.groups[s] = append(g.groups[s], i)
}

// linkByEntities ties each document to the earlier ones it shares enough entity weight with and
// that were published close to it, keeping each such pair in c.storyLinks, and groups the
// documents into stories by those ties (see storyGrouper). Each document meets only those that
// share an indexed entity with it, found through the postings of the entities seen so far.
func (k *Checker) linkByEntities(c *corpus, dup unionFind) [][]int {
	n := len(c.docs)
	df, idf := entityWeights(c)
	mass := k.docMass(c, df, idf)
	postings := make([][]int, len(df))
	score := make([]float64, n)
	shared := make([]int, n)
	town := make([]bool, n) // a town both name
	g := &storyGrouper{dup: dup, of: make([]int, n)}
	var touched []int
	var tied []tie
	for i, d := range c.docs {
		touched, tied = touched[:0], tied[:0]
		for _, e := range d.ents {
			if df[e] > k.blockLimit {
				continue
			}
			isTown := c.townPlace(e)
			for _, j := range postings[e] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
				score[j] += idf[e]
				town[j] = town[j] || isTown
			}
			postings[e] = append(postings[e], i)
		}
		for _, j := range touched {
			if sameStory(c, i, j, mass, shared[j], score[j]) || town[j] && sameNews(c.docs[i].date, c.docs[j].date) {
				tied = append(tied, tie{j, overlap(i, j, mass, score[j])})
				c.storyLinks = append(c.storyLinks, [2]int{j, i})
			}
			shared[j], score[j], town[j] = 0, 0, false
		}
		g.place(i, tied)
	}
	return g.groups
}

// townPlace reports whether entity e is a town: a place the hierarchy knows as one, or a place
// it does not know (a village, a district), but no country, region or word that names no place.
func (c *corpus) townPlace(e int) bool {
	p := c.place(e, c.entType[e])
	if p < 0 {
		return false
	}
	n := c.placeNode(p)
	return n == nil || n.kind == placeTown
}

// newsDays is how many days apart two reports of one town may be published and be one story
// on that alone: the days in which outlets report and dispute one incident.
const newsDays = 3

// sameNews reports whether two publication days (ISO 8601) lie within newsDays of each other.
func sameNews(a, b string) bool {
	x, okA := parseDay(a)
	y, okB := parseDay(b)
	return okA && okB && abs64(x-y) <= newsDays
}

// docMass is each document's entity weight, counting only the entities the index keeps.
func (k *Checker) docMass(c *corpus, df []int, idf []float64) []float64 {
	mass := make([]float64, len(c.docs))
	for i, d := range c.docs {
		for _, e := range d.ents {
			if df[e] <= k.blockLimit {
				mass[i] += idf[e]
			}
		}
	}
	return mass
}

// overlap is the share of the lighter of documents i and j's entity weight that the entities
// they share, of weight score, make.
func overlap(i, j int, mass []float64, score float64) float64 {
	m := math.Min(mass[i], mass[j])
	if m == 0 {
		return 0
	}
	return score / m
}

// sameStory reports whether documents i and j, sharing so many indexed entities of so much
// weight, are one story: two shared entities (one when either names only one or has no weight),
// enough of the lighter one's weight, and dates close enough.
func sameStory(c *corpus, i, j int, mass []float64, shared int, score float64) bool {
	m := math.Min(mass[i], mass[j])
	need := 2
	if m == 0 || len(c.docs[i].ents) == 1 || len(c.docs[j].ents) == 1 {
		need = 1
	}
	return shared >= need && overlap(i, j, mass, score) >= storyMinOverlap && closeInTime(c.docs[i].date, c.docs[j].date)
}

// nameStories makes a story of each group of documents, marks each document with its story and
// lists the entities the story's documents share.
func (c *corpus) nameStories(groups [][]int) []Story {
	out := make([]Story, 0, len(groups))
	var ids dossier.IDs
	for si, g := range groups {
		// A story is named after its earliest document, not its place among the stories.
		s := Story{ID: ids.New("s", c.docs[g[0]].id)}
		c.storyIDs = append(c.storyIDs, s.ID)
		for _, i := range g {
			c.docs[i].story = si
			s.Docs = append(s.Docs, c.docs[i].id)
		}
		s.Entities = c.sharedEntities(g)
		out = append(out, s)
	}
	return out
}

// sharedEntities lists the entities named in at least two of the documents, the most named
// first, then by id.
func (c *corpus) sharedEntities(g []int) []string {
	count := map[int]int{}
	for _, i := range g {
		for _, e := range c.docs[i].ents {
			count[e]++
		}
	}
	var es []int
	for e, m := range count {
		if m >= 2 {
			es = append(es, e)
		}
	}
	sort.Slice(es, func(a, b int) bool {
		if count[es[a]] != count[es[b]] {
			return count[es[a]] > count[es[b]]
		}
		return c.entIDs[es[a]] < c.entIDs[es[b]]
	})
	var out []string
	for _, e := range es {
		out = append(out, c.entIDs[e])
	}
	return out
}

// storyMinOverlap is the share of the smaller document's entity weight that two documents must
// have in common to be one story.
const storyMinOverlap = 0.3

// storyMaxGap is how far apart two dated documents of one story may be published.
const storyMaxGap = 120 * 24 * time.Hour

// closeInTime reports whether two publication dates (ISO 8601, any precision, "" unknown) may
// belong to one story.
func closeInTime(a, b string) bool {
	return within(a, b, storyMaxGap)
}

// within reports whether two publication dates (ISO 8601, any precision, "" unknown) lie within
// gap of each other; an unknown date may lie anywhere.
func within(a, b string, gap time.Duration) bool {
	ta, oka := parseDate(a)
	tb, okb := parseDate(b)
	if !oka || !okb {
		return true
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= gap
}

func parseDate(s string) (time.Time, bool) {
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	if len(s) >= 7 {
		if t, err := time.Parse("2006-01", s[:7]); err == nil {
			return t.AddDate(0, 0, 14), true
		}
	}
	return time.Time{}, false
}
