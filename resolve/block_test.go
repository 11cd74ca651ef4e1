package resolve

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// blockCorpus is one corpus of testdata/blocks.txt.
type blockCorpus struct {
	name string
	pins Pins
	docs []*dossier.Analysis
}

func readBlockCorpora(t *testing.T, path string) []blockCorpus {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []blockCorpus
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			out = append(out, blockCorpus{name: line[3:]})
		case strings.HasPrefix(line, "pin: "):
			p, err := ParsePins(strings.NewReader(line[5:] + "\n"))
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			c := &out[len(out)-1]
			c.pins.Merge = append(c.pins.Merge, p.Merge...)
			c.pins.Split = append(c.pins.Split, p.Split...)
		default:
			id, rest, _ := strings.Cut(line, " ")
			c := &out[len(out)-1]
			c.docs = append(c.docs, doc(id, strings.Split(rest, " ; ")...))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// resolveByGroups resolves each independent group of chains alone and puts the results together
// in the order a resolution of all of them gives.
func (r *Resolver) resolveByGroups(as []*dossier.Analysis) ([]dossier.Entity, []dossier.Member, int) {
	chains := r.chains(sortedAnalyses(as))
	groups := r.groups(chains)
	var ents []placed
	members := make([]dossier.Member, len(chains))
	for _, g := range groups {
		es, ms := r.resolveGroup(chains, g)
		ents = append(ents, es...)
		for k, i := range g {
			members[i] = ms[k]
		}
	}
	return orderResults(ents), members, len(groups)
}

// TestGroupsIndependent: resolving each independent group of chains alone gives exactly what
// resolving the whole corpus gives, ids included.
func TestGroupsIndependent(t *testing.T) {
	for _, c := range readBlockCorpora(t, "testdata/blocks.txt") {
		t.Run(c.name, func(t *testing.T) {
			pins := c.pins
			r := New(en.Embedded(), &pins)
			wantE, wantM := r.Resolve(c.docs)
			gotE, gotM, n := r.resolveByGroups(c.docs)
			if !reflect.DeepEqual(gotE, wantE) {
				t.Errorf("entities by groups:\n got %+v\nwant %+v", gotE, wantE)
			}
			if !reflect.DeepEqual(gotM, wantM) {
				t.Errorf("members by groups:\n got %+v\nwant %+v", gotM, wantM)
			}
			if n < 2 {
				t.Errorf("%d group: the corpus should fall apart", n)
			}
		})
	}
}

// TestUpdate: a corpus resolved in batches, each batch updating the resolution of the ones
// before, gives what resolving it whole gives, and resolves again only the groups a batch
// touches.
func TestUpdate(t *testing.T) {
	for _, c := range readBlockCorpora(t, "testdata/blocks.txt") {
		for _, batches := range []int{2, 3, len(c.docs)} {
			t.Run(fmt.Sprintf("%s/%d batches", c.name, batches), func(t *testing.T) {
				pins := c.pins
				r := New(en.Embedded(), &pins)
				wantE, wantM := r.Resolve(c.docs)
				var prior *Prior
				var st UpdateStats
				for b := 1; b <= batches; b++ {
					upto := len(c.docs) * b / batches
					es, ms, s := r.Update(c.docs[:upto], prior)
					prior, st = &Prior{Basis: r.Basis(), Entities: es, Members: ms}, s
				}
				if !reflect.DeepEqual(prior.Entities, wantE) {
					t.Errorf("entities:\n got %+v\nwant %+v", prior.Entities, wantE)
				}
				if !reflect.DeepEqual(prior.Members, wantM) {
					t.Errorf("members:\n got %+v\nwant %+v", prior.Members, wantM)
				}
				if want := touchedGroups(r, c.docs, c.docs[len(c.docs)*(batches-1)/batches:]); st.Resolved != want {
					t.Errorf("the last batch resolved %d of %d groups again, want the %d it touches", st.Resolved, st.Groups, want)
				}
				// Again with nothing new: nothing to resolve.
				if _, _, s := r.Update(c.docs, prior); s.Resolved != 0 {
					t.Errorf("nothing new, yet %d groups resolved again", s.Resolved)
				}
				// Nor when the prior lists its members in another order.
				reversed := &Prior{Basis: prior.Basis, Entities: prior.Entities, Members: slices.Clone(prior.Members)}
				slices.Reverse(reversed.Members)
				if es, ms, s := r.Update(c.docs, reversed); s.Resolved != 0 || !reflect.DeepEqual(es, wantE) || !reflect.DeepEqual(ms, wantM) {
					t.Errorf("members reversed: %d groups resolved again, same result %v", s.Resolved, reflect.DeepEqual(es, wantE) && reflect.DeepEqual(ms, wantM))
				}
				// A prior of other pins is not used.
				other := &Prior{Basis: "other", Entities: prior.Entities, Members: prior.Members}
				if _, _, s := r.Update(c.docs, other); s.Resolved != s.Groups {
					t.Errorf("a prior of another basis was used for %d groups", s.Groups-s.Resolved)
				}
			})
		}
	}
}

// touchedGroups counts the independent groups of all that hold a chain of a document of batch.
func touchedGroups(r *Resolver, all, batch []*dossier.Analysis) int {
	in := map[string]bool{}
	for _, a := range batch {
		in[a.Doc.ID] = true
	}
	chains := r.chains(sortedAnalyses(all))
	n := 0
	for _, g := range r.groups(chains) {
		for _, i := range g {
			if in[chains[i].ref().Doc] {
				n++
				break
			}
		}
	}
	return n
}

// TestBasis: resolvers of the same pins share a basis, and other pins give another.
func TestBasis(t *testing.T) {
	none := New(en.Embedded(), nil).Basis()
	tests := []struct {
		name string
		pins *Pins
		same bool
	}{
		{"no pins", nil, true},
		{"empty pins", &Pins{}, true},
		{"a merge", &Pins{Merge: [][2]string{{"Ana Ruiz", "The Captain"}}}, false},
		{"a split", &Pins{Split: [][2]string{{"Ana Ruiz", "The Captain"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(en.Embedded(), tt.pins).Basis(); (got == none) != tt.same {
				t.Errorf("basis %s, without pins %s: same = %v, want %v", got, none, got == none, tt.same)
			}
		})
	}
}

// TestUpdateSynthetic: a larger corpus of varied spellings, resolved in batches each updating
// the resolution of the ones before, gives what resolving it whole gives.
func TestUpdateSynthetic(t *testing.T) {
	docs := synthetic(3000, 7)
	r := New(en.Embedded(), nil)
	wantE, wantM := r.Resolve(docs)
	var prior *Prior
	const batches = 6
	for b := 1; b <= batches; b++ {
		es, ms, _ := r.Update(docs[:len(docs)*b/batches], prior)
		prior = &Prior{Basis: r.Basis(), Entities: es, Members: ms}
	}
	if !reflect.DeepEqual(prior.Entities, wantE) || !reflect.DeepEqual(prior.Members, wantM) {
		t.Errorf("%d batches: %d entities, %d members; whole: %d entities, %d members, same result false",
			batches, len(prior.Entities), len(prior.Members), len(wantE), len(wantM))
	}
}

// TestUpdateSmallBatch: a batch of one document in a hundred added to a large corpus, resolved by
// updating the resolution of the rest, gives what resolving it whole gives, and what resolving
// each group alone gives; the groups the batch leaves untouched are not resolved again.
func TestUpdateSmallBatch(t *testing.T) {
	docs := synthetic(2000, 11)
	r := New(en.Embedded(), nil)
	wantE, wantM := r.Resolve(docs)
	cut := len(docs) - len(docs)/100
	es, ms := r.Resolve(docs[:cut])
	gotE, gotM, st := r.Update(docs, &Prior{Basis: r.Basis(), Entities: es, Members: ms})
	if !reflect.DeepEqual(gotE, wantE) || !reflect.DeepEqual(gotM, wantM) {
		t.Errorf("updated: %d entities, %d members; whole: %d entities, %d members, same result false",
			len(gotE), len(gotM), len(wantE), len(wantM))
	}
	if want := touchedGroups(r, docs, docs[cut:]); st.Resolved != want || st.ResolvedChains >= st.Chains {
		t.Errorf("resolved %d of %d groups (%d of %d chains) again, want the %d the batch touches", st.Resolved, st.Groups, st.ResolvedChains, st.Chains, want)
	}
	byE, byM, _ := r.resolveByGroups(docs)
	if !reflect.DeepEqual(byE, wantE) || !reflect.DeepEqual(byM, wantM) {
		t.Errorf("by groups: %d entities, %d members; whole: %d entities, %d members", len(byE), len(byM), len(wantE), len(wantM))
	}
}
