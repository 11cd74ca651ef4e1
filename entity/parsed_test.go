package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// parsedReader returns a function that reads a document as the pipeline does: split into
// sentences, parsed by the language layer, then read by the entity stage.
func parsedReader(t *testing.T) func(*testing.T, dossier.Document) *dossier.Analysis {
	return parsedReaderWith(t, New(nil))
}

// parsedReaderWith is parsedReader with the entity stage f.
func parsedReaderWith(t *testing.T, f *Finder) func(*testing.T, dossier.Document) *dossier.Analysis {
	stage := parseStage(t)
	return func(t *testing.T, doc dossier.Document) *dossier.Analysis {
		t.Helper()
		doc.Sentences = segment.New(en.Embedded()).Sentences(doc.Text)
		a := &dossier.Analysis{Doc: doc}
		if err := stage.Analyze(a); err != nil {
			t.Fatal(err)
		}
		if err := f.Analyze(a); err != nil {
			t.Fatal(err)
		}
		return a
	}
}

// TestParsedMentions reads news sentences as the pipeline does (split into sentences, parsed by
// the language layer, then read by the recogniser and the entity stage) and checks the mentions
// of testdata/parsed/mentions.txt: a "text" line, then "want" lines ("Text/TYPE" or
// "Text/TYPE/Title"), "not" lines (texts that must be no mention, or "Text/TYPE": no mention of
// that type), "apart" lines (two mention texts, a tab between, that must not be one actor's
// chain) and "same" lines (mention texts that must be one chain), a blank line between cases.
func TestParsedMentions(t *testing.T) {
	read := parsedReader(t)
	cases := readParsedCases(t, "testdata/parsed/mentions.txt")
	if len(cases) == 0 {
		t.Fatal("no cases read")
	}
	for _, tc := range cases {
		t.Run(tc.text[:min(40, len(tc.text))], func(t *testing.T) {
			a := read(t, dossier.Document{ID: "t", Text: tc.text})
			checkSpans(t, a)
			got := map[string]dossier.Mention{}
			for _, mn := range a.Mentions {
				got[mn.Text] = mn
			}
			for _, w := range tc.mentions {
				checkWanted(t, got, w)
			}
			for _, n := range tc.not {
				text, typ, typed := strings.Cut(n, "/")
				if mn, ok := got[text]; ok && (!typed || string(mn.Type) == typ) {
					t.Errorf("unwanted mention %q (mentions: %v)", n, mentionTexts(a))
				}
			}
			for _, group := range tc.same {
				for _, x := range group[1:] {
					if got[x].Text == "" || got[group[0]].Text == "" || got[x].Chain != got[group[0]].Chain {
						t.Errorf("mentions %q and %q are not one chain (mentions: %v)", group[0], x, mentionTexts(a))
					}
				}
			}
			for _, pair := range tc.apart {
				x, y := pair[0], pair[1]
				if got[x].Chain == got[y].Chain && got[x].Text != "" && got[y].Text != "" {
					t.Errorf("mentions %q and %q are one chain", x, y)
				}
			}
		})
	}
}

// checkWanted checks that the mention "Text/TYPE/Title" (type and title optional) was found.
func checkWanted(t *testing.T, got map[string]dossier.Mention, want string) {
	t.Helper()
	parts := strings.Split(want, "/")
	mn, ok := got[parts[0]]
	switch {
	case !ok:
		t.Errorf("missing mention %q", parts[0])
	case len(parts) > 1 && string(mn.Type) != parts[1]:
		t.Errorf("mention %q typed %s, want %s", parts[0], mn.Type, parts[1])
	case len(parts) > 2 && mn.Title != parts[2]:
		t.Errorf("mention %q title %q, want %q", parts[0], mn.Title, parts[2])
	}
}

func mentionTexts(a *dossier.Analysis) []string {
	var out []string
	for _, mn := range a.Mentions {
		out = append(out, mn.Text+"/"+string(mn.Type))
	}
	return out
}

// readParsedCases reads the cases of a mentions file (see TestParsedMentions).
func readParsedCases(t *testing.T, path string) []tcase {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []tcase
	var cur *tcase
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		kind, rest, _ := strings.Cut(line, "\t")
		switch kind {
		case "text":
			out = append(out, tcase{text: strings.ReplaceAll(rest, `\n`, "\n")})
			cur = &out[len(out)-1]
		case "want":
			cur.mentions = append(cur.mentions, rest)
		case "not":
			cur.not = append(cur.not, rest)
		case "apart":
			x, y, _ := strings.Cut(rest, "\t")
			cur.apart = append(cur.apart, [2]string{x, y})
		case "same":
			cur.same = append(cur.same, strings.Split(rest, "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
