package resolve

import (
	"slices"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// keyWritten files a chain under its fullest name and has it look under the other names it
// writes (see matchWritten).
const keyWritten = "N "

// writtenNames are the names other than its fullest one that a chain's document gives its actor
// and that may name another chain's actor (see matchWritten): each as pinName reads it.
func writtenNames(c *chain) []string {
	if c.acrOnly {
		return nil
	}
	full := pinName(c.fullText)
	var out []string
	for _, t := range c.texts {
		if t.t.acr != "" || t.t.words == 0 {
			continue
		}
		if n := t.t.pin; n != full && n != "" {
			out = appendUniq(out, n)
		}
	}
	return out
}

// matchWritten joins a chain to the entity whose fullest name it writes as one of its other
// names: a page that calls the "Syrian Arab Army" the "Syrian Army" too says that the entity of
// the "Syrian Army" of other pages is this one. The name must have a word of its own, neither a
// generic nor an ordinary English word (no "Defense Ministry", which every state has), and be
// the fullest name of exactly one entity of the chain's type. A name of one word that is a word
// of the chain's own name ("Ghouta" of "Eastern Ghouta", "Aleppo" of the "Aleppo Police
// Command") may name a part or a neighbour of what the chain names: it counts only when that
// entity's chains write the chain's fullest name in turn. One that is none of its words
// ("Tadmur" beside "Palmyra", "Daesh" beside "Islamic State") is another name of the actor. All
// joins are decided against the entities as they stand, then made.
func (r *Resolver) matchWritten(u *union, chains []*chain) {
	// Most chains share their form and name with others: read each once.
	fulls, names := map[*name]string{}, map[*form][]string{}
	fullOf := func(c *chain) string {
		n, ok := fulls[c.name]
		if !ok {
			n = pinName(c.fullText)
			fulls[c.name] = n
		}
		return n
	}
	namesOf := func(c *chain) []string {
		ns, ok := names[c.form]
		if !ok {
			ns = writtenNames(c)
			names[c.form] = ns
		}
		return ns
	}
	byFull := map[string][]int{}
	for i, c := range chains {
		if !c.acrOnly {
			n := fullOf(c)
			byFull[n] = append(byFull[n], i)
		}
	}
	targets := map[string]*writtenTarget{}
	type join struct{ i, j int }
	var joins []join
	for i, c := range chains {
		for _, n := range namesOf(c) {
			key := string(c.typ) + " " + n
			t, ok := targets[key]
			if !ok {
				t = r.newWrittenTarget(u, chains, c.typ, byFull[n], namesOf)
				targets[key] = t
			}
			if t.root >= 0 && u.find(i) != t.root && (t.multi || t.writes[fullOf(c)] || !r.wordOf(c, n)) {
				joins = append(joins, join{i, t.root})
			}
		}
	}
	for _, jn := range joins {
		u.union(jn.i, jn.j)
	}
}

// writtenTarget is the entity a name written by chains of one type names (see matchWritten).
type writtenTarget struct {
	root   int             // the one entity of that type with the name as fullest name, or -1
	multi  bool            // the name has several words
	writes map[string]bool // the other names its chains with that fullest name write
}

// newWrittenTarget reads the chains cands, which share a fullest name, for the chains of type typ
// that may write it; namesOf gives a chain's writtenNames.
func (r *Resolver) newWrittenTarget(u *union, chains []*chain, typ dossier.EntityType, cands []int, namesOf func(*chain) []string) *writtenTarget {
	t := &writtenTarget{root: -1, writes: map[string]bool{}}
	for _, j := range cands {
		d := chains[j]
		if d.typ != typ {
			continue
		}
		// The chains of one word that write one name are one entity once matchShort has
		// gathered them; those of several words must be one already.
		alone := d.ntok == 1 && !r.styled(d)
		if !r.ownWord(d.dist) || t.root >= 0 && u.find(j) != t.root && !alone {
			t.root = -1
			return t
		}
		if t.root < 0 {
			t.root = u.find(j)
		}
		t.multi = d.ntok >= 2
		for _, n := range namesOf(d) {
			t.writes[n] = true
		}
	}
	return t
}

// ownWord reports whether a name's distinctive tokens hold one that is no ordinary English word.
func (r *Resolver) ownWord(dist []tok) bool {
	return slices.ContainsFunc(dist, func(t tok) bool { return !t.common && !r.ordinary[t.bare] })
}

// wordOf reports whether the name n, as pinName reads it, has a word of c's fullest name.
func (r *Resolver) wordOf(c *chain, n string) bool {
	for _, t := range r.keys.Parse(n).Tokens {
		for _, w := range c.full.Tokens {
			if t.Key == w.Key || namekey.Loose(t.Key) == namekey.Loose(w.Key) {
				return true
			}
		}
	}
	return false
}
