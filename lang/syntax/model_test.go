package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := Load(en.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// treebanks finds the shared treebanks: skipped with a message without them, a failure in CI.
func treebanks(t testing.TB) *Treebanks {
	t.Helper()
	shared := os.Getenv("DOSSIER_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	tb, err := ReadTreebanks(filepath.Join(shared, "data", "treebanks"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebanks: %v", err)
		}
		t.Skipf("treebanks not found (set DOSSIER_SHARED): %v", err)
	}
	return tb
}

// TestShippedScores checks that the embedded model loads and scores on the held-out treebank
// parts exactly what training recorded beside it.
func TestShippedScores(t *testing.T) {
	tb := treebanks(t)
	want, err := os.ReadFile(filepath.Join("model", "scores.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(tb.Measure(loadModel(t), segment.New(en.Embedded()).Sentences).Lines(), "\n") + "\n"
	if got != string(want) {
		t.Errorf("scores of the shipped model:\n%s\nrecorded in model/scores.txt:\n%s", got, want)
	}
}

// TestStage reads a news text: one parsed sentence per sentence span, every token's text at its
// offsets, one root per sentence, heads inside the sentence, tags and lemmas filled.
func TestStage(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := &dossier.Analysis{Doc: dossier.Document{Text: string(text), Sentences: segment.New(en.Embedded()).Sentences(string(text))}}
	if err := NewStage(loadModel(t)).Analyze(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Parse) != len(a.Doc.Sentences) || len(a.Parse) != 6 {
		t.Fatalf("%d parsed sentences for %d sentence spans, want 6", len(a.Parse), len(a.Doc.Sentences))
	}
	for i, s := range a.Parse {
		if s.Span != a.Doc.Sentences[i] {
			t.Errorf("sentence %d spans %v, want %v", i, s.Span, a.Doc.Sentences[i])
		}
		checkTokens(t, a.Doc.Text, s.Span, s.Tokens)
		roots := 0
		for k, tk := range s.Tokens {
			if tk.Head == -1 {
				roots++
				if tk.Rel != "root" {
					t.Errorf("sentence %d: root %q has relation %q", i, tk.Text, tk.Rel)
				}
			} else if tk.Head < 0 || tk.Head >= len(s.Tokens) || tk.Head == k {
				t.Errorf("sentence %d: token %q has head %d", i, tk.Text, tk.Head)
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" || tk.Rel == "" {
				t.Errorf("sentence %d: token %+v not filled", i, tk)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots", i, roots)
		}
	}
	first := a.Parse[0].Tokens
	want := map[string][2]string{"forces": {"NOUN", "force"}, "shelled": {"VERB", "shell"}, "killing": {"VERB", "kill"}}
	for _, tk := range first {
		if w, ok := want[tk.Text]; ok && (tk.UPOS != w[0] || tk.Lemma != w[1]) {
			t.Errorf("%q read as %s %q, want %s %q", tk.Text, tk.UPOS, tk.Lemma, w[0], w[1])
		}
	}
}

// devSentences loads the shipped model and tokenises the sentences of EWT dev with it.
func devSentences(b testing.TB) (m *Model, sents [][]dossier.Token, words int) {
	tb := treebanks(b)
	m = loadModel(b)
	for _, g := range tb.Dev {
		sents = append(sents, m.Tokenizer.Tokens(g.Text, dossier.Span{Start: 0, End: len(g.Text)}))
		words += len(sents[len(sents)-1])
	}
	return m, sents, words
}

// benchWords runs each of the sentences through analyse at every round and reports words per
// second, on the wall clock and in processor time: on a shared machine the wall clock counts
// other programs' turns too; processor time does not.
func benchWords(b *testing.B, sents [][]dossier.Token, words int, analyse func([]dossier.Token)) {
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			analyse(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkTagParse tags, lemmatises and parses the sentences of EWT dev, already tokenised,
// and reports words per second: with the parser reading greedily, and as the model is shipped
// (by selectional branching, its second parser combined with it when it has one).
func BenchmarkTagParse(b *testing.B) {
	m, sents, words := devSentences(b)
	branches, margin := m.Parser.Branching()
	m.Parser.SetBranching(1, 0)
	b.Run("greedy", func(b *testing.B) { benchWords(b, sents, words, m.Analyze) })
	m.Parser.SetBranching(branches, margin)
	b.Run("branching", func(b *testing.B) { benchWords(b, sents, words, m.Analyze) })
}

// BenchmarkTag tags the sentences of EWT dev, tokenised beforehand: the tagger's share of
// BenchmarkTagParse.
func BenchmarkTag(b *testing.B) {
	m, sents, words := devSentences(b)
	benchWords(b, sents, words, m.Tagger.Tag)
}

// roundTrip writes m and reads it back, with m's tokeniser.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	back.Tokenizer = m.Tokenizer
	return back
}

// TestWriteRead writes the shipped model and reads it back: the copy reads a text as the original
// does; something else is refused.
func TestWriteRead(t *testing.T) {
	m := loadModel(t)
	back := roundTrip(t, m)
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range segment.New(en.Embedded()).Sentences(string(text)) {
		want := m.Sentence(string(text), sp)
		got := back.Sentence(string(text), sp)
		if !slices.Equal(want.Tokens, got.Tokens) {
			t.Errorf("the model read back analyses %q differently:\n got %+v\nwant %+v", text[sp.Start:sp.End], got.Tokens, want.Tokens)
		}
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read of a non-model: no error")
	}
}

// TestEvaluateGoldWords checks that scoring from the gold words aligns every word, and that the
// tags read from them are not worse than those read from the tokeniser's words.
func TestEvaluateGoldWords(t *testing.T) {
	tb := treebanks(t)
	m := loadModel(t)
	dev := tb.Dev[:300]
	gold, own := EvaluateGoldWords(m, dev), Evaluate(m, segment.New(en.Embedded()).Sentences, dev)
	if gold.Words != 1 || gold.Gold != gold.System {
		t.Errorf("gold words: word F1 %.4f, %d gold and %d system words, want 1 and equal counts", gold.Words, gold.Gold, gold.System)
	}
	if gold.UPOS < own.UPOS || gold.UAS < own.UAS {
		t.Errorf("gold words score UPOS %.4f UAS %.4f, below the tokeniser's %.4f %.4f", gold.UPOS, gold.UAS, own.UPOS, own.UAS)
	}
}
