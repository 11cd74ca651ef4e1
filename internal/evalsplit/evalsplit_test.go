package evalsplit

import (
	"fmt"
	"testing"
)

// The half of a name is fixed: a change of hash would silently move documents between the half
// tuned on and the half reported.
func TestHalfFixed(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"", HeldOut}, // the FNV-1a offset basis 2166136261 is odd
		{"a", Development},
		{"b", HeldOut},
		{"c", Development},
		{"timebank-ABC19980108.1830.0711", Development},
	} {
		if got := Half(tc.name); got != tc.want {
			t.Errorf("Half(%q) = %s, want %s", tc.name, got, tc.want)
		}
		if got := IsDevelopment(tc.name); got != (tc.want == Development) {
			t.Errorf("IsDevelopment(%q) = %v, want %v", tc.name, got, tc.want == Development)
		}
	}
}

// Every name falls in exactly one half, the same one each time, and a large set of names is
// split about evenly.
func TestHalfSplitsEvenly(t *testing.T) {
	const n = 2000
	count := map[string]int{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("doc-%04d.html", i)
		h := Half(name)
		if h != Development && h != HeldOut {
			t.Fatalf("Half(%q) = %q, not one of %v", name, h, Halves)
		}
		if again := Half(name); again != h {
			t.Fatalf("Half(%q) gave %s, then %s", name, h, again)
		}
		count[h]++
	}
	if count[Development]+count[HeldOut] != n {
		t.Fatalf("halves hold %v, want %d names in all", count, n)
	}
	for _, h := range Halves {
		if count[h] < n*2/5 || count[h] > n*3/5 {
			t.Errorf("%s half holds %d of %d names, want about half", h, count[h], n)
		}
	}
}
