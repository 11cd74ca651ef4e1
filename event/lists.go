package event

import "github.com/dossier-project/dossier/lang/en"

// langData is the embedded language data of lang/en that the package's closed word lists (the
// package-level sets of function words, cues and stops) are read from.
var langData = en.Embedded()
