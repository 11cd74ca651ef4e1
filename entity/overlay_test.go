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

// TestWordsOverlay checks that the articles dropped from names and the abbreviations that keep
// their stop come from the language data loaded, so that a --data folder reaches them.
func TestWordsOverlay(t *testing.T) {
	tests := []struct {
		name       string
		dir        string
		article    bool // "Zu-Marrah" and "Marrah" share a key
		abbrevStop bool // "Brgy." at the end of a text is one word
	}{
		{"embedded", "", false, false},
		{"overlay", filepath.Join("testdata", "words"), true, true},
	}
	for _, tt := range tests {
		d, err := en.Load(tt.dir)
		if err != nil {
			t.Fatal(err)
		}
		lw := newNameLists(d)
		if got := lw.key(lw.formToks("Zu-Marrah")) == lw.key(lw.formToks("Marrah")); got != tt.article {
			t.Errorf("%s: Zu-Marrah shares Marrah's key: %v, want %v", tt.name, got, tt.article)
		}
		toks := lw.formToks("Brgy.")
		if got := len(toks) == 1 && toks[0].text == "Brgy."; got != tt.abbrevStop {
			t.Errorf("%s: Brgy. read as %+v, want one word: %v", tt.name, toks, tt.abbrevStop)
		}
	}
}
