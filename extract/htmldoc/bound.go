package htmldoc

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on the tree handed to the article extractor. Its check of the page's paragraphs joins
// the text of each <p> to the text of all before it, a cost that grows with the square of a page's
// length, so a page of many megabytes of paragraphs would take minutes. The tree is cut after
// the element at which either bound is passed; what follows is not extracted. Both lie far above
// any article: a long one has some 50 kB of text in a hundred paragraphs.
const (
	// maxTreeText is how much text (bytes) of a page is extracted, as much as the stages read.
	maxTreeText = 1 << 20
	// maxJoinBytes bounds the sum, over the paragraphs, of the text before each: the bytes the
	// extractor's paragraph check copies.
	maxJoinBytes = 512 << 20
)

// bound cuts the tree after the first element at which the text before it passes maxTreeText or
// the paragraph join cost passes maxJoinBytes, and returns the bytes of text kept before the cut,
// or -1 when nothing was cut.
func bound(root *html.Node) int {
	var text, join int
	var stop *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && stop == nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				text += len(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.P:
				join += text
			case c.Type == html.ElementNode && skipped[c.DataAtom]:
				// Scripts and styles are not text; their size is bounded by the input limit.
				continue
			}
			if text > maxTreeText || join > maxJoinBytes {
				stop = c
				return
			}
			walk(c)
		}
	}
	walk(root)
	if stop == nil {
		return -1
	}
	// Drop what follows stop, at its level and at each level above.
	for n := stop; n != nil; n = n.Parent {
		for n.NextSibling != nil {
			n.Parent.RemoveChild(n.NextSibling)
		}
	}
	return text
}
