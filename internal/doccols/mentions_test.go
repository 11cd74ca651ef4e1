package doccols

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// mentionCases are lists of mentions, each with whether scanMentions reads it itself (else it is
// left to encoding/json).
var mentionCases = []struct {
	json    string
	scanned bool
}{
	{`[]`, true},
	{`[{"start":0,"end":8,"text":"DAMASCUS","type":"LOC","chain":0}]`, true},
	{`[{"start":3,"end":9,"text":"Amélie","type":"PER","title":"Col.","chain":2,"entity":"e1","travel":{"start":0,"end":2}},{"start":10,"end":15,"text":"Syria","type":"LOC","chain":1}]`, true},
	{`[{"start":-1,"end":123456789012345678,"text":"","type":"","chain":0}]`, true},
	{`null`, false},
	{`[ ]`, false},
	{`[{"end":8,"start":0,"text":"x","type":"LOC","chain":0}]`, false},
	{`[{"start":0,"end":8,"text":"a \"b\"","type":"LOC","chain":0}]`, false},
	{`[{"start":0,"end":8,"text":"\u003cb\u003e","type":"LOC","chain":0}]`, false},
	{`[{"start":0,"end":1234567890123456789,"text":"x","type":"LOC","chain":0}]`, false},
	{`[{"start":0,"end":1.5,"text":"x","type":"LOC","chain":0}]`, false},
	{`[{"start":0,"end":8,"text":"x","type":"LOC","chain":0,"other":1}]`, false},
	{`[{"start":0,"end":8,"text":"x","type":"LOC","chain":0}],`, false},
	{"[{\"start\":0,\"end\":8,\"text\":\"\xff\",\"type\":\"LOC\",\"chain\":0}]", false},
}

// TestScanMentions: a list scanMentions reads gives what encoding/json gives, and the others are
// left to encoding/json; either way a mentionList decodes as a list of mentions does.
func TestScanMentions(t *testing.T) {
	for _, c := range mentionCases {
		ms, ok := scanMentions([]byte(c.json))
		if ok != c.scanned {
			t.Errorf("%s: scanned %v, want %v", c.json, ok, c.scanned)
		}
		var want []dossier.Mention
		werr := json.Unmarshal([]byte(c.json), &want)
		if ok {
			if werr != nil {
				t.Errorf("%s: scanned, but encoding/json fails: %v", c.json, werr)
			}
			if diff := cmp.Diff(want, ms); diff != "" {
				t.Errorf("%s: scanned (-encoding/json +scanned):\n%s", c.json, diff)
			}
		}
		var l mentionList
		err := json.Unmarshal([]byte(c.json), &l)
		if (err != nil) != (werr != nil) {
			t.Errorf("%s: mention list error %v, encoding/json's %v", c.json, err, werr)
		}
		if diff := cmp.Diff(want, []dossier.Mention(l)); err == nil && diff != "" {
			t.Errorf("%s: mention list (-encoding/json +list):\n%s", c.json, diff)
		}
	}
}

// TestScanStoredMentions: the mentions of stored analyses (a generated news report's, written
// by Encode) are read by scanMentions itself, as encoding/json reads them.
func TestScanStoredMentions(t *testing.T) {
	b, err := os.ReadFile("testdata/analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw struct{ Mentions json.RawMessage }
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	ms, ok := scanMentions(raw.Mentions)
	if !ok || len(ms) < 10 {
		t.Fatalf("scanned %d mentions, %v; want all of them", len(ms), ok)
	}
	var want []dossier.Mention
	if err := json.Unmarshal(raw.Mentions, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("(-encoding/json +scanned):\n%s", diff)
	}
	outline, err := OutlineOf(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, cols := range [][2][]byte{{nil, b}, {outline, nil}} {
		a := &dossier.Analysis{}
		if err := DecodeMentions(a, cols[0], cols[1]); err != nil || !cmp.Equal(want, a.Mentions) {
			t.Errorf("DecodeMentions gives other mentions from %d bytes of outline (%v)", len(cols[0]), err)
		}
	}
}

// FuzzScanMentions: whatever valid JSON scanMentions reads, it reads as encoding/json does.
func FuzzScanMentions(f *testing.F) {
	for _, c := range mentionCases {
		f.Add(c.json)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !json.Valid([]byte(in)) {
			return
		}
		ms, ok := scanMentions([]byte(in))
		if !ok {
			return
		}
		var want []dossier.Mention
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%q: scanned, but encoding/json fails: %v", in, err)
		}
		if diff := cmp.Diff(want, ms); diff != "" {
			t.Errorf("%q (-encoding/json +scanned):\n%s", in, diff)
		}
	})
}

// FuzzScanSpans: a list of spans scanSpans reads is what encoding/json reads, and what it
// refuses encoding/json reads or refuses too (the caller then asks it).
func FuzzScanSpans(f *testing.F) {
	for _, seed := range []string{`[{"start":0,"end":300},{"start":301,"end":498}]`, `[]`, `null`, ` []`,
		`[{"start":01,"end":2}]`, `[{"start":-0,"end":-12}]`, `[{"end":2,"start":1}]`, `[{"start":1,"end":2},]`,
		`[{"start":123456789012345678901,"end":2}]`, `[{"start":1.5,"end":2}]`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got, ok := scanSpans(in)
		if !ok {
			return
		}
		var want []dossier.Span
		if err := json.Unmarshal(in, &want); err != nil {
			t.Fatalf("%q: scanned, but encoding/json fails: %v", in, err)
		}
		if diff := cmp.Diff(want, got); diff != "" || (want == nil) != (got == nil) {
			t.Errorf("%q: (-encoding/json +scanSpans):\n%s", in, diff)
		}
	})
}
