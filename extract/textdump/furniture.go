package textdump

import "strings"

// DropFurniture returns an article's clean text without the paragraphs the embedded cue lists
// take for page furniture. See Extractor.DropFurniture.
func DropFurniture(text string) string {
	e, err := defaultExtractor()
	if err != nil {
		return text
	}
	return e.DropFurniture(text)
}

// DropFurniture returns an article's clean text — paragraphs separated by blank lines, as an
// HTML page's extractor gives it — without the paragraphs that a dump's line classifier takes
// for page furniture: whole-line furniture (menus, share bars, bylines without text, "READ
// MORE: …" lines), furniture written as sentences (newsletter and app promotions, cookie
// notices, appeals), photo credits that are no prose, and a related-links header with the link
// titles under it up to the next prose paragraph. The other paragraphs are kept as they are:
// the extractor of the markup has already told the article from the page, and a short line
// between prose there is a subheading, not a menu entry.
func (e *Extractor) DropFurniture(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0:0]
	related := false
	for _, p := range paras {
		l := line{text: normalise(p)}
		l.terminal = endsSentence(l.text)
		e.classify(&l)
		switch {
		case l.kind == kRelated:
			related = true
			continue
		case l.kind == kFurniture && quoted(l.text) && !e.related.MatchString(l.text):
			// A sentence cue inside quoted words is what someone said ("… help us find him"):
			// reported speech, not a box of the page.
		case l.kind == kFurniture, l.caption && l.kind != kGood:
			continue
		case l.kind == kGood:
			related = false
		case related:
			continue
		}
		kept = append(kept, p)
	}
	if len(kept) == 0 {
		return text // nothing but furniture: no article to clean, as the caller will find
	}
	return strings.Join(kept, "\n\n")
}

// quoted reports whether a paragraph holds words in double quotation marks.
func quoted(s string) bool { return strings.ContainsAny(s, "\"“”«»„") }
