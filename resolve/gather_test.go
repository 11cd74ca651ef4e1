package resolve

import (
	"errors"
	"reflect"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// TestGathered: analyses added one at a time in order of id resolve as Resolve and Update
// resolve them held, and an analysis out of order is refused.
func TestGathered(t *testing.T) {
	for _, c := range readBlockCorpora(t, "testdata/blocks.txt") {
		t.Run(c.name, func(t *testing.T) {
			pins := c.pins
			r := New(en.Embedded(), &pins)
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
	g := New(en.Embedded(), nil).NewGathered()
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

// TestFormsShared: chains that write the same texts share one form, forms of one fullest name
// share one name, and forms that an acronym written out renames alike share one shape; the
// chains still resolve as one entity.
func TestFormsShared(t *testing.T) {
	docs := []*dossier.Analysis{
		doc("d1", "ORG:UN Security Council"),
		doc("d2", "ORG:UN Security Council", "PER:Jane Roe"),
		doc("d3", "ORG:United Nations|UN"),
		doc("d4", "ORG:U.N. Security Council|UN Security Council"),
		doc("d5", "PER:Jane Roe|Roe"),
	}
	r := New(en.Embedded(), nil)
	chains := r.chains(docs)
	byRef := map[dossier.ChainRef]*chain{}
	for _, c := range chains {
		byRef[c.ref()] = c
	}
	d1, d2, d4 := byRef[ref("d1", 0)], byRef[ref("d2", 0)], byRef[ref("d4", 0)]
	if d1.form != d2.form {
		t.Error("chains writing the same texts have forms of their own")
	}
	if d1.form == d4.form || d1.shape != d4.shape {
		t.Errorf("forms renamed alike: same form %v, same shape %v; want other forms, one shape", d1.form == d4.form, d1.shape == d4.shape)
	}
	if got, want := d1.full.String(), r.keys.Parse("United Nations Security Council").String(); got != want {
		t.Errorf("renamed name = %q, want %q, the acronym written out", got, want)
	}
	if d1.written.String() == d1.full.String() {
		t.Error("a renamed chain lost its written name")
	}
	if p, q := byRef[ref("d2", 1)], byRef[ref("d5", 0)]; p.form == q.form || p.name != q.name {
		t.Error("chains of one fullest name and other texts: want other forms, one name")
	}
	_, members := r.Resolve(docs)
	for _, other := range []dossier.ChainRef{ref("d2", 0), ref("d4", 0)} {
		if !sameEntity(members, ref("d1", 0), other) {
			t.Errorf("%v is not the entity of d1's council", other)
		}
	}
}
