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

// Places is a hierarchy of places by folded name (see data/places.tsv).
type Places struct {
	byKey map[string]*placeNode
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
	p := &Places{byKey: map[string]*placeNode{}}
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

// add files node under a spelling; the first place of a spelling keeps it.
func (p *Places) add(name string, node *placeNode) {
	k := gazetteerKey(name)
	if _, ok := p.byKey[k]; !ok && k != "" {
		p.byKey[k] = node
	}
}

// gazetteerKey folds a place name for the hierarchy: spelling (namekey), spaces, hyphens,
// articles and words like "province" or "northern" aside, so "Deir ez-Zor", "Deir Ezzor" and
// "Deir ez-Zor province" share one key.
func gazetteerKey(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(namekey.Fold(name)), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }) {
		if placeWords[w] || w == "the" {
			continue
		}
		b.WriteString(w)
	}
	return namekey.Key(b.String())
}

// placeWords are words around a place's name that do not change which place it is.
var placeWords = map[string]bool{
	"city": true, "province": true, "governorate": true, "town": true, "village": true,
	"district": true, "countryside": true, "rural": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "north": true,
	"south": true, "east": true, "west": true, "al": true, "el": true,
}

// country reports whether a whole name is a country of the hierarchy: a place that can act, as
// its government does ("Turkey shelled …"), unlike a town, a building or a camp, which a report
// names as a culprit far more often by a misread than by metonymy.
func (p *Places) country(name string) bool {
	if p == nil {
		return false
	}
	n, ok := p.byKey[gazetteerKey(name)]
	return ok && n.kind == placeCountry
}

// lookup finds the place a name names, or nil: the whole name, else the longest run of its words
// that names a place, the last on a tie (a name may have taken words around it: "Severe Syrias
// Aleppo").
func (p *Places) lookup(name string) *placeNode {
	if p == nil {
		return nil
	}
	if n, ok := p.byKey[gazetteerKey(name)]; ok {
		return n
	}
	ws := strings.Fields(name)
	for size := len(ws) - 1; size >= 1; size-- {
		for i := len(ws) - size; i >= 0; i-- {
			if n, ok := p.byKey[gazetteerKey(strings.Join(ws[i:i+size], " "))]; ok {
				return n
			}
		}
	}
	return nil
}
