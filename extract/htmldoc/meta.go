package htmldoc

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page states about itself, gathered in one walk before extraction.
type pageMeta struct {
	meta      map[string]string // first content of each <meta> name, property or itemprop, lower-cased key
	title     string            // <title>
	h1        []string          // the first maxH1 <h1> texts outside furniture (a logo can be the first)
	lang      string            // <html lang>
	ldTitle   string            // JSON-LD headline of the article
	ldDate    string            // JSON-LD datePublished of the article
	ldPub     string            // JSON-LD publisher name of the article
	ldSite    string            // JSON-LD WebSite name
	ldLang    string            // JSON-LD inLanguage of the article
	ldAnyDate string            // a JSON-LD datePublished of any type, or from a block too broken to parse
	timeAttr  string            // datetime of the first <time> that marks publication
	canonical string            // href of <link rel=canonical>
	dates     *shownDates       // the readers of written days of the Extractor's language data
	captions  []string          // <figcaption> texts in page order
	furniture []string          // <time> datetimes outside the article, and the text of banners
	masthead  string            // the site's logo or name line: the first logo image's alt, else a short text
}

// maxH1 is how many <h1> headings are read as title candidates.
const maxH1 = 3

// readMeta walks the parsed page once.
func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	var walk func(n *html.Node, furniture bool)
	walk = func(n *html.Node, furniture bool) {
		if n.Type == html.ElementNode {
			if !furniture && isBanner(n) {
				m.furniture = append(m.furniture, cleanLine(textOf(n)))
				furniture = true
			}
			furniture = furniture || isFurniture(n)
			if m.masthead == "" && namedAny(n, mastheadName) {
				m.masthead = mastheadText(n)
			}
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"property", "name", "itemprop"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if _, seen := m.meta[key]; key != "" && !seen {
						m.meta[key] = html.UnescapeString(content)
					}
				}
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = cleanLine(textOf(n))
				}
			case atom.H1:
				if h := cleanLine(textOf(n)); h != "" && len(m.h1) < maxH1 && !furniture {
					m.h1 = append(m.h1, h)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					m.readJSONLD(textOf(n))
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Time:
				if furniture {
					m.furniture = append(m.furniture, attr(n, "datetime"))
				}
				if m.timeAttr == "" && !furniture && marksPublication(n) {
					m.timeAttr = attr(n, "datetime")
				}
			case atom.Figcaption:
				if c := cleanLine(textOf(n)); c != "" && !furniture {
					m.captions = append(m.captions, c)
				}
				return
			}
			// Schema.org microdata on a non-meta element: <span itemprop="datePublished" content=…>.
			if ip := strings.ToLower(attr(n, "itemprop")); ip == "datepublished" && n.DataAtom != atom.Meta {
				if _, seen := m.meta[ip]; !seen {
					v := attr(n, "content")
					if v == "" {
						v = attr(n, "datetime")
					}
					if v != "" {
						m.meta[ip] = v
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, furniture)
		}
	}
	walk(doc, false)
	return m
}

// furnitureName matches class and id values of page parts that are not the article: a date or
// caption found there belongs to another story or to the site.
var furnitureName = []string{"related", "recommend", "popular", "trending", "most-read", "sidebar", "widget",
	"promo", "teaser", "comment", "footer", "newsletter", "more-stories", "read-more", "latest"}

func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		return true
	}
	return namedAny(n, furnitureName)
}

// bannerName matches class and id values of the bars above a page that show today's date, the
// weather or a ticker: a date there is the day the page was seen, not the day it was published.
var bannerName = []string{"topbar", "top-bar", "navbar", "ticker", "weather", "today", "currentdate",
	"current-date", "headerdate", "header-date"}

func isBanner(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Script:
		return false // a page's classes name its layout, not a part of it
	}
	return namedAny(n, bannerName)
}

// namedAny reports whether n's class or id holds one of names (lower-case), in any case.
func namedAny(n *html.Node, names []string) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || a.Val == "" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, name := range names {
			if strings.Contains(v, name) {
				return true
			}
		}
	}
	return false
}

// logoWord is the word an image's alt text adds to the name it shows ("Example News logo").
var logoWord = regexp.MustCompile(`(?i)\blogo\b`)

// mastheadName matches class and id values of a site's logo or name line.
var mastheadName = []string{"logo", "masthead", "site-title", "site-name", "sitename", "brand"}

