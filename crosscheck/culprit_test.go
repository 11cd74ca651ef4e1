package crosscheck

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier"
)

// TestActing checks which entities a claim may name as who did or is blamed: people, groups and
// countries, not towns, regions or places the hierarchy does not know; and that a country an
// attack happened in is no actor of it.
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
		{"Brenton", dossier.LOC, false},
		{"Upper Vale", dossier.LOC, false},
		{"Ostrava Camp", dossier.LOC, false},
		{"the Brenton market", dossier.LOC, false},
		{"Sunday", dossier.LOC, false},
		{"the Valley Front", dossier.ORG, true},
		{"Lena Dorsey", dossier.PER, true},
	}
	c := &corpus{places: pl}
	for i, e := range ents {
		c.entIDs = append(c.entIDs, e.name)
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
	// Norland (0) holds Brenton (2) and the region (3); the Front (7) is no place.
	settings := []struct {
		actors, places, want []int
	}{
		{[]int{0, 7}, []int{2}, []int{7}},
		{[]int{0}, []int{3, 0}, nil},
		{[]int{0}, []int{0}, []int{0}},
		{[]int{0}, nil, []int{0}},
		{[]int{0}, []int{4}, []int{0}},
	}
	for _, s := range settings {
		if got := c.withoutSetting(s.actors, s.places); !slices.Equal(got, s.want) {
			t.Errorf("withoutSetting(%v, %v) = %v, want %v", s.actors, s.places, got, s.want)
		}
	}
}
