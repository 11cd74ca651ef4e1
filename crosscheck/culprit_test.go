package crosscheck

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier"
)

// TestActing checks which entities a claim may name as who did or is blamed: people, groups and
// places that govern (countries, regions, towns), not places the hierarchy does not know as such.
func TestActing(t *testing.T) {
	lines := []string{
		"Norland\tcountry\t\tNorland\tRepublic of Norland",
		"Upper Vale\tregion\tUpper Vale\tNorland\t",
		"Brenton\ttown\tUpper Vale\tNorland\t",
		"Sunday\tnot\t\t\t",
	}
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(strings.Join(lines, "\n"))}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ents := []struct {
		name string
		typ  dossier.EntityType
		want bool
	}{
		{"Norland", dossier.LOC, true},
		{"the Republic of Norland", dossier.LOC, true},
		{"Brenton", dossier.LOC, true},
		{"Upper Vale", dossier.LOC, true},
		{"Ostrava Camp", dossier.LOC, false},
		{"the Brenton market", dossier.LOC, false},
		{"Sunday", dossier.LOC, false},
		{"the Valley Front", dossier.ORG, true},
		{"Lena Dorsey", dossier.PER, true},
	}
	c := &corpus{places: pl}
	for i, e := range ents {
		c.entName = append(c.entName, e.name)
		c.entType = append(c.entType, e.typ)
		p := -1
		if e.typ == dossier.LOC {
			p = i
		}
		c.placeOf = append(c.placeOf, p)
	}
	for i, e := range ents {
		if got := c.acting(i); got != e.want {
			t.Errorf("acting(%q) = %v, want %v", e.name, got, e.want)
		}
	}
	if c.acting(-1) {
		t.Error("acting(-1) = true, want false")
	}
}
