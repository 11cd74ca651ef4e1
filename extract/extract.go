// Package extract turns a page as read (HTML, a plain-text dump, or clean text from a record)
// into a Document: clean body text, title, publisher, publication date and language. The work
// particular to each format is done by the functions it is given; this package adds what all
// formats share: the content-hash id, metadata given with the input winning over what the page
// says, text normalisation, language identification and sentence boundaries.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract/htmldoc"
)

// Extractor makes documents from pages.
type Extractor struct {
	// Text extracts the article from a plain-text dump of a rendered page.
	Text func(body string) (dossier.Document, error)
	// HTML extracts the article from markup; url helps with dates and the site name.
	HTML func(body []byte, url string) (dossier.Document, error)
	// Credit, when set, names the publisher an article's own text credits (a credit line, a
	// dateline's agency), or "". It is asked for an HTML page whose markup names no publisher.
	Credit func(text string) string
	// Furniture, when set, returns an HTML page's article text without the paragraphs that are
	// page furniture (promotions, sign-up boxes, related-story lists) the markup's extractor
	// left in. It runs after Credit, which reads credit lines furniture cues would remove.
	Furniture func(text string) string
	// Sentences, when set, splits a document's text into sentences (a segment.Splitter's
	// Sentences, made from the run's language data); when nil, a document gets no sentences.
	Sentences func(text string) []dossier.Span
	// URLDate, when set, reads the publication date a page's address states (an
	// htmldoc.Extractor's DateFromURL, made from the run's language data) for a document its
	// reader left undated; when nil, an address gives no date.
	URLDate func(url string) string
}

// urlDate reads the date of an address with x.URLDate, or "" when it is nil.
func (x *Extractor) urlDate(url string) string {
	if x.URLDate == nil {
		return ""
	}
	return x.URLDate(url)
}

// sentences splits text into sentences with x.Sentences, or gives none when it is nil.
func (x *Extractor) sentences(text string) []dossier.Span {
	if x.Sentences == nil {
		return nil
	}
	return x.Sentences(text)
}

// ID returns the id of the document made from a page: a prefix of the SHA-256 of its format,
// bytes and the metadata given with it, so the same input always gets the same id and
// re-ingesting it is a no-op, while two records that share a text but name different documents
// (another id, another date) stay two documents.
func ID(p *dossier.Page) string {
	h := sha256.New()
	for _, part := range []string{string(p.Format), p.Meta.ID, p.Meta.URL, p.Meta.Title, p.Meta.Publisher, p.Meta.Published} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	h.Write(p.Body)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Extract makes a document from p. The error names the page and wraps a dossier error kind.
func (x *Extractor) Extract(p *dossier.Page) (dossier.Document, error) {
	doc, err := x.extract(p)
	if err != nil {
		return dossier.Document{}, &dossier.InputError{File: p.File, Err: err}
	}
	return doc, nil
}

func (x *Extractor) extract(p *dossier.Page) (dossier.Document, error) {
	var (
		doc dossier.Document
		err error
	)
	switch p.Format {
	case dossier.FormatHTML:
		doc, err = x.HTML(p.Body, p.Meta.URL)
		if err == nil && x.Credit != nil && (doc.Publisher == "" || isAddress(doc.Publisher)) {
			if name := x.Credit(doc.Text); name != "" {
				doc.Publisher = name // the page's credit line before its bare address
			}
		}
		if err == nil && x.Furniture != nil {
			doc.Text = x.Furniture(doc.Text)
		}
	case dossier.FormatText:
		if !utf8.Valid(p.Body) {
			return doc, dossier.ErrEncoding
		}
		doc, err = x.Text(string(p.Body))
	case dossier.FormatBody:
		if !utf8.Valid(p.Body) {
			return doc, dossier.ErrEncoding
		}
		doc.Text = string(p.Body)
	default:
		return doc, fmt.Errorf("%w: format %q", dossier.ErrFormat, p.Format)
	}
	if err != nil {
		return doc, err
	}
	doc.ID = ID(p)
	doc.File = p.File
	if p.Meta.URL != "" {
		doc.URL = p.Meta.URL
	}
	if p.Meta.Title != "" {
		doc.Title = p.Meta.Title
	}
	if p.Meta.Publisher != "" {
		doc.Publisher = p.Meta.Publisher
	}
	if p.Meta.Published != "" {
		doc.Published = p.Meta.Published
	}
	// A page dump or a record's text has no markup to name its site or date it: its address can.
	if doc.Publisher == "" {
		doc.Publisher = htmldoc.SiteName(doc.URL)
	}
	if doc.Published == "" {
		doc.Published = x.urlDate(doc.URL)
	}
	doc.Title = cleanLine(doc.Title)
	doc.Publisher = cleanLine(doc.Publisher)
	doc.Standfirst = cleanLine(doc.Standfirst)
	doc.Text = Normalize(doc.Text)
	if strings.TrimSpace(doc.Text) == "" {
		return doc, dossier.ErrNoText
	}
	if p.Format == dossier.FormatText {
		// A page dump's title line can carry the site's name: cut as the HTML title vote cuts it.
		doc.Title = htmldoc.Headline(doc.Title, doc.Publisher, doc.URL)
		doc.Text = withHeadline(doc.Text, doc.Title, doc.Standfirst)
	}
	if doc.Title == "" {
		doc.Title = firstSentence(doc.Text, x.sentences(doc.Text))
	}
	if len(doc.Published) > 10 && isISODate(doc.Published[:10]) {
		doc.Published = doc.Published[:10] // a time of day adds nothing the reports use
	}
	if doc.Published != "" && !isISODate(doc.Published) {
		doc.Published = "" // unknown rather than wrong
	}
	if doc.Language == "" {
		doc.Language = Language(doc.Text)
	}
	doc.Sentences = x.sentences(doc.Text)
	return doc, nil
}

var (
	spaceRun   = regexp.MustCompile(`[ \t\f\v\x{00A0}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]+`)
	blankLines = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
	isoDate    = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// Normalize makes text safe and regular: valid UTF-8, no control characters, Windows and old Mac
// line ends made "\n", runs of spaces made one, paragraphs separated by exactly one blank line.
func Normalize(text string) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			return -1 // zero-width space, byte-order mark, soft hyphen
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, text)
	text = spaceRun.ReplaceAllString(text, " ")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	text = strings.Join(lines, "\n")
	text = blankLines.ReplaceAllString(text, "\n\n")
	return strings.TrimSpace(text)
}

