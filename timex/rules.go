package timex

import (
	"regexp"
	"sort"
	"strings"
)

// kind names a family of expressions that share a normalisation.
type kind int

const (
	kDateMDY    kind = iota // [Tuesday,] April 14[, 2020]
	kDateDMY                // [Tuesday,] 14 April [2020], the 3rd of October
	kISO                    // 2020-04-14
	kSlash                  // 04/14/2020, 14-04-2020, 14.04.2020
	kMonth                  // April 2020, last April, mid-April, June last year
	kYear                   // 2016, fiscal 1989, 1994 or later
	kYearWords              // the year two thousand, nineteen ninety-six
	kDecade                 // the 1990s, the late '70s
	kCentury                // the 20th century
	kSeason                 // spring of 2019, last summer
	kWeekday                // Tuesday, last Friday, Tuesday morning
	kRelDay                 // today, yesterday morning, last night, this evening
	kPart                   // mid afternoon
	kRelUnit                // this week, last month, the past year, the weekend
	kAgo                    // five days ago, a year earlier
	kYearAgo                // the year-ago quarter
	kVagueAgo               // years ago, days later
	kDuration               // the past three years, 24 hours
	kVague                  // recent weeks, the coming months
	kQuarter                // the third quarter, third-quarter, Q3 2019
	kHalf                   // the first half of 2019
	kQuarterRef             // the quarter, the latest period
	kTime                   // 3 p.m. Tuesday, noon Thursday
	kRef                    // now, recently, the future
	kHoliday                // Christmas Day
	kAnaphDay               // the 3rd of the month
	kAnaph                  // that day, the next day, that year
	kSet                    // every day, weekly
	kYearEnd                // year-end, the year's end
	kDecadeWord             // the nineties
	kWeekOf                 // the week of March 6
	kNight                  // overnight, overnight Wednesday, in the morning
	kThen                   // (until) then: the time named just before
	kAppos                  // (Oct. 12,) the day before the plunge: a day restated
)

// rule is one pattern and the kind of expression it finds.
type rule struct {
	kind kind
	re   *regexp.Regexp
	// anch is re anchored at the start of its input: it is tried only where a match can begin.
	anch *regexp.Regexp
	// starts tells where a match can begin (see starts).
	starts *starts
}

