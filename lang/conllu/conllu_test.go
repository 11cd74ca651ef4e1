package conllu

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRead(t *testing.T) {
	path := filepath.Join("testdata", "sample.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{ID: "doc1-1", Doc: "doc1", Text: "They won't go.",
			Words: []Word{
				{Form: "They", Lemma: "they", UPOS: "PRON", XPOS: "PRP", Feats: "Case=Nom|Number=Plur", Head: 3, Rel: "nsubj", SpaceAfter: true},
				{Form: "wo", Lemma: "will", UPOS: "AUX", XPOS: "MD", Feats: "VerbForm=Fin", Head: 3, Rel: "aux", SpaceAfter: true},
				{Form: "n't", Lemma: "not", UPOS: "PART", XPOS: "RB", Feats: "Polarity=Neg", Head: 3, Rel: "advmod", SpaceAfter: true},
				{Form: "go", Lemma: "go", UPOS: "VERB", XPOS: "VB", Feats: "VerbForm=Inf", Head: -1, Rel: "root"},
				{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Head: 3, Rel: "punct", SpaceAfter: true},
			},
			MWT: []Token{{First: 1, Last: 2, Form: "won't"}}},
		{ID: "doc1-2", Doc: "doc1", Text: "Yes",
			Words: []Word{{Form: "Yes", Lemma: "yes", UPOS: "INTJ", XPOS: "UH", Head: -1, Rel: "root", SpaceAfter: true}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Read (-want +got):\n%s", d)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"1\tonly\tthree\n", "1\ta\ta\tX\tX\t_\tnohead\tdep\t_\t_\n", "x-y\ta\t_\t_\t_\t_\t_\t_\t_\t_\n"} {
		if _, err := Read(strings.NewReader(in), "bad.conllu"); err == nil || !strings.Contains(err.Error(), "bad.conllu:1") {
			t.Errorf("Read(%q) error = %v, want one naming bad.conllu:1", in, err)
		}
	}
}
