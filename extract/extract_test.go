package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract/htmldoc"
	"github.com/dossier-project/dossier/extract/textdump"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// embeddedDump returns a page dump reader of the embedded language data.
func embeddedDump(t *testing.T) *textdump.Extractor {
	t.Helper()
	x, err := textdump.New(en.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a  b\t\tc  ", "a b c"},
		{"one\r\n\r\n\r\ntwo\rthree", "one\n\ntwo\nthree"},
		{"x\u00a0y\u200bz\ufeff", "x yz"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"p1\n \n\t\n  p2", "p1\n\np2"},
		{"bell\a here", "bell here"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtractMetadataPrecedence(t *testing.T) {
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences,
		HTML: func(body []byte, url string) (dossier.Document, error) {
			return dossier.Document{Title: "Page title", Publisher: "Page Site", Published: "2019-05-06T10:00:00Z",
				Text: "Body  text here.\n\n\nSecond paragraph."}, nil
		},
		Text: func(string) (dossier.Document, error) { return dossier.Document{}, dossier.ErrNoText },
	}
	page := &dossier.Page{File: "rec-9", Format: dossier.FormatHTML, Body: []byte("<p>x</p>"),
		Meta: dossier.Meta{ID: "rec-9", Title: "Given title", Published: "2019-05-07"}}
	doc, err := x.Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	want := dossier.Document{
		ID: ID(page), File: "rec-9", Title: "Given title", Publisher: "Page Site", Published: "2019-05-07",
		Language: doc.Language, Text: "Body text here.\n\nSecond paragraph.",
		Sentences: []dossier.Span{{Start: 0, End: 15}, {Start: 17, End: 34}},
	}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
	same := *page
	same.File = "elsewhere.html"
	if len(doc.ID) != 16 || ID(page) != ID(&same) {
		t.Errorf("id %q is not a stable content hash", doc.ID)
	}
	other := *page
	other.Meta.Published = "2019-05-08"
	if ID(page) == ID(&other) {
		t.Errorf("two records with the same text and different dates share id %q", doc.ID)
	}
}

func TestExtractErrorsNameTheFile(t *testing.T) {
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: func(string) (dossier.Document, error) { return dossier.Document{}, dossier.ErrNoText }}
	_, err := x.Extract(&dossier.Page{File: "a/b.txt", Format: dossier.FormatText, Body: []byte("menu")})
	var ie *dossier.InputError
	if !errors.As(err, &ie) || ie.File != "a/b.txt" || !errors.Is(err, dossier.ErrNoText) {
		t.Errorf("error = %v, want an InputError for a/b.txt wrapping ErrNoText", err)
	}
	_, err = x.Extract(&dossier.Page{File: "c.txt", Format: dossier.FormatBody, Body: []byte("bad \xff")})
	if !errors.Is(err, dossier.ErrEncoding) {
		t.Errorf("error = %v, want ErrEncoding", err)
	}
}

// TestLanguageMixed checks that a long page is judged on all of its text: a preamble of 4 kB in
// one language before a long body in another does not decide the language.
func TestLanguageMixed(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "language", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	en, de := read("en-long.txt"), read("de-long.txt")
	head := func(s string) string { return s[:strings.IndexByte(s[4500:], '\n')+4500] }
	tests := []struct {
		name, text, want string
	}{
		{"English preamble, German body", head(en) + "\n\n" + de, "de"},
		{"German preamble, English body", head(de) + "\n\n" + en, "en"},
		{"German", de, "de"},
		{"English", en, "en"},
		{"short German", head(de), "de"},
	}
	for _, tt := range tests {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("%s: Language = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	if got := Language("The government said on Monday that the talks would resume next week in the capital."); got != "en" {
		t.Errorf("Language(English) = %q", got)
	}
	if got := Language("Le gouvernement a déclaré lundi que les négociations reprendraient la semaine prochaine."); got != "fr" {
		t.Errorf("Language(French) = %q", got)
	}
}

func TestTextDumpKeepsHeadline(t *testing.T) {
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: func(string) (dossier.Document, error) {
		return dossier.Document{Title: "Port strike ends", Standfirst: "Workers return after ten days",
			Text: "Dock workers returned on Monday."}, nil
	}}
	doc, err := x.Extract(&dossier.Page{File: "a.txt", Format: dossier.FormatText, Body: []byte("page")})
	if err != nil {
		t.Fatal(err)
	}
	want := "Port strike ends\n\nWorkers return after ten days\n\nDock workers returned on Monday."
	if doc.Text != want || doc.Title != "Port strike ends" {
		t.Errorf("text = %q, title %q", doc.Text, doc.Title)
	}
	// A body that already opens with its title is left as it is.
	x.Text = func(string) (dossier.Document, error) {
		return dossier.Document{Title: "Port strike ends", Text: "Port strike ends\n\nDock workers returned."}, nil
	}
	doc, _ = x.Extract(&dossier.Page{File: "b.txt", Format: dossier.FormatText, Body: []byte("page")})
	if doc.Text != "Port strike ends\n\nDock workers returned." {
		t.Errorf("title repeated: %q", doc.Text)
	}
}

func TestAddressNamesSiteAndDate(t *testing.T) {
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: func(string) (dossier.Document, error) {
		return dossier.Document{Title: "Port strike ends", Text: "Dock workers returned on Monday."}, nil
	}, URLDate: htmldoc.New(en.Embedded()).DateFromURL}
	tests := []struct {
		meta                 dossier.Meta
		publisher, published string
	}{
		{dossier.Meta{URL: "https://www.harbour.example/2021/03/04/port-strike"}, "harbour.example", "2021-03-04"},
		{dossier.Meta{URL: "https://harbour.example/2021/03/04/x", Publisher: "Harbour Times", Published: "2021-03-05"},
			"Harbour Times", "2021-03-05"},
		{dossier.Meta{}, "", ""},
	}
	for _, tt := range tests {
		doc, err := x.Extract(&dossier.Page{File: "0a1b2c3d.txt", Format: dossier.FormatText, Body: []byte("page"), Meta: tt.meta})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Publisher != tt.publisher || doc.Published != tt.published {
			t.Errorf("%+v: publisher %q published %q, want %q %q", tt.meta, doc.Publisher, doc.Published, tt.publisher, tt.published)
		}
	}
}

