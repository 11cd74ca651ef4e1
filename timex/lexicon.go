package timex

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier/lang/en"
)

// lexicon holds the word lists, each a map from a lower-cased form to its value.
type lexicon struct {
	months   map[string]int
	weekdays map[string]int
	longDays map[string]bool // each weekday's longest form, without a stop ("wednesday")
	numbers  map[string]float64
	ordinals map[string]int
	units    map[string]string
	seasons  map[string]string
	dayparts map[string]string
	mods     map[string]string
	refs     map[string]string
	holidays map[string]string
	future   map[string]bool
	weak     map[string]bool
	past     map[string]bool
	tense    map[string]verbClass // verb-group words (tense.txt)
	heads    []entry              // head words and their class names (time-heads.txt)
	decades  map[string]string    // decade words → the digit of their tens (decade-words.txt)
	freq     map[string]string    // adverbs of frequency → SET value (frequency-adverbs.txt)
	mayCues  map[string]bool      // words before "May" that make it the month (may-month-cues.txt)
	yearCues map[string]bool      // words before a number that make it a year (year-cues.txt)
	speech   map[string]bool      // verbs of saying, whose present tells of the past (speech-verbs.txt)
	// datelineCues are the words of publication before a dateline's date (dateline-cues.txt);
	// datePreps the words that put a date inside a clause (date-preps.txt).
	datelineCues, datePreps map[string]bool
	// possessives are the possessive determiners (possessives.txt).
	possessives map[string]bool
	// soonWords are the adverbs of a time shortly to come (soon-adverbs.txt).
	soonWords map[string]bool
	// relPreps are the words after which "soon" and "shortly" tell only of another time ("soon
	// after", "shortly before": temporal-preps.txt).
	relPreps map[string]bool
	// partPreps are the words after which "the morning" or "the night" is a time (part-preps.txt).
	partPreps map[string]bool
	// durPreps are the words before "a second" that make it a span (duration-preps.txt).
	durPreps map[string]bool
	// spanFollows are the words after "a second" that leave it a span (span-follows.txt).
	spanFollows map[string]bool
	// ordinalUnits are the units that are also an ordinal or a fraction ("a second attack", "a
	// quarter of the vote": ordinal-units.txt).
	ordinalUnits map[string]bool
	// determiners open a noun phrase ("a quarter of the vote": event-determiners.txt).
	determiners map[string]bool
	// counts are the plural nouns a number counts ("2000 residents": count-nouns.txt);
	// amountCues the year cues that come as readily before an amount (amount-cues.txt);
	// amountOnly the words after which a number is an amount whatever follows (amount-only-cues.txt).
	counts, amountCues, amountOnly map[string]bool
	// periodNouns are the nouns a season word modifies when it names a period that comes back
	// each year, not a dated season ("the winter storm season": period-nouns.txt).
	periodNouns map[string]bool
	// comparedSpans name a reporting span longer than a quarter ("nine months"), after which a
	// year-earlier figure is of the year before, not of its quarter (compared-spans.txt).
	comparedSpans map[string]bool
	// thenPreps are the words before "then" that make it the time named before ("until then":
	// then-preps.txt).
	thenPreps map[string]bool
	// commits are the verbs (lemmas) and nouns of undertaking whose to-infinitive tells of what
	// is still to be done ("agreed to buy it in June": commit-words.txt).
	commits map[string]bool
	// periodEnds join a reporting period to the day it closes on ("the quarter ended July 31":
	// period-ends.txt).
	periodEnds map[string]bool
	// dayMods are the modifiers that make "the day" the day in focus ("earlier in the day":
	// day-mods.txt).
	dayMods map[string]bool
	// pluralBefore and pluralAfter are the words before and after "Fridays" that keep it a
	// weekday of every week (weekday-plural-cues.txt).
	pluralBefore, pluralAfter map[string]bool
	// rangeJoins are the words between the ends of a range of weekdays or months
	// (range-joins.txt).
	rangeJoins map[string]bool
	// relatives open a relative clause (relative-pronouns.txt).
	relatives map[string]bool
	// dayShifts are the words that name a day by its distance from the reference day, with the
	// part of day some of them name too (day-shifts.txt); yearShifts the words that move a year
	// or a day back or on ("last year", "next March": year-shifts.txt).
	dayShifts  map[string]dayShift
	yearShifts map[string]int
	// eraMarks put a number before the common era ("1750 BC": era-marks.txt); streetNouns close
	// a street's name after a house number ("1119 Eighth St.": street-nouns.txt); changeVerbs
	// tell of a figure changing before the range of its amounts ("rose from 1061 to 1128":
	// change-verbs.txt).
	eraMarks, streetNouns, changeVerbs map[string]bool
	// numberNouns name one of their kind by the number after them ("Resolution 2042":
	// number-nouns.txt).
	numberNouns map[string]bool
}

