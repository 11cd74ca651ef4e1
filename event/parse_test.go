package event

import (
	"bufio"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// parsedCase is one case of testdata/parsed.txt: marked-up text, the events it must give and the
// roles it must not (a role without a value: none of that role at all).
type parsedCase struct {
	name, src string
	want, not []string
}

func readParsedCases(t *testing.T) []parsedCase {
	t.Helper()
	f, err := os.Open("testdata/parsed.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []parsedCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "":
		case strings.HasPrefix(l, "== "):
			out = append(out, parsedCase{name: strings.TrimPrefix(l, "== ")})
		case len(out) == 0:
			t.Fatalf("testdata/parsed.txt: %q before the first case", l)
		case strings.HasPrefix(l, "=> "):
			out[len(out)-1].want = append(out[len(out)-1].want, strings.TrimPrefix(l, "=> "))
		case strings.HasPrefix(l, "!> "):
			out[len(out)-1].not = append(out[len(out)-1].not, strings.TrimPrefix(l, "!> "))
		default:
			out[len(out)-1].src += l + "\n"
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestParsedArgs checks the roles read from the parse: the text goes through the language
// layer's stage first, as in the pipeline.
func TestParsedArgs(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	for _, c := range readParsedCases(t) {
		t.Run(c.name, func(t *testing.T) {
			a, names := parseMarkup(c.src)
			if err := stage.Analyze(a); err != nil {
				t.Fatal(err)
			}
			if err := x.Analyze(a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range a.Events {
				got = append(got, summary(ev, names))
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %q, got %q", w, got)
				}
			}
			for _, n := range c.not {
				typ, role, _ := strings.Cut(n, " ")
				for _, g := range got {
					if role == "" && (g == typ || strings.HasPrefix(g, typ+" ")) {
						t.Errorf("%q: want no %s event", g, typ)
					} else if role != "" && strings.HasPrefix(g, typ+" ") && (strings.Contains(g+" ", " "+role+" ") || !strings.Contains(role, "=") && strings.Contains(g, " "+role+"=")) {
						t.Errorf("%q gives %s", g, role)
					}
				}
			}
		})
	}
}

// syntaxStage returns the language layer's stage on the embedded data.
func syntaxStage(t *testing.T) *syntax.Stage {
	t.Helper()
	d, err := en.Load("")
	if err != nil {
		t.Fatal(err)
	}
	m, err := syntax.Load(d)
	if err != nil {
		t.Fatal(err)
	}
	return syntax.NewStage(m)
}

// TestParseArgs reads roles off hand-made trees: "word/head/rel" per word, heads counted from 1.
func TestParseArgs(t *testing.T) {
	tests := []struct {
		tree string
		typ  dossier.EventType
		want map[int]string
	}{
		{"Norland/2/nsubj gave/0/root Vellora/2/iobj arms/2/obj", dossier.Aid,
			map[int]string{0: roleActor, 2: roleRecipient, 3: roleTarget}},
		{"He/2/nsubj asked/0/root her/2/iobj", dossier.Request, map[int]string{0: roleActor, 2: roleTarget}},
		{"Troops/2/nsubj attacked/0/root Brenton/2/obj near/5/case Kavala/2/obl", dossier.Assault,
			map[int]string{0: roleActor, 2: roleTarget, 4: rolePlace}},
		{"Brenton/3/nsubj:pass was/3/aux:pass shelled/0/root by/5/case rebels/3/obl:agent", dossier.Assault,
			map[int]string{0: roleTarget, 4: roleActor}},
		{"She/2/nsubj flew/0/root to/4/case Kavala/2/obl from/6/case Brenton/2/obl", dossier.Travel,
			map[int]string{0: roleActor, 3: roleDest}},
	}
	lists := newWordLists(en.Embedded())
	for _, tc := range tests {
		var p dossier.Sentence
		for _, w := range strings.Fields(tc.tree) {
			f := strings.Split(w, "/")
			h, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatalf("%s: %v", w, err)
			}
			p.Tokens = append(p.Tokens, dossier.Token{Text: f[0], Lemma: strings.ToLower(f[0]), UPOS: "NOUN", Head: h - 1, Rel: f[2]})
		}
		v := slices.IndexFunc(p.Tokens, func(t dossier.Token) bool { return t.Rel == "root" })
		p.Tokens[v].UPOS = "VERB"
		if got := lists.parseArgs(&p, v, tc.typ); !maps.Equal(got, tc.want) {
			t.Errorf("%s: roles %v, want %v", tc.tree, got, tc.want)
		}
	}
}
