package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-project/dossier"
)

// tval is a normalised value.
type tval struct{ typ, value, mod string }

// state carries what earlier expressions of a document established, for anaphora ("the 3rd of
// the month", "the year-earlier quarter", "that day").
type state struct {
	t    *Tagger
	text string
	ref  Ref

	// setEnd is where the last set of times ends ("each winter season"), 0 before one.
	setEnd int

	lastY, lastM  int // the month last mentioned (lastY 0 when its year is unknown)
	lastDate      time.Time
	hasDate       bool
	statedDate    time.Time // the last day written out whole, with its year ("Monday, 3 March 2025")
	statedEnd     int       // where that date ends in the text; 0 when none was
	monthOnlyEnd  int       // where a month named without its day ends, 0 once a day is named after it
	lastTime      string    // the last calendar value named ("1989-11-30", "1998-10"), for "until then"
	lastTimeEnd   int       // where it ends in the text; 0 before one
	lastYear      int
	yearNumberEnd int // where the last year written as a number ends; 0 before one
	numberYear    int // that year
	lastQY, lastQ int
	hasQuarter    bool
	latest        string // the latest quarter reported ("the latest period"), as last named
	latestEnd     int    // where it was named; 0 before
	// apposStart is where a quarter set beside a year-ago quarter starts ("the year-ago
	// quarter, the second quarter"), apposYear the year it restates; 0 when none.
	apposStart, apposYear int
	closeStart            int // where the day closing that quarter starts ("ended Oct. 31"); 0 when none
	monthMentioned        bool
	yearMentioned         bool
	quarterMentions       int

	toks  []vtok             // scratch space of the tense reader
	parse []dossier.Sentence // the language layer's sentences, nil when the text was not parsed
}

// anchor reports whether deictic expressions ("today", "last week") can be resolved: the
// reference is a whole, given date.
func (s *state) anchor() bool { return s.ref.full() && !s.ref.Inferred }

// monthAnchor reports whether month-level deictics ("this month") can be resolved.
func (s *state) monthAnchor() bool { return s.ref.Year > 0 && s.ref.Month > 0 && !s.ref.Inferred }

// yearAnchor reports whether year-level deictics ("last year") can be resolved.
func (s *state) yearAnchor() bool { return s.ref.Year > 0 && !s.ref.Inferred }

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// modOf reads the mod of a match's modifier words.
func (s *state) modOf(f found) string {
	m := f.g["mod"]
	if m == "" {
		return ""
	}
	return s.t.lx.mods[norm(strings.ReplaceAll(m, "-", " "))]
}

// direction reads the clause around [start, end) for tense cues: +1 future, -1 past, 0 neither.
func (s *state) direction(start, end int) int { return s.cues(start, end, true) }

// strongDirection is direction without the weak future cues.
func (s *state) strongDirection(start, end int) int { return s.cues(start, end, false) }

func (s *state) cues(start, end int, weak bool) int {
	lo := start
	for lo > 0 && start-lo < 160 {
		c := s.text[lo-1]
		if c == '\n' || c == ';' || (c == '.' || c == '?' || c == '!') && lo < len(s.text) && s.text[lo] == ' ' && lo-2 >= 0 && unicode.IsLower(rune(s.text[lo-2])) {
			break
		}
		lo--
	}
	hi := end
	for hi < len(s.text) && hi-end < 160 {
		c := s.text[hi]
		if c == '\n' || c == ';' || (c == '.' || c == '?' || c == '!') && (hi+1 >= len(s.text) || s.text[hi+1] == ' ' || s.text[hi+1] == '\n') && hi > 0 && unicode.IsLower(rune(s.text[hi-1])) {
			break
		}
		hi++
	}
	// The cue nearest the expression decides: a clause may report a past event in a sentence
	// that also speaks of what will follow.
	best, dist := 0, 1<<30
	try := func(re *regexp.Regexp, dir int) {
		left := s.text[lo:start]
		for _, m := range re.FindAllStringIndex(left, -1) {
			if d := len(left) - m[1]; d < dist {
				best, dist = dir, d
			}
		}
		if m := re.FindStringIndex(s.text[end:hi]); m != nil && m[0] < dist {
			best, dist = dir, m[0]
		}
	}
	try(s.t.future, 1)
	if weak {
		try(s.t.weak, 1)
	}
	try(s.t.past, -1)
	return best
}

