package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropInlineCode removes the scripts and styles that sit inside a run of text — "Strike
// <script>…</script> kills 9" — and joins the text around them into one node. The article
// extractor drops such an element together with the text that follows it, which lost the end of
// headings and sentences. Scripts between elements (JSON-LD, page code) are left for it.
func dropInlineCode(root *html.Node) {
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
				if hasText(c.PrevSibling) || hasText(c.NextSibling) {
					doomed = append(doomed, c)
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range doomed {
		prev, next, parent := n.PrevSibling, n.NextSibling, n.Parent
		parent.RemoveChild(n)
		if prev != nil && next != nil && prev.Type == html.TextNode && next.Type == html.TextNode {
			prev.Data = strings.TrimRight(prev.Data, " \t\n") + " " + strings.TrimLeft(next.Data, " \t\n")
			parent.RemoveChild(next)
		}
	}
}

// hasText reports whether n is a text node with more than white space.
func hasText(n *html.Node) bool {
	return n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) != ""
}
