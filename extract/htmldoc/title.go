package htmldoc

import "bytes"

// closeTitle closes a title element the page opens and never closes. An HTML parser reads
// everything after an unclosed <title> as the title's text, so the page would have no body and
// its markup would become its title and text; a browser tab shows the same. The title is taken
// to end where the next tag begins. body is returned as it is when every title is closed.
func closeTitle(body []byte) []byte {
	lower := bytes.ToLower(body)
	open := titleOpen(lower)
	if open < 0 || bytes.Contains(lower[open:], []byte("</title")) {
		return body
	}
	end := bytes.IndexByte(lower[open:], '>')
	if end < 0 {
		return body
	}
	start := open + end + 1
	next := bytes.IndexByte(lower[start:], '<')
	if next < 0 {
		return body
	}
	cut := start + next
	fixed := make([]byte, 0, len(body)+len("</title>"))
	fixed = append(fixed, body[:cut]...)
	fixed = append(fixed, "</title>"...)
	return append(fixed, body[cut:]...)
}

// titleOpen returns where the first <title> tag of a lower-cased page begins, or -1. A tag whose
// name only starts with "title" (<titles>) is not one.
func titleOpen(lower []byte) int {
	for from := 0; ; {
		i := bytes.Index(lower[from:], []byte("<title"))
		if i < 0 {
			return -1
		}
		at := from + i
		if after := at + len("<title"); after < len(lower) {
			switch lower[after] {
			case '>', ' ', '\t', '\n', '\r', '/':
				return at
			}
		}
		from = at + 1
	}
}
