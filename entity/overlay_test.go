package entity

import (
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestLanguageDataOverlay checks that the stage's closed word lists come from the language data
// the gazetteer is loaded with: a copula added by a --data folder lets a predication label a name.
func TestLanguageDataOverlay(t *testing.T) {
	const text = "The Harbour Guard stays a volunteer militia, the council of Port Ellery said."
	tests := []struct {
		name string
		dir  string
		want bool // a label "volunteer militia" on The Harbour Guard
	}{
		{"embedded", "", false},
		{"overlay", filepath.Join("testdata", "overlay"), true},
	}
	for _, tt := range tests {
		d, err := en.Load(tt.dir)
		if err != nil {
			t.Fatal(err)
		}
		g, err := LoadGazetteerWith(d)
		if err != nil {
			t.Fatal(err)
		}
		a := analyze(t, NewWith(g, nil), text)
		got := false
		for _, l := range a.Labels {
			if l.Text == "volunteer militia" || l.Text == "a volunteer militia" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: label found %v, want %v (labels %+v)", tt.name, got, tt.want, a.Labels)
		}
	}
}
