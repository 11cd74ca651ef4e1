package crosscheck

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestAccusedSide checks which accusations of a force no name is given tie their side to an
// attack: one said in the attack's sentence, or one naming an attack in a document that tells
// no other; never two opposite sides, nor a denied one.
func TestAccusedSide(t *testing.T) {
	const text = "Shells hit the bakery in Belvar. Activists blamed the army for the shelling. State media blamed terrorists."
	first := dossier.Span{Start: 0, End: strings.Index(text, ".") + 1}
	second := dossier.Span{Start: first.End + 1, End: strings.Index(text, "shelling.") + len("shelling.")}
	third := dossier.Span{Start: second.End + 1, End: len(text)}
	accuse := func(sp dossier.Span, side, force string, attack bool) dossier.Claim {
		return dossier.Claim{Span: sp, Kind: dossier.ClaimAccuse, Event: -1, Side: side, Force: force, Attack: attack}
	}
	state, armed := accuse(second, "state", "", true), accuse(third, "armed group", "", false)
	tests := []struct {
		name      string
		claims    []dossier.Claim
		otherRaid bool // the document tells a second attack the reports leave out
		want      culprit
		at        dossier.Span
	}{
		{"said in the attack's sentence", []dossier.Claim{accuse(first, "state", "", false)}, false, culprit{side: "state"}, first},
		{"naming the one attack the page tells", []dossier.Claim{state}, false, culprit{side: "state"}, second},
		{"naming an attack of a page that tells two", []dossier.Claim{state}, true, culprit{}, dossier.Span{}},
		{"naming no attack, in another sentence", []dossier.Claim{armed}, false, culprit{}, dossier.Span{}},
		{"opposite sides", []dossier.Claim{state, accuse(third, "armed group", "", true)}, false, culprit{}, dossier.Span{}},
		{"the force a later one names", []dossier.Claim{state, accuse(third, "state", "Norland", true)}, false, culprit{side: "state", force: "Norland"}, second},
		{"denied", []dossier.Claim{{Span: second, Kind: dossier.ClaimAccuse, Event: -1, Side: "state", Attack: true, Negated: true}}, false, culprit{}, dossier.Span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := []dossier.Event{{Span: first, Type: dossier.Assault, Trigger: dossier.Span{Start: 0, End: len("Shells")}}}
			if tt.otherRaid {
				evs = append(evs, dossier.Event{Span: third, Type: dossier.Assault, Trigger: dossier.Span{Start: third.Start, End: third.Start + 5}})
			}
			a := &dossier.Analysis{Doc: dossier.Document{ID: "d1", Text: text, Sentences: simpleSentences(text)}, Events: evs, Claims: tt.claims}
			c := newCorpus([]*dossier.Analysis{a}, nil, nil)
			r := report{doc: 0, ev: 0, e: &c.docs[0].a.Events[0]}
			got, at, ok := accusedSide(c, r, []report{r})
			if got != tt.want || at != tt.at || ok != (tt.want.side != "") {
				t.Errorf("accusedSide = %+v at %v (%v), want %+v at %v", got, at, ok, tt.want, tt.at)
			}
		})
	}
}
