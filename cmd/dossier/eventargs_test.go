package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/segment"
)

var (
	showArgs = flag.Bool("eventargs.show", false, "print every sentence of testdata/eventargs.txt whose arguments differ from the gold")
	showPart = flag.String("eventargs.part", "tune", "the part whose sentences -eventargs.show prints (\"\" for all)")
)

// argRoles are the roles testdata/eventargs.txt scores.
var argRoles = []string{"actor", "target", "place"}

// argCase is one sentence of testdata/eventargs.txt with the events it tells.
type argCase struct {
	set, part, source, text string
	want                    []argEvent
}

// argEvent is an event type with the names that fill its scored roles; each name of the gold may
// list spellings that all count ("the army|Syrian army").
type argEvent struct {
	typ   string
	slots map[string][]string
}

// readArgCases reads testdata/eventargs.txt: a line "== PART SOURCE" opens a case, the next line
// is its sentence, each line "=> TYPE role=Name …" an event it tells; a line "=== SET" puts the
// cases after it in a set counted apart.
func readArgCases(t *testing.T) []argCase {
	t.Helper()
	f, err := os.Open("testdata/eventargs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []argCase
	var shared map[string]string
	set := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "=== "):
			set = strings.TrimSpace(strings.TrimPrefix(l, "=== "))
		case strings.HasPrefix(l, "== "):
			part, source, _ := strings.Cut(strings.TrimPrefix(l, "== "), " ")
			out = append(out, argCase{set: set, part: part, source: source})
		case len(out) == 0:
			t.Fatalf("testdata/eventargs.txt:%d: %q before the first case", n, l)
		case strings.HasPrefix(l, "=> "):
			ev, err := parseArgEvent(strings.TrimPrefix(l, "=> "))
			if err != nil {
				t.Fatalf("testdata/eventargs.txt:%d: %v", n, err)
			}
			out[len(out)-1].want = append(out[len(out)-1].want, ev)
		case out[len(out)-1].text != "":
			t.Fatalf("testdata/eventargs.txt:%d: a second sentence in one case", n)
		case strings.HasPrefix(l, "@ "):
			out[len(out)-1].text = sharedSentence(t, &shared, out[len(out)-1].source, l)
		default:
			out[len(out)-1].text = l
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sharedSentence returns the sentence a line "@ START END" points to: the bytes START to END of
// the text of the document the case's source names in the TimeBank input of the shared data,
// whose texts may be read but not copied into this repository. docs is read on first use.
func sharedSentence(t *testing.T, docs *map[string]string, source, line string) string {
	t.Helper()
	var start, end int
	if _, err := fmt.Sscanf(line, "@ %d %d", &start, &end); err != nil {
		t.Fatalf("testdata/eventargs.txt: %q: %v", line, err)
	}
	if *docs == nil {
		*docs = map[string]string{}
		for _, b := range jsonlRecords(t, testshared.Path(t, "data", "timebank", "input.jsonl"), math.MaxInt) {
			var r struct{ ID, Text string }
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatalf("timebank input: %v", err)
			}
			(*docs)[r.ID] = r.Text
		}
	}
	text, ok := (*docs)[source]
	if !ok || start < 0 || end > len(text) || start >= end {
		t.Fatalf("testdata/eventargs.txt: %s: no text at %d-%d", source, start, end)
	}
	return text[start:end]
}

// parseArgEvent reads "TYPE role=Name; role=Name": names may hold spaces, so roles are cut at
// "; ".
func parseArgEvent(s string) (argEvent, error) {
	typ, rest, _ := strings.Cut(s, " ")
	ev := argEvent{typ: typ, slots: map[string][]string{}}
	for _, f := range strings.Split(rest, "; ") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		role, name, ok := strings.Cut(f, "=")
		if !ok || !slices.Contains(argRoles, role) {
			return ev, fmt.Errorf("bad slot %q in %q", f, s)
		}
		ev.slots[role] = append(ev.slots[role], name)
	}
	return ev, nil
}

// normName is the form names are compared in: lower case, without a leading article, quotes or
// a possessive ending.
func normName(s string) string {
	s = strings.ToLower(strings.Trim(s, ` "'“”’.,`))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	return strings.Join(strings.Fields(s), " ")
}

