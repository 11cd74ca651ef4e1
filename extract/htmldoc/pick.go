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

// ownDate is the page's publication date as Dossier's own cues read it, with the cue it came from.
type ownDate struct {
	value string // ISO 8601 at the precision stated, "" when none
	cue   string // "meta", "url" or "dateline"
}

// ownPublished reads the page's publication date from metadata, then JSON-LD, then a <time> in
// the article, then the URL path, then a dateline opening the text.
//
// A day in the URL wins over the metadata's: metadata times are often in UTC while the URL carries
// the publisher's own calendar day, and metadata is rewritten when a page is republished while
// its address stays.
func (m *pageMeta) ownPublished(pageURL, text string) ownDate {
	fromURL := dateFromURL(m.pageURL(pageURL))
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
	case stated != "" && len(fromURL) == 10 && len(stated) == 10:
		return ownDate{fromURL, "url"}
	case stated != "":
		return ownDate{stated, "meta"}
	case fromURL != "":
		return ownDate{fromURL, "url"}
	}
	if d := datelineDate(text); d != "" {
		return ownDate{d, "dateline"}
	}
	return ownDate{}
}

// pageURL is the address the page is known by: the one given with the input, else the page's
// canonical link, else its og:url.
func (m *pageMeta) pageURL(given string) string {
	for _, u := range []string{given, m.canonical, m.meta["og:url"]} {
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			return u
		}
	}
	return given
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
