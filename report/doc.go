// Package report renders what Dossier knows about a corpus for a reader: which sources there are
// and which of them copy one another, the entities with every spelling and who uses it, a
// timeline in which uncertain dates stay uncertain, the happenings with their corroboration
// counted in independent origins, the conflicts with both sides' sentences, and how each source
// labels each actor. Every fact cites the document and sentence it came from.
//
// One model is built from an Input and written three ways: plain text for a terminal, Markdown,
// and a single self-contained HTML file (inline CSS and SVG, no scripts, every text from a
// document escaped). Output depends only on the Input, so the same corpus gives the same bytes.
package report
