package textdump

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// embedded returns an Extractor of the embedded language data.
func embedded(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := New(en.Embedded())
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// golden is what a page dump is expected to give.
type golden struct {
	Title      string   `json:"title"`
	Publisher  string   `json:"publisher"`
	Published  string   `json:"published"`
	Standfirst string   `json:"standfirst"`
	Captions   []string `json:"captions"`
	Text       string   `json:"text"`
	Error      string   `json:"error,omitempty"`
}

func toGolden(doc dossier.Document, err error) golden {
	g := golden{Title: doc.Title, Publisher: doc.Publisher, Published: doc.Published,
		Standfirst: doc.Standfirst, Captions: doc.Captions, Text: doc.Text}
	if err != nil {
		g.Error = err.Error()
	}
	return g
}

func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			in, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(toGolden(embedded(t).Extract(string(in))), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := strings.TrimSuffix(page, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, w) {
				t.Errorf("%s differs from %s:\n%s", page, want, got)
			}
		})
	}
}

// TestPages checks what matters on each test page independently of the golden files, so that
// an -update cannot quietly accept a regression.
func TestPages(t *testing.T) {
	tests := []struct {
		page       string
		title      string
		publisher  string
		published  string
		standfirst string
		captions   int
		keep, drop []string
	}{
		{
			page: "wordpress.txt", title: "Ferry service to Marlow Island suspended after engine fire",
			published: "2021-03-03",
			keep:      []string{"The only ferry linking", "The harbour master said an investigation had begun.", "The school bus will wait at the landing."},
			drop:      []string{"Skip to content", "Posted on", "Tags:", "Share this", "Council approves new pier", "thoughts on", "Dora Blake", "We waited an hour", "Leave a Reply", "Post Comment", "Like Loading"},
		},
		{
			page: "agency.txt", title: "Grain exports resume from Port Alden after three-week blockade",
			publisher: "Meridian Wire", published: "2022-06-09",
			keep: []string{"PORT ALDEN, June 9, 2022 (Meridian Wire) - The first grain ship", "Traders said prices eased on the news."},
			drop: []string{"cookies", "By Tomas Reyes", "4 min read", "Reporting by", "Trust Principles"},
		},
		{
			page: "newsletter.txt", title: "Mayor of Corrin Falls resigns over housing contract inquiry",
			publisher: "The Valleyline News", published: "2023-11-14",
			standfirst: "Councillors will choose an interim mayor at a special session next week", captions: 1,
			keep: []string{"The mayor of Corrin Falls, Helen Ashdown, resigned", "Lowell declined to comment on Monday.", "The former aide could not be reached for comment."},
			drop: []string{"NewsLocal", "morning briefing", "Enter your email", "Advertisement", "Most Read", "Storm warning", "Privacy Policy", "All rights reserved", "Photo:"},
		},
		{
			page: "donation.txt", title: "Drought Forces Rationing In Three Northern Provinces",
			publisher: "The Eastern Dispatch", captions: 1,
			keep: []string{"Water will be rationed", "The government has promised to speed up"},
			drop: []string{"€ 10", "50 €", "MARCH 2024", "Support The Eastern Dispatch", "Notify of", "12 Comments", "river_watcher", "Thirty years of bad planning", "Would love your thoughts", "Photo by"},
		},
		{
			page: "tagcloud.txt", title: "Central bank of Sorrel raises interest rates for fourth time this year",
			publisher: "Riverbend Observer", published: "2023-08-22",
			standfirst: "The bank said inflation, now at 18 per cent, had not yet peaked",
			keep:       []string{"The central bank of Sorrel raised", "The currency gained one per cent against the dollar after the announcement."},
			drop:       []string{"Home ›", "World NewsEconomy", "Grace Mbeki", "Tags", "More from Economy", "Fuel subsidies", "Back to top"},
		},
		{
			page: "wrapped.txt", title: "School roof collapses under snow in Dunmere; no pupils hurt",
			published: "2021-03-03",
			keep:      []string{"Part of the roof of Dunmere primary school collapsed under heavy snow early on Tuesday, hours before", "The council said it would inspect every school roof in the county.", "escaped unhurt. Fire crews sealed off the site"},
			drop:      []string{"HIGHLAND COURIER", "Published on", "Morag Fyfe", "grandchildren", "The council was warned"},
		},
		{
			page: "translated.txt", title: "Fishermen protest new quota rules in Saltmarsh Bay; coast guard detains two boats",
			publisher:  "The Orchard Review",
			standfirst: "The coast guard said the boats had entered a closed zone, according to the regional fisheries office.",
			keep:       []string{"Dozens of fishing boats blocked", "who heads the local fishermen’s association."},
			drop:       []string{"Read Also", "night trawling", "Recommend article", "Sender's Name:", "Receiver's Email:"},
		},
		{
			page: "question.txt", title: "Why did the regional assembly of Tarvos vote to postpone the budget for a second time this winter?",
			published: "2024-01-12",
			keep:      []string{"The vote passed by 41 to 38.", "Until a budget is passed, the region runs on monthly allowances set at last year’s level."},
			drop:      []string{"cookies", "Share on", "Nora Lindqvist", "newsletter", "You might also like", "Assembly speaker", "12 Comments", "Maria K.", "should not be paid"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", tt.page))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := embedded(t).Extract(string(in))
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if doc.Publisher != tt.publisher {
				t.Errorf("publisher %q, want %q", doc.Publisher, tt.publisher)
			}
			if doc.Published != tt.published {
				t.Errorf("published %q, want %q", doc.Published, tt.published)
			}
			if doc.Standfirst != tt.standfirst {
				t.Errorf("standfirst %q, want %q", doc.Standfirst, tt.standfirst)
			}
			if len(doc.Captions) != tt.captions {
				t.Errorf("captions %q, want %d", doc.Captions, tt.captions)
			}
			for _, k := range tt.keep {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("lost %q", k)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(doc.Text, d) {
					t.Errorf("kept %q", d)
				}
			}
			if strings.Contains(doc.Text, doc.Title) {
				t.Errorf("title left in the body")
			}
		})
	}
}

