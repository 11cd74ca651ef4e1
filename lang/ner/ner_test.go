package ner_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
)

func tagger(t testing.TB) *ner.Tagger {
	t.Helper()
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := ner.New(gaz.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// readBracketed reads testdata/sentences.txt: words, and gold tags from "[TYPE words]" groups.
func readBracketed(t *testing.T, path string) []ner.Example {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ner.Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var ex ner.Example
		typ, first := "", false
		for _, w := range strings.Fields(line) {
			if strings.HasPrefix(w, "[") {
				typ, first = w[1:], true
				continue
			}
			tag, end := "O", strings.HasSuffix(w, "]")
			w = strings.TrimSuffix(w, "]")
			if typ != "" {
				tag = "I-" + typ
				if first {
					tag = "B-" + typ
				}
				first = false
			}
			ex.Words = append(ex.Words, w)
			ex.Tags = append(ex.Tags, tag)
			if end {
				typ = ""
			}
		}
		out = append(out, ex)
	}
	return out
}

func TestTagSentences(t *testing.T) {
	tg := tagger(t)
	for _, ex := range readBracketed(t, "testdata/sentences.txt") {
		t.Run(strings.Join(ex.Words, " "), func(t *testing.T) {
			toks := make([]dossier.Token, len(ex.Words))
			for i, w := range ex.Words {
				toks[i].Text = w
			}
			names := tg.Tag(toks)
			for i := range toks {
				if toks[i].Entity != ex.Tags[i] {
					t.Errorf("%s: got %s, want %s", toks[i].Text, toks[i].Entity, ex.Tags[i])
				}
			}
			for _, n := range names {
				if n.Conf <= 0 || n.Conf > 1.0001 {
					t.Errorf("name %v: confidence %v outside (0, 1]", n, n.Conf)
				}
			}
		})
	}
}

// TestShippedScore checks that the shipped weights reproduce their recorded exact-span F1 on
// Universal NER's English test file (never trained on), its words tagged by the shipped tagger as
// the pipeline tags them.
func TestShippedScore(t *testing.T) {
	dir := testshared.Path(t, "data", "treebanks")
	test, err := ner.LoadUNER(dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	lang, err := en.Load("")
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	ner.Retag(test, m.Analyze)
	got := ner.Evaluate(tagger(t), test, true).F1("")
	const recorded = 0.6912
	if got < recorded-0.0005 || got > recorded+0.0005 {
		t.Errorf("uner test f1 = %.4f, recorded %.4f", got, recorded)
	}
}

// BenchmarkTagDoc measures the recogniser on Universal NER's English test sentences, read as
// their documents; it reports tokens per second.
func BenchmarkTagDoc(b *testing.B) {
	test, err := ner.LoadUNER(testshared.Path(b, "data", "treebanks"), "test")
	if err != nil {
		b.Fatal(err)
	}
	tg := tagger(b)
	var sents [][]dossier.Token
	n := 0
	for _, ex := range test {
		toks := make([]dossier.Token, len(ex.Words))
		for i, w := range ex.Words {
			toks[i].Text = w
		}
		sents = append(sents, toks)
		n += len(toks)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.TagDoc(sents)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestTypographicNames finds the names of sentences of news pages written in typographic quotes
// and apostrophes (testdata/typographic.txt), read through the syntax model as the pipeline reads
// them: a possessive "’s" reads as "'s", and a closing quote still says the quotation ended. The
// words of each name must be found as a name; its type is the model's call.
func TestTypographicNames(t *testing.T) {
	tg := tagger(t)
	m, err := syntax.Load(en.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	names := func(text string) []string {
		toks := m.Sentence(text, dossier.Span{End: len(text)}).Tokens
		var got []string
		for _, n := range tg.Tag(toks) {
			got = append(got, n.Type+" "+text[toks[n.Start].Start:toks[n.End-1].End])
		}
		return got
	}
	f, err := os.Open("testdata/typographic.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(text, "#") {
			continue
		}
		got := names(text)
		for _, w := range strings.Split(want, "; ") {
			_, words, _ := strings.Cut(w, " ")
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasSuffix(g, " "+words) }) {
				t.Errorf("%q: no name %q among %q", text, words, got)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
