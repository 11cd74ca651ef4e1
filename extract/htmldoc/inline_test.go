package htmldoc

import (
	"os"
	"strings"
	"testing"
)

// An inline script or style inside a heading or paragraph is dropped with its content, and the
// text after it in the same element is kept.
func TestExtractKeepsTextAfterInlineScript(t *testing.T) {
	const body = `Rebels blamed government forces for the attack on the market, which had been crowded since dawn.</p>` +
		`<p>Government forces denied the strike, saying only 2 people died in the town that morning.</p></article></body></html>`
	tests := []struct {
		name, page string
		want       []string
	}{
		{"script in heading",
			`<html><head><title>t</title></head><body><article><h1>Strike <script>alert(1)</script> kills 9</h1><p>` + body,
			[]string{"Strike kills 9"}},
		{"script in paragraph",
			`<html><head><title>t</title></head><body><article><p>An air strike <script>var x = 1;</script>killed 9 people on Monday, a monitor said. ` + body,
			[]string{"An air strike killed 9 people on Monday"}},
		{"style in paragraph",
			`<html><head><title>t</title></head><body><article><p>An air strike <style>p { color: red }</style>killed 9 people on Monday, a monitor said. ` + body,
			[]string{"An air strike killed 9 people on Monday"}},
	}
	page, err := os.ReadFile("testdata/inline-script.html")
	if err != nil {
		t.Fatal(err)
	}
	tests = append(tests, struct {
		name, page string
		want       []string
	}{"script in heading, page title the same", string(page), []string{"Strike kills 9", "Rebels blamed"}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := embedded().Extract([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text %q lacks %q", doc.Text, w)
				}
			}
			for _, bad := range []string{"alert(1)", "var x", "color"} {
				if strings.Contains(doc.Text, bad) {
					t.Errorf("text %q keeps script or style content %q", doc.Text, bad)
				}
			}
		})
	}
}
