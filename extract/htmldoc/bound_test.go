package htmldoc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// manyParagraphs builds a page of n short, distinct paragraphs in one article element.
func manyParagraphs(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>Long page</title></head><body><article>")
	for i := range n {
		fmt.Fprintf(&b, "<p>Report %d said the council met on day %d and heard %d witnesses.</p>\n", i, i%28+1, i%97)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// A page of many megabytes of paragraphs is cut to the text bounds before the article extractor
// reads it: its text is kept from the start, no more than the text bound is extracted, and the
// document says it was cut.
func TestExtractBoundsLongPage(t *testing.T) {
	tests := []struct {
		name  string
		paras int
		cut   bool
	}{
		{"short article", 40, false},
		{"8 MB of paragraphs", 120_000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := embedded().Extract(manyParagraphs(tt.paras), "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(doc.Text, "Report 0 said") {
				t.Errorf("text starts %.60q, want the first paragraph", doc.Text)
			}
			if len(doc.Text) > maxTreeText {
				t.Errorf("extracted %d bytes of text, over the bound of %d", len(doc.Text), maxTreeText)
			}
			last := fmt.Sprintf("Report %d said", tt.paras-1)
			if got := strings.Contains(doc.Text, last); got == tt.cut {
				t.Errorf("last paragraph kept = %v, want %v", got, !tt.cut)
			}
			if got := strings.Contains(doc.Cut, "page tree cut after"); got != tt.cut {
				t.Errorf("cut reason %q, want one = %v", doc.Cut, tt.cut)
			}
		})
	}
}
