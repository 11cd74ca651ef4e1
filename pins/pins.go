// Package pins reads and writes a user's decisions about entities and conflicts: names that always
// go together, names that never do, and conflicts a reader has reviewed. Resolution applies the
// first two; the web UI writes all three and shows the reviews.
package pins

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dossier-project/dossier/namekey"
)

// Pins are a user's decisions that override the matcher: names that always go together and
// names that never do. A split holds against every merge, direct or transitive.
type Pins struct {
	Merge [][2]string // each pair's names belong to one entity
	Split [][2]string // each pair's names never share an entity
	// Reviewed are conflicts a reader has looked at: the conflict, named by its kind and the
	// places of its sides, and the verdict (confirmed, dismissed). Resolution does not use them;
	// the web UI shows them.
	Reviewed [][2]string
}

// Load reads a pins file: one decision a line, "merge<TAB>name A<TAB>name B",
// "split<TAB>name A<TAB>name B" or "reviewed<TAB>conflict<TAB>verdict"; blank lines and lines starting with '#' are skipped.
func Load(path string) (*Pins, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load pins: %w", err)
	}
	defer f.Close()
	p, err := Parse(f)
	if err != nil {
		return nil, fmt.Errorf("load pins %s: %w", path, err)
	}
	return p, nil
}

// Parse reads pins in the format of Load.
func Parse(r io.Reader) (*Pins, error) {
	p := &Pins{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields, have %d", n, len(f))
		}
		a, b := strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
		if Name(a) == "" || Name(b) == "" {
			return nil, fmt.Errorf("line %d: empty name", n)
		}
		switch strings.ToLower(strings.TrimSpace(f[0])) {
		case "merge":
			p.Merge = append(p.Merge, [2]string{a, b})
		case "split":
			p.Split = append(p.Split, [2]string{a, b})
		case "reviewed":
			p.Reviewed = append(p.Reviewed, [2]string{a, b})
		default:
			return nil, fmt.Errorf("line %d: unknown decision %q (want merge, split or reviewed)", n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// Name is the form names are compared in for pins: folded, hyphens and runs of spaces as one
// space, so "Al-Foo" pins "al Foo" but not "Foo".
func Name(s string) string {
	return joinWords(namekey.Fold(s))
}

// joinWords joins the words of a folded name with one space: a folded name has no white space
// but the ASCII space, and its hyphens part words as spaces do. Both are single bytes that no
// longer character holds, so the name is read byte by byte; one already joined is not copied.
func joinWords(f string) string {
	sep := func(c byte) bool { return c == ' ' || c == '-' }
	joined := len(f) == 0 || !sep(f[0]) && !sep(f[len(f)-1])
	for i := 0; joined && i < len(f); i++ {
		joined = f[i] != '-' && (f[i] != ' ' || f[i+1] != ' ')
	}
	if joined {
		return f
	}
	b := make([]byte, 0, len(f))
	for i := 0; i < len(f); i++ {
		if !sep(f[i]) {
			b = append(b, f[i])
		} else if len(b) > 0 && b[len(b)-1] != ' ' {
			b = append(b, ' ')
		}
	}
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return string(b)
}
