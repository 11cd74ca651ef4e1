package web_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromium finds a headless browser, skipping the test when there is none (failing under CI).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium found: the browser test is required in CI")
	}
	t.Skip("no chromium found: skipping the browser test")
	return ""
}

// browse runs the headless browser on url with extra flags and returns its standard output.
func browse(t *testing.T, bin, profile, url string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile}, flags...)
	args = append(args, url)
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	ownGroup(cmd)
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, errOut.String())
	}
	return out.Bytes()
}

// TestBrowser renders pages in headless Chromium: the DOM holds what the page should show and
// nothing the hostile document tried to run, and each page is captured as a screenshot (kept
// in $DOSSIER_SCREENSHOTS when set, for looking at).
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	f := newFixture(t)
	base := listen(t, f.h)
	shots := screenshotDir(t)
	profile := t.TempDir()
	commander := f.entityID(t, "Yousef Abdel-Karim Haddad")
	evil := f.entityID(t, `<script>`+pwn+`</script>Evil Brigade`)

	tests := []struct {
		name, path, size string
		want             []string
	}{
		{"documents", "/", "1280,1600", []string{"<h1>Documents</h1>", "Desert Wire", "&lt;script&gt;document.body"}},
		{"documents-narrow", "/", "390,1400", []string{"<h1>Documents</h1>"}},
		{"entity", "/entity/" + commander, "1280,1600", []string{"Yusuf Abd al-Karim al-Haddad", "How each source labels it"}},
		{"entity-hostile", "/entity/" + evil, "1280,1000", []string{"Evil Brigade"}},
		{"timeline", "/timeline", "1280,1600", []string{"<svg", "<rect", "Year not given", "2 Oct, year unknown"}},
		{"timeline-narrow", "/timeline", "390,1400", []string{"<svg"}},
		{"document-hostile", "/doc/" + hostileID, "1280,1000", []string{"&lt;b&gt;bold&lt;/b&gt;", `class="timex"`}},
		{"conflicts", "/conflicts", "1280,1600", []string{`class="side"`}},
		{"sources", "/sources", "1280,1600", []string{"Origin groups"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := base + tt.path
			dom := string(browse(t, bin, profile, url, "--window-size="+tt.size, "--dump-dom"))
			for _, w := range tt.want {
				if !strings.Contains(dom, w) {
					t.Errorf("rendered DOM lacks %q", w)
				}
			}
			for _, bad := range []string{`data-pwned="yes"`, "<script", "<img"} {
				if strings.Contains(dom, bad) {
					t.Errorf("rendered DOM holds %q: markup from a document was not inert", bad)
				}
			}
			png := filepath.Join(shots, tt.name+".png")
			browse(t, bin, profile, url, "--window-size="+tt.size, "--screenshot="+png, "--hide-scrollbars")
			b, err := os.ReadFile(png)
			if err != nil {
				t.Fatalf("no screenshot: %v", err)
			}
			if !bytes.HasPrefix(b, []byte("\x89PNG")) || len(b) < 5000 {
				t.Errorf("screenshot %s is not a rendered page (%d bytes)", png, len(b))
			}
		})
	}
}

// listen serves h on a free loopback port until the test ends and returns its base URL.
func listen(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() {
		if err := srv.Shutdown(context.Background()); err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Error(err)
		}
	})
	return "http://" + ln.Addr().String()
}

// screenshotDir is where screenshots are kept: $DOSSIER_SCREENSHOTS, else a temporary folder.
func screenshotDir(t *testing.T) string {
	if dir := os.Getenv("DOSSIER_SCREENSHOTS"); dir != "" {
		return dir
	}
	return t.TempDir()
}
