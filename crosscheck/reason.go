package crosscheck

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// contentWords returns the stems of the words of s that carry content: neither the stop words
// of the language data nor words shorter than three letters.
func (lw *words) contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	}) {
		if len(w) < 3 || lw.stopWords[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem cuts a word to a crude stem so "trips" meets "trip" and "crimes" meets "crime".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}

func overlaps(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// reasonOf is the reason a report gives: the event's own Cause, else the reason the claim stage
// read in the event's clause.
func (k *Checker) reasonOf(c *corpus, r report) string {
	if r.e.cause != 0 {
		return c.str(r.e.cause)
	}
	if cl := c.docs[r.doc].eventClaim(dossier.ClaimCause, int(r.ev)); cl != nil {
		return cl.Object
	}
	return ""
}
