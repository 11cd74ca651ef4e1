package dossier

import "context"

// Results are the results of a cross-document pass as a store takes them, each list read one
// result at a time: a pass that holds its results in a compact form of its own writes each one
// out only as it is stored, never all of them at once (see ResultsPutter).
type Results struct {
	Entities   List[Entity]
	Members    List[Member]
	Origins    List[Origin]
	Conflicts  List[Conflict]
	Stories    List[Story]
	Happenings List[Happening]
	Frames     List[Frame]
	Basis      string // as Corpus.Basis
}

// List is Len results read one at a time: At(i) returns the i-th for i from 0 to Len-1, and may
// be called more than once for one i, always returning the same result.
type List[T any] struct {
	Len int
	At  func(i int) T
}

// ListOf returns the results of s as a list.
func ListOf[T any](s []T) List[T] {
	return List[T]{Len: len(s), At: func(i int) T { return s[i] }}
}

// Slice writes every result of l out, in order.
func (l List[T]) Slice() []T {
	if l.Len == 0 {
		return nil
	}
	out := make([]T, l.Len)
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

// Results returns the results of c as lists.
func (c *Corpus) Results() *Results {
	return &Results{Entities: ListOf(c.Entities), Members: ListOf(c.Members), Origins: ListOf(c.Origins),
		Conflicts: ListOf(c.Conflicts), Stories: ListOf(c.Stories), Happenings: ListOf(c.Happenings),
		Frames: ListOf(c.Frames), Basis: c.Basis}
}

// Corpus writes every result of r out, as the corpus they are.
func (r *Results) Corpus() *Corpus {
	return &Corpus{Entities: r.Entities.Slice(), Members: r.Members.Slice(), Origins: r.Origins.Slice(),
		Conflicts: r.Conflicts.Slice(), Stories: r.Stories.Slice(), Happenings: r.Happenings.Slice(),
		Frames: r.Frames.Slice(), Basis: r.Basis}
}

// ResultsPutter is implemented by a store that stores the results of a pass read one at a time:
// PutResults is Store.PutCross with the results as lists.
type ResultsPutter interface {
	PutResults(ctx context.Context, r *Results, done []string) error
}
