package crosscheck

import "testing"

// TestDisputed checks when claims about one attack disagree on who did it.
func TestDisputed(t *testing.T) {
	c := &corpus{attacks: DefaultAttacks()}
	tests := []struct {
		name   string
		claims []blame
		want   bool
	}{
		{"one outlet naming one culprit twice", []blame{
			{doc: 0, accused: []int{1}, byEnt: -1},
			{doc: 0, accused: []int{1}, byEnt: -1},
		}, false},
		{"two outlets naming the same culprit", []blame{
			{doc: 0, accused: []int{1}, byEnt: -1},
			{doc: 1, accused: []int{1}, byEnt: -1},
		}, false},
		{"two outlets naming different culprits", []blame{
			{doc: 0, accused: []int{1}, byEnt: -1},
			{doc: 1, accused: []int{2}, byEnt: -1},
		}, true},
		{"a copied sentence is no second voice", []blame{
			{doc: 0, accused: []int{1}, byEnt: -1, echo: "k"},
			{doc: 1, accused: []int{2}, byEnt: -1, echo: "k"},
		}, false},
		{"one outlet quoting two sources who differ on one target", []blame{
			{doc: 0, accused: []int{1}, target: []int{5}, byEnt: 3, by: "the ministry", sourced: true},
			{doc: 0, accused: []int{2}, target: []int{5}, byEnt: 4, by: "the rebels", sourced: true},
		}, true},
		{"one outlet quoting two sources who differ on one kind", []blame{
			{doc: 0, accused: []int{1}, kind: "car bomb", byEnt: 3, by: "the ministry", sourced: true},
			{doc: 0, accused: []int{2}, kind: "car bomb", byEnt: 4, by: "the rebels", sourced: true},
		}, true},
		{"one outlet quoting two sources on acts with nothing in common", []blame{
			{doc: 0, accused: []int{1}, target: []int{5}, byEnt: 3, by: "the ministry", sourced: true},
			{doc: 0, accused: []int{2}, target: []int{6}, byEnt: 4, by: "the rebels", sourced: true},
		}, false},
		{"an attack and the answer to it: each actor the other's target", []blame{
			{doc: 0, accused: []int{1}, target: []int{2}, deed: true, byEnt: -1},
			{doc: 1, accused: []int{2}, target: []int{1}, kind: "suicide bombing", deed: true, byEnt: -1},
		}, false},
		{"one outlet, the guards shooting the bombers and the bombers attacking the guards", []blame{
			{doc: 0, accused: []int{1}, target: []int{2}, deed: true, byEnt: 3, by: "the commander", sourced: true},
			{doc: 0, accused: []int{2}, target: []int{1}, kind: "suicide bombing", deed: true, byEnt: 4, by: "a witness", sourced: true},
		}, false},
		{"deeds of kinds that cannot name one attack", []blame{
			{doc: 0, accused: []int{1}, kind: "air strike", deed: true, byEnt: -1},
			{doc: 1, accused: []int{2}, kind: "car bomb", deed: true, byEnt: -1},
		}, false},
		{"two outlets blaming different actors for one target", []blame{
			{doc: 0, accused: []int{1}, target: []int{5}, deed: true, byEnt: -1},
			{doc: 1, accused: []int{2}, target: []int{5}, deed: true, byEnt: -1},
		}, true},
		{"mutual blame against a claim elsewhere", []blame{
			{doc: 0, accused: []int{1, 2}, mutual: true, byEnt: -1},
			{doc: 1, accused: []int{1}, byEnt: -1},
		}, true},
	}
	for _, tt := range tests {
		if got := disputedClaims(c, tt.claims); got != tt.want {
			t.Errorf("%s: disputed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// disputedClaims is c.disputed of the claims given by value.
func disputedClaims(c *corpus, claims []blame) bool {
	ptrs := make([]*blame, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	return c.disputed(ptrs)
}

// TestWeeksApart checks when claims of one town are too far apart in time to be of one attack.
func TestWeeksApart(t *testing.T) {
	tests := []struct {
		name string
		a, b blame
		want bool
	}{
		{"no days, documents a month apart", blame{published: "2016-03-21"}, blame{published: "2016-04-22"}, true},
		{"no days, documents two days apart", blame{published: "2016-03-21"}, blame{published: "2016-03-23"}, false},
		{"both give their day: the days decide", blame{day: "2016-03-21", published: "2016-03-21"}, blame{day: "2016-03-21", published: "2016-05-01"}, false},
		{"an undated document", blame{published: ""}, blame{published: "2016-05-01"}, false},
	}
	for _, tt := range tests {
		if got := weeksApart(&tt.a, &tt.b); got != tt.want {
			t.Errorf("%s: weeksApart = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDisputedStateBodies checks that two outlets naming one state's governing body by two
// words ("regime", "government") do not disagree on who did an attack, while two states, or a
// state and an armed group, do.
func TestDisputedStateBodies(t *testing.T) {
	c := &corpus{attacks: DefaultAttacks(), spellings: []map[string]bool{
		0: {"syrian regime": true},
		1: {"syrian government": true, "government": true},
		2: {"syria's army": true},
		3: {"turkish government": true},
		4: {"islamic state": true},
		5: {"syrian opposition": true},
		6: {"opposition": true},
		7: {"syria\u2019s military": true},
	}}
	tests := []struct {
		name string
		a, b int
		want bool
	}{
		{"the Syrian regime and the Syrian government", 0, 1, false},
		{"the Syrian government and Syria's army", 1, 2, false},
		{"the Syrian government and the Turkish government", 1, 3, true},
		{"the Syrian regime and an armed group", 0, 4, true},
		{"a possessive written with a curly apostrophe", 0, 7, false},
		{"a nationality before a word that names no state body", 0, 5, true},
		{"a bare word names no state", 1, 6, true},
	}
	for _, tt := range tests {
		claims := []*blame{
			{doc: 0, accused: []int{tt.a}, byEnt: -1},
			{doc: 1, accused: []int{tt.b}, byEnt: -1},
		}
		if got := c.disputed(claims); got != tt.want {
			t.Errorf("%s: disputed = %v, want %v", tt.name, got, tt.want)
		}
	}
}
