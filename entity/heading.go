package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// dropHolidayParts clears keep for the mentions that overlap a named day the time stage reads
// ("Black Friday", "Good Friday") without covering it whole: the weekday is left out of names, so
// the word before it would stand alone as a name ("Black") where the text names a date.
func (d *doc) dropHolidayParts(keep []bool) {
	spans := d.holidaySpans()
	if len(spans) == 0 {
		return
	}
	for i, c := range d.cands {
		for _, s := range spans {
			if c.start < s[1] && s[0] < c.end && !(c.start <= s[0] && s[1] <= c.end) {
				keep[i] = false
				break
			}
		}
	}
}

// holidaySpans returns the byte spans of the text where a named day is written as holidays.txt
// writes it, between word boundaries.
func (d *doc) holidaySpans() [][2]int {
	var out [][2]int
	for _, h := range d.g.w.holidays {
		for from := 0; from < len(d.text); {
			i := strings.Index(d.text[from:], h)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(h)
			if wordEdge(d.text, a, b) {
				out = append(out, [2]int{a, b})
			}
			from = b
		}
	}
	return out
}

// wordEdge reports whether the bytes [a, b) of text have no letter or digit just before or after
// them.
func wordEdge(text string, a, b int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[b:])
	return b >= len(text) || !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// dropCommonHeadings clears keep for the chains left MISC whose every mention stands on a
// heading line, one of its own or in headline case, with every word capitalised, and is made only
// of ordinary English words that nothing else backs: no gazetteer entry, title or vote, and no
// name the recogniser found over it ("Post-Workout Meal", "Safe Water", "Buy All"). Such a line's
// capitals belong to its layout, not to a name.
func (d *doc) dropCommonHeadings(keep []bool, chains []int, types map[int]dossier.EntityType) {
	d.dropWholeChains(keep, chains, func(c *cand, ch int) bool {
		return types[ch] == dossier.MISC && d.headCaps[d.toks[c.a].sent] && d.commonOnly(c)
	})
}

// commonOnly reports whether the mention c is made only of ordinary English words (each part
// of a hyphenated word too) with no gazetteer entry, title, type vote or acronym, and no name the
// recogniser is sure of over it.
func (d *doc) commonOnly(c *cand) bool {
	if c.hasGaz || c.title != "" || d.recognisedOver(c) {
		return false
	}
	for _, n := range c.votes {
		if n != 0 {
			return false
		}
	}
	for k := c.a; k < c.b; k++ {
		t := d.toks[k]
		if !t.word {
			continue
		}
		if isAcronym(t.text) {
			return false
		}
		for _, w := range strings.Split(d.low[k], "-") {
			if w != "" && !d.g.w.lowerMostly[w] && !d.g.is("COMMON", w) && !d.g.w.functionWord[w] {
				return false
			}
		}
	}
	return true
}

// recognisedOver reports whether the recogniser found a name it is sure of (typeSure) that
// overlaps the mention c.
func (d *doc) recognisedOver(c *cand) bool {
	for _, r := range d.recog {
		if r.conf >= typeSure && r.start < c.end && c.start < r.end {
			return true
		}
	}
	return false
}
