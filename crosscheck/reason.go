package crosscheck

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// stopWords carry no content when two reasons are compared.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"and": true, "or": true, "his": true, "her": true, "its": true, "their": true, "he": true,
	"she": true, "they": true, "it": true, "was": true, "were": true, "is": true, "are": true,
	"be": true, "been": true, "by": true, "with": true, "that": true, "this": true, "which": true,
	"who": true, "had": true, "has": true, "have": true, "made": true, "many": true, "some": true,
	"recent": true, "alleged": true, "allegedly": true, "reported": true, "reportedly": true,
	"from": true, "at": true, "as": true, "him": true, "them": true, "like": true, "such": true,
	"very": true, "also": true, "other": true, "during": true, "after": true, "before": true,
}

// contentWords returns the stems of the words of s that carry content.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	}) {
		if len(w) < 3 || stopWords[w] {
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
	if r.e.Cause != "" {
		return r.e.Cause
	}
	if cl := c.docs[r.doc].eventClaim(dossier.ClaimCause, r.ev); cl != nil {
		return cl.Object
	}
	return ""
}
