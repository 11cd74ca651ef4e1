package entity_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
)

// TestDump prints the mentions and labels found in the file named by ENTITY_DUMP; it is a tool
// for looking at the stage's output, skipped otherwise.
func TestDump(t *testing.T) {
	path := os.Getenv("ENTITY_DUMP")
	if path == "" {
		t.Skip("set ENTITY_DUMP to a text file to print its mentions")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &dossier.Analysis{Doc: dossier.Document{Text: string(b)}}
	if err := entity.New(nil).Analyze(a); err != nil {
		t.Fatal(err)
	}
	for _, m := range a.Mentions {
		fmt.Printf("%d\t%s\t%q\t%s\n", m.Chain, m.Type, m.Text, m.Title)
	}
	for _, l := range a.Labels {
		fmt.Printf("label %d\t%q\n", l.Chain, l.Text)
	}
}
