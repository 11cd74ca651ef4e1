package en

import (
	"path/filepath"
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

func TestLoadMissingFolder(t *testing.T) {
	if _, err := Load(filepath.Join("testdata", "no-such-folder")); err == nil {
		t.Error("Load of a missing folder: no error")
	}
}
