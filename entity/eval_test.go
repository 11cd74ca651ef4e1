package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
)

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEnt struct {
	Doc   string `json:"documentId"`
	Begin int    `json:"begin"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimPrefix(strings.TrimSpace(sc.Text()), "\ufeff")
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// byteOffsets maps code-point offsets of s to byte offsets.
func byteOffsets(s string) []int {
	var m []int
	for i := range s {
		m = append(m, i)
	}
	return append(m, len(s))
}

type prf struct{ tp, fp, fn int }

func (p prf) String() string {
	pr := float64(p.tp) / float64(max(1, p.tp+p.fp))
	rc := float64(p.tp) / float64(max(1, p.tp+p.fn))
	f := 0.0
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", pr, rc, f, p.tp, p.fp, p.fn)
}

var re3dTypes = map[string]dossier.EntityType{"Person": dossier.PER, "Organisation": dossier.ORG, "Location": dossier.LOC}

// TestRe3d measures span F1 on the re3d data set: exact spans, and exact spans with the type
// (Person, Organisation, Location). Gold spans lose a leading "the"; "named" keeps only gold spans
// that start with a capital (re3d also marks pronouns and common nouns).
func TestRe3d(t *testing.T) {
	dir := testshared.Path(t, "data", "re3d")
	folders, _ := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	if len(folders) == 0 {
		t.Fatalf("no re3d documents under %s", dir)
	}
	f := New(nil)
	var exact, typed, named, namedTyped prf
	perType := map[dossier.EntityType]*prf{dossier.PER: {}, dossier.ORG: {}, dossier.LOC: {}, dossier.MISC: {}}
	var misses, extras, mistyped []string
	titled := 0
	for _, docs := range folders {
		ents := readJSONL[re3dEnt](t, filepath.Join(filepath.Dir(docs), "entities.json"))
		gold := map[string]map[[2]int]dossier.EntityType{}
		for _, e := range ents {
			typ, ok := re3dTypes[e.Type]
			if !ok {
				continue
			}
			if gold[e.Doc] == nil {
				gold[e.Doc] = map[[2]int]dossier.EntityType{}
			}
			gold[e.Doc][[2]int{e.Begin, e.End}] = typ
		}
		for _, d := range readJSONL[re3dDoc](t, docs) {
			off := byteOffsets(d.Text)
			g := map[[2]int]dossier.EntityType{}
			gNamed := map[[2]int]bool{}
			// In span order, so that when a gold span with "the" and one without meet, the one
			// without wins, whatever the map order.
			spans := make([][2]int, 0, len(gold[d.ID]))
			for sp := range gold[d.ID] {
				spans = append(spans, sp)
			}
			sort.Slice(spans, func(i, j int) bool {
				if spans[i][0] != spans[j][0] {
					return spans[i][0] < spans[j][0]
				}
				return spans[i][1] < spans[j][1]
			})
			for _, sp := range spans {
				typ := gold[d.ID][sp]
				if sp[0] < 0 || sp[1] >= len(off) || sp[0] >= sp[1] {
					continue
				}
				s, e := off[sp[0]], off[sp[1]]
				txt := d.Text[s:e]
				for _, the := range []string{"the ", "The "} {
					if strings.HasPrefix(txt, the) {
						s += len(the)
						txt = txt[len(the):]
					}
				}
				k := [2]int{s, e}
				g[k] = typ
				if isCap(txt) {
					gNamed[k] = true
				}
			}
			a := &dossier.Analysis{Doc: dossier.Document{ID: d.ID, Text: d.Text}}
			if err := f.Analyze(a); err != nil {
				t.Fatal(err)
			}
			sys := map[[2]int]dossier.EntityType{}
			for _, m := range a.Mentions {
				s := m.Start
				if strings.HasPrefix(m.Text, "The ") {
					s += 4
				}
				sys[[2]int{s, m.End}] = m.Type
				// re3d puts titles inside the span: count the mention with its title too.
				if m.Title != "" && !strings.HasPrefix(m.Text, m.Title) {
					if before := strings.TrimRight(d.Text[:m.Start], " "); strings.HasSuffix(before, m.Title) {
						k := [2]int{len(before) - len(m.Title), m.End}
						if _, ok := g[k]; ok {
							titled++
						}
					}
				}
			}
			for k, typ := range sys {
				gt, ok := g[k]
				if ok {
					exact.tp++
					if gNamed[k] {
						named.tp++
					}
				} else {
					exact.fp++
					named.fp++
					extras = append(extras, string(typ)+" "+d.Text[k[0]:k[1]])
				}
				if ok && gt != typ {
					mistyped = append(mistyped, string(typ)+" for "+string(gt)+" "+d.Text[k[0]:k[1]])
				}
				if ok && gt == typ {
					typed.tp++
					perType[typ].tp++
					if gNamed[k] {
						namedTyped.tp++
					}
				} else {
					typed.fp++
					namedTyped.fp++
					perType[typ].fp++
				}
			}
			for k, gt := range g {
				st, ok := sys[k]
				if !ok {
					exact.fn++
					if gNamed[k] {
						named.fn++
						misses = append(misses, string(gt)+" "+d.Text[k[0]:k[1]])
					}
				}
				if !ok || st != gt {
					typed.fn++
					perType[gt].fn++
					if gNamed[k] {
						namedTyped.fn++
					}
				}
			}
		}
	}
	t.Logf("re3d exact spans:        %v", exact)
	t.Logf("re3d gold spans matched once a mention's title is put back in front: %d more", titled)
	t.Logf("re3d exact spans+type:   %v", typed)
	t.Logf("re3d named gold, exact:  %v", named)
	t.Logf("re3d named gold, +type:  %v", namedTyped)
	for _, typ := range []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC} {
		t.Logf("re3d %s exact+type:     %v", typ, *perType[typ])
	}
	if os.Getenv("ENTITY_ERRORS") != "" {
		sort.Strings(misses)
		sort.Strings(extras)
		sort.Strings(mistyped)
		t.Logf("mistyped:\n%s", strings.Join(mistyped, "\n"))
		t.Logf("missed named gold:\n%s", strings.Join(misses, "\n"))
		t.Logf("spurious:\n%s", strings.Join(extras, "\n"))
	}
}

// TestDevPages measures, on the development pages and their gold read at run time, the share of
// gold surface forms found as mentions and the share typed right.
func TestDevPages(t *testing.T) {
	gold := testshared.ReadGold(t, "eval", "seeds.gold.json")
	f := New(nil)
	analyses := map[string]*dossier.Analysis{}
	get := func(file string) *dossier.Analysis {
		if a, ok := analyses[file]; ok {
			return a
		}
		text, err := os.ReadFile(filepath.Join(testshared.Dir(t), "seeds", file))
		if err != nil {
			t.Fatalf("read page: %v", err)
		}
		a := &dossier.Analysis{Doc: dossier.Document{ID: file, Text: string(text)}}
		if err := f.Analyze(a); err != nil {
			t.Fatal(err)
		}
		analyses[file] = a
		return a
	}
	total, found, typed := 0, 0, 0
	chainOf := map[[2]string]map[int]bool{} // (gold id, file) → chains
	for _, e := range gold.Entities {
		for file, forms := range e.Forms {
			a := get(file)
			for _, form := range forms {
				total++
				var hit *dossier.Mention
				for i, m := range a.Mentions {
					if testshared.Norm(m.Text) == testshared.Norm(form) {
						hit = &a.Mentions[i]
						break
					}
				}
				if hit == nil {
					t.Logf("missing %s form %q in %s", e.ID, form, file)
					continue
				}
				found++
				k := [2]string{e.ID, file}
				if chainOf[k] == nil {
					chainOf[k] = map[int]bool{}
				}
				chainOf[k][hit.Chain] = true
				if string(hit.Type) == e.Type {
					typed++
				} else {
					t.Logf("mistyped %s form %q in %s: %s", e.ID, form, file, hit.Type)
				}
			}
		}
	}
	one := 0
	for k, ch := range chainOf {
		if len(ch) == 1 {
			one++
		} else {
			t.Logf("%s split over %d chains in %s", k[0], len(ch), k[1])
		}
	}
	lab := 0
	for _, l := range gold.Labels {
		a := get(l.Doc)
		ok := false
		for _, x := range a.Labels {
			if chainOf[[2]string{l.Entity, l.Doc}][x.Chain] && strings.Contains(testshared.Norm(x.Text), testshared.Norm(l.Label)) {
				ok = true
			}
		}
		if ok {
			lab++
		} else {
			t.Logf("label %q of %s in %s not found", l.Label, l.Entity, l.Doc)
		}
	}
	// Floors below the measured figures, so that a change that loses names is noticed.
	if found*100 < total*95 || typed*100 < total*90 {
		t.Errorf("dev pages: forms found %d/%d, typed right %d/%d: below the floors 0.95 and 0.90", found, total, typed, total)
	}
	t.Logf("dev pages: forms found %d/%d (%.3f), typed right %d/%d (%.3f), one chain per page %d/%d, labels %d/%d",
		found, total, float64(found)/float64(total), typed, total, float64(typed)/float64(total), one, len(chainOf), lab, len(gold.Labels))
}
