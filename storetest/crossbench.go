package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// BigCorpus returns a deterministic cross-document result of the size a large store holds: n
// entities, three member chains and one origin for each, n/10 conflicts, n/20 stories, n/5
// happenings and n/2 frames, with ids shaped as the pass makes them.
func BigCorpus(n int) *dossier.Corpus {
	r := rand.New(rand.NewPCG(uint64(n), 0xc0de))
	ent := func(i int) string { return fmt.Sprintf("e%012x", uint64(i)*0x9e3779b1%(1<<48)) }
	doc := func(i int) string { return fmt.Sprintf("%016x", uint64(i)*0x85ebca6b%(1<<60)) }
	c := &dossier.Corpus{Basis: "pins:none"}
	for i := range n {
		nm := names[i%len(names)]
		c.Entities = append(c.Entities, dossier.Entity{ID: ent(i), Type: nm.typ,
			Name: fmt.Sprintf("%s %d", nm.text, i), Aliases: []string{fmt.Sprintf("%s-%d", nm.text, i)}})
		for k := range 3 {
			c.Members = append(c.Members, dossier.Member{ChainRef: dossier.ChainRef{Doc: doc(i), Chain: k}, Entity: ent(r.IntN(n))})
		}
		c.Origins = append(c.Origins, dossier.Origin{Doc: doc(i), Group: doc(i - i%3), Reason: "near-duplicate"})
	}
	for i := range n / 10 {
		c.Conflicts = append(c.Conflicts, dossier.Conflict{ID: fmt.Sprintf("c%012x", i), Kind: "number",
			About: []string{ent(r.IntN(n))}, Summary: fmt.Sprintf("Reports give %d and %d dead.", i, i+3),
			Sides: []dossier.ConflictSide{
				{Doc: doc(r.IntN(n)), Span: dossier.Span{Start: 10, End: 80}, Text: words[i%len(words)] + " killed twelve people"},
				{Doc: doc(r.IntN(n)), Span: dossier.Span{Start: 200, End: 260}, Text: words[(i+1)%len(words)] + " killed fifteen"},
			}})
	}
	for i := range n / 20 {
		c.Stories = append(c.Stories, dossier.Story{ID: fmt.Sprintf("s%012x", i),
			Docs: []string{doc(r.IntN(n)), doc(r.IntN(n)), doc(r.IntN(n))}, Entities: []string{ent(r.IntN(n))}})
	}
	for i := range n / 5 {
		c.Happenings = append(c.Happenings, dossier.Happening{ID: fmt.Sprintf("h%012x", i),
			Type: eventTypes[i%len(eventTypes)], Story: fmt.Sprintf("s%012x", i%max(1, n/20)),
			Participants: []string{ent(r.IntN(n)), ent(r.IntN(n))}, Time: "2023-11-0" + fmt.Sprint(1+i%9), Origins: 2,
			Reports: []dossier.Report{
				{Doc: doc(r.IntN(n)), Event: r.IntN(9), Modality: dossier.Asserted, Origin: doc(0)},
				{Doc: doc(r.IntN(n)), Event: r.IntN(9), Modality: dossier.Reported, Attribution: []string{"officials"}, Origin: doc(3)},
			}})
	}
	for i := range n / 2 {
		c.Frames = append(c.Frames, dossier.Frame{Source: fmt.Sprintf("Outlet %d", i%40), Entity: ent(i),
			Labels: []string{"a " + words[i%len(words)] + " leader"}, Camp: "backed"})
	}
	return c
}

// Touched returns a copy of c as a small new batch leaves it: one conflict's summary changed,
// one happening gone, one entity added at the front.
func Touched(c *dossier.Corpus) *dossier.Corpus {
	t := *c
	t.Conflicts = slices.Clone(c.Conflicts)
	t.Conflicts[len(t.Conflicts)/2].Summary += " A third report gives 20."
	t.Happenings = slices.Delete(slices.Clone(c.Happenings), len(c.Happenings)/3, len(c.Happenings)/3+1)
	t.Entities = append([]dossier.Entity{{ID: "enew000000000", Type: dossier.PER, Name: "Ansel Morrow", Aliases: []string{}}}, c.Entities...)
	return &t
}

// BenchmarkPutCross measures storing the cross-document results of a large store (BigCorpus of
// 10,000 entities) when a pass changes a few of them, as a small batch does: each round stores
// the other of two results that differ by one conflict, one happening and one entity.
func BenchmarkPutCross(b *testing.B, open func(b *testing.B) dossier.Store) {
	s := openForBench(b, open)
	base := BigCorpus(10000)
	pair := []*dossier.Corpus{Touched(base), base}
	if err := s.PutCorpus(b.Context(), base); err != nil {
		b.Fatalf("put corpus: %v", err)
	}
	n := 0
	for b.Loop() {
		if err := s.PutCorpus(b.Context(), pair[n%2]); err != nil {
			b.Fatalf("put corpus: %v", err)
		}
		n++
	}
}

// BenchmarkCorpus measures reading back the whole of a large store's cross-document results
// (BigCorpus of 10,000 entities).
func BenchmarkCorpus(b *testing.B, open func(b *testing.B) dossier.Store) {
	s := openForBench(b, open)
	want := BigCorpus(10000)
	if err := s.PutCorpus(b.Context(), want); err != nil {
		b.Fatalf("put corpus: %v", err)
	}
	for b.Loop() {
		got, err := s.Corpus(b.Context())
		if err != nil {
			b.Fatalf("corpus: %v", err)
		}
		if len(got.Entities) != len(want.Entities) {
			b.Fatalf("read %d entities, want %d", len(got.Entities), len(want.Entities))
		}
	}
}

// openForBench opens a store for a benchmark and closes it when the benchmark ends.
func openForBench(b *testing.B, open func(b *testing.B) dossier.Store) dossier.Store {
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("close: %v", err)
		}
	})
	return s
}
