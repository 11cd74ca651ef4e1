package main

import (
	"testing"

	"github.com/dossier-project/dossier/lang/ner"
)

func TestDocGroup(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"answers-20111108102204AAIivYN_ans", "answers-20111108"},
		{"email-enronsent23_08", "email-enronsent23"},
		{"newsgroup-groups.google.com_alt.animals.cat_0382388c4d68ddf5_ENG_20031019_125000", "newsgroup-groups.google.com_alt.animals.cat"},
		{"weblog-blogspot.com_marketview_20040611132900_ENG_20040611_132900", "weblog-blogspot.com_marketview"},
		{"reviews-001961", "reviews-001961"},
		{"GUM_news_afghan", "GUM_news_afghan"},
	} {
		if got := docGroup(c.doc); got != c.want {
			t.Errorf("docGroup(%q) = %q, want %q", c.doc, got, c.want)
		}
	}
}

func TestGroupIndexKeepsGroupsTogether(t *testing.T) {
	data := []ner.Example{
		{Doc: "email-enronsent23_08"}, {Doc: "answers-20111108102204AAIivYN_ans"},
		{Doc: "email-enronsent23_11"}, {Doc: "answers-20111108111203AA6gfnr_ans"},
		{Doc: "email-enronsent05_01"},
	}
	idx := groupIndex(data)
	if idx["email-enronsent23_08"] != idx["email-enronsent23_11"] {
		t.Errorf("one mailbox split: %v", idx)
	}
	if idx["answers-20111108102204AAIivYN_ans"] != idx["answers-20111108111203AA6gfnr_ans"] {
		t.Errorf("one day's questions split: %v", idx)
	}
	if idx["email-enronsent05_01"] == idx["email-enronsent23_08"] {
		t.Errorf("two mailboxes joined: %v", idx)
	}
}

func TestLowerCopies(t *testing.T) {
	in := []ner.Example{
		{Doc: "d", Words: []string{"Lisa", "left"}, Tags: []string{"B-PER", "O"}, Weight: 2},
		{Doc: "d", Words: []string{"She", "left"}, Tags: []string{"O", "O"}},
	}
	out := lowerCopies(in)
	if len(out) != 1 {
		t.Fatalf("got %d copies, want 1 (only the sentence with a name)", len(out))
	}
	if out[0].Words[0] != "lisa" || out[0].Tags[0] != "B-PER" || out[0].Weight != 1 || out[0].Doc == "d" {
		t.Errorf("copy = %+v", out[0])
	}
	if in[0].Words[0] != "Lisa" {
		t.Errorf("original changed: %v", in[0].Words)
	}
}

func TestUnsureOthers(t *testing.T) {
	lex := ner.NewLexicon(nil)
	lex.Add("DEMONYM", "English")
	in := []ner.Example{{
		Words:  []string{"Anna", "uses", "Firefox", "in", "English"},
		Tags:   []string{"B-PER", "O", "O", "O", "O"},
		Others: []ner.OtherName{{Start: 2, End: 3, Head: "Firefox"}, {Start: 4, End: 5, Head: "English"}},
	}}
	out := unsureOthers(in, lex)
	want := []bool{false, false, true, false, false}
	for i, u := range out[0].Unsure {
		if u != want[i] {
			t.Errorf("word %d (%s) unsure = %v, want %v", i, in[0].Words[i], u, want[i])
		}
	}
	if in[0].Unsure != nil {
		t.Errorf("input changed: %v", in[0].Unsure)
	}
	if kept := withoutOthers(in, lex); len(kept) != 0 {
		t.Errorf("withoutOthers kept %d sentences, want 0 (Firefox is no people or language)", len(kept))
	}
}

// TestSameShare checks the threshold at which one model's sorted values pass in the share that
// another's pass a given threshold.
func TestSameShare(t *testing.T) {
	ref := []float64{0.1, 0.5, 0.8, 0.9, 0.95}
	got := []float64{0.2, 0.3, 0.6, 0.7, 0.85, 0.9, 0.92, 0.93, 0.96, 0.99}
	cases := []struct {
		th, share, want float64
	}{
		{0.9, 0.4, 0.92},       // two of five pass: four of ten must
		{0.5, 0.8, 0.6},        // four of five: eight of ten
		{0.05, 1, 0.2},         // all pass
		{0.99, 0, 0.99 + 1e-9}, // none passes: above the highest
	}
	for _, c := range cases {
		if s := shareAtLeast(ref, c.th); s != c.share {
			t.Errorf("shareAtLeast(%v) = %v, want %v", c.th, s, c.share)
		}
		if g := sameShare(ref, got, c.th); g != c.want {
			t.Errorf("sameShare(%v) = %v, want %v", c.th, g, c.want)
		}
	}
}
