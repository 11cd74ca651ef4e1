package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayReachesChecker checks that a --data folder's files named like the embedded ones
// reach the pass: an added kind of attack within "air strike" no longer meets a car bomb, and an
// added approximation cue is read as one.
func TestOverlayReachesChecker(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d    *en.Data
		want bool
	}{{en.Embedded(), false}, {over, true}} {
		k, err := Load(c.d)
		if err != nil {
			t.Fatal(err)
		}
		if got := !k.attacks.kindsMeet("glider raid", "car bomb"); got != c.want {
			t.Errorf("overlay %v: glider raid and car bomb two attacks = %v, want %v", c.d == over, got, c.want)
		}
		got := false
		for _, p := range k.cues.group(k.cues.Slots, "approx") {
			got = got || p == "in the ballpark of"
		}
		if got != c.want {
			t.Errorf("overlay %v: approximation cue read = %v, want %v", c.d == over, got, c.want)
		}
	}
}

// TestBadOverlayCues checks that a malformed cue file of the language data is an error.
func TestBadOverlayCues(t *testing.T) {
	d, err := en.Load("testdata/bad-overlay")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(d); err == nil {
		t.Error("Load read a casualty cue without its group")
	}
}
