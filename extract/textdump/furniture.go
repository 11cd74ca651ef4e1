package textdump

import "strings"

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
	related, bio, prose := false, false, false
	offset := 0
	for _, p := range paras {
		l := e.paragraph(p)
		// A heading about the writer in the article's second half opens a biography.
		second := offset >= len(text)/2
		offset += len(p) + 2
		if l.kind == kShort {
			bio = false // a heading ends a biography
		}
		switch {
		case second && e.bio.MatchString(l.text):
			bio = true
			continue
		case bio:
			continue
		case l.kind == kRelated:
			// Above the first prose, the header is a box printed before the article: what
			// follows it is the article's headline and lead, not the box's links.
			related = prose
			continue
		case l.kind == kFurniture && quoted(l.text) && !e.related.MatchString(l.text):
			// A sentence cue inside quoted words is what someone said ("… help us find him"):
			// reported speech, not a box of the page.
		case l.kind == kFurniture && e.isCredit(l.text):
			// A source named in brackets after a passage ("[Example News]") belongs to the text.
		case l.kind == kFurniture, l.caption && l.kind != kGood:
			continue
		case l.kind == kGood:
			related, prose = false, true
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

// paragraph classifies one paragraph of an HTML page's clean text.
func (e *Extractor) paragraph(p string) line {
	l := line{text: normalise(p)}
	l.terminal = endsSentence(l.text)
	e.classify(&l)
	return l
}

// isCredit reports whether a paragraph is wholly in square brackets and what the brackets hold
// is neither furniture nor a caption: the clean text of a page renders no images, so a bracketed
// paragraph there is no placeholder but a credit or a reference ("[Example News]", "[Book, p. 41]").
func (e *Extractor) isCredit(s string) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' || strings.Count(s, "[") != 1 ||
		strings.ContainsAny(s, "#/_@|") {
		return false // a template's tag or an address ("[ad#top]"), not a name
	}
	in := e.paragraph(s[1 : len(s)-1])
	return in.kind != kFurniture && !in.caption
}

// quoted reports whether a paragraph holds words in double quotation marks.
func quoted(s string) bool { return strings.ContainsAny(s, "\"“”«»„") }
