package htmldoc

import (
	_ "embed"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// libDate is the publication date the date library finds, with the text it read it from.
type libDate struct {
	value string // ISO 8601 at the precision its source supports, "" when none
	src   string // the library's source string: a meta value, a URL, a phrase of the page
	prose bool   // src stands in running text: a date the page mentions (see inProse)
}

// findLibDate runs the date library, in its extensive mode when asked (a search of the page's
// text with a full date parser, slower), for the original publication date rather than the last
// update. The library reports every date as a day; a day or month its source does not state (a
// copyright year, "03/2020", a month in a URL) is cut off, so that the precision is what the page
// says.
func findLibDate(root *html.Node, pageURL string, extensive bool) libDate {
	res, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, URL: pageURL,
		SkipExtensiveSearch: !extensive})
	if err != nil || res.IsZero() {
		return libDate{}
	}
	src := res.SrcString
	d := libDate{value: res.Format("2006-01-02"), src: src}
	switch {
	case onlyYear(src, res.DateTime.Year()):
		d.value = d.value[:4]
	case res.DateTime.Day() == 1 && !statesNumber(src, 1):
		d.value = d.value[:7]
	}
	return d
}

var numberRun = regexp.MustCompile(`\d+`)

// statesNumber reports whether src holds n as a number of one or two digits ("1", "01").
func statesNumber(src string, n int) bool {
	for _, s := range numberRun.FindAllString(src, -1) {
		if len(s) <= 2 {
			if v, err := strconv.Atoi(s); err == nil && v == n {
				return true
			}
		}
	}
	return false
}

// onlyYear reports whether the only number in src is the year and no month name is there.
func onlyYear(src string, year int) bool {
	for _, s := range numberRun.FindAllString(src, -1) {
		if s != strconv.Itoa(year) {
			return false
		}
	}
	return !monthName.MatchString(src)
}

var monthName = regexp.MustCompile(`(?i)\b(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])`)

// dateVotes are the library's readings of a page, taken before pruning changes the tree.
type dateVotes struct {
	lib      libDate // the whole page, extensive mode; read only when Dossier's cues give no day
	visible  libDate // the page without metadata, scripts and links; read only when metadata gives a day
	headline string  // the day the page shows next to its headline (headlineDate), "" when none
	monthDay string  // the one day of the month Dossier's cues found that the page states (onlyDayOf)
}

// readDates takes the library's readings that Dossier's own cues leave worth having: the
// extensive search when they give no day, the shown date when the day comes from metadata.
func (m *pageMeta) readDates(root *html.Node, pageURL string) dateVotes {
	v := dateVotes{headline: m.headlineDate(root)}
	switch own := m.ownPublished(pageURL, ""); {
	case len(own.value) < 10:
		v.lib = findLibDate(root, m.pageURL(pageURL), true)
		v.lib.prose = m.shown().named.inProse(root, v.lib.value, v.lib.src)
		if len(own.value) == len("2006-01") {
			v.monthDay = onlyDayOf(m.shown(), root, own.value)
		}
	case own.cue == "meta":
		restore := detach(root, atom.Meta, atom.Script, atom.Link)
		v.visible = findLibDate(root, "", false)
		restore()
	}
	return v
}

// published is the page's publication date, "" when unknown: Dossier's own cues and the
// library's readings voted together. A date the library read in a banner, a widget, a list of
// other stories or running text (a sentence, a caption) is not heard.
//
// The page's metadata and the date it shows its readers can differ by some days: a time stored in
// UTC, a metadata date set when the story was filed. Within visibleSpan days of the metadata's,
// the shown date is the page's date, unless it opens with a weekday as a banner's today does.
func (m *pageMeta) published(pageURL, text string, votes dateVotes) string {
	lib, shown := votes.lib, votes.visible
	if lib.prose || m.inFurniture(lib.src) || deepInText(lib.src, text) {
		lib = libDate{}
	}
	own := m.ownPublished(pageURL, text)
	if d, ok := headlineVote(own, votes.headline); ok {
		return d
	}
	if own.cue == "meta" && len(own.value) == 10 && len(shown.value) == 10 && !m.inFurniture(shown.src) &&
		!m.shown().opensWithWeekday(shown.src) {
		switch gap := daysApart(own.value, shown.value); {
		case gap <= visibleSpan:
			return shown.value
		case own.weak:
			// A date the metadata does not name as the publication's, and the page shows
			// another: either may be a change's or a listing's; the day is not known.
			return ""
		}
	}
	d := vote(own, lib)
	if len(d) == len("2006-01") && strings.HasPrefix(votes.monthDay, d) {
		// The address gives the month; the page, away from its headline ("posted on 19 May
		// 2010 at 23:03" in a box about the article), the day.
		return votes.monthDay
	}
	return d
}

