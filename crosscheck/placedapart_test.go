package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestPlacedApart checks when a claim of who did an attack that names no place is told apart
// from another's by its document's place: when the document is about a known place that no
// known place of the other claim meets; not when the other names only places no list holds,
// or a place that holds the document's.
func TestPlacedApart(t *testing.T) {
	c := oneDoc("A bomb went off in Brenton. Brenton police said five died.", map[string]dossier.EntityType{"Brenton": dossier.LOC})
	pl := testPlaces(t, norlandPlaces+"Corla\ttown\tUpper Vale\tNorland\t\n")
	c.places = pl
	num := func(name string) int {
		n := c.entityNum(name)
		c.entName[n] = name
		return n
	}
	brenton, corla, vale, kessa := num("Brenton"), num("Corla"), num("Upper Vale"), num("Kessa")
	tests := []struct {
		name        string
		mine, other []int
		apart       bool
	}{
		{"another known town", nil, []int{corla}, true},
		{"another known town beside one no list holds", nil, []int{kessa, corla}, true},
		{"the document's town", nil, []int{brenton}, false},
		{"the region that holds it", nil, []int{vale}, false},
		{"only a place no list holds", nil, []int{kessa}, false},
		{"a claim that names its own place", []int{corla}, []int{brenton}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &blame{doc: 0, places: tt.mine}
			b := &blame{doc: 0, places: tt.other}
			if got := c.placedApart(a, b); got != tt.apart {
				t.Errorf("placedApart = %v, want %v", got, tt.apart)
			}
			if got := c.placedApart(b, a); got {
				t.Errorf("placedApart of the placed claim = %v, want false", got)
			}
		})
	}
}
