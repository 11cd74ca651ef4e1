package htmldoc

import (
	"slices"
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

// weakKeys are the meta names that state some date of the page without saying which: the
// publication, the last change or the day the page was generated.
var weakKeys = map[string]bool{"date": true, "dc.date": true, "dcterms.date": true}

// ownDate is the page's publication date as Dossier's own cues read it, with the cue it came from.
type ownDate struct {
	value string // ISO 8601 at the precision stated, "" when none
	cue   string // "meta", "url" or "dateline"
	weak  bool   // the metadata's date is not named as the publication's (weakKeys, a <time>, any JSON-LD item)
}

// ownPublished reads the page's publication date from metadata, then JSON-LD, then a <time> in
// the article, then the URL path, then a dateline opening the text.
//
// A day in the URL wins over the metadata's: metadata times are often in UTC while the URL carries
// the publisher's own calendar day, and metadata is rewritten when a page is republished while
// its address stays.
func (m *pageMeta) ownPublished(pageURL, text string) ownDate {
	nd := m.shown().named
	fromURL := nd.dateFromURL(m.pageURL(pageURL))
	stated, weak := "", false
	for _, k := range publishedKeys {
		if stated = nd.parseDate(m.meta[k]); stated != "" {
			weak = weakKeys[k]
			break
		}
	}
	for _, v := range []string{m.ldDate, m.timeAttr, m.ldAnyDate} {
		if stated == "" {
			stated, weak = nd.parseDate(v), v != m.ldDate
		}
	}
	switch {
	case stated != "" && len(fromURL) == 10 && len(stated) == 10:
		return ownDate{value: fromURL, cue: "url"}
	case stated != "":
		return ownDate{value: stated, cue: "meta", weak: weak}
	case fromURL != "":
		return ownDate{value: fromURL, cue: "url"}
	}
	if d := nd.datelineDate(text); d != "" {
		return ownDate{value: d, cue: "dateline"}
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

// publisher is the site's own name: og:site_name, the JSON-LD publisher, the JSON-LD WebSite
// name, application-name, the end of <title> or the masthead (a logo's alt text) when it names
// the host, then the site's social-media account when it names the host; each cut
// to its first part ("LinkNaija | Nigeria's news" is LinkNaija). A value that is an
// address, two letters that do not name the host ("U.S." on a news agency's page), a motto that
// does not name it (see slogan) or a sub-domain
// when the site's account names the main domain ("Hosted" on hosted.example.org) is passed over; a bare host label ("cleveland") is given as
// the site's name (cleveland.com). Else the site of the page's address, else "".
func (m *pageMeta) publisher(pageURL string) string {
	pageURL = m.pageURL(pageURL)
	main, sub := siteLabels(pageURL)
	var handles []string
	for _, v := range []string{m.meta["article:publisher"], m.meta["twitter:site"]} {
		if h := handle(v); namesSite(h, main) {
			handles = append(handles, h)
		}
	}
	named := []string{m.meta["og:site_name"], m.ldPub, m.ldSite, m.meta["application-name"], m.titleSiteName(main)}
	if namesSite(m.masthead, main) {
		named = append(named, m.masthead) // the logo's name, when it names the host
	}
	motto := "" // the first name passed over as a motto (see slogan)
	for i, v := range append(named, handles...) {
		v = cleanLine(v)
		if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") || len(v) > 100 {
			continue
		}
		v = siteNamePart(v)
		switch {
		case v == "", letters(v) < 3 && !namesSite(v, main),
			slices.Contains(sub, strings.ToLower(v)) && len(handles) > 0:
			continue
		case slogan(v) && !namesSite(v, main):
			if motto == "" {
				motto = v
			}
			continue
		case v == strings.ToLower(v) && SiteName(pageURL) != "" &&
			(squash(v) == main || SiteName("http://"+v) == SiteName(pageURL)):
			return SiteName(pageURL) // a bare label or host: "cleveland", "www.example.ru"
		case motto != "" && (!namesSite(v, main) || i >= len(named) && len(sub) > 0):
			// A later name no closer to the host is no better than the motto, nor, on a
			// sub-domain, the account of the main domain's owner (a blog host's).
			return motto
		}
		return v
	}
	if site := SiteName(pageURL); site != "" || motto == "" {
		return site
	}
	return motto
}

// sloganWords is the most words a site's name that does not name its host has; a longer one is
// a motto or a description.
const sloganWords = 6

// slogan reports whether a site name reads as a motto or a sentence rather than a name: it has
// more than sloganWords words, a comma between its words, or three words or more and a final
// "!" or "?" ("In Britain we are first, we lead", "News you can trust!"; not "OK! Magazin").
func slogan(v string) bool {
	words := strings.Fields(v)
	if len(words) > sloganWords {
		return true
	}
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, "،") {
			return true
		}
	}
	return len(words) >= 3 && strings.ContainsAny(v[len(v)-1:], "!?")
}

// titleSiteName is the part at either end of the page's <title> that names the host, or "".
func (m *pageMeta) titleSiteName(mainLabel string) string {
	parts := titleSeparator.Split(m.title, -1)
	if len(parts) < 2 {
		return ""
	}
	for _, p := range []string{parts[len(parts)-1], parts[0]} {
		// A name is short: "comwrap auf der DMEXCO 2018" is a headline that names the site.
		if p = strings.TrimSpace(p); namesSite(p, mainLabel) && len(strings.Fields(p)) <= 4 &&
			len(squash(p)) <= len(mainLabel)+15 {
			return p
		}
	}
	return ""
}

// pickTitle is the article's headline: og:title, the JSON-LD headline, the first <h1>s, the
// library's title and <title>, each cut of the site's name, voted together. A reading votes for
// itself and for a shorter one it holds beside a label ("Opinion | Headline" votes for
// "Headline"). The reading with most votes wins; on a tie, the earlier in that order.
func (m *pageMeta) pickTitle(lib, publisher, pageURL string) string {
	main, _ := siteLabels(m.pageURL(pageURL))
	names := []string{publisher, cleanLine(m.meta["og:site_name"]), m.ldPub, m.ldSite, SiteName(m.pageURL(pageURL))}
	var cands []string
	readings := append(append([]string{m.meta["og:title"], m.ldTitle}, m.h1...), lib, m.title)
	for _, v := range readings {
		if v = cleanLine(v); v != "" {
			cands = append(cands, headline(v, names, main))
		}
	}
	best, bestVotes := "", 0
	for _, c := range cands {
		votes := 0
		for _, o := range cands {
			if squash(o) == squash(c) || withLabel(o, c) {
				votes++
			}
		}
		if votes > bestVotes {
			best, bestVotes = c, votes
		}
	}
	return best
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

// withLabel reports whether title is headline with a label before or after it, set off by a
// separator: "Opinion | Headline", "Headline - Auto News".
func withLabel(title, headline string) bool {
	if len(headline) >= len(title) || headline == "" {
		return false
	}
	if rest, ok := strings.CutSuffix(title, headline); ok && separatorAtEnd.MatchString(rest) {
		return true
	}
	rest, ok := strings.CutPrefix(title, headline)
	return ok && separatorAtStart.MatchString(rest)
}
