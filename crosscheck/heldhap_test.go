package crosscheck

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeldHappenings wants the happenings of real reports written out of their held form as they
// were found, but for their ids, and a happening of a story the corpus does not know kept whole.
func TestHeldHappenings(t *testing.T) {
	for _, file := range []string{"testdata/time_scene.json", "testdata/casualties.json", "testdata/denial.json"} {
		t.Run(file, func(t *testing.T) {
			c, haps := foundHappenings(t, file)
			if len(haps) == 0 {
				t.Fatal("no happenings found")
			}
			haps[0].Story = "no such story"
			held := newHeldHappenings(c)
			held.add(c, haps)
			for i, h := range held.list {
				if whole := h.whole != nil; whole != (i == 0) {
					t.Errorf("happening %d kept whole: %v, want %v", i, whole, i == 0)
				}
			}
			if diff := cmp.Diff(withoutIDs(haps), held.happenings(c)); diff != "" {
				t.Errorf("happenings (-found +written out):\n%s", diff)
			}
		})
	}
}

// TestHeldHappeningsUnknownParticipant wants a happening that names an entity the corpus does
// not number, after one it does, kept whole, and the happenings on either side of it, whose runs
// of participants and reports lie around what the held lists took of it, written out as they
// were found.
func TestHeldHappeningsUnknownParticipant(t *testing.T) {
	c, haps := foundHappenings(t, "testdata/casualties.json")
	mid := slices.IndexFunc(haps, func(h Happening) bool { return len(h.Participants) > 0 })
	if mid < 0 || mid == len(haps)-1 {
		t.Fatal("no happening with participants and one after it")
	}
	haps[mid].Participants = append(slices.Clone(haps[mid].Participants), "no such entity")
	held := newHeldHappenings(c)
	held.add(c, haps)
	if held.list[mid].whole == nil {
		t.Errorf("happening %d, naming an unknown entity, not kept whole", mid)
	}
	if diff := cmp.Diff(withoutIDs(haps), held.happenings(c)); diff != "" {
		t.Errorf("happenings (-found +written out):\n%s", diff)
	}
}

// foundHappenings returns the corpus of the reports of file and the happenings its checks find
// in them, every document in one block.
func foundHappenings(t *testing.T, file string) (*corpus, []Happening) {
	t.Helper()
	_, analyses, ents, members := load(t, file)
	k := New()
	c := newCorpus(analyses, ents, members)
	c.places, c.attacks = k.places, k.attacks
	dups := k.nearDuplicates(c)
	k.stories(c, dups)
	haps, _ := k.happenings(c, k.origins(c, dups, nil), newConflictFigs(len(c.docs)), incidentGroups{}, c.all())
	return c, haps
}

// withoutIDs returns copies of haps without their ids, as held happenings are written out.
func withoutIDs(haps []Happening) []Happening {
	out := make([]Happening, len(haps))
	for i, h := range haps {
		h.ID = ""
		out[i] = h
	}
	return out
}
