// Package storetest is the conformance suite every dossier.Store runs: the SQLite and the
// PostgreSQL store must give the same outcomes for the same calls. It also holds the benchmarks
// both stores share, generators of realistic analysed documents and of large cross-document
// results, the checks that databases made by older schemas migrate, and the check that storing
// results rewrites only the rows of results that changed.
package storetest
