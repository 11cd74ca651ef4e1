package textdump

import "testing"

func TestNextProse(t *testing.T) {
	ls := []line{{kind: kShort}, {kind: kGood, caption: true}, {kind: kNear}, {kind: kGood}}
	tests := []struct {
		from int
		k    kind
		want int
	}{
		{0, kGood, 3}, // the caption is passed over
		{0, kNear, 2},
		{4, kGood, -1},
		{0, kRelated, -1},
	}
	for _, tt := range tests {
		if got := nextProse(ls, tt.from, tt.k); got != tt.want {
			t.Errorf("nextProse(from %d, kind %d) = %d, want %d", tt.from, tt.k, got, tt.want)
		}
	}
}
