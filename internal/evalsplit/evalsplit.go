// Package evalsplit splits an evaluation corpus into a development half, the one rules are tuned
// on, and a held-out half that is only reported, by the parity of an FNV-1a hash of each
// document's file name. The split depends on the name alone, so it never moves when documents are
// added, removed or reordered.
package evalsplit

import "hash/fnv"

// The names of the two halves, as the evaluation prints them.
const (
	Development = "development"
	HeldOut     = "held-out"
)

// Halves lists the two halves in the order they are reported.
var Halves = [2]string{Development, HeldOut}

// Half returns the half a document of the given file name belongs to.
func Half(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	if h.Sum32()%2 == 0 {
		return Development
	}
	return HeldOut
}

// IsDevelopment reports whether a document of the given file name is in the development half.
func IsDevelopment(name string) bool { return Half(name) == Development }
