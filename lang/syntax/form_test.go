package syntax

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestForm reads typographic punctuation as the treebanks write it in ASCII and leaves every
// other word as it is.
func TestForm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Syria", "Syria"},
		{"“", `"`}, {"”", `"`}, {"„", `"`}, {"«", `"`}, {"»", `"`},
		{"‘", "'"}, {"’", "'"}, {"’s", "'s"}, {"n’t", "n't"}, {"O’Brien", "O'Brien"}, {"’’", "''"},
		{"—", "--"}, {"–", "-"}, {"−", "-"}, {"…", "..."}, {"….", "...."},
		{"5′", "5'"}, {"10″", `10"`},
		{"inter\u00adnational", "international"}, {"\u200bword", "word"}, {"\u200b", "\u200b"},
		{"São", "São"}, {"Дамаск", "Дамаск"},
	} {
		if got := Form(tc.in); got != tc.want {
			t.Errorf("Form(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTypographicParse analyses sentences of news pages written in typographic quotes,
// apostrophes, dashes and ellipses (testdata/typographic.txt) and the same sentences in ASCII:
// each word gets the same tags, head and relation, and keeps its own text and offsets.
func TestTypographicParse(t *testing.T) {
	m := loadModel(t)
	f, err := os.Open(filepath.Join("testdata", "typographic.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		typo, plain, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("typographic.txt: no tab in %q", line)
		}
		a := m.Sentence(typo, dossier.Span{End: len(typo)}).Tokens
		b := m.Sentence(plain, dossier.Span{End: len(plain)}).Tokens
		if len(a) != len(b) {
			t.Errorf("%q: %d words, %d in ASCII", typo, len(a), len(b))
			continue
		}
		for i := range a {
			if a[i].Text != typo[a[i].Start:a[i].End] {
				t.Errorf("%q: word %d is %q at %d:%d", typo, i, a[i].Text, a[i].Start, a[i].End)
			}
			if a[i].XPOS != b[i].XPOS || a[i].UPOS != b[i].UPOS || a[i].Head != b[i].Head || a[i].Rel != b[i].Rel {
				t.Errorf("%q: %q %s/%s %d %s; in ASCII %q %s/%s %d %s", typo, a[i].Text, a[i].UPOS, a[i].XPOS, a[i].Head, a[i].Rel,
					b[i].Text, b[i].UPOS, b[i].XPOS, b[i].Head, b[i].Rel)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
