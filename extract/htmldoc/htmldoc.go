package htmldoc

import (
	"bytes"
	_ "embed"
	"fmt"
	"net/url"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

//go:embed data/prune.css
var defaultPruneRules string

// settings are the extraction library's knobs that Extract fixes; tests compare alternatives.
type settings struct {
	fallback bool                        // also run the library's fallback extractors and keep the best
	focus    trafilatura.ExtractionFocus // balanced, favour precision or favour recall
	htmlDate bool                        // let the library scan the whole page for a date (unused in output)
	prune    cascadia.SelectorGroup      // furniture removed before extraction
	dates    *shownDates                 // the readers of written days of the language data New was given
}

// minTextRunes is the least text a page must yield to count as an article. The library's last
// resort, taken when no block of a page holds more than 100 characters, returns whatever text the
// page has (its title, a menu); that is not an article.
const minTextRunes = 100

// defaultPrune is the compiled data/prune.css; it is never modified.
var defaultPrune = mustParse(defaultPruneRules)

func mustParse(rules string) cascadia.SelectorGroup {
	g, err := ParsePruneRules(rules)
	if err != nil {
		panic(err) // the embedded rules are checked by the tests
	}
	return g
}

// defaults are the settings an Extractor uses, chosen on the article extraction benchmark; New
// adds the readers of written days.
func defaults() settings {
	return settings{fallback: false, focus: trafilatura.FavorRecall, prune: defaultPrune}
}

// Extractor reads HTML pages with the month, weekday and update words of the language data it
// was made from. It is read-only and safe for concurrent use.
type Extractor struct {
	s settings
}

// New returns an Extractor that reads page-months.txt, page-weekdays.txt and page-otherdays.txt
// of the language data d (the embedded files with a --data folder's).
func New(d *en.Data) *Extractor {
	s := defaults()
	s.dates = newShownDates(d)
	return &Extractor{s: s}
}

// Extract reads one HTML page and returns its main text and metadata. pageURL is where the page
// came from ("" when unknown): it names the page in errors and may hold a publication date.
// A page without article text yields an error wrapping dossier.ErrNoText.
func (x *Extractor) Extract(body []byte, pageURL string) (dossier.Document, error) {
	return extract(body, pageURL, x.s)
}

func extract(body []byte, pageURL string, s settings) (dossier.Document, error) {
	name := pageURL
	if name == "" {
		name = "page"
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return dossier.Document{}, fmt.Errorf("extract %s: %w", name, dossier.ErrNoText)
	}
	root, err := html.Parse(bytes.NewReader(closeTitle(toUTF8(body))))
	if err != nil {
		return dossier.Document{}, fmt.Errorf("extract %s: %w: %v", name, dossier.ErrFormat, err)
	}
	// Metadata first: pruning changes the tree.
	pm := readMeta(root)
	pm.dates = s.dates
	dates := pm.readDates(root, pageURL)
	prune(root, s.prune)
	dropInlineCode(root)
	kept := bound(root)
	links := linkTexts(root, pm.pageURL(pageURL))
	keepSpaces(root)

	opts := trafilatura.Options{
		EnableFallback:  s.fallback,
		Focus:           s.focus,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if s.htmlDate {
		opts.HtmlDateMode = trafilatura.Fast
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil {
		return dossier.Document{}, fmt.Errorf("extract %s: %w", name, dossier.ErrNoText)
	}
	publisher := pm.publisher(pageURL)
	title := pm.pickTitle(res.Metadata.Title, publisher, pageURL)
	text := dropLinkParagraphs(paragraphs(res.ContentNode), append([]string{title}, pm.h1...), links)
	if err := tooShort(text, res.ContentNode); err != nil {
		return dossier.Document{}, fmt.Errorf("extract %s: %w", name, err)
	}
	doc := dossier.Document{
		URL:       pageURL,
		Title:     title,
		Publisher: publisher,
		Published: pm.published(pageURL, text, dates),
		Language:  pm.language(res.Metadata.Language),
		Captions:  pm.captions,
		Text:      text,
	}
	if kept >= 0 {
		doc.Cut = fmt.Sprintf("page tree cut after %d bytes of text before extraction (the extractor's bound on text and paragraphs)", kept)
	}
	return doc, nil
}

// tooShort returns why text is no article — empty, or shorter than minTextRunes, named as a
// paragraph repeated when the content held more before repeats were joined — or nil.
func tooShort(text string, content *html.Node) error {
	n := utf8.RuneCountInString(text)
	switch {
	case n == 0:
		return dossier.ErrNoText
	case n >= minTextRunes:
		return nil
	case textLen(content) >= minTextRunes:
		return fmt.Errorf("%w: the text is one paragraph of %d characters repeated", dossier.ErrNoText, n)
	}
	return fmt.Errorf("%w: %d characters of text, under the %d of an article", dossier.ErrNoText, n, minTextRunes)
}
