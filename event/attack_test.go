package event

import (
	"strings"
	"testing"
)

// TestAttacks checks attacks, their tolls and the blame for them on sentences written for the
// project: every event of each input is listed.
func TestAttacks(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, src string
		want      []string
	}{
		{"active verb with time", "[[The Hill Guard:ORG]] shelled [[Brenton:LOC]] on {{Monday:2022-05-02}}.",
			[]string{"ASSAULT actor=The Hill Guard target=Brenton t=2022-05-02"}},
		{"nominalisation with its toll", "The shelling of [[Brenton:LOC]] on {{Monday:2022-05-02}} killed nine people.",
			[]string{`ASSAULT place=Brenton t=2022-05-02 n="nine"`}},
		{"shells hit, participial toll", "An airstrike hit a school in [[Kavala:LOC]] on {{Monday:2022-05-02}}, killing 12 children.",
			[]string{`ASSAULT place=Kavala t=2022-05-02 n="12"`}},
		{"passive toll and the attack of its when-clause",
			"At least 14 civilians were killed on {{Monday:2022-05-02}} when shells hit the central market in [[Brenton:LOC]], local medics said.",
			[]string{`ASSAULT place=Brenton t=2022-05-02 m=reported src="local medics" n="At least 14"`}},
		{"place name as a modifier", "The shelling of the [[Brenton:ORG]] market killed six people.",
			[]string{`ASSAULT place=Brenton n="six"`}},
		{"reported attack keeps its actor", "Officials said [[the Hill Guard:ORG]] shelled the market in [[Brenton:LOC]] on {{Monday:2022-05-02}}, killing nine people.",
			[]string{`ASSAULT actor=the Hill Guard place=Brenton t=2022-05-02 m=reported src="Officials" n="nine"`}},
		{"struck", "[[The Hill Guard:ORG]] struck the convoy near [[Vellora:LOC]].",
			[]string{"ASSAULT actor=The Hill Guard place=Vellora"}},
		{"opened fire", "Gunmen opened fire on worshippers in [[Brenton:LOC]], killing five.",
			[]string{`ASSAULT place=Brenton n="five"`}},
		{"ambushed", "Militants ambushed a patrol of [[the River Council:ORG]] near [[Vellora:LOC]].",
			[]string{"ASSAULT target=the River Council place=Vellora"}},
		{"attack on", "An attack on a checkpoint in [[Brenton:LOC]] killed three soldiers.",
			[]string{`ASSAULT place=Brenton n="three"`}},
		{"raid", "[[The River Council:ORG]] carried out a raid on [[Vellora:LOC]].",
			[]string{"ASSAULT actor=The River Council place=Vellora"}},
		{"drone strike", "A drone strike on [[Kavala:LOC]] killed two people.",
			[]string{`ASSAULT place=Kavala n="two"`}},
		{"car bomb", "A car bomb exploded in [[Brenton:LOC]], killing 14 people.",
			[]string{`ASSAULT place=Brenton n="14"`}},
		{"suicide bombing", "A suicide bombing in [[Brenton:LOC]] killed 20.",
			[]string{`ASSAULT place=Brenton n="20"`}},
		{"massacre", "Gunmen massacred villagers in [[Oakvale:LOC]].", []string{"ASSAULT place=Oakvale"}},
		{"clashed with: both ways", "[[The Hill Guard:ORG]] clashed with [[the River Council:ORG]] in [[Brenton:LOC]].", []string{
			"ASSAULT actor=The Hill Guard target=the River Council place=Brenton",
			"ASSAULT actor=the River Council target=The Hill Guard place=Brenton",
		}},
		{"clashes between", "Clashes between [[the Hill Guard:ORG]] and [[the River Council:ORG]] left six dead.", []string{
			`ASSAULT actor=the Hill Guard target=the River Council n="six"`,
			`ASSAULT actor=the River Council target=the Hill Guard n="six"`,
		}},
		{"mutual shelling between", "Six died in mutual shelling between [[the Hill Guard:ORG]] and [[the River Council:ORG]].", []string{
			`ASSAULT actor=the Hill Guard target=the River Council n="Six"`,
			`ASSAULT actor=the River Council target=the Hill Guard n="Six"`,
		}},
		{"a make of weapon is no target", "[[The Hill Guard:ORG]] fired [[Kestrel:MISC]] missiles at [[Brenton:LOC]] on {{Monday:2022-05-02}}.",
			[]string{"ASSAULT actor=The Hill Guard place=Brenton t=2022-05-02"}},
		{"attack by, however the parse hangs the agent", "Four soldiers have been injured in an attack by [[the Hill Guard:ORG]] group in northern [[Norland:LOC]].",
			[]string{`ASSAULT actor=the Hill Guard place=Norland n="Four"`}},
		{"killed in clashes with", "Three villagers were killed in clashes with [[the Hill Guard:ORG]] near [[Brenton:LOC]].",
			[]string{`ASSAULT actor=the Hill Guard place=Brenton n="Three"`}},
		{"a running total of the dead tells no attack", "More than 200000 people have died in the war since 2011.", nil},
		{"a neighbourhood named before its noun", "Rockets fell on the [[Zelva:LOC]] neighbourhood of [[Brenton:LOC]].",
			[]string{"ASSAULT place=Zelva place=Brenton"}},
		{"a clash with someone unnamed is not the subject's", "[[The River Council:ORG]] removed [[Dario Venn:PER]] after a deadly clash with tribal fighters.",
			[]string{"DISMISS actor=The River Council target=Dario Venn"}},
		{"a toll refers back to the attack, as an update",
			"[[The Hill Guard:ORG]] shelled [[Brenton:LOC]] on {{Monday:2022-05-02}}. The death toll rose to 21, medics said.", []string{
				"ASSAULT actor=The Hill Guard target=Brenton t=2022-05-02",
				`ASSAULT place=Brenton t=2022-05-02 m=reported src="medics" n="rose to 21"`,
			}},
		{"a toll that names the attack",
			"The death toll from {{Monday's:2022-05-02}} shelling of the [[Brenton:ORG]] market rose to 21, officials said on {{Tuesday:2022-05-03}}.",
			[]string{`ASSAULT place=Brenton t=2022-05-02 m=reported src="officials" n="rose to 21"`}},
		{"a toll alone is no event", "The death toll was nine, the ministry said.", nil},
		{"blamed for the attack takes its place and time",
			"[[The Hill Guard:ORG]] shelled [[Brenton:LOC]] on {{Monday:2022-05-02}}. Residents blamed [[the River Council:ORG]] for the attack.", []string{
				"ASSAULT actor=The Hill Guard target=Brenton t=2022-05-02",
				"ACCUSE target=the River Council place=Brenton t=2022-05-02",
			}},
		{"denial and counter-accusation",
			"Shells hit [[Brenton:LOC]]. [[The Hill Guard:ORG]] denied any involvement and accused [[the River Council:ORG]] of carrying out the attack.", []string{
				"ASSAULT place=Brenton",
				"ASSAULT actor=The Hill Guard place=Brenton m=denied",
				"ACCUSE actor=The Hill Guard target=the River Council place=Brenton",
				"ASSAULT actor=the River Council place=Brenton m=alleged src=The Hill Guard",
			}},
		{"a denial with no attack told is no event", "[[The Hill Guard:ORG]] denied any involvement.", nil},
		{"blamed each other", "Shells hit [[Brenton:LOC]]. [[The Hill Guard:ORG]] and [[the River Council:ORG]] blamed each other.", []string{
			"ASSAULT place=Brenton",
			"ACCUSE actor=The Hill Guard target=the River Council place=Brenton m=uncertain",
			"ACCUSE actor=the River Council target=The Hill Guard place=Brenton m=uncertain",
		}},
		{"who fired is not known", "Shells hit [[Brenton:LOC]]. [[Dario Venn:PER]] said it was not clear who fired the shells.",
			[]string{"ASSAULT place=Brenton"}},
		// Must not fire.
		{"heart attack", "[[Dario Venn:PER]] died of a heart attack in [[Brenton:LOC]].", nil},
		{"attacking midfielder", "[[Pavel Orsk:PER]], an attacking midfielder, joined [[Brenton United:ORG]] from [[Kavala:LOC]].", nil},
		{"attack in a match", "[[Brenton United:ORG]] attacked from the start of the match.", nil},
		{"struck a deal", "[[The River Council:ORG]] struck a deal with [[the Hill Guard:ORG]].", []string{"AGREE target=the Hill Guard other=The River Council"}},
		{"earthquake", "The earthquake struck [[Brenton:LOC]] on {{Monday:2022-05-02}}, killing 40 people.", nil},
		{"toll of a flood", "The death toll from the floods in [[Brenton:LOC]] rose to 21.", nil},
		{"attacked a proposal", "[[Lena Dorsey:PER]] attacked the proposal in a speech in [[Kavala:LOC]].", nil},
		{"labour strike", "Workers at [[Vellum:ORG]] went on strike in [[Brenton:LOC]].", nil},
		{"box office", "The film bombed at the box office in [[Kavala:LOC]].", nil},
		{"fired from a job", "[[The River Council:ORG]] fired [[Dario Venn:PER]].", []string{"DISMISS actor=The River Council target=Dario Venn"}},
		{"killed a bill", "The senators killed the bill in [[Kavala:LOC]].", nil},
		{"allowed to strike", "[[The Hill Guard:ORG]] is only authorized to strike [[the River Council:ORG]].", nil},
		{"attacks as a kind of act", "[[The Hill Guard:ORG]], whose fighters were accused of carrying out terrorist attacks in the past, joined [[the River Council:ORG]].",
			[]string{"ACCUSE target=The Hill Guard m=alleged"}},
		{"far subject of a passive toll", "[[Pavel Orsk:PER]] replaced [[Dario Venn:PER]] after a clash in which 12 fighters were killed.",
			[]string{`DISMISS target=Dario Venn n="12"`, `APPOINT target=Pavel Orsk n="12"`, "ASSAULT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, x, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tt.src, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
