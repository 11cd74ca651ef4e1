package htmldoc

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on what a prune rule may remove. Class names like "subscriber" or "paywall" also sit on
// the wrappers of whole articles, so a matched element is removed only when it is small: a box,
// not the story.
const (
	pruneMaxText  = 1500 // runes of text
	pruneMaxShare = 0.25 // of the page body's text
)

// ParsePruneRules compiles CSS prune rules — one selector a line; blank lines and /* comment */
// lines ignored — into one selector group. The default rules are in data/prune.css.
func ParsePruneRules(rules string) (cascadia.SelectorGroup, error) {
	var group cascadia.SelectorGroup
	inComment := false
	for i, line := range strings.Split(rules, "\n") {
		line = strings.TrimSpace(line)
		if inComment || strings.HasPrefix(line, "/*") {
			inComment = !strings.Contains(line, "*/")
			continue
		}
		if line == "" {
			continue
		}
		g, err := cascadia.ParseGroup(line)
		if err != nil {
			return nil, fmt.Errorf("prune rule line %d %q: %w", i+1, line, err)
		}
		group = append(group, g...)
	}
	return group, nil
}

// prune removes the small elements that match sel and returns how many it removed.
func prune(root *html.Node, sel cascadia.SelectorGroup) int {
	if len(sel) == 0 {
		return 0
	}
	total := textLen(root)
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && prunable(n) && sel.Match(n) {
			l := textLen(n)
			if l <= pruneMaxText && float64(l) <= pruneMaxShare*float64(total) {
				doomed = append(doomed, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
	return len(doomed)
}

// prunable excludes the page's structural elements from removal whatever their class.
func prunable(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article:
		return false
	}
	return n.Parent != nil
}

// textLen counts the runes of text under n, scripts and styles excluded.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return utf8.RuneCountInString(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}
