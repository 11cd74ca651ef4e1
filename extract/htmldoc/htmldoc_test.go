package htmldoc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// embedded returns an Extractor of the embedded language data.
func embedded() *Extractor { return New(en.Embedded()) }

func TestExtract(t *testing.T) {
	tests := []struct {
		file, url string
		title     string
		publisher string
		published string
		language  string
		captions  []string
		keep      []string // must be in the text
		drop      []string // must not be in the text
	}{
		{
			file: "meta.html", url: "https://valley.example/news/flood-barrier-holds",
			title: "Flood barrier holds in first storm", publisher: "The Valley Courier",
			published: "2021-11-08", language: "en",
			captions: []string{"Residents look at the river from the new wall on Sunday."},
			keep:     []string{"The river authority said on Monday", "not yet been approved by the regional government."},
			drop:     []string{"All rights reserved", "Sport", "Residents look at the river from the new wall"},
		},
		{
			file: "jsonld.html", url: "https://riverside.example/story/barrier",
			title: "Flood barrier holds as river peaks", publisher: "Riverside Daily",
			published: "2021-11-08", language: "en",
			keep: []string{"“We watched the gauges all night,” said Maria Lindqvist"},
			drop: []string{"Council approves new bus lanes"},
		},
		{
			file: "urldate.html", url: "https://lowland.example/news/2019/03/07/flood-barrier-holds/",
			title: "Flood barrier holds", publisher: "Lowland Post", published: "2019-03-07", language: "en",
			keep: []string{"steel gates set into a concrete wall"},
		},
		{
			file: "dateline.html", url: "https://lowland.example/story?id=7",
			title: "Barrier holds", publisher: "lowland.example", published: "2021-03-03", language: "en",
			keep: []string{"LOWERTOWN, March 3, 2021 — The river authority"},
			drop: []string{"Copyright 2024"},
		},
		{
			file: "nodate.html", title: "Barrier holds", published: "", language: "en",
			keep: []string{"two thousand homes"},
			drop: []string{"Weather", "Most read", "Bus lanes approved", "Example Media"},
		},
		{
			file: "furniture.html", url: "https://valley.example/news/flood",
			title: "Flood barrier holds", publisher: "The Valley Courier", language: "en",
			keep: []string{"The river authority said on Monday", "gathered on the wall on Sunday morning",
				"extend the wall by another kilometre"},
			drop: []string{"independent local journalism", "chip in every month", "morning briefing",
				"Share on the social network", "my cellar was flooded", "money would have been better spent",
				"Bridge repairs delayed"},
		},
		{
			file: "malformed.html", title: "Barrier holds", language: "en",
			keep: []string{"The river authority said on Monday", "chief engineer.", "past the old mill.",
				"budget for the work has not yet been approved"},
		},
		{
			file: "latin1.html", title: "La digue a tenu pendant la tempête",
			publisher: "Le Courrier de la Vallée", language: "fr",
			keep: []string{"a résisté à la tempête du week-end", "« Nous avons surveillé les jauges toute la nuit »"},
		},
		{
			file: "undeclared1252.html", title: "La digue a tenu pendant la tempête", language: "fr",
			publisher: "Le Courrier de la Vallée",
			keep:      []string{"a déclaré lundi l’autorité du fleuve", "une chaîne de vannes en acier"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := embedded().Extract(body, tt.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkText(t, doc.Text)
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if doc.Publisher != tt.publisher {
				t.Errorf("publisher %q, want %q", doc.Publisher, tt.publisher)
			}
			if doc.Published != tt.published {
				t.Errorf("published %q, want %q", doc.Published, tt.published)
			}
			if doc.Language != tt.language {
				t.Errorf("language %q, want %q", doc.Language, tt.language)
			}
			if doc.URL != tt.url {
				t.Errorf("url %q, want %q", doc.URL, tt.url)
			}
			if tt.captions != nil && strings.Join(doc.Captions, "|") != strings.Join(tt.captions, "|") {
				t.Errorf("captions %q, want %q", doc.Captions, tt.captions)
			}
			for _, k := range tt.keep {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("text lacks %q; text:\n%s", k, doc.Text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(doc.Text, d) {
					t.Errorf("text keeps %q; text:\n%s", d, doc.Text)
				}
			}
		})
	}
}

// extractFile extracts the test page testdata/name as served from pageURL.
func extractFile(t *testing.T, name, pageURL string) dossier.Document {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := embedded().Extract(body, pageURL)
	if err != nil {
		t.Fatalf("extract %s: %v", name, err)
	}
	return doc
}

// checkText asserts the shape of clean text: valid UTF-8, paragraphs separated by one blank
// line, no line breaks, runs of spaces or edge spaces inside a paragraph.
func checkText(t *testing.T, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Errorf("text is not valid UTF-8")
	}
	for i, p := range strings.Split(text, "\n\n") {
		if p == "" || p != strings.TrimSpace(p) || strings.ContainsAny(p, "\n\t\r") || strings.Contains(p, "  ") {
			t.Errorf("paragraph %d badly formed: %q", i, p)
		}
	}
}

func TestExtractNoText(t *testing.T) {
	for _, file := range []string{"empty.html", "nobody.html"} {
		t.Run(file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = embedded().Extract(body, "https://example.org/"+file)
			if !errors.Is(err, dossier.ErrNoText) {
				t.Fatalf("Extract error %v, want one wrapping %v", err, dossier.ErrNoText)
			}
			if !strings.Contains(err.Error(), file) {
				t.Errorf("error %q does not name the page", err)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2020-04-14T10:00:00Z", "2020-04-14"},
		{"2020-04-14", "2020-04-14"},
		{"2020/4/9", "2020-04-09"},
		{"2020-04", "2020-04"},
		{"20200414", "2020-04-14"},
		{"2021-11-04T23:00Z", "2021-11-05"},
		{"2020-06-30T22:00:00.000+00:00", "2020-07-01"},
		{"2020-06-30T22:00:17Z", "2020-06-30"},
		{"Tue, 14 Apr 2020 10:00:00 GMT", "2020-04-14"},
		{"April 14, 2020 10:00 AM", "2020-04-14"},
		{"Tuesday, Sept. 1st 2020", "2020-09-01"},
		{"2020-02-30", ""},
		{"1453-05-29", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := embedded().s.dates.named.parseDate(tt.in); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/2020/04/14/slug", "2020-04-14"},
		{"https://a.example/news/2020/04/slug.html", "2020-04"},
		{"https://a.example/2020-04-14/slug", "2020-04-14"},
		{"https://a.example/home/2017/7/12/slug", "2017-07-12"},
		{"https://a.example/story/20200414/slug", "2020-04-14"},
		{"https://a.example/world-news-2020-04-14.html", ""},
		{"https://a.example/news/what-was-said-2020-04-14/", "2020-04-14"},
		{"https://a.example/science/cells-that-taste-20200414/", "2020-04-14"},
		{"https://a.example/statements/2020/apr/14/someone/claim/", "2020-04-14"},
		{"https://a.example/story/123456789", ""},
		{"https://a.example/2020/13/01/slug", ""},
		{"https://2020.example/04/14", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := embedded().s.dates.named.dateFromURL(tt.in); got != tt.want {
			t.Errorf("dateFromURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPublishedPrefersURLDay(t *testing.T) {
	tests := []struct {
		meta, url, want string
	}{
		// A late-evening story stamped in UTC: the URL has the publisher's day.
		{"2020-04-15T02:10:00Z", "https://a.example/2020/04/14/story", "2020-04-14"},
		{"2020-04-14T10:00:00Z", "https://a.example/2020/04/14/story", "2020-04-14"},
		// Further apart, the URL's day still wins: it was fixed when the page was first published.
		{"2020-04-20T10:00:00Z", "https://a.example/2020/04/14/story", "2020-04-14"},
		{"2020-04-20T10:00:00Z", "https://a.example/2020/04/story", "2020-04-20"},
		{"", "https://a.example/2020/04/14/story", "2020-04-14"},
		{"2020-04-15T02:10:00Z", "https://a.example/story", "2020-04-15"},
	}
	for _, tt := range tests {
		m := &pageMeta{dates: embedded().s.dates, meta: map[string]string{"article:published_time": tt.meta}}
		if got := m.ownPublished(tt.url, "").value; got != tt.want {
			t.Errorf("published(%q, %q) = %q, want %q", tt.meta, tt.url, got, tt.want)
		}
	}
}

func TestDefaultPruneRules(t *testing.T) {
	g, err := ParsePruneRules(defaultPruneRules)
	if err != nil {
		t.Fatal(err)
	}
	if len(g) == 0 {
		t.Fatal("no default prune rules")
	}
	if _, err := ParsePruneRules("div[class=\n"); err == nil {
		t.Error("a broken rule was accepted")
	}
}

func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, file := range files {
		if body, err := os.ReadFile(file); err == nil {
			f.Add(body, "https://example.org/2020/01/02/x")
		}
	}
	f.Add([]byte("<p>\xff\xfe broken \x00 bytes</p>"), "")
	f.Fuzz(func(t *testing.T, body []byte, url string) {
		doc, err := embedded().Extract(body, url)
		if err != nil {
			if !errors.Is(err, dossier.ErrNoText) && !errors.Is(err, dossier.ErrFormat) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for _, s := range append([]string{doc.Text, doc.Title, doc.Publisher, doc.Published, doc.Language}, doc.Captions...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		if doc.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}

// TestMottoPublisher checks that a site whose og:site_name is its motto (a Bengali news site's
// "In Britain we are first, we are at the top") is published by the name its <title> ends with.
func TestMottoPublisher(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "ukbdnews.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := embedded().Extract(body, "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Publisher != "UKBDNEWS" {
		t.Errorf("publisher %q, want UKBDNEWS", doc.Publisher)
	}
}

func TestHeadlineAndPublisher(t *testing.T) {
	tests := []struct {
		name, url, title, siteName, articlePublisher string
		wantTitle, wantPublisher                     string
	}{
		{"suffix", "https://www.morebikes.example/7908/review/", "Book review | MoreBikes", "MoreBikes", "",
			"Book review", "MoreBikes"},
		{"tagline site name", "https://www.linkgh.example/2018/10/x.html",
			"LinkGh | Ghana's news platform: Actress looks stunning", "LinkGh | Ghana's news platform", "",
			"Actress looks stunning", "LinkGh"},
		{"dash inside headline kept", "https://www.games.example/review/", "Fallen review - shoots for the moon - Games247",
			"Games247", "", "Fallen review - shoots for the moon", "Games247"},
		{"bare host label", "https://www.lakeside.example/news/x.html", "Storm hits the coast", "lakeside", "",
			"Storm hits the coast", "lakeside.example"},
		{"section as site name", "https://www.wire.example/article/x", "Shares drift", "U.S.",
			"https://www.facebook.com/Wire", "Shares drift", "Wire"},
		{"sub-domain as site name", "https://hosted.wire.example/paper/x", "Shares drift", "Hosted",
			"https://www.facebook.com/WireNews", "Shares drift", "WireNews"},
		{"no site name", "https://www.plainnews.co.uk/story/x", "Shares drift", "", "", "Shares drift", "plainnews.co.uk"},
		{"site name ending the title", "https://www.dailyplanet.example/2020/x.html", "Shares drift - The Daily Planet", "", "",
			"Shares drift", "The Daily Planet"},
		{"host ending the title", "https://www.plainnews.example/x", "Shares drift - www.plainnews.example", "", "",
			"Shares drift", "plainnews.example"},
		{"headline naming the site", "https://blog.acme.example/x", "Take care - acme at the trade fair 2018", "", "",
			"Take care - acme at the trade fair 2018", "acme.example"},
		{"motto as site name", "https://www.harbourtimes.example/x", "Ferry resumes | Harbour Times",
			"Your town, your news, every day", "", "Ferry resumes", "Harbour Times"},
		{"long motto, nothing else", "https://www.quaynews.example/x", "Ferry resumes",
			"All the news from the quay that you need to know", "", "Ferry resumes", "quaynews.example"},
		{"motto passed over for the site's account", "https://www.quaynews.example/x", "Ferry resumes",
			"Your town, your news", "https://www.facebook.com/QuayNewsDaily", "Ferry resumes", "QuayNewsDaily"},
		{"motto of a blog on a host's sub-domain", "https://quay.bloghost.example/x", "Ferry resumes",
			"Life, the sea and me", "https://www.facebook.com/BlogHost", "Ferry resumes", "Life, the sea and me"},
		{"brand with a stop mark", "https://www.wowweekly.example/x", "Ferry resumes", "Wow! Weekly", "",
			"Ferry resumes", "Wow! Weekly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &pageMeta{dates: embedded().s.dates, meta: map[string]string{"og:site_name": tt.siteName, "article:publisher": tt.articlePublisher}, title: tt.title}
			pub := m.publisher(tt.url)
			if pub != tt.wantPublisher {
				t.Errorf("publisher %q, want %q", pub, tt.wantPublisher)
			}
			if got := m.pickTitle("", pub, tt.url); got != tt.wantTitle {
				t.Errorf("title %q, want %q", got, tt.wantTitle)
			}
		})
	}
}

func TestShownDateWithinDaysOfMetadata(t *testing.T) {
	tests := []struct {
		name, meta, shown, want string
	}{
		{"stored in UTC, shown the day before", "2023-11-09T02:11:03+00:00", "November 8, 2023", "2023-11-08"},
		{"shown a few days later", "2022-01-21T09:43+01:00", "January 25, 2022", "2022-01-25"},
		{"today's date in a banner", "2019-10-18T08:00:00+02:00", "Samstag, 19. Oktober 2019", "2019-10-18"},
		{"abbreviated day in a banner", "2019-10-18T08:00:00+02:00", "Sa, 19. Okt 2019", "2019-10-18"},
		{"a month away: another date", "2021-12-14T10:00:00Z", "2022-02-04 15:33", "2021-12-14"},
		{"March is not a day", "2018-03-10T10:00:00Z", "Mar 12, 2018", "2018-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &pageMeta{dates: embedded().s.dates, meta: map[string]string{"article:published_time": tt.meta}}
			shown := libDate{value: embedded().s.dates.named.parseDate(tt.shown), src: tt.shown}
			if got := m.published("", "", dateVotes{visible: shown}); got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitleVote(t *testing.T) {
	m := &pageMeta{
		dates: embedded().s.dates,
		meta:  map[string]string{"og:title": "Opinion | Rivers Are Rising"},
		h1:    []string{"The Daily Planet", "Rivers Are Rising"},
		title: "Opinion | Rivers Are Rising - The Daily Planet",
	}
	if got := m.pickTitle("Opinion | Rivers Are Rising", "", "https://www.dailyplanet.example/2020/opinion/rivers.html"); got != "Rivers Are Rising" {
		t.Errorf("title %q, want the headline without its label and site", got)
	}
}

func FuzzHeadline(f *testing.F) {
	f.Add("Book review | MoreBikes", "MoreBikes", "https://www.morebikes.example/7908/review/")
	f.Add("LinkGh | Ghana's news platform: Actress looks stunning", "LinkGh | Ghana's news platform", "https://linkgh.example/x")
	f.Add("Opinion | Rivers Are Rising - The Daily Planet", "", "https://www.dailyplanet.co.uk/a")
	f.Add(" | ", "|", "http://[::1]/")
	f.Fuzz(func(t *testing.T, title, site, pageURL string) {
		main, _ := siteLabels(pageURL)
		got := headline(title, []string{site, SiteName(pageURL)}, main)
		if strings.TrimSpace(title) != "" && strings.TrimSpace(got) == "" {
			t.Fatalf("headline(%q, %q) is empty", title, site)
		}
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Fatalf("headline(%q) = %q: invalid UTF-8", title, got)
		}
		if s := SiteName(pageURL); s != "" && !strings.Contains(s, ".") {
			t.Fatalf("SiteName(%q) = %q", pageURL, s)
		}
	})
}

// TestDateAbstains checks the pages whose only evidence for a day is weak or contradicted: the
// publication date stays unknown, while a timestamp in a long byline and a day shown under the
// headline are kept.
func TestDateAbstains(t *testing.T) {
	tests := []struct{ file, want string }{
		{"prose.html", ""},               // a date a sentence of the article mentions
		{"caption.html", ""},             // a date at the end of a long caption
		{"timestamp.html", "2015-12-14"}, // a date with its clock time in a long byline
		{"weakmeta.html", "2022-01-27"},  // a generic meta date a month from the date shown under the headline
		{"midnight.html", ""},            // a day stamped at exactly midnight
		{"afternoon.html", "2022-02-04"}, // the same day stamped at a time of day
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "dates", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := embedded().Extract(body, "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Published != tt.want {
				t.Errorf("published %q, want %q", doc.Published, tt.want)
			}
		})
	}
}

// TestURLDateCues checks that the page's address dates it from wherever the input gives it: with
// the input (a JSON Lines url, a WARC target), else <link rel=canonical>, else og:url.
func TestURLDateCues(t *testing.T) {
	tests := []struct {
		name, given, canonical, ogURL, want string
	}{
		{"given", "https://a.example/2021/05/04/story", "", "", "2021-05-04"},
		{"canonical", "", "https://a.example/2021/05/04/story", "https://a.example/2020/01/02/old", "2021-05-04"},
		{"og:url", "", "", "https://a.example/news/2021/05/story", "2021-05"},
		{"given before canonical", "https://a.example/2019/03/07/x", "https://a.example/2021/05/04/story", "", "2019-03-07"},
		{"relative canonical", "", "/2021/05/04/story", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &pageMeta{dates: embedded().s.dates, meta: map[string]string{"og:url": tt.ogURL}, canonical: tt.canonical}
			if got := m.ownPublished(tt.given, "").value; got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}
