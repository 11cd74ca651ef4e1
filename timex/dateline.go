package timex

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineReach is how far into a text a dateline's date may start: after a headline, never
// inside the story.
const datelineReach = 300

// agencyAfter matches what follows the date of an agency's dateline that gives no year
// ("DAMASCUS, Feb 3 (Reuters) -").
var agencyAfter = regexp.MustCompile(`^\s*\([^()\n]{1,40}\)\s*[-–—]`)

// dashAfter matches the dash that closes a dateline and opens the story ("TOLVAR, May 20 - ").
var dashAfter = regexp.MustCompile(`^\s*[-–—]\s`)

// clockAfter matches a clock time that may follow a dateline's date, perhaps after a word (one of
// date-preps.txt: "07 Apr 2017 at 0914") and before a zone in capitals ("22:35 GMT").
var clockAfter = regexp.MustCompile(`^\s*(?:(\pL+)\s+)?[0-2]?[0-9][:.]?[0-5][0-9](?:\s+\p{Lu}{3,4})?\b`)

// dateline returns the index in fs of the date that a dateline opening text gives, the date the
// text was filed or published ("… Monitor AFP Wednesday 22 Jun 2016 Air strikes …", "Published
// June 1 2016 A total …", "DAMASCUS, Feb 3 (Reuters) -"), or -1 when there is none. Such a date is
// a whole date standing between a headline or place and the story, not inside a clause: nothing
// before it but a capitalised word or a word of publication, and the story opening after it.
func (t *Tagger) dateline(text string, fs []found) int {
	for i, f := range fs {
		if f.start >= datelineReach {
			break
		}
		if !wholeDay(f) {
			continue
		}
		rest := text[f.end:]
		if f.g["year"] == "" && f.kind != kISO {
			if agencyAfter.MatchString(rest) && t.datelineBefore(text, f.start) || dashAfter.MatchString(rest) && capsPlaceBefore(text, f.start) {
				return i
			}
			continue
		}
		if loc := clockAfter.FindStringSubmatchIndex(rest); loc != nil && (loc[2] < 0 || t.lx.datePreps[strings.ToLower(rest[loc[2]:loc[3]])]) {
			rest = rest[loc[1]:]
		}
		if storyOpens(rest) && t.datelineBefore(text, f.start) {
			return i
		}
	}
	return -1
}

// wholeDay reports whether f names one day of a month by number: a date a dateline may give,
// in words or in figures ("2016-04-25", "25-04-2016"). Figures a page prints as its date are
// of one width: "5-04-2016" is a date with a figure lost, not the page's.
func wholeDay(f found) bool {
	switch f.kind {
	case kISO:
		return true
	case kSlash:
		return len(f.g["a"]) == len(f.g["b"])
	case kDateMDY, kDateDMY:
		return f.g["mod"] == "" && (f.g["day"] != "" || f.g["dayw"] != "")
	}
	return false
}

// datelineBefore reports whether the word before offset i lets a dateline's date follow: none
// (the text opens with the date), a word of publication, alone or with a preposition ("Published",
// "Last updated at"), a capitalised word that puts no date inside a clause ("AFP", "Monitor",
// "Fri", "DAMASCUS,"), or a bracket or dash closing a place or an agency.
func (t *Tagger) datelineBefore(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\n,")
	if before == "" {
		return true
	}
	last := lastField(before)
	w := strings.ToLower(strings.Trim(last, ".,:;"))
	if t.lx.datelineCues[w] || t.lx.datePreps[w] && t.lx.datelineCues[wordBefore(before)] {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(")|-–—", r) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r) && !t.lx.datePreps[w]
}

// wordBefore is the word before the last field of s, lower case and without its punctuation.
func wordBefore(s string) string {
	fs := strings.Fields(s)
	if len(fs) < 2 {
		return ""
	}
	return strings.ToLower(strings.Trim(fs[len(fs)-2], ".,:;"))
}

// capsPlaceBefore reports whether the date at offset i follows a place in capitals and a comma,
// as a dateline gives it ("TOLVAR, May 20 - "), with nothing of a sentence between them.
func capsPlaceBefore(text string, i int) bool {
	before, ok := strings.CutSuffix(strings.TrimRight(text[:i], " \t"), ",")
	if !ok {
		return false
	}
	last := lastField(before)
	letters := 0
	for _, r := range last {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// lastField returns the last white-space separated field of s.
func lastField(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// storyOpens reports whether rest, what follows a date, opens a story rather than going on with a
// clause: the end of the text, a capitalised word or a figure, a quote, a dash or a bracket.
func storyOpens(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(-–—|:", r)
}
