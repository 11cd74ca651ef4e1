package syntax

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/analysis.sha256 from the shipped model's output")

// analysisDigest tokenises, tags, lemmatises and parses every sentence of EWT dev with m and
// returns the SHA-256 of every token's text, tags, features, lemma, head and relation.
func analysisDigest(m *Model, tb *Treebanks) string {
	h := sha256.New()
	for _, g := range tb.Dev {
		s := m.Sentence(g.Text, dossier.Span{Start: 0, End: len(g.Text)})
		for _, t := range s.Tokens {
			fmt.Fprintf(h, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", t.Text, t.UPOS, t.XPOS, t.Feats, t.Lemma, t.Head, t.Rel)
		}
		fmt.Fprintln(h)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestGoldenAnalysis checks that the shipped model reads EWT dev exactly as it did when
// testdata/analysis.sha256 was written, greedily and as shipped: a change meant
// to make tagging or parsing faster must leave every tag, lemma, head and label as it was.
// After a change of the model, rewrite the digests with -update-golden.
func TestGoldenAnalysis(t *testing.T) {
	if testing.Short() {
		t.Skip("reads all of EWT dev twice")
	}
	tb := treebanks(t)
	m := loadModel(t)
	branches, margin := m.Parser.Branching()
	path := filepath.Join("testdata", "analysis.sha256")
	var got []string
	for _, c := range []struct {
		name     string
		branches int
		margin   int32
	}{{"greedy", 1, 0}, {"branching", branches, margin}} {
		m.Parser.SetBranching(c.branches, c.margin)
		got = append(got, c.name+" "+analysisDigest(m, tb))
	}
	text := strings.Join(got, "\n") + "\n"
	if *updateGolden {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if text != string(want) {
		t.Errorf("EWT dev analysed differently:\n got %s\nwant %s", text, want)
	}
}
