package crosscheck

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestActing checks which entities a claim may name as who did or is blamed: people, groups and
// countries, not towns, regions or places the hierarchy does not know; and that a country an
// attack happened in is no actor of it.
func TestActing(t *testing.T) {
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
	var names []string
	var types []dossier.EntityType
	for _, e := range ents {
		names, types = append(names, e.name), append(types, e.typ)
	}
	c := placeCorpus(t, names, types)
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

// norlandPlaces is a place file of one country, one of its regions, a town there and a word
// that names no place.
const norlandPlaces = "Norland\tcountry\t\tNorland\tRepublic of Norland\n" +
	"Upper Vale\tregion\tUpper Vale\tNorland\t\n" +
	"Brenton\ttown\tUpper Vale\tNorland\t\n" +
	"Sunday\tnot\t\t\t\n"

// placeCorpus is a corpus of the places of norlandPlaces and of entities of the names and types
// given, each place entity standing for itself.
func placeCorpus(t *testing.T, names []string, types []dossier.EntityType) *corpus {
	t.Helper()
	pl := testPlaces(t, norlandPlaces)
	c := &corpus{places: pl, entIDs: names, entName: names, entType: types}
	for i, typ := range types {
		p := -1
		if typ == dossier.LOC {
			p = i
		}
		c.placeOf = append(c.placeOf, p)
	}
	return c
}