// TestCreditNamesPublisher: an HTML page whose markup names no publisher is credited by its own
// text (a dateline's agency, "told The X", a credit bracket) before its address; a page that
// names itself (og:site_name, a logo naming the host) keeps its name.
func TestCreditNamesPublisher(t *testing.T) {
	page := htmldoc.New(en.Embedded())
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, HTML: page.Extract, Credit: embeddedDump(t).CreditName, URLDate: page.DateFromURL}
	tests := []struct{ file, publisher string }{
		{"dateline.html", "Wire Service"},
		{"named.html", "Harbour Times"},
		{"told.html", "The Harbour Gazette"},
		{"bracket.html", "Harbour News"},
		{"none.html", "harbour.example"},
		{"masthead.html", "Harbour Example"}, // the logo names the host: before the credit
	}
	for _, tt := range tests {
		body, err := os.ReadFile(filepath.Join("testdata", "credit", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(&dossier.Page{File: tt.file, Format: dossier.FormatHTML, Body: body,
			Meta: dossier.Meta{URL: "https://www.harbour.example/port-strike-ends"}})
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if doc.Publisher != tt.publisher {
			t.Errorf("%s: publisher %q, want %q", tt.file, doc.Publisher, tt.publisher)
		}
	}
}

// TestTextDumpTitleCutsSiteName: a page dump's title line loses the site's name as an HTML
// title does, the publisher's or the one its address names; a headline alone stays whole.
func TestTextDumpTitleCutsSiteName(t *testing.T) {
	tests := []struct{ title, publisher, url, want string }{
		{"Port strike ends after three weeks | Harbour Times", "Harbour Times", "", "Port strike ends after three weeks"},
		{"Port strike ends after three weeks - HarbourNews.com", "", "https://www.harbournews.com/a/1", "Port strike ends after three weeks"},
		{"Harbour Times printers end their strike", "Harbour Times", "", "Harbour Times printers end their strike"},
		{"Port strike ends after three weeks", "Harbour Times", "", "Port strike ends after three weeks"},
	}
	for _, tt := range tests {
		x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: func(string) (dossier.Document, error) {
			return dossier.Document{Title: tt.title, Publisher: tt.publisher, Text: "Dock workers returned on Monday."}, nil
		}}
		doc, err := x.Extract(&dossier.Page{File: "a.txt", Format: dossier.FormatText, Body: []byte("page"),
			Meta: dossier.Meta{URL: tt.url}})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.want {
			t.Errorf("%q: title %q, want %q", tt.title, doc.Title, tt.want)
		}
	}
}

