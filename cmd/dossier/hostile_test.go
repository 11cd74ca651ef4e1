package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// hostileWant is what becomes of one hostile input: stored whole, stored cut to the limits of
// analysis, or failed with a reason that holds the given words.
type hostileWant struct {
	outcome string // "stored", "cut" or "failed"
	reason  string
}

// hostileCases are the inputs of testdata/hostile and those made by makeHostile, by the name the
// ingest summary gives them.
var hostileCases = map[string]hostileWant{
	"empty.txt":                     {"failed", "empty input"},
	"spaces.txt":                    {"failed", "empty input"},
	"nul.txt":                       {"failed", "binary content"},
	"controls.txt":                  {"failed", "binary content"},
	"latin1.txt":                    {"failed", "invalid UTF-8 at byte 3"},
	"utf16.txt":                     {"failed", "binary content"},
	"bom-only.txt":                  {"failed", "no article text"},
	"one-word.txt":                  {"failed", "no article text"},
	"html-in-text.txt":              {"failed", "no article text"},
	"bidi-override.txt":             {"stored", ""},
	"ansi-escapes.txt":              {"stored", ""},
	"good.txt":                      {"stored", ""},
	"good.html":                     {"stored", ""},
	"html-empty.html":               {"failed", "no article text"},
	"html-scripts.html":             {"failed", "no article text"},
	"html-unclosed-comment.html":    {"failed", "no article text"},
	"html-frameset.html":            {"failed", "no article text"},
	"html-only-nav.html":            {"failed", "no article text"},
	"html-png.html":                 {"failed", "binary content"},
	"html-xss.html":                 {"stored", ""},
	"html-charset-lie.html":         {"stored", ""},
	"truncated.html.gz":             {"stored", ""}, // what could be read of it is a page
	"not-gzip.txt.gz":               {"failed", "not a readable gzip file"},
	"empty.txt.gz":                  {"failed", "not a readable gzip file"},
	"gzip-binary.txt.gz":            {"failed", "binary content"},
	"gzip-empty-member.txt.gz":      {"failed", "empty input"},
	"gzip-two-members.txt.gz":       {"stored", ""},
	"gzip-bad-crc.txt.gz":           {"failed", "invalid checksum"},
	"records.jsonl:1":               {"failed", "not a JSON object"},
	"records.jsonl:2":               {"failed", "cannot unmarshal array"},
	"records.jsonl:3":               {"failed", "cannot unmarshal string"},
	"records.jsonl:4":               {"failed", "cannot unmarshal number"},
	"records.jsonl:5":               {"failed", `neither "text" nor "html"`},
	"records.jsonl:6":               {"failed", "cannot unmarshal number into Go struct field record.text"},
	"records.jsonl:7":               {"failed", `neither "text" nor "html"`},
	"records.jsonl:8":               {"failed", `neither "text" nor "html"`},
	"records.jsonl:9":               {"failed", "empty input"},
	"records.jsonl:10":              {"failed", "binary content"},
	"records.jsonl:11":              {"failed", "unexpected end of JSON input"},
	"r-ok":                          {"stored", ""},
	"r-dup-key":                     {"stored", ""},
	"r-html-script":                 {"failed", "no article text"},
	"r-bad-date":                    {"stored", ""},
	"\x1b[31mred\nname":             {"stored", ""},
	"r-latin1":                      {"stored", ""},
	"r-crlf":                        {"stored", ""},
	"r-bom":                         {"stored", ""},
	"records-empty.jsonl":           {"failed", "no records"},
	"warc-long-length.warc#1":       {"failed", "truncated WARC record"},
	"warc-negative-length.warc#1":   {"failed", "without a valid Content-Length"},
	"warc-nonnumeric-length.warc#1": {"failed", "without a valid Content-Length"},
	"warc-no-version.warc#1":        {"failed", "not a WARC record"},
	"warc-truncated.warc#1":         {"failed", "truncated WARC record"},
	"warc-not-http.warc":            {"failed", "no records"},
	"warc-empty.warc":               {"failed", "no records"},
	"warc-gzip-truncated.warc.gz#1": {"failed", "WARC header"},
	"https://news.example.com/x":    {"stored", ""}, // the external entity is left unread
	"billion-laughs.rss#1":          {"stored", ""}, // the entities are left unexpanded
	"malformed.rss":                 {"failed", "not a readable RSS or Atom feed"},
	"no-items.atom":                 {"failed", "the feed has no items"},
	"https://news.example.com/t":    {"failed", "has no content or summary"},
	"not-a-feed.rss":                {"failed", "not a readable RSS or Atom feed"},

	// Made by makeHostile.
	"pipe.txt":           {"failed", "a named pipe, not a regular file"},
	"sock.html":          {"failed", "a socket, not a regular file"},
	"loop.txt":           {"failed", "too many levels of symbolic links"},
	"dangling.html":      {"failed", "no such file"},
	"esc\x1b[2Jname.txt": {"failed", "empty input"},
	"new\nline.txt":      {"stored", ""},
	"bomb.txt.gz":        {"failed", "input too large"},
	"huge.txt":           {"failed", "input too large"},
	"nested.html":        {"failed", "open stack of elements exceeds"},
	"deep.jsonl:1":       {"failed", "exceeded max depth"},
	"long-line.txt":      {"cut", "clean text of"},
	"heavy.html":         {"cut", "before extraction"},
	"long-record":        {"cut", "clean text of"},
	"short-lines.txt":    {"failed", "no article text"},
	"paragraphs.html":    {"cut", "before extraction"},
	"repeated.html":      {"failed", "one paragraph of 56 characters repeated"},
}

