package entity

import "github.com/dossier-project/dossier/lang/en"

// langData is the embedded language data of lang/en that the package's closed word lists (the
// package-level sets of function words, cues and stops) are read from.
var langData = en.Embedded()

// firsts returns the first field of each row, in order.
func firsts(rows [][]string) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out
}
