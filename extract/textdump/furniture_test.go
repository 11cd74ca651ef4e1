package textdump

import (
	"os"
	"strings"
	"testing"
)

// TestDropFurniture: in an HTML page's clean text, a related-links header goes with the short
// lines under it up to the next prose paragraph, and a newsletter box goes; the headline, the
// prose, a subheading after prose and quoted speech that holds an appeal's words stay.
func TestDropFurniture(t *testing.T) {
	body, err := os.ReadFile("testdata/furniture/related-list.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := DropFurniture(strings.TrimSpace(string(body)))
	tests := []struct {
		text string
		kept bool
	}{
		{"Council approves new cycle lanes", true},
		{"voted on Monday", true},
		{"Related stories", false},
		{"Bus fares frozen", false},
		{"Library opening hours", false},
		{"The first lane will run", true},
		{"Where the lanes go", true},
		{"please help us by giving cyclists room", true},
		{"Sign up to our newsletter", false},
		{"Read more on", false},
		{"Most read in", false},
		{"Sign up for Harbour Times newsletters", false},
		{"Order Reprints", false},
		{"Text size", false},
		{"\nBy\n", false},
	}
	for _, tt := range tests {
		if strings.Contains(got, tt.text) != tt.kept {
			t.Errorf("%q kept: %v, want %v\n%s", tt.text, !tt.kept, tt.kept, got)
		}
	}
}
