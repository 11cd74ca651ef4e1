package resolve

import (
	"bufio"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
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
	sort.SliceStable(as, func(i, j int) bool { return as[i].Doc.ID < as[j].Doc.ID })
	chains := r.chains(as)
	groups := r.groups(chains)
	type ent struct {
		first dossier.ChainRef
		e     dossier.Entity
	}
	var ents []ent
	var members []dossier.Member
	for _, g := range groups {
		sub := make([]*chain, len(g))
		for i, ci := range g {
			sub[i] = chains[ci]
		}
		es, ms := r.resolveChains(sub)
		firsts := map[string]dossier.ChainRef{}
		for _, m := range ms {
			if _, ok := firsts[m.Entity]; !ok {
				firsts[m.Entity] = m.ChainRef
			}
		}
		for _, e := range es {
			ents = append(ents, ent{firsts[e.ID], e})
		}
		members = append(members, ms...)
	}
	less := func(a, b dossier.ChainRef) bool { return a.Doc < b.Doc || a.Doc == b.Doc && a.Chain < b.Chain }
	sort.Slice(ents, func(i, j int) bool { return less(ents[i].first, ents[j].first) })
	sort.Slice(members, func(i, j int) bool { return less(members[i].ChainRef, members[j].ChainRef) })
	out := make([]dossier.Entity, len(ents))
	for i, e := range ents {
		out[i] = e.e
	}
	return out, members, len(groups)
}

// TestGroupsIndependent: resolving each independent group of chains alone gives exactly what
// resolving the whole corpus gives, ids included.
func TestGroupsIndependent(t *testing.T) {
	for _, c := range readBlockCorpora(t, "testdata/blocks.txt") {
		t.Run(c.name, func(t *testing.T) {
			pins := c.pins
			r := New(&pins)
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
