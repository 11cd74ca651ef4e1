package claim_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
)

// TestCredits checks the credit lines the stage stores: the cue, which side the name stands on,
// and the words there.
func TestCredits(t *testing.T) {
	cases := readCases[struct {
		Name    string   `json:"name"`
		Text    string   `json:"text"`
		Credits []string `json:"credits"`
	}](t, "testdata/origin.json")
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a := analyse(t, tc.Text)
			got := []string{}
			for _, c := range a.Credits {
				cue := c.Phrase
				if c.Agency() { // an agency's credit spans the agency's name
					cue = strings.Join(c.Words, " ")
				}
				if c.Start < 0 || c.End > len(tc.Text) || !strings.EqualFold(tc.Text[c.Start:c.End], cue) {
					t.Errorf("credit %+v does not point at its cue", c)
				}
				arrow := " -> "
				if c.Before {
					arrow = " <- "
				}
				got = append(got, c.Phrase+arrow+strings.Join(c.Words, " "))
			}
			if !slices.Equal(got, tc.Credits) {
				t.Errorf("credits %q, want %q", got, tc.Credits)
			}
		})
	}
}

// TestSketch checks that a text's sketch is kept only for texts long enough to compare, that a
// copy has the same sketch whatever its case and spacing, and that a text told otherwise does not.
func TestSketch(t *testing.T) {
	text := "The ferry from Gull Harbour was late again on Tuesday because the crew waited for the storm to pass over the bay."
	copyText := strings.ToUpper(strings.ReplaceAll(text, " ", "  "))
	other := "A new bakery opened on the market square of Wrenfield and sold out of bread before noon on its first morning."
	a, b, c := claim.Sketch(text), claim.Sketch(copyText), claim.Sketch(other)
	if len(a) != dossier.SketchSize {
		t.Fatalf("sketch of %d values, want %d", len(a), dossier.SketchSize)
	}
	if !slices.Equal(a, b) {
		t.Error("a copy differing in case and spacing has another sketch")
	}
	same := 0
	for i := range a {
		if a[i] == c[i] {
			same++
		}
	}
	if same > dossier.SketchSize/4 {
		t.Errorf("unrelated texts share %d of %d sketch values", same, dossier.SketchSize)
	}
	for _, short := range []string{"", "Too short to compare at all."} {
		if s := claim.Sketch(short); s != nil {
			t.Errorf("sketch of %q is %v, want none", short, s)
		}
	}
}

// TestTravelMarks checks that a mention said right after a travel cue is marked with the cue.
func TestTravelMarks(t *testing.T) {
	cases := readCases[struct {
		Name   string   `json:"name"`
		Text   string   `json:"text"`
		Travel []string `json:"travel"`
	}](t, "testdata/travel.json")
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a := analyse(t, tc.Text)
			got := []string{}
			for _, m := range a.Mentions {
				if m.Travel != nil {
					got = append(got, m.Text+" <- "+strings.ToLower(tc.Text[m.Travel.Start:m.Travel.End]))
				}
			}
			if !slices.Equal(got, tc.Travel) {
				t.Errorf("travel marks %q, want %q", got, tc.Travel)
			}
		})
	}
}

// readCases reads a table of test cases from a JSON file.
func readCases[T any](t *testing.T, path string) []T {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []T
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return cases
}
