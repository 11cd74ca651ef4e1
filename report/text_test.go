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
