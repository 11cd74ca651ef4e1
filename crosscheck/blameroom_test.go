package crosscheck

import (
	"testing"
)

// TestBlameListMadeOnce: the list of blame claims is made once with room for every claim the
// pass adds to it, the deeds and accusations of the events and the sentences of mutual blame,
// not knowing and denial, so it is never grown.
func TestBlameListMadeOnce(t *testing.T) {
	tests := []struct {
		file      string
		wantClaim bool // the fixture has claims of who did an attack
	}{
		{"testdata/blame.json", true},
		{"testdata/mutual.json", true},
		{"testdata/denial.json", false},
		{"testdata/incidents_culprit.json", true},
		{"testdata/casualties.json", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, analyses, ents, members := load(t, tt.file)
			k := New()
			c := newCorpus(analyses, ents, members)
			c.places, c.attacks = k.places, k.attacks
			dups := k.nearDuplicates(c)
			k.stories(c, dups)
			figs := newConflictFigs(len(c.docs))
			for di := range c.docs {
				figs.add(k, c, di)
			}
			_, grouped := k.happenings(c, k.origins(c, dups, nil), figs, c.attackFigureGroups(figs.figs), c.all())
			claims := k.blameClaims(c, grouped, c.all())
			if tt.wantClaim && len(claims) == 0 {
				t.Fatal("no blame claims read")
			}
			room := blameRoom(c, grouped, c.all())
			if cap(claims) != room {
				t.Errorf("capacity %d, want the room %d", cap(claims), room)
			}
			made := len(claims)
			for di := range c.docs {
				// Every denier counts as blamed: the most claims the sentences can add.
				var deniers, mine []int
				for _, dn := range k.denials(c, di) {
					deniers = append(deniers, dn.denier)
				}
				for i := range claims {
					if claims[i].doc == di {
						mine = append(mine, i)
					}
				}
				made += len(k.blameSentences(c, di, claims, mine, deniers))
			}
			if made > room {
				t.Errorf("%d claims made, room for %d: the list would grow", made, room)
			}
		})
	}
}

// TestHeadFiguresPointIntoFigs: the head figures are listed as pointers into the documents'
// figures, not copies of them, in order of document.
func TestHeadFiguresPointIntoFigs(t *testing.T) {
	figs := [][]casualty{
		{{doc: 0, head: true}, {doc: 0}},
		nil,
		{{doc: 2}, {doc: 2, head: true}, {doc: 2, head: true, update: true}},
	}
	want := []*casualty{&figs[0][0], &figs[2][1], &figs[2][2]}
	got := headFigures(figs)
	if len(got) != len(want) || cap(got) != len(want) {
		t.Fatalf("length %d capacity %d, want both %d", len(got), cap(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("head figure %d does not point at its document's figure", i)
		}
	}
}

func TestPickCasualties(t *testing.T) {
	list := []*casualty{
		{doc: 0, count: "a"},
		{doc: 1, count: "b"},
		{doc: 0, count: "c", update: true},
		{doc: 1, count: "d", update: true},
		{doc: 1, count: "e", update: true},
		{doc: 2, count: "f"},
	}
	tests := []struct {
		name string
		idx  []int
		want []string // counts picked, in order
	}{
		{"one figure", []int{0}, nil},
		{"none", nil, nil},
		{"one a document", []int{0, 1, 5}, []string{"a", "b", "f"}},
		{"revised wins", []int{0, 2, 5}, []string{"c", "f"}},
		{"first revision wins", []int{1, 3, 4}, []string{"d"}},
		{"revised before first", []int{3, 1, 0}, []string{"d", "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pickCasualties(list, tt.idx)
			if len(got) != len(tt.want) {
				t.Fatalf("picked %d figures, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].count != w {
					t.Errorf("figure %d: got %q, want %q", i, got[i].count, w)
				}
			}
			if len(got) > 0 && cap(got) > len(tt.idx) {
				t.Errorf("capacity %d for %d figures: grown", cap(got), len(tt.idx))
			}
		})
	}
}

// TestFiledUndatedKeepsFigures checks that a toll dated by its dateline alone is taken as undated
// for joining on a copy, leaving the document's own figure, which the conflicts read, as it was.
func TestFiledUndatedKeepsFigures(t *testing.T) {
	figs := [][]casualty{{{exact: true, filed: true, head: true}, {exact: true, head: true}}}
	heads := filedUndated([]*casualty{&figs[0][0], &figs[0][1]})
	if !figs[0][0].exact {
		t.Errorf("the document's figure lost its exact day")
	}
	if heads[0] == &figs[0][0] || heads[0].exact {
		t.Errorf("the filed toll is not an undated copy: %+v", *heads[0])
	}
	if heads[1] != &figs[0][1] || !heads[1].exact {
		t.Errorf("a toll with a day of its own was changed or copied")
	}
}
