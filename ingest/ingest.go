// Package ingest reads inputs — files and folders of saved pages (HTML, plain-text dumps, either
// gzip-compressed), JSON Lines records, WARC crawls, RSS and Atom feeds — and hands each page to a callback, one at a
// time, so a corpus is never held in memory. A file or record that cannot be read is handed on as
// an error naming it, and reading goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// MaxPageBytes is the default size limit of one page once decompressed.
const MaxPageBytes = 64 << 20

// Item is one page read, or the error that kept a file or record from being read.
type Item struct {
	Page *dossier.Page
	Err  *dossier.InputError
	// Bytes is how many input bytes this item accounts for, for progress reporting.
	Bytes int64
}

// Reader reads inputs into pages.
type Reader struct {
	// MaxBytes limits the decompressed size of one page; 0 means MaxPageBytes.
	MaxBytes int64
	// Stdin is read for the input named StdinName ("-"); nil means that name is a file.
	Stdin io.Reader
}

// Kind of input, from its name.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindText
	kindJSONL
	kindWARC
	kindFeed
)

func kindOf(name string) (k kind, gzipped bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gzipped = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML, gzipped
	case ".txt", ".text":
		return kindText, gzipped
	case ".jsonl", ".ndjson":
		return kindJSONL, gzipped
	case ".warc":
		return kindWARC, gzipped
	case ".rss", ".atom", ".feed":
		return kindFeed, gzipped
	}
	return kindUnknown, gzipped
}

// readable reports whether a file found in a folder is read: one of a readable kind by its
// ending, or a gzip file whose inner name tells no kind (a page saved under its site's name,
// "example.org.gz"), which is told by its content as a file named alone is.
func readable(name string) bool {
	k, gzipped := kindOf(name)
	return k != kindUnknown || gzipped
}

// Files expands inputs into the list of files to read, in a stable order. Folders are walked
// recursively; inside them only entries with a known ending are taken and hidden entries are
// passed over. A file named on its own is always taken, even one that cannot be opened, so that
// reading it reports why; so is an entry that is not a regular file (a named pipe, a socket, a
// device), which reading names and skips without opening.
func Files(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			out = append(out, in)
			continue
		}
		var found []string
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable entry is kept so that reading it reports the reason.
				found = append(found, path)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && path != in {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if readable(d.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest %s: %w", in, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// Read reads each file and calls fn for every page or error found in it, in order. It stops early
// only when ctx is done or fn returns an error.
func (r *Reader) Read(ctx context.Context, files []string, fn func(Item) error) error {
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		read := r.readFile
		if f == StdinName && r.Stdin != nil {
			read = func(ctx context.Context, _ string, fn func(Item) error) error { return r.readStdin(ctx, fn) }
		}
		if err := read(ctx, f, fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) limit() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return MaxPageBytes
}

func fail(file string, size int64, err error) Item {
	return Item{Err: &dossier.InputError{File: file, Err: err}, Bytes: size}
}

func (r *Reader) readFile(ctx context.Context, path string, fn func(Item) error) error {
	var size int64
	if info, err := os.Stat(path); err == nil {
		// Opening a named pipe blocks until something writes to it, and a device may never end:
		// only regular files are read.
		if info.IsDir() {
			// A folder reaches the list only when the walk could not read it: say why.
			return fn(fail(path, 0, unreadableFolder(path)))
		}
		if !info.Mode().IsRegular() {
			return fn(fail(path, 0, notRegular(info.Mode())))
		}
		size = info.Size()
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(fail(path, size, unwrapPathError(err)))
	}
	defer f.Close()
	var src io.Reader = f
	k, gzipped := kindOf(path)
	if gzipped || isGzip(f) {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fn(fail(path, size, fmt.Errorf("%w: not a readable gzip file: %v", dossier.ErrFormat, err)))
		}
		defer zr.Close()
		src = zr
	}
	switch k {
	case kindJSONL, kindWARC, kindFeed:
		return r.readRecords(ctx, k, path, size, src, fn)
	}
	body, err := readLimited(src, r.limit())
	if err != nil {
		return fn(fail(path, size, err))
	}
	if k == kindUnknown && looksLikeFeed(body) {
		return r.readFeed(ctx, path, size, bytes.NewReader(body), fn)
	}
	format := dossier.FormatText
	if k == kindHTML || (k == kindUnknown && looksLikeHTML(body)) {
		format = dossier.FormatHTML
	}
	if err := checkBody(body, format); err != nil {
		return fn(fail(path, size, err))
	}
	return fn(Item{Page: &dossier.Page{File: path, Format: format, Body: body}, Bytes: size})
}

// notRegular says what kind of file, other than a regular one, the mode names.
func notRegular(m fs.FileMode) error {
	what := "special file"
	switch {
	case m.IsDir():
		what = "folder"
	case m&fs.ModeNamedPipe != 0:
		what = "named pipe"
	case m&fs.ModeSocket != 0:
		what = "socket"
	case m&fs.ModeCharDevice != 0:
		what = "character device"
	case m&fs.ModeDevice != 0:
		what = "device"
	}
	return fmt.Errorf("%w: a %s, not a regular file: not read", dossier.ErrFormat, what)
}

// unreadableFolder tells why a folder that the walk could not list cannot be read (permission
// denied, most often), rather than calling it a file of the wrong kind.
func unreadableFolder(path string) error {
	if _, err := os.ReadDir(path); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("cannot read folder: %w", err)
	}
	return notRegular(fs.ModeDir)
}

