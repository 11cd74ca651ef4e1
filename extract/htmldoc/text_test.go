package htmldoc

import (
	"testing"

	"golang.org/x/net/html"
)

// TestParagraphsNamedElements checks that elements built by name alone, as the extraction
// library builds its tree, break paragraphs like parsed ones: a byline and the next teaser do
// not run together.
func TestParagraphsNamedElements(t *testing.T) {
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, s := range []string{"The group has released its annual report.", "Jenny Zhu", "This month: tips for writers."} {
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		root.AppendChild(p)
	}
	script := &html.Node{Type: html.ElementNode, Data: "script"}
	script.AppendChild(&html.Node{Type: html.TextNode, Data: "var x = 1;"})
	root.AppendChild(script)
	want := "The group has released its annual report.\n\nJenny Zhu\n\nThis month: tips for writers."
	if got := paragraphs(root); got != want {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}
