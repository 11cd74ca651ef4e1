package entity

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestPluralShape checks the plural endings read from plural-endings: the longest ending decides.
func TestPluralShape(t *testing.T) {
	lw := newNameLists(en.Embedded())
	tests := []struct {
		word string
		want bool
	}{
		{"Cowboys", true},
		{"Bruins", true},
		{"Heights", true},
		{"Congress", false},
		{"Nexus", false},
		{"Genesis", false},
		{"Bus", false},
		{"Rangers", true},
		{"Reds", true},
		{"Army", false},
	}
	for _, tt := range tests {
		if got := lw.pluralShape(tt.word); got != tt.want {
			t.Errorf("pluralShape(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
