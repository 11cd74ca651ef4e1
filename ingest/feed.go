package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/dossier-project/dossier"
)

// readFeed reads an RSS or Atom feed and hands on one page per item, with the item's content (or,
// failing that, its summary) as clean text and the feed's metadata: the item's link and title, its
// publication date, and the feed's title as publisher.
func (r *Reader) readFeed(ctx context.Context, path string, size int64, src io.Reader, fn func(Item) error) error {
	body, err := readLimited(src, r.limit())
	if err != nil {
		return fn(fail(path, size, err))
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return fn(fail(path, size, fmt.Errorf("%w: not a readable RSS or Atom feed: %v", dossier.ErrFormat, err)))
	}
	if len(feed.Items) == 0 {
		return fn(fail(path, size, fmt.Errorf("%w: the feed has no items", dossier.ErrEmpty)))
	}
	share := size / int64(len(feed.Items))
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		where := fmt.Sprintf("%s#%d", path, i+1)
		file := item.Link
		if file == "" {
			file = where
		}
		content := item.Content
		if len(strings.TrimSpace(content)) < len(strings.TrimSpace(item.Description)) {
			content = item.Description
		}
		text := htmlText(content)
		if strings.TrimSpace(text) == "" {
			if err := fn(fail(file, share, fmt.Errorf("%w: feed item %d has no content or summary", dossier.ErrEmpty, i+1))); err != nil {
				return err
			}
			continue
		}
		meta := dossier.Meta{ID: item.GUID, URL: item.Link, Title: strings.TrimSpace(item.Title),
			Publisher: strings.TrimSpace(feed.Title)}
		if item.PublishedParsed != nil {
			meta.Published = item.PublishedParsed.UTC().Format("2006-01-02")
		} else if item.UpdatedParsed != nil {
			meta.Published = item.UpdatedParsed.UTC().Format("2006-01-02")
		}
		page := &dossier.Page{File: file, Format: dossier.FormatBody, Body: []byte(text), Meta: meta}
		if err := fn(Item{Page: page, Bytes: share}); err != nil {
			return err
		}
	}
	return nil
}

// blockTags end a paragraph in HTML turned into text.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true, "figcaption": true}

// htmlText turns an HTML fragment (a feed item's content) into plain text, one paragraph per
// block element; scripts, styles and figures' images are left out. Text without markup passes as
// it is.
func htmlText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return fragment
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			var paras []string
			for _, p := range strings.Split(b.String(), "\n\n") {
				if p = strings.TrimSpace(p); p != "" {
					paras = append(paras, p)
				}
			}
			return strings.Join(paras, "\n\n")
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				skip++
			}
			if blockTags[tag] {
				b.WriteString("\n\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if (tag == "script" || tag == "style") && skip > 0 {
				skip--
			}
			if blockTags[tag] {
				b.WriteString("\n\n")
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}