// onlyDayOf is the day of month (ISO "2006-01") that the page's visible text states, when it
// states only one day of that month, else "". Banners are not read: the day they show is the
// day the page was seen, which may fall in the month of its publication.
func onlyDayOf(s *shownDates, root *html.Node, month string) string {
	day := ""
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			for _, d := range s.find(cleanLine(n.Data)) {
				if !strings.HasPrefix(d.value, month) {
					continue
				}
				if day != "" && day != d.value {
					return false
				}
				day = d.value
			}
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style ||
			n.DataAtom == atom.Head || isBanner(n)):
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(root) {
		return ""
	}
	return day
}

// headlineVote decides the publication date from the day shown next to the headline (head)
// when that day settles it: it confirms the metadata's day (another date the page shows is then
// a teaser's), it is given where the metadata names no date as the publication's (a weak key may
// be a change's or the day the page was generated), or it makes precise the month or year that
// Dossier's cues found, or found none.
func headlineVote(own ownDate, head string) (string, bool) {
	switch {
	case head == "":
		return "", false
	case own.cue == "meta" && (own.value == head || own.weak):
		return head, true
	case len(own.value) < 10 && strings.HasPrefix(head, own.value):
		return head, true
	}
	return "", false
}

// openingParagraphs is how far into an article's text a date can stand and still be the
// article's own: a byline or a date line opens the text, a date further on is one the story
// mentions, a comment's or another story's in a list below it.
const openingParagraphs = 10

// deepInText reports whether the text the library read a date from (src) is a paragraph of the
// article's text beyond its opening paragraphs.
func deepInText(src, text string) bool {
	key, _ := quoteKey(src)
	if len(key) < 6 {
		return false
	}
	i := 0
	for _, para := range strings.Split(text, "\n") {
		if strings.Contains(para, key) {
			return i >= openingParagraphs
		}
		if len(strings.Fields(para)) >= menuWords {
			i++
		}
	}
	return false
}

// menuWords is the fewest words of a paragraph counted among the opening ones: shorter lines are
// a menu's items, a byline or a heading, which a page may stack by the dozen above its article.
const menuWords = 4

// quoteKey is the opening of the text the library quotes around a date (src without its tags),
// short enough to be found in one paragraph or text node, and the length of the whole text.
func quoteKey(src string) (key string, n int) {
	key = cleanLine(tagPattern.ReplaceAllString(src, " "))
	n = len(key)
	if n > 24 {
		key = strings.ToValidUTF8(key[:24], "")
	}
	return key, n
}

// tagPattern matches an HTML tag, whole or cut off, in a source string the library quotes.
var tagPattern = regexp.MustCompile(`<[^>]*>?`)

// visibleSpan is how many days the date a page shows may be from its metadata's and still be
// the same publication.
const visibleSpan = 10

// daysApart is the number of days between two ISO days, either order.
func daysApart(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return math.MaxInt
	}
	d := int(ta.Sub(tb).Hours() / 24)
	return max(d, -d)
}