// gotEvents runs the stages over one sentence and returns its events with the names of their
// scored arguments: every mention of an argument's chain stands for it.
func gotEvents(t *testing.T, stages []pipeline.Stage, text string) []argEvent {
	t.Helper()
	an := &dossier.Analysis{Doc: dossier.Document{ID: "s", Language: "en", Text: text, Sentences: segment.New(en.Embedded()).Sentences(text)}}
	for _, s := range stages {
		if err := s.Analyze(an); err != nil {
			t.Fatalf("%T: %v", s, err)
		}
	}
	names := map[int][]string{}
	for _, m := range an.Mentions {
		names[m.Chain] = append(names[m.Chain], m.Text)
	}
	var out []argEvent
	for _, ev := range an.Events {
		g := argEvent{typ: string(ev.Type), slots: map[string][]string{}}
		for _, arg := range ev.Args {
			if slices.Contains(argRoles, arg.Role) {
				g.slots[arg.Role] = append(g.slots[arg.Role], strings.Join(names[arg.Chain], "|"))
			}
		}
		out = append(out, g)
	}
	return out
}

// sameName reports whether a name of the gold (spellings split by "|") and a found argument
// (its chain's mentions split by "|") name the same thing.
func sameName(want, got string) bool {
	for _, w := range strings.Split(want, "|") {
		for _, g := range strings.Split(got, "|") {
			if normName(w) == normName(g) {
				return true
			}
		}
	}
	return false
}

// slotCount counts argument slots: found and right, found and wrong, in the gold and missed.
type slotCount struct{ tp, fp, fn int }

func (c *slotCount) add(o slotCount) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

func (c slotCount) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c slotCount) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

// compareArgs pairs each gold event with the unused found event of its type that shares most of its
// slots and counts the slots. A found event of a type the gold does not tell is left out: the
// measure is of the arguments, not of the types.
func compareArgs(want, got []argEvent) slotCount {
	var c slotCount
	used := make([]bool, len(got))
	for _, w := range want {
		best, bestHits := -1, -1
		for i, g := range got {
			if used[i] || g.typ != w.typ {
				continue
			}
			if h := matchSlots(w, g).tp; h > bestHits {
				best, bestHits = i, h
			}
		}
		if best < 0 {
			for _, names := range w.slots {
				c.fn += len(names)
			}
			continue
		}
		used[best] = true
		c.add(matchSlots(w, got[best]))
	}
	return c
}

// matchSlots counts the slots of one found event against one gold event, role by role.
func matchSlots(w, g argEvent) slotCount {
	var c slotCount
	for _, role := range argRoles {
		hit := make([]bool, len(w.slots[role]))
		for _, name := range g.slots[role] {
			k := slices.IndexFunc(w.slots[role], func(wn string) bool { return sameName(wn, name) })
			switch {
			case k < 0:
				c.fp++
			case !hit[k]:
				hit[k] = true
				c.tp++
			}
			// A second spelling of a name already found ("Qamishli", "Hasaka" for
			// "Qamishli|Hasaka") is neither right nor wrong again.
		}
		for _, h := range hit {
			if !h {
				c.fn++
			}
		}
	}
	return c
}

