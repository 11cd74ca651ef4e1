package crosscheck

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Attacks is the hierarchy of the kinds of attack (see lang/en/data/crosscheck-attack-kinds.txt):
// which kinds may name one attack, and which side alone does each.
type Attacks struct {
	parent map[string]string
	side   map[string]string
	broad  map[string]bool // kinds that name a family of kinds, not one ("bombardment")
	site   map[string]bool // kinds that strike one spot ("bombing"), and with them those within
}

// attackKinds names the file of the language data that holds the kinds of attack.
const attackKinds = "crosscheck-attack-kinds"

// DefaultAttacks returns the embedded hierarchy of kinds of attack.
func DefaultAttacks() *Attacks {
	a, err := AttacksFrom(en.Embedded())
	if err != nil {
		panic(err) // the embedded file is part of the build; the package tests read it
	}
	return a
}

// AttacksFrom reads the hierarchy of kinds of attack of the language data d (the embedded file
// with a --data folder's file of the same name, whose lines come after it).
func AttacksFrom(d *en.Data) (*Attacks, error) {
	return parseAttacks(attackKinds, func(fn func(n int, f []string) error) error {
		for i, row := range d.Rows(attackKinds) {
			if err := fn(i+1, row); err != nil {
				return err
			}
		}
		return nil
	})
}

// ParseAttacks reads a file of kinds of attack: kind<TAB>parent<TAB>side[<TAB>broad|site] a
// line, parents first.
func ParseAttacks(fsys fs.FS, name string) (*Attacks, error) {
	return parseAttacks(name, func(fn func(n int, f []string) error) error {
		return eachDataLine(fsys, name, fn)
	})
}

