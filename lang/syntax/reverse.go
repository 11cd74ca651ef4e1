package syntax

import (
	"slices"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// mirror returns the position of word i of n words read from the other end; the root (-1) stays.
func mirror(i, n int) int {
	if i < 0 {
		return i
	}
	return n - 1 - i
}

// reversedSentences returns copies of ss with their words in the other order and heads renumbered.
func reversedSentences(ss []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(ss))
	for i, s := range ss {
		out[i] = s
		out[i].Words = slices.Clone(s.Words)
		slices.Reverse(out[i].Words)
		for k := range out[i].Words {
			out[i].Words[k].Head = mirror(out[i].Words[k].Head, len(s.Words))
		}
	}
	return out
}

// reversedTokens returns copies of the token lists with the tokens in the other order and heads
// renumbered.
func reversedTokens(tt [][]dossier.Token) [][]dossier.Token {
	out := make([][]dossier.Token, len(tt))
	for i, toks := range tt {
		out[i] = reverseTokens(toks)
	}
	return out
}

// reverseTokens returns a copy of toks read from the end, heads renumbered.
func reverseTokens(toks []dossier.Token) []dossier.Token {
	out := slices.Clone(toks)
	slices.Reverse(out)
	for k := range out {
		out[k].Head = mirror(out[k].Head, len(toks))
	}
	return out
}
