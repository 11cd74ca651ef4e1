package htmldoc

import "bytes"

// closeTitle closes a title element the page opens and never closes. An HTML parser reads
// everything after an unclosed <title> as the title's text, so the page would have no body and
// its markup would become its title and text; a browser tab shows the same. The title is taken
// to end where the next tag begins. body is returned as it is when every title is closed.
func closeTitle(body []byte) []byte {
	open := titleOpen(body)
	if open < 0 || indexTag(body[open:], "</title") >= 0 {
		return body
	}
	end := bytes.IndexByte(body[open:], '>')
	if end < 0 {
		return body
	}
	start := open + end + 1
	next := bytes.IndexByte(body[start:], '<')
	if next < 0 {
		return body
	}
	cut := start + next
	fixed := make([]byte, 0, len(body)+len("</title>"))
	fixed = append(fixed, body[:cut]...)
	fixed = append(fixed, "</title>"...)
	return append(fixed, body[cut:]...)
}

// titleOpen returns where the first <title> tag of a page begins, in any case, or -1. A tag whose
// name only starts with "title" (<titles>) is not one.
func titleOpen(body []byte) int {
	for from := 0; ; {
		i := indexTag(body[from:], "<title")
		if i < 0 {
			return -1
		}
		at := from + i
		if after := at + len("<title"); after < len(body) {
			switch body[after] {
			case '>', ' ', '\t', '\n', '\r', '/':
				return at
			}
		}
		from = at + 1
	}
}

// indexTag returns where tag (lower-case, starting with '<') first begins in b, in any case, or
// -1. It reads b in place: a page is not copied to be searched.
func indexTag(b []byte, tag string) int {
	for from := 0; ; {
		i := bytes.IndexByte(b[from:], '<')
		if i < 0 {
			return -1
		}
		at := from + i
		if at+len(tag) <= len(b) && bytes.EqualFold(b[at:at+len(tag)], []byte(tag)) {
			return at
		}
		from = at + 1
	}
}
