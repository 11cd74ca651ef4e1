package htmldoc

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkTexts returns the text of every link on the page that leads to another page, rendered as
// the article's paragraphs are; self is the page's own address ("" when unknown). Links within
// the page (a table of contents, a headline's permalink) and script actions are left out: their
// text is the article's own headline, subheadings and buttons. An address with a fragment leads away
// all the same when the rest of it names another page ("/news/other-story#comments").
func linkTexts(root *html.Node, self string) map[string]bool {
	page, _ := url.Parse(self)
	out := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if opensSection(n) {
			return // a subheading that links to what its section reviews ("<h3><a>Brand X charger</a></h3>")
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && leadsAway(attr(n, "href"), page) {
			// The article's rendering may keep the blocks inside a link or run them together.
			t := paragraphs(n)
			for _, v := range []string{t, strings.ReplaceAll(t, "\n\n", " "), cleanLine(textOf(n))} {
				if v != "" {
					out[v] = true
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// proseLen is the length from which a paragraph reads as a sentence of prose, not a link's line.
const proseLen = 80

// headings are the heading elements, <h1> to <h6>.
var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// opensSection reports whether n is a subheading (<h2> to <h6>) that two paragraphs of prose
// (proseLen characters or more) follow before the next heading: it opens a section of the
// article, whatever it links to. A related story's headline comes alone or with one teaser.
func opensSection(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.H1 || !headings[n.DataAtom] {
		return false
	}
	paras := 0
	for c := n.NextSibling; c != nil && paras < 2; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if headings[c.DataAtom] {
			break
		}
		if c.DataAtom == atom.P && len(strings.TrimSpace(textOf(c))) >= proseLen {
			paras++
		}
	}
	return paras == 2
}

// leadsAway reports whether a link's address leads to another page than page (nil when unknown).
func leadsAway(href string, page *url.URL) bool {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return false
	}
	if page == nil || page.Host == "" {
		return true
	}
	u, err := page.Parse(href)
	if err != nil {
		return false
	}
	return !strings.EqualFold(strings.TrimPrefix(u.Hostname(), "www."), strings.TrimPrefix(page.Hostname(), "www.")) ||
		strings.Trim(u.Path, "/") != strings.Trim(page.Path, "/")
}

// dropLinkParagraphs removes from text the paragraphs that are the whole text of a link to
// another page: the headlines of other stories, section and tag names, "click here" buttons that
// the article extractor kept among the article's paragraphs. A paragraph that is one of the
// page's headlines (the title, an <h1>) is kept, since a headline often links to its own page.
func dropLinkParagraphs(text string, headlines []string, links map[string]bool) string {
	if len(links) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0:0]
	for _, p := range paras {
		if links[p] && !isHeadline(p, headlines) {
			continue
		}
		kept = append(kept, p)
	}
	if len(kept) == 0 {
		return text
	}
	return strings.Join(kept, "\n\n")
}

// isHeadline reports whether a paragraph is one of the headlines, letters and digits alike. An
// empty headline (a page without a title) matches nothing, not every paragraph without letters.
func isHeadline(p string, headlines []string) bool {
	sp := squash(p)
	return sp != "" && slices.ContainsFunc(headlines, func(h string) bool { return squash(h) == sp })
}
