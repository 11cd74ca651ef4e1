package resolve

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/en"
)

// sdnName turns the list's "SURNAME, Given" into running order, "Given Surname".
func sdnName(s string) string {
	s = strings.TrimSpace(s)
	if fam, given, ok := strings.Cut(s, ","); ok && !strings.Contains(given, ",") {
		s = strings.TrimSpace(given) + " " + strings.TrimSpace(fam)
	}
	return newsCase(s)
}

// newsCase writes upper-case words as news copy does: "AL-HADIDI" → "Al-Hadidi"; short words
// that may be acronyms stay as they are.
func newsCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if w == strings.ToUpper(w) && len(w) > 3 {
			parts := strings.Split(strings.ToLower(w), "-")
			for j, p := range parts {
				if p != "" && !(j < len(parts)-1 && len(p) <= 3) {
					parts[j] = strings.ToUpper(p[:1]) + p[1:]
				}
			}
			f[i] = strings.Join(parts, "-")
		}
	}
	return strings.Join(f, " ")
}

// TestSanctionsAliases resolves every name of the Syria and Iraq entries of the sanctions list,
// each as its own one-chain document, and measures pairwise precision and recall of the
// resulting entities against the list's own grouping of names (aliases of one entry are one
// actor; names of different entries are different actors).
func TestSanctionsAliases(t *testing.T) {
	p := testshared.Path(t, "data", "name-variants", "ofac-sdn", "syria_iraq_names_aliases.tsv")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type row struct{ ent, name string }
	rows := map[dossier.EntityType][]row{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 6 {
			continue
		}
		switch c[1] {
		case "individual":
			rows[dossier.PER] = append(rows[dossier.PER], row{c[0], sdnName(c[5])})
		case "entity":
			rows[dossier.ORG] = append(rows[dossier.ORG], row{c[0], newsCase(c[5])})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	floors := map[dossier.EntityType][2]float64{ // precision, recall
		dossier.PER: {0.97, 0.38},
		dossier.ORG: {0.96, 0.11},
	}
	r := New(en.Embedded(), nil)
	for _, typ := range []dossier.EntityType{dossier.PER, dossier.ORG} {
		rs := rows[typ]
		var as []*dossier.Analysis
		for i, x := range rs {
			as = append(as, &dossier.Analysis{
				Doc:      dossier.Document{ID: fmt.Sprintf("n%05d", i)},
				Mentions: []dossier.Mention{{Text: x.name, Type: typ}},
			})
		}
		_, members := r.Resolve(as)
		sys := map[string]string{} // doc → entity
		for _, m := range members {
			sys[m.Doc] = m.Entity
		}
		byEnt := map[string][]int{}
		for i := range rs {
			e := sys[fmt.Sprintf("n%05d", i)]
			byEnt[e] = append(byEnt[e], i)
		}
		tp, fp := 0, 0
		var wrong []string
		for _, idx := range byEnt {
			for a := 0; a < len(idx); a++ {
				for b := a + 1; b < len(idx); b++ {
					if rs[idx[a]].ent == rs[idx[b]].ent {
						tp++
					} else {
						fp++
						if len(wrong) < 8 {
							wrong = append(wrong, rs[idx[a]].name+" ~ "+rs[idx[b]].name)
						}
					}
				}
			}
		}
		gold := map[string]int{}
		for _, x := range rs {
			gold[x.ent]++
		}
		pos := 0
		for _, n := range gold {
			pos += n * (n - 1) / 2
		}
		prec := float64(tp) / float64(max(1, tp+fp))
		rec := float64(tp) / float64(max(1, pos))
		t.Logf("%s: %d names of %d entries; pairs merged %d (right %d, wrong %d); precision %.3f recall %.3f",
			typ, len(rs), len(gold), tp+fp, tp, fp, prec, rec)
		for _, w := range wrong {
			t.Logf("  wrong merge: %s", w)
		}
		if prec < floors[typ][0] || rec < floors[typ][1] {
			t.Errorf("%s: precision %.3f recall %.3f below floors %.2f %.2f", typ, prec, rec, floors[typ][0], floors[typ][1])
		}
	}
}
