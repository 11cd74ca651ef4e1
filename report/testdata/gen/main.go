// Command gen writes the report test input of a corpus stored by `dossier ingest`: every
// analysis and the stored cross-document results, as one JSON file.
//
//	go run ./cmd/dossier ingest --db /tmp/ex.db examples
//	go run ./report/testdata/gen -db /tmp/ex.db -o report/testdata/examples.json
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/report"
	"github.com/dossier-project/dossier/sqlite"
)

func main() {
	db := flag.String("db", "dossier.db", "SQLite database written by dossier ingest")
	out := flag.String("o", "", "output file (default standard output)")
	flag.Parse()
	if err := run(*db, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(db, out string) error {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	var in report.Input
	err = store.Analyses(ctx, func(a *dossier.Analysis) error {
		in.Analyses = append(in.Analyses, a)
		return nil
	})
	if err != nil {
		return err
	}
	if in.Corpus, err = store.Corpus(ctx); err != nil {
		return err
	}

	b, err := json.MarshalIndent(in, "", " ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if out == "" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
