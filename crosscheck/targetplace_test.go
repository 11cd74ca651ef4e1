package crosscheck

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestTargetPlaces checks which targets of an attack set it in a place: towns and regions, known
// to the hierarchy or typed a place by the resolution though no list holds them ("the village of
// X"); never a country, a word that names no place, or a body.
func TestTargetPlaces(t *testing.T) {
	c := placeCorpus(t, []string{"Norland", "Brenton", "Upper Vale", "Kessa", "Sunday", "Kessa Front"},
		// a country, a known town, a known region, a village no list holds, no place, a body
		[]dossier.EntityType{dossier.LOC, dossier.LOC, dossier.LOC, dossier.LOC, dossier.LOC, dossier.ORG})
	tests := []struct {
		name          string
		target, wants []int
	}{
		{"a known town", []int{1}, []int{1}},
		{"a region", []int{2}, []int{2}},
		{"a village no list holds", []int{3}, []int{3}},
		{"a country", []int{0}, nil},
		{"a word that names no place", []int{4}, nil},
		{"a body", []int{5}, nil},
		{"a body and a village", []int{5, 3, 0}, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.targetPlaces(tt.target); !slices.Equal(got, tt.wants) {
				t.Errorf("targetPlaces(%v) = %v, want %v", tt.target, got, tt.wants)
			}
		})
	}
}