// readRecords reads a file of records (JSON Lines, WARC, a feed). A file that yields nothing at
// all, not even a failing record, is reported as empty, so that every input gets a line.
func (r *Reader) readRecords(ctx context.Context, k kind, path string, size int64, src io.Reader, fn func(Item) error) error {
	n := 0
	count := func(it Item) error {
		n++
		return fn(it)
	}
	var err error
	switch k {
	case kindJSONL:
		err = r.readJSONL(ctx, path, size, src, count)
	case kindWARC:
		err = r.readWARC(ctx, path, size, src, count)
	default:
		err = r.readFeed(ctx, path, size, src, count)
	}
	if err == nil && n == 0 {
		return fn(fail(path, size, fmt.Errorf("%w: no records with a page in it", dossier.ErrEmpty)))
	}
	return err
}

// unwrapPathError drops the path from an *fs.PathError: the failure already names the file.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot %s: %w", pe.Op, pe.Err)
	}
	return err
}

// isGzip peeks at the magic number and rewinds.
func isGzip(f *os.File) bool {
	var magic [2]byte
	n, _ := f.ReadAt(magic[:], 0)
	return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
}

func readLimited(src io.Reader, limit int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(src, limit+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) {
			return nil, fmt.Errorf("%w: truncated or corrupt compressed data: %v", dossier.ErrFormat, err)
		}
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", dossier.ErrTooLarge, limit)
	}
	return body, nil
}

// checkBody rejects what cannot be a page: nothing but white space, binary data, and (for text,
// which has no charset declaration to go by) invalid UTF-8.
func checkBody(body []byte, format dossier.Format) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return dossier.ErrEmpty
	}
	if isBinary(body) {
		return dossier.ErrBinary
	}
	if format != dossier.FormatHTML && !utf8.Valid(body) {
		return fmt.Errorf("%w at byte %d", dossier.ErrEncoding, invalidAt(body))
	}
	return nil
}

// isBinary looks for NUL bytes and a high share of control characters in the first 8 KiB.
func isBinary(body []byte) bool {
	head := body
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			control++
		}
	}
	return control*20 > len(head)
}

func invalidAt(body []byte) int {
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func looksLikeFeed(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 1024)])
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf"))
}

func looksLikeHTML(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 1024)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) ||
		bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head"))
}

// record is one JSON Lines input record (shared/eval/FORMAT.md, "Input").
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func (r *Reader) readJSONL(ctx context.Context, path string, size int64, src io.Reader, fn func(Item) error) error {
	br := bufio.NewReaderSize(src, 1<<20)
	limit := r.limit()
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			where := fmt.Sprintf("%s:%d", path, line)
			if errors.Is(err, dossier.ErrTooLarge) {
				if ferr := fn(fail(where, 0, err)); ferr != nil {
					return ferr
				}
				continue
			}
			return fn(fail(where, 0, fmt.Errorf("%w: %v", dossier.ErrFormat, err)))
		}
		if line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")) // a byte order mark some editors write
		}
		if len(bytes.TrimSpace(raw)) > 0 {
			if ferr := fn(r.record(path, line, raw, int64(len(raw))+1)); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads one line of any length up to limit; a longer line is skipped and reported.
func readLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) <= limit {
			buf = append(buf, chunk...)
		} else if buf != nil || len(chunk) > 0 {
			buf = nil
			// Drain the rest of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("%w: line longer than %d bytes", dossier.ErrTooLarge, limit)
			}
			return nil, err
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func (r *Reader) record(path string, line int, raw []byte, share int64) Item {
	where := fmt.Sprintf("%s:%d", path, line)
	var rec record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return fail(where, share, fmt.Errorf("%w: not a JSON object: %v", dossier.ErrFormat, err))
	}
	file := rec.ID
	if file == "" {
		file = rec.URL
	}
	if file == "" {
		file = where
	}
	page := &dossier.Page{
		File: file,
		Meta: dossier.Meta{ID: rec.ID, URL: rec.URL, Title: rec.Title, Publisher: rec.Publisher, Published: rec.Published},
	}
	switch {
	case rec.HTML != "":
		page.Format, page.Body = dossier.FormatHTML, []byte(rec.HTML)
	case rec.Text != "":
		page.Format, page.Body = dossier.FormatBody, []byte(rec.Text)
	default:
		return fail(where, share, fmt.Errorf("%w: record has neither \"text\" nor \"html\"", dossier.ErrEmpty))
	}
	if err := checkBody(page.Body, page.Format); err != nil {
		return fail(where, share, err)
	}
	return Item{Page: page, Bytes: share}
}
