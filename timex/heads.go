package timex

import "strings"

// Head classes: a rule is only tried in windows around words of its classes, which keeps the
// patterns off most of the text.
const (
	hMonth uint32 = 1 << iota
	hWeekday
	hDigit
	hNumber
	hUnit
	hSeason
	hPart
	hRelDay
	hRef
	hHoliday
	hQuarter
	hHalf
	hCentury
	hClock
	hSet
	hYearWord // nineteen, twenty, thousand
	hAgo      // ago, earlier, later …: the direction word of "five days ago"
	hDur      // a unit word right after a number: "three years"
	hDecade   // twenties … nineties
)

// headClasses names the classes a word of lang/en/data/time-heads.txt may be given.
var headClasses = map[string]uint32{"relday": hRelDay, "quarter": hQuarter, "yearword": hYearWord,
	"ago": hAgo, "decade": hDecade, "unit": hUnit, "half": hHalf, "century": hCentury,
	"clock": hClock, "set": hSet, "ref": hRef}

// headsOf gives the head classes each kind of rule needs.
func headsOf(k kind) uint32 {
	switch k {
	case kDateMDY, kDateDMY, kMonth:
		return hMonth
	case kISO, kSlash, kYear, kDecade:
		return hDigit
	case kYearWords:
		return hYearWord
	case kCentury:
		return hCentury
	case kSeason:
		return hSeason
	case kWeekday:
		return hWeekday
	case kRelDay:
		return hRelDay | hPart
	case kPart, kNight:
		return hPart
	case kAgo, kVagueAgo:
		return hAgo
	case kDuration:
		return hDur | hHalf // "24 hours", and "the next year and a half"
	case kRelUnit, kYearAgo, kVague, kAnaphDay, kYearEnd, kWeekOf, kAppos:
		return hUnit
	case kAnaph:
		return hUnit | hPart
	case kQuarter:
		return hQuarter
	case kHalf:
		return hHalf | hQuarter
	case kQuarterRef:
		return hQuarter
	case kTime:
		return hDigit | hClock
	case kRef, kThen:
		return hRef
	case kHoliday:
		return hHoliday
	case kSet:
		return hSet | hUnit // "every day", and a rate "300 a month"
	case kDecadeWord:
		return hDecade
	}
	return 0
}

// buildHeads maps lower-cased words to their head classes.
func buildHeads(lx *lexicon) map[string]uint32 {
	h := map[string]uint32{}
	add := func(w string, c uint32) {
		for _, part := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return !isWordByte(byte(r)) || r == '\'' }) {
			h[part] |= c
		}
	}
	last := func(w string, c uint32) {
		f := strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == ' ' || r == '-' || r == '.' || r == '\'' })
		if len(f) > 0 {
			h[f[len(f)-1]] |= c
		}
	}
	whole := func(w string, c uint32) { h[w] |= c }
	// Every word of a month, weekday, number, unit, season or part of the day is its head; a
	// phrase standing for a time or a holiday is found by its last word; decades and frequency
	// words are matched whole.
	lists := []struct {
		words []string
		class uint32
		mark  func(string, uint32)
	}{
		{keys(lx.months), hMonth, add}, {keys(lx.weekdays), hWeekday, add}, {keys(lx.numbers), hNumber, add},
		{keys(lx.units), hUnit, add}, {keys(lx.seasons), hSeason, add}, {keys(lx.dayparts), hPart, add},
		{keys(lx.refs), hRef, last}, {keys(lx.holidays), hHoliday, last},
		{keys(lx.decades), hDecade, whole}, {keys(lx.freq), hSet, whole},
	}
	for _, l := range lists {
		for _, w := range l.words {
			l.mark(w, l.class)
		}
	}
	for _, e := range lx.heads {
		h[strings.ToLower(e.form)] |= headClasses[e.value]
	}
	return h
}

// window is a stretch of text around head words where some rules are tried.
type window struct{ start, end int }

// headWindows returns, for each head class bit, the merged windows around words of that class.
func (t *Tagger) headWindows(text string) map[uint32][]window {
	const before, after = 64, 96
	out := map[uint32][]window{}
	var buf [32]byte
	var prev uint32
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		var c uint32
		if text[i] >= '0' && text[i] <= '9' || text[j-1] >= '0' && text[j-1] <= '9' {
			c = hDigit // "2019", and "FY2019"
		}
		if j-i <= len(buf) {
			w := buf[:0]
			for k := i; k < j; k++ {
				b := text[k]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				w = append(w, b)
			}
			c |= t.heads[string(w)]
			if c == 0 && len(w) > len("’s") && strings.HasSuffix(string(w), "’s") {
				// "Today’s": the curly apostrophe is part of the word's bytes.
				c = t.heads[string(w[:len(w)-len("’s")])]
			}
		}
		if c&hUnit != 0 && prev&(hDigit|hNumber|hHalf) != 0 {
			c |= hDur
		}
		prev = c
		for c != 0 {
			bit := c & -c
			c &^= bit
			s, e := i-before, j+after
			if s < 0 {
				s = 0
			}
			for s > 0 && isWordByte(text[s-1]) {
				s--
			}
			if e > len(text) {
				e = len(text)
			}
			for e < len(text) && isWordByte(text[e]) {
				e++
			}
			ws := out[bit]
			if n := len(ws); n > 0 && ws[n-1].end >= s {
				if e > ws[n-1].end {
					ws[n-1].end = e
				}
			} else {
				ws = append(ws, window{s, e})
			}
			out[bit] = ws
		}
		i = j
	}
	return out
}

// windowsFor merges the windows of every class in mask.
func windowsFor(all map[uint32][]window, mask uint32) []window {
	var ws []window
	for bit := uint32(1); bit != 0 && bit <= mask; bit <<= 1 {
		if mask&bit != 0 {
			ws = append(ws, all[bit]...)
		}
	}
	if len(ws) < 2 {
		return ws
	}
	// Sort and merge.
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && ws[j].start < ws[j-1].start; j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	out := ws[:1]
	for _, w := range ws[1:] {
		if last := &out[len(out)-1]; w.start <= last.end {
			if w.end > last.end {
				last.end = w.end
			}
		} else {
			out = append(out, w)
		}
	}
	return out
}