// yearFor picks the year of a month (and day, 0 when not stated) from the reference: the same
// year unless the tense of the clause points across a year boundary.
func (s *state) yearFor(m, d int, f found) int {
	r := s.ref
	if r.Year == 0 {
		return 0
	}
	if r.Month == 0 {
		return r.Year
	}
	rd := r.Day
	if rd == 0 {
		rd = 15
	}
	dd := d
	if dd == 0 {
		dd = 15
	}
	if dd > daysIn(r.Year, m) {
		dd = daysIn(r.Year, m)
	}
	ref := mkdate(r.Year, r.Month, rd)
	dir := s.dateDirection(f, false)
	// Of the candidate years around the reference, take the nearest date in the direction the
	// clause's tense points (a month of slack). Without a cue, news mostly reports what has
	// happened: a month more than a season ahead is taken as the past one.
	// A month of slack lets a past verb of telling report what comes next month ("warned of a
	// cut in its supply in September"). A month named alone that opens its clause tells of the
	// clause's own time, wholly before or after the reference's month: "In December, they
	// worsened" said in November is of the December before. Nor is there slack for the time of
	// a past act that is no telling: "resigned in December" said in November is of the December
	// before, and "attacked on Dec. 3" said on Nov. 20 of the Dec. 3 before (a day or two ahead
	// is left for a page dated before the day it reports).
	slack := 1
	act := dir < 0 && s.pastActDate(f)
	if d == 0 && (act || s.opensClause(f)) {
		slack = 0
	}
	best, bestGap := r.Year, 1<<30
	for _, y := range []int{r.Year, r.Year - 1, r.Year + 1} {
		day := mkdate(y, m, min(dd, daysIn(y, m)))
		gap := monthsBetween(ref, day)
		if dir > 0 && gap < -slack || dir < 0 && gap > slack || dir == 0 && gap > 3 || act && d > 0 && day.Sub(ref) > 48*time.Hour {
			continue
		}
		if a := abs(gap); a < bestGap {
			best, bestGap = y, a
		}
	}
	return best
}

