// Package timeline places TIMEX3 values on a calendar: each value becomes an interval with its
// precision, so events can be ordered and uncertain dates drawn as ranges. A value whose year the
// text does not give ("XXXX-10-02") keeps its month and day but is marked as having no year; it is
// never given one.
package timeline

import (
	"strconv"
	"strings"
	"time"
)

// Interval is the stretch of time a TIMEX3 value stands for. End is exclusive.
type Interval struct {
	Start, End time.Time
	// YearKnown is false for values like XXXX-10-02; Start and End then fall in year 1 and only
	// their month and day mean anything.
	YearKnown bool
	// Precision names the unit: day, week, month, season, quarter, year, decade, century.
	Precision string
}

// Parse returns the interval of a TIMEX3 value, narrowed by a mod (START, MID, END: the first,
// middle or last third). ok is false for values that are not calendar dates (durations, PAST_REF).
func Parse(value, mod string) (iv Interval, ok bool) {
	if i := strings.IndexByte(value, 'T'); i > 0 {
		value = value[:i] // a time of day does not change where a date stands
	}
	parts := strings.Split(value, "-")
	year, yearKnown := 1, true
	switch y := parts[0]; {
	case y == "XXXX":
		yearKnown = false
	case len(y) == 4 && digits(y):
		year, _ = strconv.Atoi(y)
	case len(parts) == 1 && (len(y) == 3 || len(y) == 2 || strings.Trim(y, "X") != y):
		return span(y, mod)
	default:
		return Interval{}, false
	}
	if len(parts) == 1 {
		if !yearKnown {
			return Interval{}, false
		}
		start := date(year, 1, 1)
		return narrow(Interval{start, start.AddDate(1, 0, 0), true, "year"}, mod), true
	}
	second := parts[1]
	switch {
	case len(second) == 2 && digits(second):
		month, _ := strconv.Atoi(second)
		if month < 1 || month > 12 {
			return Interval{}, false
		}
		if len(parts) == 2 {
			start := date(year, time.Month(month), 1)
			return narrow(Interval{start, start.AddDate(0, 1, 0), yearKnown, "month"}, mod), true
		}
		day, err := strconv.Atoi(parts[2])
		if err != nil || day < 1 || day > 31 {
			return Interval{}, false
		}
		start := date(year, time.Month(month), day)
		return Interval{start, start.AddDate(0, 0, 1), yearKnown, "day"}, true
	case second == "SP" || second == "SU" || second == "FA" || second == "AU" || second == "WI":
		month := map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "AU": time.September, "WI": time.December}[second]
		start := date(year, month, 1)
		return narrow(Interval{start, start.AddDate(0, 3, 0), yearKnown, "season"}, mod), true
	case len(second) == 2 && second[0] == 'Q' && second[1] >= '1' && second[1] <= '4':
		start := date(year, time.Month(3*int(second[1]-'1')+1), 1)
		return narrow(Interval{start, start.AddDate(0, 3, 0), yearKnown, "quarter"}, mod), true
	case len(second) == 2 && (second == "H1" || second == "H2"):
		start := date(year, time.Month(1+6*int(second[1]-'1')), 1)
		return narrow(Interval{start, start.AddDate(0, 6, 0), yearKnown, "half"}, mod), true
	case len(second) == 3 && second[0] == 'W' && digits(second[1:]) && yearKnown:
		week, _ := strconv.Atoi(second[1:])
		start := isoWeekStart(year, week)
		return narrow(Interval{start, start.AddDate(0, 0, 7), true, "week"}, mod), true
	}
	return Interval{}, false
}

// span reads a decade or a century, in the TIMEX3 form (199X, 19XX) or the short one (199, 19).
func span(v, mod string) (Interval, bool) {
	lead := strings.TrimRight(v, "X")
	width := len(v) - len(lead)
	if width == 0 {
		width = 4 - len(v)
	}
	if len(lead)+width != 4 || !digits(lead) || width < 1 || width > 2 {
		return Interval{}, false
	}
	n, _ := strconv.Atoi(lead)
	unit, years := "decade", 10
	if width == 2 {
		unit, years = "century", 100
	}
	start := date(n*years, 1, 1)
	return narrow(Interval{start, start.AddDate(years, 0, 0), true, unit}, mod), true
}

// narrow keeps the first, middle or last third of an interval for START, MID and END.
func narrow(iv Interval, mod string) Interval {
	span := iv.End.Sub(iv.Start)
	third := span / 3
	switch mod {
	case "START":
		iv.End = iv.Start.Add(third)
	case "MID":
		iv.Start, iv.End = iv.Start.Add(third), iv.Start.Add(2*third)
	case "END":
		iv.Start = iv.End.Add(-third)
	}
	return iv
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := date(y, time.January, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Less orders two values for a timeline: dated values by start then by length (the more precise
// first), values without a year after all dated ones, by month and day, and values that are not
// calendar dates last.
func Less(a, amod, b, bmod string) bool {
	ia, oka := Parse(a, amod)
	ib, okb := Parse(b, bmod)
	switch {
	case oka != okb:
		return oka
	case !oka:
		return a < b
	case ia.YearKnown != ib.YearKnown:
		return ia.YearKnown
	case !ia.Start.Equal(ib.Start):
		return ia.Start.Before(ib.Start)
	}
	return ia.End.Before(ib.End)
}

// Describe says a value in words for people: "14 Apr 2020", "late Sep 2021", "2 Oct, year
// unknown", "the week of 25 Mar 2024", "a Tuesday, date unknown", "in the past", "5 days". A
// value it cannot read comes back as it is.
func Describe(value, mod string) string {
	iv, ok := Parse(value, mod)
	if !ok {
		if w, ok := otherWords(value); ok {
			return w
		}
		return value
	}
	var s string
	switch iv.Precision {
	case "day":
		s = iv.Start.Format("2 Jan")
		if iv.YearKnown {
			s = iv.Start.Format("2 Jan 2006")
		}
		s += timeOfDayWords(value)
	case "month":
		// The interval was narrowed by the mod; say the month it came from.
		full, _ := Parse(value, "")
		s = full.Start.Format("Jan")
		if iv.YearKnown {
			s = full.Start.Format("Jan 2006")
		}
	default:
		s = unitWords(value, iv)
	}
	if w, ok := map[string]string{"START": "early ", "MID": "mid ", "END": "late "}[mod]; ok {
		if rest, the := strings.CutPrefix(s, "the "); the && iv.Precision == "decade" {
			s = "the " + w + rest // "the late 1980s"
		} else {
			s = w + s
		}
	} else if mod != "" {
		s += " (" + strings.ToLower(mod) + ")"
	}
	if !iv.YearKnown {
		s = strings.TrimSpace(s) + ", year unknown"
	}
	return s
}
