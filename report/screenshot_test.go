package report

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// TestHTMLScreenshot renders the HTML report of the example corpus in headless Chromium and keeps
// the screenshot, so a person can look at it; the test checks it is a real picture of a page.
func TestHTMLScreenshot(t *testing.T) {
	needChromium(t)
	for _, name := range []string{"examples", "small"} {
		t.Run(name, func(t *testing.T) { screenshot(t, name) })
	}
}

func screenshot(t *testing.T, name string) {
	in := loadInput(t, name+".json")
	var b bytes.Buffer
	if err := HTML(&b, in); err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "dossier-report-")
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, name+".html")
	shot := filepath.Join(dir, name+".png")
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := chromiumCmd(ctx, dir, "--screenshot="+shot, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() < 20_000 {
		t.Errorf("screenshot is only %d bytes", info.Size())
	}
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if colours := distinctColours(img, 16); colours < 16 {
		t.Errorf("screenshot has %d colours: a blank page?", colours)
	}
	t.Logf("screenshot of the %s report: %s (%d bytes); page: %s", name, shot, info.Size(), page)
}

// needChromium skips the test in short mode or without Chromium, and fails it in CI.
func needChromium(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("renders a page in a browser")
	}
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required in CI: %v", err)
		}
		t.Skipf("chromium not found at %s; skipping the rendering test", chromium)
	}
}

// chromiumCmd is headless Chromium in a 1280 by 2000 window with its profile in dir and
// nothing fetched in the background, given args.
func chromiumCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1280,2000"}
	return exec.CommandContext(ctx, chromium, append(base, args...)...)
}

// distinctColours counts the colours of img, stopping at limit.
func distinctColours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 3 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 3 {
			r, g, b, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, b, a}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}
