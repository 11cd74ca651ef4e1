package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// stateCorpus is a corpus of entities of the names given, whose language data knows two
// invented countries, Norland (adjective Norlandic) and Ostria (Ostrian), and the embedded words
// for a state's own side.
func stateCorpus(names ...string) *corpus {
	types := make([]dossier.EntityType, len(names))
	for i := range types {
		types[i] = dossier.ORG
	}
	c := &corpus{attacks: DefaultAttacks(), entIDs: names, entName: names, entType: types}
	c.words = &words{
		nation:   map[string]string{"norland": "Norland", "norlandic": "Norland", "ostria": "Ostria", "ostrian": "Ostria"},
		stateOwn: en.Embedded().StateSide(en.StateOwn),
	}
	return c
}

// TestStateOf checks which names name a state's own side: the country, or its adjective with
// words for its government or forces alone; not a group that carries the country's name.
func TestStateOf(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Norland", "Norland"},
		{"the Norlandic regime", "Norland"},
		{"Norlandic government", "Norland"},
		{"Norlandic government forces", "Norland"},
		{"Norlandic troops", "Norland"},
		{"the Norlandic armed forces", "Norland"},
		{"Ostrian army", "Ostria"},
		{"the Free Norlandic Army", ""},
		{"Norlandic Democratic Forces", ""},
		{"the Norlandic opposition", ""},
		{"Norlandic Army Operations Room", ""},
		{"the Valley Front", ""},
	}
	var names []string
	for _, tt := range tests {
		names = append(names, tt.name)
	}
	c := stateCorpus(names...)
	for i, tt := range tests {
		if got := c.stateOf(i); got != tt.want {
			t.Errorf("stateOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := c.stateOf(-1); got != "" {
		t.Errorf("stateOf(-1) = %q, want none", got)
	}
}

// TestStateSideDispute checks that outlets naming two names of one state's side as who carried
// out an attack do not dispute it, while two states, or a state and a group named after its
// country, do; and that an attack and the answer to it, each side the other's target, are two
// deeds, not a dispute.
func TestStateSideDispute(t *testing.T) {
	c := stateCorpus("the Norlandic regime", "Norlandic government forces", "Norland", "Ostrian army",
		"the Free Norlandic Army", "the Valley Front", "Norlandic army", "Norlandic troops")
	const regime, govForces, country, ostrian, freeArmy, front, army, troops = 0, 1, 2, 3, 4, 5, 6, 7
	tests := []struct {
		name   string
		claims []blame
		want   bool
	}{
		{"the regime and government forces", []blame{
			{doc: 0, accused: []int{regime}, byEnt: -1},
			{doc: 1, accused: []int{govForces}, byEnt: -1, by: "a monitor", sourced: true},
		}, false},
		{"a country and its regime", []blame{
			{doc: 0, accused: []int{country}, byEnt: -1},
			{doc: 1, accused: []int{regime}, byEnt: -1},
		}, false},
		{"two states' forces", []blame{
			{doc: 0, accused: []int{regime}, byEnt: -1},
			{doc: 1, accused: []int{ostrian}, byEnt: -1},
		}, true},
		{"the regime and a group named after the country", []blame{
			{doc: 0, accused: []int{regime}, byEnt: -1},
			{doc: 1, accused: []int{freeArmy}, byEnt: -1},
		}, true},
		{"the army ambushing the Front and the Front killing the troops", []blame{
			{doc: 0, accused: []int{army}, target: []int{front}, deed: true, byEnt: -1},
			{doc: 1, accused: []int{front}, target: []int{troops}, deed: true, byEnt: -1},
		}, false},
		{"the army and the Front each said to have hit one town", []blame{
			{doc: 0, accused: []int{army}, target: []int{9}, deed: true, byEnt: -1},
			{doc: 1, accused: []int{front}, target: []int{9}, deed: true, byEnt: -1},
		}, true},
	}
	for _, tt := range tests {
		if got := disputedClaims(c, tt.claims); got != tt.want {
			t.Errorf("%s: disputed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRolesSwapped checks that two reports each of whose actor is the other's target are not
// one incident, unless they are one word read both ways ("clashes between A and B").
func TestRolesSwapped(t *testing.T) {
	c := stateCorpus("Norlandic army", "the Valley Front", "Norlandic troops", "Brenton")
	const army, front, troops, town = 0, 1, 2, 3
	ambush := &passEvent{Trigger: dossier.Span{Start: 10, End: 18}}
	massacre := &passEvent{Trigger: dossier.Span{Start: 40, End: 48}}
	tests := []struct {
		name string
		a, b report
		want bool
	}{
		{"the army ambushed the Front; the Front killed the troops",
			report{doc: 0, e: ambush, actor: []int{army}, target: []int{front}},
			report{doc: 1, e: massacre, actor: []int{front}, target: []int{troops}}, true},
		{"clashes between the army and the Front, read both ways",
			report{doc: 0, e: ambush, actor: []int{army}, target: []int{front}},
			report{doc: 0, e: ambush, actor: []int{front}, target: []int{army}}, false},
		{"two outlets blaming the army and the Front for shelling one town",
			report{doc: 0, e: ambush, actor: []int{army}, target: []int{town}},
			report{doc: 1, e: massacre, actor: []int{front}, target: []int{town}}, false},
		{"one report names no target",
			report{doc: 0, e: ambush, actor: []int{army}},
			report{doc: 1, e: massacre, actor: []int{front}, target: []int{troops}}, false},
	}
	for _, tt := range tests {
		if got := c.rolesSwapped(&tt.a, &tt.b); got != tt.want {
			t.Errorf("%s: rolesSwapped = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestClaimByPlace checks that a town is never quoted as the one who says a claim, while a
// group or a country is.
func TestClaimByPlace(t *testing.T) {
	pl := testPlaces(t, norlandPlaces)
	tests := []struct {
		text, by string
		typ      dossier.EntityType
		want     string
		wantEnt  bool
	}{
		{"Militants killed 40 soldiers in the province of Brenton, reports indicate.", "Brenton", dossier.LOC, "", false},
		{"The Valley Front said the army shelled the market.", "Valley Front", dossier.ORG, "Valley Front", true},
		{"Norland said rebels shelled the market.", "Norland", dossier.LOC, "Norland", true},
	}
	for _, tt := range tests {
		c := oneDoc(tt.text, map[string]dossier.EntityType{tt.by: tt.typ})
		c.places = pl
		got, e := c.claimBy(c.docs[0], &dossier.Claim{By: dossier.Party{Chain: 0}, ByText: tt.by})
		if got != tt.want || (e >= 0) != tt.wantEnt {
			t.Errorf("%q: claimBy = %q, %d, want %q (an entity: %v)", tt.text, got, e, tt.want, tt.wantEnt)
		}
	}
}
