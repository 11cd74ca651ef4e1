package pipeline

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Limits of what is analysed of one page. Every stage costs time in proportion to what it reads,
// so these bound the time and memory one page can take; a longer page is cut at a line or
// sentence boundary below the limit, stored and analysed as cut, and the summary says so.
const (
	// DefaultMaxInput is how much of a page's body is extracted: 8 MiB, room for the scripts and
	// styles of a heavy HTML page.
	DefaultMaxInput = 8 << 20
	// DefaultMaxText is how much clean text is analysed: 1 MiB, many times a long article.
	DefaultMaxText = 1 << 20
)

func (p *Pipeline) maxInput() int {
	if p.MaxInput != 0 {
		return p.MaxInput
	}
	return DefaultMaxInput
}

func (p *Pipeline) maxText() int {
	if p.MaxText != 0 {
		return p.MaxText
	}
	return DefaultMaxText
}

// cutPage returns page with its body cut to the input limit, at the last line break before it
// (for HTML, the end of the last tag), and the reason, or page itself and "" when it is within
// the limit.
func (p *Pipeline) cutPage(page *dossier.Page) (*dossier.Page, string) {
	limit := p.maxInput()
	if limit < 0 || len(page.Body) <= limit {
		return page, ""
	}
	head := page.Body[:limit]
	end := bytes.LastIndexByte(head, '\n')
	if page.Format == dossier.FormatHTML {
		end = max(end, bytes.LastIndexByte(head, '>'))
	}
	if end < limit/2 {
		// No break in the second half: cut at a character boundary.
		end = limit
		for end > 0 && !utf8.RuneStart(page.Body[end]) {
			end--
		}
	} else {
		end++
	}
	cut := *page
	cut.Body = page.Body[:end]
	return &cut, fmt.Sprintf("page of %s cut to its first %s before extraction (the per-page limit of analysis)",
		size(len(page.Body)), size(end))
}

// cutText cuts the document's clean text to the text limit, after the last sentence that ends
// within it, and returns the reason, or "" when the text is within the limit.
func (p *Pipeline) cutText(doc *dossier.Document) string {
	limit := p.maxText()
	if limit < 0 || len(doc.Text) <= limit {
		return ""
	}
	end := 0
	keep := 0
	for i, s := range doc.Sentences {
		if s.End > limit {
			break
		}
		end, keep = s.End, i+1
	}
	if end < limit/2 {
		// Sentences too long or not marked: cut at the last space, else a character boundary.
		end = strings.LastIndexAny(doc.Text[:limit], " \n\t")
		if end < limit/2 {
			end = limit
			for end > 0 && !utf8.RuneStart(doc.Text[end]) {
				end--
			}
		}
		keep = 0
		for keep < len(doc.Sentences) && doc.Sentences[keep].End <= end {
			keep++
		}
	}
	whole := len(doc.Text)
	doc.Text = doc.Text[:end]
	doc.Sentences = doc.Sentences[:keep:keep]
	return fmt.Sprintf("clean text of %s cut to its first %s (the per-page limit of analysis)", size(whole), size(end))
}

// size prints a byte count for people.
func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
