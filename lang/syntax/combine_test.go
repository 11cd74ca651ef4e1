package syntax

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestMaxArborescence checks the spanning trees found on small graphs against trees worked out
// by hand, cycles among the best incoming arcs included.
func TestMaxArborescence(t *testing.T) {
	x := math.Inf(-1)
	tests := []struct {
		name  string
		score [][]float64 // score[h][d]; the root is the last node
		want  []int
	}{
		{"best arcs form a tree", [][]float64{
			{x, 5, 1, x},
			{1, x, 1, x},
			{1, 1, x, x},
			{9, x, 9, x},
		}, []int{3, 0, 3, -1}},
		{"two words choose each other", [][]float64{
			{x, 10, x},
			{10, x, x},
			{2, 1, x},
		}, []int{2, 0, -1}},
		{"the cycle is entered where it loses least", [][]float64{
			{x, 10, 1, x},
			{1, x, 10, x},
			{10, 1, x, x},
			{4, 7, 3, x},
		}, []int{2, 3, 1, -1}},
		{"two cycles, one entered from the other", [][]float64{
			{x, 8, x, x, x},
			{8, x, 1, x, x},
			{x, x, x, 8, x},
			{x, 2, 8, x, x},
			{1, x, 1, x, x},
		}, []int{1, 3, 4, 2, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := maxArborescence(tt.score, len(tt.score)-1)
			if !slices.Equal(got, tt.want) {
				t.Errorf("heads %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReverseTokens checks that reading a tree from its end renumbers its heads so that the same
// words are joined, and that reading it back gives the tree again.
func TestReverseTokens(t *testing.T) {
	toks := []dossier.Token{
		{Text: "They", Head: 1}, {Text: "left", Head: -1}, {Text: "early", Head: 1}, {Text: ".", Head: 1},
	}
	got := reverseTokens(toks)
	var heads []int
	var texts []string
	for _, tk := range got {
		heads, texts = append(heads, tk.Head), append(texts, tk.Text)
	}
	if want := []int{2, 2, -1, 2}; !slices.Equal(heads, want) {
		t.Errorf("heads %v, want %v", heads, want)
	}
	if want := []string{".", "early", "left", "They"}; !slices.Equal(texts, want) {
		t.Errorf("words %v, want %v", texts, want)
	}
	if back := reverseTokens(got); !slices.Equal(back, toks) {
		t.Errorf("read back %+v, want %+v", back, toks)
	}
}

// TestCombinedTrees reads news text with two parsers combined (a copy of the shipped parser
// standing in for the one reading from the end when the model has none), as measured and with
// votes shared evenly: every sentence gets one tree with one word on the root, and the model
// written and read back analyses alike.
func TestCombinedTrees(t *testing.T) {
	for _, c := range []Combination{
		{Forward: 0.7, Temperature: 1000, Branches: 8, Margin: 600},
		{Forward: 0.5, Temperature: 300, Branches: 8, Margin: 300},
	} {
		m := loadModel(t)
		if m.Reverse == nil {
			stand := *m.Parser
			m.Reverse = &stand
		}
		m.SetCombination(c)
		checkCombined(t, m)
	}
}

// checkCombined reads testdata/news.txt with m's two parsers combined: each sentence must get one
// tree with one root word, and m written and read back must analyse it alike.
func checkCombined(t *testing.T, m *Model) {
	t.Helper()
	back := roundTrip(t, m)
	if back.Reverse == nil || back.Combine != m.Combine {
		t.Fatalf("read back combination %+v (second parser %v), want %+v", back.Combine, back.Reverse != nil, m.Combine)
	}
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatalf("read news text: %v", err)
	}
	for _, sp := range segment.New(en.Embedded()).Sentences(string(text)) {
		s := m.Sentence(string(text), sp)
		if msg := treeFault(s.Tokens); msg != "" {
			t.Errorf("%q: %s", text[sp.Start:sp.End], msg)
		}
		if again := back.Sentence(string(text), sp); !slices.Equal(again.Tokens, s.Tokens) {
			t.Errorf("%q: the model read back analyses it differently", text[sp.Start:sp.End])
		}
	}
}

// treeFault says what keeps toks' heads from being one tree with one root word, or "".
func treeFault(toks []dossier.Token) string {
	roots := 0
	for i, tk := range toks {
		if tk.Head < 0 {
			roots++
			if tk.Rel != "root" {
				return "the root word's label is " + tk.Rel
			}
			continue
		}
		seen := 0
		for h := tk.Head; h >= 0; h = toks[h].Head {
			if seen++; seen > len(toks) || h >= len(toks) || h == i {
				return "a cycle or a head out of range"
			}
		}
	}
	if roots != 1 {
		return "not one root word"
	}
	return ""
}
