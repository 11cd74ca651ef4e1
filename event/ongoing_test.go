package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/syntax"
)

// TestOngoing checks which attacks are told as going on or recurring: the text goes through
// the language layer's stage first, as in the pipeline.
func TestOngoing(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"one dated shelling", "[[The Northern Army:ORG]] shelled the market in [[Belvar:LOC]] on {{Monday:2024-06-03}}.", false},
		{"a past attack in the perfect", "[[The Northern Army:ORG]] has attacked [[Belvar:LOC]].", false},
		{"what several have all done", "[[The Northern Army:ORG]], its ally [[Ostria:LOC]] and [[the Kestrel Brigade:ORG]] have all carried out air strikes on [[Belvar:LOC]].", true},
		{"progressive perfect", "[[The Northern Army:ORG]] has been carrying out air strikes on [[Belvar:LOC]].", true},
		{"keeps shelling", "[[The Kestrel Brigade:ORG]] keeps shelling villages across [[Ostria:LOC]].", true},
		{"continued its bombardment", "[[The Northern Army:ORG]] continued its bombardment of [[Belvar:LOC]].", true},
		{"daily raids", "Residents of [[Belvar:LOC]] fled the daily air raids.", true},
		{"a running span", "[[The Northern Army:ORG]] has killed thousands of people in [[Ostria:LOC]] since 2011.", true},
		{"over the past years", "Rebels attacked convoys near [[Belvar:LOC]] over the past three years.", true},
		{"a span told of another word", "Rebels in power in [[Varla:LOC]] since 2019 shelled the market in [[Belvar:LOC]] on {{Monday:2024-06-03}}.", false},
		{"a span told in a relative clause", "[[The Northern Army:ORG]] shelled [[Belvar:LOC]], which it has held since 2019, on {{Monday:2024-06-03}}.", false},
		{"repeatedly", "Militants repeatedly attacked the checkpoint at [[Belvar:LOC]].", true},
		{"continued to shell", "[[The Northern Army:ORG]] continued to shell [[Belvar:LOC]].", true},
		{"a span on the copula", "The air strikes on [[Belvar:LOC]] have been relentless since 2019.", true},
		{"continued for weeks", "The shelling of [[Belvar:LOC]] continued for weeks.", true},
		{"continued to carry out", "[[The Northern Army:ORG]] continued to carry out air strikes on [[Belvar:LOC]], killing 12 people.", true},
		{"continue to kill through", "Government forces continue to kill civilians through air strikes on [[Belvar:LOC]].", true},
		{"a copula of a participant", "The air strikes on [[Belvar:LOC]], a town that has been quiet since 2019, killed 12 people on {{Monday:2024-06-03}}.", false},
		{"clashes continued", "Clashes continued between [[the Northern Army:ORG]] and rebels in [[Belvar:LOC]].", true},
		{"amid ongoing bombardment", "Six people died in [[Belvar:LOC]] amid the ongoing bombardment of the town.", true},
		{"the continued attacks", "The continued attacks on [[Belvar:LOC]] killed a man and a woman.", true},
		{"an attack on a day the shelling continued", "[[The Northern Army:ORG]] shelled the market in [[Belvar:LOC]] on {{Monday:2024-06-03}}, as talks continued in [[Varla:LOC]].", false},
		{"dozens of strikes have been targeting", "Dozens of airstrikes have been targeting [[Belvar:LOC]] on a daily basis.", true},
		{"repeatedly struck by rocket fire", "The town of [[Belvar:LOC]] has been repeatedly struck by rocket fire.", true},
		{"a subject of one dated strike", "Dozens of airstrikes hit [[Belvar:LOC]] on {{Monday:2024-06-03}}, killing 12 people.", false},
		{"a span in a clause of being", "The shelling of [[Belvar:LOC]] has been going on for months.", true},
		{"since a day", "At least 40 fighters were killed and 20 soldiers died since {{Tuesday:2024-06-04}} in the fight for [[Belvar:LOC]].", true},
		{"halted air strikes", "[[The Northern Army:ORG]] halted air strikes on [[Belvar:LOC]] for a two-day pause.", true},
		{"an end to the bombing", "[[Ostria:LOC]] vetoed a resolution calling for an end to the bombing of [[Belvar:LOC]].", true},
		{"believed to be accompanied by strikes", "Their advances in [[Belvar:LOC]] are widely believed to be accompanied by [[Ostrian:LOC]] air strikes.", true},
		{"believed to have struck", "Jets believed to have struck [[Belvar:LOC]] on {{Monday:2024-06-03}} killed 12 people.", false},
		{"believed of the attackers", "Jets believed to be from [[Ostria:LOC]] bombed [[Belvar:LOC]] on {{Monday:2024-06-03}}.", false},
		{"resumed bombing on a day", "Jets resumed the bombing of [[Belvar:LOC]] on {{Monday:2024-06-03}}, killing 26 people.", false},
		{"a shelling that halted talks", "The shelling of [[Belvar:LOC]] on {{Monday:2024-06-03}} halted the talks.", false},
		{"on a day, after a span elsewhere", "[[The Northern Army:ORG]], in [[Varla:LOC]] since {{May:2024-05}}, shelled [[Belvar:LOC]] on {{Monday:2024-06-03}}.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyzeParsed(t, stage, x, tt.text)
			found := false
			for _, ev := range a.Events {
				if ev.Type != dossier.Assault {
					continue
				}
				found = true
				if ev.Ongoing != tt.want {
					t.Errorf("%q (%q): ongoing %v, want %v", ev.Text, ev.Word, ev.Ongoing, tt.want)
				}
			}
			if !found {
				t.Errorf("%q: no attack", tt.text)
			}
		})
	}
}

