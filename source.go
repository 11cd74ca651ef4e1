package dossier

import (
	"net/url"
	"strings"
)

// SourceName names the document's source for a reader: its publisher, else the host of its
// address without "www.", else UnknownSource; never a file name, which says nothing about who
// published the report, nor a title, which would list a headline among the outlets.
func (d *Document) SourceName() string {
	if p := strings.TrimSpace(d.Publisher); p != "" {
		return p
	}
	if u, err := url.Parse(d.URL); err == nil && strings.Contains(u.Hostname(), ".") {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return UnknownSource
}

// UnknownSource is the source name of a document with neither publisher nor address.
const UnknownSource = "unknown source"
