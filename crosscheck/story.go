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
	n := len(c.docs)
	u := newUnionFind(n)
	for _, e := range dups {
		u.union(e.a, e.b)
	}
	df := make([]int, len(c.entIDs))
	for _, d := range c.docs {
		for _, e := range d.ents {
			df[e]++
		}
	}
	idf := make([]float64, len(df))
	for e, f := range df {
		if f > 0 {
			idf[e] = math.Log(1 + float64(n)/float64(f))
		}
	}
	postings := make([][]int, len(df))
	mass := make([]float64, n)
	for i, d := range c.docs {
		for _, e := range d.ents {
			if df[e] <= k.blockLimit {
				mass[i] += idf[e]
			}
		}
	}
	score := make([]float64, n)
	shared := make([]int, n)
	var touched []int
	for i, d := range c.docs {
		touched = touched[:0]
		for _, e := range d.ents {
			if df[e] > k.blockLimit {
				continue
			}
			for _, j := range postings[e] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
				score[j] += idf[e]
			}
			postings[e] = append(postings[e], i)
		}
		for _, j := range touched {
			m := math.Min(mass[i], mass[j])
			need := 2
			if m == 0 || len(d.ents) == 1 || len(c.docs[j].ents) == 1 {
				need = 1
			}
			if shared[j] >= need && m > 0 && score[j]/m >= storyMinOverlap && closeInTime(d.date, c.docs[j].date) {
				u.union(i, j)
			}
			shared[j], score[j] = 0, 0
		}
	}
	groups := u.groups(nil)
	out := make([]Story, 0, len(groups))
	var ids dossier.IDs
	for si, g := range groups {
		// A story is named after its earliest document, not its place among the stories.
		s := Story{ID: ids.New("s", c.docs[g[0]].id)}
		c.storyIDs = append(c.storyIDs, s.ID)
		count := map[int]int{}
		for _, i := range g {
			c.docs[i].story = si
			s.Docs = append(s.Docs, c.docs[i].id)
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
		for _, e := range es {
			s.Entities = append(s.Entities, c.entIDs[e])
		}
		out = append(out, s)
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
