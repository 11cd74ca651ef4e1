package resolve

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFinalVowel checks which one-word names of places, written by two reports that name a
// place in common, join across a final vowel.
func TestFinalVowel(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"LOC:Kelbane", "LOC:Kelbani", true},
		{"LOC:Kelbani", "LOC:Kelbaneh", true},
		{"LOC:Kelbana", "LOC:Kelbani", false}, // -a against -i is often another word
		{"ORG:Dorvani", "ORG:Dorvane", true},
		{"LOC:Tarmane", "LOC:Tarmana", false}, // a silent -e is no romanised -a
		{"LOC:Kelbane", "LOC:Kelbano", false},
		{"LOC:Tobi", "LOC:Tobe", false},        // too short to tell
		{"LOC:Kelbane", "LOC:Kolbani", false},  // another vowel inside too
		{"PER:Varkane", "PER:Varkani", false},  // a person's family name is not folded so
		{"LOC:Marovia", "LOC:Marovie", false},  // the vowel follows a vowel
		{"LOC:Kelbani", "LOC:Kelbanis", false}, // no final vowel
	}
	r := New(nil)
	for _, tc := range tests {
		_, members := r.Resolve([]*dossier.Analysis{doc("a", tc.a, "LOC:Velmora"), doc("b", tc.b, "LOC:Velmora")})
		if got := sameEntity(members, ref("a", 0), ref("b", 0)); got != tc.want {
			t.Errorf("%s ~ %s: joined %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
