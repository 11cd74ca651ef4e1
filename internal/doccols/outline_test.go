package doccols

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// outlineCases are analyses whose outline column must decode as their analysis column does.
var outlineCases = []struct {
	name string
	a    dossier.Analysis
}{
	{"empty", dossier.Analysis{}},
	{"mentions", dossier.Analysis{Mentions: []dossier.Mention{
		{Span: dossier.Span{Start: 3, End: 9}, Text: "Amélie", Type: dossier.PER, Title: "Col.", Chain: 2, Entity: "e1",
			Travel: &dossier.Span{Start: 0, End: 2}},
		{Span: dossier.Span{Start: 10, End: 15}, Text: "Syria", Type: dossier.LOC, Chain: 1},
		{Span: dossier.Span{Start: 1, End: 6}, Text: "Syria", Type: dossier.LOC, Chain: 1, Entity: "e2"},
	}}},
	{"extreme offsets", dossier.Analysis{
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: -1, End: 1 << 62}, Chain: -3}},
		Dateline: -7,
	}},
	{"invalid UTF-8", dossier.Analysis{
		Mentions: []dossier.Mention{{Text: "caf\xe9 \xff\xfe", Type: "\xc3"}},
		Credits:  []dossier.Credit{{Phrase: "by", Words: []string{"a\x80b"}}},
	}},
	{"timexes", dossier.Analysis{Timexes: []dossier.Timex{
		{Span: dossier.Span{Start: 5, End: 11}, Text: "Monday", Type: "DATE", Value: "XXXX-WXX-1"},
		{Span: dossier.Span{Start: 40, End: 52}, Text: "early June", Type: "DATE", Value: "2016-06", Mod: "START", Dateline: true},
	}}},
	{"sketch", dossier.Analysis{Sketch: []uint64{0, 1, 1 << 63, ^uint64(0)}}},
	{"credits", dossier.Analysis{Credits: []dossier.Credit{
		{Span: dossier.Span{Start: 20, End: 33}, Phrase: "translated by", Words: []string{"harbour", "news"}},
		{Span: dossier.Span{Start: 2, End: 4}, Phrase: "dateline", Before: true, Words: []string{}},
		{Phrase: "reported"},
	}, Dateline: 12}},
}

// TestOutlineColumn: the outline column gives what the analysis column gives of the outline,
// encoding/json's reading of invalid UTF-8 and its telling a nil list of words from an empty
// one included.
func TestOutlineColumn(t *testing.T) {
	for _, tc := range outlineCases {
		c, err := Encode(&tc.a)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := EncodeWhole(&tc.a)
		if err != nil {
			t.Fatal(err)
		}
		want, got := &dossier.Analysis{}, &dossier.Analysis{}
		if err := DecodeOutline(want, nil, whole.Analysis); err != nil {
			t.Fatalf("%s: analysis column: %v", tc.name, err)
		}
		if err := DecodeOutline(got, c.Outline, nil); err != nil {
			t.Fatalf("%s: outline column: %v", tc.name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-analysis column +outline column):\n%s", tc.name, diff)
		}
		for i := 1; i < len(c.Outline); i++ {
			if err := DecodeOutline(&dossier.Analysis{}, c.Outline[:i], nil); err == nil {
				t.Errorf("%s: the outline cut to %d of %d bytes decodes without error", tc.name, i, len(c.Outline))
			}
		}
	}
}

// TestOutlineOfStored: the outline of a stored analysis (a generated news report's) made from
// its analysis column decodes as that column does, in well under half its bytes.
func TestOutlineOfStored(t *testing.T) {
	b, err := os.ReadFile("testdata/analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	outline, err := OutlineOf(b)
	if err != nil {
		t.Fatal(err)
	}
	want, got := &dossier.Analysis{}, &dossier.Analysis{}
	if err := DecodeOutline(want, nil, b); err != nil {
		t.Fatal(err)
	}
	if err := DecodeOutline(got, outline, nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-analysis column +outline column):\n%s", diff)
	}
	if len(want.Mentions) < 10 || len(want.Timexes) == 0 {
		t.Errorf("the stored analysis has %d mentions and %d time expressions: the test reads too little", len(want.Mentions), len(want.Timexes))
	}
	if len(outline)*3 > len(b) {
		t.Errorf("outline of %d bytes for an analysis of %d", len(outline), len(b))
	}
	if _, err := OutlineOf([]byte(`{"mentions":3}`)); err == nil {
		t.Error("the outline of a broken analysis column is made without error")
	}
}