// TestCampaignFigures checks that a toll whose killing an attack noun told as going on carries
// is a campaign's total, and that the tolls of the other incidents of the text stay one
// incident's.
func TestCampaignFigures(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // each figure as "text total"
	}{
		{"killed in the ongoing assault, beside a dated car bomb",
			"At least 30 people were killed in the ongoing assault on [[Belvar:LOC]]. " +
				"A car bomb killed 14 people in [[Kessin:LOC]] on {{Monday:2024-06-03}}.",
			[]string{"At least 30 true", "14 false"}},
		{"the subject of the killing",
			"The ongoing assault on [[Belvar:LOC]] has killed 30 people. Rockets hit [[Darun:LOC]] on {{Sunday:2024-06-02}}, killing two.",
			[]string{"30 true", "two false"}},
		{"killed by a doer in the continuing bombardment",
			"[[The Northern Army:ORG]] killed 12 civilians in the continuing bombardment of [[Belvar:LOC]]. " +
				"Shelling of [[Morvik:LOC]] killed three people on {{Sunday:2024-06-02}}.",
			[]string{"12 true", "three false"}},
		{"killed in daily raids", "Nine people were killed in daily air raids on [[Belvar:LOC]].", []string{"Nine true"}},
		{"an assault of one day",
			"At least 30 people were killed in the assault on [[Belvar:LOC]] on {{Monday:2024-06-03}}.",
			[]string{"At least 30 false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyzeParsed(t, stage, x, tt.text)
			var got []string
			for _, f := range allFigures(a) {
				got = append(got, fmt.Sprintf("%s %v", f.Text, f.Total))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("figures %q, want %q", got, tt.want)
			}
		})
	}
}

// analyzeParsed reads the events of a marked-up text that the language layer's stage has
// parsed first, as in the pipeline.
func analyzeParsed(t *testing.T, stage *syntax.Stage, x *Extractor, text string) *dossier.Analysis {
	t.Helper()
	a, _ := parseMarkup(text)
	if err := stage.Analyze(a); err != nil {
		t.Fatal(err)
	}
	if err := x.Analyze(a); err != nil {
		t.Fatal(err)
	}
	return a
}
