package syntax

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

type tokenCase struct{ text, want string }

func readTokenCases(t testing.TB) []tokenCase {
	f, err := os.Open(filepath.Join("testdata", "tokens.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tokenCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("tokens.txt: no tab in %q", line)
		}
		out = append(out, tokenCase{text, want})
	}
	return out
}

func TestTokens(t *testing.T) {
	tz := NewTokenizer(en.MustLoad())
	for _, tc := range readTokenCases(t) {
		toks := tz.Tokens(tc.text, dossier.Span{Start: 0, End: len(tc.text)})
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// checkTokens asserts what holds for every tokenisation: tokens in order, inside the span, their
// text the text at their offsets, no white space inside, and every other character covered.
func checkTokens(t *testing.T, text string, within dossier.Span, toks []dossier.Token) {
	t.Helper()
	pos := within.Start
	for _, tk := range toks {
		if tk.Start < pos || tk.End <= tk.Start || tk.End > within.End {
			t.Fatalf("token %q at %d-%d out of order or outside %d-%d (after %d)", tk.Text, tk.Start, tk.End, within.Start, within.End, pos)
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token text %q, text at its offsets %q", tk.Text, text[tk.Start:tk.End])
		}
		if strings.TrimSpace(text[pos:tk.Start]) != "" {
			t.Fatalf("%q skipped before token %q", text[pos:tk.Start], tk.Text)
		}
		if strings.IndexFunc(tk.Text, unicode.IsSpace) >= 0 {
			t.Fatalf("token %q holds white space", tk.Text)
		}
		pos = tk.End
	}
	if strings.TrimSpace(text[pos:within.End]) != "" {
		t.Fatalf("%q left after the last token", text[pos:within.End])
	}
}

func FuzzTokens(f *testing.F) {
	for _, tc := range readTokenCases(f) {
		f.Add(tc.text)
	}
	tz := NewTokenizer(en.MustLoad())
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		span := dossier.Span{Start: 0, End: len(text)}
		checkTokens(t, text, span, tz.Tokens(text, span))
	})
}

func TestIsWebAddress(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"www.example.org", true}, {"WWW.Example.org", true}, {"Www.x", true}, {"https://x.y", true},
		{"me@example.org", true}, {"www", false}, {"wwwx.org", false}, {"@name", false}, {"name@", false},
		{"", false}, {"ẃww.x", false}, {"W", false},
	}
	for _, tt := range tests {
		if got := IsWebAddress(tt.in); got != tt.want {
			t.Errorf("IsWebAddress(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