// mastheadText is the name a logo or name line shows: its first image's alt text without the
// word "logo", else its text when short, else "".
func mastheadText(n *html.Node) string {
	alt := func(img *html.Node) string {
		return cleanLine(logoWord.ReplaceAllString(attr(img, "alt"), " "))
	}
	if n.DataAtom == atom.Img {
		return alt(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img {
			return alt(c)
		}
		if alt := mastheadText(c); alt != "" {
			return alt
		}
	}
	if t := cleanLine(textOf(n)); len(t) <= 60 {
		return t
	}
	return ""
}

// inFurniture reports whether s is found in a page part that is not the article.
func (m *pageMeta) inFurniture(s string) bool {
	s = cleanLine(s)
	if s == "" {
		return false
	}
	for _, f := range m.furniture {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// updatedName matches markers of a modification date, which is not the publication date.
var updatedName = regexp.MustCompile(`(?i)updat|modif|edited`)

// marksPublication reports whether a <time> element gives the article's publication time: it has a
// datetime and nothing on it or its parent says it is an update.
func marksPublication(n *html.Node) bool {
	if attr(n, "datetime") == "" {
		return false
	}
	for _, e := range []*html.Node{n, n.Parent} {
		if e == nil || e.Type != html.ElementNode {
			continue
		}
		if updatedName.MatchString(attr(e, "class")) || updatedName.MatchString(attr(e, "itemprop")) ||
			updatedName.MatchString(attr(e, "id")) {
			return false
		}
	}
	return true
}

// ldDateField finds a datePublished in a JSON-LD block that does not parse.
var ldDateField = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,40})"`)

// articleTypes are the schema.org types whose headline, date and publisher describe the page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "webpage": true,
	"scholarlyarticle": true, "techarticle": true, "report": true, "creativework": true,
}

// readJSONLD takes what it can from one JSON-LD block; a malformed block is ignored.
func (m *pageMeta) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		// Hand-written blocks often break JSON (trailing commas, raw newlines); the date is
		// still worth having.
		if mm := ldDateField.FindStringSubmatch(src); mm != nil && m.ldAnyDate == "" {
			m.ldAnyDate = mm[1]
		}
		return
	}
	m.visitLD(v, 0)
}

func (m *pageMeta) visitLD(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.visitLD(e, depth+1)
		}
	case map[string]any:
		types := ldTypes(x["@type"])
		isArticle, isSite := false, false
		for _, t := range types {
			isArticle = isArticle || articleTypes[t]
			isSite = isSite || t == "website"
		}
		// A WebPage is weaker evidence than an Article: let an Article in the same page win.
		strong := isArticle && !(len(types) == 1 && types[0] == "webpage")
		if isArticle {
			if s := ldString(x["headline"]); s != "" && (m.ldTitle == "" || strong) {
				m.ldTitle = s
			}
			if s := ldString(x["datePublished"]); s != "" && (m.ldDate == "" || strong) {
				m.ldDate = s
			}
			if s := ldName(x["publisher"]); s != "" && (m.ldPub == "" || strong) {
				m.ldPub = s
			}
			if s := ldString(x["inLanguage"]); s != "" && m.ldLang == "" {
				m.ldLang = s
			}
		}
		if s := ldString(x["datePublished"]); s != "" && m.ldAnyDate == "" {
			m.ldAnyDate = s
		}
		if isSite && m.ldSite == "" {
			m.ldSite = ldString(x["name"])
		}
		if g, ok := x["@graph"]; ok {
			m.visitLD(g, depth+1)
		}
		if e, ok := x["mainEntity"]; ok {
			m.visitLD(e, depth+1)
		}
	}
}

func ldTypes(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		out = append(out, strings.ToLower(t))
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.ToLower(s))
			}
		}
	}
	return out
}

// ldString returns a JSON-LD value as text: a string, or the first string of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return cleanLine(html.UnescapeString(t))
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldName returns the name of a JSON-LD organisation (or list of them), or a bare string.
func ldName(v any) string {
	switch t := v.(type) {
	case map[string]any:
		return ldString(t["name"])
	case []any:
		for _, e := range t {
			if s := ldName(e); s != "" {
				return s
			}
		}
	case string:
		return ldString(t)
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// shown returns the readers of written days the page is read with.
func (m *pageMeta) shown() *shownDates { return m.dates }