// makeHostile adds to dir the inputs too large to commit or that git cannot hold: special files,
// names with control characters, a gzip bomb, pages past every limit.
func makeHostile(t *testing.T, dir string) {
	t.Helper()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good, err := os.ReadFile(filepath.Join(dir, "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(dir, "sock.html"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	for name, target := range map[string]string{"loop.txt": "loop.txt", "dangling.html": "nowhere.html"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	write("esc\x1b[2Jname.txt", nil)
	write("new\nline.txt", append([]byte("The ferry sails again\n\n"), good...))

	// A gzip bomb: 256 MiB of zeros in a quarter of a megabyte, past the 64 MiB limit.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 256 {
		zw.Write(zeros)
	}
	zw.Close()
	write("bomb.txt.gz", bomb.Bytes())
	write("huge.txt", bytes.Repeat([]byte("Dock workers returned to work. "), 65<<20/31+1))

	sentence := "Dock workers in Port Ellery returned to work on Monday after a ten-day strike over pay, the union said. "
	write("long-line.txt", []byte("Harbour strike ends\n\n"+strings.Repeat(sentence, 3<<20/len(sentence))))
	write("heavy.html", []byte("<html><head><title>Strike ends</title></head><body><article><h1>Strike ends</h1><p>"+
		strings.Repeat(sentence, 5)+"</p></article><script>"+strings.Repeat("var x = 1;\n", 9<<20/11)+"</script></body></html>"))
	rec, _ := json.Marshal(map[string]string{"id": "long-record", "text": strings.Repeat(sentence, 3<<20/len(sentence))})
	write("long.jsonl", append(rec, '\n'))
	write("nested.html", []byte("<html><body>"+strings.Repeat("<div>", 100000)+"<p>"+sentence+"</p>"+strings.Repeat("</div>", 100000)+"</body></html>"))
	write("deep.jsonl", []byte(`{"id": "deep", "text": `+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"}\n"))
	write("short-lines.txt", bytes.Repeat([]byte("a\n"), 100000))
	write("repeated.html", htmlPage(10<<20, func(int) string { return "Dock workers returned to work on Monday, the union said." }))
	write("paragraphs.html", htmlPage(10<<20, func(i int) string {
		return fmt.Sprintf("Report %d: dock workers returned to work on day %d, the union said.", i, i%28+1)
	}))
}

// htmlPage is an HTML page of at least size bytes, an article of the paragraphs para(0), para(1) …
func htmlPage(size int, para func(int) string) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>Strike ends</title></head><body><article>")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p>%s</p>\n", para(i))
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// TestHostileInputs ingests the hostile corpus into a database that already holds the example
// corpus. Every input gets its own line with a clear reason (or is stored), nothing stored before
// is lost, and the heap stays within a bound while the corpus is read.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/hostile")); err != nil {
		t.Fatal(err)
	}
	makeHostile(t, dir)
	db := filepath.Join(t.TempDir(), "d.db")
	if code := run([]string{"ingest", "--db", db, "../../examples"}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("ingest of the examples: exit status %d", code)
	}
	before := exportDocs(t, db)

	// The bound is on what the ingest holds, not on garbage the collector has not reached yet: a
	// soft limit below the bound makes it collect before the heap gets there, as a busy machine's
	// scheduling otherwise decides when it runs.
	const heapLimit = 1 << 30
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(heapLimit * 3 / 4))
	var stderr bytes.Buffer
	peak := watchHeap(func() {
		if code := run([]string{"ingest", "--db", db, dir}, io.Discard, &stderr); code != 1 {
			t.Errorf("ingest of the hostile corpus: exit status %d, want 1\n%s", code, stderr.String())
		}
	})
	if peak > heapLimit {
		t.Errorf("the heap reached %d MiB while reading the hostile corpus, more than %d MiB", peak>>20, heapLimit>>20)
	}
	got := hostileOutcomes(t, stderr.String(), dir)
	after := exportDocs(t, db)
	for name, want := range hostileCases {
		line, ok := got[name]
		switch {
		case want.outcome == "stored" && ok:
			t.Errorf("%q: %s, want it stored whole", name, line)
		case want.outcome == "stored" && !storedAs(after, dir, name):
			t.Errorf("%q: not in the export, want it stored", name)
		case want.outcome != "stored" && !ok:
			t.Errorf("%q: no line in the summary, want %s: %s", name, want.outcome, want.reason)
		case want.outcome != "stored" && (!strings.HasPrefix(line, want.outcome+":") || !strings.Contains(line, want.reason)):
			t.Errorf("%q: %q, want %s with %q", name, line, want.outcome, want.reason)
		}
		delete(got, name)
	}
	for name, line := range got {
		t.Errorf("unexpected line for %q: %s", name, line)
	}
	for id, text := range before {
		if after[id].text != text.text {
			t.Errorf("document %s of the examples lost or changed", id)
		}
	}
	for _, d := range after {
		if strings.Contains(d.text, "root:") || len(d.text) > 1<<20+1 {
			t.Errorf("%q: stored text of %d bytes holds more than any page may give", d.file, len(d.text))
		}
	}
}