func TestNoText(t *testing.T) {
	for _, in := range []string{"", "\n\n", "Home\nNews\nSubscribe\n", "0 $\n2,500 $\nJUNE 2023\n"} {
		if _, err := embedded(t).Extract(in); !errors.Is(err, dossier.ErrNoText) {
			t.Errorf("embedded(t).Extract(%q) error %v, want ErrNoText", in, err)
		}
	}
}

func TestLongHeadline(t *testing.T) {
	page := "Residents of three river towns asked to leave their homes as the water keeps rising on Sunday\n\n" +
		"Emergency services asked residents of three river towns to leave their homes on Sunday as the river rose above its banks for the third day.\n\n" +
		"Shelters have been opened in two schools, the county said.\n"
	doc, err := embedded(t).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Residents of three river towns asked to leave their homes as the water keeps rising on Sunday"; doc.Title != want {
		t.Errorf("title %q, want %q", doc.Title, want)
	}
	if strings.Contains(doc.Text, "keeps rising") || !strings.Contains(doc.Text, "Shelters have been opened") {
		t.Errorf("body %q", doc.Text)
	}
}

func TestPublishedNeverFromBanner(t *testing.T) {
	page := "APRIL 2022\nMonday, April 18, 2022\n\nFloods cut the main road to the coast\n\n" +
		"Heavy rain washed away a section of the coast road overnight, cutting off three villages, the highways agency said on Sunday.\n"
	doc, err := embedded(t).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "" {
		t.Errorf("published %q from a banner above the title", doc.Published)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		month bool
		want  string
	}{
		{"March 3, 2021", false, "2021-03-03"},
		{"3 March 2021", false, "2021-03-03"},
		{"Sept. 14, 2019 at 10:00", false, "2019-09-14"},
		{"the 1st of May 2020", false, "2020-05-01"},
		{"2018-02-28T10:00", false, "2018-02-28"},
		{"February 30, 2021", false, ""},
		{"June 2023", false, ""},
		{"June 2023", true, "2023-06"},
		{"March 3", false, ""},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in, tt.month); got != tt.want {
			t.Errorf("parseDate(%q, %v) = %q, want %q", tt.in, tt.month, got, tt.want)
		}
	}
}

