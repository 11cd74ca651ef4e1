package htmldoc

import (
	"regexp"
	"strconv"
	"strings"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// libDate is the publication date the date library finds, with the text it read it from.
type libDate struct {
	value string // ISO 8601 at the precision its source supports, "" when none
	src   string // the library's source string: a meta value, a URL, a phrase of the page
}

// findLibDate runs the date library in its extensive mode, asking for the original publication
// date rather than the last update. The library reports every date as a day; a day or month its
// source does not state (a copyright year, "03/2020", a month in a URL) is cut off, so that the
// precision is what the page says.
func findLibDate(root *html.Node, pageURL string) libDate {
	res, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, URL: pageURL})
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

// published is the page's publication date, "" when unknown: Dossier's own cues and the
// library's reading voted together. A date the library read in a banner, a widget or a list of
// other stories is not heard.
func (m *pageMeta) published(pageURL, text string, lib libDate) string {
	if m.inFurniture(lib.src) {
		lib = libDate{}
	}
	return vote(m.ownPublished(pageURL, text), lib)
}

// vote decides the publication date from Dossier's own reading and the library's. Dossier's cues
// (metadata, URL, dateline) are trusted first: they never read a banner or a widget. The library
// speaks when Dossier found no day, and is believed over Dossier only where the two are
// compatible.
func vote(own ownDate, lib libDate) string {
	if len(lib.value) < 10 {
		// The library found no day: what it found is no better than a guess at a year.
		return own.value
	}
	switch {
	case own.value == "":
		return lib.value
	case len(own.value) < 10 && strings.HasPrefix(lib.value, own.value):
		return lib.value // the library makes Dossier's month or year precise
	case len(own.value) < 10:
		return own.value
	}
	return own.value
}
