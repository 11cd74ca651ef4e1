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
