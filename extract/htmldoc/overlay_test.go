package htmldoc

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayReachesExtractor checks that a --data folder's page-months.txt reaches an
// Extractor: with the overlay's name of March the day shown under the headline is read.
func TestOverlayReachesExtractor(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	page := []byte(`<html><head><title>Harbour lanterns return</title></head><body><article>
<h1>Harbour lanterns return</h1>
<p class="byline">14 Lenzmond 2021</p>
<p>Crowds filled the harbour on the evening of the festival, the council said, as lanterns were
lit along the quay for the first time in three years.</p>
<p>The harbourmaster opened the festival, and stalls stayed open until midnight along the water.</p>
</article></body></html>`)
	for _, c := range []struct {
		d    *en.Data
		want string
	}{{en.Embedded(), ""}, {over, "2021-03-14"}} {
		doc, err := New(c.d).Extract(page, "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Published != c.want {
			t.Errorf("overlay %v: published %q, want %q", c.d == over, doc.Published, c.want)
		}
	}
}
