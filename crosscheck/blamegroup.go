package crosscheck

import (
	"fmt"
	"strings"
)

// setAsideMixedDeeds drops the culprit of the deeds a report tells with its own words when it
// also tells of this attack a claim naming a different one (an exchange of fire, or blame it
// reports for something its own words put on someone else): those deeds are set against no one.
func setAsideMixedDeeds(bs []blame) {
	mixed := map[int]bool{}
	for i := range bs {
		x := &bs[i]
		if !x.deed || x.sourced || !x.claims() {
			continue
		}
		for j := range bs {
			if y := &bs[j]; j != i && y.doc == x.doc && y.claims() && disjoint(x.accused, y.accused) {
				mixed[x.doc] = true
			}
		}
	}
	for i := range bs {
		if bs[i].deed && !bs[i].sourced && mixed[bs[i].doc] {
			bs[i].accused = nil
		}
	}
}

// blamePointers gives a pointer to each claim, for the checks that take them so.
func blamePointers(bs []blame) []*blame {
	all := make([]*blame, len(bs))
	for i := range bs {
		all[i] = &bs[i]
	}
	return all
}

// accusedIn lists the actors the claims name as culprits or as blaming each other, each once.
func accusedIn(bs []blame) []int {
	var accused []int
	for _, b := range bs {
		if b.claims() || b.mutual {
			for _, e := range b.accused {
				accused = appendUnique(accused, e)
			}
		}
	}
	return accused
}

// blameQuote is the claims a blame dispute shows, as sides and, by document in the order
// first shown, the words of each.
type blameQuote struct {
	sides  []side
	claims []*blame
	docs   []int
	perDoc map[int][]string
}

// quoteBlames picks the claims to show: up to two a document and eight in all, in the order
// told, no copy of a sentence already shown from the same origin (a syndicated page), no second
// side for the sentence just shown, and a lone denial only by one of accused.
func (c *corpus) quoteBlames(org *origins, bs []blame, accused []int) *blameQuote {
	q := &blameQuote{perDoc: map[int][]string{}}
	shown := map[int]int{}
	said := map[string]int{} // a document's words already shown → the side that shows them
	for i := range bs {
		b := &bs[i]
		words := c.blameWords(b)
		if at, ok := said[fmt.Sprint(b.doc, words)]; ok {
			// A headline and its body say the same ("X denies attack", "X denied any role in
			// the attack on …"): the later, fuller sentence is quoted once.
			q.claims[at], q.sides[at] = b, side{b.doc, b.sent}
			continue
		}
		if shown[b.doc] == 2 || len(q.sides) == 8 {
			continue
		}
		if c.copiedFromShown(org, q.claims, b) {
			continue
		}
		if b.lone && !containsInt(accused, b.byEnt) {
			continue
		}
		if shown[b.doc] > 0 && q.sides[len(q.sides)-1].doc == b.doc && q.sides[len(q.sides)-1].span == b.sent {
			continue
		}
		shown[b.doc]++
		said[fmt.Sprint(b.doc, words)] = len(q.sides)
		q.claims = append(q.claims, b)
		q.sides = append(q.sides, side{b.doc, b.sent})
		if _, ok := q.perDoc[b.doc]; !ok {
			q.docs = append(q.docs, b.doc)
		}
		q.perDoc[b.doc] = append(q.perDoc[b.doc], words)
	}
	return q
}

// copiedFromShown reports whether b repeats the words of a claim shown from another document
// of the same origin.
func (c *corpus) copiedFromShown(org *origins, shown []*blame, b *blame) bool {
	dup := false
	for _, o := range shown {
		if o.doc != b.doc && org.of(o.doc) == org.of(b.doc) && c.copied(o, b) {
			dup = true
		}
	}
	return dup
}

// line writes the shown claims source by source: "Source: words, and words; Other: words".
func (q *blameQuote) line(c *corpus) string {
	var parts []string
	for _, di := range q.docs {
		parts = append(parts, c.docs[di].sourceName()+": "+strings.Join(q.perDoc[di], ", and "))
	}
	return strings.Join(parts, "; ")
}

// blameSubject gives what a blame dispute is about (the accused, then the first place a claim
// names) and the question it answers, naming that place.
func (c *corpus) blameSubject(bs []blame, accused []int) (about []int, what string) {
	about = append([]int(nil), accused[:min(maxAbout, len(accused))]...)
	what = "who carried out the attack"
	for _, b := range bs {
		if len(b.places) > 0 {
			if len(about) < maxAbout {
				about = appendUnique(about, b.places[0])
			}
			what += " in " + c.name(c.entIDs[b.places[0]])
			break
		}
	}
	return about, what
}
