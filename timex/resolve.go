package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-project/dossier/lang/tree"
)

// plausible rejects candidates that look like dates only out of context: bare abbreviations,
// "May" the verb, numbers that are amounts rather than years.
func (t *Tagger) plausible(text string, f *found) bool {
	g := f.g
	t.trimStart(text, f)
	prev := prevWord(text, f.start)
	if t.lastVerb(f, prev) || t.beginsName(text, f, prev) {
		return false
	}
	switch f.kind {
	case kMonth:
		return t.plausibleMonth(f, prev) || t.monthInRange(text, f)
	case kYear, kYearWords:
		return t.plausibleYear(text, f, prev)
	case kSeason:
		return t.plausibleSeason(text, f, prev) && !t.recurringSeason(text, f)
	case kPart:
		return g["mod"] != ""
	case kSet:
		if strings.EqualFold(g["set"], "a") {
			// "a month" is a rate only after an amount ("200 to 300 a month").
			if _, ok := (&state{t: t}).number(prev); !ok {
				return false
			}
		}
		return !inTitle(text, f)
	case kRelDay:
		return !inTitle(text, f)
	case kQuarterRef:
		if hyphenated(text, f.end) {
			return false // "its quarter-century low"
		}
	case kHalf:
		// "H1" alone is a half only after a word that puts a period there ("in H1").
		return g["hd"] == "" || g["year"] != "" || prev == "in" || prev == "during" || prev == "for"
	case kNight:
		return t.plausibleNight(f, prev)
	case kRelUnit:
		if g["rel"] == "The" && !sentenceStart(text, f.start) {
			// "Subscribe to The Week": a title.
			return false
		}
		if strings.EqualFold(g["rel"], "the") {
			u := strings.ToLower(g["unit"])
			return u == "year" || u == "weekend" || u == "week" || u == "month" || strings.HasSuffix(u, "year")
		}
	case kDuration:
		return t.plausibleDuration(text, f)
	case kTime:
		if g["ampm"] == "" && g["nm"] == "" && g["part"] == "" && g["tz"] == "" && g["oc"] == "" && prev != "at" {
			return false
		}
	case kDateMDY, kDateDMY:
		return t.plausibleDayOfMonth(f)
	case kWeekday:
		return t.plausibleWeekday(text, f, prev)
	case kAppos:
		// "Oct. 12, the day before the plunge": only after a comma can it restate a date.
		return lastChar(text, f.start) == ","
	case kAnaph:
		return t.plausibleAnaphor(text, f)
	case kThen:
		// "until then", "by then": a point in time; "and then", "then-president" are no time.
		return t.lx.thenPreps[prev] && !strings.HasPrefix(text[f.end:], "-")
	case kRef:
		if t.lx.soonWords[norm(g["ref"])] && hyphenated(text, f.end) {
			return false // "Patrick Soon-Shiong", "the soon-to-be-released"
		}
		// "soon after", "shortly before" tell of a time near another, not of one of their own.
		return t.lx.refs[norm(g["ref"])] != "FUTURE_REF" || !t.lx.relPreps[nextWord(text, f.end)]
	case kVagueAgo:
		// "five days ago" is the number's; "days later" stands alone.
		if _, ok := (&state{t: t}).number(prev); ok || prev == "few" || prev == "several" || prev == "many" {
			return false
		}
	}
	return true
}

// lastVerb reports whether the "last" that opens a vague span of f is the verb after "to",
// "not" or a word of the future or of what may be ("expected to last two weeks", "could last
// days"), not the word that counts back ("the last few days"). Before a unit of the calendar
// it stays the word that counts back ("compared to last year").
func (t *Tagger) lastVerb(f *found, prev string) bool {
	w := f.g["dir"]
	if f.kind != kVague || len(w) < 4 || !strings.EqualFold(w[:4], "last") {
		return false
	}
	switch t.lx.tense[prev] {
	case vFuture, vWould, vModal:
		return true
	}
	return prev == "to" || prev == "not"
}

// trimStart moves the start of f past the words before the time that belong to the sentence:
// "about" before a named day or month ("asked about Thursday's fight"), the preposition, and a
// possessive that opens it ("its third quarter"), the noun phrase's.
func (t *Tagger) trimStart(text string, f *found) {
	if strings.EqualFold(f.g["mod"], "about") && calendarName(f.kind) {
		f.start = f.core
		delete(f.g, "mod")
	}
	if w := nextWord(text, f.start); t.lx.possessives[w] && f.start+len(w) < f.end {
		f.start = skipBlanks(text, f.start+len(w)) // "its\nthird quarter" starts at "third"
		f.core = max(f.core, f.start)
	}
}

// plausibleNight keeps a part of the day where a word before puts a time there ("in the
// morning", "during the night"); "the evening news" or "spent the night" tell of no time of
// their own, nor does "overnight" as a kind of thing ("three overnight factory jobs", "an
// overnight train").
func (t *Tagger) plausibleNight(f *found, prev string) bool {
	g := f.g
	if g["night"] != "" && g["wd"] == "" {
		if _, ok := (&state{t: t}).number(prev); ok || prev == "the" || prev == "an" {
			return false
		}
	}
	return g["part"] == "" || t.lx.partPreps[prev]
}

// inTitle reports whether a capitalised "Daily", "Weekly" or "Today" is a word of a title or a
// name ("the Daily Record", "the BBC Radio 4 Today programme") rather than a time: written with a
// capital inside a sentence, with a capitalised word after it and none before ("the Daily
// Record"), or the other way round ("Radio 4 Today programme"), or on both sides inside a
// running sentence ("New York Daily News"). A headline written in capitals throughout ("Prices
// Rise Daily In Europe") has them on both sides and keeps its time.
func inTitle(text string, f *found) bool {
	w := text[f.start:f.end]
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, " ’'") {
		return false
	}
	pw, at := prevWordAt(text, f.start)
	if pw == "" || sentenceStart(text, f.start) {
		return false
	}
	before := text[at] >= 'A' && text[at] <= 'Z' || text[at] >= '0' && text[at] <= '9'
	nw := nextWordStart(text, f.end)
	after := nw < len(text) && text[nw] >= 'A' && text[nw] <= 'Z'
	return before != after || before && after && runningSentence(text, f.start, f.end)
}

// runningSentence reports whether the sentence around [start, end) is written in lower case,
// not capitalised throughout as a headline is: two or more of its words of over three letters
// begin in lower case ("the owner of the Chicago Tribune, New York Daily News").
func runningSentence(text string, start, end int) bool {
	lo, hi := max(0, start-200), min(len(text), end+200)
	if i := strings.LastIndexAny(text[lo:start], ".!?\n"); i >= 0 {
		lo += i + 1
	}
	if i := strings.IndexAny(text[end:hi], ".!?\n"); i >= 0 {
		hi = end + i
	}
	n := 0
	for _, w := range strings.Fields(text[lo:start] + " " + text[end:hi]) {
		if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' {
			n++
		}
	}
	return n >= 2
}

// lastChar is the last byte before offset i that is not a space or a tab, as a string; "\n" at
// the start of the text.
func lastChar(text string, i int) string {
	b := strings.TrimRight(text[:i], " \t")
	if b == "" {
		return "\n"
	}
	return b[len(b)-1:]
}

// sentenceStart reports whether offset i begins a sentence, a line or a quotation.
func sentenceStart(text string, i int) bool {
	b := strings.TrimRight(text[:i], " \t")
	if b == "" {
		return true
	}
	return strings.ContainsRune(".!?\"':;(\n", rune(b[len(b)-1])) || strings.HasSuffix(b, "“") ||
		strings.HasSuffix(b, "”") || strings.HasSuffix(b, "‘")
}

// nextWordStart is the offset of the first byte after i that is not a space.
func nextWordStart(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// plausibleAnaphor rejects a day named only by what it is to another that is no time of its own.
func (t *Tagger) plausibleAnaphor(text string, f *found) bool {
	g := f.g
	if g["side"] != "" {
		// "The day before, rebels shelled the city": the day before the one told; "the day
		// before the vote" is one an event fixes, which the text may not date.
		return clauseEnds(text, f.end)
	}
	// "earlier in the day" is the day in focus; "the day" alone is no time of its own, nor
	// is it in "at the end of the day", which says "in the end".
	return !strings.EqualFold(g["an"], "the") || t.lx.dayMods[strings.ToLower(g["mod"])]
}

// beginsName reports whether a month, weekday or season named alone after "the" begins a
// proper name, a capitalised word that is no time word following it ("the Sunday Times", "the
// October War", "the Summer Olympics"): it names no time.
func (t *Tagger) beginsName(text string, f *found, prev string) bool {
	g := f.g
	if f.kind != kMonth && f.kind != kWeekday && f.kind != kSeason {
		return false
	}
	word := g["mon"] + g["wd"] + g["season"]
	if word == "" || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	for _, k := range []string{"day", "year", "yw", "ry", "sy", "mo", "mod", "part"} {
		if g[k] != "" {
			return false
		}
	}
	if !strings.EqualFold(g["rel"], "the") && (g["rel"] != "" || prev != "the") {
		return false
	}
	nw := nextWordStart(text, f.end)
	if nw >= len(text) || text[nw] < 'A' || text[nw] > 'Z' {
		return false
	}
	next := nextWord(text, f.end)
	_, month := t.lx.months[next]
	_, day := t.lx.weekdays[next]
	return !month && !day
}

// plausibleMonth rejects a bare month written short ("Mar", "Jan.", "Sept"), which is as often
// another word, and "May" unless the word before makes it the month ("in May"), not the verb.
func (t *Tagger) plausibleMonth(f *found, prev string) bool {
	g := f.g
	name := strings.ToLower(g["mon"])
	if g["year"] != "" || g["yw"] != "" || g["ry"] != "" || g["sy"] != "" || g["mo"] != "" {
		return true
	}
	if strings.HasSuffix(name, ".") || len(name) <= 3 && name != "may" || name == "sept" {
		return false
	}
	if name == "may" && g["rel"] == "" && g["mod"] == "" {
		return t.lx.mayCues[prev]
	}
	return true
}

// calendarName reports whether a kind names a day, month, season or year of the calendar.
func calendarName(k kind) bool {
	switch k {
	case kDateMDY, kDateDMY, kMonth, kWeekday, kSeason, kHoliday, kRelDay, kYear:
		return true
	}
	return false
}

// plausibleWeekday keeps a weekday written short ("Wed.", "Sun.") only where it is no other
// word: never after an article ("the Sun."), and a short form whose stopless spelling is not a
// listed weekday ("Sun." for "sun") only after "on", "last", "next" and the like.
func (t *Tagger) plausibleWeekday(text string, f *found, prev string) bool {
	if p := f.g["part"]; p != "" && p[0] >= 'A' && p[0] <= 'Z' && !strings.ContainsAny(lastChar(text, f.start), ".!?\n") {
		// "Saturday Night Live", "Thursday Night Football": a title, not a night.
		if nw := nextWordStart(text, f.end); nw < len(text) && text[nw] >= 'A' && text[nw] <= 'Z' {
			return false
		}
	}
	form := strings.ToLower(f.g["wd"])
	if t.lx.longDays[form] {
		return true
	}
	if prev == "the" || prev == "a" || prev == "an" {
		return false
	}
	if _, ok := t.lx.weekdays[strings.TrimSuffix(form, ".")]; ok {
		return true
	}
	return f.g["rel"] != "" || f.g["mod"] != "" || prev == "on"
}

// monthInRange reports whether a bare month is joined to another month by a word or dash of a
// range ("March to May", "between May and July", "March-May"), which makes "May" the month.
func (t *Tagger) monthInRange(text string, f *found) bool {
	if f.g["mon"] == "" || f.g["day"] != "" || f.g["year"] != "" {
		return false
	}
	joins := func(w string) bool {
		return w == "to" || w == "through" || w == "until" || w == "till" || w == "and" || w == "or"
	}
	isMonth := func(w string) bool { _, ok := t.lx.months[w]; return ok && len(w) > 3 }
	// Before: "March to May", "March-May".
	if f.start > 0 && (text[f.start-1] == '-' || strings.HasSuffix(text[:f.start], "–")) {
		if isMonth(prevWord(text, strings.LastIndexAny(text[:f.start], "-–"))) {
			return true
		}
	} else if w := prevWord(text, f.start); joins(w) {
		if isMonth(prevWord(text, f.start-len(w)-1)) {
			return true
		}
	}
	// After: "May to July", "May-July".
	rest := text[f.end:]
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") {
		_, size := utf8.DecodeRuneInString(rest)
		return isMonth(nextWord(rest, size))
	}
	if w := nextWord(text, f.end); joins(w) {
		i := f.end + strings.Index(strings.ToLower(rest), w) + len(w)
		return isMonth(nextWord(text, i))
	}
	return false
}

