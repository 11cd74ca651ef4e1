package htmldoc

import (
	"strings"
	"testing"
)

// The space between text and inline markup beside it survives the extraction library’s
// trimming (which cuts both ends of every text in lists and quotations), and no space is made
// where the page has none.
func TestExtractKeepsSpacesAroundInlineMarkup(t *testing.T) {
	doc := extractFile(t, "inline-spaces.html", "https://example.org/sport/harbour-coach")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"has named Anna Beispiel as its coach", true},
		{"left in August for a post", true},
		{"Since John Roe’s injury a couple", true},
		{"ago, Jane Doe has led the training", true},
		{"Spring Cup, River Open, Autumn Eights.", true},
		{"cost 5 euros, and all proceeds", true},
		{"repair the slipway. Work starts in March", true},
		{"a ll", false},
		{string(keptSpace), false},
	} {
		if got := strings.Contains(doc.Text, tt.text); got != tt.want {
			t.Errorf("%q in text: %v, want %v\n%s", tt.text, got, tt.want, doc.Text)
		}
	}
	if strings.ContainsRune(doc.Title, keptSpace) {
		t.Errorf("title %q holds the kept-space mark", doc.Title)
	}
}
