package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Only development-half timexes short of full credit are listed, with the scorer's credit and
// what the export has there.
func TestMissesTimex(t *testing.T) {
	read := func(name string) []byte { return readMisses(t, name) }
	got, err := missesTimex(read("gold.json"), read("export.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := []timexMiss{
		{Credit: 0, Doc: "a", Text: "Friday", Value: "2020-04-10", Ours: []string{`"Friday"=2020-04-17/`}},
		{Credit: 0.5, Doc: "a", Text: "early May", Value: "2020-05", Mod: "START", Ours: []string{`"early May"=2020-05/`}},
		{Credit: 0, Doc: "a", Text: "midnight", Value: "2020-04-16T24"},
		{Credit: 0.5, Doc: "a", Text: "the past year", Value: "P1Y", Ours: []string{`"The past year"=2019/`}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("missesTimex (-want +got):\n%s", d)
	}
	if _, err := missesTimex([]byte("{"), read("export.json")); err == nil {
		t.Error("want an error for an unreadable gold file")
	}
}

// Only development-half incidents with differing tolls that no number conflict joins are
// listed, each document with the crowd's toll and the counts of the killed its events carry; a
// conflict of another kind joins nothing, and held-out incidents are never read.
func TestMissesIncidents(t *testing.T) {
	read := func(name string) []byte { return readMisses(t, name) }
	got, err := missesIncidents(read("incidents-gold.json"), read("incidents-export.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := []incidentMiss{{Incident: "3/14/26|orvane", Docs: []incidentDoc{
		{File: "o1", Outlet: "monitor", Killed: 9, Ours: []string{"At least 51", "Nine"}},
		{File: "o2", Outlet: "agency", Killed: 1},
	}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("missesIncidents (-want +got):\n%s", d)
	}
	if _, err := missesIncidents(read("incidents-gold.json"), []byte("[")); err == nil {
		t.Error("want an error for an unreadable export")
	}
}

// readMisses reads a file of testdata/misses.
func readMisses(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "misses", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
