package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// TestHoldMembers wants the members written out as they were given, held numbered when every
// document and entity is listed and as they are otherwise.
func TestHoldMembers(t *testing.T) {
	entities := []dossier.Entity{{ID: "e1"}, {ID: "e2"}}
	member := func(doc string, chain int, entity string) dossier.Member {
		return dossier.Member{ChainRef: dossier.ChainRef{Doc: doc, Chain: chain}, Entity: entity}
	}
	tests := []struct {
		name    string
		docs    []string
		members []dossier.Member
		packed  bool
	}{
		{"numbered", []string{"a", "b"}, []dossier.Member{member("b", 3, "e1"), member("a", 0, "e2"), member("b", 1, "e2")}, true},
		{"none", []string{"a"}, nil, false},
		{"document not listed", []string{"a"}, []dossier.Member{member("a", 0, "e1"), member("z", 0, "e1")}, false},
		{"entity not listed", []string{"a"}, []dossier.Member{member("a", 0, "e9")}, false},
		{"documents out of order", []string{"b", "a"}, []dossier.Member{member("a", 0, "e1")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := holdMembers(tt.members, tt.docs, entities)
			if got := h.packed != nil; got != tt.packed {
				t.Errorf("held numbered: %v, want %v", got, tt.packed)
			}
			if diff := cmp.Diff(tt.members, h.members()); diff != "" {
				t.Errorf("members (-given +written out):\n%s", diff)
			}
		})
	}
}
