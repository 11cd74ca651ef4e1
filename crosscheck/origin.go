package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// origins is the origin grouping of a corpus.
type origins struct {
	list  []dossier.Origin // in document order
	group []int            // doc -> root doc
}

func (o *origins) of(i int) int { return o.group[i] }

// origins folds documents that copy, syndicate or translate one another, and pages of one
// publisher about one story, into origin groups.
func (k *Checker) origins(c *corpus, dups []dupEdge) *origins {
	n := len(c.docs)
	u := newUnionFind(n)
	reason := make([]string, n)
	link := func(a, b int, why func(other *doc) string) {
		if a > b {
			a, b = b, a
		}
		if u.union(a, b) && reason[b] == "" {
			reason[b] = why(c.docs[a])
		}
	}
	for _, e := range dups {
		link(e.a, e.b, func(o *doc) string { return "near-duplicate of " + o.id })
	}
	// Same publisher, same story.
	type key struct {
		story int
		pub   string
	}
	first := map[key]int{}
	for i, d := range c.docs {
		if d.pub == "" {
			continue
		}
		kk := key{d.story, d.pub}
		if j, ok := first[kk]; ok {
			link(j, i, func(o *doc) string { return "same publisher as " + o.id })
		} else {
			first[kk] = i
		}
	}
	// Credits: "translated by X", "according to X", "X reported", where X publishes another
	// document of the same story.
	byPub := map[string][]int{}
	maxWords := 0
	for i, d := range c.docs {
		if d.pub != "" {
			byPub[d.pub] = append(byPub[d.pub], i)
			if w := len(strings.Fields(d.pub)); w > maxWords {
				maxWords = w
			}
		}
	}
	if len(byPub) > 1 {
		for i, d := range c.docs {
			for _, cr := range credits(d.a.Credits, byPub, maxWords) {
				if cr.pub == d.pub {
					continue
				}
				for _, j := range byPub[cr.pub] {
					if c.docs[j].story == d.story {
						name := c.docs[j].a.Doc.Publisher
						verb := "credits "
						if strings.HasPrefix(cr.phrase, "transl") {
							verb = "translated from "
						}
						if j < i {
							link(j, i, func(*doc) string { return verb + name })
						} else {
							link(i, j, func(o *doc) string { return "credited by " + o.id })
						}
					}
				}
			}
		}
	}
	o := &origins{group: make([]int, n)}
	size := map[int]int{}
	for i := range c.docs {
		o.group[i] = u.find(i)
		size[o.group[i]]++
	}
	for i, d := range c.docs {
		g := o.group[i]
		why := reason[i]
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
