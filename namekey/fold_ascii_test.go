package namekey

import "testing"

// foldCases are names and bits of text in ASCII that the fast fold must read as the general one.
var foldCases = []string{
	"", "al-Assad", "U.S.", "O'Brien", "Abu Bakr al-Baghdadi", "  Jean  Paul ", "McDonald's",
	"ISIS/ISIL", "Tab\there", "line\nbreak", "A-B--C", "`quoted`", "50th Brigade", "abc", "x_y",
	"\x00\x7f", "New York, N.Y.",
}

func TestFoldASCII(t *testing.T) {
	for _, s := range foldCases {
		got, ok := foldASCII(s)
		if !ok {
			t.Errorf("foldASCII(%q) refused an ASCII string", s)
			continue
		}
		if want := foldRunes(s); got != want {
			t.Errorf("foldASCII(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"Ḥasan", "Zürich", "a’b"} {
		if _, ok := foldASCII(s); ok {
			t.Errorf("foldASCII(%q) took a string that is not ASCII", s)
		}
	}
}

func FuzzFoldASCII(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldASCII(s); ok && got != foldRunes(s) {
			t.Errorf("foldASCII(%q) = %q, want %q", s, got, foldRunes(s))
		}
	})
}
