package entity

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// TestParseLabels checks the labels read from the parse: each text is one sentence, parsed by the
// language layer's stage first, as in the pipeline. Labels are "mention text=label text".
func TestParseLabels(t *testing.T) {
	stage := parseStage(t)
	f := New(nil)
	tests := []struct {
		text     string
		labels   []string
		nolabels []string
	}{
		{"The unit was led by Tarek Farouk, a former colonel in the border guard, until March.",
			[]string{"Tarek Farouk=former colonel in the border guard"}, nil},
		{"The attack was claimed by the Harun Brigade, an offshoot of the Valley Front.",
			[]string{"Harun Brigade=offshoot"}, []string{"Harun Brigade=offshoot of the"}},
		{"Air strikes hit southern Vellora on Monday.", nil, []string{"Vellora=southern"}},
		{"Fighters of the so-called Harun Brigade seized the road.", []string{"Harun Brigade=so-called"}, nil},
		{"The Valley Front killed 22 volunteers, Tarek Farouk said.", nil, []string{"Tarek Farouk=volunteers"}},
		{"Ramaswamy spent much of the debate throwing bombs, mostly at Haley.", nil, []string{"Haley=bombs"}},
		{"On the policy front, Haley pushed for more aid.", nil, []string{"Haley=policy front"}},
		{"Tarek Farouk dropped bombs on Dario Venn.", nil, []string{"Dario Venn=bombs"}},
		{"Tarek Farouk called Dario Venn a failed governor.", []string{"Dario Venn=failed governor"}, nil},
		{"As the group's leader, Tarek Farouk signed the deal.", []string{"Tarek Farouk=group's leader"}, nil},
		{"The court heard from the group's leader, Tarek Farouk, on Monday.", []string{"Tarek Farouk=group's leader"}, nil},
		{"In the eastern district Jabhat al-Nusra terrorists executed militants and members of their families who tried to leave.",
			[]string{"Jabhat al-Nusra=terrorists"}, []string{"Jabhat al-Nusra=terrorists executed militants"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			checkLabels(t, stage, f, tc.text, tc.labels, tc.nolabels)
		})
	}
}

// TestApposedTo checks the noun a name stands in apposition to, on hand-made trees: by "appos"
// to a noun, or, where the parse hangs the name on a verb as its apposition or a conjunct, the
// noun before the comma that opens the name.
func TestApposedTo(t *testing.T) {
	type w struct {
		text, upos string
		head       int
		rel        string
	}
	heard := []w{{"court", "NOUN", 1, "nsubj"}, {"heard", "VERB", -1, "root"}, {"from", "ADP", 3, "case"},
		{"leader", "NOUN", 1, "obl"}, {",", "PUNCT", 5, "punct"}, {"Farouk", "PROPN", 1, ""}}
	tests := []struct {
		rel  string
		head int
		want int
	}{
		{"appos", 3, 3}, // "the leader, Farouk": the noun it hangs on
		{"appos", 1, 3}, // hung on "heard" as its apposition
		{"conj", 1, 3},  // hung on "heard" as a conjunct
		{"obj", 1, -1},
	}
	for _, tc := range tests {
		var p dossier.Sentence
		for _, x := range heard {
			p.Tokens = append(p.Tokens, dossier.Token{Text: x.text, UPOS: x.upos, Head: x.head, Rel: x.rel})
		}
		p.Tokens[5].Rel, p.Tokens[5].Head = tc.rel, tc.head
		if got := apposedTo(&p, 5); got != tc.want {
			t.Errorf("%s of %d: %d, want %d", tc.rel, tc.head, got, tc.want)
		}
	}
}

// TestJunkLabels checks real sentences of news pages whose names once drew words that do not
// describe them (a time, a verb phrase, a negated verb, a plural noun the name is one of), read
// from testdata/labels/junk.txt: a sentence, then "+ name=label" must be given and "- name=label"
// must not.
func TestJunkLabels(t *testing.T) {
	stage := parseStage(t)
	f := New(nil)
	b, err := os.ReadFile("testdata/labels/junk.txt")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		text       string
		yes, never []string
	}
	var cases []want
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "+ "):
			cases[len(cases)-1].yes = append(cases[len(cases)-1].yes, line[2:])
		case strings.HasPrefix(line, "- "):
			cases[len(cases)-1].never = append(cases[len(cases)-1].never, line[2:])
		default:
			cases = append(cases, want{text: line})
		}
	}
	if len(cases) == 0 {
		t.Fatal("no sentences in testdata/labels/junk.txt")
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			checkLabels(t, stage, f, tc.text, tc.yes, tc.never)
		})
	}
}

// parseStage returns the language layer's parse stage over the embedded model.
func parseStage(t *testing.T) *syntax.Stage {
	t.Helper()
	m, err := syntax.Load(en.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return syntax.NewStage(m)
}

// analyzer is a stage run over one document.
type analyzer interface {
	Analyze(a *dossier.Analysis) error
}

// checkLabels runs the parse stage and the entity reader over text as one sentence and checks
// that each "mention=label" of want is given and none of never is.
func checkLabels(t *testing.T, stage, f analyzer, text string, want, never []string) {
	t.Helper()
	a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Text: text,
		Sentences: []dossier.Span{{Start: 0, End: len(text)}}}}
	if err := stage.Analyze(a); err != nil {
		t.Fatal(err)
	}
	if err := f.Analyze(a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range a.Labels {
		for _, mn := range a.Mentions {
			if mn.Chain == l.Chain {
				got = append(got, mn.Text+"="+l.Text)
			}
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("want label %q, got %q", w, got)
		}
	}
	for _, n := range never {
		if slices.Contains(got, n) {
			t.Errorf("label %q should not be given (got %q)", n, got)
		}
	}
}
