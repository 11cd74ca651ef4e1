package resolve

import (
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayReachesResolver checks that the lists of a --data folder reach resolution: with the
// overlay's actor tail "zealots" a group's name followed by it names the group, and with its
// familiar form "Bart" the two spellings of one person's name join; without the overlay they
// stay apart. The overlay also changes the resolver's basis, so that a prior resolution made
// without it is not reused.
func TestOverlayReachesResolver(t *testing.T) {
	plain, err := en.Load("")
	if err != nil {
		t.Fatal(err)
	}
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		a, b string // one chain each, in documents "a" and "b"
	}{
		{"actor tail", "ORG:Vexor Front", "ORG:Vexor Front zealots"},
		{"given name form", "PER:Bartholomew Kessler", "PER:Bart Kessler"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			d    *en.Data
			want bool
		}{{plain, false}, {over, true}} {
			as := []*dossier.Analysis{doc("a", tt.a), doc("b", tt.b)}
			_, members := New(c.d, nil).Resolve(as)
			if got := sameEntity(members, ref("a", 0), ref("b", 0)); got != c.want {
				t.Errorf("%s, overlay %v: %q and %q one entity = %v, want %v", tt.name, c.d == over, tt.a, tt.b, got, c.want)
			}
		}
	}
	if New(plain, nil).Basis() == New(over, nil).Basis() {
		t.Error("the overlay's lists do not change the basis")
	}
}
