package crosscheck

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestAttackKinds checks, on the embedded hierarchy, which kinds name one attack: a family of
// kinds ("bombardment") meets its members but names no one kind with them, so outlets naming it
// and blaming opposite sides tell two attacks.
func TestAttackKinds(t *testing.T) {
	a := DefaultAttacks()
	tests := []struct {
		name       string
		x, y       string
		meet, same bool
	}{
		{"a barrel bomb is an air strike", "barrel bomb", "air strike", true, true},
		{"a mortar round is shelling", "mortar", "shelling", true, true},
		{"a bombardment may be an air strike", "bombardment", "air strike", true, false},
		{"a bombardment may be shelling", "shelling", "bombardment", true, false},
		{"an attack names no kind", "attack", "shelling", true, false},
		{"an air strike is no car bomb", "air strike", "car bomb", false, false},
		{"an unknown kind meets any", "raid", "car bomb", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.kindsMeet(tt.x, tt.y); got != tt.meet {
				t.Errorf("kindsMeet(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.meet)
			}
			if got := a.sameKind(tt.x, tt.y); got != tt.same {
				t.Errorf("sameKind(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.same)
			}
		})
	}
}

// TestOneAttackSides checks when reports blaming opposite sides tell one attack: outlets apart
// naming one kind do (its culprit in dispute), a family of kinds or one outlet does not, nor do
// two reports that each tell their side as fact.
func TestOneAttackSides(t *testing.T) {
	a := DefaultAttacks()
	tests := []struct {
		name             string
		kindA, byA       string
		kindB, byB       string
		apart, one       bool
		ownA, ownB, twoO bool
	}{
		{"one kind, outlets apart", "shelling", "state", "mortar", "armed group", true, true, false, true, false},
		{"one kind, one outlet", "shelling", "state", "mortar", "armed group", false, false, false, false, false},
		{"a family of kinds", "bombardment", "state", "shelling", "armed group", true, false, false, false, false},
		{"each side told as fact", "shelling", "state", "shelling", "armed group", true, true, true, true, true},
		{"one side told by a source", "shelling", "state", "shelling", "armed group", true, true, true, false, false},
		{"the kind says the side, the words none", "air strike", "", "drone strike", "state", true, true, true, true, false},
		{"one side unsaid", "shelling", "state", "shelling", "", true, true, true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.oneAttack(tt.kindA, tt.byA, tt.kindB, tt.byB, tt.apart); got != tt.one {
				t.Errorf("oneAttack = %v, want %v", got, tt.one)
			}
			if got := a.twoOwnSides(tt.kindA, tt.byA, tt.ownA, tt.kindB, tt.byB, tt.ownB); got != tt.twoO {
				t.Errorf("twoOwnSides = %v, want %v", got, tt.twoO)
			}
		})
	}
}

// TestParseAttacksMarks checks the fourth field of a kinds file: "broad" marks a family of
// kinds, anything else is an error naming the line.
func TestParseAttacksMarks(t *testing.T) {
	fsys := fstest.MapFS{
		"good.tsv": {Data: []byte("attack\t\t\nvolley\tattack\t\tbroad\nsalvo\tvolley\t\n")},
		"bad.tsv":  {Data: []byte("attack\t\t\nvolley\tattack\t\twide\n")},
	}
	a, err := ParseAttacks(fsys, "good.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !a.broad["volley"] || a.broad["salvo"] || a.sameKind("volley", "salvo") || !a.kindsMeet("volley", "salvo") {
		t.Errorf("volley broad %v, salvo broad %v: a family meets its member but is not its kind", a.broad["volley"], a.broad["salvo"])
	}
	if _, err := ParseAttacks(fsys, "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Errorf("an unknown mark: err %v, want one naming bad.tsv:2", err)
	}
}

// TestAroundApart checks, on the embedded hierarchy, when an attack told around a place and one
// told in it are two: unless they name one kind, or one names none and the other a kind that
// strikes one spot (a bombing and the kinds within it) on the same day.
func TestAroundApart(t *testing.T) {
	a := DefaultAttacks()
	tests := []struct {
		name         string
		kindA, kindB string // kindA is told around the place, kindB in it
		sameDay      bool
		want         bool
	}{
		{"one kind", "car bomb", "car bomb", false, false},
		{"a car bomb and no kind, one day", "car bomb", "", true, false},
		{"no kind and a suicide bombing, one day", "", "suicide bombing", true, false},
		{"a car bomb and no kind, no shared day", "car bomb", "", false, true},
		{"shelling and no kind, one day", "shelling", "", true, true},
		{"air strikes and a car bomb, one day", "air strike", "car bomb", true, true},
		{"no kind on either side, one day", "", "", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.aroundApart(true, false, tt.kindA, tt.kindB, tt.sameDay); got != tt.want {
				t.Errorf("aroundApart(%q near, %q in, same day %v) = %v, want %v", tt.kindA, tt.kindB, tt.sameDay, got, tt.want)
			}
		})
		if a.aroundApart(false, false, tt.kindA, tt.kindB, tt.sameDay) {
			t.Errorf("%s: two reports both in the place are never apart for it", tt.name)
		}
	}
}

// TestParseAttacksSite checks the mark "site": the kind and those within it strike one spot.
func TestParseAttacksSite(t *testing.T) {
	fsys := fstest.MapFS{"k.tsv": {Data: []byte("attack\t\t\nblast\tattack\t\tsite\ntruck blast\tblast\t\nvolley\tattack\t\n")}}
	a, err := ParseAttacks(fsys, "k.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !a.atSite("blast") || !a.atSite("truck blast") || a.atSite("volley") || a.atSite("attack") || a.atSite("") {
		t.Errorf("atSite: blast %v, truck blast %v, volley %v, attack %v", a.atSite("blast"), a.atSite("truck blast"), a.atSite("volley"), a.atSite("attack"))
	}
}
