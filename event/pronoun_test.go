package event

import (
	"testing"

	"github.com/dossier-project/dossier"
)

func TestAgrees(t *testing.T) {
	tests := []struct {
		num    string
		typ    dossier.EntityType
		plural bool
		want   bool
	}{
		{"sing", dossier.ORG, false, true},
		{"sing", dossier.LOC, false, true},
		{"sing", dossier.PER, false, false},
		{"sing", dossier.ORG, true, true},
		{"plur", dossier.ORG, false, true},
		{"plur", dossier.LOC, false, false},
		{"plur", dossier.LOC, true, true},
		{"plur", dossier.PER, true, false},
	}
	for _, tc := range tests {
		if got := agrees(tc.num, tc.typ, tc.plural); got != tc.want {
			t.Errorf("agrees(%s, %s, %v) = %v, want %v", tc.num, tc.typ, tc.plural, got, tc.want)
		}
	}
}
