package export

import (
	"slices"
	"testing"
)

func TestByCount(t *testing.T) {
	tests := []struct {
		in   map[string]int
		want []string
	}{
		{map[string]int{}, []string{}},
		{map[string]int{"reported": 1, "asserted": 3}, []string{"asserted", "reported"}},
		{map[string]int{"b": 2, "a": 2, "c": 5}, []string{"c", "a", "b"}}, // ties alphabetically
	}
	for _, tt := range tests {
		if got := byCount(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("byCount(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
