// Package en holds the English language data every stage shares — the tokeniser's and the
// sentence splitter's abbreviations, contractions, month, weekday and number words, titles, the
// name keys' particles and endings, cue lexicons (event triggers, modality, casualty figures,
// time expressions, page furniture, cross-document slots) and the stages' closed word lists — as
// embedded data files read by one loader. A folder given with --data adds to them: a file there
// named like an embedded one extends that list. Each file's header says what it holds and which
// stage reads it.
package en

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt
var embedded embed.FS

// Data is the loaded language data: named word lists and tables. It is read-only once loaded.
type Data struct {
	lists  map[string]map[string]bool
	tables map[string]map[string][]string
	rows   map[string][][]string
}

// Load reads the embedded data files, then every .txt file of dir (when dir is not "") on top of
// them: words and rows from dir are added to the list or table of the same name.
func Load(dir string) (*Data, error) {
	d := &Data{lists: map[string]map[string]bool{}, tables: map[string]map[string][]string{},
		rows: map[string][][]string{}}
	if err := d.addFS(embedded, "data"); err != nil {
		return nil, err
	}
	if dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			if err == nil {
				err = fmt.Errorf("not a folder")
			}
			return nil, fmt.Errorf("language data %s: %w", dir, err)
		}
		if err := d.addFS(os.DirFS(dir), "."); err != nil {
			return nil, fmt.Errorf("language data %s: %w", dir, err)
		}
	}
	return d, nil
}

// embeddedData is the embedded data, loaded once for Embedded.
var embeddedData = sync.OnceValue(MustLoad)

// Embedded returns the embedded data alone, loaded on first use and shared: for the closed word
// lists stages read at start, which no --data folder extends.
func Embedded() *Data {
	return embeddedData()
}

// MustLoad loads the embedded data alone; it panics only if the embedded files are broken, which
// the package's tests rule out.
func MustLoad() *Data {
	d, err := Load("")
	if err != nil {
		panic(err)
	}
	return d
}

func (d *Data) addFS(fsys fs.FS, root string) error {
	names, err := fs.Glob(fsys, filepath.ToSlash(filepath.Join(root, "*.txt")))
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		d.add(strings.TrimSuffix(filepath.Base(name), ".txt"), string(b))
	}
	return nil
}

// add reads one file: a line is a word (a list entry) or, with tabs, a key and its values (a
// table row). '#' starts a comment. Every line is also kept whole, in order, as a row of its
// tab-separated fields.
func (d *Data) add(name, text string) {
	list := d.lists[name]
	if list == nil {
		list = map[string]bool{}
		d.lists[name] = list
	}
	table := d.tables[name]
	if table == nil {
		table = map[string][]string{}
		d.tables[name] = table
	}
	for _, line := range strings.Split(text, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, " \r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		d.rows[name] = append(d.rows[name], fields)
		key, rest, ok := strings.Cut(line, "\t")
		key = strings.TrimSpace(key)
		list[key] = true
		if ok {
			table[key] = strings.Fields(rest)
		}
	}
}

// List returns the words of the named list (empty when there is none). The map is shared: do not
// write to it.
func (d *Data) List(name string) map[string]bool {
	return d.lists[name]
}

// Entries returns the entries of the named list in the order its files give them (the embedded
// file first, then the user's), each once: the first fields of its rows.
func (d *Data) Entries(name string) []string {
	rows := d.rows[name]
	out := make([]string, 0, len(rows))
	seen := make(map[string]bool, len(rows))
	for _, r := range rows {
		if !seen[r[0]] {
			seen[r[0]] = true
			out = append(out, r[0])
		}
	}
	return out
}

// Table returns the rows of the named table, key to values.
func (d *Data) Table(name string) map[string][]string {
	return d.tables[name]
}

// Rows returns every line of the named file, embedded lines first and then the --data folder's,
// each split at tabs with its fields trimmed: for files whose lines are records (a key may repeat,
// a field may hold spaces) rather than words. The slices are shared: do not write to them.
func (d *Data) Rows(name string) [][]string {
	return d.rows[name]
}
