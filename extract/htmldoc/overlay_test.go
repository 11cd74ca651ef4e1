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

// TestOverlayNamedDates checks that a month line added to page-months.txt reaches the dates an
// address and metadata write with a month's name, by the first three letters of its first name.
func TestOverlayNamedDates(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	page := func(meta string) []byte {
		return []byte(`<html><head><title>Harbour lanterns return</title>` + meta + `</head><body><article>
<h1>Harbour lanterns return</h1>
<p>Crowds filled the harbour on the evening of the festival, the council said, as lanterns were
lit along the quay for the first time in three years.</p>
<p>The harbourmaster opened the festival, and stalls stayed open until midnight along the water.</p>
</article></body></html>`)
	}
	tests := []struct {
		name, url, meta string
	}{
		{"address", "https://news.example/2021/lenzmond/14/lanterns", ""},
		{"metadata", "", `<meta property="article:published_time" content="Lenz. 14, 2021">`},
	}
	for _, tt := range tests {
		for _, d := range []*en.Data{en.Embedded(), over} {
			doc, err := New(d).Extract(page(tt.meta), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			// Without the overlay the month is not read (the page may still get a year).
			if got := doc.Published == "2021-03-14"; got != (d == over) {
				t.Errorf("%s, overlay %v: published %q", tt.name, d == over, doc.Published)
			}
		}
	}
}
