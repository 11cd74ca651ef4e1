package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/export"
	"github.com/dossier-project/dossier/internal/evalsplit"
	"github.com/dossier-project/dossier/lang/ner"
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
	{"fakes-incidents", "data/fakes-incidents/input.jsonl", "eval/score_incidents.py", "data/fakes-incidents/incidents.json", true},
	{"treebank", "data/treebanks", "", "", false},
}

func (a *app) evalCmd() *cobra.Command {
	var shared, keep string
	var only []string
	var misses bool
	cmd := &cobra.Command{
		Use:   "eval [--shared DIR] [--only NAME]...",
		Short: "Ingest the evaluation corpora, export them and print the scorers' measures",
		Long: `Ingests each evaluation corpus into a fresh database, exports it and runs its scorer:
the development pages (score.py against their gold), the HTML article extraction benchmark
(score_extraction.py), TimeBank news (score.py, time expressions, on all documents and on each
half), the htmldate evaluation pages (score_dates.py, publication dates, on all pages and on each
half), the FA-KES incidents
(score_incidents.py: death tolls and toll conflicts across outlets) and the re3d entities (mentions
of persons, organisations and places, compared by spelling in each document). The corpora and scorers are
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
			if err := knownSets(only); err != nil {
				return err
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
				if _, ok := halfMeasures[set.name]; ok {
					if err := a.evalHalves(cmd.Context(), shared, dir, set); err != nil {
						return err
					}
					if err := a.printMisses(misses, shared, dir, set); err != nil {
						return err
					}
				}
			}
			if len(only) == 0 || contains(only, re3dSetName) {
				if err := a.evalRe3d(cmd.Context(), shared, dir, misses); err != nil {
					return err
				}
			}
			if len(only) == 0 || contains(only, datesSet.name) {
				return a.evalDates(cmd.Context(), shared, dir)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "", "folder holding eval/ and data/")
	cmd.Flags().StringVar(&keep, "keep", "", "keep databases and exports in this folder")
	cmd.Flags().BoolVar(&misses, "misses", false, "list the development-half misses: time expressions of timebank the export does not match, FA-KES incidents whose differing tolls no number conflict joins, and re3d names missed or found in excess")
	cmd.Flags().StringSliceVar(&only, "only", nil, "run only these sets (treebank, seeds, article-extraction, timebank, fakes-incidents, re3d, dates)")
	return cmd
}

// knownSets checks that every name given to --only names an evaluation set.
func knownSets(only []string) error {
	names := []string{re3dSetName, datesSet.name}
	for _, set := range evalSets {
		names = append(names, set.name)
	}
	for _, name := range only {
		if !contains(names, name) {
			return fmt.Errorf("eval: no set named %q (sets: %s)", name, strings.Join(names, ", "))
		}
	}
	return nil
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
		if err := a.evalTreebank(shared); err != nil {
			return err
		}
		return a.evalNER(input)
	}
	out := filepath.Join(dir, set.name+".json")
	if err := a.ingestAndExport(ctx, dir, set.name, input, set.stages, out); err != nil {
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

// ingestAndExport ingests input into a fresh database dir/name.db (analysing the documents when
// stages is set) and writes its JSON export to out. Inputs that fail are reported by the ingest
// and do not stop the evaluation.
func (a *app) ingestAndExport(ctx context.Context, dir, name, input string, stages bool, out string) error {
	sub := &app{db: filepath.Join(dir, name+".db"), pins: a.pins, gazetteer: a.gazetteer, triggers: a.triggers, data: a.data, passBlock: a.passBlock, stdout: a.stdout, stderr: a.stderr}
	os.Remove(sub.db)
	err := sub.ingestWith(ctx, []string{input}, runtime.GOMAXPROCS(0), 0, stages, stages)
	var ee exitError
	if err != nil && !errors.As(err, &ee) {
		return err
	}
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
	return err
}

// datesSet is the htmldate evaluation pages with their gold publication days.
var datesSet = evalSet{"dates", "data/htmldate-eval/html", "eval/score_dates.py", "data/htmldate-eval/gold.json", false}

// evalDates scores publication dates on all htmldate evaluation pages, then on the development
// half (the one tuned on) and the held-out half, split by the parity of a hash of the file name.
func (a *app) evalDates(ctx context.Context, shared, dir string) error {
	if err := a.evalOne(ctx, shared, dir, datesSet); err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(shared, datesSet.gold))
	if err != nil {
		return nil // evalOne has said the corpus is missing
	}
	var gold map[string]json.RawMessage
	if err := json.Unmarshal(raw, &gold); err != nil {
		return fmt.Errorf("eval dates: %s: %w", datesSet.gold, err)
	}
	halves := map[string]map[string]json.RawMessage{}
	for _, half := range evalsplit.Halves {
		halves[half] = map[string]json.RawMessage{}
	}
	for name, g := range gold {
		halves[evalsplit.Half(name)][name] = g
	}
	for _, half := range evalsplit.Halves {
		file := filepath.Join(dir, "dates-"+half+".gold.json")
		b, _ := json.Marshal(halves[half])
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return fmt.Errorf("eval dates: %w", err)
		}
		out, err := exec.CommandContext(ctx, "python3", filepath.Join(shared, datesSet.scorer), file,
			filepath.Join(dir, datesSet.name+".json")).Output()
		if err != nil {
			return fmt.Errorf("eval dates %s half: scorer: %w", half, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			fmt.Fprintf(a.stdout, "dates %s: %s\n", half, line)
		}
	}
	return nil
}

// evalNER prints the name recogniser's exact-span F1 on Universal NER's English test file, over
// its own tokens tagged by the language layer's tagger (as the pipeline gives them to the
// recogniser), overall and per type.
func (a *app) evalNER(dir string) error {
	test, err := ner.LoadUNER(dir, "test")
	if err != nil {
		if os.Getenv("CI") == "true" {
			return fmt.Errorf("eval ner: %w", err)
		}
		fmt.Fprintf(a.stdout, "ner: skipped (%v)\n", err)
		return nil
	}
	lang, err := a.language()
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	gaz, err := entity.LoadGazetteerWith(lang, a.gazetteer...)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	tagger, err := ner.New(gaz.Lexicon())
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	m, err := a.syntaxModel()
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	ner.Retag(test, m.Analyze)
	sc := ner.Evaluate(tagger, test, true)
	fmt.Fprintf(a.stdout, "ner f1: %.4f\n", sc.F1(""))
	for _, t := range []string{"PER", "ORG", "LOC"} {
		fmt.Fprintf(a.stdout, "ner f1 %s: %.4f\n", t, sc.F1(t))
	}
	for _, t := range []string{"", "PER", "ORG", "LOC"} {
		fmt.Fprintf(a.stdout, "ner precision/recall %s: %.4f %.4f\n", cmp.Or(t, "all"), sc.Precision(t), sc.Recall(t))
	}
	return nil
}
