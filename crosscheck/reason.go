package crosscheck

import (
	"math"
	"strconv"
	"strings"
)

// stopWords carry no content when two reasons are compared.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"and": true, "or": true, "his": true, "her": true, "its": true, "their": true, "he": true,
	"she": true, "they": true, "it": true, "was": true, "were": true, "is": true, "are": true,
	"be": true, "been": true, "by": true, "with": true, "that": true, "this": true, "which": true,
	"who": true, "had": true, "has": true, "have": true, "made": true, "many": true, "some": true,
	"recent": true, "alleged": true, "allegedly": true, "reported": true, "reportedly": true,
	"from": true, "at": true, "as": true, "him": true, "them": true, "like": true, "such": true,
	"very": true, "also": true, "other": true, "during": true, "after": true, "before": true,
}

// contentWords returns the stems of the words of s that carry content.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	}) {
		if len(w) < 3 || stopWords[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem cuts a word to a crude stem so "trips" meets "trip" and "crimes" meets "crime".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}

func overlaps(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// reasonOf is the reason a report gives: the event's own Cause, else the words after a cause cue
// in the event's clause.
func (k *Checker) reasonOf(c *corpus, r report) string {
	if r.e.Cause != "" {
		return r.e.Cause
	}
	d := c.docs[r.doc]
	span := r.e.Span
	if span.End <= span.Start || span.End > len(d.a.Doc.Text) {
		span = reportSide(c, r).span
	}
	clause := d.a.Doc.Text[span.Start:span.End]
	return k.reasonIn(clause)
}

// reasonIn finds the reason stated in a clause.
func (k *Checker) reasonIn(clause string) string {
	low := strings.ToLower(clause)
	best, end := -1, 0
	for _, cue := range k.cues.Cause {
		if i := indexWord(low, cue.Phrase); i >= 0 && (best < 0 || i < best) {
			best, end = i, i+len(cue.Phrase)
		}
	}
	if best < 0 {
		return ""
	}
	rest := clause[end:]
	cut := len(rest)
	for _, stop := range []string{",", ";", ". ", " - ", " – ", " — ", " while ", " but ", " whereas "} {
		if i := strings.Index(rest, stop); i >= 0 && i < cut {
			cut = i
		}
	}
	rest = strings.TrimSpace(strings.TrimRight(rest[:cut], ".!?\"”"))
	if w := strings.Fields(rest); len(w) > 14 {
		rest = strings.Join(w[:14], " ")
	}
	return rest
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "million": 1e6, "dozen": 12,
}

// vague counts given as words, as ranges.
var vagueCounts = []struct {
	phrase string
	lo, hi float64
}{
	{"a few hundred", 200, 900}, {"several hundred", 200, 900}, {"hundreds", 200, 999},
	{"a few thousand", 2000, 9000}, {"several thousand", 2000, 9000}, {"thousands", 2000, 9999},
	{"a few dozen", 24, 99}, {"several dozen", 24, 99}, {"dozens", 24, 99}, {"scores", 40, 99},
	{"a handful", 2, 9}, {"a few", 2, 9}, {"several", 3, 9},
}

// parseCount reads a stated count ("58", "at least 300", "a few hundred", "some 200") as the
// range of values it allows.
func (k *Checker) parseCount(s string) (lo, hi float64, ok bool) {
	// "twenty-seven" reads as "twenty seven"; no count is negative.
	low := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "-", " ")))
	for _, v := range vagueCounts {
		if indexWord(low, v.phrase) >= 0 {
			return v.lo, v.hi, true
		}
	}
	words := strings.Fields(low)
	at := -1
	var x float64
	for i, w := range words {
		w = strings.Trim(w, ".,;:()\"")
		if n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil && w != "" && w[0] >= '0' && w[0] <= '9' && !math.IsInf(n, 0) {
			x, at = n, i
			if i+1 < len(words) {
				if m, ok := numberWords[strings.Trim(words[i+1], ".,;:")]; ok && m >= 100 {
					x *= m
				}
			}
			break
		}
		if n, ok := numberWords[w]; ok {
			x, at = n, i
			if i+1 < len(words) {
				next := strings.Trim(words[i+1], ".,;:")
				if m, ok := numberWords[next]; ok && m >= 100 {
					x *= m
				} else if ok && m < 10 && n >= 20 {
					x += m
				}
			}
			break
		}
	}
	if at < 0 {
		return 0, 0, false
	}
	before := " " + strings.Join(words[:at], " ")
	has := func(group string) bool {
		for _, cue := range k.cues.group(k.cues.Slots, group) {
			if strings.HasSuffix(before, " "+cue) {
				return true
			}
		}
		return false
	}
	switch {
	case has("atleast"):
		return x, x * 1e6, true
	case has("atmost"):
		return 0, x, true
	case has("approx"):
		return x * 0.85, x * 1.15, true
	}
	return x, x, true
}
