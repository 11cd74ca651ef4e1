package export

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`=HYPERLINK("http://example.org","x")`, `'=HYPERLINK("http://example.org","x")`},
		{"+31 dead", "'+31 dead"},
		{"-2+3", "'-2+3"},
		{"@Example News", "'@Example News"},
		{"\tindented", "'\tindented"},
		{"\rreturn", "'\rreturn"},
		{"Valley Courier", "Valley Courier"},
		{"12-21", "12-21"},
		{"a=b", "a=b"},
		{"", ""},
	} {
		if got := Cell(c.in); got != c.want {
			t.Errorf("Cell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCSVFormulaCells writes the CSV export of a corpus whose publisher reads as a formula and
// checks that the sources cell opens as text.
func TestCSVFormulaCells(t *testing.T) {
	in := loadCSVInput(t)
	for _, a := range in.Analyses {
		a.Doc.Publisher = "=SUM(A1:A9)"
	}
	var b bytes.Buffer
	if err := CSV(&b, in.Analyses, in.Corpus); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sources := 0
	for _, r := range records[1:] {
		if r[7] == "'=SUM(A1:A9)" {
			sources++
		}
		for _, cell := range r {
			if cell != "" && cell[0] == '=' {
				t.Fatalf("row %v has a cell that opens as a formula: %q", r, cell)
			}
		}
	}
	if sources == 0 {
		t.Fatalf("no row names the publisher as text:\n%v", records)
	}
}
