package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

func readAll(t *testing.T, inputs ...string) (pages map[string]*dossier.Page, failures map[string]error) {
	t.Helper()
	files, err := Files(inputs)
	if err != nil {
		t.Fatal(err)
	}
	pages, failures = map[string]*dossier.Page{}, map[string]error{}
	r := &Reader{}
	err = r.Read(context.Background(), files, func(it Item) error {
		if it.Err != nil {
			failures[filepath.ToSlash(it.Err.File)] = it.Err.Err
			return nil
		}
		pages[filepath.ToSlash(it.Page.File)] = it.Page
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages, failures
}

func TestReadCorpus(t *testing.T) {
	pages, failures := readAll(t, "testdata/corpus")

	wantPages := map[string]dossier.Format{
		"testdata/corpus/plain.txt":        dossier.FormatText,
		"testdata/corpus/page.html":        dossier.FormatHTML,
		"testdata/corpus/sub/page2.htm.gz": dossier.FormatHTML,
		"rec-1":                            dossier.FormatBody,
		"rec-2":                            dossier.FormatHTML,
		"https://news.example.com/tunnel":  dossier.FormatHTML,
	}
	got := map[string]dossier.Format{}
	for f, p := range pages {
		got[f] = p.Format
	}
	if diff := cmp.Diff(wantPages, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	if p := pages["rec-1"]; p != nil {
		want := dossier.Meta{ID: "rec-1", Title: "Council votes", Publisher: "The Valley Courier", Published: "2021-03-04"}
		if diff := cmp.Diff(want, p.Meta); diff != "" {
			t.Errorf("record metadata (-want +got):\n%s", diff)
		}
	}
	if p := pages["testdata/corpus/sub/page2.htm.gz"]; p != nil && !strings.Contains(string(p.Body), "Ferry resumes") {
		t.Errorf("gzip page not decompressed: %q", p.Body)
	}
	if p := pages["https://news.example.com/tunnel"]; p != nil && !strings.HasPrefix(string(p.Body), "<!doctype html>") {
		t.Errorf("WARC payload keeps HTTP headers: %q", p.Body[:40])
	}

	wantFailures := map[string]error{
		"testdata/corpus/empty.txt":         dossier.ErrEmpty,
		"testdata/corpus/binary.txt":        dossier.ErrBinary,
		"testdata/corpus/latin1.txt":        dossier.ErrEncoding,
		"testdata/corpus/truncated.html.gz": dossier.ErrFormat,
		"testdata/corpus/records.jsonl:3":   dossier.ErrFormat,
		"testdata/corpus/records.jsonl:5":   dossier.ErrEmpty,
	}
	for f, want := range wantFailures {
		if err, ok := failures[f]; !ok {
			t.Errorf("no failure for %s", f)
		} else if !errors.Is(err, want) {
			t.Errorf("failure for %s = %v, want %v", f, err, want)
		}
	}
	if len(failures) != len(wantFailures) {
		t.Errorf("failures = %v, want %d of them", failures, len(wantFailures))
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "gone.txt")
	if err := os.Symlink(filepath.Join(dir, "missing"), link); err != nil {
		t.Fatal(err)
	}
	_, failures := readAll(t, link)
	if err := failures[filepath.ToSlash(link)]; err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("failure for dangling link = %v", err)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("word ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &Reader{MaxBytes: 100}
	var got error
	err := r.Read(context.Background(), []string{big}, func(it Item) error {
		if it.Err != nil {
			got = it.Err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(got, dossier.ErrTooLarge) || !strings.Contains(got.Error(), big) {
		t.Errorf("error = %v, want ErrTooLarge naming the file", got)
	}
}

func TestMissingInput(t *testing.T) {
	_, failures := readAll(t, "testdata/nothing-here")
	if err := failures["testdata/nothing-here"]; err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("failure for a missing input = %v", err)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"html":"<p>y</p>"}`))
	f.Add([]byte("{\n\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "in.jsonl")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r := &Reader{MaxBytes: 1 << 16}
		err := r.Read(context.Background(), []string{p}, func(it Item) error {
			if (it.Page == nil) == (it.Err == nil) {
				t.Fatalf("item must hold a page or an error: %+v", it)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
