package resolve

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestMemo checks that a comparison is made once per ordered pair of shapes.
func TestMemo(t *testing.T) {
	calls := 0
	cmp := func(a, b *chain) level {
		calls++
		if a.shape == b.shape {
			return strong
		}
		return no
	}
	same := New(en.Embedded(), nil).memo(cmp)
	x, y, x2 := &chain{form: &form{name: &name{shape: 1}}}, &chain{form: &form{name: &name{shape: 2}}}, &chain{form: &form{name: &name{shape: 1}}}
	tests := []struct {
		a, b  *chain
		want  level
		calls int
	}{
		{x, x2, strong, 1},
		{x2, x, strong, 1}, // the same pair of shapes
		{x, y, no, 2},
		{y, x, no, 3}, // the other order is another pair
		{x, y, no, 3},
	}
	for i, tc := range tests {
		if got := same(tc.a, tc.b); got != tc.want || calls != tc.calls {
			t.Errorf("call %d: level %v after %d comparisons, want %v after %d", i, got, calls, tc.want, tc.calls)
		}
	}
}
