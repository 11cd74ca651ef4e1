package report

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func TestTerminalGolden(t *testing.T) {
	for _, name := range []string{"examples", "small"} {
		t.Run(name, func(t *testing.T) {
			in := loadInput(t, name+".json")
			var b bytes.Buffer
			if err := Terminal(&b, in, Options{Documents: true}); err != nil {
				t.Fatal(err)
			}
			for i, line := range bytes.Split(b.Bytes(), []byte("\n")) {
				if n := utf8.RuneCount(line); n > 100 {
					t.Errorf("line %d has %d columns: %s", i+1, n, line)
				}
			}
			golden(t, name+".txt", b.Bytes())
		})
	}
}

func TestMarkdownGolden(t *testing.T) {
	for _, name := range []string{"examples", "small"} {
		t.Run(name, func(t *testing.T) {
			in := loadInput(t, name+".json")
			var b bytes.Buffer
			if err := Markdown(&b, in); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b.Bytes(), []byte("<script")) || bytes.Contains(b.Bytes(), []byte("<img")) {
				t.Error("markup from a document reaches the Markdown unescaped")
			}
			golden(t, name+".md", b.Bytes())
		})
	}
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range []string{"examples", "small"} {
		t.Run(name, func(t *testing.T) {
			in := loadInput(t, name+".json")
			var b bytes.Buffer
			if err := HTML(&b, in); err != nil {
				t.Fatal(err)
			}
			golden(t, name+".html", b.Bytes())
		})
	}
}

// TestCountsLine checks that the report's opening count puts each noun in the number its count
// takes.
func TestCountsLine(t *testing.T) {
	tests := []struct {
		c    counts
		want string
	}{
		{counts{Docs: 1, Origins: 1, Entities: 1, Happenings: 1, Conflicts: 1},
			"1 document from 1 independent origin; 1 entity; 1 happening, 0 told by more than one origin; 1 conflict."},
		{counts{Docs: 3, Origins: 2, Entities: 12, Happenings: 5, Corroborated: 2},
			"3 documents from 2 independent origins; 12 entities; 5 happenings, 2 told by more than one origin; 0 conflicts."},
	}
	for _, tt := range tests {
		if got := countsLine(tt.c); got != tt.want {
			t.Errorf("countsLine(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}
