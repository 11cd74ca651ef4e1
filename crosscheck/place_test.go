package crosscheck

import (
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// testPlaces parses a place hierarchy and keys it with the embedded language data, as Load does.
func testPlaces(t *testing.T, tsv string) *Places {
	t.Helper()
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(tsv)}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return pl.keyed(newWords(en.Embedded(), namekey.New()).gaz)
}

// TestOverlayPlaceKeys checks that a --data folder's words reach the keys of places: a word added
// to gazetteer-words.txt is set aside ("Varla oblast" is the region Varla), and an ending added
// to namekey-english-endings.txt makes "Rokquelle" the town "Rokkell".
func TestOverlayPlaceKeys(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	tsv := "Varla\tregion\t\tOstria\t\nRokkell\ttown\tVarla\tOstria\t"
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(tsv)}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d    *en.Data
		want bool
	}{{en.Embedded(), false}, {over, true}} {
		k, err := Load(c.d, WithPlaces(pl))
		if err != nil {
			t.Fatal(err)
		}
		if n := k.places.lookup("the Varla province"); n == nil || n.name != "Varla" {
			t.Errorf("overlay %v: the Varla province names %v, want Varla", c.d == over, n)
		}
		n := k.places.byKey[k.places.gaz.key("Varla Oblast")]
		if got := n != nil && n.name == "Varla"; got != c.want {
			t.Errorf("overlay %v: Varla Oblast names Varla = %v, want %v", c.d == over, got, c.want)
		}
		if got := k.words.placeKey("Rokquelle") == k.words.placeKey("Rokkell"); got != c.want {
			t.Errorf("overlay %v: Rokquelle and Rokkell share a place key = %v, want %v", c.d == over, got, c.want)
		}
		n = k.places.byKey[k.places.gaz.key("Rokquelle")]
		if got := n != nil && n.name == "Rokkell"; got != c.want {
			t.Errorf("overlay %v: Rokquelle names Rokkell = %v, want %v", c.d == over, got, c.want)
		}
	}
}
