package crosscheck

import "testing"

// TestDisputed checks when claims about one attack disagree on who did it.
func TestDisputed(t *testing.T) {
	c := &corpus{}
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
		{"one outlet quoting two sources who differ", []blame{
			{doc: 0, accused: []int{1}, byEnt: 3, by: "the ministry", sourced: true},
			{doc: 0, accused: []int{2}, byEnt: 4, by: "the rebels", sourced: true},
		}, true},
		{"mutual blame against a claim elsewhere", []blame{
			{doc: 0, accused: []int{1, 2}, mutual: true, byEnt: -1},
			{doc: 1, accused: []int{1}, byEnt: -1},
		}, true},
	}
	for _, tt := range tests {
		ptrs := make([]*blame, len(tt.claims))
		for i := range tt.claims {
			ptrs[i] = &tt.claims[i]
		}
		if got := c.disputed(ptrs); got != tt.want {
			t.Errorf("%s: disputed = %v, want %v", tt.name, got, tt.want)
		}
	}
}
