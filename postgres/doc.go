// Package postgres is the dossier.Store kept in a PostgreSQL database: documents and their analyses,
// ingestion failures and the cross-document results, with full-text search on a generated tsvector
// column. The schema is versioned and migrated on Open by the SQL files embedded from migrations/,
// under an advisory lock so that several processes may open the same database at once.
//
// The cross-document results are kept one row per result, in the pass's order; a pass writes
// only the rows of results it changed, and readers may read them a page at a time.
//
// The store works in the connection's current schema (the first of its search_path), so one
// database can hold several stores side by side.
package postgres