// FuzzDecodeOutline: any column either fails to decode or decodes to an outline that encodes
// and decodes to itself.
func FuzzDecodeOutline(f *testing.F) {
	for _, tc := range outlineCases {
		f.Add(encodeOutline(&tc.a))
	}
	f.Add([]byte{})
	f.Add([]byte{outlineFormat, 0x80})
	f.Fuzz(func(t *testing.T, in []byte) {
		a := &dossier.Analysis{}
		if err := DecodeOutline(a, in, nil); err != nil {
			return
		}
		again := &dossier.Analysis{}
		if err := DecodeOutline(again, encodeOutline(a), nil); err != nil {
			t.Fatalf("%q: decoded, but its encoding does not: %v", in, err)
		}
		if diff := cmp.Diff(a, again); diff != "" {
			t.Errorf("%q: (-decoded +encoded and decoded again):\n%s", in, diff)
		}
	})
}

// BenchmarkRead reads a stored analysis (a generated news report's) as the pass does, from its
// columns as they are stored now, as they were stored before findings columns were and before
// outlines were; then kept in a Shared after decoding, and as it decodes (the document read
// again each time, as one whose strings were all met before).
func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile("testdata/analysis.json")
	if err != nil {
		b.Fatal(err)
	}
	a := &dossier.Analysis{}
	if err := Decode(a, Columns{Captions: []byte("[]"), Sentences: []byte("[]"), Analysis: raw}); err != nil {
		b.Fatal(err)
	}
	now, err := Encode(a)
	if err != nil {
		b.Fatal(err)
	}
	before, err := EncodeWhole(a)
	if err != nil {
		b.Fatal(err)
	}
	outlined, err := EncodeOutlined(a)
	if err != nil {
		b.Fatal(err)
	}
	for _, stored := range []struct {
		name string
		c    Columns
	}{{"findings", now}, {"outline", outlined}, {"whole", before}} {
		c := stored.c
		s := NewShared()
		reads := []struct {
			name string
			read func(*dossier.Analysis) error
		}{
			{"mentions", func(a *dossier.Analysis) error { return DecodeMentions(a, c.Outline, c.Analysis) }},
			{"outline", func(a *dossier.Analysis) error { return DecodeOutline(a, c.Outline, c.Analysis) }},
			{"pass", func(a *dossier.Analysis) error { return DecodePass(a, c.Sentences, c.Analysis, c.Outline, c.Findings) }},
			{"mentions-kept-after", func(a *dossier.Analysis) error {
				err := DecodeMentions(a, c.Outline, c.Analysis)
				s.Analysis(a)
				return err
			}},
			{"mentions-kept", func(a *dossier.Analysis) error { return s.DecodeMentions(a, c.Outline, c.Analysis) }},
			{"pass-kept-after", func(a *dossier.Analysis) error {
				err := DecodePass(a, c.Sentences, c.Analysis, c.Outline, c.Findings)
				s.Analysis(a)
				return err
			}},
			{"pass-kept", func(a *dossier.Analysis) error {
				return s.DecodePass(a, c.Sentences, c.Analysis, c.Outline, c.Findings)
			}},
		}
		for _, r := range reads {
			b.Run(stored.name+"/"+r.name, func(b *testing.B) {
				b.SetBytes(int64(len(c.Analysis) + len(c.Outline) + len(c.Findings)))
				for b.Loop() {
					if err := r.read(&dossier.Analysis{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
