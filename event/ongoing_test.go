package event

import (
	"testing"

	"github.com/dossier-project/dossier"
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := parseMarkup(tt.text)
			if err := stage.Analyze(a); err != nil {
				t.Fatal(err)
			}
			if err := x.Analyze(a); err != nil {
				t.Fatal(err)
			}
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