// parseAttacks reads the kinds of attack of the lines each gives, with their numbers, from the
// file name.
func parseAttacks(name string, each func(fn func(n int, f []string) error) error) (*Attacks, error) {
	a := &Attacks{parent: map[string]string{}, side: map[string]string{}, broad: map[string]bool{}, site: map[string]bool{}}
	err := each(func(n int, f []string) error {
		kind := strings.TrimSpace(f[0])
		parent, side := "", ""
		if len(f) > 1 {
			parent = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			side = strings.TrimSpace(f[2])
		}
		if _, ok := a.parent[parent]; parent != "" && !ok {
			return fmt.Errorf("attacks %s:%d: kind %q before its parent %q", name, n, kind, parent)
		}
		mark := ""
		if len(f) > 3 {
			mark = strings.TrimSpace(f[3])
		}
		if mark != "" && mark != "broad" && mark != "site" {
			return fmt.Errorf("attacks %s:%d: fourth field %q of kind %q, want \"broad\", \"site\" or nothing", name, n, mark, kind)
		}
		a.parent[kind], a.side[kind], a.broad[kind], a.site[kind] = parent, side, mark == "broad", mark == "site"
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// eachDataLine calls fn with the tab-separated fields and the line number of every line of a
// data file that is neither blank nor a comment.
func eachDataLine(fsys fs.FS, name string, fn func(n int, f []string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(i+1, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// within reports whether kind k is kind p or lies within it.
func (a *Attacks) within(k, p string) bool {
	for x, n := k, 0; x != "" && n < 32; x, n = a.parent[x], n+1 {
		if x == p {
			return true
		}
	}
	return false
}

// known reports whether the hierarchy holds kind k.
func (a *Attacks) known(k string) bool {
	_, ok := a.parent[k]
	return ok
}

// kindsMeet reports whether two kinds may name one attack: either is unsaid or unknown, or one
// lies within the other. An air strike and a car bomb are two attacks; a barrel bomb is an air
// strike.
func (a *Attacks) kindsMeet(x, y string) bool {
	if a == nil || !a.known(x) || !a.known(y) {
		return true
	}
	return a.within(x, y) || a.within(y, x)
}

// sameKind reports whether two reports name one kind of attack, not only compatible ones: both
// say a kind below "attack" that names no family of kinds ("bombardment": an air strike or
// shelling), and one lies within the other.
func (a *Attacks) sameKind(x, y string) bool {
	return a != nil && a.known(x) && a.known(y) && a.parent[x] != "" && a.parent[y] != "" && !a.broad[x] && !a.broad[y] && a.kindsMeet(x, y)
}

// aroundApart reports whether two reports of attacks of which one is told around a place and
// the other in it (around) tell two attacks for it: they do unless they name one kind of attack,
// or one names no kind, the other a kind that strikes one spot (see atSite), and they are of
// one day (sameDay: both give it, or casualty figures already tell one incident). "A car bomb
// killed 14 near X on Friday" and "17 were killed in X on Friday" tell one blast whose spot the
// outlets put in or outside the town; shelling of villages near a town and an attack in it are
// two.
func (a *Attacks) aroundApart(aroundA, aroundB bool, kindA, kindB string, sameDay bool) bool {
	if aroundA == aroundB || a.sameKind(kindA, kindB) {
		return false
	}
	oneSpot := kindA == "" && a.atSite(kindB) || kindB == "" && a.atSite(kindA)
	return !oneSpot || !sameDay
}

// atSite reports whether kind k strikes one spot: it, or a kind it lies within, is marked so.
func (a *Attacks) atSite(k string) bool {
	if a == nil {
		return false
	}
	for x, n := k, 0; x != "" && n < 32; x, n = a.parent[x], n+1 {
		if a.site[x] {
			return true
		}
	}
	return false
}

// sideOf is the side that did an attack: the side its kind implies, when only one side does that
// kind (air strikes are the state's), else the report's own word. The kind goes first: a side
// word is read from the words around the attack, which may name its target ("warplanes
// targeted the Front's strongholds"), while the kind is what the attack was.
func (a *Attacks) sideOf(kind, by string) string {
	if a == nil {
		return by
	}
	for x, n := kind, 0; x != "" && n < 32; x, n = a.parent[x], n+1 {
		if s := a.side[x]; s != "" {
			return s
		}
	}
	return by
}

// oneAttack reports whether two reports, each with the kind of attack its words name and the
// side they say did it, can tell one attack: their kinds meet and their sides are not two. Two
// sides do not tell two attacks apart when the reports come from different outlets (apart) and
// both name a kind below "attack" that meets the other's ("shelling" and "mortar"): outlets of
// opposite camps blame one barrage on each other, and who did it is then in dispute. A report
// that names no kind ("a raid", "killed"), or one outlet naming two sides, still tells two.
// Callers keep apart too two reports that each tell their side as fact (see ownSidesDiffer),
// which oneAttack does not read.
func (a *Attacks) oneAttack(kindA, byA, kindB, byB string, apart bool) bool {
	if !a.kindsMeet(kindA, kindB) {
		return false
	}
	sa, sb := a.sideOf(kindA, byA), a.sideOf(kindB, byB)
	return sa == "" || sb == "" || sa == sb || apart && a.sameKind(kindA, kindB)
}

// sidesDiffer reports whether two reports say different sides did the attack they tell.
func (a *Attacks) sidesDiffer(kindA, byA, kindB, byB string) bool {
	sa, sb := a.sideOf(kindA, byA), a.sideOf(kindB, byB)
	return sa != "" && sb != "" && sa != sb
}

// ownSidesDiffer reports whether two attack reports each tell as fact, in their own voice with no
// source said to say so, the side that acted (by), and the sides are opposite: "rebels shelled
// the town" and "the army shelled the town" are two attacks of a day of fighting. Who did one
// attack is in dispute where the reports' sources or accusations say so (see culpritConflict).
func (a *Attacks) ownSidesDiffer(x, y *report) bool {
	return a.twoOwnSides(x.kind, x.by, ownVoice(x.e), y.kind, y.by, ownVoice(y.e))
}

// twoOwnSides is ownSidesDiffer of two reports given by their kinds, sides and whether each is
// told in its own voice.
func (a *Attacks) twoOwnSides(kindA, byA string, ownA bool, kindB, byB string, ownB bool) bool {
	return ownA && ownB && byA != "" && byB != "" && a.sidesDiffer(kindA, byA, kindB, byB)
}

// ownVoice reports whether a report tells an event as fact in its own voice.
func ownVoice(e *passEvent) bool {
	return e.Modality == dossier.Asserted && len(e.Attribution) == 0
}
