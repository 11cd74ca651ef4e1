package htmldoc

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dossier-project/dossier/lang/en"
)

// A page shows its reader the day it was published next to the article's headline: a date line
// just above it ("02.02.2022 10:16 Uhr – Bundesliga") or a byline just below it ("1. Februar
// 2022, by …", "Datum: 18.10.2021"). That is the day the page shows its readers; a date further
// away is a banner's, a teaser's or one the story mentions.

// headWordsBefore and headWordsAfter are how many words of the page's visible text, above and
// below the headline, are searched for its date: a date line or a kicker above, a standfirst and
// a byline below.
const headWordsBefore, headWordsAfter = 20, 60

// stampReach is how many bytes after a date are looked at for the clock time stamped with it.
const stampReach = 12

// otherDayWords is how many words before a date are looked at for a word saying it is another
// event's than the publication ("Updated", "geändert am", "Registriert:").
const otherDayWords = 4

// shownDates reads days written out in the languages of page-months.txt (lang/en/data) and in
// figures.
type shownDates struct {
	months   map[string]int // month name or abbreviation, lower-case → 1–12
	dayFirst *regexp.Regexp // 1. Februar 2022; 30 septembre 2018; 14 de enero de 2020
	monthDay *regexp.Regexp // March 14, 2021; Feb 18 2009
	dotted   *regexp.Regexp // 18.10.2021
	dotted2  *regexp.Regexp // 31.10.23
	iso      *regexp.Regexp // 2021-10-16
	slashed  *regexp.Regexp // 16/10/2021, read only when the day is above 12
	otherDay *regexp.Regexp // a word marking a date as another event's (page-otherdays.txt)
	weekday  *regexp.Regexp // a date that opens with the name of a day (page-weekdays.txt)
	named    *namedDates    // days metadata, a dateline or an address write with a month's name
}

