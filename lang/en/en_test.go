package en

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestLoadEmbeddedAndOverlay(t *testing.T) {
	base, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	over, err := Load(filepath.Join("testdata", "overlay"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		data *Data
		list string
		word string
		want bool
	}{
		{base, "abbreviations", "mr", true},
		{base, "abbreviations", "bldg", false},
		{over, "abbreviations", "bldg", true},
		{over, "abbreviations", "mr", true},
		{base, "hyphen-prefixes", "non", true},
		{base, "emoticons", ":)", true},
		{base, "contractions", "cannot", true},
	}
	for _, tt := range tests {
		if got := tt.data.List(tt.list)[tt.word]; got != tt.want {
			t.Errorf("List(%q)[%q] = %v, want %v", tt.list, tt.word, got, tt.want)
		}
	}
	if got := base.Table("contractions")["gonna"]; len(got) != 2 || got[0] != "gon" || got[1] != "na" {
		t.Errorf(`Table("contractions")["gonna"] = %q, want [gon na]`, got)
	}
}

// TestRows checks that a record file keeps every line in order, split at tabs, fields holding
// spaces whole.
func TestRows(t *testing.T) {
	d, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file  string
		first []string
		find  []string
	}{
		{"months", []string{"January", "1"}, []string{"Sept.", "9"}},
		{"time-cues", []string{"future", "will"}, []string{"future", "set to"}},
		{"holidays", []string{"Christmas Day", "12-25"}, []string{"New Year's Eve", "12-31"}},
	}
	over, err := Load(filepath.Join("testdata", "overlay"))
	if err != nil {
		t.Fatal(err)
	}
	if rows := over.Rows("months"); len(rows) != len(d.Rows("months"))+1 || !slices.Equal(rows[len(rows)-1], []string{"Septr.", "9"}) {
		t.Errorf("overlay months: the added row is not last after the embedded ones: %q", rows[len(rows)-1])
	}
	for _, tt := range tests {
		rows := d.Rows(tt.file)
		if len(rows) == 0 || !slices.Equal(rows[0], tt.first) {
			t.Errorf("Rows(%q)[0] = %q, want %q", tt.file, rows[0], tt.first)
		}
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, tt.find) }) {
			t.Errorf("Rows(%q) lacks %q", tt.file, tt.find)
		}
	}
}

func TestLoadMissingFolder(t *testing.T) {
	if _, err := Load(filepath.Join("testdata", "no-such-folder")); err == nil {
		t.Error("Load of a missing folder: no error")
	}
}
