package doccols

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// findingsCases are analyses whose findings column must decode as their analysis column does.
func findingsCases() []struct {
	name string
	a    dossier.Analysis
} {
	high, zero := 14, 0
	return []struct {
		name string
		a    dossier.Analysis
	}{
		{"empty", dossier.Analysis{}},
		{"labels", dossier.Analysis{Labels: []dossier.Label{
			{Span: dossier.Span{Start: 40, End: 52}, Text: "a former colonel", Chain: 3},
			{Span: dossier.Span{Start: 4, End: 9}, Text: "rebel", Chain: -1},
		}}},
		{"events", dossier.Analysis{Events: []dossier.Event{
			{Span: dossier.Span{Start: 100, End: 180}, Type: dossier.Assault, Trigger: dossier.Span{Start: 120, End: 127},
				Word: "shelled", Text: "Forces shelled the market", Modality: dossier.Reported, Time: "2020-04-13",
				Args:        []dossier.Arg{{Role: "actor", Chain: 2}, {Role: "place", Chain: 5}},
				Attribution: []dossier.Source{{Chain: -1, Text: "a military source"}, {Chain: 4}},
				Cause:       "because of a dispute", Number: "nine", Kind: "air strike", By: "state", Force: "coalition", Ongoing: true,
				Figures: []dossier.Figure{{Span: dossier.Span{Start: 100, End: 180}, Counts: "killed", Low: 9, High: &high, Text: "nine"}}},
			{Type: dossier.Assault, Trigger: dossier.Span{}, Modality: dossier.Denied},
		}}},
		{"figures", dossier.Analysis{Figures: []dossier.Figure{
			{Span: dossier.Span{Start: 7, End: 90}, Clause: dossier.Span{Start: 20, End: 60}, At: dossier.Span{Start: 30, End: 41},
				Counts: "wounded", Who: "civilians", Low: 58, Text: "at least 58", Loose: true, Update: true, Sum: true, Total: true,
				Night: true, Around: true, Incidents: []string{"strike", "clash"}, Families: []string{"attack"}, Time: "2016-06",
				Kind: "rocket", By: "armed group", Force: "Russia", Sites: []string{"market"}, Side: "state",
				Setting: []dossier.Span{{Start: 0, End: 6}, {Start: 200, End: 220}}, Capital: "Alden", Part: dossier.PartAmong},
			{Counts: dossier.CountsBoth, High: &zero, Incidents: []string{}},
		}}},
		{"claims", dossier.Analysis{Claims: []dossier.Claim{
			{Span: dossier.Span{Start: 0, End: 80}, Kind: dossier.ClaimAccuse, Cue: dossier.Span{Start: 10, End: 17}, CueText: "accused",
				By: dossier.Party{Chain: 1, The: true}, ByText: "residents", About: []dossier.Party{{Chain: 2}, {Chain: -1, The: true}},
				Event: 3, Negated: true, Hedged: true, Attack: true, Role: true, Object: "shelling", Words: []string{"shelling", "market"},
				Camp: "backed", Side: "state", Force: "Russia", Echo: "k1", Other: &dossier.Span{Start: 40, End: 60}},
			{Kind: dossier.ClaimDeny, By: dossier.Party{Chain: -1}, Event: -1, Words: []string{}},
		}}},
		{"invalid UTF-8", dossier.Analysis{
			Labels: []dossier.Label{{Text: "caf\xe9"}},
			Events: []dossier.Event{{Text: "a\xffb", Word: "\xc3"}},
		}},
	}
}

// TestFindingsColumn: the findings column gives what the analysis column gives of the labels,
// events, claims and figures, encoding/json's reading of invalid UTF-8 and of empty lists
// included; a pass read gives the same without the events' texts, and a column cut short fails.
func TestFindingsColumn(t *testing.T) {
	for _, tc := range findingsCases() {
		c, err := Encode(&tc.a)
		if err != nil {
			t.Fatal(err)
		}
		old, err := EncodeOutlined(&tc.a)
		if err != nil {
			t.Fatal(err)
		}
		want, got := &dossier.Analysis{}, &dossier.Analysis{}
		if err := Decode(want, old); err != nil {
			t.Fatalf("%s: analysis column: %v", tc.name, err)
		}
		if err := Decode(got, c); err != nil {
			t.Fatalf("%s: findings column: %v", tc.name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-analysis column +findings column):\n%s", tc.name, diff)
		}
		wantPass, gotPass := &dossier.Analysis{}, &dossier.Analysis{}
		if err := DecodePass(wantPass, old.Sentences, old.Analysis, old.Outline, nil); err != nil {
			t.Fatal(err)
		}
		if err := DecodePass(gotPass, c.Sentences, c.Analysis, c.Outline, c.Findings); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantPass, gotPass); diff != "" {
			t.Errorf("%s: pass read (-analysis column +findings column):\n%s", tc.name, diff)
		}
		for i := 1; i < len(c.Findings); i++ {
			if err := decodeFindings(&dossier.Analysis{}, c.Findings[:i], false, nil); err == nil {
				t.Errorf("%s: the findings cut to %d of %d bytes decode without error", tc.name, i, len(c.Findings))
			}
		}
	}
}

// TestFindingsOfStored: the findings column of a stored analysis (a generated news report's)
// made from its analysis column decodes as that column does, in fewer bytes.
func TestFindingsOfStored(t *testing.T) {
	b, err := os.ReadFile("testdata/analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	col, err := FindingsOf(b)
	if err != nil {
		t.Fatal(err)
	}
	var want findings
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got := &dossier.Analysis{}
	if err := decodeFindings(got, col, false, nil); err != nil {
		t.Fatal(err)
	}
	diff := cmp.Diff(findings{Labels: want.Labels, Events: want.Events, Claims: want.Claims, Figures: want.Figures},
		findings{Labels: got.Labels, Events: got.Events, Claims: got.Claims, Figures: got.Figures})
	if diff != "" {
		t.Errorf("(-analysis column +findings column):\n%s", diff)
	}
	if len(want.Events) == 0 || len(want.Claims)+len(want.Figures) == 0 {
		t.Errorf("the stored analysis has %d events, %d claims and %d figures: the test reads too little",
			len(want.Events), len(want.Claims), len(want.Figures))
	}
	if len(col) >= len(b) {
		t.Errorf("findings of %d bytes for an analysis of %d", len(col), len(b))
	}
	if _, err := FindingsOf([]byte(`{"events":3}`)); err == nil {
		t.Error("the findings of a broken analysis column are made without error")
	}
}

// FuzzDecodeFindings: any column either fails to decode or decodes to findings that encode and
// decode to themselves.
func FuzzDecodeFindings(f *testing.F) {
	for _, tc := range findingsCases() {
		f.Add(encodeFindings(&tc.a))
	}
	f.Add([]byte{})
	f.Add([]byte{findingsFormat, 0x80})
	f.Fuzz(func(t *testing.T, in []byte) {
		a := &dossier.Analysis{}
		if err := decodeFindings(a, in, false, nil); err != nil {
			return
		}
		again := &dossier.Analysis{}
		if err := decodeFindings(again, encodeFindings(a), false, nil); err != nil {
			t.Fatalf("%q: decoded, but its encoding does not: %v", in, err)
		}
		if diff := cmp.Diff(a, again); diff != "" {
			t.Errorf("%q: (-decoded +encoded and decoded again):\n%s", in, diff)
		}
	})
}
