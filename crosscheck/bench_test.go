package crosscheck

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
)

// synth builds a synthetic corpus of n documents in stories of eight: invented people, groups and
// places, a syndicated copy in every story, dismissals with reasons, trips and attacks with
// counts, casualty figures, denials and blame for the attacks. Two entities appear everywhere, as a great power does
// in real news.
func synth(n int) ([]*dossier.Analysis, []dossier.Entity, []dossier.Member) {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	vocab := make([]string, 4000)
	for i := range vocab {
		var b strings.Builder
		for j := 0; j < 2+rng.IntN(3); j++ {
			b.WriteString([]string{"ka", "lo", "mi", "ren", "tas", "vu", "zor", "el", "an", "dri", "bel", "oth"}[rng.IntN(12)])
		}
		vocab[i] = b.String()
	}
	var analyses []*dossier.Analysis
	var members []dossier.Member
	var entities []dossier.Entity
	addEnt := func(id, name string, t dossier.EntityType) {
		entities = append(entities, dossier.Entity{ID: id, Name: name, Type: t})
	}
	addEnt("g0", "Greater Union", dossier.LOC)
	addEnt("g1", "World Council", dossier.ORG)
	causes := []string{"a trip abroad", "embezzlement of port fees", "a quarrel with the council", "smuggling charges"}
	for s := 0; len(analyses) < n; s++ {
		person, group := fmt.Sprintf("p%d", s), fmt.Sprintf("o%d", s)
		place, dest := fmt.Sprintf("l%d", s), fmt.Sprintf("m%d", s)
		addEnt(person, "Person "+vocab[s%len(vocab)], dossier.PER)
		addEnt(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
		addEnt(place, "Town "+vocab[(s*13)%len(vocab)], dossier.LOC)
		addEnt(dest, "City "+vocab[(s*17)%len(vocab)], dossier.LOC)
		var prev *dossier.Analysis
		var prevMembers []dossier.Member
		for k := 0; k < 8 && len(analyses) < n; k++ {
			id := fmt.Sprintf("s%dd%d", s, k)
			a := &dossier.Analysis{Doc: dossier.Document{ID: id, Publisher: fmt.Sprintf("Outlet %d", rng.IntN(200)), Published: fmt.Sprintf("2024-%02d-%02d", 1+s%12, 1+k)}}
			if k == 7 && prev != nil {
				// A syndicated copy of the previous page.
				cp := *prev
				cp.Doc = prev.Doc
				cp.Doc.ID, cp.Doc.Publisher = id, "Wire Service"
				analyses = append(analyses, &cp)
				for _, m := range prevMembers {
					m.Doc = id
					members = append(members, m)
				}
				continue
			}
			var b strings.Builder
			chains := map[string]int{}
			mention := func(ent, text string, t dossier.EntityType) int {
				ch, ok := chains[ent]
				if !ok {
					ch = len(chains)
					chains[ent] = ch
					members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: id, Chain: ch}, Entity: ent})
				}
				start := b.Len()
				b.WriteString(text)
				a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: start, End: b.Len()}, Text: text, Type: t, Chain: ch})
				return ch
			}
			filler := func(w int) {
				for i := 0; i < w; i++ {
					b.WriteString(vocab[rng.IntN(len(vocab))])
					b.WriteByte(' ')
				}
			}
			sentence := func(f func()) dossier.Span {
				start := b.Len()
				f()
				b.WriteString(". ")
				sp := dossier.Span{Start: start, End: b.Len() - 1}
				a.Doc.Sentences = append(a.Doc.Sentences, sp)
				return sp
			}
			var pc, gc, lc, dc int
			s1 := sentence(func() {
				gc = mention(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
				b.WriteString(" dismissed ")
				pc = mention(person, "Person "+vocab[s%len(vocab)], dossier.PER)
				b.WriteString(" because of " + causes[(s+k)%len(causes)] + " ")
				filler(6)
			})
			a.Events = append(a.Events, dossier.Event{Span: s1, Type: dossier.Dismiss, Trigger: dossier.Span{Start: s1.Start, End: s1.Start + 1}, Modality: dossier.Asserted,
				Args: []dossier.Arg{{Role: "actor", Chain: gc}, {Role: "target", Chain: pc}}})
			s2 := sentence(func() {
				b.WriteString("He headed to ")
				dc = mention(dest, "City "+vocab[(s*17)%len(vocab)], dossier.LOC)
				// As the claim stage marks a place said after a travel cue.
				m := &a.Mentions[len(a.Mentions)-1]
				m.Travel = &dossier.Span{Start: m.Start - len("headed to "), End: m.Start - 1}
				b.WriteString(" ")
				filler(8)
			})
			a.Events = append(a.Events, dossier.Event{Span: s2, Type: dossier.Travel, Trigger: dossier.Span{Start: s2.Start + 3, End: s2.Start + 9}, Modality: dossier.Reported,
				Args: []dossier.Arg{{Role: "actor", Chain: pc}, {Role: "destination", Chain: dc}}})
			s3 := sentence(func() {
				filler(5)
				b.WriteString(" attack in ")
				lc = mention(place, "Town "+vocab[(s*13)%len(vocab)], dossier.LOC)
				b.WriteString(" by ")
				mention(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
				b.WriteString(" with support from the ")
				mention("g0", "Greater Union", dossier.LOC)
				b.WriteString(" ")
				filler(5)
			})
			a.Events = append(a.Events, dossier.Event{Span: s3, Type: dossier.Assault, Trigger: dossier.Span{Start: s3.Start, End: s3.Start + 2}, Modality: dossier.Asserted,
				Number: fmt.Sprint(40 + 10*(k%3)), Time: fmt.Sprintf("2024-%02d-01", 1+s%12), Args: []dossier.Arg{{Role: "actor", Chain: gc}, {Role: "place", Chain: lc}}})
			sentence(func() {
				fmt.Fprintf(&b, "%d fighters were killed in the attack near ", 40+10*(k%3))
				mention(place, "Town "+vocab[(s*13)%len(vocab)], dossier.LOC)
			})
			sentence(func() {
				mention(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
				b.WriteString(" denied any role in the dismissal")
			})
			// Blame for the attack: residents blame the group in some reports, the group and
			// the person blame each other in others.
			s4 := sentence(func() {
				if k%2 == 0 {
					b.WriteString("Residents blamed ")
					mention(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
					b.WriteString(" for the attack")
					return
				}
				mention(group, "Group "+vocab[(s*7)%len(vocab)], dossier.ORG)
				b.WriteString(" and ")
				mention(person, "Person "+vocab[s%len(vocab)], dossier.PER)
				b.WriteString(" blamed each other for the attack")
			})
			if k%2 == 0 {
				a.Events = append(a.Events, dossier.Event{Span: s4, Type: dossier.Accuse, Trigger: dossier.Span{Start: s4.Start + 10, End: s4.Start + 17}, Modality: dossier.Asserted,
					Args: []dossier.Arg{{Role: "target", Chain: gc}}})
			}
			sentence(func() {
				mention("g1", "World Council", dossier.ORG)
				b.WriteString(" ")
				filler(60 + rng.IntN(40))
			})
			a.Doc.Text = b.String()
			a.Sketch = claim.Sketch(a.Doc.Text) // as the claim stage stores it
			_ = lc
			analyses = append(analyses, a)
			prev = a
			prevMembers = members[len(members)-len(chains):]
		}
	}
	return analyses, entities, members
}

func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{1000, 2000, 10000, 20000, 100000} {
		analyses, ents, members := synth(n)
		k := New()
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			for b.Loop() {
				k.Check(analyses, ents, members)
			}
		})
	}
}

func TestSynthScale(t *testing.T) {
	analyses, ents, members := synth(400)
	res := New().Check(analyses, ents, members)
	if got, want := len(res.Stories), 50; got != want {
		t.Errorf("%d stories, want %d", got, want)
	}
	copies := 0
	for _, o := range res.Origins {
		if strings.HasPrefix(o.Reason, "near-duplicate") {
			copies++
		}
	}
	if copies < 45 {
		t.Errorf("%d syndicated copies found, want about 50", copies)
	}
	perStory := map[string]int{}
	for _, c := range res.Conflicts {
		perStory[c.Sides[0].Doc[:strings.Index(c.Sides[0].Doc, "d")]]++
	}
	for s, n := range perStory {
		if n > 5 {
			t.Errorf("story %s has %d conflicts, want at most 5", s, n)
		}
	}
}
