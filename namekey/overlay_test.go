package namekey

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayReachesKeyer checks that a --data folder's files named like the embedded ones extend
// a Keyer's lists: an added title is dropped from the name, an added ending is rewritten, an
// added spelling of "Abd" joins the word after it.
func TestOverlayReachesKeyer(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := NewFrom(en.Embedded(), All)
	if err != nil {
		t.Fatal(err)
	}
	more, err := NewFrom(over, All)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		keyer      *Keyer
		parse      string
		want       string
		same, diff string // two words whose keys are equal only with the overlay
	}{
		{"embedded", plain, "Harbourmaster Tariq Farouk", "harburmastar tarik faruk", "Rokquelle", "Rokkell"},
		{"overlay", more, "Harbourmaster Tariq Farouk", "tarik faruk", "Rokquelle", "Rokkell"},
	}
	for _, tt := range tests {
		if got := tt.keyer.Parse(tt.parse).String(); got != tt.want {
			t.Errorf("%s: Parse(%q) = %q, want %q", tt.name, tt.parse, got, tt.want)
		}
		a, b := tt.keyer.Key(Fold(tt.same)), tt.keyer.Key(Fold(tt.diff))
		if (a == b) != (tt.keyer == more) {
			t.Errorf("%s: keys of %q and %q: %q, %q", tt.name, tt.same, tt.diff, a, b)
		}
	}
	// With the overlay's spelling of "Abd", it and the word after it are one name.
	if a, b := len(plain.Parse("Abdy Rahman").Tokens), len(more.Parse("Abdy Rahman").Tokens); a != 2 || b != 1 {
		t.Errorf("tokens of \"Abdy Rahman\": %d without the overlay, %d with it; want 2, 1", a, b)
	}
}

// TestBadOverlay checks that a malformed endings file is an error naming the file.
func TestBadOverlay(t *testing.T) {
	d, err := en.Load("testdata/bad-overlay")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewFrom(d, All); err == nil {
		t.Error("NewFrom read a nisba ending without its spelling")
	}
}
