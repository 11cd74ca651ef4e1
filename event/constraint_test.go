package event

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestConstraints pairs sentences written for the project: in each pair the trigger must tell
// an event of the type in the first sentence and must not in the second.
func TestConstraints(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		typ       dossier.EventType
		fire, not string
	}{
		{dossier.Retreat, "[[The Hill Guard:ORG]] pulled out of [[Brenton:LOC]] on Monday.",
			"The force required to pull out the [[Vellum:ORG]] charging cable is small."},
		{dossier.Retreat, "[[The River Council:ORG]] withdrew its troops from [[Brenton:LOC]].",
			"[[The River Council:ORG]] withdrew the bill from [[Parliament:ORG]]."},
		{dossier.Concede, "[[The Border Guard:ORG]] released [[Tomas Rehn:PER]] and two other prisoners.",
			"[[Vellum:ORG]] released the new [[Slate Pro:MISC]] tablet last year."},
		{dossier.Concede, "[[The River Council:ORG]] freed [[Dario Venn:PER]] on Monday.",
			"[[Kavala Kings:ORG]] cut the lead on [[Pavel Orsk:PER]]'s free throws."},
		{dossier.Dismiss, "[[Dario Venn:PER]] stepped down as head of [[the River Council:ORG]].",
			"The new version of [[Slate:MISC]] is a marked step down from the old one."},
		{dossier.Dismiss, "[[The River Council:ORG]] replaced [[Dario Venn:PER]] with [[Pavel Orsk:PER]].",
			"[[Lena Dorsey:PER]] replaced her old bedding with feather pillows."},
		{dossier.Dismiss, "[[The River Council:ORG]] removed [[Dario Venn:PER]] from office.",
			"[[Lena Dorsey:PER]] then tried to remove [[Pavel Orsk:PER]]'s helmet."},
		{dossier.Dismiss, "[[The River Council:ORG]] removed [[Dario Venn:PER]] from office.",
			"[[Lena Dorsey:PER]] removed the ball from the stadium after the cup final."},
		{dossier.Concede, "[[The Border Guard:ORG]] released [[Tomas Rehn:PER]]'s family on Monday.",
			"[[Vellum:ORG]] released [[Lena Dorsey:PER]]'s new recordings last year."},
		{dossier.Support, "[[The River Council:ORG]] backed [[Pavel Orsk:PER]]'s bid for a second term.",
			"[[Vellum:ORG]] held back the faster chip from [[Pavel Orsk:PER]]'s team."},
		{dossier.Protest, "Thousands of workers demonstrated against [[the River Council:ORG]] in [[Brenton:LOC]].",
			"They demonstrated repeatedly against [[the Kavala Kings:ORG]] in the playoffs."},
		{dossier.Coerce, "[[The Hill Guard:ORG]] captured [[Brenton:LOC]] on Monday.",
			"[[Brenton United:ORG]] is a win away from capturing the league title."},
		{dossier.Support, "[[The River Council:ORG]] backed [[Pavel Orsk:PER]] in the vote.",
			"[[Lena Dorsey:PER]] said her back catalogue belongs to [[Slate Records:ORG]]."},
		{dossier.Support, "[[The River Council:ORG]] backed [[Pavel Orsk:PER]] in the vote.",
			"[[Vellum:ORG]] held back the faster chip from [[the Slate:MISC]]."},
		{dossier.Protest, "Thousands of supporters rallied in [[Brenton:LOC]] against [[Dario Venn:PER]].",
			"[[Pavel Orsk:PER]] rallied to beat [[Dario Venn:PER]] in the deciding doubles match."},
		{dossier.Protest, "Thousands of supporters rallied in [[Brenton:LOC]] against [[Dario Venn:PER]].",
			"Traders attributed the rally in bank stocks to the ruling of [[the Supreme Court:ORG]]."},
		{dossier.Consult, "[[Pavel Orsk:PER]] held a meeting with [[Lena Dorsey:PER]] in [[Kavala:LOC]].",
			"[[The Kavala Kings:ORG]] had won all previous 15 meetings with [[Brenton United:ORG]] in the league."},
		{dossier.Agree, "[[The River Council:ORG]] agreed to a ceasefire with [[the Hill Guard:ORG]].",
			"[[Lena Dorsey:PER]] and her brother [[Dario Venn:PER]] agreed to an interview."},
		{dossier.Agree, "It was agreed that [[Pavel Orsk:PER]] would take over peacefully.",
			"Many traders agree that [[Vellora:LOC]] has long had the upper hand."},
		{dossier.Agree, "[[The River Council:ORG]] signed a truce with [[the Hill Guard:ORG]].",
			"Sign up for the [[Brenton Daily:ORG]] newsletter today."},
		{dossier.Appoint, "[[The River Council:ORG]] installed [[Pavel Orsk:PER]] as governor.",
			"Cover image: the lighting installation by [[Koru Studio:ORG]] at the [[Brenton Light Festival:MISC]]."},
		{dossier.Coerce, "[[The Hill Guard:ORG]] surrounded the base in [[Brenton:LOC]].",
			"The [[Slate:MISC]] is the only device with 4K streaming and 5.1 surround sound."},
		{dossier.Coerce, "The town of [[Brenton:LOC]] was surrounded on Monday.",
			"Several thousand teachers surrounded the town hall of [[Brenton:LOC]] to call for better pay."},
		{dossier.Assault, "[[The Hill Guard:ORG]] shelled [[Brenton:LOC]] on Monday.",
			"The water may come from a lake of melted ice within [[Vellora:ORG]]'s shell."},
		{dossier.Request, "[[The River Council:ORG]] asked [[the Hill Guard:ORG]] to release the men.",
			"[[Lena Dorsey:PER]] asked [[Pavel Orsk:PER]] about the concerns of the staff."},
		{dossier.Threaten, "[[The Hill Guard:ORG]] threatened to attack [[Brenton:LOC]].",
			"Rising tensions are threatening to put the brakes on growth in [[Vellora:LOC]]."},
		{dossier.Travel, "[[Pavel Orsk:PER]] headed to [[Kavala:LOC]] on Monday.",
			"[[The Slate:MISC]] could arrive in the future, [[Vellum:ORG]] said."},
		{dossier.Assault, "The gunman attacked [[Dario Venn:PER]] outside his home.",
			"[[Lena Dorsey:PER]] attacked [[Pavel Orsk:PER]] for his comments on taxes."},
		{dossier.Assault, "[[Lena Dorsey:PER]] attacked [[Pavel Orsk:PER]] with a knife.",
			"[[Lena Dorsey:PER]] attacked [[Pavel Orsk:PER]] on the debate stage."},
		{dossier.Assault, "[[Lena Dorsey:PER]] was hospitalised after the attacks on [[Pavel Orsk:PER]].",
			"[[Lena Dorsey:PER]] led the attacks on [[Pavel Orsk:PER]]'s record as governor."},
		{dossier.Assault, "[[The Hill Guard:ORG]] attacked the rebels with barrel bombs on the debate day.",
			"[[Dario Venn:PER]] attacked the policies of [[the River Council:ORG]]."},
		{dossier.Assault, "[[Lena Dorsey:PER]] attacked [[Pavel Orsk:PER]] over the border with a rifle.",
			"[[Lena Dorsey:PER]] attacked [[Pavel Orsk:PER]] over his vote on taxes."},
		{dossier.Assault, "[[Lena Dorsey:PER]]'s attacks on [[Pavel Orsk:PER]] left him badly injured.",
			"[[Lena Dorsey:PER]]'s attacks on [[Pavel Orsk:PER]] fell flat at the debate."},
		{dossier.Assault, "The militiamen took turns attacking [[Brenton:LOC]] with mortars.",
			"The group of five took turns attacking [[Pavel Orsk:PER]] in the debate."},
		{dossier.Assault, "Gunmen killed [[Dario Venn:PER]] in [[Brenton:LOC]].",
			"[[Dario Venn:PER]] was killed in a helicopter crash in [[Brenton:LOC]]."},
	}
	has := func(got []string, typ dossier.EventType) bool {
		for _, g := range got {
			if strings.HasPrefix(g, string(typ)+" ") {
				return true
			}
		}
		return false
	}
	for _, tt := range tests {
		t.Run(string(tt.typ)+" "+tt.not, func(t *testing.T) {
			if got := run(t, x, tt.fire); !has(got, tt.typ) {
				t.Errorf("no %s in %q\ngot: %q", tt.typ, tt.fire, got)
			}
			if got := run(t, x, tt.not); has(got, tt.typ) {
				t.Errorf("unwanted %s in %q\ngot: %q", tt.typ, tt.not, got)
			}
		})
	}
}

// TestDomainsOfDocument checks that three different cues make a domain hold in a document.
func TestDomainsOfDocument(t *testing.T) {
	x := newExtractor(t)
	d := x.lx.domainsOf("The striker scored twice as the league leaders won the match.")
	if !d["sport"] {
		t.Errorf("sport not found: %v", d)
	}
	if d := x.lx.domainsOf("The council met the elders and agreed to a truce."); len(d) != 0 {
		t.Errorf("domains in a political text: %v", d)
	}
}
