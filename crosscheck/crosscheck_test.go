package crosscheck

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixture is a story written for the tests: documents whose mentions, labels and events are
// given by their words, turned into analyses with byte offsets by load.
type fixture struct {
	// Places are lines of a place hierarchy (see ParsePlaces) used instead of the embedded one.
	Places []string `json:"places"`
	Docs   []struct {
		ID        string `json:"id"`
		Publisher string `json:"publisher"`
		Published string `json:"published"`
		Title     string `json:"title"` // the headline, written at the head of Text when the page does
		Text      string `json:"text"`
		Mentions  []struct {
			Text   string             `json:"text"`
			Type   dossier.EntityType `json:"type"`
			Entity string             `json:"entity"`
		} `json:"mentions"`
		Labels []struct {
			Text   string `json:"text"`
			Entity string `json:"entity"`
			// Holder is the mention whose view the label is, as the claim stage reads it from
			// a parse the fixture lacks ("which Norland considers …").
			Holder string `json:"holder"`
		} `json:"labels"`
		Timexes []struct {
			Text     string `json:"text"`
			Value    string `json:"value"`
			Dateline bool   `json:"dateline"`
		} `json:"timexes"`
		Events []struct {
			Type     dossier.EventType `json:"type"`
			Trigger  string            `json:"trigger"`
			Args     map[string]string `json:"args"`
			Modality dossier.Modality  `json:"modality"`
			Time     string            `json:"time"`
			Cause    string            `json:"cause"`
			Number   string            `json:"number"`
			Kind     string            `json:"kind"`    // the kind of attack its words name
			By       string            `json:"by"`      // the side its words say did it
			Ongoing  bool              `json:"ongoing"` // told as going on or recurring
			// Attribution names who is said to say so, outermost first: a mention's text or
			// an unnamed source's words.
			Attribution []string `json:"attribution"`
		} `json:"events"`
	} `json:"docs"`
	Want struct {
		Conflicts []struct {
			Kind    string   `json:"kind"`
			About   string   `json:"about"`
			Docs    []string `json:"docs"`
			Summary string   `json:"summary"` // words the summary must hold
		} `json:"conflicts"`
		NoConflict   [][]string `json:"no_conflict"` // documents never together on the sides of one conflict
		MaxConflicts int        `json:"max_conflicts"`
		PerStory     int        `json:"per_story"`
		SameOrigin   [][]string `json:"same_origin"`
		OtherOrigin  [][]string `json:"other_origin"`
		SameStory    [][]string `json:"same_story"`
		OtherStory   [][]string `json:"other_story"`
		// Happenings must each be one happening whose reports' texts hold all of Texts, with
		// the fatalities and time given (when given).
		Happenings []struct {
			Texts      []string `json:"texts"`
			Fatalities string   `json:"fatalities"`
			Time       string   `json:"time"`
		} `json:"happenings"`
		// Apart are texts of reports that no happening may hold together.
		Apart [][]string `json:"apart"`
		// NoSide are texts no conflict may quote.
		NoSide []string `json:"no_side"`
	} `json:"want"`
}

// simpleSentences cuts text after ". " — enough for the fixtures.
func simpleSentences(text string) []dossier.Span {
	var out []dossier.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, dossier.Span{Start: start, End: i + 1})
			start = i + 1
			for start < len(text) && text[start] == ' ' {
				start++
			}
		}
	}
	if start < len(text) {
		out = append(out, dossier.Span{Start: start, End: len(text)})
	}
	return out
}

func wordAt(text string, i, n int) bool {
	return (i == 0 || !isLetterOrDigit(text[i-1])) && (i+n == len(text) || !isLetterOrDigit(text[i+n]))
}

func isLetterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func load(t testing.TB, path string) (*fixture, []*dossier.Analysis, []dossier.Entity, []dossier.Member) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f fixture
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var analyses []*dossier.Analysis
	var members []dossier.Member
	entities := map[string]dossier.Entity{}
	for _, fd := range f.Docs {
		a := &dossier.Analysis{Doc: dossier.Document{ID: fd.ID, File: fd.ID + ".txt", Publisher: fd.Publisher, Published: fd.Published, Title: fd.Title, Text: fd.Text, Language: "en"}}
		a.Doc.Sentences = simpleSentences(fd.Text)
		chain := map[string]int{}
		var ms []dossier.Mention
		// Longer names first so a short form never takes part of a full name.
		order := slices.Clone(fd.Mentions)
		sort.SliceStable(order, func(i, j int) bool { return len(order[i].Text) > len(order[j].Text) })
		for _, m := range order {
			for off := 0; ; {
				i := strings.Index(fd.Text[off:], m.Text)
				if i < 0 {
					break
				}
				i += off
				off = i + len(m.Text)
				sp := dossier.Span{Start: i, End: i + len(m.Text)}
				if !wordAt(fd.Text, i, len(m.Text)) || slices.ContainsFunc(ms, func(x dossier.Mention) bool { return x.Overlaps(sp) }) {
					continue
				}
				ms = append(ms, dossier.Mention{Span: sp, Text: m.Text, Type: m.Type})
				ms[len(ms)-1].Entity = m.Entity
			}
			e := entities[m.Entity]
			e.ID, e.Type = m.Entity, m.Type
			if len(m.Text) > len(e.Name) {
				e.Name = m.Text
			}
			entities[m.Entity] = e
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for i := range ms {
			id := ms[i].Entity
			if _, ok := chain[id]; !ok {
				chain[id] = len(chain)
				members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: fd.ID, Chain: chain[id]}, Entity: id})
			}
			ms[i].Chain = chain[id]
			ms[i].Entity = ""
		}
		a.Mentions = ms
		for _, l := range fd.Labels {
			i := strings.Index(fd.Text, l.Text)
			if i < 0 {
				t.Fatalf("%s: label %q not in text", fd.ID, l.Text)
			}
			a.Labels = append(a.Labels, dossier.Label{Span: dossier.Span{Start: i, End: i + len(l.Text)}, Text: l.Text, Chain: chain[l.Entity]})
		}
		for _, tx := range fd.Timexes {
			i := strings.Index(fd.Text, tx.Text)
			if i < 0 {
				t.Fatalf("%s: time expression %q not in text", fd.ID, tx.Text)
			}
			a.Timexes = append(a.Timexes, dossier.Timex{Span: dossier.Span{Start: i, End: i + len(tx.Text)}, Text: tx.Text, Type: "DATE", Value: tx.Value, Dateline: tx.Dateline})
		}
		for _, fe := range fd.Events {
			i := strings.Index(fd.Text, fe.Trigger)
			if i < 0 {
				t.Fatalf("%s: trigger %q not in text", fd.ID, fe.Trigger)
			}
			sent := sentenceAt(&doc{a: analysisOf(a, newNames())}, i)
			ev := dossier.Event{Span: sent, Type: fe.Type, Trigger: dossier.Span{Start: i, End: i + len(fe.Trigger)},
				Text: fd.Text[sent.Start:sent.End], Modality: fe.Modality, Time: fe.Time, Cause: fe.Cause, Number: fe.Number, Kind: fe.Kind, By: fe.By, Ongoing: fe.Ongoing,
				Word: strings.ToLower(fe.Trigger)}
			roles := make([]string, 0, len(fe.Args))
			for r := range fe.Args {
				roles = append(roles, r)
			}
			sort.Strings(roles)
			for _, r := range roles {
				found := false
				for _, m := range ms {
					if m.Text == fe.Args[r] {
						ev.Args = append(ev.Args, dossier.Arg{Role: r, Chain: m.Chain})
						found = true
						break
					}
				}
				if !found {
					t.Fatalf("%s: argument %q is not a mention", fd.ID, fe.Args[r])
				}
			}
			for _, src := range fe.Attribution {
				s := dossier.Source{Chain: -1, Text: src}
				for _, m := range ms {
					if m.Text == src {
						s.Chain = m.Chain
						break
					}
				}
				ev.Attribution = append(ev.Attribution, s)
			}
			a.Events = append(a.Events, ev)
		}
		sort.SliceStable(a.Events, func(i, j int) bool { return a.Events[i].Start < a.Events[j].Start })
		analyses = append(analyses, withClaims(t, withFigures(a)))
		for _, l := range fd.Labels {
			if l.Holder != "" {
				holdLabel(t, a, l.Text, l.Holder)
			}
		}
	}
	var ents []dossier.Entity
	for _, e := range entities {
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	return &f, analyses, ents, members
}

func TestCheck(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.json")
	var n int
	for _, file := range files {
		if strings.HasSuffix(file, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(file), func(t *testing.T) {
			f, analyses, ents, members := load(t, file)
			res := quoted(New(fixtureOptions(t, f)...).Check(analyses, ents, members), analyses)
			checkWant(t, f, res)
			checkHappenings(t, f, analyses, res)
			golden(t, strings.TrimSuffix(file, ".json")+".golden.json", res)
		})
	}
	if n == 0 {
		t.Fatal("no fixtures under testdata")
	}
}

// fixtureOptions are the options a fixture asks the checker for: its places, its cap on
// conflicts per story.
func fixtureOptions(t *testing.T, f *fixture) []Option {
	t.Helper()
	var opts []Option
	if len(f.Places) > 0 {
		pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(strings.Join(f.Places, "\n"))}}, "places.tsv")
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, WithPlaces(pl))
	}
	if f.Want.PerStory > 0 {
		opts = append(opts, WithMaxConflictsPerStory(f.Want.PerStory))
	}
	return opts
}