// plausibleYear rejects numbers that are amounts rather than years: money, percentages, the head
// of a larger number, and numbers outside 1900–2099 unless a word before introduces a year.
func (t *Tagger) plausibleYear(text string, f *found, prev string) bool {
	g := f.g
	if f.kind == kYear && g["fy"] == "" && (t.countsNoun(text, f.end, prev) || t.rangeOfAmounts(text, f, prev)) {
		return false
	}
	if f.kind == kYear && clockBeforeDateRe.MatchString(text[f.start:min(len(text), f.end+12)]) {
		return false // "(updated 1935 05.10.2017)": the time of day before a date in figures
	}
	if f.kind == kYear && t.lx.amountOnly[strings.ToLower(strings.TrimSpace(text[f.start:f.core]))] {
		return false // "some 2000 killed", "nearly 1500 were wounded": a hedged count ("Some of 2019's" stays)
	}
	if g["mod"] != "" || g["fy"] != "" || g["tail"] != "" {
		return true
	}
	if f.start > 0 && strings.ContainsAny(text[f.start-1:f.start], "$£€#") || f.kind == kYear && t.lx.numberNouns[prev] {
		return false // "$2000", "#1990", "Resolution 2042", "Flight 2019"
	}
	if rest := text[f.end:]; strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, " percent") || strings.HasPrefix(rest, ",") && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
		return false
	}
	if f.kind == kYear && decimalRe.MatchString(text[f.end:min(len(text), f.end+4)]) {
		return false // "closed at 2082.1": a figure with decimals (a date "2018.04.05" stays)
	}
	if u := nextWord(text, f.end); strings.HasSuffix(u, "s") && t.lx.units[u] != "" {
		return false // "2000 hours", "two thousand years": a count of units
	}
	if f.kind == kYearWords && t.amountInWords(f, prev) {
		return false
	}
	if f.kind == kYear {
		y, _ := strconv.Atoi(g["year"])
		if y < 1900 || y > 2099 {
			if !t.lx.yearCues[prev] || t.changeRange(text, f, prev) {
				return false
			}
		}
		if t.changedTo(text, f, prev) {
			return false
		}
		if t.lx.eraMarks[stoplessWord(text, f.end)] || t.houseNumber(text, f.end, prev) {
			return false
		}
	}
	return true
}

// amountInWords reports whether the year in words of f reads as well as an amount ("more than
// two thousand", "nineteen hundred people") and nothing puts a year there: neither "the year"
// nor a word that comes before years more than before amounts ("in two thousand and one").
func (t *Tagger) amountInWords(f *found, prev string) bool {
	w := strings.ToLower(f.g["yw"])
	if !strings.HasPrefix(w, "two thousand") && !strings.HasSuffix(w, "hundred") {
		return false
	}
	return f.g["ty"] == "" && (!t.lx.yearCues[prev] || t.lx.amountCues[prev])
}

// decimalRe matches the decimals after a number ("2082.1", "2082.15"), but not the month of a
// date written with stops ("2018.04.05").
var decimalRe = regexp.MustCompile(`^\.[0-9](?:[0-9]?$|[0-9]?[^0-9.]|[0-9]{2})`)

// stoplessWord is the word at or after offset i, lower-cased, with the stops inside or after
// it taken out ("B.C." gives "bc", "St." gives "st").
func stoplessWord(text string, i int) string {
	i = skipBlanks(text, i)
	j := i
	for j < len(text) && (isWordByte(text[j]) || text[j] == '.') {
		j++
	}
	return strings.ToLower(strings.ReplaceAll(text[i:j], ".", ""))
}

// houseNumber reports whether the number ending at end opens a street address: one to three
// capitalised words and a word that closes a street's name follow it ("of 1119 Eighth St.",
// "at 2010 Main Street"). After a determiner or a word that puts a year there ("the 2011 Wall
// Street crash", "in 2008 Wall Street") the number stays a year.
func (t *Tagger) houseNumber(text string, end int, prev string) bool {
	if t.lx.determiners[prev] || t.lx.yearCues[prev] && !t.lx.amountCues[prev] {
		return false
	}
	i := end
	for n := 0; n < 4; n++ {
		i = skipBlanks(text, i)
		if i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
			return false
		}
		if n > 0 && t.lx.streetNouns[stoplessWord(text, i)] {
			return true
		}
		i = nextWordEnd(text, i)
	}
	return false
}

// changeRange reports whether the number of f, after "from", opens the range of a figure
// that changes ("scores increased from 1061 to 1128", "rose sharply from 1500"): an amount.
func (t *Tagger) changeRange(text string, f *found, prev string) bool {
	return prev == "from" && t.changeBefore(text, f.start)
}

// changedTo reports whether the number of f is what a changing figure came to, closing its
// phrase ("the toll rose to 1950 by the end of October", "fell to 2010."): an amount, where a
// year would name what follows ("rose to 1950 levels").
func (t *Tagger) changedTo(text string, f *found, prev string) bool {
	if prev != "to" || !t.changeBefore(text, f.start) {
		return false
	}
	i := skipBlanks(text, f.end)
	return i >= len(text) || !isWordByte(text[i]) || t.lx.datePreps[nextWord(text, i)]
}

// changeBefore reports whether the word before the one ending just before start is a verb of a
// figure changing, an adverb or "up" or "down" between them ("went up from", "rose sharply
// to").
func (t *Tagger) changeBefore(text string, start int) bool {
	_, k := prevWordAt(text, start)
	w, k := prevWordAt(text, k)
	if w == "up" || w == "down" || strings.HasSuffix(w, "ly") {
		w, _ = prevWordAt(text, k)
	}
	return t.lx.changeVerbs[w]
}

// countsNoun reports whether the number ending at end counts the plural noun after it, or
// after one capitalised word when no determiner comes before the number ("some 2000 people",
// "In exchange 2000 Sunni residents"): an amount, not a year ("the 2011 Syrian uprising").
// After a word that puts a year there and seldom an amount ("since 2011 civilians have
// fled") it stays a year; after a word that hedges a count ("some", "nearly") it is an amount
// even before a verb.
func (t *Tagger) countsNoun(text string, end int, prev string) bool {
	if t.lx.amountOnly[prev] {
		return true // "some 2000 killed": a hedged count, whatever follows
	}
	if t.lx.yearCues[prev] && !t.lx.amountCues[prev] {
		return false // "since 2011 civilians have fled"
	}
	w := nextWord(text, end)
	if strings.HasSuffix(w, "ed") {
		return false // "the war in 2011 killed a nurse": the verb after a year
	}
	if t.lx.counts[w] {
		return true
	}
	i := nextWordStart(text, end)
	if w == "" || t.lx.determiners[prev] || i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	return t.lx.counts[nextWord(text, i+len(w))]
}

// rangeOfAmounts reports whether the number of f is one end of a range whose other end is an
// amount and no year ("fell from 2000 to a few hundred", "from 300 to 2000"): both ends count
// the same things.
func (t *Tagger) rangeOfAmounts(text string, f *found, prev string) bool {
	if prev == "from" || prev == "between" {
		j := nextWord(text, f.end)
		if !t.lx.rangeJoins[j] && j != "and" {
			return false
		}
		return t.amountNoYear(text, nextWordEnd(text, f.end))
	}
	if !t.lx.rangeJoins[prev] && prev != "and" {
		return false
	}
	_, k := prevWordAt(text, f.start)
	_, k2 := prevWordAt(text, k)
	if open := prevWord(text, k2); open != "from" && open != "between" {
		return false
	}
	return t.amountNoYear(text, k2)
}

// amountNoYear reports whether the text at offset i goes on with an amount that cannot be a
// year: a number in figures outside the years ("500", "2,500"), a number word ("three
// hundred"), or "a" before one ("a few hundred", "a dozen").
func (t *Tagger) amountNoYear(text string, i int) bool {
	w := nextWord(text, i)
	s := &state{t: t}
	if w == "a" || w == "an" {
		w2 := nextWord(text, nextWordEnd(text, i))
		_, ok := s.number(w2)
		return ok || w2 == "few" || w2 == "couple"
	}
	n, ok := s.number(w)
	if !ok {
		return false
	}
	if k := nextWordEnd(text, i); k < len(text) && text[k] == ',' && k+1 < len(text) && isDigit(text[k+1]) {
		return true // "2,500"
	}
	return n < 1000 || n > 2099 || n != float64(int(n))
}

