package view_test

import (
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
	"github.com/dossier-project/dossier/view"
)

func TestSpellerExpand(t *testing.T) {
	sp := view.NewSpeller([]dossier.Entity{
		{ID: "e1", Type: dossier.PER, Name: "Tariq Farouk", Aliases: []string{"Farouk"}},
		{ID: "e2", Type: dossier.LOC, Name: "Port Ellery"},
		{ID: "e3", Type: dossier.ORG, Name: "Northern Salt Guild", Aliases: []string{"NSG", "the Guild"}},
		{ID: "e4", Type: dossier.LOC, Name: "Wadi al-Sarouj"},
	}, namekey.New())
	tests := []struct{ query, want string }{
		{"Tareq", "Tareq OR tariq"},
		{"tareq strike", "tareq OR tariq strike"},
		{"Tariq", "Tariq"},           // the stored spelling itself has no other
		{"Faruq", "Faruq OR farouk"}, // ou/u and q/k
		{"harbour strike", "harbour strike"},
		{`"Tareq Farouq" -Tareq`, `"Tareq Farouq" -Tareq`},
		{"Elery OR Tarek", "Elery OR ellery OR Tarek OR tariq"},
		{"Kamil", "Kamil"}, // same skeleton block as nothing stored
		// A whole name of an entity finds all its spellings, however different.
		{"nsg", `"nsg" OR "Northern Salt Guild" OR "the Guild"`},
		{"Northern  salt guild", `"Northern  salt guild" OR "NSG" OR "the Guild"`},
		{"Farouk", `"Farouk" OR "Tariq Farouk"`},
		// A particle joined by a hyphen: the name word alone, and its other spellings, also match.
		{"as-Saruj boats", "as-Saruj OR Saruj OR sarouj boats"},
		{"al-Farouq", "al-Farouq OR Farouq OR farouk"},
		{"US-backed fighters", "US-backed fighters"},
		{"Abdel-Tariq", "Abdel-Tariq"},
		{"-Tareq strike", "-Tareq strike"},
	}
	for _, tt := range tests {
		if got := sp.Expand(tt.query); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}
