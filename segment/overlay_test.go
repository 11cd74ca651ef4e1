package segment

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayReachesSplitter checks that a --data folder's sentence-abbreviations.txt reaches a
// Splitter: with the overlay's "Bldg" the stop after it ends no sentence.
func TestOverlayReachesSplitter(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	const text = "The office is in Bldg. Seven of the plaza. It opens today."
	for _, c := range []struct {
		d    *en.Data
		want int
	}{{en.Embedded(), 3}, {over, 2}} {
		if got := len(New(c.d).Sentences(text)); got != c.want {
			t.Errorf("overlay %v: %d sentences, want %d", c.d == over, got, c.want)
		}
	}
}