// newShownDates compiles the readers from the month names, weekday names and update words of the
// language data d.
func newShownDates(d *en.Data) *shownDates {
	s := &shownDates{months: map[string]int{}, named: newNamedDates(d.Rows("page-months"))}
	var names []string
	for _, row := range d.Rows("page-months") {
		f := strings.Fields(row[0])
		if len(f) < 2 {
			continue
		}
		n, err := strconv.Atoi(f[0])
		if err != nil || n < 1 || n > 12 {
			continue
		}
		for _, name := range f[1:] {
			s.months[name] = n
			names = append(names, regexp.QuoteMeta(name))
		}
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	alt := strings.Join(names, "|")
	s.dayFirst = regexp.MustCompile(`(?i)(?:^|[^\pL\d.])(\d{1,2})\.?\s*(?:de\s+)?(` + alt + `)\.?,?\s+(?:de\s+)?(\d{4})`)
	s.monthDay = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(` + alt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	s.dotted = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})`)
	s.dotted2 = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})`)
	s.iso = regexp.MustCompile(`(?:^|\D)(\d{4})-(\d{2})-(\d{2})`)
	s.slashed = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d{4})`)
	s.otherDay = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:` + wordAlternatives(d.Rows("page-otherdays"), 1) + `)`)
	// A weekday's name of four letters or fewer (an abbreviation) opens a date only before "."
	// or ",".
	weekdays := d.Rows("page-weekdays")
	s.weekday = regexp.MustCompile(`(?i)^\W*(?:(?:` + wordAlternatives(weekdays, 5) + `)[.,\s]|(?:` +
		wordAlternatives(weekdays, 1) + `)[.,])`)
	return s
}

// opensWithWeekday reports whether a written date opens with the name of a day ("Samstag, 19.
// Oktober 2019"): how a banner shows today's date.
func (s *shownDates) opensWithWeekday(src string) bool { return s.weekday.MatchString(src) }

// shownDay is a day found in a page's text, with where it stands.
type shownDay struct {
	value      string // ISO 8601 day
	start, end int    // byte offsets of the written date in the text searched
}

// find returns the days written in text, in the order they stand; a day marked as another
// event's (a change, a registration, a print-out) is left out.
func (s *shownDates) find(text string) []shownDay {
	var out []shownDay
	add := func(re *regexp.Regexp, iso func(m []string) string) {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = text[loc[2*i]:loc[2*i+1]]
				}
			}
			end := loc[len(loc)-1]
			if end < len(text) && (isDigit(text[end]) || text[end] == '.' && end+1 < len(text) && isDigit(text[end+1])) {
				continue // the figures go on: a longer number, a version, not this date
			}
			if v := iso(m); len(v) == 10 && !s.isOtherDay(text[:loc[2]]) {
				out = append(out, shownDay{value: v, start: loc[2], end: end})
			}
		}
	}
	add(s.dayFirst, func(m []string) string { return isoOf(m[3], strconv.Itoa(s.months[strings.ToLower(m[2])]), m[1]) })
	add(s.monthDay, func(m []string) string { return isoOf(m[3], strconv.Itoa(s.months[strings.ToLower(m[1])]), m[2]) })
	add(s.dotted, func(m []string) string { return isoOf(m[3], m[2], m[1]) })
	add(s.dotted2, func(m []string) string { return isoOf(century(m[3]), m[2], m[1]) })
	add(s.iso, func(m []string) string { return isoOf(m[1], m[2], m[3]) })
	add(s.slashed, func(m []string) string {
		if d, _ := strconv.Atoi(m[1]); d <= 12 {
			return "" // 03/04/2020 is March or April as the site's country has it
		}
		return isoOf(m[3], m[2], m[1])
	})
	slices.SortStableFunc(out, func(a, b shownDay) int { return a.start - b.start })
	return out
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isOtherDay reports whether the words just before a date (before) say it is another event's.
func (s *shownDates) isOtherDay(before string) bool {
	f := strings.Fields(before)
	return s.otherDay.MatchString(strings.Join(f[max(0, len(f)-otherDayWords):], " "))
}

// headlineLines are the visible lines of text around a page's headline, one block element (a
// paragraph, a heading, a list item) a line, nearest the headline last in before and first in
// after.
type headlineLines struct {
	before, after []string
}

// heading is an <h1>, <h2> or <h3> of a page: the lines it spans and its text. A headline is
// often set one level down when the site's name holds the <h1>.
type heading struct {
	start, end int
	text       string
	h1         bool
}

// maxHeadings is how many headings of a page are weighed as its headline.
const maxHeadings = 20

// minHeadlineShare is the least share of the title a heading must give to be its headline: a
// site's name that the title ends with gives less.
const minHeadlineShare = 0.4

// aroundHeadline finds the article's headline — the heading outside the page's furniture and
// its logo or name line that gives most of its title as the metadata states it — and returns
// the visible lines around it. Captions, furniture (banners, related stories, comments) and
// non-text elements are left out.
func (m *pageMeta) aroundHeadline(root *html.Node) (headlineLines, bool) {
	var (
		lines []string
		line  strings.Builder
		heads []heading
	)
	flush := func() {
		if t := cleanLine(line.String()); t != "" {
			lines = append(lines, t)
		}
		line.Reset()
	}
	// header: inside a part named like furniture that holds the top heading, the article's own
	// header, where names like its own are its parts' (a commentary's "ArticleHeaderComment").
	var walk func(n *html.Node, masthead, header bool)
	walk = func(n *html.Node, masthead, header bool) {
		if n.Type == html.TextNode {
			line.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && !header && isFurniture(n) {
			if !holds(n, atom.H1) {
				return
			}
			header = true
		}
		if n.Type == html.ElementNode && (skipped[n.DataAtom] || n.DataAtom == atom.Head ||
			n.DataAtom == atom.Figcaption || isBanner(n)) {
			return
		}
		masthead = masthead || namedAny(n, mastheadName)
		brk := n.Type == html.ElementNode && (breaking[n.DataAtom] || cells[n.DataAtom])
		if brk {
			flush()
		}
		// Parts of a date set in elements of their own ("<span>Feb</span><span>18</span>
		// <span>2009</span>") are shown apart; a space keeps their figures apart.
		line.WriteByte(' ')
		start := len(lines)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, masthead, header)
		}
		line.WriteByte(' ')
		if brk {
			flush()
		}
		if (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && len(lines) > start &&
			len(heads) < maxHeadings && !masthead {
			heads = append(heads, heading{start, len(lines), strings.Join(lines[start:], " "), n.DataAtom == atom.H1})
		}
	}
	walk(root, false, false)
	flush()
	head, ok := m.headline(heads)
	if !ok {
		return headlineLines{}, false
	}
	before := slices.Clone(lines[:head.start])
	slices.Reverse(before)
	return headlineLines{before: before, after: lines[head.end:]}, true
}

// holds reports whether n has an element of the given kind inside it. A part of the page named
// like furniture that holds a top heading is the article's own header, not a comment thread or
// a list of other stories.
func holds(n *html.Node, kind atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == kind || holds(c, kind)) {
			return true
		}
	}
	return false
}

// headline picks the heading that gives the largest share of the words of one of the page's
// stated titles (og:title, twitter:title, the JSON-LD headline, <title>) and is made of them,
// the first of equals; else the first <h1>. A kicker and a headline in one heading, a title
// followed by the site's name, still match.
func (m *pageMeta) headline(heads []heading) (heading, bool) {
	var titles []map[string]bool
	for _, t := range []string{m.meta["og:title"], m.meta["twitter:title"], m.ldTitle, m.title} {
		if w := wordSet(t); len(w) > 0 {
			titles = append(titles, w)
		}
	}
	best, share := heading{end: -1}, minHeadlineShare
	for _, h := range heads {
		hw := wordSet(h.text)
		for _, t := range titles {
			common := 0
			for w := range hw {
				if t[w] {
					common++
				}
			}
			if float64(common) < minTitleWords*float64(len(hw)) {
				continue
			}
			if s := float64(common) / float64(len(t)); s > share {
				best, share = h, s
			}
		}
	}
	if best.end < 0 {
		for _, h := range heads {
			if h.h1 {
				return h, true
			}
		}
	}
	return best, best.end >= 0
}

// minTitleWords is the least share of a heading's words a title must hold for the heading to be
// its headline.
const minTitleWords = 0.8

// wordSet is the set of lower-case words (runs of letters and digits) of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		set[w] = true
	}
	return set
}

// headlineDate is the day a page shows next to its headline: the closest day to it, counted in
// words, above or below it, in a line that is not running text; "" when none is shown there.
func (m *pageMeta) headlineDate(root *html.Node) string {
	around, ok := m.aroundHeadline(root)
	if !ok {
		return ""
	}
	after, n := nearestShown(m.shown(), around.after, headWordsAfter, false)
	if before, nb := nearestShown(m.shown(), around.before, headWordsBefore, true); before != "" && (after == "" || nb < n) {
		return before
	}
	return after
}

// nearestShown returns the first day stated in lines (the ones below the headline in page
// order, or the ones above it nearest first) within limit words of the headline, and how many
// words stand between the two. A day that running text mentions is passed over.
func nearestShown(s *shownDates, lines []string, limit int, above bool) (string, int) {
	words := 0
	for _, line := range lines {
		days := s.find(line)
		if above {
			slices.Reverse(days)
		}
		for _, d := range days {
			lead := len(strings.Fields(line[:d.start]))
			if lead > proseWords || lead > 3 && len(strings.Fields(line)) > paragraphWords || inSentence(line, d, lead) {
				continue // a date the story mentions
			}
			if midnightStamp.MatchString(line[d.end:min(len(line), d.end+stampReach)]) {
				continue // a default time: the day may be a sort key's, shifted by time zones
			}
			dist := words + lead
			if above {
				dist = words + len(strings.Fields(line[d.end:]))
			}
			if dist > limit {
				// The days further on in this line are further from the headline still; a long
				// line above it (a teaser's) would otherwise bring one from any distance.
				return "", 0
			}
			return d.value, dist
		}
		if words += len(strings.Fields(line)); words >= limit {
			break
		}
	}
	return "", 0
}

// century makes a year written with two digits whole: 00–69 are this century's, 70–99 the last's.
func century(yy string) string {
	if yy >= "70" {
		return "19" + yy
	}
	return "20" + yy
}

// sentenceWords is how many words a line must hold on each side of a date, and end with a full
// stop, for the date to stand inside a sentence ("The next meeting takes place on Wed. 5 February
// 2020 from 7 pm at the café."): the day of an event the page tells of, not a date line's.
const sentenceWords = 3

// inSentence reports whether the day d, lead words into line, stands inside a sentence.
func inSentence(line string, d shownDay, lead int) bool {
	rest := strings.TrimSpace(line[d.end:])
	return lead >= sentenceWords && len(strings.Fields(rest)) >= sentenceWords && strings.HasSuffix(rest, ".")
}
