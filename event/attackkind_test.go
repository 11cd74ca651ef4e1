package event

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
)

// TestAttackKinds checks the kind of attack, the side that did it and "around" read for each
// casualty figure of the sentences of testdata/attacks.txt.
func TestAttackKinds(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/attacks.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("line %q: want sentence<TAB>kinds", line)
		}
		n++
		a := &dossier.Analysis{Doc: dossier.Document{ID: "k", Text: text}}
		x.Figures(a)
		var got []string
		all := a.Figures
		for _, ev := range a.Events {
			all = append(all, ev.Figures...)
		}
		for _, fg := range all {
			around := ""
			if fg.Around {
				around = "around"
			}
			got = append(got, fg.Kind+"|"+fg.By+"|"+around)
		}
		if g := strings.Join(got, " ; "); g != want {
			t.Errorf("%q:\n got %q\nwant %q", text, g, want)
		}
	}
	if n == 0 {
		t.Fatal("no sentences in testdata/attacks.txt")
	}
}

// TestAttackEvents checks the kind and side read for attack events.
func TestAttackEvents(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, kind, by string }{ // marked up as testdata/cases.txt
		{"Government warplanes bombed the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "air strike", "state"},
		{"Rebels fired rockets at the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "rocket", "armed group"},
		{"A car bomb exploded at the bus station in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "car bomb", ""},
		{"[[The Northern Army:ORG]], which took the hills above the valley last spring, shelled the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "shelling", "state"},
		// A group whose name carries a country's adjective is not that country's army.
		{"[[The Free Syrian Army:ORG]] shelled the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "shelling", ""},
		{"[[The Syrian Arab Army:ORG]] shelled the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "shelling", "state"},
		{"Turkish aircraft bombed the market in [[Kessin:LOC]] on {{Monday:2024-06-03}}.", "air strike", "state"},
		// Who holds the ground struck does not strike it: the strikes are the other side's.
		{"Air strikes by coalition jets killed at least 21 civilians in villages held by [[Orvan Front:ORG]] terrorists near [[Kessin:LOC]].", "air strike", "state"},
		{"Air strikes killed 21 civilians in areas controlled by the rebels near [[Kessin:LOC]].", "air strike", "state"},
	}
	for _, tt := range tests {
		a, _ := parseMarkup(tt.text)
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range a.Events {
			if ev.Type == dossier.Assault {
				found = true
				if ev.Kind != tt.kind || ev.By != tt.by {
					t.Errorf("%q: kind %q by %q, want %q by %q", tt.text, ev.Kind, ev.By, tt.kind, tt.by)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attack", tt.text)
		}
	}
}

// TestFigurePeriod checks that a count its clause dates by a whole month is that month's total.
func TestFigurePeriod(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, timex, value string
		total              bool
	}{
		{"More than 100 civilians were killed in August shelling of the city.", "August", "2016-08", true},
		{"Twelve people were killed during 2015 in the district.", "2015", "2015", true},
		{"Twelve people were killed on August 3 in the district.", "August 3", "2016-08-03", false},
		{"Twelve people were killed in the August 3 attack.", "August 3", "2016-08-03", false},
		{"At least 21 fighters died in the clash near Varlo late in March.", "late in March", "2016-03", false},
		{"At least 21 fighters died in the clash in March, a monitor said.", "March", "2016-03", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.timex)
		a := &dossier.Analysis{Doc: dossier.Document{ID: "p", Text: tt.text},
			Timexes: []dossier.Timex{{Span: dossier.Span{Start: i, End: i + len(tt.timex)}, Text: tt.timex, Type: "DATE", Value: tt.value}}}
		x.Figures(a)
		all := a.Figures
		for _, ev := range a.Events {
			all = append(all, ev.Figures...)
		}
		if len(all) != 1 || all[0].Total != tt.total {
			t.Errorf("%q: figures %+v, want one with total %v", tt.text, all, tt.total)
		}
	}
}

// TestAttackForces checks the states and forces read for the attacks and casualty figures of the
// sentences of testdata/forces.txt: a nationality or a force's name right before the words of an
// attack names it; a country's name, two nationalities or a side of armed groups name none.
func TestAttackForces(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range testshared.TabLines(t, "testdata/forces.txt", 2) {
		text, want := f[0], f[1]
		a, _ := parseMarkup(text)
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range a.Events {
			if ev.Force != "" && !slices.Contains(got, ev.Force) {
				got = append(got, ev.Force)
			}
			for _, fg := range ev.Figures {
				if fg.Force != "" && !slices.Contains(got, fg.Force) {
					got = append(got, fg.Force)
				}
			}
		}
		slices.Sort(got)
		if g := strings.Join(got, ";"); g != want {
			t.Errorf("%q: forces %q, want %q", text, g, want)
		}
	}
}

// TestParsedAttackKinds checks the kinds of attack read off the parse for the sentences of
// testdata/parsed_kinds.txt, which go through the language layer's stage first: what the
// trigger's subject, compound or instrument names, or what the verb it hangs on takes.
func TestParsedAttackKinds(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	for _, f := range testshared.TabLines(t, "testdata/parsed_kinds.txt", 3) {
		a, _ := parseMarkup(f[0])
		if err := stage.Analyze(a); err != nil {
			t.Fatal(err)
		}
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range a.Events {
			if ev.Type == dossier.Assault && strings.HasPrefix(a.Doc.Text[ev.Trigger.Start:ev.Trigger.End], f[1]) {
				found = true
				if ev.Kind != f[2] {
					t.Errorf("%q: %q kind %q, want %q", f[0], f[1], ev.Kind, f[2])
				}
			}
		}
		if !found {
			t.Errorf("%q: no attack %q", f[0], f[1])
		}
	}
}

// TestParsedAttackSides checks the kind, side and force read for the attacks of the sentences of
// testdata/parsed_sides.txt, which go through the language layer's stage first.
func TestParsedAttackSides(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	for _, f := range testshared.TabLines(t, "testdata/parsed_sides.txt", 3) {
		a := analyzeParsed(t, stage, x, f[0])
		var got []string
		for _, ev := range a.Events {
			if ev.Type == dossier.Assault && strings.HasPrefix(a.Doc.Text[ev.Trigger.Start:ev.Trigger.End], f[1]) {
				got = append(got, ev.Kind+"|"+ev.By+"|"+ev.Force)
			}
		}
		if !slices.Contains(got, f[2]) {
			t.Errorf("%q: %q read as %q, want %q", f[0], f[1], got, f[2])
		}
	}
}