// dayShift is a day word's distance in days from the reference day and the TIMEX3 code of the
// part of day it also names ("tonight"), or "".
type dayShift struct {
	off  int
	part string
}

// entry is one line of a word list: a form and its value.
type entry struct{ form, value string }

// loadLexicon reads the word lists of the language data d (lang/en/data: months.txt,
// weekdays.txt, numbers.txt, …); each line is a form, a tab and its value.
func loadLexicon(d *en.Data) (*lexicon, error) {
	lx := &lexicon{
		months: map[string]int{}, weekdays: map[string]int{}, numbers: map[string]float64{},
		ordinals: map[string]int{}, units: map[string]string{}, seasons: map[string]string{},
		dayparts: map[string]string{}, mods: map[string]string{}, refs: map[string]string{},
		holidays: map[string]string{}, future: map[string]bool{}, weak: map[string]bool{}, past: map[string]bool{},
		tense: map[string]verbClass{}, decades: map[string]string{}, freq: map[string]string{},
		pluralBefore: map[string]bool{}, pluralAfter: map[string]bool{},
		dayShifts: map[string]dayShift{}, yearShifts: map[string]int{},
	}
	for _, l := range []struct {
		name string
		set  *map[string]bool
	}{
		{"may-month-cues", &lx.mayCues}, {"year-cues", &lx.yearCues}, {"speech-verbs", &lx.speech},
		{"dateline-cues", &lx.datelineCues}, {"date-preps", &lx.datePreps}, {"temporal-preps", &lx.relPreps},
		{"part-preps", &lx.partPreps}, {"duration-preps", &lx.durPreps}, {"span-follows", &lx.spanFollows},
		{"range-joins", &lx.rangeJoins}, {"period-nouns", &lx.periodNouns},
		{"relative-pronouns", &lx.relatives}, {"compared-spans", &lx.comparedSpans},
		{"then-preps", &lx.thenPreps}, {"commit-words", &lx.commits},
		{"period-ends", &lx.periodEnds},
		{"day-mods", &lx.dayMods}, {"ordinal-units", &lx.ordinalUnits}, {"count-nouns", &lx.counts},
		{"event-determiners", &lx.determiners}, {"amount-cues", &lx.amountCues},
		{"amount-only-cues", &lx.amountOnly}, {"era-marks", &lx.eraMarks},
		{"street-nouns", &lx.streetNouns}, {"change-verbs", &lx.changeVerbs},
		{"number-nouns", &lx.numberNouns},
		{"soon-adverbs", &lx.soonWords}, {"possessives", &lx.possessives},
	} {
		if *l.set = d.List(l.name); len(*l.set) == 0 {
			return nil, fmt.Errorf("word list %s: missing or empty", l.name)
		}
	}
	for _, l := range lx.lists() {
		rows := d.Rows(l.name)
		if len(rows) == 0 {
			return nil, fmt.Errorf("word list %s: missing or empty", l.name)
		}
		for _, r := range rows {
			if len(r) != 2 {
				return nil, fmt.Errorf("word list %s: %q: want a form, a tab and a value", l.name, strings.Join(r, "\t"))
			}
			if err := l.put(entry{r[0], r[1]}); err != nil {
				return nil, fmt.Errorf("word list %s: %w", l.name, err)
			}
		}
	}
	if err := lx.loadDayShifts(d); err != nil {
		return nil, err
	}
	lx.longDays = map[string]bool{}
	for _, f := range longestForms(lx.weekdays) {
		lx.longDays[f] = true
	}
	return lx, nil
}

// loadDayShifts reads day-shifts: a word, its distance in days and, optionally, a part of day.
func (lx *lexicon) loadDayShifts(d *en.Data) error {
	rows := d.Rows("day-shifts")
	if len(rows) == 0 {
		return fmt.Errorf("word list day-shifts: missing or empty")
	}
	for _, r := range rows {
		off, err := 0, error(nil)
		if len(r) >= 2 {
			off, err = strconv.Atoi(r[1])
		}
		if len(r) < 2 || len(r) > 3 || err != nil {
			return fmt.Errorf("word list day-shifts: %q: want a form, a tab, a number of days and optionally a part of day", strings.Join(r, "\t"))
		}
		ds := dayShift{off: off}
		if len(r) == 3 {
			ds.part = r[2]
		}
		lx.dayShifts[strings.ToLower(r[0])] = ds
	}
	return nil
}

// sink stores one entry of a word list.
type sink func(e entry) error

