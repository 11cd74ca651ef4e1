package crosscheck

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/dossier-project/dossier/namekey"
)

//go:embed data/places.tsv
var placesFS embed.FS

// Place kinds, coarsest first.
const (
	placeCountry = iota
	placeRegion
	placeTown
	placeNot // a word that never names a place ("March", "Sunday")
)

// placeNode is one place of the hierarchy: a town within its region, a region within its country.
type placeNode struct {
	name   string
	kind   int
	parent *placeNode // nil for a country
}

// within reports whether p lies in q (or is q).
func (p *placeNode) within(q *placeNode) bool {
	for x := p; x != nil; x = x.parent {
		if x == q {
			return true
		}
	}
	return false
}

// country is the country p lies in (p itself for a country), nil for a word that names no place.
func (p *placeNode) country() *placeNode {
	for x := p; x != nil; x = x.parent {
		if x.kind == placeCountry {
			return x
		}
	}
	return nil
}

// region is the region p lies in (p itself for a region), nil for a country.
func (p *placeNode) region() *placeNode {
	for x := p; x != nil; x = x.parent {
		if x.kind == placeRegion {
			return x
		}
	}
	return nil
}

// Places is a hierarchy of places by folded name (see data/places.tsv). A Checker looks names up
// in it by the keys of its language data (see gazetteer).
type Places struct {
	spellings []placeSpelling       // every name and other spelling, in the file's order
	byKey     map[string]*placeNode // filled by keyed
	gaz       *gazetteer
}

// placeSpelling is one spelling of a place.
type placeSpelling struct {
	name string
	node *placeNode
}

// DefaultPlaces returns the embedded place hierarchy.
func DefaultPlaces() *Places {
	p, err := ParsePlaces(placesFS, "data/places.tsv")
	if err != nil {
		panic(err) // the embedded file is part of the build; the package tests read it
	}
	return p
}

// ParsePlaces reads a place file: name<TAB>kind<TAB>region<TAB>country<TAB>other spellings (|).
// Countries may be declared by their first town or region; a region must come before its towns.
func ParsePlaces(fsys fs.FS, name string) (*Places, error) {
	p := &Places{}
	countries := map[string]*placeNode{}
	regions := map[string]*placeNode{}
	country := func(n string) *placeNode {
		if c, ok := countries[n]; ok {
			return c
		}
		c := &placeNode{name: n, kind: placeCountry}
		countries[n] = c
		p.add(n, c)
		return c
	}
	err := eachDataLine(fsys, name, func(n int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("places %s:%d: want name, kind, region, country, spellings: %q", name, n, strings.Join(f, "\t"))
		}
		var node *placeNode
		switch f[1] {
		case "country":
			node = country(f[0])
		case "region":
			node = &placeNode{name: f[0], kind: placeRegion, parent: country(f[3])}
			regions[f[3]+"\t"+f[0]] = node
		case "not":
			node = &placeNode{name: f[0], kind: placeNot}
		case "town":
			r, ok := regions[f[3]+"\t"+f[2]]
			if !ok {
				return fmt.Errorf("places %s:%d: town %q before its region %q", name, n, f[0], f[2])
			}
			node = &placeNode{name: f[0], kind: placeTown, parent: r}
		default:
			return fmt.Errorf("places %s:%d: unknown kind %q", name, n, f[1])
		}
		p.add(f[0], node)
		if len(f) > 4 {
			for _, alt := range strings.Split(f[4], "|") {
				if alt = strings.TrimSpace(alt); alt != "" {
					p.add(alt, node)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// add files node under a spelling.
func (p *Places) add(name string, node *placeNode) {
	p.spellings = append(p.spellings, placeSpelling{name, node})
}

// keyed returns the hierarchy p with its spellings keyed by g; the first place of a key keeps it.
func (p *Places) keyed(g *gazetteer) *Places {
	if p == nil {
		return nil
	}
	q := &Places{spellings: p.spellings, byKey: make(map[string]*placeNode, len(p.spellings)), gaz: g}
	for _, s := range p.spellings {
		k := g.key(s.name)
		if _, ok := q.byKey[k]; !ok && k != "" {
			q.byKey[k] = s.node
		}
	}
	return q
}

// gazetteer keys place names for the hierarchy.
type gazetteer struct {
	words map[string]bool // words around a place's name that do not change which place it is
	keys  *namekey.Keyer  // with every fold
}

// key folds a place name for the hierarchy: spelling (namekey), spaces, hyphens, articles and
// words like "province" or "northern" aside, so "Deir ez-Zor", "Deir Ezzor" and "Deir ez-Zor
// province" share one key.
func (g *gazetteer) key(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(namekey.Fold(name)), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }) {
		if g.words[w] {
			continue
		}
		b.WriteString(w)
	}
	return g.keys.Key(namekey.Fold(b.String()))
}

// country reports whether a whole name is a country of the hierarchy: a place that can act, as
// its government does ("Turkey shelled …"), unlike a town, a building or a camp, which a report
// names as a culprit far more often by a misread than by metonymy.
func (p *Places) country(name string) bool {
	if p == nil {
		return false
	}
	n, ok := p.byKey[p.gaz.key(name)]
	return ok && n.kind == placeCountry
}

// lookup finds the place a name names, or nil: the whole name, else the longest run of its words
// that names a place, the last on a tie (a name may have taken words around it: "Severe Syrias
// Aleppo").
func (p *Places) lookup(name string) *placeNode {
	if p == nil {
		return nil
	}
	if n, ok := p.byKey[p.gaz.key(name)]; ok {
		return n
	}
	ws := strings.Fields(name)
	for size := len(ws) - 1; size >= 1; size-- {
		for i := len(ws) - size; i >= 0; i-- {
			if n, ok := p.byKey[p.gaz.key(strings.Join(ws[i:i+size], " "))]; ok {
				return n
			}
		}
	}
	return nil
}
