package event

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// quotations returns the spans of text between an opening and a closing quotation mark. A
// straight mark opens when a space or the text's start is before it and a word after it, and
// closes otherwise; an opening mark while another is open starts the quotation anew (the
// first one's close was lost), and a closing mark with none open is passed over.
func quotations(text string) []dossier.Span {
	var out []dossier.Span
	open := -1
	for i, r := range text {
		var opens bool
		switch r {
		case '“':
			opens = true
		case '”':
		case '"':
			opens = straightOpens(text, i)
		default:
			continue
		}
		switch {
		case opens:
			open = i
		case open >= 0:
			out = append(out, dossier.Span{Start: open, End: i + utf8.RuneLen(r)})
			open = -1
		}
	}
	return out
}

// straightOpens reports whether the straight quotation mark at i opens a quotation: it follows
// a space, a bracket or the text's start and comes before a word.
func straightOpens(text string, i int) bool {
	if i > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(before) && before != '(' && before != '[' {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 < len(text) && !unicode.IsSpace(after) && !unicode.IsPunct(after)
}

// markQuoted sets Quoted on the figures written inside a quotation of text.
func markQuoted(text string, figs []*dossier.Figure) {
	if len(figs) == 0 {
		return
	}
	qs := quotations(text)
	for _, f := range figs {
		for _, q := range qs {
			if q.Start < f.At.Start && f.At.End <= q.End {
				f.Quoted = true
				break
			}
		}
	}
}
