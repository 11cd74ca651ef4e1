// Package sqlite is the dossier.Store kept in one SQLite file: documents and their analyses,
// ingestion failures and the cross-document results, with an FTS5 index for search. The schema is
// versioned and migrated on Open by the SQL files embedded from migrations/.
//
// The cross-document results are kept one row per result, in the pass's order; a pass writes
// only the rows of results it changed, and readers may read them a page at a time.
//
// Writes go through a single connection, so batches from concurrent goroutines queue in the process
// instead of failing as busy; reads use a pool of their own and, with WAL, never wait for a write.
package sqlite
