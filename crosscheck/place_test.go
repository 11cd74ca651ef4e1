package crosscheck

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier/lang/en"
)

// testPlaces parses a place hierarchy and keys it with the embedded language data, as Load does.
func testPlaces(t *testing.T, tsv string) *Places {
	t.Helper()
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(tsv)}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return pl.keyed(newGazetteer(en.Embedded()))
}

// TestOverlayGazetteerWords checks that a word added to gazetteer-words.txt by a --data folder is
// set aside when a name is looked up in the hierarchy: "Varla oblast" is the region Varla.
func TestOverlayGazetteerWords(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte("Varla\tregion\t\tOstria\t")}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d    *en.Data
		want string
	}{{en.Embedded(), ""}, {over, "Varla"}} {
		k, err := Load(c.d, WithPlaces(pl))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if n := k.places.byKey[k.places.gaz.key("Varla Oblast")]; n != nil {
			got = n.name
		}
		if got != c.want {
			t.Errorf("overlay %v: Varla Oblast names %q, want %q", c.d == over, got, c.want)
		}
		if n := k.places.lookup("the Varla province"); n == nil || n.name != "Varla" {
			t.Errorf("overlay %v: the Varla province names %v, want Varla", c.d == over, n)
		}
	}
}
