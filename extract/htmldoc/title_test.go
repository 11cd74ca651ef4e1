package htmldoc

import (
	"strings"
	"testing"
)

// TestUnclosedTitle checks that a page whose <title> is never closed keeps its title short and its
// article as text, not its markup as both.
func TestUnclosedTitle(t *testing.T) {
	para := "The river rose four metres overnight and the town council closed the old bridge to traffic. "
	page := "<html><head><title>River closes bridge\n<meta charset=\"utf-8\"></head><body><article><h1>River closes bridge</h1>" +
		"<p>" + strings.Repeat(para, 4) + "</p><p>" + strings.Repeat(para, 3) + "</p></article></body></html>"
	doc, err := embedded().Extract([]byte(page), "https://example.org/river")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "River closes bridge" {
		t.Errorf("title = %q, want the title's own words", doc.Title)
	}
	if strings.Contains(doc.Text, "<") || !strings.Contains(doc.Text, "closed the old bridge") {
		t.Errorf("text = %q, want the article without markup", doc.Text)
	}
}

// TestCloseTitle checks where closeTitle closes a title, and that it leaves closed titles and
// other tags alone.
func TestCloseTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<title>A</title><p>b</p>", "<title>A</title><p>b</p>"},
		{"<TITLE>A<p>b</p>", "<TITLE>A</title><p>b</p>"},
		{"<title lang=en>A <b>x", "<title lang=en>A </title><b>x"},
		{"<titles>A<p>b", "<titles>A<p>b"},
		{"<p>no title</p>", "<p>no title</p>"},
		{"<title>only words", "<title>only words"},
	}
	for _, tt := range tests {
		if got := string(closeTitle([]byte(tt.in))); got != tt.want {
			t.Errorf("closeTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
