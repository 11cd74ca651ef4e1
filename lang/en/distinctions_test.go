package en

import "testing"

// TestDistinctions checks what the words of a name tell apart, and which names they keep apart.
func TestDistinctions(t *testing.T) {
	m := Embedded().Distinctions()
	marks := []struct{ word, want string }{
		{"east", "east"},
		{"jr", "junior"},
		{"iii", "iii"},
		{"16", "16"},
		{"f16", "f16"},
		{"denver", ""},
	}
	for _, tt := range marks {
		if got := m.Mark(tt.word); got != tt.want {
			t.Errorf("Mark(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	pairs := []struct {
		a, b []string
		want bool
	}{
		{[]string{"denver", "east"}, []string{"denver", "south"}, true},
		{[]string{"harlan", "voss", "ii"}, []string{"harlan", "voss", "iii"}, true},
		{[]string{"brigade", "93"}, []string{"brigade", "39"}, true},
		{[]string{"tom", "reed", "jr"}, []string{"tom", "reed", "junior"}, false},
		{[]string{"saraqeb"}, []string{"saraqib"}, false},
		{[]string{"east", "west", "line"}, []string{"west", "east", "line"}, true},
	}
	for _, tt := range pairs {
		if got := m.Apart(tt.a, tt.b); got != tt.want {
			t.Errorf("Apart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
