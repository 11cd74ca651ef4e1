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

// Two links that touch with no white space between them (a person's pop-up card beside the
// name, a row of related headlines) stay two words; text that the page writes as one word across
// inline markup stays one word, and blocks keep their own lines.
func TestExtractSeparatesTouchingLinks(t *testing.T) {
	doc := extractFile(t, "glued-blocks.html", "https://example.org/news/pier")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Ada Example Ada Marie Example Lake town budget", true},
		{"ExampleAda", false},
		{"ExampleLake", false},
		{"debate Pier works", true},
		{"every hour from May, and", true},
		{"McDonald said", true},
		{"the Lakeshore plan that", true},
		{"council adopted two years", true},
		{"Builder Northshore Works", true},
		{"Morning boatEvening", false},
		{"OpenedSaturday", false},
		{"addressSecond", false},
		{string(keptSpace), false},
	} {
		if got := strings.Contains(doc.Text, tt.text); got != tt.want {
			t.Errorf("%q in text: %v, want %v\n%s", tt.text, got, tt.want, doc.Text)
		}
	}
}
