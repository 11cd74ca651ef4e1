package htmldoc

import (
	"strings"
)

// publishedKeys are meta names and properties that state a publication date, strongest first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "datepublished",
	"og:published_time", "published_time", "article.published", "publishdate", "publish-date",
	"publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
	"originalpublicationdate", "article_date_original", "date", "cxenseparse:recs:publishtime",
}

// published is the page's publication date: metadata, then JSON-LD, then a <time> in the article,
// then the URL path, then a dateline opening the text. "" when none of them states one.
//
// Metadata times are often in UTC while the URL carries the publisher's own calendar day; when
// the two differ by one day, the URL's day is the one the page was dated.
func (m *pageMeta) published(pageURL, text string) string {
	if u := m.meta["og:url"]; pageURL == "" && u != "" {
		pageURL = u
	}
	fromURL := dateFromURL(pageURL)
	stated := ""
	for _, k := range publishedKeys {
		if stated = parseDate(m.meta[k]); stated != "" {
			break
		}
	}
	for _, v := range []string{m.ldDate, m.timeAttr, m.ldAnyDate} {
		if stated == "" {
			stated = parseDate(v)
		}
	}
	switch {
	case stated != "" && nextDay(stated, fromURL):
		return fromURL
	case stated != "":
		return stated
	case fromURL != "":
		return fromURL
	}
	return datelineDate(text)
}

// publisher is the site's own name: og:site_name, the JSON-LD publisher, the JSON-LD WebSite name,
// then application-name. Values that are addresses rather than names are passed over.
func (m *pageMeta) publisher() string {
	for _, v := range []string{
		m.meta["og:site_name"], m.ldPub, m.ldSite, m.meta["application-name"],
	} {
		v = cleanLine(v)
		if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") || len(v) > 100 {
			continue
		}
		return v
	}
	return ""
}

// pickTitle prefers the library's title (cleaned of a site suffix), then the page's own.
func (m *pageMeta) pickTitle(lib string) string {
	for _, v := range []string{lib, m.meta["og:title"], m.ldTitle, m.h1, m.title} {
		if v = cleanLine(v); v != "" {
			return v
		}
	}
	return ""
}

// language is a two-letter code: what the text reads as, else what the page declares.
func (m *pageMeta) language(detected string) string {
	for _, v := range []string{detected, m.lang, m.ldLang, m.meta["og:locale"], m.meta["content-language"]} {
		v = strings.ToLower(strings.TrimSpace(v))
		if i := strings.IndexAny(v, "-_"); i >= 0 {
			v = v[:i]
		}
		if len(v) == 2 || len(v) == 3 {
			return v
		}
	}
	return ""
}
