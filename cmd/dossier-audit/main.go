// Command dossier-audit reads a Dossier JSON export and prints what a person should look at to
// judge the entity stages on a corpus without gold: the most frequent mention texts with their
// types and a fixed sample of mentions in context (mentions), or the entities whose spellings
// share no name key, the merges most likely to join different actors (merges).
//
//	dossier-audit mentions export.json
//	dossier-audit merges export.json
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// export is the part of a Dossier JSON export the audits read.
type export struct {
	Documents []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"documents"`
	Entities []entity `json:"entities"`
}

type entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Mentions []mention `json:"mentions"`
}

type mention struct {
	Doc        string `json:"doc"`
	Text       string `json:"text"`
	Start, End int
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "dossier-audit:", err)
		os.Exit(2)
	}
}

func run(args []string, w io.Writer) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: dossier-audit mentions|merges EXPORT.json")
	}
	raw, err := os.ReadFile(args[1])
	if err != nil {
		return err
	}
	var exp export
	if err := json.Unmarshal(raw, &exp); err != nil {
		return fmt.Errorf("read %s: %w", args[1], err)
	}
	switch args[0] {
	case "mentions":
		printMentions(w, &exp, 100, 60)
	case "merges":
		printMerges(w, auditMerges(exp.Entities))
	default:
		return fmt.Errorf("unknown audit %q: want mentions or merges", args[0])
	}
	return nil
}
