package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range New(en.Embedded()).Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The convoy left at dawn. It reached the border by noon.",
			[]string{"The convoy left at dawn.", "It reached the border by noon."}},
		{"dotted acronym inside", "The U.S. Army said the U.N. team had left.",
			[]string{"The U.S. Army said the U.N. team had left."}},
		{"dotted acronym at end", "Troops were sent by the U.S. The army did not comment.",
			[]string{"Troops were sent by the U.S.", "The army did not comment."}},
		{"ranks", "Cpt. Omar Haddad met Maj. Gen. Peter Lowe on Monday. Lt. Col. Sami Aziz was there.",
			[]string{"Cpt. Omar Haddad met Maj. Gen. Peter Lowe on Monday.", "Lt. Col. Sami Aziz was there."}},
		{"initials and decimals", "J. R. Hartley paid 3.5 million dollars. Prices rose 2.5 percent.",
			[]string{"J. R. Hartley paid 3.5 million dollars.", "Prices rose 2.5 percent."}},
		{"quote closes sentence", "“We will stay,” he said. “Nobody leaves.” The crowd cheered.",
			[]string{"“We will stay,” he said.", "“Nobody leaves.”", "The crowd cheered."}},
		{"question and exclamation", "Who gave the order? Nobody knows! Officials were silent.",
			[]string{"Who gave the order?", "Nobody knows!", "Officials were silent."}},
		{"blank line ends", "A headline without a stop\n\nThe body starts here. It goes on.",
			[]string{"A headline without a stop", "The body starts here.", "It goes on."}},
		{"lower case after stop", "The talks ended at 3 p.m. and resumed later.",
			[]string{"The talks ended at 3 p.m. and resumed later."}},
		{"month abbreviation", "The vote is on Oct. 5 in the capital. Results follow.",
			[]string{"The vote is on Oct. 5 in the capital.", "Results follow."}},
		{"abbreviation in capitals", "ST. PAUL — The council met. FT. MYERS is next.",
			[]string{"ST. PAUL — The council met.", "FT. MYERS is next."}},
		{"ellipsis", "He paused... Then he left.",
			[]string{"He paused...", "Then he left."}},
		{"citation marks stay with their sentence", "He died in 2014. [4] [7] Fillmore taught at Berkeley.[12] Later [13] he retired.",
			[]string{"He died in 2014. [4] [7]", "Fillmore taught at Berkeley.[12]", "Later [13] he retired."}},
		{"reference list on its own lines", "See the sources.\n[1] Smith, 2011.",
			[]string{"See the sources.", "[1] Smith, 2011."}},
		{"list number", "1. The convoy left. 2.1. Results follow.",
			[]string{"1. The convoy left.", "2.1. Results follow."}},
		{"linking abbreviation", "Some papers (e.g. The Times) agreed.",
			[]string{"Some papers (e.g. The Times) agreed."}},
		{"closing marks stay with the sentence", "He left. ''\n\nThey said etc. . .",
			[]string{"He left. ''", "They said etc. . ."}},
		{"starred list number", "*1. The first element.\n\n*2. The second.",
			[]string{"*1. The first element.", "*2. The second."}},
		{"abbreviation before a number", "He wrote the Slavonic Dances, Op. 46. It was a success.",
			[]string{"He wrote the Slavonic Dances, Op. 46.", "It was a success."}},
		{"empty", "  \n\n  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.text)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	text := "The U.S.-backed group (al-Nour) paid 2,500 dollars, or 3.5 each; don’t ask."
	var got []string
	for _, tok := range Tokens(text, dossier.Span{Start: 0, End: len(text)}) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q has offsets %d:%d pointing at %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		got = append(got, tok.Text)
	}
	want := []string{"The", "U.S.-backed", "group", "(", "al-Nour", ")", "paid", "2,500", "dollars", ",", "or", "3.5", "each", ";", "don’t", "ask", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens mismatch (-want +got):\n%s", diff)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S. The", "\n\n\n", "“x.” y", "a\xffb. C", "Mr. X... Y?!"} {
		f.Add(s)
	}
	split := New(en.Embedded())
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range split.Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v (previous end %d, len %d)", s, prev, len(text))
			}
			prev = s.End
		}
		for _, tok := range Tokens(text, dossier.Span{Start: 0, End: len(text)}) {
			if tok.End <= tok.Start || text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v", tok)
			}
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	para := "The U.S.-led coalition said on Oct. 5 that Maj. Gen. Peter Lowe met local leaders. " +
		"“We will stay,” he said. Prices rose 2.5 percent in the city! Who gave the order? "
	text := strings.Repeat(para+"\n\n", 200)
	b.SetBytes(int64(len(text)))
	split := New(en.Embedded())
	for b.Loop() {
		split.Sentences(text)
	}
}

// TestLongSentences cuts runs longer than MaxSentence without a stop into pieces that keep every
// word, whole and in order: a page on one line, one with commas, and one of unbroken letters.
func TestLongSentences(t *testing.T) {
	words := strings.Repeat("forces shelled the village near the river ", 400)
	commas := strings.Repeat("one town, another town, a third town; ", 300)
	unbroken := strings.Repeat("ابجد", 1500)
	for name, text := range map[string]string{"words": words, "commas": commas, "unbroken": unbroken, "short": "A short one. Another."} {
		sents := New(en.Embedded()).Sentences(text)
		var kept strings.Builder
		for i, s := range sents {
			if s.Len() > MaxSentence {
				t.Errorf("%s: sentence %d is %d bytes, more than %d", name, i, s.Len(), MaxSentence)
			}
			if !utf8.ValidString(text[s.Start:s.End]) {
				t.Errorf("%s: sentence %d splits a character", name, i)
			}
			if i > 0 && s.Start < sents[i-1].End {
				t.Errorf("%s: sentence %d overlaps the one before", name, i)
			}
			kept.WriteString(text[s.Start:s.End])
			kept.WriteString(" ")
		}
		if got, want := strings.Fields(kept.String()), strings.Fields(text); name != "unbroken" && !slices.Equal(got, want) {
			t.Errorf("%s: the pieces lose or change words: %d words, want %d", name, len(got), len(want))
		}
		if name == "unbroken" && strings.ReplaceAll(kept.String(), " ", "") != text {
			t.Errorf("unbroken: the pieces lose letters")
		}
	}
}
