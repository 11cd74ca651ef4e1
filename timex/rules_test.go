package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// ruleCase is one line of testdata/rules.txt.
type ruleCase struct {
	line                   int
	ref                    Ref
	text, expr, value, mod string
}

func readRuleCases(t testing.TB) []ruleCase {
	t.Helper()
	f, err := os.Open("testdata/rules.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []ruleCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "|")
		if len(p) != 5 {
			t.Fatalf("rules.txt:%d: want 5 fields, got %d", n, len(p))
		}
		for i := range p {
			p[i] = strings.TrimSpace(p[i])
		}
		// "\n" in a sentence stands for a line break (paragraphs of a page).
		p[1] = strings.ReplaceAll(p[1], `\n`, "\n")
		r := Ref{}
		if p[0] != "-" {
			r = ParseRef(p[0])
		}
		cs = append(cs, ruleCase{n, r, p[1], p[2], p[3], p[4]})
	}
	return cs
}

func TestRules(t *testing.T) {
	tg := New()
	for _, c := range readRuleCases(t) {
		got := tg.Tag(c.text, c.ref)
		var hit *dossier.Timex
		for i := range got {
			if strings.EqualFold(got[i].Text, c.expr) || strings.Contains(got[i].Text, c.expr) {
				hit = &got[i]
				break
			}
		}
		if hit == nil {
			t.Errorf("rules.txt:%d: %q: no timex %q in %+v", c.line, c.text, c.expr, got)
			continue
		}
		if hit.Value != c.value || hit.Mod != c.mod {
			t.Errorf("rules.txt:%d: %q: %q = %s/%s, want %s/%s", c.line, c.text, hit.Text, hit.Value, hit.Mod, c.value, c.mod)
		}
	}
}

func TestOffsets(t *testing.T) {
	tg := New()
	for _, c := range readRuleCases(t) {
		checkOffsets(t, c.text, tg.Tag(c.text, c.ref))
	}
}

func checkOffsets(t *testing.T, text string, xs []dossier.Timex) {
	t.Helper()
	end := 0
	for _, x := range xs {
		if x.Start < end || x.End > len(text) || x.Start >= x.End || text[x.Start:x.End] != x.Text {
			t.Fatalf("bad span %+v in %q", x, text)
		}
		if strings.TrimSpace(x.Text) != x.Text {
			t.Errorf("span %q in %q opens or closes with a blank", x.Text, text)
		}
		if x.Value == "" || x.Type == "" {
			t.Fatalf("empty value or type %+v in %q", x, text)
		}
		end = x.End
	}
}

