package dossier_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportBoundaries keeps the layout honest: the domain package uses only the standard library,
// analysis stages never reach into storage, the command or one another, the stores know nothing
// but the domain, the migration runner (which itself uses the standard library only) and their
// shared encodings, and the readers (the read model, exports, reports, the web UI) read stored
// results and run no stage.
func TestImportBoundaries(t *testing.T) {
	const mod = "github.com/dossier-project/dossier"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}:{{join .Deps " "}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	// Leaf packages any stage may use. The language layer (lang/syntax) is a stage of its own and
	// shared too: a stage run without its parse (tests, tools) reads words from its tokeniser.
	shared := map[string]bool{mod: true, mod + "/pins": true, mod + "/segment": true, mod + "/namekey": true, mod + "/timeline": true,
		mod + "/lang/ner": true, mod + "/lang/en": true, mod + "/lang/tree": true, mod + "/lang/conllu": true,
		mod + "/lang/syntax": true}
	stages := []string{"segment", "namekey", "timeline", "ingest", "extract/htmldoc", "extract/textdump", "entity",
		"timex", "event", "claim", "resolve", "crosscheck", "lang/syntax"}
	isStage := map[string]bool{}
	for _, s := range stages {
		isStage[mod+"/"+s] = true
	}
	stores := map[string]bool{mod + "/sqlite": true, mod + "/postgres": true}
	readers := map[string]bool{mod + "/view": true, mod + "/export": true, mod + "/report": true, mod + "/web": true}
	migrate := mod + "/internal/migrate"
	doccols := mod + "/internal/doccols"
	crossrows := mod + "/internal/crossrows" // the rows of the cross-document results, as both stores keep them
	deps := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, list, _ := strings.Cut(line, ":")
		for _, d := range strings.Fields(list) {
			if strings.HasPrefix(d, mod) {
				deps[pkg] = append(deps[pkg], d)
			}
		}
	}
	if len(deps) == 0 && !strings.Contains(string(out), mod+"/segment") {
		t.Fatalf("go list listed no packages of %s:\n%s", mod, out)
	}
	for pkg, ds := range deps {
		for _, d := range ds {
			switch {
			case pkg == mod:
				t.Errorf("the domain package imports %s: it must use the standard library only", d)
			case pkg == migrate:
				t.Errorf("the migration runner imports %s: it must use the standard library only", d)
			case isStage[pkg] && !shared[d] && !(pkg == mod+"/resolve" && d == mod+"/namekey"):
				t.Errorf("stage %s imports %s: stages use only the domain and the shared leaf packages", pkg, d)
			case (pkg == doccols || pkg == crossrows) && d != mod:
				t.Errorf("the store encoding %s imports %s: it must use only the domain", pkg, d)
			case readers[pkg] && isStage[d] && !shared[d]:
				t.Errorf("reader %s imports the stage %s: readers read stored results only", pkg, d)
			case stores[pkg] && d != mod && d != migrate && d != doccols && d != crossrows:
				t.Errorf("store %s imports %s: stores use only the domain", pkg, d)
			case !strings.HasPrefix(pkg, mod+"/cmd/") && strings.HasPrefix(d, mod+"/cmd/"):
				t.Errorf("%s imports the command %s", pkg, d)
			}
		}
	}
}