// argFloors are the slot precision and recall each part must keep (tune: tuned on; report: only
// measured); the "fresh" parts hold the sentences of pages annotated before any stage ran on them,
// counted apart from the others, and the "unseen" ones those of pages no stage was tuned on before
// they were annotated (the set "=== unseen" of the file), and the "drawn" ones sentences drawn at
// random from sources no stage was tuned on, annotated from the sentence alone, and the "drawn2"
// ones sixty more drawn the same way with another seed, and the "drawn3" ones sixty drawn among
// sentences telling an attack, a killing or an arrest, and the "drawn4" ones sixty more drawn that
// way from other sources with another seed, and the "drawn5" ones sixty drawn with another seed
// from the TimeBank and re3d texts among sentences with a cue word of any event type, and the
// "drawn6" ones sixty drawn that way with another seed from article-extraction pages and FA-KES
// articles no earlier set used, and the "drawn7" ones sixty more drawn that way with another seed,
// put in tune or report by a coin, and the "drawn8" ones sixty more drawn that way from the pages
// and FA-KES articles no earlier set used, and the "drawn9" ones sixty more drawn among the sentences
// no earlier set holds, sources no set used first, and the "drawn10" ones forty drawn among the
// events found in the FA-KES and 181-page exports, sentences no earlier set holds, and the "drawn11"
// ones forty drawn among sentences with a cue word, half from pages and TimeBank texts no set used,
// half from FA-KES articles. A sentence telling two attacks may have a found one's
// right actor scored against the gold line that comes first and names no actor (drawn3 tune,
// drawn4 report): the pairing is greedy.
var argFloors = map[string][2]float64{"tune": {0.97, 0.84}, "report": {0.96, 0.78}, "fresh tune": {0.96, 0.83}, "fresh report": {0.66, 0.47}, "unseen tune": {0.86, 0.75}, "unseen report": {0.69, 0.53}, "drawn tune": {1.00, 0.60}, "drawn report": {0.66, 0.54}, "drawn2 tune": {0.89, 0.89}, "drawn2 report": {0.66, 0.54}, "drawn3 tune": {0.75, 0.73}, "drawn3 report": {0.55, 0.36}, "drawn4 tune": {0.89, 0.68}, "drawn4 report": {0.77, 0.40}, "drawn5 tune": {1.00, 0.43}, "drawn5 report": {0.90, 0.20}, "drawn6 tune": {0.68, 0.61}, "drawn6 report": {0.88, 0.64}, "drawn7 tune": {0.80, 1.00}, "drawn7 report": {0.80, 0.40}, "drawn8 tune": {0.85, 0.40}, "drawn8 report": {0.70, 0.50}, "drawn9 tune": {0.73, 0.56}, "drawn9 report": {0.66, 0.56}, "drawn10 tune": {0.73, 0.51}, "drawn10 report": {0.72, 0.64}, "drawn11 tune": {0.91, 0.37}, "drawn11 report": {0.66, 0.40}}

// countedIn names the part a case is counted in: that of its set, its own, or for a page
// annotated before any stage ran on it (an htmldate-eval page) the fresh one of that name.
func countedIn(c argCase) string {
	if c.set != "" {
		return c.set + " " + c.part
	}
	if strings.HasPrefix(c.source, "htmldate-") {
		return "fresh " + c.part
	}
	return c.part
}

// TestEventArgs measures the argument slots of the events of hand-annotated news sentences
// (testdata/eventargs.txt) through the real stages and fails when a part falls below its floor.
func TestEventArgs(t *testing.T) {
	stages, err := (&app{}).newStages()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]*slotCount{}
	for _, c := range readArgCases(t) {
		got := gotEvents(t, stages, c.text)
		sc := compareArgs(c.want, got)
		part := countedIn(c)
		if counts[part] == nil {
			counts[part] = &slotCount{}
		}
		counts[part].add(sc)
		if *showArgs && (sc.fp > 0 || sc.fn > 0) && (*showPart == "" || *showPart == c.part) {
			t.Logf("%s %s fp=%d fn=%d\n  %s\n  want %s\n  got  %s", c.part, c.source, sc.fp, sc.fn, c.text, showEvents(c.want), showEvents(got))
		}
	}
	for part, floor := range argFloors {
		c := counts[part]
		if c == nil {
			t.Errorf("testdata/eventargs.txt has no %s part", part)
			continue
		}
		t.Logf("%s: slot precision %.3f (%d/%d) recall %.3f (%d/%d)", part, c.precision(), c.tp, c.tp+c.fp, c.recall(), c.tp, c.tp+c.fn)
		if c.precision() < floor[0] || c.recall() < floor[1] {
			t.Errorf("%s: slot precision %.3f recall %.3f, below the floor %.2f/%.2f", part, c.precision(), c.recall(), floor[0], floor[1])
		}
	}
}

func showEvents(evs []argEvent) string {
	var parts []string
	for _, ev := range evs {
		s := ev.typ
		for _, role := range argRoles {
			for _, n := range ev.slots[role] {
				s += " " + role + "=" + n
			}
		}
		parts = append(parts, "["+s+"]")
	}
	return strings.Join(parts, " ")
}