func TestPublisherCues(t *testing.T) {
	body := "Officials met on Monday to discuss the new budget for the coming year, the ministry said.\n\n"
	tests := []struct {
		cue  string
		want string
	}{
		{"A spokesman told The Lantern Gazette that talks would go on.", "The Lantern Gazette"},
		{"The ministry did not respond to The Lantern Gazette’s inquiry.", "The Lantern Gazette"},
		{"This article was translated and edited by Harbor Lines.", "Harbor Lines"},
		{"The figures were released on Monday, according to Harbor Lines.", ""},
		{"Support Harbor Lines", "Harbor Lines"},
		{"Support us", ""},
		// Weak cues need a second one that agrees.
		{"A spokesman told Harbor Lines that talks would go on.", ""},
		{"By Mira Sol | Harbor Lines\n\nA spokesman told Harbor Lines that talks would go on.", "Harbor Lines"},
		{"Harbor Lines could not reach the minister.\n\nA spokesman told Harbor Lines that talks would go on.", "Harbor Lines"},
	}
	for _, tt := range tests {
		doc, err := embedded(t).Extract("Budget talks continue in the capital\n\n" + body + tt.cue + "\n")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Publisher != tt.want {
			t.Errorf("%q: publisher %q, want %q", tt.cue, doc.Publisher, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	e, err := New(en.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want kind
	}{
		{"2,500 $", kFurniture},
		{"NOVEMBER 2019", kFurniture},
		{"World NewsPolitics", kFurniture},
		{"Home › World › Africa", kFurniture},
		{"Back to top button", kFurniture},
		{"Sender's Name:", kFurniture},
		{"9:05 AM GMT 10/14/2025 by John Doe", kFurniture},
		{"9:05 am 10/14/2025 by the quay", kShort},
		{"Related Articles", kRelated},
		{"More on this topic:", kRelated},
		{"Read also: Talks resume in the capital", kFurniture},
		{"Latest: Talks resume in the capital", kFurniture},
		{"Breaking news: Talks resume in the capital", kShort},
		{"Log inRegister Log out", kFurniture},
		{"You are signed in as", kFurniture},
		{"Enter search terms here.", kFurniture},
		{"We've detected you are on Internet Explorer. Please use another browser for the best experience.", kFurniture},
		{"This copy is for your personal, non-commercial use only. To order copies for distribution to colleagues, clients or customers, visit the reprints page.", kFurniture},
		{"Related talks will be held in the capital next week.", kNear},
		{"The minister could not be reached for comment.", kNear},
		{"Support for the measure grew among farmers.", kNear},
		{"Next week, the council will vote on the budget.", kNear},
		{"The council voted on Tuesday to close two libraries and a swimming pool to save money next year.", kGood},
		{"Jane Doe", kShort},
		{"• Council approves the new pier after a long debate about its cost to the town.", kNear},
		{"• Markets", kShort},
	}
	for _, tt := range tests {
		l := line{text: tt.text, terminal: endsSentence(tt.text)}
		e.classify(&l)
		if l.kind != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.text, l.kind, tt.want)
		}
	}
}

// TestOverlayReachesExtractor checks that a --data folder's files named like the embedded ones
// reach an Extractor: the overlay's furniture pattern drops a prose line the embedded lists keep, and
// a malformed pattern is an error.
func TestOverlayReachesExtractor(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	page := "Harbour wall repaired before winter storms\n\n" +
		"Members of the Harbour Club read every story on the quay first, a day before the rest of the town does.\n\n" +
		"Workers finished repairing the old harbour wall on Friday, a week before the first winter storms were forecast to arrive.\n"
	for _, c := range []struct {
		d    *en.Data
		want bool // the line is dropped
	}{{en.Embedded(), false}, {over, true}} {
		e, err := New(c.d)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := e.Extract(page)
		if err != nil {
			t.Fatal(err)
		}
		if got := !strings.Contains(doc.Text, "Harbour Club"); got != c.want {
			t.Errorf("overlay %v: furniture line dropped = %v, want %v: %q", c.d == over, got, c.want, doc.Text)
		}
	}
	bad, err := en.Load("testdata/bad-overlay")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(bad); err == nil {
		t.Errorf("New accepted a malformed pattern")
	}
}

func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Title here now\n\n1. Jane Doe\n\nA comment that follows.\n")
	f.Add("\xff\xfe broken \u00a0 text\r\nwith CR\rlines")
	x := embedded(f)
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := x.Extract(in)
		if err != nil {
			if !errors.Is(err, dossier.ErrNoText) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for _, s := range append([]string{doc.Title, doc.Publisher, doc.Published, doc.Standfirst, doc.Text}, doc.Captions...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		if doc.Text == "" {
			t.Fatalf("no error but empty text")
		}
		for _, p := range strings.Split(doc.Text, "\n\n") {
			if p != strings.Join(strings.Fields(p), " ") {
				t.Fatalf("paragraph white space not normalised: %q", p)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var docs []string
	size := 0
	for _, p := range pages {
		if in, err := os.ReadFile(p); err == nil {
			docs = append(docs, string(in))
			size += len(in)
		}
	}
	x := embedded(b)
	if _, err := x.Extract(docs[0]); err != nil && !errors.Is(err, dossier.ErrNoText) {
		b.Fatal(err)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		x.Extract(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// TestUncoveredLanguage checks that a page in a language the function-word list does not cover
// still gives its prose, by length and sentence punctuation alone.
func TestUncoveredLanguage(t *testing.T) {
	page := "ホーム\nニュース\n\n川の水位が上がり三つの町に避難指示\n\n" +
		"大雨の影響で川の水位が上がり、市は日曜日の朝、川沿いの三つの町の住民に避難を呼びかけました。\n\n" +
		"市によりますと、二つの学校に避難所が開設され、およそ三百人が身を寄せているということです。\n\n" +
		"강물이 불어나 주민들이 학교 체육관으로 대피했으며 시는 내일 아침까지 비가 계속될 것으로 내다봤다.\n"
	doc, err := embedded(t).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"避難所が開設され", "체육관으로 대피했으며"} {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("lost %q in %q", k, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "ホーム") {
		t.Errorf("kept the menu: %q", doc.Text)
	}
}

// TestRepeatsAndPlaceholders checks that a paragraph printed twice is kept once, that image
// names in brackets and bare addresses are dropped, and that an author's biography is.
func TestRepeatsAndPlaceholders(t *testing.T) {
	caption := "Workers stand beside the repaired harbour wall on Friday, a week before the first storms of the winter."
	page := "Harbour wall repaired before winter storms\n\n[harbour-wall-1024x683]\n\n" + caption + "\n\n" +
		"Workers finished repairing the old harbour wall on Friday, a week before the first winter storms were forecast to arrive.\n\n" +
		"https://example.org/harbour\n\n" + caption + "\n\n" +
		"The council said the work had cost less than it expected and had been done on time.\n\n" +
		"Ann Marsh is a senior reporter for the Coast Ledger, covering transport and the harbour.\n"
	doc, err := embedded(t).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(doc.Text, caption); n > 1 {
		t.Errorf("paragraph kept %d times", n)
	}
	for _, d := range []string{"[harbour", "https://", "senior reporter"} {
		if strings.Contains(doc.Text, d) {
			t.Errorf("kept %q in %q", d, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "cost less than it expected") {
		t.Errorf("lost the body: %q", doc.Text)
	}
}

// TestShortLinesInsideArticle checks that a subheading and list items between prose paragraphs
// are kept, while a menu before the article is not.
func TestShortLinesInsideArticle(t *testing.T) {
	page := "Home\nWorld\nSport\n\nHarbour wall repaired before winter storms\n\n" +
		"Workers finished repairing the old harbour wall on Friday, a week before the first winter storms were forecast to arrive.\n\n" +
		"What was repaired\n\n  • The north breakwater\n  • Two slipways\n\n" +
		"The council said the work had cost less than it expected and had been done on time, before the storms.\n"
	doc, err := embedded(t).Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"What was repaired", "The north breakwater", "Two slipways"} {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("lost %q in %q", k, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "Sport") {
		t.Errorf("kept the menu: %q", doc.Text)
	}
}

// TestTitleCues checks the headline found in small page dumps where a line nearer the body
// looks like a title: a video teaser, a photo caption with its credit, an account menu.
func TestTitleCues(t *testing.T) {
	tests := []struct{ file, want string }{
		{"byline.txt", "Harbour board raises the fee for river barges"},
		{"credit.txt", "New pier opens at the lower harbour"},
		{"account.txt", "Valley farmers count the cost of the late frost"},
		{"carousel.txt", "Harbour board raises the fee for river barges"},
		{"kicker.txt", "Boatmen protest as the lock fee for small barges doubles"},
		{"breaking.txt", "BREAKING: Harbour board doubles the lock fee for small barges"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", "titles", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := embedded(t).Extract(string(in))
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Title != tt.want {
				t.Errorf("title %q, want %q", doc.Title, tt.want)
			}
		})
	}
}
