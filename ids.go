package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// IDs hands out the ids of cross-document results (entities, stories, happenings, conflicts),
// each made from what the result is anchored on (its first mention chain, first document, first
// report, its sides) rather than from its place in the corpus: adding documents leaves the ids of
// the results they do not touch as they were, and the ids do not depend on the order or batching
// of the input. The zero value is ready to use; one IDs keeps the ids of one pass unique.
type IDs struct {
	taken map[string]bool
}

// idHexLen is how many hex digits of the anchor's hash an id keeps: 48 bits, so that two results
// of even a very large corpus rarely meet, and when they do a suffix tells them apart.
const idHexLen = 12

// New returns an id made of prefix and a hash of parts, unique among the ids this IDs handed
// out: on the rare clash of hashes the later one gets a numbered suffix ("-2", "-3" …), so the
// ids stay deterministic as long as the calls come in a deterministic order.
func (s *IDs) New(prefix string, parts ...string) string {
	if s.taken == nil {
		s.taken = map[string]bool{}
	}
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	base := prefix + hex.EncodeToString(h[:])[:idHexLen]
	id := base
	for n := 2; s.taken[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	s.taken[id] = true
	return id
}
