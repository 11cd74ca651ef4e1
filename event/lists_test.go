package event

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestFunctionWordsFromData checks that the prepositions the stage reads roles by come from the
// language data: a preposition of the doer added by a --data folder makes its phrase the doer.
func TestFunctionWordsFromData(t *testing.T) {
	over, err := en.Load(filepath.Join("testdata", "overlay"))
	if err != nil {
		t.Fatal(err)
	}
	const src = "[[Karim Aswad:PER]] was sacked from his position through [[the Eastern Alliance:ORG]]."
	const want = "DISMISS actor=the Eastern Alliance target=Karim Aswad"
	for _, tt := range []struct {
		name string
		data *en.Data
		want bool
	}{
		{"embedded", en.Embedded(), false},
		{"overlay", over, true},
	} {
		x, err := Load(tt.data)
		if err != nil {
			t.Fatal(err)
		}
		if got := run(t, x, src); slices.Contains(got, want) != tt.want {
			t.Errorf("%s: %q gives %q; want %q: %v", tt.name, src, got, want, tt.want)
		}
	}
}
