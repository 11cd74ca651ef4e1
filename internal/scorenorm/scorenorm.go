// Package scorenorm normalises text the way the evaluation scorers (eval/score.py, norm) do
// before they compare a system's text with the gold's, so that tests and the eval command's
// reports agree with the scorers on what counts as the same expression.
package scorenorm

import (
	"regexp"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

var (
	quotes  = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)
	leadThe = regexp.MustCompile(`(?i)^the\s+`)
)

// Norm normalises text as the scorer does: NFKC, curly quotes made straight, runs of white
// space one space, no leading "the" nor trailing "'s", case folded.
func Norm(s string) string {
	s = norm.NFKC.String(s)
	s = quotes.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = leadThe.ReplaceAllString(s, "")
	s = strings.TrimSuffix(s, "'s")
	return cases.Fold().String(s)
}

// Overlaps reports whether a system's text and a gold text match as the scorer matches them:
// the system's is not empty and one normalised text contains the other.
func Overlaps(sys, gold string) bool {
	a, b := Norm(sys), Norm(gold)
	return a != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}