// opensClause reports whether f opens its sentence after at most two words and a comma
// follows it ("In December, …", "But by December, …").
func (s *state) opensClause(f found) bool {
	if !strings.HasPrefix(s.text[f.end:], ",") {
		return false
	}
	i := f.start
	for n := 0; n <= 2; n++ {
		if sentenceStart(s.text, i) {
			return true
		}
		_, k := prevWordAt(s.text, i)
		if k == i {
			return false
		}
		i = k
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// monthsBetween returns the whole months from a to b (negative when b is before a).
func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// atoiDay reads a day of month written in digits ("14", "3rd") or as an ordinal word.
func (s *state) atoiDay(f found) int {
	if d := f.g["day"]; d != "" {
		d = strings.TrimRight(d, "stndrdh")
		n, _ := strconv.Atoi(d)
		return n
	}
	if w := f.g["dayw"]; w != "" {
		return s.t.lx.ordinals[norm(strings.ReplaceAll(w, " ", "-"))]
	}
	return 0
}

func (s *state) month(name string) int {
	return s.t.lx.months[strings.ToLower(name)]
}

// number reads a cardinal written in digits or words; ok is false for vague quantities.
func (s *state) number(w string) (float64, bool) {
	w = norm(w)
	if n, err := strconv.ParseFloat(w, 64); err == nil {
		return n, true
	}
	if n, ok := s.t.lx.numbers[w]; ok {
		return n, true
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' })
	if len(parts) == 2 {
		a, ok1 := s.t.lx.numbers[parts[0]]
		b, ok2 := s.t.lx.numbers[parts[1]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, true
		}
	}
	return 0, false
}

// yearWords reads a year said in words ("nineteen ninety-six", "two thousand and one").
func (s *state) yearWords(w string) int {
	parts := strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == ' ' || r == '-' || r == '\n' })
	if len(parts) >= 2 && parts[0] == "two" && parts[1] == "thousand" {
		y := 2000
		if len(parts) >= 4 {
			n, _ := s.number(parts[3])
			y += int(n)
		}
		return y
	}
	if len(parts) < 2 {
		return 0
	}
	c, _ := s.number(parts[0])
	rest := parts[1:]
	if rest[0] == "hundred" {
		return int(c) * 100
	}
	if rest[0] == "oh" && len(rest) > 1 {
		n, _ := s.number(rest[1])
		return int(c)*100 + int(n)
	}
	n, ok := s.number(strings.Join(rest, " "))
	if !ok {
		return 0
	}
	return int(c)*100 + int(n)
}

// weekdayDate resolves a weekday against the anchor: rel says which one, else the clause tense.
func (s *state) weekdayDate(wd int, rel string, f found) time.Time {
	ref := s.ref.time()
	back := func(strict bool) time.Time {
		d := (isoWeekday(ref) - wd + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return ref.AddDate(0, 0, -d)
	}
	fwd := func(strict bool) time.Time {
		d := (wd - isoWeekday(ref) + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	}
	switch norm(rel) {
	case "last", "past", "this past", "the previous":
		return back(true)
	case "next", "coming", "this coming", "the following":
		return fwd(true)
	case "this":
		return fwd(false)
	}
	if s.dateDirection(f, true) > 0 {
		return fwd(false)
	}
	return back(false)
}

// dateDirection says whether a date named without its year or week lies ahead (+1) or behind
// (-1) the reference: the tense of the verb group that governs it decides; without one, the cue
// words of the clause (only the strong ones for weekdays).
func (s *state) dateDirection(f found, weekday bool) int {
	tn := tenseNone
	if x := s.text[f.start:f.end]; !strings.HasSuffix(x, "'s") && !strings.HasSuffix(x, "’s") {
		// A possessive ("Wednesday's ruling") names a thing, not the time of the clause.
		tn = s.verbTense(f.start, f.end)
	}
	switch prevWord(s.text, f.start) {
	case "since":
		return -1
	case "until", "till", "through":
		if tn != tensePast {
			return 1
		}
	}
	switch tn {
	case tenseFuture, tenseWould:
		return 1
	case tensePast, tensePerfect:
		return -1
	case tensePresent:
		// "the law takes effect Jan. 1", "the ministers meet Monday": an arranged event.
		if s.presentSchedule(f.start, f.end) {
			return 1
		}
	}
	if weekday {
		return s.strongDirection(f.start, f.end)
	}
	return s.direction(f.start, f.end)
}

func (s *state) noteDate(t time.Time) {
	s.lastDate, s.hasDate, s.monthOnlyEnd = t, true, 0
	s.lastY, s.lastM, s.monthMentioned = t.Year(), int(t.Month()), true
	s.lastYear, s.yearMentioned = t.Year(), true
}

func quarterOf(m int) int { return (m-1)/3 + 1 }

// quarterYear picks the year of a quarter named without one.
func (s *state) quarterYear(q int, f found) int {
	if s.ref.Year == 0 || s.ref.Inferred {
		return 0
	}
	if s.ref.Month == 0 {
		return s.ref.Year
	}
	if 3*q-2 > s.ref.Month && s.direction(f.start, f.end) <= 0 {
		return s.ref.Year - 1
	}
	if 3*q+3 < s.ref.Month && s.dateDirection(f, false) > 0 {
		// "expects a loss in the first quarter" said in November: a quarter a whole quarter
		// gone is next year's. The quarter just ended stays this year's, its results still to
		// come ("expects third-quarter earnings of $1.20" said in October).
		return s.ref.Year + 1
	}
	return s.ref.Year
}

func fmtQuarter(y, q int) string { return fmt.Sprintf("%s-Q%d", fmtYear(y), q) }

// shift moves the anchor by n units and formats it at that unit's granularity.
func (s *state) shift(n int, unit string) (string, bool) {
	r := s.ref
	switch unit {
	case "D":
		if !s.anchor() {
			return "XXXX-XX-XX", true
		}
		return fmtDay(r.time().AddDate(0, 0, n)), true
	case "W", "FN":
		if unit == "FN" {
			n *= 2
		}
		if !s.anchor() {
			return "XXXX-WXX", true
		}
		return fmtWeek(r.time().AddDate(0, 0, 7*n)), true
	case "M":
		if !s.monthAnchor() {
			return "XXXX-XX", true
		}
		t := mkdate(r.Year, r.Month+n, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case "Q":
		if !s.monthAnchor() {
			return "XXXX-QX", true
		}
		t := mkdate(r.Year, r.Month+3*n, 1)
		return fmtQuarter(t.Year(), quarterOf(int(t.Month()))), true
	case "Y":
		if !s.yearAnchor() {
			return "XXXX", true
		}
		return fmtYear(r.Year + n), true
	case "QC":
		return s.shift(25*n, "Y") // a quarter century
	case "DE":
		if !s.yearAnchor() {
			return "XXX", true
		}
		return fmt.Sprintf("%03d", (r.Year+10*n)/10), true
	case "CE":
		if !s.yearAnchor() {
			return "XX", true
		}
		return fmt.Sprintf("%02d", (r.Year+100*n)/100), true
	}
	return "", false
}

// durUnit formats n units as a TIMEX3 duration.
func durUnit(n float64, unit string) string {
	num := strconv.FormatFloat(n, 'f', -1, 64)
	switch unit {
	case "SEC":
		return "PT" + num + "S"
	case "MIN":
		return "PT" + num + "M"
	case "H":
		return "PT" + num + "H"
	case "FN":
		return "P" + strconv.FormatFloat(2*n, 'f', -1, 64) + "W"
	case "Q":
		return "P" + strconv.FormatFloat(3*n, 'f', -1, 64) + "M"
	case "QC":
		return "P" + strconv.FormatFloat(25*n, 'f', -1, 64) + "Y"
	}
	return "P" + num + unit
}

func (s *state) unit(w string) string { return s.t.lx.units[norm(w)] }

func date(t time.Time) tval { return tval{typ: "DATE", value: fmtDay(t)} }

// partCode reads a part of the day ("morning" → MO).
func (s *state) partCode(w string) string { return s.t.lx.dayparts[norm(w)] }
