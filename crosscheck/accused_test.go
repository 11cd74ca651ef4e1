package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestAccusedSide checks which accusations of a force no name is given tie their side to an
// attack: one said in the attack's sentence, one naming an attack in a document that tells no
// other, or one naming an attack in the sentence right after the attack's that tells none at a
// place of its own; never two opposite sides, nor a denied one, nor, outside the attack's
// sentence, one said with a denial (the accused's answer). The sentence quoted is the one
// naming the force when a later one does.
func TestAccusedSide(t *testing.T) {
	const text = "Shells hit the bakery in Belvar. Activists blamed the army for the shelling. State media blamed terrorists. Crowds gathered at noon. Gunmen raided a farm."
	ss := simpleSentences(text)
	first, second, third, fourth, fifth := ss[0], ss[1], ss[2], ss[3], ss[4]
	accuse := func(sp dossier.Span, side, force string, attack bool) dossier.Claim {
		return dossier.Claim{Span: sp, Kind: dossier.ClaimAccuse, Event: -1, Side: side, Force: force, Attack: attack}
	}
	raid := func(sp dossier.Span, args ...dossier.Arg) dossier.Event {
		return dossier.Event{Span: sp, Type: dossier.Assault, Trigger: dossier.Span{Start: sp.Start, End: sp.Start + 5}, Args: args}
	}
	state, armed := accuse(second, "state", "", true), accuse(third, "armed group", "", false)
	tests := []struct {
		name   string
		claims []dossier.Claim
		others []dossier.Event // attacks the document tells that the reports leave out
		want   culprit
		at     dossier.Span
	}{
		{"said in the attack's sentence", []dossier.Claim{accuse(first, "state", "", false)}, nil, culprit{side: "state"}, first},
		{"naming the one attack the page tells", []dossier.Claim{state}, nil, culprit{side: "state"}, second},
		{"naming an attack right after it, on a page that tells two", []dossier.Claim{state}, []dossier.Event{raid(fifth)}, culprit{side: "state"}, second},
		{"naming an attack two sentences after it, on a page that tells two", []dossier.Claim{accuse(third, "state", "", true)}, []dossier.Event{raid(fifth)}, culprit{}, dossier.Span{}},
		{"right after it, telling an attack at a place of its own", []dossier.Claim{state},
			[]dossier.Event{raid(second, dossier.Arg{Role: "place", Chain: 0})}, culprit{}, dossier.Span{}},
		{"right after it, naming no attack, on a page that tells two", []dossier.Claim{accuse(second, "state", "", false)}, []dossier.Event{raid(fifth)}, culprit{}, dossier.Span{}},
		{"said with a denial, on the page's one attack", []dossier.Claim{state, {Span: second, Kind: dossier.ClaimDeny, Event: -1}}, nil, culprit{}, dossier.Span{}},
		{"said with a denial, in the attack's own sentence", []dossier.Claim{accuse(first, "state", "", true), {Span: first, Kind: dossier.ClaimDeny, Event: -1}}, nil,
			culprit{side: "state"}, first},
		{"naming no attack, in another sentence", []dossier.Claim{armed}, nil, culprit{}, dossier.Span{}},
		{"opposite sides", []dossier.Claim{state, accuse(third, "armed group", "", true)}, nil, culprit{}, dossier.Span{}},
		{"the force a later one names", []dossier.Claim{state, accuse(fourth, "state", "Norland", true)}, nil, culprit{side: "state", force: "Norland"}, fourth},
		{"the force the first names, a later one naming none", []dossier.Claim{accuse(second, "state", "Norland", true), accuse(fourth, "state", "", true)}, nil,
			culprit{side: "state", force: "Norland"}, second},
		{"denied", []dossier.Claim{{Span: second, Kind: dossier.ClaimAccuse, Event: -1, Side: "state", Attack: true, Negated: true}}, nil, culprit{}, dossier.Span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := append([]dossier.Event{raid(first)}, tt.others...)
			a := &dossier.Analysis{Doc: dossier.Document{ID: "d1", Text: text, Sentences: ss}, Events: evs, Claims: tt.claims}
			c := newCorpus([]*dossier.Analysis{a}, nil, nil)
			r := report{doc: 0, ev: 0, e: &c.docs[0].a.Events[0]}
			got, at, ok := accusedSide(c, r, []report{r})
			if got != tt.want || at != tt.at || ok != (tt.want.side != "") {
				t.Errorf("accusedSide = %+v at %v (%v), want %+v at %v", got, at, ok, tt.want, tt.at)
			}
		})
	}
}