// withHeadline puts the title and standfirst of a page dump before its body, as HTML pages carry
// their headline: what a headline says (who, what) is part of the report and is analysed with it.
func withHeadline(body, title, standfirst string) string {
	var head []string
	for _, line := range []string{title, standfirst} {
		if line != "" && !strings.Contains(body[:min(len(body), 2*len(line)+200)], line) {
			head = append(head, line)
		}
	}
	if len(head) == 0 {
		return body
	}
	return strings.Join(head, "\n\n") + "\n\n" + body
}

func cleanLine(s string) string {
	return strings.TrimSpace(spaceRun.ReplaceAllString(strings.Join(strings.Fields(Normalize(s)), " "), " "))
}

// isAddress reports whether a publisher is only a site's address ("example.com"), what the HTML
// extractor gives when the markup names no publisher.
func isAddress(s string) bool {
	return strings.Contains(s, ".") && !strings.ContainsAny(s, " ") && s == strings.ToLower(s)
}

func isISODate(s string) bool { return isoDate.MatchString(s) }

// firstSentence is the first of the sentences ss of text, cut near 200 bytes.
func firstSentence(text string, ss []dossier.Span) string {
	if len(ss) == 0 {
		return ""
	}
	s := text[ss[0].Start:ss[0].End]
	if len(s) > 200 {
		s = s[:strings.LastIndexByte(s[:200], ' ')+1] + "…"
	}
	return s
}

// Language returns the ISO 639-1 code of the language text is written in, or "und" when it cannot
// be told. A long text is judged on a sample spread over all of it (see languageSample), so that
// an English preamble does not make a page in another language English, nor the reverse.
func Language(text string) string {
	info := whatlanggo.Detect(languageSample(text))
	code := info.Lang.Iso6391()
	if code == "" || info.Confidence < 0.2 {
		return "und"
	}
	return code
}

// Sizes of the language sample: the whole text up to sampleBytes, else sampleParts pieces of
// equal length taken at even steps from its start to its end.
const (
	sampleBytes = 4096
	sampleParts = 8
)

// languageSample returns text when it is short, else sampleParts pieces spread evenly over it,
// each cut at white space so that no word or character is broken, joined by line breaks.
func languageSample(text string) string {
	if len(text) <= sampleBytes {
		return text
	}
	size := sampleBytes / sampleParts
	step := (len(text) - size) / (sampleParts - 1)
	var b strings.Builder
	for i := 0; i < sampleParts; i++ {
		piece := text[i*step : i*step+size]
		if i > 0 {
			if k := strings.IndexAny(piece, " \n\t"); k >= 0 {
				piece = piece[k+1:]
			}
		}
		if k := strings.LastIndexAny(piece, " \n\t"); k >= 0 && i < sampleParts-1 {
			piece = piece[:k]
		}
		b.WriteString(strings.ToValidUTF8(piece, ""))
		b.WriteByte('\n')
	}
	return b.String()
}
