package entity

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// forceMentions makes mentions from a nationality adjective that names a state acting. Before the
// words for a state's forces or government ("the Syrian army", "Russian warplanes", "the Syrian
// regime"), or for the side opposing it ("the Syrian opposition"), the mention runs over them and
// names that body, an organisation of its own. Before a
// word for an attack ("Israeli raids") it is the adjective alone and the country's own entry, so
// it joins the country's other mentions, and so is one that shares such words with the side
// named after "and" ("Russian and government planes", "Russian and X regime airstrikes"). An
// adjective inside a name already found ("Free Syrian Army") and one before other nouns ("the
// Syrian people", "the Russian ambassador") make none.
func (d *doc) forceMentions() {
	covered := make([]bool, len(d.toks))
	for _, c := range d.cands {
		for k := c.a; k < c.b && k < len(covered); k++ {
			covered[k] = true
		}
	}
	added := false
	for i, t := range d.toks {
		if covered[i] || !t.word || !isCap(t.text) || i+1 >= len(d.toks) {
			continue
		}
		e, ok := d.nationEntry(t.text)
		if !ok {
			continue
		}
		end := d.forceRun(i + 1)
		switch {
		case end > i+1 && !covered[end-1]:
			c := &cand{start: t.start, end: d.toks[end-1].end, a: i, b: end}
			d.vote(c, dossier.ORG, 6)
			d.add(c)
		case end == i+1 && (d.phraseAt(i+1, d.g.w.stateForces["attack"]) > 0 || d.sharedForces(i+1)):
			d.add(&cand{start: t.start, end: t.end, a: i, b: i + 1, gaz: e, hasGaz: true})
		default:
			continue
		}
		added = true
	}
	if added {
		sort.SliceStable(d.cands, func(x, y int) bool { return d.cands[x].start < d.cands[y].start })
	}
}

// sharedForces reports whether token i is "and" followed by a side whose forces or attack the
// nationality before it shares: at most three capitalised words (another nationality, a name),
// then the words for forces or an attack, all in one sentence.
func (d *doc) sharedForces(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i].text != "and" || d.brk(i, i+1) {
		return false
	}
	j := i + 1
	for n := 0; n < 3 && j+1 < len(d.toks) && d.toks[j].word && isCap(d.toks[j].text) && !d.brk(j, j+1); n++ {
		j++
	}
	if d.forceRun(j) > j {
		return true
	}
	return d.phraseAt(j, d.g.w.stateForces["attack"]) > 0
}

// forceRun returns the token after the words for a state's forces that start at token i, one
// after another ("government forces"), or i when none starts there.
func (d *doc) forceRun(i int) int {
	for i < len(d.toks) {
		l := d.phraseAt(i, d.g.w.stateForces["force"])
		if l == 0 {
			break
		}
		i += l
	}
	return i
}

// phraseAt returns the length in tokens of the longest phrase of phrases written in lower case
// from token i on, in the same sentence; 0 when none is. A headline capitalises every word, so
// there a capitalised phrase counts too ("Syrian Army Kills …").
func (d *doc) phraseAt(i int, phrases [][]string) int {
	best := 0
	for _, p := range phrases {
		if len(p) <= best || i+len(p) > len(d.toks) {
			continue
		}
		ok := true
		for k, w := range p {
			t := d.toks[i+k]
			if !t.word || t.text != w && !(d.headline[t.sent] && d.low[i+k] == w) || (i+k > 0 && d.brk(i+k-1, i+k)) {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// nationEntry returns the gazetteer's entry of the country whose nationality adjective is w
// ("Norwegian": Norway's), if the lists know both.
func (d *doc) nationEntry(w string) (entry, bool) {
	country, ok := d.g.w.nationality[strings.ToLower(w)]
	if !ok {
		return entry{}, false
	}
	return d.g.lookup(d.g.w.key(d.g.w.formToks(country)), false)
}
