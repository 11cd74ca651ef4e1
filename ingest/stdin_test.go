package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestStdin reads each kind of input from standard input, where no file name tells its kind,
// and finds what reading the same input as a named file finds.
func TestStdin(t *testing.T) {
	tests := []struct {
		name, file string
		gzip       bool
		format     dossier.Format // of the pages; "" when records or items say
	}{
		{"text dump", "corpus/plain.txt", false, dossier.FormatText},
		{"HTML", "corpus/page.html", false, dossier.FormatHTML},
		{"gzip-compressed HTML", "corpus/page.html", true, dossier.FormatHTML},
		{"JSON Lines", "corpus/records.jsonl", false, ""},
		{"WARC", "corpus/crawl.warc", false, ""},
		{"RSS feed", "feeds/harbour.rss", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input, err := os.ReadFile("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if tt.gzip {
				input = gzipped(t, input)
			}
			named, namedFailures := readAll(t, "testdata/"+tt.file)
			var pages []*dossier.Page
			failures := 0
			r := &Reader{Stdin: bytes.NewReader(input)}
			err = r.Read(context.Background(), []string{StdinName}, func(it Item) error {
				if it.Err != nil {
					failures++
				} else {
					pages = append(pages, it.Page)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) == 0 || len(pages) != len(named) || failures != len(namedFailures) {
				t.Errorf("%d pages and %d failures, as a named file %d and %d", len(pages), failures, len(named), len(namedFailures))
			}
			for _, p := range pages {
				if tt.format != "" && p.Format != tt.format {
					t.Errorf("format %q, want %q", p.Format, tt.format)
				}
				if len(p.Body) == 0 {
					t.Errorf("empty page from %s", p.File)
				}
			}
		})
	}
	// Without Stdin, "-" is a file name like any other.
	_, failures := readAll(t, "-")
	if _, ok := failures["-"]; !ok {
		t.Errorf("\"-\" without standard input should fail as a missing file: %v", failures)
	}
}

func TestSkipped(t *testing.T) {
	got, err := Skipped([]string{"testdata/corpus", "testdata/feeds/harbour.rss", "nosuch"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"testdata/corpus/notes.md"}, got); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

// TestGzipNamedBySite reads a compressed page saved under its site's name, whose inner name tells
// no kind, from a folder: it is taken and told by its content, while a .pdf beside it is skipped.
func TestGzipNamedBySite(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<html><head><title>Harbour</title></head><body><p>The harbour reopened on Monday after the storm.</p></body></html>"))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "news.example.org.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "report.pdf"), []byte("%PDF-1.4"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := Files([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{filepath.Join(dir, "news.example.org.gz")}, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	skipped, err := Skipped([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{filepath.Join(dir, "report.pdf")}, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	var formats []dossier.Format
	err = (&Reader{}).Read(t.Context(), files, func(it Item) error {
		if it.Err != nil {
			t.Errorf("read: %v", it.Err)
			return nil
		}
		formats = append(formats, it.Page.Format)
		return nil
	})
	if err != nil || len(formats) != 1 || formats[0] != dossier.FormatHTML {
		t.Errorf("read %v, %v; want one HTML page", formats, err)
	}
}
