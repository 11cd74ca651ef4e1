package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// aimedOn reports whether place it follows, in the words as written, "on" right after a word for
// strikes or shells that is trigger m's or its object's ("fired 13 rocket shells on X"), or
// after any word of the trigger with place words between ("raids on the city of X"), with only
// an article, place words and "of" between: where the attack fell, however the parse hangs the
// long phrase of an unpunctuated report. A place named with "in" right after such a place holds
// it and is where as well, and one joined to it by "and" is another where.
func (x *Extractor) aimedOn(s *sent, it item, m match) bool {
	if it.typ != dossier.LOC || it.t0 < 2 {
		return false
	}
	k := x.placeWordsBefore(s, it.t0) - 1
	if s.toks[k].norm == "in" && k > 0 {
		// "on the X neighborhood in Y city": Y holds the place the attack fell on.
		j := k - 1
		if x.lx.classes["places"][s.toks[j].norm] && j > 0 {
			j--
		}
		return s.itemAt[j] >= 0 && s.items[s.itemAt[j]].t0 < it.t0 && x.aimedOn(s, s.items[s.itemAt[j]], m)
	}
	if s.toks[k].norm == "and" && k > 0 && s.itemAt[k-1] >= 0 && s.items[s.itemAt[k-1]].t0 < it.t0 {
		// "on X and Y neighborhoods": the second place of the list is where as well.
		return x.aimedOn(s, s.items[s.itemAt[k-1]], m)
	}
	if !s.w.placeOnCases[s.toks[k].norm] || k == 0 {
		return false
	}
	j := k - 1
	if !s.w.placeOnHeads[s.toks[j].norm] && !x.lx.classes["places"][s.toks[it.t0-1].norm] && !x.lx.classes["places"][s.toks[k+1].norm] && !x.placeNounAfter(s, it) {
		// "an attack on X" names what was attacked; "an attack on the town of X" where.
		return false
	}
	if containsIdx(m.words, j) {
		return true
	}
	if j < m.t1 || j-m.t1 > 3 || !s.w.placeOnHeads[s.toks[j].norm] {
		return false
	}
	for i := m.t1; i < j; i++ {
		if !s.toks[i].word || s.itemAt[i] >= 0 {
			return false // a name between: the shells are no object of the trigger
		}
	}
	return true
}

// placeNounAfter reports whether a word for a place ends the phrase of place it, past other
// names, "and" and modifiers ("on X and Y residential neighborhoods"): a place, where an
// attack fell, not what it was aimed at.
func (x *Extractor) placeNounAfter(s *sent, it item) bool {
	for k := it.t1; k < len(s.toks) && k < it.t1+6; k++ {
		t := s.toks[k]
		if x.lx.classes["places"][t.norm] {
			return true
		}
		if s.itemAt[k] < 0 && t.norm != "and" && uposAt(s, k, len(s.toks)) != "ADJ" {
			return false // only names, "and" and adjectives stand between
		}
	}
	return false
}

// onAttack reports whether place it is named right after "on" and a word for an attack or its
// fire, with only an article and place words between ("a mortar attack on the X neighborhood
// killed …"): where the attack fell, never the doer a misparse may make it of the verb after.
func (x *Extractor) onAttack(s *sent, it item) bool {
	k := x.placeWordsBefore(s, it.t0) - 1
	if it.typ != dossier.LOC || k < 1 || !s.w.placeOnCases[s.toks[k].norm] {
		return false
	}
	n := s.toks[k-1].norm
	if !s.w.placeOnHeads[n] && !x.lx.classes["attacks"][n] {
		return false
	}
	return s.w.placeOnHeads[n] || x.lx.classes["places"][s.toks[it.t0-1].norm] || x.placeNounAfter(s, it)
}

// aimedWith reports whether item it is named right after "with" and the shells or rockets of an
// active verb trigger m ("targeted with rocket shells the X neighborhood", "targeted on Saturday
// with a number of rocket shells X"): the object the report puts after the weapon, what was hit.
func (x *Extractor) aimedWith(s *sent, it item, m match) bool {
	if m.t1 >= len(s.toks) || aux(s, m.t0) >= 0 || it.t0 <= m.t1 {
		return false
	}
	b := x.placeWordsBefore(s, it.t0)
	if p := s.itemAt[b-1]; p >= 0 && b-1 > m.t1 {
		// The next name of a list run together: "targeted with shells X area Y Z and W".
		return x.aimedWith(s, s.items[p], m)
	}
	if b-2 > m.t1 && s.toks[b-1].norm == "and" && s.itemAt[b-2] >= 0 {
		return x.aimedWith(s, s.items[s.itemAt[b-2]], m)
	}
	k := m.t1
	for steps := 0; steps < 4 && k < it.t0 && s.toks[k].norm != "with"; steps++ {
		if !s.inTimex[k] && s.toks[k].norm != "on" && !(k > 0 && s.toks[k-1].norm == "on" && s.toks[k].upper && s.itemAt[k] < 0) {
			return false // only when it was said stands between
		}
		k++
	}
	if s.toks[k].norm != "with" || b-k > 7 || b-1 <= k {
		return false
	}
	for i := k + 1; i < b; i++ {
		if !s.toks[i].word || s.itemAt[i] >= 0 {
			return false
		}
	}
	return s.w.placeOnHeads[s.toks[b-1].norm]
}

// placeWordsBefore returns where the words before token t that are an article, "of" or place
// words ("the village of", "neighborhood") begin: the first of them, or t when there is none.
func (x *Extractor) placeWordsBefore(s *sent, t int) int {
	b := t
	for b > 1 && t-b < 4 {
		n := s.toks[b-1].norm
		if n != "the" && n != "of" && !x.lx.classes["places"][n] {
			break
		}
		b--
	}
	return b
}

