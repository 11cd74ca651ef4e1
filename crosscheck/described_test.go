package crosscheck

import "testing"

func TestEntitySide(t *testing.T) {
	c := &corpus{spellings: []map[string]bool{
		{"syrian air force": true},
		{"assad regime": true, "syrian government": true},
		{"islamic state": true, "daesh": true},
		{"northern liberation front": true},
		{"free idlib council": true},
		{"syrian army": true, "rebels": true},
	}}
	want := []string{"state", "state", "armed group", "", "", ""}
	for e, w := range want {
		if got := c.entitySide(e); got != w {
			t.Errorf("entitySide(%v) = %q, want %q", c.spellings[e], got, w)
		}
	}
	if got := c.entitySide(len(want)); got != "" {
		t.Errorf("entitySide(out of range) = %q, want none", got)
	}
}
