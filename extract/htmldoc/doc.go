// Package htmldoc turns one saved HTML page into a dossier.Document: the article's main text with
// paragraphs separated by blank lines, and what the page states about itself — title, site name,
// publication date, language and photo captions.
//
// The main text comes from go-trafilatura, run on a tree from which page furniture (donation
// appeals, newsletter sign-ups, share bars, comment threads, related-story lists) has been pruned
// by the CSS selectors in data/prune.css. Comments found by the library are kept out of the text.
// Metadata is read from the page's own statements only (meta tags, JSON-LD, a <time> element in the
// article, a date in the URL path, a dateline, a date shown next to the headline); a date that
// the page does not state stays "".
//
// The names of months and weekdays and the words marking a date as a change's (lang/en/data,
// page-*.txt) come from the language data: New reads them from a loaded en.Data, so that a --data
// folder extends them.
package htmldoc
