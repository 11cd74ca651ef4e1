package resolve

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// bridgeWords is the number of words from which a chain's fullest name may be two names of the
// corpus run together ("Ann Lee Springfield" on a tags line): shorter ones are too often a name
// and its head or its place ("Syrian Army").
const bridgeWords = 4

// bridges marks the chains whose fullest name is two other chains' fullest names of other types
// side by side, with no linking word at the seam: a person's or a body's name and then a place's, as tags
// lines and captions write them without commas. Such a chain names neither, so no shorter name
// is read as its short form: else it would bridge the two entities it holds. A one-word part
// must be a word of a name, not a generic head word or an ordinary English one ("Free Syrian
// Army Brigade" is one name).
func (r *Resolver) bridges(chains []*chain) []bool {
	names := map[string]map[dossier.EntityType]bool{}
	for _, c := range chains {
		if c.acrOnly {
			continue
		}
		k := strings.Join(c.full.Keys(), " ")
		if names[k] == nil {
			names[k] = map[dossier.EntityType]bool{}
		}
		names[k][c.typ] = true
	}
	out := make([]bool, len(chains))
	for i, c := range chains {
		halves := r.bridgeHalves(c)
		for h := 0; h < len(halves); h += 2 {
			if apart(names[halves[h]], names[halves[h+1]]) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// bridgeHalves are the fullest names, as keys, of which c's may be two run together: the names
// bridges looks up for it, whichever chains write them.
func (r *Resolver) bridgeHalves(c *chain) []string {
	if c.acrOnly || c.ntok < bridgeWords {
		return nil
	}
	var out []string
	ks := c.full.Keys()
	for k := 1; k < len(ks); k++ {
		if r.seam(c, k) {
			out = append(out, strings.Join(ks[:k], " "), strings.Join(ks[k:], " "))
		}
	}
	return out
}

// seam reports whether the fullest name of c may be cut before its token k into two names: no
// linking word on either side, more than one word before, and no last part of one word that is
// generic or ordinary.
func (r *Resolver) seam(c *chain, k int) bool {
	ts := c.full.Tokens
	if k == 1 || r.links[ts[k-1].Text] || r.links[ts[k].Text] {
		return false // one word in front qualifies the name after it: "UN World Food Programme"
	}
	for _, part := range [][2]int{{0, k}, {k, len(ts)}} {
		if part[1]-part[0] == 1 {
			if r.generic[ts[part[0]].Key] || r.common[ts[part[0]].Text] {
				return false
			}
		}
	}
	return true
}

// apart reports whether two names are both written in the corpus, never with one type, the first
// no place: a person and a place are two names side by side, a body before a body ("United
// Nations World Food Programme") or a place before a body may be one.
func apart(a, b map[dossier.EntityType]bool) bool {
	if len(a) == 0 || len(b) == 0 || a[dossier.LOC] {
		return false // a place before a body qualifies it: "U.S. Federal Bureau of Investigation"
	}
	for t := range a {
		if b[t] {
			return false
		}
	}
	return true
}
