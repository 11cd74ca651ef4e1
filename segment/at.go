package segment

import (
	"sort"

	"github.com/dossier-project/dossier"
)

// SentenceAt returns the sentence of sents (in order of start) holding byte pos of text, or,
// when none does, a span cut at sentence punctuation around pos.
func SentenceAt(text string, sents []dossier.Span, pos int) dossier.Span {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if i < len(sents) && sents[i].Start <= pos {
		return sents[i]
	}
	start := 0
	for j := min(pos, len(text)) - 1; j > 0; j-- {
		if (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '\n') && j+1 < len(text) && isSpaceByte(text[j+1]) {
			start = j + 1
			break
		}
	}
	for start < len(text) && isSpaceByte(text[start]) {
		start++
	}
	end := len(text)
	for j := max(pos, 0); j < len(text); j++ {
		if text[j] == '\n' || (text[j] == '.' || text[j] == '!' || text[j] == '?') && (j+1 == len(text) || isSpaceByte(text[j+1])) {
			end = j + 1
			if text[j] == '\n' {
				end = j
			}
			break
		}
	}
	return dossier.Span{Start: start, End: max(start, end)}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