// plausibleSeason keeps a season only with a year or a word placing it ("last summer"); "the
// fall" is too often the noun to be a season anywhere but closing its clause after a word of
// time ("in the fall.").
func (t *Tagger) plausibleSeason(text string, f *found, prev string) bool {
	g := f.g
	if g["year"] != "" || g["yw"] != "" || g["ry"] != "" || g["mod"] != "" {
		return true
	}
	rel := strings.ToLower(g["rel"])
	if rel == "" {
		return false
	}
	if (rel == "the" || rel == "that") && strings.EqualFold(g["season"], "fall") {
		// "the fall in prices", "the fall of the city" are no season; "in the fall." with
		// nothing after it in its clause is.
		return rel == "the" && t.lx.partPreps[prev] && clauseEnds(text, f.end)
	}
	return true
}

// clauseEnds reports whether the clause ends at offset i: the text ends there or goes on with
// a stop or a comma.
func clauseEnds(text string, i int) bool {
	return i >= len(text) || strings.IndexByte(".,;:!?", text[i]) >= 0
}

// recurringSeason reports whether a season word with no year or word placing it modifies a noun
// of a period that comes back each year ("the winter storm season", "the summer season"): it
// names that recurring period, not a dated season.
func (t *Tagger) recurringSeason(text string, f *found) bool {
	g := f.g
	if g["year"] != "" || g["yw"] != "" || g["ry"] != "" || g["mod"] != "" || !strings.EqualFold(g["rel"], "the") {
		return false
	}
	w1 := nextWord(text, f.end)
	if t.lx.periodNouns[w1] {
		return true
	}
	if w1 == "" || !isWordStart(text, f.end) {
		return false
	}
	return t.lx.periodNouns[nextWord(text, f.end+1+len(w1))]
}

// isWordStart reports whether text goes on with a space after offset i, then a word.
func isWordStart(text string, i int) bool { return i < len(text) && text[i] == ' ' }

// plausibleDuration rejects ages ("five years old", "a 5-year-old") and counts of four digits
// or more, which are amounts rather than spans of time.
func (t *Tagger) plausibleDuration(text string, f *found) bool {
	g := f.g
	if n := g["num"]; len(n) >= 4 && n[0] >= '0' && n[0] <= '9' {
		return false
	}
	// Only the next few bytes are looked at: lowering the rest of the text would cost the
	// text's length for every duration found.
	rest := strings.ToLower(text[f.end:min(len(text), f.end+len("s old"))])
	if strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old") || strings.HasPrefix(rest, "s old") {
		return false
	}
	if n := strings.ToLower(g["num"]); (n == "a" || n == "an") && g["dl"] == "" {
		// "200 to 300 a month", "$5 a day": a rate, which the frequency rule reads.
		if _, ok := (&state{t: t}).number(prevWord(text, f.start)); ok {
			return false
		}
	}
	if n := strings.ToLower(g["num"]); (n == "a" || n == "an") && g["dl"] == "" {
		return t.oneUnit(text, f)
	}
	return true
}

// oneUnit reports whether "a" and a unit are one unit of time. A plural after "a" ("a
// months-long siege") counts nothing. A unit that is also an ordinal or a fraction is that
// word before a compound or a noun ("a second-term president", "a second motor", "a quarter
// cup", "for a second day") or before "of" and a determiner ("a quarter of a million"); "for a
// second", "a second.", "for a second longer" are the span.
func (t *Tagger) oneUnit(text string, f *found) bool {
	unit := strings.ToLower(f.g["unit"])
	if stem, ok := strings.CutSuffix(unit, "s"); ok && t.lx.units[stem] != "" {
		return false
	}
	if !t.lx.ordinalUnits[unit] {
		return true
	}
	if hyphenated(text, f.end) {
		return false
	}
	next, prev := nextWord(text, f.end), prevWord(text, f.start)
	if next == "" && strings.HasPrefix(text[f.end:], ",") {
		// "for a second, he", but "working on a second, longer film".
		return t.lx.durPreps[prev]
	}
	if next == "" || next[0] >= '0' && next[0] <= '9' {
		return true
	}
	if next == "of" && t.lx.determiners[nextWord(text, nextWordEnd(text, f.end))] {
		return false
	}
	return t.lx.durPreps[prev] && t.lx.spanFollows[next]
}

// plausibleDayOfMonth keeps a day of a month only when that month has such a day.
func (t *Tagger) plausibleDayOfMonth(f *found) bool {
	g := f.g
	d := 0
	if x := g["day"]; x != "" {
		d, _ = strconv.Atoi(strings.TrimRight(x, "stndrdh"))
	} else {
		d = t.lx.ordinals[strings.ToLower(strings.Join(strings.Fields(g["dayw"]), "-"))]
	}
	m := t.lx.months[strings.ToLower(g["mon"])]
	if d < 1 || m < 1 || d > daysIn(0, m) {
		return false
	}
	return true
}

// nextWord returns the lower-cased word after offset i.
func nextWord(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return strings.ToLower(text[i:j])
}

// nextWordEnd is the offset just past the word nextWord reads at offset i.
func nextWordEnd(text string, i int) int {
	i = skipBlanks(text, i)
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return i
}

// skipBlanks is the offset of the first byte at or after i that is no space, tab or line break.
func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	return i
}

// hyphenated reports whether a hyphen and a word follow offset end ("quarter-century",
// "Soon-Shiong"): the word before it is half of a compound, not a word of its own.
func hyphenated(text string, end int) bool {
	rest := text[end:]
	return len(rest) > 1 && rest[0] == '-' && isWordByte(rest[1])
}

// prevWord returns the lower-cased word before offset i.
func prevWord(text string, i int) string {
	w, _ := prevWordAt(text, i)
	return w
}

// prevWordAt returns the lower-cased word before offset i and where it starts.
func prevWordAt(text string, i int) (string, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n' || text[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && (isWordByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	return strings.ToLower(text[k:j]), k
}

// normalise computes the value of one match, updating the document state.
func (s *state) normalise(f found) (tval, bool) {
	mod := s.modOf(f)
	v, ok := s.value(f)
	if !ok {
		return v, false
	}
	if v.mod == "" {
		v.mod = mod
	}
	if v.typ == "" {
		v.typ = "DATE"
		if strings.Contains(v.value, "T") && !strings.HasPrefix(v.value, "P") && !strings.HasSuffix(v.value, "_REF") {
			v.typ = "TIME"
		}
	}
	if v.typ == "DATE" && v.value != "" && v.value[0] >= '0' && v.value[0] <= '9' {
		s.lastTime, s.lastTimeEnd = v.value, f.end
	}
	return v, true
}

// value reads one match by its kind. Each kind has its own reader, which also notes in the state
// what later expressions resolve against (the date, month, year or quarter last named).
func (s *state) value(f found) (tval, bool) {
	switch f.kind {
	case kDateMDY, kDateDMY:
		return s.monthDay(f)
	case kISO:
		return s.isoDate(f)
	case kSlash:
		return s.slashDate(f)
	case kMonth:
		return s.namedMonth(f)
	case kYear:
		return s.yearNumber(f)
	case kYearWords:
		return s.yearInWords(f)
	case kDecade:
		return s.decade(f)
	case kCentury:
		return s.century(f)
	case kSeason:
		return s.season(f)
	case kWeekday:
		return s.weekday(f)
	case kRelDay:
		return s.relDay(f)
	case kPart:
		return s.partOfDay(f)
	case kRelUnit:
		return s.approxRelUnit(f)
	case kAgo:
		return s.ago(f)
	case kYearAgo:
		return s.yearAgo(f)
	case kVagueAgo:
		return s.vagueAgo(f)
	case kDuration:
		return s.duration(f)
	case kVague:
		return s.vague(f)
	case kQuarter:
		return s.quarter(f)
	case kHalf:
		return s.half(f)
	case kQuarterRef:
		v, ok := s.quarterRef(f)
		if adj := norm(f.g["adj"]); ok && (adj == "latest" || adj == "most recent") {
			s.latest, s.latestEnd = v.value, f.end
		}
		return v, ok
	case kTime:
		return s.timeOfDay(f)
	case kYearEnd:
		return s.yearEnd(f)
	case kWeekOf:
		return s.weekOf(f)
	case kNight:
		return s.night(f)
	case kDecadeWord:
		return s.decadeWord(f)
	case kRef:
		return s.namedRef(f)
	case kHoliday:
		return s.holiday(f)
	case kAnaphDay:
		return s.anaphDay(f)
	case kAnaph:
		return s.anaphor(f)
	case kThen:
		return s.then(f)
	case kAppos:
		return s.appos(f)
	case kSet:
		return s.frequency(f)
	}
	return tval{}, false
}

// monthDay reads a day of a named month ("April 14", "14 April 2020", "Tuesday, April 14"); without
// a year, the year is the one the document implies, moved by a year when the weekday named says so.
func (s *state) monthDay(f found) (tval, bool) {
	g := f.g
	m, d := s.month(g["mon"]), s.atoiDay(f)
	wd := 0
	if g["wd"] != "" {
		wd = s.t.lx.weekday(g["wd"])
	}
	y := 0
	switch {
	case g["year"] != "":
		y, _ = strconv.Atoi(g["year"])
	case s.closeStart == f.start && s.apposYear != 0:
		y = s.apposYear // the close of a year-ago quarter set beside it
	default:
		y = s.yearFor(m, d, f)
		if y > 0 && wd > 0 && isoWeekday(mkdate(y, m, d)) != wd {
			for _, c := range []int{y - 1, y + 1} {
				if isoWeekday(mkdate(c, m, d)) == wd {
					y = c
					break
				}
			}
		}
	}
	if y > 0 {
		s.noteDate(mkdate(y, m, d))
	} else {
		s.lastY, s.lastM, s.monthMentioned, s.monthOnlyEnd = 0, m, true, 0
	}
	return tval{value: fmtDate(y, m, d)}, true
}

// isoDate reads "2020-04-14", with its time of day when one follows; impossible days are no dates.
func (s *state) isoDate(f found) (tval, bool) {
	g := f.g
	y, _ := strconv.Atoi(g["year"])
	m, _ := strconv.Atoi(g["mn"])
	d, _ := strconv.Atoi(g["dn"])
	v, ok := s.numericDate(y, m, d)
	if ok && g["hh"] != "" {
		v = tval{typ: "TIME", value: v.value + "T" + g["hh"] + ":" + g["mm"]}
	}
	return v, ok
}

// slashDate reads "04/14/2020": month first unless the first number cannot be a month; two-digit
// years fall in 1950–2049.
func (s *state) slashDate(f found) (tval, bool) {
	g := f.g
	a, _ := strconv.Atoi(g["a"])
	b, _ := strconv.Atoi(g["b"])
	y, _ := strconv.Atoi(g["year"])
	if len(g["year"]) == 2 {
		if y >= 50 {
			y += 1900
		} else {
			y += 2000
		}
	}
	m, d := a, b
	if g["dmy"] != "" && g["dmy"] != "/" {
		m, d = b, a // 14-04-2020, 14.04.2020: day first
	}
	if m > 12 {
		m, d = d, m
	} else if d <= 12 && m != d && s.nearRef(y, d, m) && !s.nearRef(y, m, d) {
		// Either order makes a date; the one that is the reference's (a dateline) wins.
		m, d = d, m
	}
	return s.numericDate(y, m, d)
}

