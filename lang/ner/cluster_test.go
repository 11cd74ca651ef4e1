package ner

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

func readSentences(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Fields(line))
		}
	}
	return out
}

// commonPrefix is the length of the longest common prefix of two paths.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func TestBuildClusters(t *testing.T) {
	sents := readSentences(t, "testdata/clusters.txt")
	c := BuildClusters(sents, ClusterOptions{MinCount: 2, Contexts: 50, Depth: 8, Seed: 1})
	tests := []struct {
		name             string
		same, same2, far string
	}{
		{"towns", "varnholt", "quillerby", "monday"},
		{"weekdays", "monday", "friday", "osterfeld"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b, far := c[tc.same], c[tc.same2], c[tc.far]
			if a == "" || b == "" || far == "" {
				t.Fatalf("missing paths: %q %q %q", a, b, far)
			}
			if commonPrefix(a, b) <= commonPrefix(a, far) {
				t.Errorf("%s %s share %d bits, %s %s share %d", tc.same, a, commonPrefix(a, b), tc.far, far, commonPrefix(a, far))
			}
		})
	}
	if got := c.path("Varnholt"); got != c["varnholt"] {
		t.Errorf("path(Varnholt) = %q, want the lower-case word's %q", got, c["varnholt"])
	}
	again := BuildClusters(sents, ClusterOptions{MinCount: 2, Contexts: 50, Depth: 8, Seed: 1})
	for w, p := range c {
		if again[w] != p {
			t.Errorf("rebuilt %s: %q, first %q", w, again[w], p)
		}
	}
}

func TestClustersRoundTrip(t *testing.T) {
	c := Clusters{"varnholt": "0110", "monday": "1", "0000": "10101010101"}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(c) {
		t.Fatalf("read %d words, wrote %d", len(got), len(c))
	}
	for w, p := range c {
		if got[w] != p {
			t.Errorf("%s: read %q, wrote %q", w, got[w], p)
		}
	}
	m := &Model{weights: map[uint64]*[nTags]float32{1: {1, 2}}, clusters: c}
	buf.Reset()
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for w, p := range c {
		if m2.clusters[w] != p {
			t.Errorf("model %s: read %q, wrote %q", w, m2.clusters[w], p)
		}
	}
}

func TestGUMCoordination(t *testing.T) {
	f, err := os.Open("testdata/gum_coordinated.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadCoNLLU(f, "invented")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"}
	got := exs[0].Tags
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tags = %v, want %v", got, want)
	}
}
