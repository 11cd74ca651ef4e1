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
		figs []passFigure
		want bool
	}{
		{"no figures: one incident told without a toll", nil, false},
		{"a running total only", []passFigure{{Total: true}}, true},
		{"running totals only", []passFigure{{Total: true}, {Total: true}}, true},
		{"an incident's toll beside a total", []passFigure{{Total: true}, {}}, false},
		{"an incident's toll", []passFigure{{}}, false},
		{"a total of its own sentence beside the next sentence's toll",
			[]passFigure{{Span: dossier.Span{Start: 10, End: 90}, Total: true}, {Span: dossier.Span{Start: 91, End: 150}}}, true},
		{"its own sentence's toll beside a total of the next",
			[]passFigure{{Span: dossier.Span{Start: 10, End: 90}}, {Span: dossier.Span{Start: 91, End: 150}, Total: true}}, false},
		{"only the next sentence's toll", []passFigure{{Span: dossier.Span{Start: 91, End: 150}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := campaign(&passEvent{Span: dossier.Span{Start: 10, End: 90}, Type: dossier.Assault, Figures: tt.figs}); got != tt.want {
				t.Errorf("campaign = %v, want %v", got, tt.want)
			}
		})
	}
}
