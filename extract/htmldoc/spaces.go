package htmldoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// keptSpace stands for the white space between a run of text and inline markup next to it while
// the extraction library works: the library trims both ends of every text, which joined the words
// on either side of a link or an emphasis ("<b>Chad Thomas</b> has" became "Thomashas", and
// "<em>A</em>, <em>B</em>" became "A,B"). It is a private-use character no page uses as text;
// cleanLine reads it as a space.
const keptSpace = '\uE000'

// inlines are the elements that sit inside a line of text.
var inlines = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true,
	atom.Var: true, atom.Del: true, atom.Ins: true, atom.Strike: true, atom.Big: true, atom.Tt: true,
}

// keepSpaces marks, in the text nodes of the tree, the white space that separates text from an
// inline element beside it (keptSpace instead of the spaces), so that the extraction library's
// trimming keeps one word from running into the next. White space between blocks is left alone.
func keepSpaces(root *html.Node) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || n.DataAtom == atom.Pre || n.DataAtom == atom.Textarea) {
			return
		}
		if n.Type == html.TextNode {
			markEdges(n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	splitLinks(root)
}

// splitLinks puts keptSpace between the texts of two links that touch with nothing between them
// ("<a>Ada Example</a><span><img><a>Ada Marie Example</a>"): a person's pop-up card or a row of
// related headlines written without white space, which the extraction library flattened into one
// word ("ExampleAda", "ExampleLake"). A link cut into pieces — side by side, to one address
// ("<a href=x>Arte</a><a href=x>mis</a>") — is one word and is left joined.
func splitLinks(root *html.Node) {
	var (
		prev       *html.Node // the last text node with characters, in document order
		prevAnchor *html.Node // the link holding prev, or nil
	)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || n.DataAtom == atom.Pre || n.DataAtom == atom.Textarea) {
			return
		}
		if n.Type == html.TextNode {
			if n.Data == "" {
				return
			}
			a := anchorOf(n)
			if prev != nil && a != nil && prevAnchor != nil && a != prevAnchor && !pieces(prevAnchor, a, n.Data) &&
				!spaceEdge(lastRune(prev.Data)) && !spaceEdge(firstRune(n.Data)) {
				n.Data = string(keptSpace) + n.Data
			}
			prev, prevAnchor = n, a
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
}

// pieces reports whether the links a and b, a before b, are one link cut in pieces, next holding
// b's first text: they go to the same address and the text goes on in lower case ("expand" +
// "ed"), where a name card repeating a linked name starts with a capital.
func pieces(a, b *html.Node, next string) bool {
	return attr(a, "href") == attr(b, "href") && unicode.IsLower(firstRune(next))
}

// anchorOf returns the link element that holds n, or nil.
func anchorOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			return p
		}
	}
	return nil
}

// spaceEdge reports whether r, the first or last character of a text, is white space or keptSpace.
func spaceEdge(r rune) bool {
	return r == keptSpace || unicode.IsSpace(r) || r == '\u00A0'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// markEdges puts keptSpace for the white space at each end of a text node that an inline element
// borders, on that side: its sibling, or the inline parent's sibling when the text opens or
// closes the parent. A node of white space alone is marked only between two inline elements that
// hold text ("<em>A</em> <em>B</em>"), not between icons or empty anchors.
func markEdges(n *html.Node) {
	before, after := inlineBefore(n), inlineAfter(n)
	if strings.TrimSpace(n.Data) == "" {
		if n.Data != "" && wordy(n.PrevSibling) && wordy(n.NextSibling) {
			n.Data = string(keptSpace)
		}
		return
	}
	if before {
		if t := strings.TrimLeftFunc(n.Data, unicode.IsSpace); len(t) < len(n.Data) {
			n.Data = string(keptSpace) + t
		}
	}
	if after {
		if t := strings.TrimRightFunc(n.Data, unicode.IsSpace); len(t) < len(n.Data) {
			n.Data = t + string(keptSpace)
		}
	}
}

// inlineBefore reports whether an inline element comes right before n, or, for n inside an inline
// element, text or an inline element comes right before that element.
func inlineBefore(n *html.Node) bool {
	return inlineBeside(n, func(n *html.Node) *html.Node { return n.PrevSibling })
}

// inlineAfter is inlineBefore on the other side.
func inlineAfter(n *html.Node) bool {
	return inlineBeside(n, func(n *html.Node) *html.Node { return n.NextSibling })
}

// inlineBeside looks for n's neighbour on one side (the side's sibling of n, or of the inline
// element that n opens or closes) and reports whether it runs on the same line as n's text.
func inlineBeside(n *html.Node, sibling func(*html.Node) *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if s := sibling(n); s != nil {
			return isInline(s) || hasText(s) && n.Type == html.ElementNode
		}
		if !isInline(n.Parent) {
			return false
		}
	}
	return false
}

// wordy reports whether n is an inline element that holds text.
func wordy(n *html.Node) bool {
	return isInline(n) && strings.TrimSpace(textOf(n)) != ""
}

// isInline reports whether n is an inline element.
func isInline(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && inlines[n.DataAtom]
}
