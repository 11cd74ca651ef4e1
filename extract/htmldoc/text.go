package htmldoc

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// breaking elements end the paragraph being written and start a new one.
var breaking = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Main: true, atom.Body: true,
}

// cells are table cells: kept on their row's line, with a space between them.
var cells = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// skipped elements hold no reading text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// paragraphs renders a tree as clean text: one paragraph per block element, paragraphs separated
// by "\n\n", whitespace collapsed inside each, exact repeats of the previous paragraph dropped.
func paragraphs(n *html.Node) string {
	var (
		out  []string
		line strings.Builder
	)
	flush := func() {
		p := cleanLine(line.String())
		line.Reset()
		if p == "" || (len(out) > 0 && out[len(out)-1] == p) {
			return
		}
		out = append(out, p)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			line.WriteString(n.Data)
			return
		case html.ElementNode:
			a := elementAtom(n)
			if skipped[a] {
				return
			}
			// Elements renamed by the extraction library (head, item, list …) have no atom;
			// treat unknown names as breaking, the way they are used there.
			brk := breaking[a] || (a == 0 && isBlockName(n.Data))
			if brk {
				flush()
			}
			if cells[a] {
				line.WriteByte(' ')
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if brk {
				flush()
			}
			if cells[a] {
				line.WriteByte(' ')
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return strings.Join(out, "\n\n")
}

// elementAtom returns the atom of an element, looked up by its name when the node has none: the
// extraction library builds its tree's elements ("p", "div") by name alone, and without the
// lookup their paragraphs ran together ("… report.Jenny ZhuThis month").
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// isBlockName reports whether a non-HTML element name stands for a block in the library's tree.
func isBlockName(name string) bool {
	switch name {
	case "head", "item", "list", "quote", "row", "cell", "lb", "code", "graphic":
		return true
	}
	return false
}

// cleanLine normalises one paragraph: NFC, no soft hyphens, zero-width spaces or control
// characters, every run of white space (no-break spaces included) made one space, trimmed.
func cleanLine(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF' || r == '\u2060':
			continue
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u2007' || r == '\u202F' || r == keptSpace:
			space = true
			continue
		case r == '\uFFFD' || unicode.IsControl(r):
			// Undecodable bytes and control characters carry no text; they separate words.
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
