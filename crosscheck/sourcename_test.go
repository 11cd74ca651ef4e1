package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestSourceNameNeverFileName checks that conflicts and frames name a source as every other
// reader does: by publisher or address, never by the name of the file it was read from nor by its headline.
func TestSourceNameNeverFileName(t *testing.T) {
	for _, c := range []struct {
		doc  dossier.Document
		want string
	}{
		{dossier.Document{ID: "d1", File: "pages/003_06c2ae21.html.gz", Title: "Harbour strike ends"}, dossier.UnknownSource},
		{dossier.Document{ID: "d2", File: "pages/004.html", Publisher: "North Gate News", Title: "Strike"}, "North Gate News"},
		{dossier.Document{ID: "d3", File: "pages/005.html", URL: "https://www.northgate.example/a/1", Title: "Strike"}, "northgate.example"},
	} {
		d := &doc{a: analysisOf(&dossier.Analysis{Doc: c.doc}, newNames())}
		if got := d.sourceName(); got != c.want {
			t.Errorf("%s: source %q, want %q", c.doc.ID, got, c.want)
		}
	}
}
