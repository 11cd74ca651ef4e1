package entity

import "testing"

func TestWordEdge(t *testing.T) {
	cases := []struct {
		text string
		a, b int
		want bool
	}{
		{"Black Friday sales", 0, 12, true},
		{"on Good Friday.", 3, 14, true},
		{"Christmases", 0, 9, false},
		{"xmas", 1, 4, false},
		{"Easter", 0, 6, true},
	}
	for _, c := range cases {
		if got := wordEdge(c.text, c.a, c.b); got != c.want {
			t.Errorf("wordEdge(%q, %d, %d) = %v, want %v", c.text, c.a, c.b, got, c.want)
		}
	}
}
