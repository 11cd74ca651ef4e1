package textdump

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// months maps English month names and their abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	dateMDY = regexp.MustCompile(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`)
	dateISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)`)
	dateMY  = regexp.MustCompile(`(?i)\b` + monthRe + `,?\s+(\d{4})\b`)

	// pubStatement is an explicit publication statement at the start of a line or of one of
	// its parts ("Published on 3 March 2021", "Jane Doe | Posted: March 3, 2021").
	pubStatement = regexp.MustCompile(`(?i)(?:^|[|•·–—]\s*|\s-\s|\s{2,})(?:first\s+)?(?:published|posted|publication date|date published|date of publication)\b\s*(?:on|at|in)?\s*:?\s*(.*)$`)
	// byline is an author line that may carry the date.
	byline = regexp.MustCompile(`(?i)^(?:by|written by|posted by|author:?)\s+\p{Lu}`)
	// dateOnly is a line that is a date and nothing more, a weekday and a time of day aside.
	dateOnly = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(.+?)(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*\(?[A-Z]{2,5}\)?)?)?$`)
	// datelineHead is the start of a news dateline: a place in capitals.
	datelineHead = regexp.MustCompile(`^\p{Lu}{2}[\p{Lu} .'’-]*(?:,\s*[\p{L} .]{2,30})?,?\s`)
)

// parseDate finds the first full date in s and returns it as YYYY-MM-DD; with month allowed,
// a month and year alone give YYYY-MM.
func parseDate(s string, month bool) string {
	type hit struct {
		at      int
		y, m, d int
	}
	var hits []hit
	if m := dateMDY.FindStringSubmatchIndex(s); m != nil {
		hits = append(hits, hit{m[0], atoi(s[m[6]:m[7]]), months[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]])})
	}
	if m := dateDMY.FindStringSubmatchIndex(s); m != nil {
		hits = append(hits, hit{m[0], atoi(s[m[6]:m[7]]), months[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]])})
	}
	if m := dateISO.FindStringSubmatchIndex(s); m != nil {
		hits = append(hits, hit{m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])})
	}
	best := -1
	for i, h := range hits {
		if validDate(h.y, h.m, h.d) && (best < 0 || h.at < hits[best].at) {
			best = i
		}
	}
	if best >= 0 {
		h := hits[best]
		return fmt.Sprintf("%04d-%02d-%02d", h.y, h.m, h.d)
	}
	if month {
		if m := dateMY.FindStringSubmatch(s); m != nil {
			y, mo := atoi(m[2]), months[strings.ToLower(m[1])]
			if validDate(y, mo, 1) {
				return fmt.Sprintf("%04d-%02d", y, mo)
			}
		}
	}
	return ""
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && (y%4 != 0 || (y%100 == 0 && y%400 != 0)) {
		days = 28
	}
	return d <= days
}

// isPubLine reports whether a short line states when the page was published or who wrote it,
// which makes it page furniture, not body text.
func isPubLine(s string) bool {
	if len(s) > 160 {
		return false
	}
	if hasPubWord(s) {
		if m := pubStatement.FindStringSubmatch(s); m != nil && parseDate(m[1], true) != "" {
			return true
		}
	}
	return isDateLine(s) || (byline.MatchString(s) && parseDate(s, false) != "")
}

// hasPubWord is a quick test that spares the publication-statement pattern most lines.
func hasPubWord(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "publi") || strings.Contains(l, "posted")
}

// isDateLine reports whether a line is a full date and nothing more.
func isDateLine(s string) bool {
	if len(s) > 60 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	m := dateOnly.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	d := strings.TrimSpace(m[1])
	return parseDate(d, false) != "" && len(d) <= 30
}

// findPublished returns the publication date the page states: an explicit publication
// statement, a dateline opening the body, a dated byline, or a date line between title and
// body. Banners and widgets above the title never count; "" when the page does not say.
func (e *Extractor) findPublished(ls []line, title, firstBody, cut int, lead string) string {
	for i := 0; i < cut; i++ {
		if len(ls[i].text) > 160 || !hasPubWord(ls[i].text) {
			continue
		}
		if m := pubStatement.FindStringSubmatch(ls[i].text); m != nil {
			if d := parseDate(m[1], true); d != "" {
				return d
			}
		}
	}
	if loc := datelineHead.FindStringIndex(lead); loc != nil {
		head := lead
		if j := strings.IndexAny(lead, "-–—"); j > 0 && j < 120 {
			head = lead[:j]
			if d := parseDate(head, false); d != "" {
				return d
			}
		}
	}
	for i := max(title, 0); i < firstBody && i < cut; i++ {
		t := ls[i].text
		if byline.MatchString(t) && len(t) < 160 {
			if d := parseDate(t, false); d != "" {
				return d
			}
		}
	}
	if title >= 0 {
		for i := title + 1; i < firstBody && i < cut; i++ {
			if isDateLine(ls[i].text) {
				return parseDate(ls[i].text, false)
			}
		}
	}
	return ""
}