// nearRef reports whether a date lies within two days of a known reference date.
func (s *state) nearRef(y, m, d int) bool {
	if !s.anchor() {
		return false
	}
	gap := mkdate(y, m, d).Sub(s.ref.time()).Hours() / 24
	return gap >= -2 && gap <= 2
}

// numericDate is the value of a date written in figures, noted as the date last mentioned; a
// month or day out of range (a figure misread as a date) is no date.
func (s *state) numericDate(y, m, d int) (tval, bool) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return tval{}, false
	}
	s.noteDate(mkdate(y, m, d))
	return tval{value: fmtDate(y, m, d)}, true
}

// namedMonth reads a month ("April 2020", "last April", "June last year"), its year given, counted
// from the reference, or the one the document implies.
func (s *state) namedMonth(f found) (tval, bool) {
	g := f.g
	r := s.ref
	m := s.month(g["mon"])
	y := 0
	switch {
	case g["year"] != "":
		y, _ = strconv.Atoi(g["year"])
	case g["yw"] != "":
		if y = s.yearWords(g["yw"]); y < 1000 {
			return tval{}, false
		}
	case g["ry"] != "":
		if s.yearAnchor() {
			y = r.Year + s.yearShift(g["ry"])
		}
	case g["sy"] != "":
		// "September of that year", "… of the same year": the year the text last told of.
		if s.yearMentioned {
			y = s.lastYear
		}
	case g["rel"] != "":
		if s.monthAnchor() {
			y = r.Year
			switch sh := s.yearShift(norm(g["rel"])); {
			case sh < 0 && m >= r.Month:
				y--
			case sh > 0 && m <= r.Month:
				y++
			}
		}
	default:
		y = s.yearFor(m, 0, f)
		if ry, ok := s.rangeEndYear(m, f); ok {
			y = ry
		}
	}
	s.lastY, s.lastM, s.monthMentioned = y, m, true
	s.monthOnlyEnd = f.end
	if y > 0 {
		s.lastYear, s.yearMentioned = y, true
	}
	return tval{value: fmtMonth(y, m)}, true
}

// rangeEndYear is the year of a month that closes a range of months across the turn of a year
// ("moved from September to January"): the year after the opening month's.
func (s *state) rangeEndYear(m int, f found) (int, bool) {
	join, i := prevWordAt(s.text, f.start)
	if !s.t.lx.rangeJoins[join] {
		return 0, false
	}
	from := s.t.lx.months[prevWord(s.text, i)]
	if from == 0 || from != s.lastM || s.lastY == 0 || m >= from {
		return 0, false
	}
	return s.lastY + 1, true
}

// yearNumber reads "2016", "fiscal 1989", "1994 or later", "post-2001": the words around the year
// become its mod.
func (s *state) yearNumber(f found) (tval, bool) {
	if s.countsThings(f) {
		return tval{}, false
	}
	g := f.g
	y, _ := strconv.Atoi(g["year"])
	s.lastYear, s.yearMentioned = y, true
	s.numberYear, s.yearNumberEnd = y, f.end
	v := tval{value: fmtYear(y)}
	switch tail := norm(g["tail"]); {
	case strings.Contains(tail, "later") || strings.Contains(tail, "beyond") || strings.Contains(tail, "onward"):
		v.mod = "ON_OR_AFTER"
	case strings.Contains(tail, "earlier"):
		v.mod = "ON_OR_BEFORE"
	}
	switch strings.ToLower(strings.TrimRight(g["fy"], " -")) {
	case "post":
		v.mod = "AFTER"
	case "pre":
		v.mod = "BEFORE"
	case "mid":
		v.mod = "MID"
	}
	return v, true
}

// countsThings reports whether the parse makes the number of f a count of the plural noun it
// modifies ("nearly 1200 civilians", "some 2000 people", "1500 fighters"): an amount, not a year.
func (s *state) countsThings(f found) bool {
	p, k := s.parsedHead(f.core, f.end)
	if k < 0 {
		return false
	}
	t := p.Tokens[k]
	if t.Rel != "nummod" || t.Head < 0 {
		return false
	}
	h := p.Tokens[t.Head]
	if h.UPOS != "NOUN" || !strings.Contains(h.Feats, "Number=Plur") {
		return false
	}
	// "the 2012 elections" names the year of the elections; a qualified number or one that
	// cannot be a modern year counts them.
	y, _ := strconv.Atoi(f.g["year"])
	return f.g["mod"] != "" || tree.Child(p, k, "advmod") >= 0 || y < 1900 || y > 2099
}

// yearInWords reads a year spelt out ("nineteen ninety-six"); a number below 1000 is no year.
func (s *state) yearInWords(f found) (tval, bool) {
	g := f.g
	y := s.yearWords(g["yw"])
	if y < 1000 {
		return tval{}, false
	}
	s.lastYear, s.yearMentioned = y, true
	return tval{value: fmtYear(y)}, true
}

// decade reads "the 1990s" or "the late '70s"; a two-digit decade is this century's only when it
// has already begun.
func (s *state) decade(f found) (tval, bool) {
	g := f.g
	r := s.ref
	if dec := g["dec"]; strings.HasSuffix(dec, "00") && dec < "2000" {
		// "the 1300s", "the 1800s": the hundred years, a century before the years are written
		// with a 20.
		return tval{value: dec[:2]}, true
	}
	if g["dec"] != "" {
		return tval{value: g["dec"][:3]}, true
	}
	d, _ := strconv.Atoi(g["dec2"])
	c := 19
	if r.Year >= 2000 && d <= r.Year%100 {
		c = r.Year / 100
	}
	return tval{value: fmt.Sprintf("%02d%d", c, d/10)}, true
}

// century reads "the 20th century" or "the twentieth century".
func (s *state) century(f found) (tval, bool) {
	g := f.g
	n, _ := strconv.Atoi(g["cn"])
	if n == 0 {
		n = s.t.lx.ordinals[norm(g["cw"])]
	}
	if n < 1 {
		return tval{}, false
	}
	return tval{value: fmt.Sprintf("%02d", n-1)}, true
}

// season reads "spring of 2019", "last summer", "in the summer": a relative season is counted from
// the reference, and a bare "the" season takes the clause's tense to pick last or next.
func (s *state) season(f found) (tval, bool) {
	g := f.g
	r := s.ref
	code := s.t.lx.seasons[strings.ToLower(g["season"])]
	told := s.toldSeasonYear(norm(g["rel"]))
	y := 0
	switch {
	case g["year"] != "":
		y, _ = strconv.Atoi(g["year"])
	case g["yw"] != "":
		y = s.yearWords(g["yw"])
	case g["ry"] != "" && s.yearAnchor():
		// "the spring of last year"
		y = r.Year + s.yearShift(g["ry"])
	case told != 0:
		y = told
	case s.yearAnchor():
		y = r.Year
		rel := norm(g["rel"])
		sm := seasonMonths[code]
		ended := r.Month > 0 && (code != "WI" && r.Month > sm[1] || code == "WI" && r.Month > 2 && r.Month < 12)
		switch rel {
		case "last", "past", "the previous":
			y--
		case "this past":
			if !ended {
				y--
			}
		case "next", "coming", "this coming", "the following":
			if ended || r.Month >= sm[0] {
				y++
			}
		case "the", "that", "":
			// "in the summer", "late summer": the clause's tense says which one.
			begun := r.Month >= sm[0] || code == "WI" && r.Month <= sm[1]
			switch dir := s.verbTense(f.start, f.end); {
			case (dir == tensePast || dir == tensePerfect) && !begun:
				y--
			case (dir == tenseFuture || dir == tenseWould) && ended && code != "WI":
				// The winter to come starts in December of the reference's year, so it is
				// that year's even after last winter has ended.
				y++
			}
		}
	}
	return tval{value: fmtYear(y) + "-" + code}, true
}

// toldSeasonYear is the year of a season that a story of a past year points back to: "that
// summer" is of the year last told, "the following spring" of the one after, "the previous
// winter" of the one before. It is 0 when rel points to no told year, or the story is of the
// reference's own year (where "the following spring" counts from the reference).
func (s *state) toldSeasonYear(rel string) int {
	if !s.yearMentioned || s.yearAnchor() && s.lastYear >= s.ref.Year {
		return 0
	}
	switch rel {
	case "that":
		return s.lastYear
	case "the following":
		return s.lastYear + 1
	case "the previous":
		return s.lastYear - 1
	}
	return 0
}

