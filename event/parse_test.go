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
		p, v := handTree(t, tc.tree)
		if got := lists.parseArgs(p, v, tc.typ); !maps.Equal(got, tc.want) {
			t.Errorf("%s: roles %v, want %v", tc.tree, got, tc.want)
		}
	}
}

// handTree builds a sentence from "word/head/rel" per word, heads counted from 1: every word a
// noun but the root, a verb, whose index it returns too.
func handTree(t *testing.T, tree string) (*dossier.Sentence, int) {
	t.Helper()
	var p dossier.Sentence
	for _, w := range strings.Fields(tree) {
		f := strings.Split(w, "/")
		h, err := strconv.Atoi(f[1])
		if err != nil {
			t.Fatalf("%s: %v", w, err)
		}
		p.Tokens = append(p.Tokens, dossier.Token{Text: f[0], Lemma: strings.ToLower(f[0]), UPOS: "NOUN", Head: h - 1, Rel: f[2]})
	}
	v := slices.IndexFunc(p.Tokens, func(t dossier.Token) bool { return t.Rel == "root" })
	p.Tokens[v].UPOS = "VERB"
	return &p, v
}

// TestObjectPhrases checks that a phrase right after a noun trigger that the parse hangs on the
// verb whose object the noun is reads as the noun's own, except where the verb takes it.
func TestObjectPhrases(t *testing.T) {
	tests := []struct {
		tree string
		typ  dossier.EventType
		want map[int]string
	}{
		{"Guards/2/nsubj condemned/0/root attack/2/obj on/5/case Brenton/2/obl", dossier.Assault, map[int]string{4: roleTarget}},
		{"Troops/2/nsubj carried/0/root attack/2/obj on/5/case Brenton/2/obl", dossier.Assault, map[int]string{4: roleTarget}},
		{"Guards/2/nsubj blame/0/root attack/2/obj on/5/case rebels/2/obl", dossier.Assault, map[int]string{}},
		{"Agency/2/nsubj dispatched/0/root aid/2/obj to/5/case Brenton/2/obl", dossier.Aid, map[int]string{}},
		{"Troops/2/nsubj wage/0/root raids/2/obj on/5/case Brenton/2/obl", dossier.Assault, map[int]string{}},
		{"Guards/2/nsubj condemned/0/root attack/2/obj yesterday/2/advmod on/6/case Brenton/2/obl", dossier.Assault, map[int]string{}},
	}
	lists := newWordLists(en.Embedded())
	for _, tc := range tests {
		p, v := handTree(t, tc.tree)
		roles := map[int]string{}
		lists.objectPhrases(p, v+1, tc.typ, roles)
		if !maps.Equal(roles, tc.want) {
			t.Errorf("%s: roles %v, want %v", tc.tree, roles, tc.want)
		}
	}
}

// TestNounAfterCase checks which phrase "according to" brings in when the parse hangs the case
// mark on the clause's verb.
func TestNounAfterCase(t *testing.T) {
	tests := []struct {
		tree string
		want int
	}{
		{"According/7/case to/1/fixed the/5/det monitoring/5/compound group/7/nsubj:pass civilians/7/nsubj:pass killed/0/root", 4},
		{"According/4/case to/1/fixed group/5/nsubj killed/0/root said/4/ccomp", -1},
	}
	for _, tc := range tests {
		p, v := handTree(t, tc.tree)
		if got := nounAfterCase(p, 1, v); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.tree, got, tc.want)
		}
	}
}

// TestMisreadObject checks that a name the parse makes the subject of the clause after an act
// falling on someone is read as that act's object.
func TestMisreadObject(t *testing.T) {
	tests := []struct {
		tree string
		v    int
		want int
	}{
		{"decision/0/root to/3/mark remove/1/acl Karim/5/nsubj led/3/ccomp to/7/case protests/5/obl", 2, 3},
		{"decision/5/nsubj to/3/mark remove/1/acl Karim/5/nsubj led/0/root to/7/case protests/5/obl", 2, 3},
		{"decision/0/root to/3/mark remove/1/acl Karim/3/obj led/3/xcomp to/7/case protests/5/obl", 2, -1},
		{"decision/0/root to/3/mark say/1/acl ,/5/punct Karim/6/nsubj led/3/ccomp", 2, -1},
	}
	for _, tc := range tests {
		p, _ := handTree(t, tc.tree)
		if got := misreadObject(p, tc.v); got != tc.want {
			t.Errorf("%s: object %d, want %d", tc.tree, got, tc.want)
		}
	}
}