// buildRules compiles the patterns from the word lists.
func buildRules(lx *lexicon) ([]rule, error) {
	sub := placeholders(lx)
	pats := patterns()
	rules := make([]rule, 0, len(pats))
	for _, p := range pats {
		r, err := compileRule(p.k, expand(p.p, sub))
		if err != nil {
			return nil, err
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// expand fills the {NAME} placeholders of a pattern.
func expand(src string, sub map[string]string) string {
	for k, v := range sub {
		src = strings.ReplaceAll(src, "{"+k+"}", v)
	}
	return src
}

// dayAfterPattern is what may follow a month-and-day date to name a second day of the same
// month: a dash or a joining word, the day, and a year that both days share.
const dayAfterPattern = `^(?:\s*[-–]\s*|\s+(?i:and|or|to|through|until)\s+)(?P<day>{DAYN})(?:,?\s+(?P<year>{YEAR}))?(?:$|[^\pL\pN%])`

// secondDays adds to the expressions fs of text the second day of each "April 24 and 25" or
// "April 24-25": a date of the first day's month (and year, when either day states it) that no
// other expression covers. A second day not after the first is no date ("May 5 and 3 others").
func (t *Tagger) secondDays(text string, fs []found) []found {
	var out []found
	for i, f := range fs {
		out = append(out, f)
		if f.kind != kDateMDY || f.g["day"] == "" {
			continue
		}
		loc := t.dayAfter.FindStringSubmatchIndex(text[f.end:])
		if loc == nil {
			continue
		}
		ds, de := f.end+loc[2], f.end+loc[3]
		if i+1 < len(fs) && fs[i+1].start < de {
			continue
		}
		g := map[string]string{"mon": f.g["mon"], "day": text[ds:de], "year": f.g["year"]}
		second := found{start: ds, end: de, core: ds, kind: kDateMDY, g: g}
		st := &state{t: t}
		if st.atoiDay(second) <= st.atoiDay(f) {
			continue
		}
		if loc[4] >= 0 && g["year"] == "" {
			// The year after the second day is both days' own (it stays an expression of its own).
			g["year"] = text[f.end+loc[4] : f.end+loc[5]]
			first := f
			first.g = map[string]string{}
			for k, v := range f.g {
				first.g[k] = v
			}
			first.g["year"] = g["year"]
			out[len(out)-1] = first
		}
		out = append(out, second)
	}
	return out
}

// compileRule compiles one expanded pattern twice, free and anchored, and builds its start
// filter (see starts), so that the scanner tries it only where it can match.
func compileRule(k kind, src string) (rule, error) {
	re, err := regexp.Compile(src)
	if err != nil {
		return rule{}, err
	}
	anch, err := regexp.Compile(`^(?:` + src + `)`)
	if err != nil {
		return rule{}, err
	}
	st, err := startsOf(src)
	if err != nil {
		return rule{}, err
	}
	return rule{kind: k, re: re, anch: anch, starts: st}, nil
}

// pattern is one rule before its placeholders ({MON}, {YEAR}…) are filled from the word lists.
type pattern struct {
	k kind
	p string
}

// patterns lists the rules in the order they are tried; the named groups are what the readers
// of each kind look at.
func patterns() []pattern {
	return []pattern{
		{kDateMDY, `{MODP}(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s*(?:(?P<day>{DAYN})|(?P<dayw>{ORDW}))(?:,?\s+(?P<year>{YEAR}))?`},
		// A page's stamp whose comma was lost runs the day into the year ("Jun 182016").
		{kDateMDY, `(?P<mon>{MON})\s+(?P<day>[0-3]?[0-9])(?P<year>(?:19|20)[0-9]{2})`},
		{kDateMDY, `{MODP}(?:(?P<rel>{REL})\s+)(?P<wd>{WDF}),?\s+(?P<mon>{MON})\s*(?:(?P<day>{DAYN})|(?P<dayw>{ORDW}))`},
		{kDateDMY, `{MODP}(?:(?P<wd>{WD}),?\s+)?(?:(?i:the)\s+)?(?:(?P<day>{DAYN})|(?P<dayw>{ORDW}))\s+(?:(?i:of)\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?`},
		{kISO, `(?P<year>[12][0-9]{3})-(?P<mn>[01][0-9])-(?P<dn>[0-3][0-9])(?:[T ](?P<hh>[0-2][0-9]):(?P<mm>[0-5][0-9]))?`},
		{kISO, `(?P<year>[12][0-9]{3})/(?P<mn>[01]?[0-9])/(?P<dn>[0-3]?[0-9])`},
		{kSlash, `(?P<a>[01]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<year>[12][0-9]{3}|[0-9]{2})`},
		{kSlash, `(?P<a>[0-3]?[0-9])(?P<dmy>[-.])(?P<b>[0-3]?[0-9])[-.](?P<year>[12][0-9]{3})`},
		{kMonth, `{MODP}(?:(?P<rel>{REL})\s+|(?P<mo>(?i:the\s+month\s+of))\s+)?(?P<mon>{MON})(?:(?:\s+(?i:of)|,)?\s+(?:(?P<year>{YEAR})|(?P<yw>{YW}))|\s+(?:(?i:of)\s+)?(?P<ry>(?i:this|last|next))\s+(?i:year)|\s+(?i:of)\s+(?P<sy>(?i:that|the\s+same))\s+(?i:year))?`},
		{kYear, `{MODP}(?:(?P<fy>(?i:fiscal|calendar|fy|the\s+year|the\s+fiscal\s+year|the\s+calendar\s+year|(?:pre|post|mid)-))[\s-]*)?(?P<year>{YEAR})(?P<tail>\s+(?i:or\s+later|and\s+beyond|or\s+earlier|onwards|onward))?`},
		{kYearWords, `{MODP}(?:(?P<ty>(?i:the\s+year))\s+)?(?P<yw>{YW})`},
		{kDecade, `{MODP}(?:(?P<dec>(?:1[0-9]|20)[0-9]0)|['’](?P<dec2>[0-9]0))['’]?s`},
		{kCentury, `{MODP}(?:(?i:the)\s+)?(?:(?P<cn>[0-9]{1,2})(?:st|nd|rd|th)|(?P<cw>{ORDW}))[\s-]+(?i:century)`},
		{kSeason, `{MODP}(?:(?P<rel>{REL}|(?i:the|that))\s+)?(?P<season>{SEASON})(?:(?:\s+(?i:of)|,)?\s+(?:(?P<year>{YEAR})|(?P<yw>{YW})|(?P<ry>(?i:this|last|next))\s+(?i:year)))?`},
		{kWeekday, `{MODP}(?:(?P<rel>{REL})\s+)?(?P<wd>{WDF})(?:['’]s)?(?:\s+(?P<part>{PART}))?`},
		{kWeekday, `{MODP}(?:(?P<rel>{REL})\s+)?(?P<wd>{WDA})(?:\s+(?P<part>{PART}))?`},
		{kRelDay, `{MODP}(?P<rd>{RDAY})(?:['’]s)?(?:\s+(?P<part>{PART}))?`},
		{kRelDay, `{MODP}(?P<rd>(?i:this|last|tomorrow|yesterday))\s+(?P<part>{PART})`},
		{kRelDay, `{MODP}(?P<part>{PART})\s+(?P<rd>(?i:today|yesterday|tomorrow))`},
		{kPart, `{MODP}(?P<part>{PART})`},
		{kRelUnit, `{MODP}(?P<rel>(?i:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+next|the\s+coming|the\s+current|the\s+following|the\s+same|the\s+full|the\s+whole|the\s+entire|this|last|next|coming|past|previous|current|the))\s+(?P<unit>(?i:weekend|week|month|year|quarter|decade|century|fiscal\s+year|calendar\s+year))(?P<approx>\s+(?i:or\s+so))?`},
		{kWeekOf, `{MODP}(?i:the\s+week\s+of)\s+(?P<mon>{MON})\s*(?P<day>{DAYN})(?:,?\s+(?P<year>{YEAR}))?`},
		{kYearEnd, `{MODP}(?:(?P<rel>(?i:this|last|next|the))\s+)?(?P<year>{YEAR}\s+)?(?i:year(?:['’]s)?[\s-]+end)`},
		{kDecadeWord, `{MODP}(?:(?i:the)\s+)?(?P<dw>{DECW})`},
		{kAgo, `{MODP}(?P<num>{NUM}|(?i:a\s+few|a\s+couple\s+of|several|some|many))[\s-]+(?P<unit>{UNITS})(?P<approx>\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|back))`},
		{kYearAgo, `(?:(?i:the|a|its)\s+)?(?:(?i:comparable|same|corresponding|year-ago|year-earlier)\s+)?(?i:year[\s-](?:ago|earlier))(?:\s+(?:(?i:fiscal)\s+)?(?:(?P<qn>(?i:first|second|third|fourth))[\s-]+)?(?P<unit>(?i:quarter|period|month|week)))?`},
		{kYearAgo, `(?i:the\s+(?:same|comparable|corresponding)\s+(?P<unit>quarter|period|month|week)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))`},
		{kVagueAgo, `(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))\s+(?P<dir>(?i:ago|earlier|later))`},
		{kDuration, `{MODP}(?:(?P<dl>(?i:the\s+(?:past|last|next|first|coming|previous|following)))\s+)?(?P<num>{NUM})(?P<half>[\s-]+(?i:and)[\s-]+(?i:a)[\s-]+(?i:half))?[\s-]+(?P<unit>{UNITS})(?P<half2>\s+(?i:and\s+a\s+half))?(?P<approx>\s+(?i:or\s+so))?`},
		{kDuration, `{MODP}(?:(?P<dl>(?i:the\s+(?:past|last|next|first|coming|previous|following)))\s+)?(?i:a\s+)?(?P<unit>(?i:year|month|week|day|hour))(?P<half2>\s+(?i:and\s+a\s+half))`},
		{kVague, `(?:(?i:the)\s+)?(?P<dir>(?i:(?:past|last|recent|coming|next|previous)(?:\s+(?:few|several|many|two|couple\s+of))?|recent|coming|(?:in\s+)?future|upcoming|several|the\s+next\s+few))\s+(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|quarters))`},
		{kVague, `(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades))(?P<long>-long)`},
		{kQuarter, `{MODP}(?:(?P<qpos>(?i:the|its|a|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|(?:the\s+)?(?:current|latest|previous|same|flat|strong|weak))\s+)*)?(?:(?P<qy>{YEAR})\s+)?(?:(?i:fiscal|calendar)[\s-]+)?(?P<qn>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter|qtr\.?)(?:\s+(?i:of)\s+(?:(?:(?i:fiscal)\s+)?(?P<year>{YEAR})|(?P<ry>(?i:this|last|next))\s+(?i:year)))?`},
		{kQuarter, `(?:(?P<qy>{YEAR})\s+)?Q(?P<qd>[1-4])(?:\s+(?P<year>{YEAR}))?`},
		{kQuarter, `(?P<qd>[1-4])Q(?:\s+(?P<year>{YEAR}))?`},
		{kHalf, `{MODP}(?:(?i:the)\s+)?(?P<hn>(?i:first|second|last|latter))\s+(?i:half)(?:\s+(?i:of)\s+(?:(?P<year>{YEAR})|(?P<ry>(?i:this|last|next|the))\s+(?i:year)|(?:(?i:the)\s+)?(?:(?P<dec>(?:1[0-9]|20)[0-9]0)|['’](?P<dec2>[0-9]0))['’]?s))?`},
		{kHalf, `H(?P<hd>[12])(?:\s+(?P<year>{YEAR}))?`},
		{kHalf, `{MODP}(?:(?i:the)\s+)?(?P<hn>(?i:first|last))\s+(?i:two\s+quarters\s+of)\s+(?:(?P<year>{YEAR})|(?P<ry>(?i:this|last|next|the))\s+(?i:year))`},
		{kQuarterRef, `(?i:the|that)\s+(?P<qy>{YEAR})\s+(?P<unit>(?i:quarter|period))`},
		{kQuarterRef, `(?i:(?:the|that|this|its)\s+(?:(?P<adj>latest|current|most\s+recent|recent|same|just-ended|just\s+ended|past|year-ago|year-earlier)\s+)?(?P<unit>quarter|period))`},
		{kTime, `{MODP}(?P<hh>[01]?[0-9]|2[0-3])(?:[:.]?(?P<mm>[0-5][0-9]))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?:\s+(?P<tz>[A-Z]{2,4}))?(?:\s+\([0-9]{4}\s+(?:GMT|UTC)\))?` + clockDay},
		{kTime, `{MODP}(?P<hh>[01]?[0-9]|2[0-3])(?:\s+(?i:o['’]clock))?\s+(?i:in\s+the)\s+(?P<part>(?i:morning|afternoon|evening))`},
		{kTime, `{MODP}(?P<hh>[01][0-9]|2[0-3]):(?P<mm>[0-5][0-9])(?:\s+(?P<tz>GMT|UTC|local\s+time))?` + clockDay},
		{kTime, `{MODP}(?P<hh>1[0-2]|0?[1-9])\s+(?P<oc>(?i:o['’]clock))`},
		{kTime, `{MODP}(?P<hh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])\s*(?P<tz>GMT|UTC|Z|(?i:hrs|local\s+time))` + clockDay},
		{kTime, `{MODP}(?P<nm>(?i:noon|midnight|midday))(?:\s+(?:(?i:on)\s+)?(?:(?P<wd>{WDF})|(?P<rd>(?i:today|yesterday|tomorrow))))?`},
		{kNight, `(?P<night>(?i:overnight))(?:\s+(?:(?i:on)\s+)?(?P<wd>{WDF}))?`},
		{kNight, `(?i:the)\s+(?P<part>(?i:morning|afternoon|evening|night))`},
		{kRef, `(?P<ref>{REFS})`},
		{kThen, `(?i:then)`},
		{kAppos, `(?i:the\s+day)`},
		{kHoliday, `(?:(?P<rel>{REL})\s+)?(?P<hol>{HOL})(?:,?\s+(?P<year>{YEAR}))?`},
		{kAnaphDay, `(?i:the)\s+(?:(?P<day>{DAYN})|(?P<dayw>{ORDW}))\s+(?i:of\s+(?:the|that|this)\s+month)`},
		{kAnaph, `{MODP}(?P<an>(?i:that(?:\s+same)?|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding))\s+(?P<unit>(?i:day|morning|afternoon|evening|night|week|weekend|month|year))`},
		{kAnaph, `{MODP}(?P<an>(?i:the))\s+(?P<unit>(?i:day))\s+(?P<side>(?i:before|after))`},
		{kAnaph, `{MODP}(?P<an>(?i:the))\s+(?P<unit>(?i:day))`},
		{kSet, `(?P<set>(?i:every|each|per|a))\s+(?P<unit>(?i:day|week|month|year|morning|evening|night|weekend))`},
		{kSet, `(?i:every)\s+(?P<num>{NUM})\s+(?P<unit>{UNITS})`},
		{kSet, `(?P<adv>{FREQ})`},
		{kSet, `(?:(?i:every|each)\s+(?P<wd>{WDF})|(?P<wd>{WDF})s)`},
		{kSet, `(?i:every|each)\s+(?P<season>{SEASON})(?:(?:\s+[\pL-]+)?\s+{PERIOD})?`},
		{kSet, `(?i:every|each)\s+(?P<mon>{MON})(?:\s+(?P<day>{DAYN})\b)?`},
		{kSet, `(?P<times>(?i:once|twice|thrice|{NUM}\s+times))\s+(?i:a|per|each|every)\s+(?P<unit>(?i:day|week|month|year))`},
	}
}

// clockDay is the day a time of day may name right after its clock ("0700 GMT Tuesday", "9 am
// on May 3", "10:30 yesterday"): the time is of that day, not of the document's.
const clockDay = `(?:,?\s+(?:(?i:on)\s+)?(?:(?P<mon>{MON})\s*(?P<day>{DAYN})\b|(?P<wd>{WDF}|{WDA})|(?P<rd>(?i:today|yesterday|tomorrow|tonight))))?`

// placeholders maps each {NAME} of the patterns to the alternation it stands for, built from
// the word lists so that a user's own lists widen the patterns too.
func placeholders(lx *lexicon) map[string]string {
	ones, tens := numberWords(lx.numbers)
	onesA, tensA := "(?:"+alt(ones)+")", "(?:"+alt(tens)+")"
	return map[string]string{
		"MON":    "(?:" + alt(titleForms(keys(lx.months))) + ")",
		"MONF":   "(?:" + alt(titleForms(longestForms(lx.months))) + ")",
		"WD":     "(?:" + alt(titleForms(withoutStops(keys(lx.weekdays)))) + ")",
		"WDF":    "(?:" + alt(titleForms(longestForms(lx.weekdays))) + ")",
		"WDA":    "(?:" + alt(titleForms(shortForms(lx.weekdays))) + ")",
		"DAYN":   `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`,
		"ORDW":   "(?i:" + alt(keys(lx.ordinals)) + ")",
		"YEAR":   `(?:1[0-9]{3}|20[0-9]{2})`,
		"YW":     `(?i:(?:nineteen|twenty)[\s-]+(?:hundred|` + tensA + `(?:[\s-]+` + onesA + `)?|oh[\s-]+` + onesA + `)|two\s+thousand(?:\s+and\s+` + onesA + `)?)`,
		"NUM":    `(?:\d+(?:\.\d+)?|(?i:` + tensA + `[\s-]+` + onesA + `|` + alt(keys(lx.numbers)) + `))`,
		"UNITS":  "(?i:" + alt(keys(lx.units)) + ")",
		"SEASON": "(?i:" + alt(keys(lx.seasons)) + ")",
		"PART":   "(?i:" + alt(keys(lx.dayparts)) + ")",
		"REL":    `(?i:this\s+past|this\s+coming|the\s+previous|the\s+following|last|next|this|past|coming)`,
		"MODP":   `(?:(?:(?i:the)\s+)?(?P<mod>(?i:` + alt(keys(lx.mods)) + `))(?:\s+(?i:in|of|on))?(?:\s*-\s*|\s+))?`,
		"RDAY":   `(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)`,
		"HOL":    "(?:" + alt(holidayForms(lx.holidays)) + ")",
		"REFS":   "(?i:" + alt(keys(lx.refs)) + ")",
		"DECW":   "(?i:" + alt(keys(lx.decades)) + ")",
		"FREQ":   "(?i:" + alt(keys(lx.freq)) + ")",
		"PERIOD": "(?i:" + alt(keys(lx.periodNouns)) + ")",
	}
}

// longestForms keeps, for each number, its longest spelling that is not an abbreviation
// ("September", not "Sept." or "Sep"): the forms a "Friday, May 3"-style pattern may insist on.
func longestForms(m map[string]int) []string {
	best := map[int]string{}
	for f, n := range m {
		if !strings.HasSuffix(f, ".") && len(f) > len(best[n]) {
			best[n] = f
		}
	}
	var out []string
	for _, f := range best {
		out = append(out, f)
	}
	return out
}

// withoutStops adds to the forms each abbreviation's spelling without its stop ("Sat" of
// "Sat."), which a date after it makes unambiguous ("Sat May 7 2016").
func withoutStops(forms []string) []string {
	out := append([]string(nil), forms...)
	for _, f := range forms {
		if strings.HasSuffix(f, ".") {
			out = append(out, strings.TrimSuffix(f, "."))
		}
	}
	return out
}

// shortForms lists the forms that are not the longest spelling of their number: the
// abbreviations ("Wed.", "Thurs").
func shortForms(m map[string]int) []string {
	long := map[string]bool{}
	for _, f := range longestForms(m) {
		long[f] = true
	}
	var out []string
	for f := range m {
		if !long[f] {
			out = append(out, f)
		}
	}
	return out
}

// numberWords returns the one-word spellings of 1–9 (without "a", "an") and of the tens 20–90,
// from which spelt-out years and counts ("twenty-five") are built.
func numberWords(numbers map[string]float64) (ones, tens []string) {
	for f, n := range numbers {
		if strings.Contains(f, " ") {
			continue
		}
		if n >= 1 && n <= 9 && f != "a" && f != "an" {
			ones = append(ones, f)
		}
		if n >= 20 && n <= 90 && int(n)%10 == 0 {
			tens = append(tens, f)
		}
	}
	return ones, tens
}

// holidayForms spells each holiday name in title case, as the names are matched as written, and
// a name of several words also with its first word in lower case ("black Friday").
func holidayForms(holidays map[string]string) []string {
	var hol []string
	for f := range holidays {
		t := titleCaseWords(f)
		hol = append(hol, t)
		if i := strings.IndexByte(t, ' '); i > 0 {
			hol = append(hol, strings.ToLower(t[:i])+t[i:])
		}
	}
	return hol
}

// titleCaseWords capitalises the first letter of each word.
func titleCaseWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

// found is one pattern match: its span, kind and named groups.
type found struct {
	start, end int
	core       int // where the expression proper starts, after modifier words ("late in ")
	kind       kind
	g          map[string]string
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isWordByte reports whether b continues a word (a letter or digit of ASCII, or any byte of a
// multi-byte character).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// scan finds every candidate of every rule, keeps those that stand as whole words, and returns
// the longest non-overlapping ones in text order.
func (t *Tagger) scan(text string) []found {
	var all []found
	heads := t.headWindows(text)
	for _, r := range t.rules {
		names := r.re.SubexpNames()
		for _, w := range windowsFor(heads, headsOf(r.kind)) {
			all = t.matchWindow(text, w, r, names, all)
		}
	}
	return pick(all)
}

// maxSpan bounds the length of an expression in bytes.
const maxSpan = 96

// matchWindow adds to all the plausible whole-word matches of r inside the window w of text.
// It walks the window as a leftmost-first search would, but tries the anchored pattern only at
// positions that start a word and whose first bytes can begin a match.
func (t *Tagger) matchWindow(text string, w window, r rule, names []string, all []found) []found {
	for pos := w.start; pos < w.end; {
		if !r.starts.may(text, pos, w.end) || pos > 0 && isWordByte(text[pos-1]) && isWordByte(text[pos]) {
			pos++
			continue
		}
		// No expression is longer than maxSpan bytes; a short input keeps the matcher cheap.
		loc := r.anch.FindStringSubmatchIndex(text[pos:min(w.end, pos+maxSpan)])
		if loc == nil {
			pos++
			continue
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += pos
			}
		}
		if loc[1] > pos {
			pos = loc[1]
		} else {
			pos++
		}
		{
			s, e := loc[0], loc[1]
			if e == s {
				continue
			}
			// Trim trailing white space a pattern may have taken.
			for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t') {
				e--
			}
			if s > 0 && isWordByte(text[s-1]) && isWordByte(text[s]) {
				continue
			}
			if e < len(text) && isWordByte(text[e]) && isWordByte(text[e-1]) {
				continue
			}
			if s > 1 && text[s-1] == ',' && isDigit(text[s-2]) && isDigit(text[s]) {
				// "2,500 years ago": the end of a larger number.
				continue
			}
			if s > 0 && text[s-1] == '-' && isWordByte(text[s]) && r.kind != kRef {
				// "1,000-year", "20-year-old": part of a compound.
				if s > 1 && text[s-2] >= '0' && text[s-2] <= '9' {
					continue
				}
			}
			f := found{start: s, end: e, core: s, kind: r.kind, g: map[string]string{}}
			for i := 1; i < len(names); i++ {
				if names[i] == "" || loc[2*i] < 0 {
					continue
				}
				if names[i] == "mod" && loc[2*i+1] > f.core {
					f.core = coreAfter(text, loc[2*i+1], e)
				}
				if _, ok := f.g[names[i]]; !ok {
					f.g[names[i]] = text[loc[2*i]:loc[2*i+1]]
				}
			}
			if t.plausible(text, &f) {
				all = append(all, f)
			}
		}
	}
	return all
}

// overlapsKept reports whether the core of f overlaps the core of an expression already kept:
// owner marks the bytes of kept cores, points the places of empty ones.
func overlapsKept(owner []int32, points []int, f found) bool {
	if f.core == f.end {
		if p := f.core; p > 0 && owner[p] != 0 && owner[p-1] == owner[p] {
			return true
		}
	} else {
		for p := f.core; p < f.end; p++ {
			if owner[p] != 0 {
				return true
			}
		}
	}
	for _, p := range points {
		if f.core < p && p < f.end {
			return true
		}
	}
	return false
}

// coreAfter skips the white space, hyphen and "in"/"of" that follow modifier words ending at i.
func coreAfter(text string, i, end int) int {
	skip := func() {
		for i < end && (text[i] == ' ' || text[i] == '-' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
	}
	skip()
	if w := strings.ToLower(text[i:min(i+3, end)]); w == "in " || w == "of " || w == "on " {
		i += 2
		skip()
	}
	return i
}

// pick keeps the expressions with the longest cores that do not overlap, in text order; a kept
// expression loses its modifier words where they overlap another's core ("a year earlier" +
// "earlier in the third quarter" gives "a year earlier" and "the third quarter").
func pick(all []found) []found {
	sort.SliceStable(all, func(i, j int) bool {
		li, lj := all[i].end-all[i].core, all[j].end-all[j].core
		if li != lj {
			return li > lj
		}
		if all[i].end-all[i].start != all[j].end-all[j].start {
			return all[i].end-all[i].start > all[j].end-all[j].start
		}
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].kind < all[j].kind
	})
	// Overlaps are looked up through the bytes the kept cores cover, and a modifier's neighbours
	// among the kept expressions that start near it (no expression is longer than maxSpan), so
	// the cost grows with the number of expressions, not its square.
	var kept []found
	hi := 0
	for _, f := range all {
		hi = max(hi, f.end)
	}
	owner := make([]int32, hi+1) // 1 + the index in kept of the core covering a byte, or 0
	var points []int             // empty cores kept
	for _, f := range all {
		if overlapsKept(owner, points, f) {
			continue
		}
		kept = append(kept, f)
		if f.core == f.end {
			points = append(points, f.core)
		}
		for p := f.core; p < f.end; p++ {
			owner[p] = int32(len(kept))
		}
	}
	byStart := make([]int, len(kept))
	for i := range byStart {
		byStart[i] = i
	}
	sort.SliceStable(byStart, func(a, b int) bool { return kept[byStart[a]].start < kept[byStart[b]].start })
	starts := make([]int, len(kept))
	for x, i := range byStart {
		starts[x] = kept[i].start
	}
	for i := range kept {
		if kept[i].start >= kept[i].core {
			continue
		}
		lo := sort.SearchInts(starts, kept[i].start-maxSpan+1)
		for x := lo; x < len(starts) && starts[x] < kept[i].core; x++ {
			j := byStart[x]
			if j != i && kept[j].start < kept[i].core && kept[j].end > kept[i].start {
				kept[i].start = kept[i].core
				delete(kept[i].g, "mod")
				break
			}
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}
