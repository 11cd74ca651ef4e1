package crosscheck

import "testing"

func TestEntitySideAndNation(t *testing.T) {
	cases := []struct {
		names        []string
		side, nation string
	}{
		{[]string{"syrian air force"}, "state", "Syria"},
		{[]string{"assad regime", "syrian government"}, "state", "Syria"},
		{[]string{"russian air force", "russian warplanes"}, "state", "Russia"},
		{[]string{"islamic state", "daesh"}, "armed group", ""},
		{[]string{"northern liberation front"}, "", ""},
		{[]string{"free idlib council"}, "", ""},
		{[]string{"syrian army", "rebels"}, "", "Syria"},
		{[]string{"syrian army", "russian army"}, "state", ""},
	}
	c := &corpus{}
	for _, tc := range cases {
		sp := map[string]bool{}
		for _, n := range tc.names {
			sp[n] = true
		}
		c.spellings = append(c.spellings, sp)
	}
	for e, tc := range cases {
		if got := c.entitySide(e); got != tc.side {
			t.Errorf("entitySide(%v) = %q, want %q", tc.names, got, tc.side)
		}
		if got := c.entityNation(e); got != tc.nation {
			t.Errorf("entityNation(%v) = %q, want %q", tc.names, got, tc.nation)
		}
	}
	if got := c.entitySide(len(cases)); got != "" {
		t.Errorf("entitySide(out of range) = %q, want none", got)
	}
}
