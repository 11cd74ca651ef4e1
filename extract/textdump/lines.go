package textdump

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line of the dump is taken to be.
type kind int

const (
	kShort     kind = iota // short and not a sentence: a name, a link title, a menu entry
	kNear                  // a short sentence: kept when prose is next to it
	kGood                  // a prose paragraph
	kFurniture             // menus, widgets, forms, bylines, appeals
	kRelated               // the header of a list of links to other articles
	kCaption               // a photo caption or credit
)

// line is one paragraph of the dump with the features it is classified by.
type line struct {
	text        string
	indented    bool
	alone       bool // blank lines (or the page's ends) on both sides
	kind        kind
	words       int
	density     float64 // share of words that are function words
	terminal    bool    // ends as a sentence ends
	sentence    bool    // reads as a sentence
	commentOpen bool    // opens a comment section
	caption     bool    // carries a caption cue
	count       int     // occurrences of the same text in the dump
}

// invisible runes that page dumps carry and clean text must not.
var invisible = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\u2060", "")

// normalise collapses every run of white space, non-breaking spaces included, to one space.
func normalise(s string) string {
	s = invisible.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// splitLines cuts the dump into paragraphs: one a line, with hard-wrapped prose joined back.
func splitLines(body string) []line {
	body = strings.ToValidUTF8(body, "\uFFFD")
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	raws := strings.Split(body, "\n")
	width := wrapWidth(raws)
	var out []line
	joinable := false // the previous line is in the same block and may continue on this one
	blank := true     // the previous raw line was blank (or there was none)
	for _, raw := range raws {
		t := normalise(raw)
		if t == "" {
			joinable, blank = false, true
			continue
		}
		wasBlank := blank
		blank = false
		if joinable {
			prev := &out[len(out)-1]
			first, _ := utf8.DecodeRuneInString(t)
			if width > 0 || unicode.IsLower(first) || strings.HasSuffix(prev.text, ",") {
				prev.text += " " + t
				prev.terminal = endsSentence(prev.text)
				joinable = continues(t, prev.terminal, width)
				continue
			}
		}
		if !wasBlank && len(out) > 0 {
			out[len(out)-1].alone = false
		}
		l := line{text: t, indented: raw != strings.TrimLeft(raw, " \t\u00a0"), terminal: endsSentence(t), alone: wasBlank}
		out = append(out, l)
		joinable = continues(t, l.terminal, width)
	}
	counts := map[string]int{}
	for _, l := range out {
		counts[countKey(l.text)]++
	}
	for i := range out {
		out[i].count = counts[countKey(out[i].text)]
	}
	return out
}

// bullets are the list markers a text dump puts before list items.
const bullets = "•◦▪▫■□●○‣⁃*·>-–—» "

// countKey is the form in which repeated lines are counted: lower case, without a list marker,
// since a dump often prints a link once as a list item and once as a heading.
func countKey(s string) string {
	return strings.ToLower(strings.TrimLeft(s, bullets))
}

// continues reports whether the paragraph whose last line is t may go on on the next line.
// In a hard-wrapped dump a line nearly as long as the wrap width always may; otherwise only an
// unfinished sentence of some length may.
func continues(t string, terminal bool, width int) bool {
	n := utf8.RuneCountInString(t)
	if width > 0 {
		return n*10 >= width*6
	}
	return !terminal && len(t) >= 30
}

// wrapWidth returns the width a dump was hard-wrapped at, or 0 when its paragraphs run on one
// line each: wrapped text has no line much longer than a terminal's and many lines close to
// the longest.
func wrapWidth(raws []string) int {
	longest := 0
	for _, r := range raws {
		longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(r)))
	}
	if longest < 50 || longest > 100 {
		return 0
	}
	near := 0
	for _, r := range raws {
		if utf8.RuneCountInString(strings.TrimSpace(r))*10 >= longest*8 {
			near++
		}
	}
	if near < 5 {
		return 0
	}
	return longest
}

// endsSentence reports whether s ends with sentence punctuation, closing quotes and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';', '。', '！', '？', '．':
		return true
	}
	return false
}

// wordsOf splits a line into lower-case words stripped of the punctuation around them.
func wordsOf(s string) []string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

var (
	// amount is a donation widget's sum ("2,500 $", "$ 50", "€10").
	amount = regexp.MustCompile(`^(?:[$€£¥]\s*)?\d[\d.,\s]*(?:\s*[$€£¥])?$`)
	// placeholder is a line that stands for something not rendered as text: an image's name in
	// brackets or a bare address.
	placeholder = regexp.MustCompile(`^(?:\[[^\]]*\]|(?:https?://|www\.)\S+)$`)
	// camelJoin finds two words run together where a menu lost its separator ("EastWar").
	camelJoin = regexp.MustCompile(`\p{Ll}{3}\p{Lu}\p{Ll}`)
	// navSep splits breadcrumbs and menus.
	navSep = regexp.MustCompile(`\s+[|•·›»>/]\s+|\s+[-–—]\s+`)
)

// isCategoryLine reports whether a short line is a run of category or menu words.
func isCategoryLine(l *line) bool {
	if l.terminal || l.words > 5 {
		return false
	}
	return camelJoin.MatchString(l.text)
}

// isNavLine reports whether a line is a breadcrumb or menu: several short items between separators.
func isNavLine(l *line) bool {
	if l.terminal {
		return false
	}
	parts := navSep.Split(l.text, -1)
	if len(parts) < 3 || !strings.ContainsAny(l.text, "|•·›»>/") {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 4 {
			return false
		}
	}
	return true
}

// scripts counts the letters of a line that are Latin and those that are not.
func scripts(s string) (latin, other int) {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else {
			other++
		}
	}
	return latin, other
}

// mixedScript reports whether a line mixes Latin text with a run of another script, as
// captions do when they give a photo's original description next to its translation.
func mixedScript(s string) bool {
	latin, other := scripts(s)
	return latin >= 10 && other >= 10
}

// isNameLike reports whether s reads as a person's or handle's name: one to four words, each
// capitalised or a particle, no function words, no sentence punctuation.
func (e *Extractor) isNameLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || endsSentence(s) {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if e.stop[lw] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !strings.Contains(w, "-") && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// caseless reports whether r is a letter of a script without capitals (Han, kana, Hangul,
// Arabic, Hebrew, Thai and others), where a sentence's first letter cannot be a capital.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// ideographs counts the runes of a line in scripts written without spaces between words (Han
// and kana), each of which stands for about half a word.
func ideographs(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n++
		}
	}
	return n
}
