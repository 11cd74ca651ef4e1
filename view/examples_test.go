package view_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/corpustest"
	"github.com/dossier-project/dossier/view"
)

// examples ingests the example corpus with the real stages and runs the cross-document pass,
// as the ingest command does.
func examples(t *testing.T) *view.Snapshot {
	t.Helper()
	m := newMemStore()
	if sum := corpustest.Build(t, m, []string{"../examples"}); len(sum.Failed) > 0 || sum.Stored != 5 {
		t.Fatalf("ingest: %+v", sum)
	}
	return load(t, m)
}

// TestExamples checks what the query commands and the entity page show of the example story:
// one commander under three spellings, each with the outlet that uses it, the outlets'
// disagreement on why he was removed, and a weekday whose year is not known.
func TestExamples(t *testing.T) {
	s := examples(t)
	found := s.FindEntities("youssef abdelkarim hadad")
	if len(found) != 1 {
		t.Fatalf("FindEntities: %+v", names(found))
	}
	d, ok := s.Entity(found[0].ID)
	if !ok {
		t.Fatalf("no entity %s", found[0].ID)
	}
	sources := map[string][]string{}
	for _, sp := range d.Spellings {
		for _, u := range sp.Sources {
			sources[sp.Text] = append(sources[sp.Text], u.Source)
		}
	}
	for spelling, source := range map[string]string{
		"Yousef Abdel-Karim Haddad":    "Frontline Dispatch",
		"Yusuf Abd al-Karim al-Haddad": "The Levant Ledger",
		"Youssef Abdelkarim Hadad":     "Desert Wire",
	} {
		if !slices.Contains(sources[spelling], source) {
			t.Errorf("spelling %q: sources %v, want %s among them", spelling, sources[spelling], source)
		}
	}
	if d.Documents != 5 || len(d.DocumentsList) != 5 {
		t.Errorf("named in %d documents, listed %d", d.Documents, len(d.DocumentsList))
	}
	framed := false
	for _, f := range d.Framing {
		framed = framed || f.Source == "Frontline Dispatch" && len(f.Labels) > 0
	}
	if !framed {
		t.Errorf("framing: %+v", d.Framing)
	}

	var cause *view.Conflict
	for _, c := range s.Conflicts() {
		if c.Kind == "cause" {
			cause = &c
			break
		}
	}
	if cause == nil {
		t.Fatalf("no cause conflict in %+v", s.Conflicts())
	}
	var sides []string
	for _, sd := range cause.Sides {
		sides = append(sides, sd.Source)
		if sd.Sentence < 0 || sd.Title == "" {
			t.Errorf("side %+v: no sentence or title", sd)
		}
	}
	if !slices.Contains(sides, "Desert Wire") || !slices.Contains(sides, "Frontline Dispatch") {
		t.Errorf("cause conflict sides: %v", sides)
	}
	if !slices.ContainsFunc(d.Conflicts, func(c view.Conflict) bool { return c.ID == cause.ID }) {
		t.Errorf("the cause conflict is not on the entity")
	}

	travel := false
	for _, e := range s.Timeline(d.ID) {
		travel = travel || e.Type == "TRAVEL" && !e.YearKnown && strings.HasPrefix(e.Time, "XXXX")
	}
	if !travel {
		t.Errorf("no TRAVEL event of an unknown year in the entity's timeline")
	}
}