// hostileOutcomes reads the failed: and cut: lines of an ingest summary, by input name (relative
// to dir, escapes undone).
func hostileOutcomes(t *testing.T, stderr, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, line := range strings.Split(stderr, "\n") {
		kind, rest, ok := strings.Cut(line, ": ")
		if !ok || kind != "failed" && kind != "cut" {
			continue
		}
		name, _, _ := strings.Cut(rest, ": ")
		if strings.HasPrefix(rest, "https://") {
			name = "https:" + strings.SplitN(strings.TrimPrefix(rest, "https:"), ": ", 2)[0]
		}
		name = unescapeName(strings.TrimPrefix(name, dir+string(filepath.Separator)))
		if prev, dup := out[name]; dup {
			t.Errorf("two lines for %q: %s and %s", name, prev, line)
		}
		out[name] = line
	}
	return out
}

// unescapeName undoes printable's escapes for the names used here.
func unescapeName(s string) string {
	return strings.NewReplacer(`\x1b`, "\x1b", `\n`, "\n").Replace(s)
}

type exported struct{ file, text string }

// exportDocs exports the database and returns its documents by id.
func exportDocs(t *testing.T, db string) map[string]exported {
	t.Helper()
	var out bytes.Buffer
	if code := run([]string{"export", "--db", db}, &out, io.Discard); code != 0 {
		t.Fatalf("export: exit status %d", code)
	}
	var x struct {
		Documents []struct{ ID, File, Text string }
	}
	if err := json.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	docs := map[string]exported{}
	for _, d := range x.Documents {
		docs[d.ID] = exported{d.File, d.Text}
	}
	return docs
}

// storedAs reports whether a document of the export came from the input called name.
func storedAs(docs map[string]exported, dir, name string) bool {
	for _, d := range docs {
		if d.file == name || d.file == filepath.Join(dir, name) {
			return true
		}
	}
	return false
}

// watchHeap runs fn and returns the largest heap in use seen while it ran.
func watchHeap(fn func()) uint64 {
	var (
		peak uint64
		wg   sync.WaitGroup
	)
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	wg.Wait()
	return peak
}
