// Package view is the read model of a corpus: everything the web pages, the JSON API and the
// query commands show, built once from what a store holds. A Snapshot reads every analysis and
// the stored cross-document results, indexes them, and answers with exported types whose JSON
// form is the API's schema: document summaries and details, entities with their spellings per
// source, events with their time as an interval, the timeline, conflicts with each side's
// sentence, and the sources with their origin groups.
//
// Origins, stories, happenings, conflicts and framing are read as the cross-document pass stored
// them: the read model runs no analysis, so every reader shows the same results.
package view
