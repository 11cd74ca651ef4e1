package namekey

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

func readPairs(t *testing.T, name string) [][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 2 {
			t.Fatalf("%s: bad line %q", name, line)
		}
		out = append(out, [2]string{p[0], p[1]})
	}
	return out
}

func TestSameKey(t *testing.T) {
	k := New()
	for _, p := range readPairs(t, "same.tsv") {
		a, b := k.Parse(p[0]).String(), k.Parse(p[1]).String()
		if a != b {
			t.Errorf("%q → %q, %q → %q: want one key", p[0], a, p[1], b)
		}
	}
}

func TestDifferentKey(t *testing.T) {
	k := New()
	for _, p := range readPairs(t, "differ.tsv") {
		a, b := k.Parse(p[0]).String(), k.Parse(p[1]).String()
		if a == b {
			t.Errorf("%q and %q both → %q: want different keys", p[0], p[1], a)
		}
	}
}

func TestParse(t *testing.T) {
	k := New()
	tests := []struct {
		in        string
		keys      string
		particles string
	}{
		{"Gen. Nabil Ahmad al-Haddad", "nabil ahmad hadad", "--al"},
		{"Abu Nidal", "abunidal", "-"},
		{"Abd al-Karim bin Sulayman", "abdkarim suliman", "al bin"},
		{"Deir ez-Zor", "dir zur", "-al"},
		{"El Mansour", "mansur", "al"},
		{"Al", "al", "-"},
		{"U.S. Central Command", "us kantral kumand", "---"},
		{"Dr.", "dr", "-"},
		{"al-Shaykh Muhammad Husayn", "muhamad husin", "--"},
		{"Al Shaykh", "xik", "al"},
		// The article assimilated to the word after it, written apart and capitalised.
		{"Ash Shadiya", "xadiy", "al"},
		{"Ar Rafida", "rafid", "al"},
		{"Ash Carter", "ax kartar", "- -"},
		{"As Salim", "salim", "al"},
		{"As Tarim", "as tarim", "- -"},
		{"Ed Davey", "id dawi", "- -"},
		// A compound "X al-Din" is one name, however written.
		{"Nour al-Din al-Zinki", "nurdin zinki", "- al"},
		{"Nureddine al-Zinki", "nurdin zinki", "- al"},
		{"Nour Eddin Zinki", "nurdin zinki", "- -"},
		{"Salah ad-Din", "saldin", "-"},
		{"Ahmad Din", "ahmad din", "- -"},
	}
	for _, tt := range tests {
		n := k.Parse(tt.in)
		if got := n.String(); got != tt.keys {
			t.Errorf("Parse(%q) keys = %q, want %q", tt.in, got, tt.keys)
		}
		var ps []string
		for _, tok := range n.Tokens {
			p := tok.Particle
			if p == "" {
				p = "-"
			}
			ps = append(ps, p)
		}
		if got := strings.Join(ps, " "); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(tt.particles, " ", "") {
			t.Errorf("Parse(%q) particles = %q, want %q", tt.in, got, tt.particles)
		}
	}
}