// wordAlternatives makes a regular expression alternation of the words of a list's rows (one a
// row) that have at least minLen letters.
func wordAlternatives(rows [][]string, minLen int) string {
	var words []string
	for _, row := range rows {
		if w := row[0]; utf8.RuneCountInString(w) >= minLen {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(words, "|")
}

// detach takes the elements of the given kinds out of the tree and returns the function that puts
// them back where they were.
func detach(root *html.Node, kinds ...atom.Atom) (restore func()) {
	type place struct{ n, parent, next *html.Node }
	var out []place
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && slices.Contains(kinds, c.DataAtom) {
				out = append(out, place{c, n, next})
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(root)
	return func() {
		for i := len(out) - 1; i >= 0; i-- {
			out[i].parent.InsertBefore(out[i].n, out[i].next)
		}
	}
}

// midnightStamp matches a time of exactly midnight as a page's system stamps a day entered without
// one ("0:00:00", "00:00 Uhr"), or that midnight in Central Europe stored in UTC ("T22:00:00"); not
// a time zone's "+00:00".
var midnightStamp = regexp.MustCompile(`(?:^|[^\d:.+-])(?:0?0[:.]00(?:[:.]00)?|2[23]:00:00)(?:$|[^\d:])`)

// vote decides the publication date from Dossier's own reading and the library's. Dossier's cues
// (metadata, URL, dateline) are trusted first: they never read a banner or a widget. The library
// speaks when Dossier found no day, and makes Dossier's month or year precise when it agrees.
func vote(own ownDate, lib libDate) string {
	switch {
	case len(lib.value) < 10 || midnightStamp.MatchString(lib.src):
		// The library found no day: what it found is no better than a guess at a year. A day
		// stamped at exactly midnight is a default or a sort key, and time zones shift it.
		return own.value
	case own.value == "":
		return lib.value
	case len(own.value) < 10 && strings.HasPrefix(lib.value, own.value):
		return lib.value
	}
	return own.value
}

// proseWords is how many words may stand before a date in its element for the date to still be
// a byline's or a date line's ("Published by the editors on 4 May 2020"); after more, the date is
// one a sentence or a caption mentions ("… the image shows the glacier on 9 March 2016").
const proseWords = 12

// paragraphWords is the length beyond which an element holding a date is a paragraph of prose
// whatever the date's place in it: a byline or a date line is shorter.
const paragraphWords = 30

// inProse reports whether the date the library read (value, from src) stands in a page element
// of running text: after more than proseWords words, or in an element of more than paragraphWords
// words that does not open with a date line. Such a date is one the page mentions, not the one
// that dates it. A date with its clock time is a timestamp wherever it stands.
func (nd *namedDates) inProse(root *html.Node, value, src string) bool {
	if clockTime.MatchString(src) || len(value) < 10 {
		return false
	}
	key, n := quoteKey(src)
	quoted := len(key) >= 6 && n <= maxQuote
	// A longer source is the whole of a small page: find the text that states the day.
	el := elementWith(root, func(s string) bool {
		return quoted && strings.Contains(s, key) || !quoted && dayIndex(s, value) >= 0
	})
	if el == nil {
		return false
	}
	whole := cleanLine(textOf(el))
	i := -1
	if k := strings.Index(whole, key); quoted && k >= 0 {
		i = k + max(0, strings.IndexFunc(key, unicode.IsDigit)) // the date starts at a digit, or close to it
	}
	if i < 0 {
		i = dayIndex(whole, value)
	}
	if i < 0 {
		return false
	}
	before, all := len(strings.Fields(whole[:i])), len(strings.Fields(whole))
	return before > proseWords || all > paragraphWords && nd.datelineDate(whole) == ""
}

// maxQuote is the longest source the library quotes around a date; a longer one is the page.
const maxQuote = 400

// dayIndex is where in s the ISO day value is stated (its day number next to its year, with
// its month as a number or name between or around them), or -1.
func dayIndex(s, value string) int {
	mo, _ := strconv.Atoi(value[5:7])
	d, _ := strconv.Atoi(value[8:10])
	yi := strings.Index(s, value[:4])
	if yi < 0 {
		return -1
	}
	lo := max(0, yi-30)
	window := s[lo:min(len(s), yi+20)]
	if !statesNumber(window, d) || !(statesNumber(window, mo) || namesMonth(window, mo)) {
		return -1
	}
	for _, m := range numberRun.FindAllStringIndex(window, -1) {
		if v, _ := strconv.Atoi(window[m[0]:m[1]]); m[1]-m[0] <= 2 && v == d {
			return lo + m[0]
		}
	}
	return -1
}

// namesMonth reports whether s holds the name of month mo (1–12) in one of the languages
// monthName knows.
func namesMonth(s string, mo int) bool {
	for _, m := range monthName.FindAllString(s, -1) {
		if monthNumber[strings.ToLower(m)] == mo {
			return true
		}
	}
	return false
}

// monthNumber maps the openings monthName matches to their month.
var monthNumber = map[string]int{"jan": 1, "feb": 2, "mar": 3, "mär": 3, "apr": 4, "mai": 5, "may": 5,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "dez": 12}

// clockTime matches a time of day as timestamps give it: 14:48, 9.30 Uhr, 3 pm; not a date's
// 09.03.
var clockTime = regexp.MustCompile(`(?i)\b[0-2]?\d:[0-5]\d\b|\b[0-2]?\d\.[0-5]\d\s*(?:uhr|h)\b|\b[0-2]?\d\s*[ap]\.?m\b`)

// elementWith returns the first element one of whose text children satisfies states, or nil.
func elementWith(root *html.Node, states func(string) bool) *html.Node {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && states(cleanLine(c.Data)):
			return root
		case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style &&
			c.DataAtom != atom.Head:
			if el := elementWith(c, states); el != nil {
				return el
			}
		}
	}
	return nil
}