func TestInferRef(t *testing.T) {
	tg := New()
	cases := []struct {
		text string
		want Ref
	}{
		// 14 April is a Tuesday in 2020 and in no other year from 2017 to 2021.
		{"The unit trained there since 2016, and in 2019 it grew. On Tuesday, April 14 the men left.", Ref{2020, 4, 14, true}},
		// No year mentioned: nothing to bound the candidates.
		{"On Tuesday, April 14 the men left.", Ref{}},
		// The weekday is wrong for every year near 2019.
		{"In 2019 it grew. On Monday, April 14 the men left.", Ref{}},
		{"In 2015 it grew. On Saturday, 3 October the men left.", Ref{2015, 10, 3, true}},
	}
	for _, c := range cases {
		if got := tg.InferRef(c.text); got != c.want {
			t.Errorf("InferRef(%q) = %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestInferredRefFixesOnlyStatedDates(t *testing.T) {
	tg := New()
	text := "The unit trained there since 2019. On Tuesday, April 14 the men left. They had arrived on March 30. Earlier this month, others fled on Tuesday morning."
	a := &dossier.Analysis{Doc: dossier.Document{Text: text}}
	if err := tg.Analyze(a); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Tuesday, April 14":  "2020-04-14",
		"March 30":           "2020-03-30",
		"Earlier this month": "XXXX-XX",
		"Tuesday morning":    "XXXX-WXX-2TMO",
	}
	for _, x := range a.Timexes {
		if w, ok := want[x.Text]; ok {
			if x.Value != w {
				t.Errorf("%q = %s, want %s", x.Text, x.Value, w)
			}
			delete(want, x.Text)
		}
	}
	for k := range want {
		t.Errorf("no timex %q in %+v", k, a.Timexes)
	}
}

func TestAnalyzeBadDate(t *testing.T) {
	a := &dossier.Analysis{Doc: dossier.Document{File: "x.txt", Text: "today", Published: "yesterday"}}
	if err := New().Analyze(a); err == nil {
		t.Error("want an error for an unreadable publication date")
	}
}

func TestParseRef(t *testing.T) {
	for in, want := range map[string]Ref{
		"2020-04-14": {2020, 4, 14, false}, "2020-04": {2020, 4, 0, false}, "2020": {2020, 0, 0, false},
		"2020-04-14T09:30:00Z": {2020, 4, 14, false}, "": {}, "2020-13-01": {}, "2021-02-29": {},
	} {
		if got := ParseRef(in); got != want {
			t.Errorf("ParseRef(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, c := range readRuleCases(f) {
		f.Add(c.text, c.ref.String())
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text, ref string) {
		checkOffsets(t, text, tg.Tag(text, ParseRef(ref)))
	})
}

// taggedCase is a sentence and every timex it should give, as "text=value" joined by spaces.
type taggedCase struct{ text, want string }

// checkTagged tags each case's sentence against ref and compares all its timexes.
func checkTagged(t *testing.T, ref string, cases []taggedCase) {
	t.Helper()
	tg := New()
	for _, tc := range cases {
		var got []string
		for _, x := range tg.Tag(tc.text, ParseRef(ref)) {
			got = append(got, x.Text+"="+x.Value)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, s, tc.want)
		}
	}
}

// TestSecondDays checks which numbers after a month-and-day date are read as a second day.
func TestSecondDays(t *testing.T) {
	checkTagged(t, "2020-05-20", []taggedCase{
		{"The talks open on June 3 and 4 in the capital.", "June 3=2020-06-03 4=2020-06-04"},
		{"The talks open on June 3-5 in the capital.", "June 3=2020-06-03 5=2020-06-05"},
		{"On June 3 and 2 other days the hall was shut.", "June 3=2020-06-03"},
		{"Prices rose on June 3 and 4% more after it.", "June 3=2020-06-03"},
	})
}

// TestNone checks that the words of testdata/none.txt, which only look like time expressions,
// are no part of any timex.
func TestNone(t *testing.T) {
	tg := New()
	b, err := os.ReadFile("testdata/none.txt")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "|")
		if len(p) != 3 {
			t.Fatalf("none.txt:%d: want 3 fields, got %d", n+1, len(p))
		}
		text, word := strings.ReplaceAll(strings.TrimSpace(p[1]), `\n`, "\n"), strings.TrimSpace(p[2])
		for _, x := range tg.Tag(text, ParseRef(strings.TrimSpace(p[0]))) {
			if strings.Contains(x.Text, word) {
				t.Errorf("none.txt:%d: %q: %q is a timex %s", n+1, text, x.Text, x.Value)
			}
		}
	}
}

// TestRefTypes checks the types of vague references, which have no calendar value to tell them.
func TestRefTypes(t *testing.T) {
	tests := []struct{ text, expr, typ string }{
		{"CNN will soon launch Royal News, a weekly newsletter.", "soon", "DATE"},
		{"More severe storms are projected to cross the UK in the future, with fewer to the north.", "the future", "DATE"},
		{"Police believe the woman was killed sometime within the past few days.", "the past few days", "DATE"},
		{"A few minutes later, the campaign added another statement.", "A few minutes later", "DURATION"},
		{"Nusra Front recruited an average of 200 to 300 a month before.", "a month", "SET"},
	}
	tg := New()
	for _, tt := range tests {
		found := false
		for _, x := range tg.Tag(tt.text, ParseRef("2023-11-08")) {
			if x.Text == tt.expr {
				found = true
				if x.Type != tt.typ {
					t.Errorf("%q: %q is a %s, want %s", tt.text, x.Text, x.Type, tt.typ)
				}
			}
		}
		if !found {
			t.Errorf("%q: no timex %q", tt.text, tt.expr)
		}
	}
}

// TestPossessiveOutsideSpan checks that a possessive before a time is left out of its span:
// "its third quarter" is the company's, the time is "third quarter".
func TestPossessiveOutsideSpan(t *testing.T) {
	checkTagged(t, "1989-11-02", []taggedCase{
		{"Ralston attributed its fourth-quarter slump partly to higher costs.", "fourth-quarter=1989-Q4"},
		{"Earnings for its fourth quarter ended Sept. 30 fell 50%.", "fourth quarter=1989-Q4 Sept. 30=1989-09-30"},
		{"The firm reported a sharp decline in net income for their third quarter.", "third quarter=1989-Q3"},
	})
}
