package crossrows

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/dossier-project/dossier"
)

// rowStore is a Writer over maps that records each call of Write.
type rowStore struct {
	rows  map[string]map[string]Stored
	body  map[string][]byte // by kind and id
	calls []writeCall
}

type writeCall struct {
	kind            string
	writes, deletes int
}

func (s *rowStore) Stored(_ context.Context, kind string) (*Table, error) {
	return tableOf(s.rows[kind]), nil
}

func (s *rowStore) Write(_ context.Context, kind string, writes []Write, deletes []string) error {
	if s.rows[kind] == nil {
		s.rows[kind] = map[string]Stored{}
	}
	for _, w := range writes {
		s.rows[kind][w.ID] = Stored{Pos: w.Pos, Hash: w.Hash}
		s.body[kind+"/"+w.ID] = append([]byte(nil), w.Body...)
	}
	for _, id := range deletes {
		delete(s.rows[kind], id)
		delete(s.body, kind+"/"+id)
	}
	s.calls = append(s.calls, writeCall{kind, len(writes), len(deletes)})
	return nil
}

// membersCorpus is a corpus of n member chains of document doc, each its own entity.
func membersCorpus(doc string, n int) *dossier.Corpus {
	c := &dossier.Corpus{}
	for i := range n {
		c.Members = append(c.Members, dossier.Member{ChainRef: dossier.ChainRef{Doc: doc, Chain: i}, Entity: fmt.Sprintf("e%d", i)})
	}
	return c
}

// TestPut checks that Put writes every row with the body Split gives, a chunk at a time, and
// then only the rows a later result changes, with the deletes in the last call.
func TestPut(t *testing.T) {
	ctx := context.Background()
	s := &rowStore{rows: map[string]map[string]Stored{}, body: map[string][]byte{}}
	n := 2*writeChunk + 5
	first := membersCorpus("d1", n)
	known, err := Put(ctx, s, first.Results(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Split(first, Member)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range want {
		if got := string(s.body[Member+"/"+r.ID]); got != string(r.Body) {
			t.Fatalf("row %s stored as %q, want %q", r.ID, got, r.Body)
		}
	}
	// The tables Put returns, which a store keeps for its next pass, are the rows it stored.
	for kind, tab := range known {
		got := map[string]Stored{}
		tab.Rows(func(id string, st Stored) { got[id] = st })
		if !maps.Equal(got, s.rows[kind]) && (len(got) > 0 || len(s.rows[kind]) > 0) {
			t.Errorf("%s: Put returned %d rows, %d stored, or they differ", kind, len(got), len(s.rows[kind]))
		}
	}
	var memberCalls []writeCall
	for _, c := range s.calls {
		if c.kind == Member {
			memberCalls = append(memberCalls, c)
		}
	}
	if len(memberCalls) != 3 || memberCalls[0].writes != writeChunk || memberCalls[2].writes != 5 {
		t.Errorf("member rows written in calls %v, want two of %d and one of 5", memberCalls, writeChunk)
	}
	// One chain changes its entity and the last one goes.
	second := membersCorpus("d1", n-1)
	second.Members[7].Entity = "e-other"
	s.calls = nil
	// The second pass compares its rows with the tables the first left, as a store's next pass
	// does when no other came in between.
	if _, err := Put(ctx, s, second.Results(), known); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind            string
		writes, deletes int
	}{
		{Entity, 0, 0},
		{Member, 1, 1},
	}
	for i, tc := range tests {
		if got := s.calls[i]; got != (writeCall{tc.kind, tc.writes, tc.deletes}) {
			t.Errorf("call %d: %+v, want %+v", i, got, tc)
		}
	}
	if got := string(s.body[Member+"/d1/7"]); got != `{"doc":"d1","chain":7,"entity":"e-other"}` {
		t.Errorf("changed row stored as %s", got)
	}
	if _, ok := s.rows[Member][fmt.Sprintf("d1/%d", n-1)]; ok {
		t.Error("the dropped chain's row is still stored")
	}
}
