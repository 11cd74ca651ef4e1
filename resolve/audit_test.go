package resolve

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestAudit resolves the analyses of a real corpus and lists the merges that look wrong:
// entities whose chains from different documents share no name key (nor an acronym and the name
// it abbreviates), and entities whose chains carry different types (MISC aside). It runs only
// when DOSSIER_AUDIT names a JSON Lines file of stored analyses, one {"id", "analysis"} object a
// line, as a SQLite store gives them:
//
//	sqlite3 dossier.db "select json_object('id', id, 'analysis', json(analysis)) from documents order by id"
//
// It prints figures and a sample of cross-document merges to check by hand; it fails only when
// the file cannot be read, as real corpora have no gold.
func TestAudit(t *testing.T) {
	path := os.Getenv("DOSSIER_AUDIT")
	if path == "" {
		t.Skip("DOSSIER_AUDIT not set; skipping the audit of a real corpus")
	}
	as, err := readAnalyses(path)
	if err != nil {
		t.Fatal(err)
	}
	r := New(nil)
	ents, members := r.Resolve(as)
	a := audit(r, as, ents, members)
	t.Logf("documents %d, entities %d, entities in 2+ documents %d", len(as), len(ents), a.multi)
	t.Logf("flagged: no shared name key %d, mixed types %d", len(a.keyless), len(a.mixed))
	for _, s := range a.keyless {
		t.Logf("  no shared key: %s", s)
	}
	for _, s := range a.mixed {
		t.Logf("  mixed types:   %s", s)
	}
	for _, s := range a.sample {
		t.Logf("  merge: %s", s)
	}
}

func readAnalyses(path string) ([]*dossier.Analysis, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var as []*dossier.Analysis
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			ID       string           `json:"id"`
			Analysis dossier.Analysis `json:"analysis"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		rec.Analysis.Doc.ID = rec.ID
		as = append(as, &rec.Analysis)
	}
	return as, sc.Err()
}

type auditResult struct {
	multi          int
	keyless, mixed []string
	sample         []string
}

// audit checks every entity's chains: chains are linked when they share a token key or one's
// acronym is the other's initials; an entity whose chains fall apart in more than one linked
// group, or whose chains carry two confident types, is flagged.
func audit(r *Resolver, as []*dossier.Analysis, ents []dossier.Entity, members []dossier.Member) auditResult {
	type ch struct {
		doc   string
		typ   dossier.EntityType
		texts []string
		keys  map[string]bool
		inits map[string]bool
		acrs  []string
	}
	byRef := map[dossier.ChainRef]*ch{}
	for _, a := range as {
		for _, m := range a.Mentions {
			ref := dossier.ChainRef{Doc: a.Doc.ID, Chain: m.Chain}
			c := byRef[ref]
			if c == nil {
				c = &ch{doc: a.Doc.ID, keys: map[string]bool{}, inits: map[string]bool{}}
				byRef[ref] = c
			}
			c.texts = appendUniq(c.texts, m.Text)
			if c.typ == "" || c.typ == dossier.MISC {
				c.typ = m.Type
			}
			if x, ok := acronym(m.Text); ok {
				c.acrs = append(c.acrs, x)
				continue
			}
			n := r.keys.Parse(m.Text)
			var in strings.Builder
			for _, tk := range n.Tokens {
				c.keys[tk.Key] = true
				in.WriteString(strings.ToUpper(tk.Text[:1]))
			}
			c.inits[in.String()] = true
		}
	}
	linked := func(a, b *ch) bool {
		for k := range a.keys {
			if b.keys[k] {
				return true
			}
		}
		for _, x := range a.acrs {
			if b.inits[x] {
				return true
			}
			for _, y := range b.acrs {
				if x == y {
					return true
				}
			}
		}
		for _, y := range b.acrs {
			if a.inits[y] {
				return true
			}
		}
		return false
	}
	byEnt := map[string][]*ch{}
	for _, m := range members {
		if c := byRef[m.ChainRef]; c != nil {
			byEnt[m.Entity] = append(byEnt[m.Entity], c)
		}
	}
	var res auditResult
	for _, e := range ents {
		cs := byEnt[e.ID]
		docs := map[string]bool{}
		types := map[dossier.EntityType]bool{}
		for _, c := range cs {
			docs[c.doc] = true
			if c.typ != dossier.MISC {
				types[c.typ] = true
			}
		}
		if len(docs) < 2 {
			continue
		}
		res.multi++
		desc := e.Name + " [" + strings.Join(e.Aliases, "; ") + "]"
		// Linked groups of chains by a flood from the first.
		seen := make([]bool, len(cs))
		stack := []int{0}
		seen[0] = true
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for j := range cs {
				if !seen[j] && (cs[i].doc == cs[j].doc || linked(cs[i], cs[j]) || linked(cs[j], cs[i])) {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
		for _, s := range seen {
			if !s {
				res.keyless = append(res.keyless, desc)
				break
			}
		}
		// Chains of two types are flagged when no spelling is common to both: the same name
		// written in full is one actor whatever the per-document type says.
		byType := map[dossier.EntityType]map[string]bool{}
		for _, c := range cs {
			if c.typ == dossier.MISC {
				continue
			}
			if byType[c.typ] == nil {
				byType[c.typ] = map[string]bool{}
			}
			for _, x := range c.texts {
				byType[c.typ][strings.ToLower(x)] = true
			}
		}
		apart := false
		for ta, xa := range byType {
			for tb, xb := range byType {
				if ta >= tb {
					continue
				}
				shared := false
				for x := range xa {
					if xb[x] {
						shared = true
						break
					}
				}
				apart = apart || !shared
			}
		}
		if len(types) > 1 && apart {
			var ts []string
			for t := range types {
				ts = append(ts, string(t))
			}
			sort.Strings(ts)
			res.mixed = append(res.mixed, strings.Join(ts, "/")+" "+desc)
		}
		if len(e.Aliases) > 0 {
			res.sample = append(res.sample, desc)
		}
	}
	sort.Strings(res.keyless)
	sort.Strings(res.mixed)
	sort.Strings(res.sample)
	return res
}
