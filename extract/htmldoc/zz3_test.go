package htmldoc

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ3(t *testing.T) {
	out := os.Getenv("ZZ3")
	if out == "" {
		t.Skip()
	}
	f, _ := os.Create(out)
	defer f.Close()
	for _, p := range loadBench(t) {
		doc, _ := Extract(p.body, p.url)
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\n", p.id[:8], p.url, doc.Publisher, doc.Title)
	}
}
