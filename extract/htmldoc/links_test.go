package htmldoc

import (
	"strings"
	"testing"
)

// TestLinkParagraphsDropped: a paragraph that is the whole text of a link to another page (a
// related headline, a tag) is no article text; a link to the page itself (a headline's
// permalink) and a subheading repeated by a link within the page are, but a link to a part of
// another page is not. A subheading that links away but opens a section of prose stays; a
// related story's linked headline with one line under it does not.
func TestLinkParagraphsDropped(t *testing.T) {
	doc := extractFile(t, "links.html", "https://alden.example/news/dredging-may")
	tests := []struct {
		text string
		kept bool
	}{
		{"Harbour dredging to start in May", true},
		{"The plan", true},
		{"Dredging plan approved by the harbour board", true}, // a link to the page itself
		{"Dredgers will begin clearing silt", true},
		{"Fishing boats will moor", true},
		{"Ferry timetable changes", false},
		{"Harbour dues to rise", false}, // another page's address with a fragment
		{"\n\nHarbour\n", false},
		{"Kelvar KV9 suction dredger", true},
		{"Quay repairs finished early", false},
	}
	for _, tt := range tests {
		if got := strings.Contains(doc.Text+"\n", tt.text); got != tt.kept {
			t.Errorf("%q in the text: %v, want %v\n%s", tt.text, got, tt.kept, doc.Text)
		}
	}
}

// TestDropLinkParagraphsHeadlines: a link's paragraph that is a headline stays whatever its
// spacing and case; a page without a title keeps no link paragraph for that, not even one of
// signs alone.
func TestDropLinkParagraphsHeadlines(t *testing.T) {
	links := map[string]bool{"Dredging plan approved": true, "»": true, "Ferry timetable": true}
	text := "Dredging plan approved\n\nThe board voted on Monday.\n\n»\n\nFerry timetable"
	tests := []struct {
		headlines []string
		want      string
	}{
		{[]string{"DREDGING PLAN  APPROVED"}, "Dredging plan approved\n\nThe board voted on Monday."},
		{[]string{""}, "The board voted on Monday."},
		{nil, "The board voted on Monday."},
	}
	for _, tt := range tests {
		if got := dropLinkParagraphs(text, tt.headlines, links); got != tt.want {
			t.Errorf("headlines %q: got %q, want %q", tt.headlines, got, tt.want)
		}
	}
}
