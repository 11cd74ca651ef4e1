// Package textdump turns a plain-text dump of a rendered news page — the words of the page with
// no markup, menus, widgets and comment threads included — into the parts of a dossier.Document:
// title, publisher, publication date, standfirst, captions and the clean body text.
//
// It works the way jusText does on markup-free text: the dump is split into lines (hard-wrapped
// prose is joined back), each line is classified by length, density of function words,
// punctuation, cue patterns for furniture, its position and its repetitions, and lines that are
// neither clearly prose nor clearly furniture are decided by their neighbours. A comment section
// is cut at its first recognisable opening. The cue words and patterns are files of the language
// data (lang/en/data, textdump-*.txt): New reads them from a loaded en.Data, so that a --data
// folder's files of the same names add to them.
package textdump
