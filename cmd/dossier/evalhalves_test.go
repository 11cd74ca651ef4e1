package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/dossier-project/dossier/internal/evalsplit"
	"github.com/dossier-project/dossier/internal/testshared"
)

type splitPart struct {
	Corpus    string `json:"corpus"`
	Documents []struct {
		File string `json:"file"`
	} `json:"documents"`
	Timexes []struct {
		Doc, Text, Value string
	} `json:"timexes"`
	Distinct [][2]string `json:"distinct"`
}

// checkSplit asserts that splitting gold is deterministic, that every document and timex lands
// in exactly one half (its document's), that items naming no document and plain fields are kept
// in both, and returns the number of documents in each half.
func checkSplit(t *testing.T, raw []byte) map[string]int {
	t.Helper()
	halves, err := splitGold(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, err := splitGold(raw)
	if err != nil {
		t.Fatal(err)
	}
	var whole splitPart
	if err := json.Unmarshal(raw, &whole); err != nil {
		t.Fatal(err)
	}
	seenDoc, seenTimex := map[string]string{}, map[string]int{}
	docs := map[string]int{}
	for _, half := range evalsplit.Halves {
		if !bytes.Equal(halves[half], again[half]) {
			t.Errorf("%s half differs between two splits of the same gold", half)
		}
		var p splitPart
		if err := json.Unmarshal(halves[half], &p); err != nil {
			t.Fatalf("%s half: %v", half, err)
		}
		if p.Corpus != whole.Corpus || len(p.Distinct) != len(whole.Distinct) {
			t.Errorf("%s half: corpus %q and %d distinct pairs, want %q and %d", half, p.Corpus, len(p.Distinct), whole.Corpus, len(whole.Distinct))
		}
		for _, d := range p.Documents {
			if prev, ok := seenDoc[d.File]; ok {
				t.Errorf("document %s is in both halves (%s, %s)", d.File, prev, half)
			}
			seenDoc[d.File] = half
			docs[half]++
		}
		for _, x := range p.Timexes {
			if seenDoc[x.Doc] != half {
				t.Errorf("timex %q of %s is in the %s half, its document in %q", x.Text, x.Doc, half, seenDoc[x.Doc])
			}
			seenTimex[x.Doc+"|"+x.Text+"|"+x.Value]++
		}
	}
	if len(seenDoc) != len(whole.Documents) {
		t.Errorf("halves hold %d documents, the gold %d", len(seenDoc), len(whole.Documents))
	}
	for _, x := range whole.Timexes {
		key := x.Doc + "|" + x.Text + "|" + x.Value
		if seenTimex[key] == 0 {
			t.Errorf("timex %s is in neither half", key)
		}
		seenTimex[key]--
	}
	return docs
}

func TestSplitGold(t *testing.T) {
	raw := []byte(`{"corpus": "invented",
	 "documents": [{"file": "a"}, {"file": "b"}, {"file": "c"}, {"file": "d"}],
	 "timexes": [{"doc": "a", "text": "Monday", "value": "2020-01-06"},
	             {"doc": "b", "text": "today", "value": "2020-01-07"},
	             {"doc": "b", "text": "May", "value": "2020-05"},
	             {"doc": "c", "text": "now", "value": "PRESENT_REF"}],
	 "distinct": [["e1", "e2"]],
	 "events": []}`)
	docs := checkSplit(t, raw)
	// "a" and "c" hash to the development half, "b" to the held-out one (see evalsplit).
	want := map[string]int{evalsplit.Development: 2, evalsplit.HeldOut: 2}
	for _, half := range evalsplit.Halves {
		if docs[half] != want[half] {
			t.Errorf("%s half holds %d documents, want %d", half, docs[half], want[half])
		}
	}
	if _, err := splitGold([]byte("{")); err == nil {
		t.Error("splitGold of a broken file gave no error")
	}
}

// The TimeBank gold splits into two halves of about half the documents each.
func TestSplitTimeBankGold(t *testing.T) {
	raw, err := os.ReadFile(testshared.Path(t, "data", "timebank", "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	docs := checkSplit(t, raw)
	n := docs[evalsplit.Development] + docs[evalsplit.HeldOut]
	for _, half := range evalsplit.Halves {
		if docs[half] < n*2/5 || docs[half] > n*3/5 {
			t.Errorf("%s half holds %d of %d documents, want about half", half, docs[half], n)
		}
	}
}

// TestSplitIncidents splits the FA-KES incidents gold: every document and every incident lands in
// exactly one half, an incident's documents in its own half, and both halves hold some.
func TestSplitIncidents(t *testing.T) {
	raw, err := os.ReadFile(testshared.Path(t, "data", "fakes-incidents", "incidents.json"))
	if err != nil {
		t.Fatal(err)
	}
	var whole incidentsGold
	if err := json.Unmarshal(raw, &whole); err != nil {
		t.Fatal(err)
	}
	halves, err := splitIncidents(raw)
	if err != nil {
		t.Fatal(err)
	}
	docHalf := map[string]string{}
	incidents := 0
	for _, half := range evalsplit.Halves {
		var p struct {
			Documents map[string]struct{ Incident string }
			Incidents []struct {
				Incident string
				Docs     []string
			}
		}
		if err := json.Unmarshal(halves[half], &p); err != nil {
			t.Fatalf("%s half: %v", half, err)
		}
		if len(p.Documents) == 0 || len(p.Incidents) == 0 {
			t.Errorf("%s half: %d documents, %d incidents; want some of each", half, len(p.Documents), len(p.Incidents))
		}
		for id, d := range p.Documents {
			if prev, ok := docHalf[id]; ok {
				t.Errorf("document %s in both halves (%s, %s)", id, prev, half)
			}
			docHalf[id] = half
			if evalsplit.Half(d.Incident) != half {
				t.Errorf("document %s of incident %q in the %s half", id, d.Incident, half)
			}
		}
		for _, inc := range p.Incidents {
			incidents++
			for _, id := range inc.Docs {
				if _, ok := p.Documents[id]; !ok {
					t.Errorf("incident %q in the %s half, its document %s not", inc.Incident, half, id)
				}
			}
		}
	}
	if len(docHalf) != len(whole.Documents) || incidents != len(whole.Incidents) {
		t.Errorf("halves hold %d documents and %d incidents, want %d and %d", len(docHalf), incidents, len(whole.Documents), len(whole.Incidents))
	}
}