func TestCompound(t *testing.T) {
	k := New()
	tests := []struct {
		in   string
		want string // one letter a token: c for a half of a hyphenated pair, - otherwise
	}{
		{"Marie-Odile Tessander", "cc-"},
		{"Pella Tessander-Vauclin", "-cc"},
		{"Nabil al-Haddad", "--"},
		{"Abdel-Rahman Jaber", "--"},
		{"Abu-Nidal", "-"},
		{"Deir ez-Zor", "--"},
		{"Tessander", "-"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, tok := range k.Parse(tt.in).Tokens {
			if tok.Compound {
				b.WriteByte('c')
			} else {
				b.WriteByte('-')
			}
		}
		if got := b.String(); got != tt.want {
			t.Errorf("Parse(%q) compound = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64
	}{
		{"yusaf", "yusuf", 0.9, 0.92},
		{"hasan", "husin", 0.75, 0.77},
		{"martha", "marhta", 0.96, 0.97},
		{"", "abc", 0, 0},
		{"abc", "abc", 1, 1},
		{"abc", "xyz", 0, 0},
	}
	for _, tt := range tests {
		if s := Similarity(tt.a, tt.b); s < tt.min || s > tt.max {
			t.Errorf("Similarity(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.a, tt.b, s, tt.min, tt.max)
		}
		if Similarity(tt.a, tt.b) != Similarity(tt.b, tt.a) {
			t.Errorf("Similarity(%q, %q) is not symmetric", tt.a, tt.b)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Abd al-Rahman", "U.S.", "al-", "- -", "Ṣāliḥ ibn", "abu", "Dr. Dr. Dr."} {
		f.Add(s)
	}
	k := New()
	f.Fuzz(func(t *testing.T, s string) {
		n := k.Parse(s)
		for _, tok := range n.Tokens {
			if tok.Text == "" {
				t.Errorf("Parse(%q): token with no text", s)
			}
		}
		if n.String() != k.Parse(s).String() {
			t.Errorf("Parse(%q) not deterministic", s)
		}
	})
}

// TestFoldsOnVariants measures, on the shared list of English spellings of one Arabic name, how
// often two spellings of one name get one key (recall) and how often spellings of two different
// names do (collisions), with all folds and with each fold left out.
func TestFoldsOnVariants(t *testing.T) {
	p := testshared.Path(t, "data", "name-variants", "arabic_to_english_variants.derived.tsv")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Groups: spellings seen at least twice of one Arabic word, person names only.
	var groups [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 5 || !strings.Contains(c[2], "PERSON") {
			continue
		}
		var g []string
		for _, item := range strings.Split(c[4], " ; ") {
			parts := strings.Split(item, ":")
			if len(parts) < 3 {
				continue
			}
			if n, _ := strconv.Atoi(parts[1]); n >= 2 {
				g = append(g, Fold(parts[0]))
			}
		}
		if len(g) >= 2 {
			groups = append(groups, g)
		}
	}
	if len(groups) < 100 {
		t.Fatalf("only %d variant groups read from %s", len(groups), p)
	}
	measure := func(fs Folds) (recall, collide float64) {
		same, pairs := 0, 0
		owner := map[string]int{}
		clash := 0
		for gi, g := range groups {
			keys := make([]string, len(g))
			for i, w := range g {
				keys[i] = embedded.KeyWith(w, fs)
			}
			for i := range keys {
				for j := i + 1; j < len(keys); j++ {
					pairs++
					if keys[i] == keys[j] {
						same++
					}
				}
			}
			// A key claimed by an earlier group is a collision between different names.
			mine := map[string]bool{}
			for _, k := range keys {
				mine[k] = true
			}
			for k := range mine {
				if o, ok := owner[k]; ok && o != gi {
					clash++
				} else {
					owner[k] = gi
				}
			}
		}
		return float64(same) / float64(pairs), float64(clash) / float64(len(groups))
	}
	allR, allC := measure(All)
	t.Logf("%d groups; all folds: same-key recall %.3f, collisions per group %.3f", len(groups), allR, allC)
	for _, fn := range FoldNames {
		r, c := measure(All &^ fn.Fold)
		t.Logf("without %-12s recall %.3f (%+.3f), collisions %.3f (%+.3f)", fn.Name+":", r, r-allR, c, c-allC)
	}
	noneR, noneC := measure(0)
	t.Logf("no folds:            recall %.3f, collisions %.3f", noneR, noneC)
	if allR < 0.52 || allR <= noneR {
		t.Errorf("folds do not help: recall %.3f with all, %.3f with none", allR, noneR)
	}
}

func BenchmarkParse(b *testing.B) {
	k := New()
	names := []string{"Gen. Nabil Ahmad al-Haddad", "Abd al-Karim bin Sulayman", "U.S. Central Command", "Youssef", "Abu Nidal al-Masri"}
	for b.Loop() {
		for _, n := range names {
			k.Parse(n)
		}
	}
}

func TestLoose(t *testing.T) {
	tests := []struct {
		a, b       string
		key, loose bool // same Key, same Loose key
	}{
		{"Qaddafi", "Kadhafi", true, true},
		{"Gaddafi", "Qaddafi", false, true},
		{"Gheddafi", "Kadhafi", false, true},
		{"Ghannouri", "Qannuri", false, true},
		{"Gold", "Kold", false, true},
		{"Gaddafi", "Haddafi", false, false},
		{"Gamal", "Jamal", false, false},
	}
	for _, tt := range tests {
		ka, kb := embedded.Key(Fold(tt.a)), embedded.Key(Fold(tt.b))
		if got := ka == kb; got != tt.key {
			t.Errorf("Key(%q)=%q, Key(%q)=%q: same = %v, want %v", tt.a, ka, tt.b, kb, got, tt.key)
		}
		if got := Loose(ka) == Loose(kb); got != tt.loose {
			t.Errorf("Loose %q=%q, %q=%q: same = %v, want %v", tt.a, Loose(ka), tt.b, Loose(kb), got, tt.loose)
		}
	}
}

func TestJim(t *testing.T) {
	tests := []struct {
		a, b string
		jim  bool // same Jim key
	}{
		{"Gamal", "Jamal", true},
		{"Naguib", "Najib", true},
		{"Naguib", "Nagib", true},
		{"Hegazi", "Hejazi", true},
		{"Ragab", "Rajab", true},
		{"Gomaa", "Jumaa", true},
		{"Gamal", "Kamal", false},
		{"Gamal", "Hamal", false},
		{"Guma", "Jumaa", true},
	}
	for _, tt := range tests {
		ka, kb := embedded.Key(Fold(tt.a)), embedded.Key(Fold(tt.b))
		if got := Jim(ka) == Jim(kb); got != tt.jim {
			t.Errorf("Jim %q=%q, %q=%q: same = %v, want %v", tt.a, Jim(ka), tt.b, Jim(kb), got, tt.jim)
		}
	}
}

func TestEnglishEndings(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Defence", "Defense", true},
		{"Organisation", "Organization", true},
		{"Organisations", "Organizations", true},
		{"Centre", "Center", true},
		{"Licence", "License", true},
		{"Elise", "Elize", false}, // too short a stem: left as written
		{"Fence", "Fense", false},
	}
	for _, tt := range tests {
		if got := embedded.Key(Fold(tt.a)) == embedded.Key(Fold(tt.b)); got != tt.same {
			t.Errorf("Key(%q)=%q, Key(%q)=%q: same = %v, want %v", tt.a, embedded.Key(Fold(tt.a)), tt.b, embedded.Key(Fold(tt.b)), got, tt.same)
		}
	}
}

// TestSolidJoiner checks the split of a word that begins with a joiner written solid.
func TestSolidJoiner(t *testing.T) {
	k := New()
	type split struct {
		joiner, rest string
		ok           bool
	}
	want := map[string]split{
		"bukamal":   {"bu", "kamal", true},
		"albukamal": {"albu", "kamal", true},
		"aboudarra": {"abou", "darra", true},
		"busra":     {}, // too short a rest
		"tarmesh":   {}, // no joiner
		"abu kamal": {}, // written apart
	}
	for w, s := range want {
		var got split
		got.joiner, got.rest, got.ok = k.SolidJoiner(w)
		if got != s {
			t.Errorf("SolidJoiner(%q) = %+v, want %+v", w, got, s)
		}
	}
}
