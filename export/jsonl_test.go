package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dossier-project/dossier"
)

// memStore serves the invented corpus of the CSV tests as a Store.
type memStore struct {
	analyses []*dossier.Analysis
	corpus   *dossier.Corpus
}

func (m memStore) Analyses(_ context.Context, fn func(*dossier.Analysis) error) error {
	for _, a := range m.analyses {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func (m memStore) Corpus(context.Context) (*dossier.Corpus, error) { return m.corpus, nil }

// TestJSONL checks that the JSON Lines export holds the JSON export's records, one a line, in
// the same order, each with its kind first.
func TestJSONL(t *testing.T) {
	in := loadCSVInput(t)
	store := memStore{in.Analyses, in.Corpus}
	var whole, lines bytes.Buffer
	if err := JSON(context.Background(), &whole, store); err != nil {
		t.Fatal(err)
	}
	if err := JSONL(context.Background(), &lines, store); err != nil {
		t.Fatal(err)
	}
	var sections map[string][]map[string]any
	if err := json.Unmarshal(whole.Bytes(), &sections); err != nil {
		t.Fatalf("JSON export: %v", err)
	}
	var want []map[string]any
	for _, s := range []string{"documents", "timexes", "events", "claims", "entities", "conflicts", "happenings"} {
		if len(sections[s]) == 0 && s != "conflicts" {
			t.Fatalf("the test corpus has no %s", s)
		}
		for _, item := range sections[s] {
			item["record"] = recordKinds[s]
			want = append(want, item)
		}
	}
	var got []map[string]any
	sc := bufio.NewScanner(&lines)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if !bytes.HasPrefix(sc.Bytes(), []byte(`{"record":"`)) {
			t.Errorf("line %d does not start with its kind: %.60s", len(got)+1, sc.Text())
		}
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d: %v", len(got)+1, err)
		}
		got = append(got, rec)
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d records", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("line %d:\n%v\nwant\n%v", i+1, got[i], want[i])
		}
	}
}

// TestClaimOf checks a claim as exported: its sentence and cue quoted from the text, who makes
// it and whom it is about as entity ids, and the event it is about.
func TestClaimOf(t *testing.T) {
	in := loadCSVInput(t)
	a := in.Analyses[0]
	got := ClaimOf(a, 0, NewMembership(in.Corpus))
	members := NewMembership(in.Corpus)
	if got.Text != a.Doc.Text[a.Claims[0].Start:a.Claims[0].End] || got.Cue != "blamed" || got.Kind != "accuse" {
		t.Errorf("claim text %q, cue %q, kind %q", got.Text, got.Cue, got.Kind)
	}
	if got.By == nil || *got.By != members.Entity(a.Doc.ID, 2) {
		t.Errorf("by %v, want the entity of chain 2", got.By)
	}
	if len(got.About) != 1 || got.About[0] != members.Entity(a.Doc.ID, 3) {
		t.Errorf("about %v, want the entity of chain 3", got.About)
	}
	if got.Event == nil || *got.Event != a.Doc.ID+":v3" {
		t.Errorf("event %v, want %s:v3", got.Event, a.Doc.ID)
	}
}

// TestHappenings checks that the JSON export carries each happening with its days and the ids of
// its reports' events, as the events section names them.
func TestHappenings(t *testing.T) {
	in := loadCSVInput(t)
	var whole bytes.Buffer
	if err := JSON(context.Background(), &whole, memStore{in.Analyses, in.Corpus}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Events     []Event     `json:"events"`
		Happenings []Happening `json:"happenings"`
	}
	if err := json.Unmarshal(whole.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Happenings) != len(in.Corpus.Happenings) {
		t.Fatalf("%d happenings, want %d", len(out.Happenings), len(in.Corpus.Happenings))
	}
	events := map[string]bool{}
	for _, e := range out.Events {
		events[e.ID] = true
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for i, h := range out.Happenings {
		want := in.Corpus.Happenings[i]
		if str(h.Start) != want.Start || str(h.End) != want.End || str(h.Time) != want.Time {
			t.Errorf("%s: time %q from %q to %q, want %q from %q to %q", h.ID, str(h.Time), str(h.Start), str(h.End), want.Time, want.Start, want.End)
		}
		if len(h.Events) != len(want.Reports) {
			t.Errorf("%s: %d events, want %d", h.ID, len(h.Events), len(want.Reports))
		}
		for _, id := range h.Events {
			if !events[id] {
				t.Errorf("%s: event %s is not exported", h.ID, id)
			}
		}
	}
}
