// Package queue shares ingestion among many machines through a job queue kept in the same
// PostgreSQL database as the store (River, github.com/riverqueue/river). Each page is one job,
// unique by its document id, so a page waiting or being worked is never queued twice. Workers on
// any machine take page jobs, analyse and store them; a page that keeps failing is given up on after
// a few attempts and recorded as a failure, and the others go on. Once a batch is stored, one
// cross-document job runs: it is unique while waiting or running, so at most one such pass runs at
// a time wherever the workers are. Each working process beats a heartbeat into the database; the
// jobs of a worker that stopped without finishing them (killed, out of memory, its machine gone)
// are taken back by the live workers, or by the next "ingest --queue", within about fifteen seconds, the
// cross-document job included, so neither its uniqueness nor a page's keeps the work from going on.
package queue
