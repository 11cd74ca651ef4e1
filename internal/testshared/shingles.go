package testshared

import (
	"strings"
	"unicode"
)

// Shingles counts the word 4-grams of a text as the article extraction scorer
// (eval/score_extraction.py) does: words are runs of letters, digits and underscores; a text of
// fewer than four words is one shingle.
func Shingles(text string) map[string]int {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
	out := map[string]int{}
	if len(words) == 0 {
		return out
	}
	if len(words) < 4 {
		out[strings.Join(words, "\x00")]++
		return out
	}
	for i := 0; i+4 <= len(words); i++ {
		out[strings.Join(words[i:i+4], "\x00")]++
	}
	return out
}

// ShingleScore returns one page's precision and recall of got against gold as the article
// extraction scorer computes them: multisets of word 4-grams, with tp, fp and fn normalised by
// their sum. Two empty texts score 1, 1.
func ShingleScore(gold, got string) (p, r float64) {
	a, b := Shingles(gold), Shingles(got)
	var tp, fp, fn int
	for k, n := range a {
		m := b[k]
		tp += min(n, m)
		fn += max(n-m, 0)
	}
	for k, m := range b {
		fp += max(m-a[k], 0)
	}
	tot := float64(tp + fp + fn)
	if tot == 0 {
		return 1, 1
	}
	t, f, n := float64(tp)/tot, float64(fp)/tot, float64(fn)/tot
	if t+f > 0 {
		p = t / (t + f)
	}
	if t+n > 0 {
		r = t / (t + n)
	}
	return p, r
}

// F1 is the harmonic mean of a precision and a recall, 0 when both are 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
