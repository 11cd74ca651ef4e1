package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/export"
)

// evalSet is one measured corpus: what to ingest, the scorer and its gold.
type evalSet struct {
	name   string
	input  string // relative to the shared folder
	scorer string
	gold   string
	stages bool // run the analysis stages (extraction alone otherwise)
}

var evalSets = []evalSet{
	{"seeds", "seeds", "eval/score.py", "eval/seeds.gold.json", true},
	{"article-extraction", "data/article-extraction/html", "eval/score_extraction.py", "data/article-extraction/ground-truth.json", false},
	{"timebank", "data/timebank/input.jsonl", "eval/score.py", "data/timebank/gold.json", true},
	{"treebank", "data/treebanks", "", "", false},
}

func (a *app) evalCmd() *cobra.Command {
	var shared, keep string
	var only []string
	cmd := &cobra.Command{
		Use:   "eval [--shared DIR] [--only NAME]...",
		Short: "Ingest the evaluation corpora, export them and print the scorers' measures",
		Long: `Ingests each evaluation corpus into a fresh database, exports it and runs its scorer:
the development pages (score.py against their gold), the HTML article extraction benchmark
(score_extraction.py) and TimeBank news (score.py, time expressions). The corpora and scorers are
looked for in --shared (default: $DOSSIER_SHARED, else ../shared). When they are absent the
evaluation is skipped with a message, unless CI=true, where their absence is an error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if shared == "" {
				shared = os.Getenv("DOSSIER_SHARED")
			}
			if shared == "" {
				shared = filepath.Join("..", "shared")
			}
			if _, err := os.Stat(filepath.Join(shared, "eval", "score.py")); err != nil {
				if os.Getenv("CI") == "true" {
					return fmt.Errorf("eval: no scorer under %s: %w", shared, err)
				}
				fmt.Fprintf(a.stdout, "eval skipped: no evaluation corpora under %s (set --shared or DOSSIER_SHARED)\n", shared)
				return nil
			}
			dir := keep
			if dir == "" {
				tmp, err := os.MkdirTemp("", "dossier-eval-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				dir = tmp
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			for _, set := range evalSets {
				if len(only) > 0 && !contains(only, set.name) {
					continue
				}
				if err := a.evalOne(cmd.Context(), shared, dir, set); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "", "folder holding eval/ and data/")
	cmd.Flags().StringVar(&keep, "keep", "", "keep databases and exports in this folder")
	cmd.Flags().StringSliceVar(&only, "only", nil, "run only these sets (seeds, article-extraction, timebank, treebank)")
	return cmd
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (a *app) evalOne(ctx context.Context, shared, dir string, set evalSet) error {
	input := filepath.Join(shared, set.input)
	if _, err := os.Stat(input); err != nil {
		if os.Getenv("CI") == "true" {
			return fmt.Errorf("eval %s: %w", set.name, err)
		}
		fmt.Fprintf(a.stdout, "== %s: skipped (%v)\n", set.name, err)
		return nil
	}
	fmt.Fprintf(a.stdout, "== %s\n", set.name)
	if set.name == "treebank" {
		return a.evalTreebank(shared)
	}
	sub := &app{db: filepath.Join(dir, set.name+".db"), pins: a.pins, gazetteer: a.gazetteer, triggers: a.triggers, data: a.data, stdout: a.stdout, stderr: a.stderr}
	os.Remove(sub.db)
	err := sub.ingestWith(ctx, []string{input}, runtime.GOMAXPROCS(0), 0, set.stages, set.stages)
	var ee exitError
	if err != nil && !errors.As(err, &ee) {
		return fmt.Errorf("eval %s: %w", set.name, err)
	}
	out := filepath.Join(dir, set.name+".json")
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	store, err := sub.openStore(ctx)
	if err != nil {
		f.Close()
		return err
	}
	err = export.JSON(ctx, f, store)
	store.Close()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("eval %s: %w", set.name, err)
	}
	score := exec.CommandContext(ctx, "python3", filepath.Join(shared, set.scorer), filepath.Join(shared, set.gold), out)
	score.Stderr = a.stderr
	pipe, err := score.StdoutPipe()
	if err != nil {
		return err
	}
	if err := score.Start(); err != nil {
		return fmt.Errorf("eval %s: run scorer: %w", set.name, err)
	}
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		fmt.Fprintf(a.stdout, "%s: %s\n", set.name, strings.TrimRight(sc.Text(), " "))
	}
	if err := score.Wait(); err != nil {
		return fmt.Errorf("eval %s: scorer: %w", set.name, err)
	}
	return nil
}
