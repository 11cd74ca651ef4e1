package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestHTMLHostileText checks that markup, scripts and script URLs from documents stay inert.
func TestHTMLHostileText(t *testing.T) {
	in := loadInput(t, "small.json")
	var b bytes.Buffer
	if err := HTML(&b, in); err != nil {
		t.Fatal(err)
	}
	out := strings.ToLower(b.String())
	for _, bad := range []string{"<script", "<img", "<b>news", "<i>dangerous", `href="javascript:`, "onerror=alert(1)>"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	// One file: nothing is loaded from outside (links to the articles themselves are fine).
	for _, outside := range []string{"<img", "<iframe", "<link", "<object", "<embed", "@import", "url(", "<script"} {
		if strings.Contains(out, outside) {
			t.Errorf("output loads an outside resource (%q)", outside)
		}
	}
}

var (
	hrefRE = regexp.MustCompile(`href="#([^"]*)"`)
	idRE   = regexp.MustCompile(` id="([^"]*)"`)
)

// TestHTMLLinks checks that every citation points at an anchor the page has, and that every fact
// is cited.
func TestHTMLLinks(t *testing.T) {
	for _, name := range []string{"examples", "small"} {
		in := loadInput(t, name+".json")
		var b bytes.Buffer
		if err := HTML(&b, in); err != nil {
			t.Fatal(err)
		}
		ids := map[string]int{}
		for _, m := range idRE.FindAllStringSubmatch(b.String(), -1) {
			ids[m[1]]++
		}
		for id, n := range ids {
			if n > 1 {
				t.Errorf("%s: id %q used %d times", name, id, n)
			}
		}
		links := hrefRE.FindAllStringSubmatch(b.String(), -1)
		sentences := 0
		for _, m := range links {
			if ids[m[1]] == 0 {
				t.Errorf("%s: link to #%s, which is not in the page", name, m[1])
			}
			if strings.Contains(m[1], "-s") {
				sentences++
			}
		}
		if sentences < 10 {
			t.Errorf("%s: only %d links to sentences", name, sentences)
		}
	}
}

// TestWithoutCrossCheck renders analyses alone: every event is its own happening, every chain
// its own entity, and nothing fails.
func TestWithoutCrossCheck(t *testing.T) {
	full := loadInput(t, "small.json")
	in := Input{Analyses: full.Analyses}
	events := 0
	for _, a := range in.Analyses {
		events += len(a.Events)
	}
	var b bytes.Buffer
	if err := HTML(&b, in); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(b.String(), `<span class="badge">1</span>`); got != events {
		t.Errorf("%d happenings counted once, want one per event (%d)", got, events)
	}
	b.Reset()
	if err := Terminal(&b, in, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "3 documents from 3 independent origins") {
		t.Errorf("terminal report without origins:\n%s", b.String())
	}
}

// TestDeterministic renders the same input several times and expects the same bytes.
func TestDeterministic(t *testing.T) {
	in := loadInput(t, "examples.json")
	var first []byte
	for i := range 5 {
		var b bytes.Buffer
		if err := HTML(&b, in); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Fatalf("render %d differs from the first", i+1)
		}
	}
}
