package htmldoc

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHeadlineDate checks which day a page is read to show next to its headline, and the days
// passed over: a change's, one a sentence mentions, one stamped at midnight, one in a caption,
// a banner or a list of other stories, one beside the site's logo heading.
func TestHeadlineDate(t *testing.T) {
	const story = "<p>The council met on Tuesday evening to vote on the plan for the harbour, which has been " +
		"debated for two years and was changed again last month after protests from residents.</p>"
	tests := []struct{ name, head, body, want string }{
		{"byline below, month named", "", `<h1>Harbour plan passes</h1><p>1. Februar 2022, Anna Weber</p>` + story, "2022-02-01"},
		{"date line above, figures", "", `<p>02.02.2022 10:16 Uhr - Politik</p><h1>Harbour plan passes</h1>` + story, "2022-02-02"},
		{"month first", "", `<h1>Harbour plan passes</h1><p>By Ann Lee | March 14, 2021</p>` + story, "2021-03-14"},
		{"French byline", "", `<h1>Harbour plan passes</h1><p>Par Léa Martin | 30 septembre 2018</p>` + story, "2018-09-30"},
		{"labelled", "", `<h1>Harbour plan passes</h1><div><span>Datum:</span> <span>18.10.2021</span></div>` + story, "2021-10-18"},
		{"split over spans", "", `<div class="date"><span>Feb</span> <span>18</span> <span>2009</span></div><h2>Harbour plan passes</h2>` + story, "2009-02-18"},
		{"two-digit year", "", `<h1>Harbour plan passes</h1><p>Von: Ben Roth | 31.10.23</p>` + story, "2023-10-31"},
		{"nearest of two", "", `<p>01.01.2020</p><p>Politik</p><p>Region</p><h1>Harbour plan passes</h1><p>05.01.2020</p>` + story, "2020-01-05"},
		{"change passed over", "", `<h1>Harbour plan passes</h1><p>Zuletzt geändert am: 15.10.2021</p><p>Erschienen am: 13.10.2021</p>` + story, "2021-10-13"},
		{"mentioned in a sentence", "", `<h1>Harbour plan passes</h1><p>The council, which first heard of the plan from the port authority in a letter on 3 May 2019, voted.</p>`, ""},
		{"midnight stamp", "", `<h1>Harbour plan passes</h1><p>04.02.2022 - 00:00</p>` + story, ""},
		{"caption", "", `<h1>Harbour plan passes</h1><figure><figcaption>The harbour on 9 March 2016</figcaption></figure>` + story, ""},
		{"related list", "", `<h1>Harbour plan passes</h1><div class="related"><p>31.01.2022</p></div>` + story, ""},
		{"comment thread", "", `<h1>Harbour plan passes</h1><div class="comments"><p>Ann wrote on 31.01.2022</p></div>` + story, ""},
		{"commentary's header", "", `<article class="HeaderComment"><h1>Harbour plan passes</h1>` +
			`<div class="HeaderComment_date">Dienstag, 29. Januar 2019</div></article>` + story, "2019-01-29"},
		{"banner", "", `<div class="topbar">Monday, 7 December 2026</div><h1>Harbour plan passes</h1>` + story, ""},
		{"logo heading", "", `<h1 class="logo">Harbour News</h1><p>12. Mai 2012</p>` + story, ""},
		{"headline among headings", `<meta property="og:title" content="Harbour plan passes after two years">`,
			`<h2>Other news</h2><p>12.05.2012</p><h2>Harbour plan passes after two years</h2><p>20.09.2020</p>` + story, "2020-09-20"},
		{"ambiguous slashes", "", `<h1>Harbour plan passes</h1><p>03/04/2020</p>` + story, ""},
		{"day above twelve, slashes", "", `<h1>Harbour plan passes</h1><p>16/10/2021</p>` + story, "2021-10-16"},
		{"no headline", "", `<p>20.09.2020</p>` + story, ""},
		{"far above, one long line", "", `<div>20.09.2020 ` + strings.Repeat("Teaser ", 25) + `</div><h1>Harbour plan passes</h1>` + story, ""},
		{"near above, one line", "", `<div>20.09.2020 ` + strings.Repeat("Teaser ", 15) + `</div><h1>Harbour plan passes</h1>` + story, "2020-09-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Harbour plan passes | Harbour News</title>" + tt.head + "</head><body>" + tt.body + "</body></html>"
			root, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(root)
			m.dates = embedded().s.dates
			if got := m.headlineDate(root); got != tt.want {
				t.Errorf("headlineDate = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestShownDatesFind checks the days read in a line, in the order they stand.
func TestShownDatesFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"01.01.2020 05.01.2020", []string{"2020-01-01", "2020-01-05"}},
		{"2021-10-16T10:00:00 | 17.10.2021", []string{"2021-10-16", "2021-10-17"}},
		{"Ref. 1.2.2023.4 and 12.10.20231", nil},
		{"am 3. März 2020 und 14 de enero de 2020", []string{"2020-03-03", "2020-01-14"}},
		{"Updated March 14, 2021; first published March 8, 2021", []string{"2021-03-08"}},
		{"31.10.23 | 31.02.2023", []string{"2023-10-31"}},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range embedded().s.dates.find(tt.text) {
			got = append(got, d.value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestHeadlineVote checks when the day shown next to the headline decides the publication date.
func TestHeadlineVote(t *testing.T) {
	tests := []struct {
		name string
		own  ownDate
		head string
		want string
		ok   bool
	}{
		{"none shown", ownDate{value: "2021-10-15", cue: "meta"}, "", "", false},
		{"confirms the metadata", ownDate{value: "2022-02-02", cue: "meta"}, "2022-02-02", "2022-02-02", true},
		{"metadata named as the publication's", ownDate{value: "2021-12-14", cue: "meta"}, "2022-02-04", "", false},
		{"weak metadata", ownDate{value: "2021-10-15", cue: "meta", weak: true}, "2021-10-13", "2021-10-13", true},
		{"address's day", ownDate{value: "2019-12-09", cue: "url"}, "2019-12-10", "", false},
		{"address's month", ownDate{value: "2010-05", cue: "url"}, "2010-05-19", "2010-05-19", true},
		{"another month", ownDate{value: "2010-05", cue: "url"}, "2010-06-19", "", false},
		{"no cue", ownDate{}, "2022-02-01", "2022-02-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := headlineVote(tt.own, tt.head)
			if got != tt.want || ok != tt.ok {
				t.Errorf("headlineVote = %q, %v, want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// FuzzShownDates checks that reading days in any text never fails and gives valid days at
// offsets inside the text.
func FuzzShownDates(f *testing.F) {
	for _, s := range []string{"1. Februar 2022, Anna", "02.02.2022 10:16 Uhr", "March 14, 2021", "31.10.23",
		"30 septembre 2018", "16/10/2021", "2021-10-16 | Botschaft", "Updated 15.10.2021", "14 de enero de 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range embedded().s.dates.find(s) {
			if d.start < 0 || d.end > len(s) || d.start > d.end {
				t.Fatalf("find(%q): offsets %d–%d out of the text", s, d.start, d.end)
			}
			if len(d.value) != 10 || isoOf(d.value[:4], d.value[5:7], d.value[8:]) != d.value {
				t.Fatalf("find(%q): %q is no valid day", s, d.value)
			}
		}
	})
}

// TestNearestShownSentence checks that a day standing inside a sentence below the headline (an
// event the page announces) is passed over, while a date line's or a byline's is taken.
func TestNearestShownSentence(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Das nächste Treffen findet am Mi. 5. Februar 2020 ab 19 Uhr im Café statt."}, ""},
		{[]string{"The next meeting takes place on 5 February 2020 at the town hall."}, ""},
		{[]string{"Published on 5 February 2020 by the editors."}, "2020-02-05"},
		{[]string{"5 February 2020, 10:16 – Sport"}, "2020-02-05"},
		{[]string{"By Anna Berg", "March 14, 2021"}, "2021-03-14"},
		{[]string{"The next meeting takes place on 5 February 2020 at the hall.", "Posted 4 February 2020"}, "2020-02-04"},
	}
	for _, tt := range tests {
		if got, _ := nearestShown(embedded().s.dates, tt.lines, headWordsAfter, false); got != tt.want {
			t.Errorf("nearestShown(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}
