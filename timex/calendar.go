package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Ref is the reference date relative expressions are resolved against. Zero fields are unknown:
// Ref{} knows nothing, Ref{Year: 2020} only the year.
type Ref struct {
	Year, Month, Day int
	// Inferred is set when the date was inferred from the text rather than given as the
	// publication date: it then fixes years of stated dates but anchors no deictic expression
	// ("today", "last week").
	Inferred bool
}

// ParseRef reads an ISO 8601 date as precise as known ("2020", "2020-04", "2020-04-14",
// "2020-04-14T09:30:00Z"). Anything it cannot read gives the unknown Ref{}.
func ParseRef(iso string) Ref {
	iso = strings.TrimSpace(iso)
	if i := strings.IndexAny(iso, "T "); i >= 0 {
		iso = iso[:i]
	}
	parts := strings.Split(iso, "-")
	var r Ref
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Ref{}
		}
		switch i {
		case 0:
			if len(p) != 4 {
				return Ref{}
			}
			r.Year = n
		case 1:
			if n < 1 || n > 12 {
				return Ref{}
			}
			r.Month = n
		case 2:
			if n < 1 || n > daysIn(r.Year, r.Month) {
				return Ref{}
			}
			r.Day = n
		default:
			return Ref{}
		}
	}
	return r
}

// String formats the reference as ISO 8601, as precise as known; "" when unknown.
func (r Ref) String() string {
	switch {
	case r.Year == 0:
		return ""
	case r.Month == 0:
		return fmt.Sprintf("%04d", r.Year)
	case r.Day == 0:
		return fmt.Sprintf("%04d-%02d", r.Year, r.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", r.Year, r.Month, r.Day)
}

// full reports whether the reference is a whole date.
func (r Ref) full() bool { return r.Year > 0 && r.Month > 0 && r.Day > 0 }

// time returns the reference as a time at midnight UTC; only meaningful when full.
func (r Ref) time() time.Time { return mkdate(r.Year, r.Month, r.Day) }

func mkdate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the number of days in a month (31 when the year is unknown and it is February… 29).
func daysIn(y, m int) int {
	if m == 2 && y == 0 {
		return 29
	}
	if y == 0 {
		y = 2001
	}
	return mkdate(y, m+1, 0).Day()
}

// isoWeekday returns the ISO weekday of t, Monday = 1 … Sunday = 7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtMonth(y, m int) string {
	if y == 0 {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

func fmtYear(y int) string {
	if y == 0 {
		return "XXXX"
	}
	return fmt.Sprintf("%04d", y)
}

func fmtDate(y, m, d int) string {
	if y == 0 {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// nthWeekday returns the day of month of the n-th ISO weekday wd in a month.
func nthWeekday(y, m, n, wd int) int {
	first := isoWeekday(mkdate(y, m, 1))
	d := 1 + (wd-first+7)%7 + 7*(n-1)
	return d
}

// seasonMonths gives the first and last month of each season code (winter spans the new year).
var seasonMonths = map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 2}}

// holidayRule is how a named day falls in a year (holidays.txt): a fixed month and day, the
// n-th (or last) weekday of a month, or Easter Sunday; then moved by a number of days.
type holidayRule struct {
	month, day int
	nth, wd    int // the nth ISO weekday wd of month; nth -1 is the last
	easter     bool
	after      int // days after the rule's day (Black Friday follows Thanksgiving)
}

// parseHoliday reads a rule of holidays.txt: MM-DD, MM-N-W (N may be L, the last), or E (Easter
// Sunday), each perhaps followed by +K or -K days.
func parseHoliday(rule string) (holidayRule, error) {
	var h holidayRule
	if i := strings.LastIndexAny(rule, "+"); i >= 0 {
		n, err := strconv.Atoi(rule[i+1:])
		if err != nil {
			return h, fmt.Errorf("holiday rule %q: %w", rule, err)
		}
		h.after, rule = n, rule[:i]
	}
	if strings.HasPrefix(rule, "E") {
		h.easter = true
		if rest := rule[1:]; rest != "" {
			n, err := strconv.Atoi(rest)
			if err != nil {
				return h, fmt.Errorf("holiday rule %q: %w", rule, err)
			}
			h.after += n
		}
		return h, nil
	}
	parts := strings.Split(rule, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return h, fmt.Errorf("holiday rule %q: want MM-DD, MM-N-W or E", rule)
	}
	var err error
	if h.month, err = strconv.Atoi(parts[0]); err != nil || h.month < 1 || h.month > 12 {
		return h, fmt.Errorf("holiday rule %q: bad month", rule)
	}
	if len(parts) == 2 {
		h.day, err = strconv.Atoi(parts[1])
		if err != nil || h.day < 1 || h.day > 31 {
			return h, fmt.Errorf("holiday rule %q: bad day", rule)
		}
		return h, nil
	}
	if parts[1] == "L" {
		h.nth = -1
	} else if h.nth, err = strconv.Atoi(parts[1]); err != nil || h.nth < 1 || h.nth > 5 {
		return h, fmt.Errorf("holiday rule %q: bad count", rule)
	}
	if h.wd, err = strconv.Atoi(parts[2]); err != nil || h.wd < 1 || h.wd > 7 {
		return h, fmt.Errorf("holiday rule %q: bad weekday", rule)
	}
	return h, nil
}

// fixed reports whether the day falls on the same month and day every year.
func (h holidayRule) fixed() bool { return !h.easter && h.nth == 0 && h.after == 0 }

// in returns the day in year y.
func (h holidayRule) in(y int) time.Time {
	var t time.Time
	switch {
	case h.easter:
		t = easterSunday(y)
	case h.nth == -1:
		last := mkdate(y, h.month, daysIn(y, h.month))
		t = last.AddDate(0, 0, -((isoWeekday(last) - h.wd + 7) % 7))
	case h.nth > 0:
		t = mkdate(y, h.month, nthWeekday(y, h.month, h.nth, h.wd))
	default:
		t = mkdate(y, h.month, h.day)
	}
	return t.AddDate(0, 0, h.after)
}

// easterSunday returns the date of Western Easter in year y (the anonymous Gregorian
// computus).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return mkdate(y, month, day)
}
