package crosscheck

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dossier-project/dossier"
)

// sliceSource is a Source over analyses held in memory, counting the reads of a list of ids.
type sliceSource struct {
	analyses []*dossier.Analysis
	reads    int
	fail     error // what Of fails with, when set
}

// Each gives of each analysis only what Source.Each promises the checks read, so that every
// test of CheckStored fails if they read more.
func (s *sliceSource) Each(fn func(*dossier.Analysis) error) error {
	for _, a := range s.analyses {
		d := &a.Doc
		outline := &dossier.Analysis{
			Doc:      dossier.Document{ID: d.ID, URL: d.URL, Publisher: d.Publisher, Published: d.Published},
			TextLen:  a.TextLength(),
			Mentions: a.Mentions, Timexes: a.Timexes, Sketch: a.Sketch, Credits: a.Credits, Dateline: a.Dateline,
		}
		if err := fn(outline); err != nil {
			return err
		}
	}
	return nil
}

func (s *sliceSource) Of(ids []string, fn func(*dossier.Analysis) error) error {
	if s.fail != nil {
		return s.fail
	}
	s.reads++
	for _, a := range s.analyses {
		if _, ok := slices.BinarySearch(ids, a.Doc.ID); ok {
			if err := fn(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// TestStoredChecksAsAtOnce checks, on every fixture, that checking the documents a block at a
// time, with budgets so small that the blocks split, finds what checking them at once finds.
func TestStoredChecksAsAtOnce(t *testing.T) {
	split := 0
	eachFixture(t, func(t *testing.T, k *Checker, analyses []*dossier.Analysis, ents []dossier.Entity, members []dossier.Member) {
		want := k.Check(analyses, ents, members)
		for _, budget := range []int{0, 1, 2, 5} {
			src := &sliceSource{analyses: analyses}
			got, err := k.CheckStored(src, ents, members, budget)
			if err != nil {
				t.Fatalf("budget %d: %v", budget, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("budget %d, %d reads (-at once +in blocks):\n%s", budget, src.reads, diff)
			}
			// At budget 1 the figures' sweep reads one block per document; two reads more
			// mean the stories were checked in two blocks or more.
			if budget == 1 && src.reads > len(analyses)+1 {
				split++
			}
		}
	})
	if split < 10 {
		t.Errorf("the stories of %d fixtures were checked in more than one block, want 10 or more", split)
	}
}

// TestStoredHeldAsWrittenOut checks, on every fixture, that the happenings CheckStoredHeld
// lists, read one at a time and more than once, are those CheckStored writes out, in order, and
// that the rest of its result is the same.
func TestStoredHeldAsWrittenOut(t *testing.T) {
	eachFixture(t, func(t *testing.T, k *Checker, analyses []*dossier.Analysis, ents []dossier.Entity, members []dossier.Member) {
		for _, budget := range []int{0, 2} {
			want, err := k.CheckStored(&sliceSource{analyses: analyses}, ents, members, budget)
			if err != nil {
				t.Fatalf("budget %d: %v", budget, err)
			}
			got, haps, err := k.CheckStoredHeld(&sliceSource{analyses: analyses}, ents, members, budget)
			if err != nil {
				t.Fatalf("budget %d: %v", budget, err)
			}
			if got.Happenings != nil {
				t.Errorf("budget %d: CheckStoredHeld wrote %d happenings out, want them listed", budget, len(got.Happenings))
			}
			got.Happenings = haps.Slice()
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("budget %d (-written out +listed):\n%s", budget, diff)
			}
			if haps.Len > 0 {
				if diff := cmp.Diff(want.Happenings[haps.Len-1], haps.At(haps.Len-1)); diff != "" {
					t.Errorf("budget %d: the last happening read again differs:\n%s", budget, diff)
				}
			}
		}
	})
}

// TestStoredBoundedUnits checks, on every fixture, that with units of stories bounded to two
// documents (see figureUnits) checking a block at a time still finds what checking at once
// does, and that the bound keeps apart some attacks the figures join across stories.
func TestStoredBoundedUnits(t *testing.T) {
	bounded := 0
	eachFixture(t, func(t *testing.T, k *Checker, analyses []*dossier.Analysis, ents []dossier.Entity, members []dossier.Member) {
		free := k.Check(analyses, ents, members)
		k.unitDocs = 2
		want := k.Check(analyses, ents, members)
		if len(want.Happenings) != len(free.Happenings) {
			bounded++
		}
		for _, budget := range []int{1, 2, 5} {
			got, err := k.CheckStored(&sliceSource{analyses: analyses}, ents, members, budget)
			if err != nil {
				t.Fatalf("budget %d: %v", budget, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("budget %d (-at once +in blocks):\n%s", budget, diff)
			}
		}
	})
	if bounded == 0 {
		t.Errorf("bounding units changed the happenings of no fixture, want some")
	}
}

// eachFixture runs fn, in a subtest of its own, on the analyses and resolution of every fixture
// under testdata with a checker made with the fixture's options.
func eachFixture(t *testing.T, fn func(t *testing.T, k *Checker, analyses []*dossier.Analysis, ents []dossier.Entity, members []dossier.Member)) {
	t.Helper()
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures under testdata (%v)", err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			f, analyses, ents, members := load(t, file)
			fn(t, New(fixtureOptions(t, f)...), analyses, ents, members)
		})
	}
}

// TestStoredLoadFails checks that a block that cannot be read fails the pass, saying so, and
// that a document no longer stored does too.
func TestStoredLoadFails(t *testing.T) {
	_, analyses, ents, members := load(t, "testdata/blame.json")
	broken := errors.New("disk gone")
	if _, err := New().CheckStored(&sliceSource{analyses: analyses, fail: broken}, ents, members, 2); !errors.Is(err, broken) {
		t.Errorf("failing read: %v, want %v", err, broken)
	}
	src := &lostSource{sliceSource{analyses: analyses}}
	if _, err := New().CheckStored(src, ents, members, 2); err == nil || !strings.Contains(err.Error(), "no longer stored") {
		t.Errorf("lost document: %v, want it named", err)
	}
}

// lostSource gives every analysis to Each and all but the first to Of: a document deleted
// between the reads.
type lostSource struct{ sliceSource }

func (s *lostSource) Of(ids []string, fn func(*dossier.Analysis) error) error {
	return s.sliceSource.Of(ids, func(a *dossier.Analysis) error {
		if a == s.analyses[0] {
			return nil
		}
		return fn(a)
	})
}
