package claim_test

import (
	"testing"

	"github.com/dossier-project/dossier/claim"
)

// TestDatelineEnd checks where an agency's dateline opening a text ends.
func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text, rest string // rest: the text after the dateline, "" when there is none
	}{
		{"DARUN, Aug 3 (Lake Wire) - Shells fell on Morvik.", " Shells fell on Morvik."},
		{"PORT ALDEN (AP) — The council met.", " The council met."},
		{"Port Alden (Valley Wire) - The council met.", " The council met."},
		{"KESSIN - Rockets hit the market.", " Rockets hit the market."},
		{"UN envoy says talks will resume.", ""},
		{"Published February 23 2015 A bomb killed four people.", ""},
		{"Rebels fired rockets (about 70) - officials said.", ""},
	}
	for _, tt := range tests {
		end := claim.DatelineEnd(tt.text)
		got := ""
		if end > 0 {
			got = tt.text[end:]
		}
		if got != tt.rest {
			t.Errorf("%q: rest %q, want %q", tt.text, got, tt.rest)
		}
	}
}
