package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
)

// widthProbe, appended to a rendered report, writes the page's width and the viewport's into
// an element that --dump-dom prints.
const widthProbe = `<script>
window.addEventListener("load", () => {
  const p = document.createElement("pre");
  p.id = "width-probe";
  p.textContent = "viewport=" + document.documentElement.clientWidth + " page=" + document.documentElement.scrollWidth;
  document.body.appendChild(p);
});
</script>`

// TestHTMLFitsWindow renders reports whose tables are wide — an entity cited in many documents,
// a framing table with many sources — and checks in headless Chromium that the page itself
// never scrolls sideways: citations wrap, and a table too wide scrolls in its own box.
func TestHTMLFitsWindow(t *testing.T) {
	needChromium(t)
	tests := []struct {
		name    string
		copies  int // copies of every document, each citing the same entities
		sources int // extra sources in the framing table
	}{
		{"examples", 0, 0},
		{"many citations", 60, 0},
		{"many framing sources", 0, 30},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := widen(loadInput(t, "examples.json"), tc.copies, tc.sources)
			viewport, page := renderedWidths(t, in)
			if page > viewport {
				t.Errorf("page is %d px wide in a %d px window: it scrolls sideways", page, viewport)
			}
		})
	}
}

// widen adds copies of every document of in (same text, same entities, new ids) and frames of
// extra sources labelling the first entity.
func widen(in Input, copies, sources int) Input {
	base := in.Analyses
	members := in.Corpus.Members
	for i := 1; i <= copies; i++ {
		for _, a := range base {
			c := *a
			c.Doc.ID = fmt.Sprintf("%s%03d", a.Doc.ID, i)
			in.Analyses = append(in.Analyses, &c)
			in.Corpus.Origins = append(in.Corpus.Origins, dossier.Origin{Doc: c.Doc.ID, Group: c.Doc.ID, Reason: "independent"})
			for _, m := range members {
				if m.Doc == a.Doc.ID {
					m.Doc = c.Doc.ID
					in.Corpus.Members = append(in.Corpus.Members, m)
				}
			}
		}
	}
	for i := 0; i < sources; i++ {
		in.Corpus.Frames = append(in.Corpus.Frames, dossier.Frame{
			Source: fmt.Sprintf("Outlet number %02d", i), Entity: in.Corpus.Entities[0].ID,
			Labels: []string{"a rather long description of the actor"}, Camp: "hostile"})
	}
	return in
}

var probeLine = regexp.MustCompile(`viewport=(\d+) page=(\d+)`)

// renderedWidths renders in as HTML in a 1280 px wide headless Chromium and returns the width
// of the window's content and of the page.
func renderedWidths(t *testing.T, in Input) (viewport, page int) {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, in); err != nil {
		t.Fatal(err)
	}
	b.WriteString(widthProbe)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := chromiumCmd(ctx, dir, "--dump-dom", "file://"+file)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	m := probeLine.FindSubmatch(out.Bytes())
	if m == nil {
		t.Fatalf("the page's widths were not written; chromium said:\n%s", stderr.Bytes())
	}
	viewport, _ = strconv.Atoi(string(m[1]))
	page, _ = strconv.Atoi(string(m[2]))
	return viewport, page
}