// weekday reads "Tuesday", "last Friday", "Tuesday morning"; "the previous/following Friday" counts
// from the date last mentioned.
func (s *state) weekday(f found) (tval, bool) {
	g := f.g
	wd := s.t.lx.weekday(g["wd"])
	part := s.partSuffix(g["part"])
	if rel := norm(g["rel"]); (rel == "the previous" || rel == "the following") && s.hasDate {
		// Counted from the date last mentioned, not from the reference.
		step := -((isoWeekday(s.lastDate) - wd + 6) % 7) - 1
		if rel == "the following" {
			step = (wd-isoWeekday(s.lastDate)+6)%7 + 1
		}
		d := s.lastDate.AddDate(0, 0, step)
		s.noteDate(d)
		return tval{value: fmtDay(d) + part}, true
	}
	if g["rel"] == "" && part == "" && s.hoursRange(f) {
		return tval{typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if d, ok := s.rangeEnd(wd, f); ok {
		s.noteDate(d)
		return tval{value: fmtDay(d) + part}, true
	}
	if d, ok := s.weekOfStated(wd, f); ok {
		s.noteDate(d)
		return tval{value: fmtDay(d) + part}, true
	}
	if !s.anchor() {
		return tval{value: fmt.Sprintf("XXXX-WXX-%d", wd) + part}, true
	}
	d, ok := s.statedDay(wd, f)
	if !ok {
		d = s.weekdayDate(wd, g["rel"], f)
	}
	s.noteDate(d)
	return tval{value: fmtDay(d) + part}, true
}

// noteStated remembers a calendar date written out whole with its weekday and year ("Monday, 3
// March 2025"), the day a weekday told just after it falls near. A date without its weekday
// ("Dec. 21, 1988") is more often one of the story's past that the report looks back on.
func (s *state) noteStated(f found, v tval, ok bool) {
	if !ok || (f.kind != kDateMDY && f.kind != kDateDMY) || f.g["year"] == "" || f.g["wd"] == "" || len(v.value) != len("2006-01-02") {
		return
	}
	if d, err := time.Parse("2006-01-02", v.value); err == nil {
		s.statedDate, s.statedEnd = d, f.end
	}
}

// statedWindow is how far, in days, a date written out whole may lie from the reference before a
// weekday right after it is counted from it rather than from the reference.
const statedWindow = 14

// statedSentences is how many ends of sentences may stand between a date written out whole and
// a weekday counted from it: the date's own, and one more sentence between.
const statedSentences = 2

// weekOfStated reads a bare weekday told in the sentence of a date written out whole or closely
// after it ("said on Monday, 3 March 2025, … ¶ Police arrested two men on Tuesday"), when the
// reference is unknown or far from that date: the day of that weekday in the same week.
func (s *state) weekOfStated(wd int, f found) (time.Time, bool) {
	if s.statedEnd == 0 || f.g["rel"] != "" || f.start < s.statedEnd || !s.statedDate.Equal(s.lastDate) {
		return time.Time{}, false
	}
	if s.anchor() {
		gap := s.ref.time().Sub(s.statedDate).Hours() / 24
		if gap < statedWindow && gap > -statedWindow {
			return time.Time{}, false
		}
	}
	if sentenceBreaks(s.text[s.statedEnd:f.start]) > statedSentences {
		return time.Time{}, false
	}
	return s.statedDate.AddDate(0, 0, wd-isoWeekday(s.statedDate)), true
}

// sentenceBreaks counts the ends of sentences in a stretch of text: a full stop, question or
// exclamation mark before a space or a line break, and a line break after other text (a
// paragraph without a closing stop).
func sentenceBreaks(x string) int {
	n := 0
	for i := 0; i < len(x); i++ {
		switch c := x[i]; {
		case c == '\n':
			if b := strings.TrimRight(x[:i], " \t\n"); b != "" && !strings.ContainsRune(".!?", rune(b[len(b)-1])) {
				n++
			}
		case strings.ContainsRune(".!?", rune(c)) && (i+1 == len(x) || x[i+1] == ' ' || x[i+1] == '\n'):
			n++
		}
	}
	return n
}

// statedDay reads a weekday whose date the text pins down beside it: a day of the month in
// brackets after it ("next Saturday (14th)") or a day named before the bracket it stands in
// ("today (Thursday)"). It is the day of that weekday nearest the day so stated.
func (s *state) statedDay(wd int, f found) (time.Time, bool) {
	ref := s.ref.time()
	if m := parenDayRe.FindStringSubmatch(s.text[f.end:]); m != nil {
		dom, _ := strconv.Atoi(m[1])
		for k := 0; k <= 21; k++ {
			for _, d := range []time.Time{ref.AddDate(0, 0, k), ref.AddDate(0, 0, -k)} {
				if d.Day() == dom && isoWeekday(d) == wd {
					return d, true
				}
			}
		}
		return time.Time{}, false
	}
	before := strings.TrimRight(s.text[:f.start], " ")
	if !strings.HasSuffix(before, "(") {
		return time.Time{}, false
	}
	off, ok := s.dayShift(prevWord(before, len(before)-1))
	if !ok {
		return time.Time{}, false
	}
	base := ref.AddDate(0, 0, off)
	for k := 0; k <= 3; k++ {
		for _, d := range []time.Time{base.AddDate(0, 0, -k), base.AddDate(0, 0, k)} {
			if isoWeekday(d) == wd {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// clockBeforeDateRe matches a time of day in four figures right before a date in figures
// ("1935 05.10.2017").
var clockBeforeDateRe = regexp.MustCompile(`^(?:[01][0-9]|2[0-3])[0-5][0-9] [0-3]?[0-9][./-][01]?[0-9][./-][0-9]{2}`)

// yearBeforeRe matches a year and the comma or dash that sets "the year" after it in apposition.
var yearBeforeRe = regexp.MustCompile(`(?:^|[^0-9])(?:1[0-9]{3}|20[0-9]{2})\s*[,–—]\s*$`)

// parenDayRe matches a day of the month in brackets: " (14th)".
var parenDayRe = regexp.MustCompile(`^\s*\(([0-3]?[0-9])(?:st|nd|rd|th)?\)`)

// hoursRange reports whether a weekday written short is an end of a dash-joined pair of short
// weekdays ("Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat. 4-midnight"): the days of a timetable, which
// recur every week.
func (s *state) hoursRange(f found) bool {
	short := func(w string) bool { return len(strings.TrimSuffix(w, ".")) <= 5 && s.t.lx.weekday(w) > 0 }
	if !short(f.g["wd"]) {
		return false
	}
	after := strings.TrimLeft(s.text[f.end:], " ")
	for _, dash := range []string{"-", "–"} {
		if rest, ok := strings.CutPrefix(after, dash); ok && short(nextWord(rest, 0)) {
			return true
		}
	}
	before := strings.TrimRight(s.text[:f.start], " ")
	for _, dash := range []string{"-", "–"} {
		if rest, ok := strings.CutSuffix(before, dash); ok {
			rest = strings.TrimRight(rest, ". ")
			return short(prevWord(rest, len(rest)))
		}
	}
	return false
}

// rangeEnd reads the weekday that closes a range of weekdays ("from Monday to Friday"): the first
// such day after the opening one, which was the date last noted.
func (s *state) rangeEnd(wd int, f found) (time.Time, bool) {
	if !s.hasDate || f.g["rel"] != "" {
		return time.Time{}, false
	}
	join, i := prevWordAt(s.text, f.start)
	switch {
	case s.t.lx.rangeJoins[join]:
	case join == "":
		if t := strings.TrimRight(s.text[:f.start], " "); strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") {
			i = strings.LastIndexAny(t, "-–")
			break
		}
		return time.Time{}, false
	default:
		return time.Time{}, false
	}
	if from := s.t.lx.weekday(prevWord(s.text, i)); from == 0 || from != isoWeekday(s.lastDate) {
		return time.Time{}, false
	}
	step := (wd - isoWeekday(s.lastDate) + 7) % 7
	if step == 0 {
		step = 7
	}
	return s.lastDate.AddDate(0, 0, step), true
}

// relDay reads "today", "yesterday morning", "last night", "tonight" from the reference; without
// one, only the part of day is known.
func (s *state) relDay(f found) (tval, bool) {
	g := f.g
	r := s.ref
	rd := norm(g["rd"])
	part := s.partSuffix(g["part"])
	ds, day := s.t.lx.dayShifts[rd]
	off := ds.off
	if ds.part != "" {
		part = ds.part
	}
	if !day {
		// "last night", "this morning": a relative word before a part of day.
		if off = s.yearShift(rd); off != 0 && part == "" {
			return tval{}, false
		}
	}
	if !s.anchor() {
		if day && off == 0 && part == "" {
			return tval{value: "PRESENT_REF"}, true
		}
		return tval{value: "XXXX-XX-XX" + part}, true
	}
	d := r.time().AddDate(0, 0, off)
	s.noteDate(d)
	return tval{value: fmtDay(d) + part}, true
}

// night reads "overnight" (the night before the day in focus, or the named weekday's night) and
// "in the morning" (a part of the day in focus): the date last told when it is recent, else the
// reference date.
func (s *state) night(f found) (tval, bool) {
	g := f.g
	code, back := s.partCode(g["part"]), 0
	if g["night"] != "" {
		code, back = "NI", -1
	}
	switch {
	case g["wd"] != "" && s.anchor():
		d := s.weekdayDate(s.t.lx.weekday(g["wd"]), "", f)
		s.noteDate(d)
		return tval{value: fmtDay(d) + "TNI"}, true
	case g["wd"] != "":
		return tval{value: fmt.Sprintf("XXXX-WXX-%dTNI", s.t.lx.weekday(g["wd"]))}, true
	case !s.anchor():
		return tval{value: "XXXX-XX-XXT" + code}, true
	case s.hasDate && s.lastDate.After(s.ref.time().AddDate(0, 0, -8)) && !s.lastDate.After(s.ref.time()):
		return tval{value: fmtDay(s.lastDate.AddDate(0, 0, back)) + "T" + code}, true
	}
	return tval{value: fmtDay(s.ref.time().AddDate(0, 0, back)) + "T" + code}, true
}

// partOfDay reads a part of the reference's day ("mid afternoon").
func (s *state) partOfDay(f found) (tval, bool) {
	g := f.g
	r := s.ref
	code := s.partCode(g["part"])
	if !s.anchor() {
		return tval{value: "XXXX-XX-XXT" + code}, true
	}
	return tval{value: fmtDay(r.time()) + "T" + code}, true
}

// approxRelUnit reads "this week", "the past year" and marks it approximate when hedged ("the past
// year or so").
func (s *state) approxRelUnit(f found) (tval, bool) {
	g := f.g
	v, ok := s.relUnit(f)
	if g["approx"] != "" {
		v.mod = "APPROX"
	}
	return v, ok
}

// ago reads "five days ago", "a year earlier": a shift from the reference, or a vague past or
// future when the count is vague or the unit finer than a day; "a year earlier" after a quarter
// names that quarter a year before.
func (s *state) ago(f found) (tval, bool) {
	g := f.g
	u := s.unit(g["unit"])
	dir := -1
	switch norm(g["dir"]) {
	case "later", "after", "from now", "hence":
		dir = 1
	}
	n, ok := s.number(g["num"])
	later := norm(g["dir"]) == "later"
	if !ok || n != float64(int(n)) {
		if later {
			return s.vagueAgo(f)
		}
		return vagueRef(dir), true
	}
	mod := ""
	if g["approx"] != "" {
		mod = "APPROX"
	}
	if u == "Y" && n == 1 && s.hasQuarter && s.quarterMentions > 0 && !s.comparedSpan(f.start, f.end) {
		return tval{value: fmtQuarter(s.lastQY+dir, s.lastQ), mod: mod}, true
	}
	if d := norm(g["dir"]); (d == "later" || d == "earlier") && u == "Y" && s.yearMentioned && s.lastYear < s.ref.Year-1 {
		// "A year later" in a story of years before the text's counts from the year last told.
		return tval{value: fmtYear(s.lastYear + dir*int(n)), mod: mod}, true
	}
	if d := norm(g["dir"]); (d == "later" || d == "earlier") && (u == "D" || u == "W") {
		if day, ok := s.dayJustTold(f.start); ok {
			// "On Wednesday officials said raids had begun a day earlier": from the day told.
			return fromDay(day, dir*int(n), u, mod), true
		}
	}
	if later {
		// "One week later" counts from a moment of the story, not from the reference: all it
		// says for sure is how long after.
		return tval{typ: "DURATION", value: durUnit(n, u), mod: mod}, true
	}
	if u == "SEC" || u == "MIN" || u == "H" {
		return vagueRef(dir), true
	}
	v, ok := s.shift(dir*int(n), u)
	return tval{value: v, mod: mod}, ok
}

// dayJustTold is the day last named, when it is a whole day told before start in the
// same sentence, or in the sentence before when the expression opens its own ("Rebels took the
// town on March 2. Two days later, troops arrived."): the moment of the story that "a day
// earlier" or "two weeks later" counts from.
func (s *state) dayJustTold(start int) (time.Time, bool) {
	if s.lastTimeEnd == 0 || len(s.lastTime) < len("2006-01-02") || !s.nearBefore(s.lastTimeEnd, start) {
		return time.Time{}, false
	}
	switch between := s.text[s.lastTimeEnd:start]; sentenceBreaks(between) {
	case 0:
	case 1:
		if b := strings.TrimRight(between, " \"'“‘("); b == "" || !strings.ContainsRune(".!?", rune(b[len(b)-1])) {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	day, err := time.Parse("2006-01-02", s.lastTime[:10])
	return day, err == nil
}

// fromDay is the day or week n days or weeks (u, D or W) from day.
func fromDay(day time.Time, n int, u, mod string) tval {
	if u == "W" {
		return tval{value: fmtWeek(day.AddDate(0, 0, 7*n)), mod: mod}
	}
	v := date(day.AddDate(0, 0, n))
	v.mod = mod
	return v
}

// vagueRef is all a shift too fine or too vague to count can say: its direction, into the past
// (dir < 0) or the future.
func vagueRef(dir int) tval {
	if dir < 0 {
		return tval{value: "PAST_REF"}
	}
	return tval{value: "FUTURE_REF"}
}

// quarterBefore names the quarter before the one holding month m of year y: the last one
// completed, which is the one reported as "the latest quarter".
func quarterBefore(y, m int) string {
	t := mkdate(y, m-3, 1)
	return fmtQuarter(t.Year(), quarterOf(int(t.Month())))
}

// partSuffix is the time part ("TMO", "TEV") that a part of the day ("morning") adds to a day's
// value, or "" when none is named.
func (s *state) partSuffix(part string) string {
	if part == "" {
		return ""
	}
	return "T" + s.partCode(part)
}

// yearAgo reads "the year-ago quarter", "the same month last year": the period a year before the
// quarter last named or the reference's.
func (s *state) yearAgo(f found) (tval, bool) {
	g := f.g
	r := s.ref
	u := strings.ToLower(g["unit"])
	if qn := g["qn"]; qn != "" {
		q := s.t.lx.ordinals[strings.ToLower(qn)]
		y := s.quarterYear(q, f)
		if y > 0 {
			y--
		}
		return tval{value: fmtQuarter(y, q)}, true
	}
	if u == "quarter" || u == "period" || u == "" && s.quarterMentions > 0 && !s.comparedSpan(f.start, f.end) {
		// The quarter compared is the one reported on: the last named, unless that one is still
		// to come ("losses through the third quarter of 1990").
		ahead := s.monthAnchor() && (s.lastQY > r.Year || s.lastQY == r.Year && 3*s.lastQ-2 > r.Month)
		if s.hasQuarter && !ahead {
			return tval{value: fmtQuarter(s.lastQY-1, s.lastQ)}, true
		}
		if s.monthAnchor() {
			return tval{value: quarterBefore(r.Year-1, r.Month)}, true
		}
		return tval{value: "XXXX-QX"}, true
	}
	if u == "month" {
		v, ok := s.shift(-12, "M")
		return tval{value: v}, ok
	}
	v, ok := s.shift(-1, "Y")
	return tval{value: v}, ok
}

// comparedSpan reports whether the sentence around [start, end) names a reporting span longer
// than a quarter ("For the nine months, net rose from a year earlier"): a year-earlier figure
// there is compared with that span of the year before, which a quarter does not hold.
func (s *state) comparedSpan(start, end int) bool {
	toks := s.tokensAround(start, end)
	for i, t := range toks {
		if t.kind != tokWord || t.start >= start && t.end <= end {
			continue
		}
		w := strings.ToLower(s.text[t.start:t.end])
		if s.t.lx.comparedSpans[w] {
			return true
		}
		if i+1 < len(toks) && toks[i+1].kind == tokWord && s.t.lx.comparedSpans[w+" "+strings.ToLower(s.text[toks[i+1].start:toks[i+1].end])] {
			return true
		}
	}
	return false
}

// vagueAgo reads "years ago" (a vague past) or "days later" (an unknown number of days).
func (s *state) vagueAgo(f found) (tval, bool) {
	g := f.g
	switch norm(g["dir"]) {
	case "ago", "earlier", "before":
		return tval{value: "PAST_REF"}, true
	}
	return tval{typ: "DURATION", value: someUnits(s.unit(g["unit"]))}, true
}

// someUnits is a count of units left open: "PTXH", "PXM", "PXDE"; quarters and fortnights,
// written in months and weeks, are some months and weeks ("several quarters": "PXM").
func someUnits(u string) string {
	return strings.Replace(durUnit(0, u), "0", "X", 1)
}

// duration reads "24 hours", "the past three years" as a duration.
func (s *state) duration(f found) (tval, bool) {
	g := f.g
	n, ok := s.number(g["num"])
	if g["num"] == "" {
		n, ok = 1, g["half2"] != "" // "the next year and a half", "a month and a half"
	}
	u := s.unit(g["unit"])
	if !ok || u == "" {
		return tval{}, false
	}
	if g["half"] != "" || g["half2"] != "" {
		n += 0.5 // "two and a half hours", "a year and a half"
	}
	v := tval{typ: "DURATION", value: durUnit(n, u)}
	if g["approx"] != "" {
		v.mod = "APPROX"
	}
	return v, true
}

// vague reads "recent weeks" (a vague past), "the coming months" (a vague future), "several days"
// or "weeks-long" (an unknown number of days or weeks).
func (s *state) vague(f found) (tval, bool) {
	g := f.g
	dir := norm(g["dir"])
	u := s.unit(g["unit"])
	switch {
	case strings.HasPrefix(dir, "coming") || strings.HasPrefix(dir, "next") || strings.Contains(dir, "future") || strings.HasPrefix(dir, "upcoming") || strings.HasPrefix(dir, "the next"):
		return tval{value: "FUTURE_REF"}, true
	case dir == "several" || g["long"] != "":
		// "several days", and "a months-long siege": some number of the unit.
		return tval{typ: "DURATION", value: someUnits(u)}, true
	}
	return tval{value: "PAST_REF"}, true
}

// quarter reads "the third quarter", "Q3 2019", "the first quarter of last year"; without a year,
// the year is the one the document implies. It becomes the quarter last named.
func (s *state) quarter(f found) (tval, bool) {
	g := f.g
	r := s.ref
	q := s.quarterNumber(g)
	if q < 1 || q > 4 {
		return tval{}, false
	}
	y := 0
	pos := norm(g["qpos"])
	switch {
	case s.apposStart == f.start && s.apposYear != 0:
		// "the year-ago quarter, the second quarter ended Oct. 31": the year it restates.
		y = s.apposYear
	case g["year"] != "":
		y, _ = strconv.Atoi(g["year"])
	case g["qy"] != "":
		y, _ = strconv.Atoi(g["qy"])
	case g["ry"] != "" && s.yearAnchor():
		// "the first quarter of next year"
		y = r.Year + s.yearShift(g["ry"])
	case strings.HasPrefix(pos, "this year") && s.yearAnchor():
		y = r.Year
	case strings.HasPrefix(pos, "last year") && s.yearAnchor():
		y = r.Year - 1
	case strings.HasPrefix(pos, "next year") && s.yearAnchor():
		y = r.Year + 1
	default:
		y = s.quarterYear(q, f)
	}
	s.lastQY, s.lastQ, s.hasQuarter = y, q, true
	s.quarterMentions++
	return tval{value: fmtQuarter(y, q)}, true
}

// quarterNumber reads the number of a quarter match: "Q3", "third", "3rd".
func (s *state) quarterNumber(g map[string]string) int {
	if g["qd"] != "" {
		q, _ := strconv.Atoi(g["qd"])
		return q
	}
	qn := strings.ToLower(g["qn"])
	q := s.t.lx.ordinals[qn]
	if q == 0 && len(qn) > 0 {
		q = int(qn[0] - '0')
	}
	return q
}

// half reads "the first half of 2019", "the second half of next year" or "the last half of the '80s".
func (s *state) half(f found) (tval, bool) {
	g := f.g
	r := s.ref
	h := 1
	if hn := strings.ToLower(g["hn"]); hn != "first" && g["hd"] != "1" {
		h = 2 // the second, last or latter half, H2
	}
	if g["dec"] != "" || g["dec2"] != "" {
		// Half a decade is the decade's start or end.
		v, _ := s.decade(f)
		v.mod = map[int]string{1: "START", 2: "END"}[h]
		return v, true
	}
	y := 0
	if g["year"] != "" {
		y, _ = strconv.Atoi(g["year"])
	} else if g["ry"] != "" || s.yearAnchor() {
		if !s.yearAnchor() {
			return tval{value: fmt.Sprintf("XXXX-H%d", h)}, true
		}
		y = r.Year + s.yearShift(g["ry"])
	}
	return tval{value: fmt.Sprintf("%s-H%d", fmtYear(y), h)}, true
}

// quarterRef reads "the quarter", "the latest period", "the year-ago quarter": the quarter last
// named, or the one the reference sits in or follows.
func (s *state) quarterRef(f found) (tval, bool) {
	g := f.g
	r := s.ref
	if qy := g["qy"]; qy != "" {
		y, _ := strconv.Atoi(qy)
		if s.hasQuarter {
			return tval{value: fmtQuarter(y, s.lastQ)}, true
		}
		return tval{value: fmtYear(y)}, true
	}
	adj := norm(g["adj"])
	unit := strings.ToLower(g["unit"])
	switch {
	case adj == "year-ago" || adj == "year-earlier":
		if s.hasQuarter {
			return tval{value: fmtQuarter(s.lastQY-1, s.lastQ)}, true
		}
	case adj == "latest" || adj == "most recent" || adj == "just-ended" || adj == "just ended":
		// The latest quarter reported is the last one completed before the reference; a
		// period may be a fiscal quarter, so it is the one last named.
		if unit == "period" && s.hasQuarter {
			return tval{value: fmtQuarter(s.lastQY, s.lastQ)}, true
		}
		if s.monthAnchor() {
			return tval{value: quarterBefore(r.Year, r.Month)}, true
		}
		if s.hasQuarter {
			return tval{value: fmtQuarter(s.lastQY, s.lastQ)}, true
		}
	case adj == "current":
		if s.monthAnchor() {
			return tval{value: fmtQuarter(r.Year, quarterOf(r.Month))}, true
		}
	case s.hasQuarter:
		return tval{value: fmtQuarter(s.lastQY, s.lastQ)}, true
	case unit == "quarter" && s.monthAnchor():
		return tval{value: quarterBefore(r.Year, r.Month)}, true
	}
	return tval{}, false
}

// yearEnd reads "year-end", "last year's end", "2019 year-end": the end of the year given or
// counted from the reference. A bare "year-end" told in the past after a past year named in the
// same sentence is that year's ("in 1988, when year-end net was below the 1987 level").
func (s *state) yearEnd(f found) (tval, bool) {
	g := f.g
	y := 0
	switch {
	case g["year"] != "":
		y, _ = strconv.Atoi(strings.TrimSpace(g["year"]))
	case g["rel"] == "" && s.toldYearEnd(f):
		y = s.numberYear
	case s.yearAnchor():
		y = s.ref.Year + s.yearShift(g["rel"])
	}
	return tval{value: fmtYear(y), mod: "END"}, true
}

// toldYearEnd reports whether a year-end at f is that of the year last written as a number: one
// named before it in the same sentence, before the reference's year, with the clause in the past.
func (s *state) toldYearEnd(f found) bool {
	if s.yearNumberEnd == 0 || s.yearNumberEnd > f.start || sentenceBreaks(s.text[s.yearNumberEnd:f.start]) > 0 {
		return false
	}
	if s.yearAnchor() && s.numberYear >= s.ref.Year {
		return false
	}
	t := s.verbTense(f.start, f.end)
	return t == tensePast || t == tensePerfect
}

// weekOf reads "the week of March 6" as the ISO week holding that day.
func (s *state) weekOf(f found) (tval, bool) {
	g := f.g
	m, d := s.month(g["mon"]), s.atoiDay(f)
	if m < 1 || d < 1 || d > daysIn(0, m) {
		return tval{}, false
	}
	y := 0
	if g["year"] != "" {
		y, _ = strconv.Atoi(g["year"])
	} else {
		y = s.yearFor(m, d, f)
	}
	if y == 0 || d > daysIn(y, m) {
		return tval{value: "XXXX-WXX"}, true
	}
	s.noteDate(mkdate(y, m, d))
	return tval{value: fmtWeek(mkdate(y, m, d))}, true
}

// decadeWord reads "the nineties", taken as the twentieth century's.
func (s *state) decadeWord(f found) (tval, bool) {
	g := f.g
	d := s.t.lx.decades[strings.ToLower(g["dw"])]
	return tval{value: "19" + d}, true
}

// namedRef reads words that stand for a time of their own ("now", "recently", "the future") from
// the lexicon.
func (s *state) namedRef(f found) (tval, bool) {
	g := f.g
	w := norm(strings.ReplaceAll(g["ref"], "’", "'"))
	v := s.t.lx.refs[w]
	if v == "" {
		return tval{}, false
	}
	if s.t.lx.soonWords[w] && (prevWord(s.text, f.start) == "as" && nextWord(s.text, f.end) == "as" || s.pastBeside(f)) {
		// "as soon as he arrives", "forces soon violated the truce": a time just after
		// another, not one of its own.
		return tval{}, false
	}
	return tval{value: v}, true
}

// pastBeside reports whether a past verb form stands right before or after f ("was soon
// released", "soon violated", "shortly left").
func (s *state) pastBeside(f found) bool {
	prev, next := prevWord(s.text, f.start), nextWord(s.text, f.end)
	c := s.t.lx.tense
	if c[prev] == vPast || c[prev] == vHad || c[next] == vPast {
		return true
	}
	_, listed := c[next]
	return !listed && len(next) > 3 && strings.HasSuffix(next, "ed")
}

// anaphDay reads "the 3rd of the month": a day of the month last named, or of the reference's
// month.
func (s *state) anaphDay(f found) (tval, bool) {
	r := s.ref
	d := s.atoiDay(f)
	if d < 1 || d > 31 {
		return tval{}, false
	}
	switch {
	case s.monthMentioned:
		return tval{value: fmtDate(s.lastY, s.lastM, d)}, true
	case s.monthAnchor():
		return tval{value: fmtDate(r.Year, r.Month, d)}, true
	}
	return tval{value: fmt.Sprintf("XXXX-XX-%02d", d)}, true
}

// frequency reads "every day", "weekly", "each morning" as a set of times.
func (s *state) frequency(f found) (tval, bool) {
	g := f.g
	if a := strings.ToLower(g["adv"]); a != "" {
		return tval{typ: "SET", value: s.t.lx.freq[a]}, true
	}
	if wd := s.t.lx.weekday(g["wd"]); wd > 0 && s.lostApostrophe(f) {
		// "Thursdays air raids": one Thursday's.
		return s.weekday(found{start: f.start, end: f.end, core: f.core, kind: kWeekday, g: map[string]string{"wd": g["wd"]}})
	}
	if wd := s.t.lx.weekday(g["wd"]); wd > 0 {
		// "every Monday", "on Mondays"
		return tval{typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if c := s.t.lx.seasons[strings.ToLower(g["season"])]; c != "" {
		return tval{typ: "SET", value: "XXXX-" + c}, true // "each winter season"
	}
	if m := s.t.lx.months[strings.ToLower(g["mon"])]; m > 0 {
		if d := s.atoiDay(f); d >= 1 && d <= 31 {
			return tval{typ: "SET", value: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true // "every March 15"
		}
		return tval{typ: "SET", value: fmt.Sprintf("XXXX-%02d", m)}, true // "every March"
	}
	u := strings.ToLower(g["unit"])
	if c := s.partCode(u); c != "" {
		return tval{typ: "SET", value: "XXXX-XX-XXT" + c}, true
	}
	if u == "weekend" {
		return tval{typ: "SET", value: "XXXX-WXX-WE"}, true
	}
	n := 1.0
	if g["num"] != "" {
		// "every 76 years"
		var ok bool
		if n, ok = s.number(g["num"]); !ok {
			return tval{}, false
		}
	}
	return tval{typ: "SET", value: durUnit(n, s.unit(u))}, true
}

// lostApostrophe reports whether a weekday written with a final s ("Thursdays") is a possessive
// whose apostrophe the text lost ("Thursdays air raids", "told Fridays edition"): a word in lower
// case follows it, and no word beside it makes it a day of every week ("on Fridays", "Fridays
// and Saturdays").
func (s *state) lostApostrophe(f found) bool {
	if strings.ContainsAny(s.text[f.start:f.end], " \t\n") {
		return false // "every Friday"
	}
	nw := nextWordStart(s.text, f.end)
	if nw >= len(s.text) || s.text[nw] < 'a' || s.text[nw] > 'z' {
		return false
	}
	return !s.t.lx.pluralAfter[nextWord(s.text, f.end)] && !s.t.lx.pluralBefore[prevWord(s.text, f.start)]
}

// relUnit resolves "this week", "last month", "the past year", "the weekend".
func (s *state) relUnit(f found) (tval, bool) {
	g := f.g
	r := s.ref
	rel := norm(g["rel"])
	unit := norm(g["unit"])
	if v, ok := s.followingUnit(rel, unit, f); ok {
		return v, true
	}
	off := s.yearShift(rel)
	switch unit {
	case "week":
		if rel == "the" && s.yearAnchor() {
			// Some week of the reference's year.
			return tval{value: fmtYear(r.Year) + "-WXX"}, true
		}
		if rel == "the" || !s.anchor() {
			return tval{value: "XXXX-WXX"}, true
		}
		if rel == "the past" || rel == "the last" {
			// "over the past week": the seven days up to the reference, most of which lie in
			// the week of the day three days before it.
			return tval{value: fmtWeek(r.time().AddDate(0, 0, -3))}, true
		}
		return tval{value: fmtWeek(r.time().AddDate(0, 0, 7*off))}, true
	case "weekend":
		if !s.anchor() {
			return tval{value: "XXXX-WXX-WE"}, true
		}
		return tval{value: fmtWeek(s.weekendSaturday(f, rel, off)) + "-WE"}, true
	case "month":
		if rel == "the" && s.monthMentioned {
			return tval{value: fmtMonth(s.lastY, s.lastM)}, true
		}
		v, _ := s.shift(off, "M")
		return tval{value: v}, true
	case "year", "fiscal year", "calendar year":
		if v, ok := s.latestYearAgo(rel, unit, f); ok {
			return v, true
		}
		if y, ok := s.nearYear(f.start); ok && rel == "the previous" {
			// "dropped to $9.1 billion in 2018, down from $19.5 billion the previous year"
			return tval{value: fmtYear(y - 1)}, true
		}
		if rel == "the" && s.yearMentioned && (!s.yearAnchor() || yearBeforeRe.MatchString(s.text[max(0, f.start-8):f.start])) {
			// "In 2013, the year RateBeer declared …": in apposition to the year just named.
			return tval{value: fmtYear(s.lastYear)}, true
		}
		v, _ := s.shift(off, "Y")
		return tval{value: v}, true
	case "quarter":
		if rel == "the" && s.hasQuarter {
			return tval{value: fmtQuarter(s.lastQY, s.lastQ)}, true
		}
		v, _ := s.shift(off, "Q")
		return tval{value: v}, true
	case "decade":
		v, _ := s.shift(off, "DE")
		return tval{value: v}, true
	case "century":
		v, _ := s.shift(off, "CE")
		return tval{value: v}, true
	}
	return tval{}, false
}

// latestYearAgo reads "last year" in the sentence of a report's latest quarter ("In the latest
// quarter, it lost $23 million, compared with earnings of $33 million last year"): the figure
// compared is that quarter's a year before, not the whole year's.
func (s *state) latestYearAgo(rel, unit string, f found) (tval, bool) {
	if rel != "last" || unit != "year" || s.latestEnd == 0 || !s.nearBefore(s.latestEnd, f.start) ||
		sentenceBreaks(s.text[s.latestEnd:f.start]) > 0 {
		return tval{}, false
	}
	y, err := strconv.Atoi(s.latest[:min(4, len(s.latest))])
	if err != nil || !strings.HasPrefix(s.latest[4:], "-Q") {
		return tval{}, false
	}
	return tval{value: fmtYear(y-1) + s.latest[4:]}, true
}

// weekendSaturday is the Saturday of the weekend meant, from the reference: the coming one when
// the words or the clause's tense point ahead ("this weekend", "will … at the weekend"), else the
// last one begun; "next"/"last weekend" skip the one the reference falls in.
func (s *state) weekendSaturday(f found, rel string, off int) time.Time {
	ref := s.ref.time()
	if off > 0 || off == 0 && rel != "the" && rel != "" || s.direction(f.start, f.end) > 0 {
		sat := ref.AddDate(0, 0, (6-isoWeekday(ref)+7)%7)
		if off > 0 && isoWeekday(ref) >= 6 {
			sat = sat.AddDate(0, 0, 7)
		}
		return sat
	}
	d := (isoWeekday(ref) - 6 + 7) % 7
	if off < 0 && d < 2 {
		d += 7
	}
	return ref.AddDate(0, 0, -d)
}

// timeOfDay resolves clock times ("3 p.m. Tuesday", "noon", "4 in the morning").
func (s *state) timeOfDay(f found) (tval, bool) {
	g := f.g
	hh, mm := 0, 0
	clock := ""
	switch nm := strings.ToLower(g["nm"]); nm {
	case "noon", "midday":
		clock = "12:00"
	case "midnight":
		clock = "24"
	default:
		hh, _ = strconv.Atoi(g["hh"])
		mm, _ = strconv.Atoi(g["mm"])
		ap := strings.ToLower(g["ampm"])
		part := strings.ToLower(g["part"])
		if strings.HasPrefix(ap, "p") || part == "afternoon" || part == "evening" {
			if hh < 12 {
				hh += 12
			}
		} else if (strings.HasPrefix(ap, "a") || part == "morning") && hh == 12 {
			hh = 0
		}
		if hh > 23 || mm > 59 {
			return tval{}, false
		}
		clock = fmt.Sprintf("%02d:%02d", hh, mm)
	}
	day := "XXXX-XX-XX"
	switch {
	case g["mon"] != "":
		m := s.month(g["mon"])
		d, _ := strconv.Atoi(strings.TrimRight(g["day"], "stndrdh"))
		if m < 1 || d < 1 || d > daysIn(0, m) {
			return tval{}, false
		}
		y := s.yearFor(m, d, f)
		day = fmtDate(y, m, d)
		if y > 0 {
			s.noteDate(mkdate(y, m, d))
		}
	case g["wd"] != "" && s.anchor():
		// Noted as a weekday alone is: a bare time further on ("… and ends at 8 p.m.") is of
		// this day.
		d := s.weekdayDate(s.t.lx.weekday(g["wd"]), "", f)
		s.noteDate(d)
		day = fmtDay(d)
	case g["wd"] != "":
		day = fmt.Sprintf("XXXX-WXX-%d", s.t.lx.weekday(g["wd"]))
	case g["rd"] != "" && s.anchor():
		off, _ := s.dayShift(strings.ToLower(g["rd"]))
		d := s.ref.time().AddDate(0, 0, off)
		s.noteDate(d)
		day = fmtDay(d)
	case s.hasDate && s.anchor() && s.lastDate.After(s.ref.time().AddDate(0, 0, -8)):
		day = fmtDay(s.lastDate)
	case s.anchor():
		day = fmtDay(s.ref.time())
	}
	return tval{typ: "TIME", value: day + "T" + clock}, true
}

// holiday reads a named day ("Christmas Day", "last Thanksgiving", "Labor Day 2019"): its year is
// the one given, else the one that "last"/"next" or the tense of its clause points to.
func (s *state) holiday(f found) (tval, bool) {
	g := f.g
	rule, err := parseHoliday(s.t.lx.holidays[strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(g["hol"], "’", "'")), " "))])
	if err != nil {
		return tval{}, false
	}
	y := 0
	switch {
	case g["year"] != "":
		y, _ = strconv.Atoi(g["year"])
	case s.monthAnchor():
		y = s.ref.Year
		t := rule.in(y)
		m := int(t.Month())
		switch sh := s.yearShift(norm(g["rel"])); {
		case sh < 0:
			if m >= s.ref.Month {
				y--
			}
		case sh > 0:
			if m <= s.ref.Month {
				y++
			}
		default:
			y = s.yearFor(m, t.Day(), f)
		}
	}
	if y == 0 {
		if rule.easter {
			return tval{value: "XXXX-XX-XX"}, true
		}
		if !rule.fixed() {
			return tval{value: fmtMonth(0, rule.month)}, true
		}
		return tval{value: fmtDate(0, rule.month, rule.day)}, true
	}
	t := rule.in(y)
	s.noteDate(t)
	return tval{value: fmtDay(t)}, true
}

// followingUnit resolves "the following year/month/week" and "the same year/month/week", which
// count from the date the text last told of, never from the reference date ("in May 1995 …, and
// the following year …", "in May 2006 … in September of the same year"); it
// declines when no date of that unit was told yet. "The next year" of a clause in the past after a
// year before the reference's counts so too ("in August 2016. The next year, the group released
// …").
func (s *state) followingUnit(rel, unit string, f found) (tval, bool) {
	told := rel == "the next" && unit == "year" && s.yearMentioned && s.lastYear < s.ref.Year &&
		s.verbTense(f.start, f.end) == tensePast
	if rel != "the following" && rel != "the same" && !told {
		return tval{}, false
	}
	switch {
	case unit == "year" && s.yearMentioned,
		unit == "month" && s.monthMentioned && s.lastY != 0,
		(unit == "week" || unit == "weekend") && s.hasDate:
		return s.anaphor(found{start: f.start, end: f.end, g: map[string]string{"an": rel, "unit": unit}})
	}
	return tval{}, false
}

// anaphor resolves "that day", "the next day", "that year" against what was last mentioned.
func (s *state) anaphor(f found) (tval, bool) {
	g := f.g
	an := norm(g["an"])
	if an == "that same" {
		an = "that"
	}
	unit := strings.ToLower(g["unit"])
	off := 0
	switch an {
	case "the next", "the following":
		off = 1
	case "the previous", "the preceding":
		off = -1
	}
	switch strings.ToLower(g["side"]) {
	case "before":
		an, off = "the previous", -1
	case "after":
		an, off = "the following", 1
	}
	switch unit {
	case "year":
		if y, ok := s.nearYear(f.start); ok {
			// "late last year … gains the rebels had made that year": the year just told of,
			// named or counted from the reference.
			return tval{value: fmtYear(y + off)}, true
		}
		if !s.yearMentioned {
			return tval{}, false
		}
		return tval{value: fmtYear(s.lastYear + off)}, true
	case "month":
		if !s.monthMentioned || s.lastY == 0 && off != 0 {
			return tval{}, false
		}
		if s.lastY == 0 {
			return tval{value: fmtMonth(0, s.lastM)}, true
		}
		t := mkdate(s.lastY, s.lastM+off, 1)
		return tval{value: fmtMonth(t.Year(), int(t.Month()))}, true
	}
	if an == "that" && unit == "day" && s.monthOnlyEnd > 0 && s.nearBefore(s.monthOnlyEnd, f.start) {
		// "last October, when … His name was crossed out that same day": a day of the month
		// named just before without its day, which the story does not give.
		return tval{value: fmtMonth(s.lastY, s.lastM) + "-XX"}, true
	}
	// A day or week told of before any date counts from the reference ("the previous day");
	// "that day" points back to a day the story told of without its date.
	base := s.lastDate
	if !s.hasDate {
		if !s.anchor() || an == "that" {
			return tval{}, false
		}
		base = s.ref.time()
	}
	if unit == "week" || unit == "weekend" {
		v := fmtWeek(base.AddDate(0, 0, 7*off))
		if unit == "weekend" {
			v += "-WE"
		}
		return tval{value: v}, true
	}
	d := base.AddDate(0, 0, off)
	v := fmtDay(d)
	if c := s.partCode(unit); c != "" {
		v += "T" + c
	}
	return tval{value: v}, true
}

// then reads "until then", "by then": the calendar time named just before, in the same
// paragraph ("on Nov. 30. Until then, the stock remains convertible").
func (s *state) then(f found) (tval, bool) {
	if s.lastTimeEnd == 0 || !s.nearBefore(s.lastTimeEnd, f.start) {
		return tval{}, false
	}
	return tval{value: s.lastTime}, true
}

// appos reads "the day" set beside a date by a comma ("Eight trading days after Oct. 12, the
// day before the stock market plunge"): it restates that date. After anything but a whole day
// it is no time of its own.
func (s *state) appos(f found) (tval, bool) {
	if s.lastTimeEnd == 0 || s.lastTimeEnd > f.start || strings.TrimSpace(s.text[s.lastTimeEnd:f.start]) != "," || len(s.lastTime) != len("2006-01-02") {
		return tval{}, false
	}
	return tval{value: s.lastTime}, true
}

// nearYear is the year of the calendar value told close before start ("in 2018", "last
// year", "May 3, 1995"), which "that year" and "the previous year" count from.
func (s *state) nearYear(start int) (int, bool) {
	if s.lastTimeEnd == 0 || len(s.lastTime) < 4 || !s.nearBefore(s.lastTimeEnd, start) {
		return 0, false
	}
	y, err := strconv.Atoi(s.lastTime[:4])
	return y, err == nil
}

// nearBefore reports whether text ending at end is told close before start, in the same
// paragraph: within a sentence or two, counted in bytes because abbreviations ("Dr.", "N.Y.")
// make full stops a poor count of sentences.
func (s *state) nearBefore(end, start int) bool {
	return end <= start && start-end <= nearReach && !strings.Contains(s.text[end:start], "\n")
}

// nearReach is how many bytes nearBefore looks back.
const nearReach = 200

// inferFrom infers the reference date from the matches of a text (see InferRef).
func (t *Tagger) inferFrom(fs []found) Ref {
	latest := 0
	for _, f := range fs {
		if y, err := strconv.Atoi(f.g["year"]); err == nil && y >= 1900 && y <= 2099 && y > latest {
			latest = y
		}
	}
	if latest == 0 {
		return Ref{}
	}
	for _, f := range fs {
		if f.kind != kDateMDY && f.kind != kDateDMY || f.g["wd"] == "" || f.g["year"] != "" {
			continue
		}
		st := &state{t: t}
		m, d := st.month(f.g["mon"]), st.atoiDay(f)
		wd := t.lx.weekday(f.g["wd"])
		var hits []int
		for y := latest - 2; y <= latest+2; y++ {
			if d <= daysIn(y, m) && isoWeekday(mkdate(y, m, d)) == wd {
				hits = append(hits, y)
			}
		}
		if len(hits) == 1 {
			return Ref{Year: hits[0], Month: m, Day: d, Inferred: true}
		}
	}
	return Ref{}
}

// yearShift is how many steps a relative word moves from the reference (year-shifts: -1 for
// "last" or "the previous", +1 for "next" or "the coming"), 0 for any other word.
func (s *state) yearShift(w string) int {
	return s.t.lx.yearShifts[strings.ToLower(w)]
}

// dayShift is how many days a lower-case day word moves from the reference day (day-shifts:
// "yesterday" -1, "tomorrow" +1); ok is false for a word not listed.
func (s *state) dayShift(w string) (off int, ok bool) {
	ds, ok := s.t.lx.dayShifts[w]
	return ds.off, ok
}