// TestHTMLFurnitureDropped: the paragraphs of page furniture that the markup's extractor leaves
// among an article's — promotions, sign-up and messaging-channel boxes, photo credits, a
// related-links header with the headlines under it, paragraphs that are the whole text of a link
// to another page — are dropped; the article's paragraphs stay, quoted speech with a
// promotion's words, the headline that links to its own page and a subheading that a link of the
// page's contents repeats among them.
func TestHTMLFurnitureDropped(t *testing.T) {
	dump := embeddedDump(t)
	page := htmldoc.New(en.Embedded())
	x := &Extractor{Sentences: segment.New(en.Embedded()).Sentences, HTML: page.Extract, Credit: dump.CreditName, Furniture: dump.DropFurniture, URLDate: page.DateFromURL}
	tests := []struct {
		file       string
		keep, drop []string
	}{
		{"promo.html",
			[]string{"Ferry service to Corrin Isle resumes", "sailed again on Tuesday", "help us get the boat back",
				"permanent repair", "Islanders who were stranded"},
			[]string{"Photo:", "READ MORE", "Storm closes coast road", "Sign up", "WhatsApp", "QR code",
				"Privacy Notice", "Follow us"}},
		{"related.html",
			[]string{"Streaming bundle price to rise in March", "raise its monthly price", "two dollars more",
				"What the bundle costs", "subscribe to all three services", "Analysts said"},
			[]string{"Don't miss", "Quiz show returns", "Festival line-up", "DRAMA CANCELLED", "Television"}},
	}
	for _, tt := range tests {
		body, err := os.ReadFile(filepath.Join("testdata", "furniture", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(&dossier.Page{File: tt.file, Format: dossier.FormatHTML, Body: body,
			Meta: dossier.Meta{URL: "https://www.harbour.example/" + strings.TrimSuffix(tt.file, ".html")}})
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		for _, s := range tt.keep {
			if !strings.Contains(doc.Text, s) {
				t.Errorf("%s: %q lost from the text:\n%s", tt.file, s, doc.Text)
			}
		}
		for _, s := range tt.drop {
			if strings.Contains(doc.Text, s) {
				t.Errorf("%s: furniture %q left in the text:\n%s", tt.file, s, doc.Text)
			}
		}
	}
}

// TestURLDateOverlay checks that an undated text dump is dated from its address with the month
// names of the language data its URLDate was made from: a month line added by a --data folder
// reads "/2021/lenzmond/14/", the embedded data does not.
func TestURLDateOverlay(t *testing.T) {
	over, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	text := func(string) (dossier.Document, error) {
		return dossier.Document{Title: "Port strike ends", Text: "Dock workers returned on Monday."}, nil
	}
	page := &dossier.Page{File: "0a1b2c3d.txt", Format: dossier.FormatText, Body: []byte("page"),
		Meta: dossier.Meta{URL: "https://harbour.example/2021/lenzmond/14/port-strike"}}
	for _, c := range []struct {
		name string
		x    *Extractor
		want string
	}{
		{"none", &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: text}, ""},
		{"embedded", &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: text, URLDate: htmldoc.New(en.Embedded()).DateFromURL}, ""},
		{"overlay", &Extractor{Sentences: segment.New(en.Embedded()).Sentences, Text: text, URLDate: htmldoc.New(over).DateFromURL}, "2021-03-14"},
	} {
		doc, err := c.x.Extract(page)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Published != c.want {
			t.Errorf("%s: published %q, want %q", c.name, doc.Published, c.want)
		}
	}
}
