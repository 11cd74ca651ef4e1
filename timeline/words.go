package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// unitWords says an interval that is not a day or a month in words: "the week of 25 Mar 2024",
// "spring 2019", "the 1990s".
func unitWords(value string, iv Interval) string {
	full, _ := Parse(value, "") // the whole unit, before a mod narrowed it
	year := ""
	if iv.YearKnown {
		year = " " + strconv.Itoa(full.Start.Year())
	}
	switch iv.Precision {
	case "week":
		return "the week of " + full.Start.Format("2 Jan 2006")
	case "season":
		names := map[time.Month]string{time.March: "spring", time.June: "summer", time.September: "autumn", time.December: "winter"}
		return names[full.Start.Month()] + year
	case "quarter":
		return [...]string{"first", "second", "third", "fourth"}[(full.Start.Month()-1)/3] + " quarter of" + year
	case "half":
		return [...]string{"first", "second"}[(full.Start.Month()-1)/6] + " half of" + year
	case "year":
		return strings.TrimSpace(year)
	case "decade":
		return fmt.Sprintf("the %ds", full.Start.Year())
	case "century":
		return ordinal(full.Start.Year()/100+1) + " century"
	}
	return value
}

// partsOfDay name the TIMEX3 parts of the day.
var partsOfDay = map[string]string{"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// timeOfDayWords says the time of day a value gives after its date, ", evening" or ", 11:30",
// or "" when it gives none or one it cannot read.
func timeOfDayWords(value string) string {
	if w := TimeOfDay(value); w != "" {
		return ", " + w
	}
	return ""
}

// TimeOfDay is the time of day a dated TIMEX3 value gives after its date, as a part of the day
// in words ("evening" for 2014-09-24TEV) or as hours and minutes ("11:30"); "" when the value
// gives none, or one that cannot be read.
func TimeOfDay(value string) string {
	i := strings.IndexByte(value, 'T')
	if i <= 0 || strings.HasPrefix(value, "P") {
		return ""
	}
	t := value[i+1:]
	if w, ok := partsOfDay[t]; ok {
		return w
	}
	if len(t) >= 5 && t[2] == ':' && digits(t[:2]) && digits(t[3:5]) {
		return t[:5]
	}
	return ""
}

// DatePart is the calendar part of a TIMEX3 value, what comes before its time of day
// ("2014-09-24" for 2014-09-24TNI); the value itself when it gives no time of day.
func DatePart(value string) string {
	i := strings.IndexByte(value, 'T')
	if i <= 0 || strings.HasPrefix(value, "P") {
		return value
	}
	return value[:i]
}

// refWords are the TIMEX3 reference values in words.
var refWords = map[string]string{"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}

// durationUnits name the units of a TIMEX3 duration, date part and time part.
var durationUnits = map[string][2]string{
	"Y": {"year", "years"}, "M": {"month", "months"}, "W": {"week", "weeks"}, "D": {"day", "days"},
	"DE": {"decade", "decades"}, "CE": {"century", "centuries"},
	"TH": {"hour", "hours"}, "TM": {"minute", "minutes"}, "TS": {"second", "seconds"},
}

// otherWords says in words a value that is not a calendar interval: reference words, a
// weekday or week whose date the text does not give, a duration. ok is false when it is none
// of those.
func otherWords(value string) (string, bool) {
	if w, ok := refWords[value]; ok {
		return w, true
	}
	if rest, ok := strings.CutPrefix(value, "XXXX-WXX"); ok {
		if rest == "" {
			return "a week, date unknown", true
		}
		if d, err := strconv.Atoi(strings.TrimPrefix(rest, "-")); err == nil && d >= 1 && d <= 7 {
			return "a " + time.Weekday(d%7).String() + ", date unknown", true
		}
	}
	if value == "XXXX" || value == "XXXX-XX" || value == "XXXX-XX-XX" {
		return "date unknown", true
	}
	return durationWords(value)
}

// durationWords says a TIMEX3 duration such as P5D, P2W, PT3H or PXY in words.
func durationWords(value string) (string, bool) {
	body, ok := strings.CutPrefix(value, "P")
	if !ok || body == "" {
		return "", false
	}
	var parts []string
	timePart := false
	for body != "" {
		if body[0] == 'T' {
			timePart, body = true, body[1:]
			continue
		}
		i := strings.IndexFunc(body, func(r rune) bool { return r >= 'A' && r <= 'Z' && r != 'X' })
		if i <= 0 {
			return "", false
		}
		n, unit := body[:i], body[i:i+1]
		body = body[i+1:]
		if unit == "D" && strings.HasPrefix(body, "E") || unit == "C" && strings.HasPrefix(body, "E") {
			unit, body = unit+"E", body[1:]
		}
		if timePart {
			unit = "T" + unit
		}
		names, ok := durationUnits[unit]
		if !ok {
			return "", false
		}
		switch {
		case strings.Contains(n, "X"):
			parts = append(parts, "some "+names[1])
		case n == "1":
			parts = append(parts, "1 "+names[0])
		default:
			parts = append(parts, n+" "+names[1])
		}
	}
	return strings.Join(parts, " "), len(parts) > 0
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
