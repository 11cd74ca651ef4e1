package crosscheck

import (
	"math"
	"sort"
	"time"

	"github.com/dossier-project/dossier"
)

// stories groups documents that share resolved entities (weighted by rarity) and were published
// close in time; near-duplicates are always one story. Candidates come from the entity index
// only, and entities named in more than blockLimit documents are left out of it.
func (k *Checker) stories(c *corpus, dups []dupEdge) []Story {
	u := newUnionFind(len(c.docs))
	for _, e := range dups {
		u.union(e.a, e.b)
	}
	k.linkByEntities(c, u)
	return c.nameStories(u.groups(nil))
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

// linkByEntities joins each document with the earlier ones it shares enough entity weight with
// and that were published close to it, keeping each such pair in c.storyLinks. Each document meets only those that share an indexed
// entity with it, found through the postings of the entities seen so far.
func (k *Checker) linkByEntities(c *corpus, u unionFind) {
	n := len(c.docs)
	df, idf := entityWeights(c)
	mass := k.docMass(c, df, idf)
	postings := make([][]int, len(df))
	score := make([]float64, n)
	shared := make([]int, n)
	town := make([]bool, n) // a town both name
	var touched []int
	for i, d := range c.docs {
		touched = touched[:0]
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
				u.union(i, j)
				c.storyLinks = append(c.storyLinks, [2]int{j, i})
			}
			shared[j], score[j], town[j] = 0, 0, false
		}
	}
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

// sameStory reports whether documents i and j, sharing so many indexed entities of so much
// weight, are one story: two shared entities (one when either names only one or has no weight),
// enough of the lighter one's weight, and dates close enough.
func sameStory(c *corpus, i, j int, mass []float64, shared int, score float64) bool {
	m := math.Min(mass[i], mass[j])
	need := 2
	if m == 0 || len(c.docs[i].ents) == 1 || len(c.docs[j].ents) == 1 {
		need = 1
	}
	return shared >= need && m > 0 && score/m >= storyMinOverlap && closeInTime(c.docs[i].date, c.docs[j].date)
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
	ta, oka := parseDate(a)
	tb, okb := parseDate(b)
	if !oka || !okb {
		return true
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= storyMaxGap
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
