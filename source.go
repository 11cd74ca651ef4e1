package dossier

import (
	"net/url"
	"strings"
)

// SourceName names the document's source for a reader: its publisher, else the host of its
// address without "www.", else its title, else its id; never a file name, which says nothing
// about who published the report.
func (d *Document) SourceName() string {
	if p := strings.TrimSpace(d.Publisher); p != "" {
		return p
	}
	if u, err := url.Parse(d.URL); err == nil && strings.Contains(u.Hostname(), ".") {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	return d.ID
}
