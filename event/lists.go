package event

import (
	"strings"

	"github.com/dossier-project/dossier/lang/en"
)

// langData is the embedded language data of lang/en that the package's closed word lists (the
// package-level sets of function words, cues and stops) are read from.
var langData = en.Embedded()

// phrases reads a file of phrases, one a line, into their words, in the file's order.
func phrases(rows [][]string) [][]string {
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		if ws := strings.Fields(r[0]); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}
