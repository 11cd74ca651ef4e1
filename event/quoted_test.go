package event

import (
	"os"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestMarkQuoted reads testdata/quoted.tsv: a figure, whether it is quoted, the text.
func TestMarkQuoted(t *testing.T) {
	raw, err := os.ReadFile("testdata/quoted.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		cols := strings.SplitN(line, "\t", 3)
		if strings.HasPrefix(line, "#") || len(cols) != 3 {
			continue
		}
		start := strings.Index(cols[2], cols[0])
		f := dossier.Figure{At: dossier.Span{Start: start, End: start + len(cols[0])}}
		markQuoted(cols[2], []*dossier.Figure{&f})
		if got := f.Quoted; got != (cols[1] == "true") {
			t.Errorf("%q in %q: quoted %v, want %s", cols[0], cols[2], got, cols[1])
		}
	}
}
