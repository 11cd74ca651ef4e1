package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestCampaign checks which attacks are told only by running totals, whose doer no culprit
// comparison reads.
func TestCampaign(t *testing.T) {
	tests := []struct {
		name string
		figs []dossier.Figure
		want bool
	}{
		{"no figures: one incident told without a toll", nil, false},
		{"a running total only", []dossier.Figure{{Total: true}}, true},
		{"running totals only", []dossier.Figure{{Total: true}, {Total: true}}, true},
		{"an incident's toll beside a total", []dossier.Figure{{Total: true}, {}}, false},
		{"an incident's toll", []dossier.Figure{{}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := campaign(&dossier.Event{Type: dossier.Assault, Figures: tt.figs}); got != tt.want {
				t.Errorf("campaign = %v, want %v", got, tt.want)
			}
		})
	}
}
