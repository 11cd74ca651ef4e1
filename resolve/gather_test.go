package resolve

import (
	"errors"
	"reflect"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestGathered: analyses added one at a time in order of id resolve as Resolve and Update
// resolve them held, and an analysis out of order is refused.
func TestGathered(t *testing.T) {
	for _, c := range readBlockCorpora(t, "testdata/blocks.txt") {
		t.Run(c.name, func(t *testing.T) {
			pins := c.pins
			r := New(&pins)
			wantE, wantM := r.Resolve(c.docs)
			gotE, gotM := r.ResolveGathered(gather(t, r, c.docs))
			if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotM, wantM) {
				t.Errorf("gathered:\n got %+v %+v\nwant %+v %+v", gotE, gotM, wantE, wantM)
			}
			half := c.docs[:len(c.docs)/2]
			hE, hM := r.Resolve(half)
			prior := &Prior{Basis: r.Basis(), Entities: hE, Members: hM}
			wantE, wantM, wantSt := r.Update(c.docs, prior)
			gotE, gotM, gotSt := r.UpdateGathered(gather(t, r, c.docs), prior)
			if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotM, wantM) || gotSt != wantSt {
				t.Errorf("gathered update:\n got %+v %+v %+v\nwant %+v %+v %+v", gotE, gotM, gotSt, wantE, wantM, wantSt)
			}
		})
	}
}

// gather adds docs to a new Gathered of r in order of id.
func gather(t *testing.T, r *Resolver, docs []*dossier.Analysis) *Gathered {
	t.Helper()
	g := r.NewGathered()
	for _, a := range sortedAnalyses(docs) {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if g.Docs() != len(docs) {
		t.Fatalf("gathered %d documents of %d", g.Docs(), len(docs))
	}
	return g
}

func TestGatheredOrder(t *testing.T) {
	g := New(nil).NewGathered()
	for _, id := range []string{"b", "c"} {
		if err := g.Add(&dossier.Analysis{Doc: dossier.Document{ID: id}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{"a", "c"} {
		if err := g.Add(&dossier.Analysis{Doc: dossier.Document{ID: id}}); !errors.Is(err, ErrOrder) {
			t.Errorf("add %s after c: %v, want ErrOrder", id, err)
		}
	}
}
