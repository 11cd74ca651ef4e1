// Package storetest is the conformance suite every dossier.Store runs: the SQLite and the
// PostgreSQL store must give the same outcomes for the same calls. It also holds the Put benchmark
// both stores share and a generator of realistic analysed documents.
package storetest
