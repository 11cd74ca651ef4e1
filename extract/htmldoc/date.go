package htmldoc

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Dates are accepted in this span of years only; anything else is a parse accident.
const minYear, maxYear = 1900, 2100

// namedDates read the days that metadata, a dateline and an address write with a month's name:
// the first name of each line of page-months.txt (lang/en/data), by its first three letters and
// any letters after ("Apr.", "April", "/2019/nov/18/").
type namedDates struct {
	months     map[string]int // the three letters, lower-case → 1–12
	monthFirst *regexp.Regexp // April 14, 2020; Apr. 14 2020; Tuesday, April 14, 2020
	dayFirst   *regexp.Regexp // 14 April 2020; Tue, 14 Apr 2020 10:00:00 GMT
	url        *regexp.Regexp // /2019/nov/18/ in a URL path
}

// newNamedDates compiles the readers from the rows of page-months.txt.
func newNamedDates(rows [][]string) *namedDates {
	nd := &namedDates{months: map[string]int{}}
	var alt []string
	for _, row := range rows {
		f := strings.Fields(row[0])
		if len(f) < 2 || utf8.RuneCountInString(f[1]) < 3 {
			continue
		}
		n, err := strconv.Atoi(f[0])
		if err != nil || n < 1 || n > 12 {
			continue
		}
		first := strings.ToLower(string([]rune(f[1])[:3]))
		if _, ok := nd.months[first]; !ok {
			nd.months[first] = n
			alt = append(alt, regexp.QuoteMeta(first))
		}
	}
	names := strings.Join(alt, "|")
	nd.monthFirst = regexp.MustCompile(`(?i)\b(` + names + `)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	nd.dayFirst = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + names + `)[a-z]*\.?,?\s+(\d{4})\b`)
	nd.url = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/(` + names + `)[a-z]*/(\d{1,2})/`)
	return nd
}

// month is the number of the month a name's first three letters name, 0 when none.
func (nd *namedDates) month(name string) string {
	return strconv.Itoa(nd.months[strings.ToLower(name)])
}

var (
	// isoDate: 2020-04-14, 2020/04/14, 2020.04.14, 2020-04-14T10:00:00Z, and 2020-04 or 2020.
	isoDate = regexp.MustCompile(`^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s_]|[+-]\d\d:?\d\d|Z)`)
	// utcLocalMidnight: a UTC time at exactly 22:00 or 23:00, how a date without a time entered
	// in Central European (summer) time is stored.
	utcLocalMidnight = regexp.MustCompile(`T2[23]:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$`)
	// compactDate: 20200414 or 20200414T100000.
	compactDate = regexp.MustCompile(`^\s*(\d{4})(\d{2})(\d{2})(?:$|T)`)
	// urlDate: /2020/04/14/, /2020-04-14/, /20200414/ or /2020/04/ in a URL path.
	urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?:/|[-_.][^/]*$|$)`)
	// urlShortDate: /2017/7/12/, a month or day written with one digit.
	urlShortDate = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/`)
	// urlSlugDate: a date ending the last path segment, as in /some-title-20191115/ or /title-2019-11-15/.
	urlSlugDate = regexp.MustCompile(`[-_]((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])/?$`)
)

// parseDate reads a date as pages state it in metadata and returns it as ISO 8601, as precise as
// the value is ("2020-04-14", "2020-04", "2020"), or "" when it is not a date.
func (nd *namedDates) parseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return isoOf(m[1], m[2], m[3])
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		d := isoOf(m[1], m[2], m[3])
		if len(d) == 10 && utcLocalMidnight.MatchString(s) {
			// Midnight in Central Europe stored in UTC: the page's own day is the next one.
			d = dayAfter(d)
		}
		return d
	}
	if m := nd.monthFirst.FindStringSubmatch(s); m != nil {
		return isoOf(m[3], nd.month(m[1]), m[2])
	}
	if m := nd.dayFirst.FindStringSubmatch(s); m != nil {
		return isoOf(m[3], nd.month(m[2]), m[1])
	}
	return ""
}

// isoOf validates the parts of a date and formats them; month and day may be empty.
func isoOf(y, mo, d string) string {
	year, err := strconv.Atoi(y)
	if err != nil || year < minYear || year > maxYear {
		return ""
	}
	if mo == "" {
		return fmt.Sprintf("%04d", year)
	}
	month, err := strconv.Atoi(mo)
	if err != nil || month < 1 || month > 12 {
		return ""
	}
	if d == "" {
		return fmt.Sprintf("%04d-%02d", year, month)
	}
	day, err := strconv.Atoi(d)
	if err != nil || day < 1 || day > daysIn(year, month) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DateFromURL returns the publication date a page's address states (/2020/04/14/slug,
// /2020/04/slug), as precise as it states it, or "". It reads month names with x's language data.
func (x *Extractor) DateFromURL(u string) string { return x.s.dates.named.dateFromURL(u) }

// dateFromURL finds a date in a URL's path (/2020/04/14/slug, /2020/04/slug, /20200414/).
func (nd *namedDates) dateFromURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return ""
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if m := urlDate.FindStringSubmatch(u); m != nil {
		return isoOf(m[1], m[2], m[3])
	}
	if m := urlShortDate.FindStringSubmatch(u); m != nil {
		return isoOf(m[1], m[2], m[3])
	}
	if m := nd.url.FindStringSubmatch(u); m != nil {
		return isoOf(m[1], nd.month(m[2]), m[3])
	}
	if m := urlSlugDate.FindStringSubmatch(u); m != nil {
		return isoOf(m[1], m[2], m[3])
	}
	return ""
}

// dayAfter returns the ISO day after day.
func dayAfter(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// datelineDate reads a date that opens an article's first paragraph ("April 14, 2020 — …",
// "BEIRUT, 14 April 2020: …"). Only a date with its year is taken.
func (nd *namedDates) datelineDate(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	if len(first) > 120 {
		first = first[:120]
	}
	for _, re := range []*regexp.Regexp{nd.monthFirst, nd.dayFirst} {
		loc := re.FindStringSubmatchIndex(first)
		if loc == nil || !datelinePrefix.MatchString(first[:loc[0]]) {
			continue
		}
		rest := strings.TrimLeft(first[loc[1]:], " ")
		if !datelineEnd.MatchString(rest) {
			continue
		}
		return nd.parseDate(first[loc[0]:loc[1]])
	}
	return ""
}

var (
	// datelinePrefix: nothing, or a place in capitals or a weekday before the date.
	datelinePrefix = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}.'’ -]{0,40},?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`)
	// datelineEnd: the date is followed by a dash, colon or a parenthesised agency.
	datelineEnd = regexp.MustCompile(`^(?:[-–—:|(/]|\d{1,2}[:.]\d\d)`)
)
