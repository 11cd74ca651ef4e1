package web

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// block is a stretch of a document's text: a sentence (with its anchor) or the text between
// sentences.
type block struct {
	Anchor string // "s12" for sentence 12, "" between sentences
	Parts  []part
}

// part is a run of text, plain or marked. Its Text is always escaped when written.
type part struct {
	Text   string
	Kind   string // "", "mention" or "timex"
	Entity string // mention: entity id
	Type   string // mention: entity type
	Value  string // timex: TIMEX3 value, with its mod
}

// annot is a marked span of text.
type annot struct {
	dossier.Span
	part
}

// blocks cuts a document's text into sentences and the text between them, marking mentions and
// time expressions. Marks that overlap an earlier one or cross a sentence boundary are left out.
func blocks(d *view.DocDetail) []block {
	text := d.Text
	var marks []annot
	for _, m := range d.Mentions {
		marks = append(marks, annot{m.Span, part{Kind: "mention", Entity: m.Entity, Type: string(m.Type)}})
	}
	for _, t := range d.Timexes {
		v := t.Value
		if t.Mod != "" {
			v += " " + t.Mod
		}
		marks = append(marks, annot{t.Span, part{Kind: "timex", Value: v, Type: t.Type}})
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Start != marks[j].Start {
			return marks[i].Start < marks[j].Start
		}
		return marks[i].End > marks[j].End
	})
	kept := marks[:0]
	end := 0
	for _, m := range marks {
		if m.Start < end || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		kept = append(kept, m)
		end = m.End
	}
	marks = kept

	var out []block
	pos := 0
	add := func(anchor string, sp dossier.Span) {
		if sp.Start >= sp.End {
			return
		}
		b := block{Anchor: anchor}
		at := sp.Start
		for len(marks) > 0 && marks[0].Start < sp.End {
			m := marks[0]
			if m.End > sp.End { // crosses the boundary: drop the mark, keep the text
				marks = marks[1:]
				continue
			}
			if m.Start < at {
				marks = marks[1:]
				continue
			}
			if m.Start > at {
				b.Parts = append(b.Parts, part{Text: text[at:m.Start]})
			}
			p := m.part
			p.Text = text[m.Start:m.End]
			b.Parts = append(b.Parts, p)
			at = m.End
			marks = marks[1:]
		}
		if at < sp.End {
			b.Parts = append(b.Parts, part{Text: text[at:sp.End]})
		}
		out = append(out, b)
	}
	for i, sp := range d.Sentences {
		if sp.Start < pos || sp.End > len(text) || sp.Start > sp.End {
			continue
		}
		add("", dossier.Span{Start: pos, End: sp.Start})
		add(anchor(i), sp)
		pos = sp.End
	}
	add("", dossier.Span{Start: pos, End: len(text)})
	return out
}

func anchor(i int) string {
	if i < 0 {
		return ""
	}
	return "s" + strconv.Itoa(i)
}

// SnippetPart is a run of a search snippet; Match is true for the words the query matched.
type SnippetPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match"`
}

// splitSnippet cuts a snippet whose matches stand between '[' and ']' into runs. Brackets that
// do not open or close a match stay in the text.
func splitSnippet(s string) []SnippetPart {
	var out []SnippetPart
	for s != "" {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			out = append(out, SnippetPart{Text: s})
			break
		}
		close := strings.IndexByte(s[open+1:], ']')
		if close < 0 {
			out = append(out, SnippetPart{Text: s})
			break
		}
		close += open + 1
		if open > 0 {
			out = append(out, SnippetPart{Text: s[:open]})
		}
		if close > open+1 {
			out = append(out, SnippetPart{Text: s[open+1 : close], Match: true})
		}
		s = s[close+1:]
	}
	// Join neighbouring plain runs.
	merged := out[:0]
	for _, p := range out {
		if n := len(merged); n > 0 && !p.Match && !merged[n-1].Match {
			merged[n-1].Text += p.Text
			continue
		}
		merged = append(merged, p)
	}
	return merged
}
