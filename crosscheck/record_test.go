package crosscheck

import (
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// TestRecordsCheckAsAnalyses checks, on every fixture, that the pass over records made one at a
// time, each taking its analysis over, finds what the pass over the analyses finds.
func TestRecordsCheckAsAnalyses(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures under testdata (%v)", err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			_, analyses, ents, members := load(t, file)
			want := New().Check(analyses, ents, members)
			recs := NewRecords()
			for _, a := range analyses {
				recs.Add(a)
				if a.Mentions != nil || a.Timexes != nil {
					t.Fatalf("%s: Add left the analysis its mentions and time expressions", a.Doc.ID)
				}
			}
			got := New().CheckRecords(recs, ents, members)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("pass over records (-analyses +records):\n%s", diff)
			}
		})
	}
}

// TestRecordSharesFigures checks that a figure list two events of a document carry (as
// doccols.Shared leaves them) is made once in the record, and that a figure keeps what the
// range of the dead is read from.
func TestRecordSharesFigures(t *testing.T) {
	high := 12
	figs := []dossier.Figure{{Span: dossier.Span{Start: 0, End: 30}, Counts: "killed", Who: "civilians", Low: 9, High: &high, Text: "9 to 12"}}
	a := &dossier.Analysis{Doc: dossier.Document{ID: "d1", Text: strings.Repeat("x", 40)},
		Events: []dossier.Event{{Type: dossier.Assault, Figures: figs}, {Type: dossier.Protest, Figures: figs}, {Type: dossier.Assault}}}
	recs := NewRecords()
	recs.Add(a)
	evs := recs.All()[0].a.Events
	if unsafe.SliceData(evs[0].Figures) != unsafe.SliceData(evs[1].Figures) {
		t.Error("the figures two events carry are kept twice")
	}
	if evs[2].Figures != nil {
		t.Errorf("an event without figures has %d", len(evs[2].Figures))
	}
	c := &corpus{strs: recs.names}
	if diff := cmp.Diff(figs[0], c.figure(&evs[0].Figures[0])); diff != "" {
		t.Errorf("figure (-stored +record):\n%s", diff)
	}
}

// TestClaimsOf checks that the claims of one kind come in the order the claim stage made them,
// that appending to them leaves those of the next kind as they are, and that a kind's claim
// about an event is its first.
func TestClaimsOf(t *testing.T) {
	claims := []dossier.Claim{
		{Kind: dossier.ClaimDeny, Event: 1, Object: "first"},
		{Kind: dossier.ClaimAccuse, Event: 1},
		{Kind: dossier.ClaimDeny, Event: 1, Object: "second"},
		{Kind: dossier.ClaimDeny, Event: -1, Object: "third"},
	}
	d := &doc{a: &analysis{Claims: claims}}
	deny := d.claimsOf(dossier.ClaimDeny)
	var objects []string
	for _, cl := range deny {
		objects = append(objects, cl.Object)
	}
	if want := []string{"first", "second", "third"}; !cmp.Equal(objects, want) {
		t.Errorf("denials %q, want %q", objects, want)
	}
	accuse := d.claimsOf(dossier.ClaimAccuse)
	_ = append(accuse, &claims[0])
	if got := d.claimsOf(dossier.ClaimDeny); got[0] != &claims[0] || len(got) != 3 {
		t.Error("appending to one kind's claims wrote over another's")
	}
	if got := d.eventClaim(dossier.ClaimDeny, 1); got != &claims[0] {
		t.Errorf("claim about event 1: %+v, want the first denial", got)
	}
	if got := d.eventClaim(dossier.ClaimDeny, -1); got != nil {
		t.Errorf("claim about no event: %+v, want none", got)
	}
	if got := d.claimsOf(dossier.ClaimCause); got != nil {
		t.Errorf("claims of a kind the document has not: %d", len(got))
	}
}
