package web_test

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// browser is headless Chromium driven over the DevTools protocol: one tab that navigates,
// runs expressions, waits for pages and takes screenshots. Tests use it to act on pages as a
// reader does — follow links, fill forms, press buttons — which loading one URL cannot.
type browser struct {
	t    *testing.T
	ws   *websocket.Conn
	mu   sync.Mutex
	next int
}

// startBrowser starts Chromium with a remote-debugging port of its own and opens its tab.
func startBrowser(t *testing.T, bin string) *browser {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir="+t.TempDir(), "about:blank")
	ownGroup(cmd)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	t.Cleanup(func() { cancel(); cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), "DevTools listening on "); ok {
				found <- u
			}
		}
	}()
	var browserURL string
	select {
	case browserURL = <-found:
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not open its debugging port within 30s")
	}
	// The page target is listed on the same port as the browser's.
	host := strings.TrimPrefix(browserURL, "ws://")
	host = host[:strings.Index(host, "/")]
	var targets []struct{ Type, WebSocketDebuggerURL string }
	for deadline := time.Now().Add(10 * time.Second); ; {
		res, err := http.Get("http://" + host + "/json/list")
		if err == nil {
			err = json.NewDecoder(res.Body).Decode(&targets)
			res.Body.Close()
		}
		if err == nil && len(targets) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no page target: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	pageURL := ""
	for _, tg := range targets {
		if tg.Type == "page" {
			pageURL = tg.WebSocketDebuggerURL
		}
	}
	ws, err := websocket.Dial(pageURL, "", "http://127.0.0.1/")
	if err != nil {
		t.Fatalf("connect to the tab: %v", err)
	}
	t.Cleanup(func() { ws.Close() })
	b := &browser{t: t, ws: ws}
	b.call("Page.enable", nil, nil)
	return b
}

// call sends one protocol command and decodes its result into out (when not nil), passing over
// the events that arrive meanwhile.
func (b *browser) call(method string, params, out any) {
	b.t.Helper()
	if err := b.try(method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

// try is call that returns the failure.
func (b *browser) try(method string, params, out any) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.next++
	id := b.next
	if params == nil {
		params = struct{}{}
	}
	b.ws.SetDeadline(time.Now().Add(60 * time.Second))
	if err := websocket.JSON.Send(b.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	for {
		var msg struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := websocket.JSON.Receive(b.ws, &msg); err != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
		if msg.ID != id {
			continue
		}
		if msg.Error != nil {
			return fmt.Errorf("%s: %s", method, msg.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(msg.Result, out); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		}
		return nil
	}
}

// eval runs a JavaScript expression in the page and decodes its value into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	if err := b.tryEval(expr, out); err != nil {
		b.t.Fatal(err)
	}
}

// tryEval is eval that returns the failure, as while a page is being replaced.
func (b *browser) tryEval(expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	if err := b.try("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res); err != nil {
		return err
	}
	if e := res.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluate %s: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out != nil && len(res.Result.Value) > 0 {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			return fmt.Errorf("evaluate %s: %w", expr, err)
		}
	}
	return nil
}

// open loads a URL and waits for the page.
func (b *browser) open(url string) {
	b.t.Helper()
	b.call("Page.navigate", map[string]any{"url": url}, nil)
	b.waitLoaded(url)
}

// act runs an expression that leads to another page (a click on a link or a button) and
// waits until the new page has loaded.
func (b *browser) act(expr string) {
	b.t.Helper()
	b.eval(`document.documentElement.dataset.visited = "1"`, nil)
	b.eval(expr, nil)
	b.waitLoaded("")
}

// waitLoaded waits until the document has loaded, and is a new one when act marked the old.
func (b *browser) waitLoaded(url string) {
	b.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var state string
		err := b.tryEval(`document.documentElement.dataset.visited ? "old" : document.readyState`, &state)
		if err == nil && state == "complete" {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("page %s did not load within 30s (state %q)", url, state)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// screenshot saves the page, at the width given and its full height, as a PNG in dir.
func (b *browser) screenshot(dir, name string, width int) {
	b.t.Helper()
	var height int
	b.eval(`Math.min(document.documentElement.scrollHeight, 4000)`, &height)
	b.call("Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": max(height, 400),
		"deviceScaleFactor": 1, "mobile": false}, nil)
	var shot struct{ Data string }
	b.call("Page.captureScreenshot", map[string]any{"format": "png"}, &shot)
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil || !strings.HasPrefix(string(png), "\x89PNG") || len(png) < 5000 {
		b.t.Fatalf("screenshot %s: not a rendered page (%d bytes, %v)", name, len(png), err)
	}
	if err := os.WriteFile(fmt.Sprintf("%s/%s.png", dir, name), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// texts are the trimmed texts of the elements a CSS selector finds.
func (b *browser) texts(selector string) []string {
	b.t.Helper()
	var out []string
	b.eval(fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).map(e => e.textContent.trim())`, selector), &out)
	return out
}
