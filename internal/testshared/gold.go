package testshared

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dossier-project/dossier/internal/scorenorm"
)

// Gold is a gold file of the evaluation corpora (eval/seeds.gold.json, data/timebank/gold.json),
// in the format eval/FORMAT.md describes under "Gold". A part the file leaves out stays empty.
type Gold struct {
	Documents []GoldDocument `json:"documents"`
	Entities  []GoldEntity   `json:"entities"`
	Distinct  [][2]string    `json:"distinct"` // pairs of gold entity ids never to be one entity
	Timexes   []GoldTimex    `json:"timexes"`
	Events    []GoldEvent    `json:"events"`
	Conflicts []GoldConflict `json:"conflicts"`
	Labels    []GoldLabel    `json:"labels"`
}

// GoldDocument is what one page's extraction must give.
type GoldDocument struct {
	File         string   `json:"file"`
	Title        string   `json:"title"`
	Publisher    *string  `json:"publisher"`     // nil: not stated anywhere on the page
	Keep         []string `json:"keep"`          // must stay in the clean text
	Drop         []string `json:"drop"`          // must not
	NotPublished []string `json:"not_published"` // prefixes never to be taken as the publication date
}

// GoldEntity is one real actor: every form listed per file is a mention of it.
type GoldEntity struct {
	ID    string              `json:"id"`
	Type  string              `json:"type"`
	Forms map[string][]string `json:"forms"`
}

// GoldTimex is one time expression; a value in Also earns half credit.
type GoldTimex struct {
	Doc   string   `json:"doc"`
	Text  string   `json:"text"`
	Value string   `json:"value"`
	Mod   string   `json:"mod"`
	Also  []string `json:"also"`
}

// GoldEvent is one event of a document: Who are gold entity ids among its arguments.
type GoldEvent struct {
	Doc  string   `json:"doc"`
	Type string   `json:"type"`
	Who  []string `json:"who"`
	Time string   `json:"time"`
}

// GoldConflict is a disagreement about a gold entity whose sides must include Docs.
type GoldConflict struct {
	About string   `json:"about"`
	Docs  []string `json:"docs"`
	Note  string   `json:"note"`
}

// GoldLabel is text that must occur in one of an entity's labels in a document.
type GoldLabel struct {
	Doc    string `json:"doc"`
	Entity string `json:"entity"`
	Label  string `json:"label"`
}

// ReadGold reads the gold file at a path inside the shared folder, skipping (or failing in CI)
// like Path when it is absent.
func ReadGold(tb testing.TB, parts ...string) *Gold {
	tb.Helper()
	p := Path(tb, parts...)
	b, err := os.ReadFile(p)
	if err != nil {
		tb.Fatalf("read gold: %v", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatalf("read gold %s: %v", p, err)
	}
	return &g
}

// Norm normalises text as the scorer (eval/score.py, norm) does before comparing; see
// scorenorm.Norm.
func Norm(s string) string { return scorenorm.Norm(s) }
