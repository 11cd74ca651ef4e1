package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// StdinName is the input that stands for standard input, and the file name its pages carry.
const StdinName = "-"

// readStdin reads standard input, which has no name to tell its kind by: gzip is recognised by
// its magic number, then JSON Lines by a leading '{', WARC by its version line, a feed or HTML by
// their first tags, and anything else is a text dump.
func (r *Reader) readStdin(ctx context.Context, fn func(Item) error) error {
	const name = "stdin"
	var src io.Reader = r.Stdin
	head := make([]byte, 2)
	n, _ := io.ReadFull(src, head)
	src = io.MultiReader(bytes.NewReader(head[:n]), src)
	if n == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(src)
		if err != nil {
			return fn(fail(name, 0, fmt.Errorf("%w: not a readable gzip stream: %v", dossier.ErrFormat, err)))
		}
		defer zr.Close()
		src = zr
	}
	body, err := readLimited(src, r.limit())
	if err != nil {
		return fn(fail(name, 0, err))
	}
	size := int64(len(body))
	trimmed := bytes.TrimLeft(body, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		return r.readJSONL(ctx, name, size, bytes.NewReader(body), fn)
	case bytes.HasPrefix(trimmed, []byte("WARC/")):
		return r.readWARC(ctx, name, size, bytes.NewReader(body), fn)
	case looksLikeFeed(body):
		return r.readFeed(ctx, name, size, bytes.NewReader(body), fn)
	}
	format := dossier.FormatText
	if looksLikeHTML(body) {
		format = dossier.FormatHTML
	}
	if err := checkBody(body, format); err != nil {
		return fn(fail(name, size, err))
	}
	return fn(Item{Page: &dossier.Page{File: name, Format: format, Body: body}, Bytes: size})
}

// Skipped are the files inside the folders among inputs that Files passes over because their
// ending is not one of a readable kind (".pdf", ".docx", ".md" …), in a stable order. Hidden
// entries are not counted: they are passed over on purpose.
func Skipped(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			continue
		}
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil // Files keeps it, and reading it says why
			case strings.HasPrefix(d.Name(), ".") && path != in:
				if d.IsDir() {
					return fs.SkipDir
				}
			case !d.IsDir():
				if !readable(d.Name()) {
					out = append(out, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest %s: %w", in, err)
		}
	}
	sort.Strings(out)
	return out, nil
}
