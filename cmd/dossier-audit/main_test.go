package main

import (
	"strings"
	"testing"
)

func TestMergesFlagsSpellingsSharingNoKey(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"merges", "testdata/export.json"}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !strings.Contains(got, "no shared key: ORG Acme Corp [Zenith Holdings]") {
		t.Errorf("the merge of two unrelated names is not flagged:\n%s", got)
	}
	if strings.Contains(got, "no shared key: ORG United Nations") {
		t.Errorf("an acronym and the name it abbreviates are flagged:\n%s", got)
	}
}

func TestMentionsCountsAndShowsContext(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"mentions", "testdata/export.json"}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{`"United Nations"`, "ORG:1", "[[Zenith Holdings]]", "4 distinct texts"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestRejectsUnknownAudit(t *testing.T) {
	if err := run([]string{"types", "testdata/export.json"}, &strings.Builder{}); err == nil {
		t.Error("an unknown audit name is accepted")
	}
}
