package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

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

func TestNamedSides(t *testing.T) {
	cases := []struct {
		name  string
		names [][]string
		types []string
		want  []string
	}{
		{"a group against the air force is an armed group",
			[][]string{{"northern liberation front"}, {"syrian air force"}}, []string{"ORG", "ORG"}, []string{"armed group", "state"}},
		{"one actor by two entities",
			[][]string{{"syrian air force"}, {"syrian air force", "air force"}, {"grey guard"}}, []string{"ORG", "ORG", "ORG"}, []string{"state", "state", "armed group"}},
		{"a country is no armed group",
			[][]string{{"russia"}, {"syrian army"}}, []string{"LOC", "ORG"}, []string{"", "state"}},
		{"a force named by its country is no armed group",
			[][]string{{"turkish forces"}, {"syrian army"}}, []string{"ORG", "ORG"}, []string{"", "state"}},
		{"three actors: names only",
			[][]string{{"grey guard"}, {"syrian army"}, {"northern liberation front"}}, []string{"ORG", "ORG", "ORG"}, []string{"", "state", ""}},
		{"two groups with no side",
			[][]string{{"grey guard"}, {"northern liberation front"}}, []string{"ORG", "ORG"}, []string{"", ""}},
	}
	for _, tc := range cases {
		c := &corpus{}
		var named []int
		for i, ns := range tc.names {
			sp := map[string]bool{}
			for _, n := range ns {
				sp[n] = true
			}
			c.spellings = append(c.spellings, sp)
			c.entType = append(c.entType, dossier.EntityType(tc.types[i]))
			named = append(named, i)
		}
		got := c.namedSides(named)
		for i, w := range tc.want {
			if got[i] != w {
				t.Errorf("%s: side of %v = %q, want %q", tc.name, tc.names[i], got[i], w)
			}
		}
	}
}
