package claim_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/timex"
)

// stages are the per-document stages the command runs, the claim stage last.
var stages = sync.OnceValues(func() ([]pipeline.Stage, error) {
	lang := en.MustLoad()
	model, err := syntax.Load(lang)
	if err != nil {
		return nil, err
	}
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		return nil, err
	}
	names, err := ner.New(gaz.Lexicon())
	if err != nil {
		return nil, err
	}
	events, err := event.New()
	if err != nil {
		return nil, err
	}
	claims, err := claim.New(lang)
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{syntax.NewStage(model), entity.NewWith(gaz, names), timex.New(), events, claims}, nil
})

// analyse runs every stage over one text.
func analyse(t testing.TB, text string) *dossier.Analysis {
	t.Helper()
	list, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Text: text, Language: "en", Published: "2024-05-06",
		Sentences: segment.New(en.Embedded()).Sentences(text)}}
	for _, s := range list {
		if err := s.Analyze(a); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// say writes one claim in a line: its kind, who makes it, whom it is about and its flags, with
// names as the text writes them.
func say(a *dossier.Analysis, c dossier.Claim) string {
	chain := func(ch int) string {
		for _, m := range a.Mentions {
			if m.Chain == ch {
				return m.Text
			}
		}
		return ""
	}
	var b strings.Builder
	b.WriteString(string(c.Kind))
	if c.By.Chain >= 0 {
		b.WriteString(" by=" + chain(c.By.Chain))
	} else if c.ByText != "" {
		b.WriteString(" by=" + c.ByText)
	}
	var about []string
	for _, p := range c.About {
		about = append(about, chain(p.Chain))
	}
	if len(about) > 0 {
		b.WriteString(" about=" + strings.Join(about, "+"))
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{c.Attack, "attack"}, {c.Negated, "negated"}, {c.Role, "role"}, {c.Hedged, "hedged"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	if c.Camp != "" {
		b.WriteString(" camp=" + c.Camp)
	}
	if c.Side != "" {
		b.WriteString(" side=" + c.Side)
	}
	if c.Force != "" {
		b.WriteString(" force=" + c.Force)
	}
	if c.Kind == dossier.ClaimCause {
		b.WriteString(fmt.Sprintf(" reason=%q", c.Object))
	}
	if c.Kind == dossier.ClaimAccounts && c.Other != nil {
		b.WriteString(fmt.Sprintf(" first=%q second=%q", a.Doc.Text[c.Start:c.End], a.Doc.Text[c.Other.Start:c.Other.End]))
	}
	if c.Object != "" && c.Kind == dossier.ClaimAccounts {
		b.WriteString(" object=" + c.Object)
	}
	if c.Kind == dossier.ClaimDeny || c.Kind == dossier.ClaimAccuse {
		b.WriteString(" words=" + strings.Join(c.Words, ","))
	}
	return b.String()
}

type testCase struct {
	Name string   `json:"name"`
	Text string   `json:"text"`
	Want []string `json:"want"` // claims that must be read, as say writes them
	Not  []string `json:"not"`  // kinds that must not be read
}

func TestClaims(t *testing.T) {
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a := analyse(t, tc.Text)
			var got []string
			for _, c := range a.Claims {
				if c.Start < 0 || c.End > len(tc.Text) || c.Start > c.End || c.Cue.End > len(tc.Text) {
					t.Errorf("claim %+v lies outside the text", c)
				}
				got = append(got, say(a, c))
			}
			for _, w := range tc.Want {
				if !slices.Contains(got, w) {
					t.Errorf("missing claim %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, k := range tc.Not {
				for _, c := range a.Claims {
					if string(c.Kind) == k {
						t.Errorf("read a %s claim %q, want none", k, say(a, c))
					}
				}
			}
		})
	}
}

// FuzzClaims checks that claims read from any text lie inside it and name only its events and
// mention chains.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{
		"Residents blamed the Kestrel Brigade for the shelling. The brigade denied any role.",
		"Some reports claim Tomas Vell headed to Darun, other reports claim he flew to Tarsa.",
		"denied", "because of", "blamed each other", "The US-backed", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := analyse(t, text)
		chains := map[int]bool{-1: true}
		for _, m := range a.Mentions {
			chains[m.Chain] = true
		}
		for _, c := range a.Claims {
			for _, s := range []dossier.Span{c.Span, c.Cue} {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("claim %+v: span %v outside the text", c, s)
				}
			}
			if c.Event < -1 || c.Event >= len(a.Events) {
				t.Fatalf("claim %+v names event %d of %d", c, c.Event, len(a.Events))
			}
			for _, p := range append([]dossier.Party{c.By}, c.About...) {
				if !chains[p.Chain] {
					t.Fatalf("claim %+v names chain %d, which no mention has", c, p.Chain)
				}
			}
		}
	})
}