func checkWant(t *testing.T, f *fixture, res *Result) {
	t.Helper()
	w := f.Want
	if w.MaxConflicts > 0 && len(res.Conflicts) > w.MaxConflicts {
		t.Errorf("%d conflicts, want at most %d", len(res.Conflicts), w.MaxConflicts)
	}
	for _, want := range w.Conflicts {
		ok := false
		for _, c := range res.Conflicts {
			if want.Kind != "" && c.Kind != want.Kind || want.About != "" && !slices.Contains(c.About, want.About) || !strings.Contains(c.Summary, want.Summary) {
				continue
			}
			docs := map[string]bool{}
			for _, s := range c.Sides {
				docs[s.Doc] = true
			}
			all := true
			for _, d := range want.Docs {
				all = all && docs[d]
			}
			if all {
				ok = true
				break
			}
		}
		if !ok {
			t.Errorf("missing conflict %+v", want)
		}
	}
	for _, g := range w.NoConflict {
		for _, c := range res.Conflicts {
			all := true
			for _, d := range g {
				all = all && slices.ContainsFunc(c.Sides, func(s dossier.ConflictSide) bool { return s.Doc == d })
			}
			if all {
				t.Errorf("%s (%s) has all of %v on its sides", c.ID, c.Summary, g)
			}
		}
	}
	group := map[string]string{}
	for _, o := range res.Origins {
		group[o.Doc] = o.Group
	}
	for _, g := range w.SameOrigin {
		for _, d := range g[1:] {
			if group[d] != group[g[0]] {
				t.Errorf("origin of %s is %s, want that of %s (%s)", d, group[d], g[0], group[g[0]])
			}
		}
	}
	for _, g := range w.OtherOrigin {
		if group[g[0]] == group[g[1]] {
			t.Errorf("%s and %s share origin %s", g[0], g[1], group[g[0]])
		}
	}
	story := map[string]string{}
	for _, s := range res.Stories {
		for _, d := range s.Docs {
			story[d] = s.ID
		}
	}
	for _, g := range w.SameStory {
		for _, d := range g[1:] {
			if story[d] != story[g[0]] {
				t.Errorf("story of %s is %s, want that of %s (%s)", d, story[d], g[0], story[g[0]])
			}
		}
	}
	for _, g := range w.OtherStory {
		if story[g[0]] == story[g[1]] {
			t.Errorf("%s and %s share story %s", g[0], g[1], story[g[0]])
		}
	}
	for _, c := range res.Conflicts {
		for _, s := range c.Sides {
			if s.Text == "" || s.Len() == 0 {
				t.Errorf("%s: empty side %+v", c.ID, s)
			}
		}
	}
}

// checkHappenings checks the happenings a fixture wants, and the reports it wants apart, and
// the texts no conflict may quote.
func checkHappenings(t *testing.T, f *fixture, analyses []*dossier.Analysis, res *Result) {
	t.Helper()
	byID := map[string]*dossier.Analysis{}
	for _, a := range analyses {
		byID[a.Doc.ID] = a
	}
	holds := func(h Happening, texts []string) bool {
		for _, x := range texts {
			found := false
			for _, r := range h.Reports {
				a := byID[r.Doc]
				found = found || a != nil && r.Event < len(a.Events) && strings.Contains(a.Events[r.Event].Text, x)
			}
			if !found {
				return false
			}
		}
		return true
	}
	for _, want := range f.Want.Happenings {
		ok := false
		for _, h := range res.Happenings {
			if holds(h, want.Texts) && (want.Fatalities == "" || h.Fatalities.String() == want.Fatalities) && (want.Time == "" || h.Time == want.Time) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no happening holds %q with fatalities %q and time %q", want.Texts, want.Fatalities, want.Time)
		}
	}
	for _, texts := range f.Want.Apart {
		for _, h := range res.Happenings {
			if holds(h, texts) {
				t.Errorf("%s holds all of %q", h.ID, texts)
			}
		}
	}
	for _, x := range f.Want.NoSide {
		for _, c := range res.Conflicts {
			for _, sd := range c.Sides {
				if strings.Contains(sd.Text, x) {
					t.Errorf("%s (%s) quotes %q", c.ID, c.Summary, x)
				}
			}
		}
	}
}

func golden(t *testing.T, path string, res *Result) {
	t.Helper()
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("result differs from %s; run with -update and review the diff", path)
	}
}

// holdLabel credits the characterisation read from label text of a to the holder its mention
// text names, as the claim stage does where a verb of calling tells the label as their view.
func holdLabel(t testing.TB, a *dossier.Analysis, text, holder string) {
	t.Helper()
	by := -1
	for _, m := range a.Mentions {
		if m.Text == holder {
			by = m.Chain
		}
	}
	if by < 0 {
		t.Fatalf("%s: holder %q is not a mention", a.Doc.ID, holder)
	}
	for i, cl := range a.Claims {
		if cl.Kind == dossier.ClaimCharacterise && a.Doc.Text[cl.Start:cl.End] == text {
			a.Claims[i].By, a.Claims[i].ByText = dossier.Party{Chain: by}, holder
			return
		}
	}
	t.Fatalf("%s: no characterisation read from label %q", a.Doc.ID, text)
}
