package dossier_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func TestCheckQuery(t *testing.T) {
	tests := []struct {
		query string
		bad   bool
	}{
		{"Haddad", false},
		{strings.TrimSpace(strings.Repeat("harbour ", dossier.MaxQueryTerms)), false},
		{strings.TrimSpace(strings.Repeat("harbour ", dossier.MaxQueryTerms+1)), true},
		{strings.Repeat("a-b ", dossier.MaxQueryTerms/2+1), true}, // "a-b" is two words
		{strings.Repeat("x", dossier.MaxQueryBytes), false},
		{strings.Repeat("x", dossier.MaxQueryBytes+1), true},
		{strings.Repeat("- ", 400), false}, // no words: the store says so
	}
	for _, tt := range tests {
		err := dossier.CheckQuery(tt.query)
		if tt.bad != errors.Is(err, dossier.ErrBadQuery) || !tt.bad && err != nil {
			t.Errorf("CheckQuery(%.40q…) = %v, want bad %v", tt.query, err, tt.bad)
		}
	}
}
