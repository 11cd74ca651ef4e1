package dossier

import (
	"fmt"
	"strings"
	"unicode"
)

// Limits of a search query. Full-text engines spend time in proportion to the product of a query's
// terms and the documents matched, and more for phrases; no one types more than a few dozen words
// into a search box, so longer queries are refused before they reach a store.
const (
	MaxQueryBytes = 1024
	MaxQueryTerms = 32
)

// CheckQuery refuses a search query longer than MaxQueryBytes or with more than MaxQueryTerms
// words, with an error wrapping ErrBadQuery that says which limit it passed.
func CheckQuery(query string) error {
	if len(query) > MaxQueryBytes {
		return fmt.Errorf("%w: the query is %d bytes long, more than the %d allowed", ErrBadQuery, len(query), MaxQueryBytes)
	}
	terms := strings.FieldsFunc(query, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	if len(terms) > MaxQueryTerms {
		return fmt.Errorf("%w: the query has %d words, more than the %d allowed", ErrBadQuery, len(terms), MaxQueryTerms)
	}
	return nil
}