// listedPlaces makes a place of each name listed after a place that a plural place noun names
// ("the towns of X and Y", "the villages of X, Y and Z"), whatever the recogniser took it for:
// the noun says what every name of its list is.
func (x *Extractor) listedPlaces(s *sent) {
	for i := range s.items {
		it := &s.items[i]
		if it.typ == dossier.LOC || it.pseudo || it.junk || it.poss {
			continue
		}
		for range maxConjuncts {
			k := it.t0 - 1
			if k < 1 || (s.toks[k].norm != "and" && s.toks[k].norm != ",") || s.itemAt[k-1] < 0 {
				break
			}
			prev := s.items[s.itemAt[k-1]]
			if prev.typ != dossier.LOC || prev.t0 >= it.t0 {
				break
			}
			if x.namedByPlaceNoun(s, prev) && pluralAt(s, prev.t0-2) {
				s.items[i].typ = dossier.LOC
				break
			}
			it = &s.items[s.itemAt[k-1]]
		}
	}
}

// pluralAt reports whether the parse reads token k as a plural word.
func pluralAt(s *sent, k int) bool {
	if s.parse == nil || k < 0 {
		return false
	}
	j := tree.WordAt(s.parse, s.toks[k].start)
	return j >= 0 && strings.Contains(s.parse.Tokens[j].Feats, "Number=Plur")
}

// reactedTo reports whether place it follows "of" after a noun of a reaction to a deed, itself or
// as the second of "A and B" ("criticism of both X and Y"): the side the place stands for, whom
// the reaction is aimed at, not where the event happened.
func (lw *wordLists) reactedTo(s *sent, it item) bool {
	k := it.t0 - 1
	if k > 0 && (s.toks[k].norm == "and" || s.toks[k].norm == "or") && s.itemAt[k-1] >= 0 {
		if a := s.items[s.itemAt[k-1]]; a.t0 < it.t0 {
			return lw.reactedTo(s, a)
		}
	}
	for k >= 0 && (lw.determiners[s.toks[k].norm] || lw.reactionNouns[s.toks[k].norm]) && !lw.ofPreps[s.toks[k].norm] {
		k--
	}
	return k > 0 && lw.ofPreps[s.toks[k].norm] && lw.reactionNouns[s.toks[k-1].norm]
}

// distantFrom reports whether place it follows a distance, with a point of the compass or
// "from" ("the town of X 60 kilometres (35 miles) northeast of Y", "10km north of Y", "clashes
// 15km (away) from Y"), or a point of the compass right after a place's name and a comma ("the
// camp of X, north of Y"): Y only tells where the place named before it lies, the act happened
// away from it.
func (lw *wordLists) distantFrom(s *sent, it item) bool {
	return lw.distantAt(s, it, 2)
}

// distantAt is distantFrom looking at most depth places back along a path ("40 km up the X
// Valley from Y": Y after X, X after the distance).
func (lw *wordLists) distantAt(s *sent, it item, depth int) bool {
	k := lw.beforeDistance(s, it.t0-1)
	if k < 0 {
		k = lw.pathBefore(s, it.t0-1)
	}
	if k < 0 {
		return false
	}
	if a := s.itemAt[k]; a >= 0 && depth > 0 && s.items[a].typ == dossier.LOC && s.toks[k+1].norm == "from" {
		return lw.distantAt(s, s.items[a], depth-1) // "up the X Valley from Y"
	}
	if s.toks[k].norm == "," && k > 0 && s.itemAt[k-1] >= 0 && s.items[s.itemAt[k-1]].typ == dossier.LOC {
		return true // "the camp of X, north of Y": Y tells where X lies
	}
	if a := s.itemAt[k]; a >= 0 && s.items[a].typ == dossier.LOC && lw.compass[s.toks[k+1].norm] {
		return true // "the area of X east of Y", its comma lost
	}
	if s.toks[k].norm == ")" {
		// "(35 miles)": the same distance again.
		for k > 0 && s.toks[k].norm != "(" && it.t0-k < 8 {
			k--
		}
		k--
	}
	if k < 0 {
		return false
	}
	n := s.toks[k].norm
	if lw.distanceUnits[n] {
		return k > 0 && startsWithDigit(s.toks[k-1].norm)
	}
	// "10km": the figure and the unit written as one word.
	return startsWithDigit(n) && lw.distanceUnits[strings.TrimLeft(n, "0123456789.,")]
}

// beforeDistance returns the token before the words that join a distance to the place at token
// k+1 ("northeast of", "from", "away from"), or -1 when no such words end at k.
func (lw *wordLists) beforeDistance(s *sent, k int) int {
	switch {
	case k < 2:
		return -1
	case s.toks[k].norm == "of" && lw.compass[s.toks[k-1].norm]:
		return k - 2
	case s.toks[k].norm != "from":
		return -1
	case s.toks[k-1].norm == "away":
		return k - 2
	}
	return k - 1
}

// pathBefore returns the token before a word that leads a distance along a feature of the land
// to the place at token k+1 ("up the", "along"), or -1 when no such word ends at k.
func (lw *wordLists) pathBefore(s *sent, k int) int {
	if k >= 1 && s.toks[k].norm == "the" {
		k--
	}
	if k < 1 || !lw.distancePaths[s.toks[k].norm] {
		return -1
	}
	return k - 1
}

// startsWithDigit reports whether w opens with a figure ("60", "10km").
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// compassName reports whether item it is a single word of a point of the compass ("the
// Southwestern parts of X", a report that capitalises directions): a direction, no party or
// place of its own.
func (lw *wordLists) compassName(s *sent, it item) bool {
	return it.t1-it.t0 == 1 && lw.compass[strings.TrimSuffix(s.toks[it.t0].norm, "ern")]
}
