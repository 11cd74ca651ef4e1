package dossier_test

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestQuoteSides checks that each conflict side is quoted from its own document, and that a side
// of an unknown document or beyond its text stays unquoted.
func TestQuoteSides(t *testing.T) {
	analyses := []*dossier.Analysis{
		{Doc: dossier.Document{ID: "a", Text: "The ferry sank. Nobody was hurt."}},
		{Doc: dossier.Document{ID: "b", Text: "Two crew were hurt."}},
	}
	tests := []struct {
		side dossier.ConflictSide
		want string
	}{
		{dossier.ConflictSide{Doc: "a", Span: dossier.Span{Start: 16, End: 32}}, "Nobody was hurt."},
		{dossier.ConflictSide{Doc: "b", Span: dossier.Span{Start: 0, End: 19}}, "Two crew were hurt."},
		{dossier.ConflictSide{Doc: "c", Span: dossier.Span{Start: 0, End: 3}}, ""},
		{dossier.ConflictSide{Doc: "b", Span: dossier.Span{Start: 10, End: 40}}, ""},
		{dossier.ConflictSide{Doc: "b", Span: dossier.Span{Start: 5, End: 2}}, ""},
	}
	conflicts := []dossier.Conflict{{Kind: "number"}}
	for _, tt := range tests {
		conflicts[0].Sides = append(conflicts[0].Sides, tt.side)
	}
	dossier.QuoteSides(conflicts, analyses)
	for i, tt := range tests {
		if got := conflicts[0].Sides[i].Text; got != tt.want {
			t.Errorf("side %+v quoted %q, want %q", tt.side, got, tt.want)
		}
	}
}

// TestSideDocs checks that the documents conflicts quote are listed sorted, once each.
func TestSideDocs(t *testing.T) {
	tests := []struct {
		conflicts []dossier.Conflict
		want      []string
	}{
		{nil, nil},
		{[]dossier.Conflict{{Sides: []dossier.ConflictSide{{Doc: "b"}, {Doc: "a"}}}, {Sides: []dossier.ConflictSide{{Doc: "b"}, {Doc: "c"}}}},
			[]string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		if got := dossier.SideDocs(tt.conflicts); !slices.Equal(got, tt.want) {
			t.Errorf("SideDocs(%+v) = %v, want %v", tt.conflicts, got, tt.want)
		}
	}
}

// TestTextLength checks that an analysis read without its text still gives the text's length.
func TestTextLength(t *testing.T) {
	tests := []struct {
		a    dossier.Analysis
		want int
	}{
		{dossier.Analysis{Doc: dossier.Document{Text: "Two crew were hurt."}}, 19},
		{dossier.Analysis{TextLen: 42}, 42},
		{dossier.Analysis{}, 0},
	}
	for _, tt := range tests {
		if got := tt.a.TextLength(); got != tt.want {
			t.Errorf("TextLength of %+v = %d, want %d", tt.a, got, tt.want)
		}
	}
}
