// Package storetest is the conformance suite every dossier.Store runs: the SQLite and the
// PostgreSQL store must give the same outcomes for the same calls. It also holds the Put benchmark
// both stores share, a generator of realistic analysed documents and the check that a database
// made by the first schema migrates.
package storetest
