package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestLendKinds checks that an attack report naming no kind takes the kind and side of the
// attacks told in its sentence when they agree, and nothing when they differ or are elsewhere.
func TestLendKinds(t *testing.T) {
	sent := dossier.Span{Start: 0, End: 90}
	other := dossier.Span{Start: 91, End: 180}
	attack := func(span dossier.Span, kind, by string) report {
		return report{e: &passEvent{Type: dossier.Assault, Span: span}, kind: kind, by: by}
	}
	tests := []struct {
		name     string
		rs       []report
		kind, by string // what the first report has after
	}{
		{"one kind in the sentence", []report{attack(sent, "", ""), attack(sent, "air strike", "state")}, "air strike", "state"},
		{"its own side stays", []report{attack(sent, "", "armed group"), attack(sent, "air strike", "state")}, "air strike", "armed group"},
		{"kinds that differ", []report{attack(sent, "", ""), attack(sent, "air strike", "state"), attack(sent, "rocket", "armed group")}, "", ""},
		{"another sentence", []report{attack(sent, "", ""), attack(other, "air strike", "state")}, "", ""},
		{"no attack", []report{attack(sent, "", ""), {e: &passEvent{Type: dossier.Protest, Span: sent}, kind: "march"}}, "", ""},
	}
	for _, tt := range tests {
		lendKinds(tt.rs)
		if got := tt.rs[0]; got.kind != tt.kind || got.by != tt.by {
			t.Errorf("%s: kind %q by %q, want %q and %q", tt.name, got.kind, got.by, tt.kind, tt.by)
		}
	}
}