// lists names the word lists of the language data and how each entry is stored.
func (lx *lexicon) lists() []struct {
	name string
	put  sink
} {
	atoi := func(m map[string]int, lo, hi int) sink {
		return func(e entry) error {
			n, err := strconv.Atoi(e.value)
			if err != nil || n < lo || n > hi {
				return fmt.Errorf("%q: value %q out of range", e.form, e.value)
			}
			m[strings.ToLower(e.form)] = n
			return nil
		}
	}
	str := func(m map[string]string) sink {
		return func(e entry) error { m[strings.ToLower(e.form)] = e.value; return nil }
	}
	return []struct {
		name string
		put  sink
	}{
		{"months", atoi(lx.months, 1, 12)},
		{"weekdays", atoi(lx.weekdays, 1, 7)},
		{"ordinals", atoi(lx.ordinals, 1, 31)},
		{"numbers", func(e entry) error {
			n, err := strconv.ParseFloat(e.value, 64)
			if err != nil {
				return fmt.Errorf("%q: value %q is not a number", e.form, e.value)
			}
			lx.numbers[strings.ToLower(e.form)] = n
			return nil
		}},
		{"time-units", str(lx.units)},
		{"seasons", str(lx.seasons)},
		{"dayparts", str(lx.dayparts)},
		{"time-mods", str(lx.mods)},
		{"time-refs", str(lx.refs)},
		{"holidays", func(e entry) error {
			if _, err := parseHoliday(e.value); err != nil {
				return fmt.Errorf("%q: %w", e.form, err)
			}
			lx.holidays[strings.ToLower(e.form)] = e.value
			return nil
		}},
		{"decade-words", str(lx.decades)},
		{"frequency-adverbs", str(lx.freq)},
		{"tense", func(e entry) error {
			c, ok := verbClasses[e.value]
			if !ok {
				return fmt.Errorf("%q: unknown verb class %q", e.form, e.value)
			}
			lx.tense[strings.ToLower(strings.ReplaceAll(e.form, "’", "'"))] = c
			return nil
		}},
		{"time-heads", func(e entry) error {
			if headClasses[e.value] == 0 {
				return fmt.Errorf("%q: unknown head class %q", e.form, e.value)
			}
			lx.heads = append(lx.heads, e)
			return nil
		}},
		{"year-shifts", atoi(lx.yearShifts, -9, 9)},
		{"weekday-plural-cues", lx.putPluralCue},
		{"time-cues", lx.putTimeCue},
	}
}

// putPluralCue stores a word that, on the side it names, keeps a weekday written with a final s a
// weekday of every week (see weekday-plural-cues).
func (lx *lexicon) putPluralCue(e entry) error {
	switch e.value {
	case "before":
		lx.pluralBefore[strings.ToLower(e.form)] = true
	case "after":
		lx.pluralAfter[strings.ToLower(e.form)] = true
	default:
		return fmt.Errorf("%q: side must be before or after", e.form)
	}
	return nil
}

// putTimeCue stores a word that tells a verb's time: future, past or weak.
func (lx *lexicon) putTimeCue(e entry) error {
	// A cue line is "direction<TAB>words".
	word := strings.ToLower(e.value)
	switch e.form {
	case "future":
		lx.future[word] = true
	case "weak":
		lx.weak[word] = true
	case "past":
		lx.past[word] = true
	default:
		return fmt.Errorf("%q: direction must be future, weak or past", e.form)
	}
	return nil
}

// alt returns a regular expression alternation of the forms, longest first, with spaces matching
// any run of white space and hyphens matching a hyphen or white space.
func alt(forms []string) string {
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i]) != len(forms[j]) {
			return len(forms[i]) > len(forms[j])
		}
		return forms[i] < forms[j]
	})
	parts := make([]string, 0, len(forms))
	seen := map[string]bool{}
	for _, f := range forms {
		if seen[f] {
			continue
		}
		seen[f] = true
		q := regexp.QuoteMeta(f)
		q = strings.ReplaceAll(q, " ", `\s+`)
		q = strings.ReplaceAll(q, `\-`, `[\s-]`)
		q = strings.ReplaceAll(q, "-", `[\s-]`)
		q = strings.ReplaceAll(q, "'", `['’]`)
		parts = append(parts, q)
	}
	return strings.Join(parts, "|")
}

// keys returns the keys of a map.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// titleForms returns, for lower-case forms, their title-case and upper-case spellings.
func titleForms(forms []string) []string {
	var out []string
	for _, f := range forms {
		out = append(out, strings.ToUpper(f[:1])+f[1:], strings.ToUpper(f))
	}
	return out
}

// weekday returns the ISO number of a weekday form, written with or without the stop of its
// abbreviation ("Sat" as "Sat."), or 0.
func (lx *lexicon) weekday(form string) int {
	f := strings.ToLower(form)
	if n, ok := lx.weekdays[f]; ok {
		return n
	}
	return lx.weekdays[f+"."]
}
