package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
)

//go:embed report.html.tmpl
var htmlSource string

//go:embed report.css
var cssSource string

// htmlTemplate is parsed once per call: templates hold no state between calls this way, and the
// cost is small next to building the model.
func htmlTemplate() (*template.Template, error) {
	return template.New("report").Funcs(template.FuncMap{
		"plural": plural,
		"date":   dateOrUnknown,
		"quote":  quote,
	}).Parse(htmlSource)
}

// htmlPage is what the template is given.
type htmlPage struct {
	*model
	CSS template.CSS
	SVG *svgTimeline
}

// HTML writes the report as one self-contained HTML file: inline CSS and SVG, no scripts, no
// outside resources. Every text that comes from a document is escaped by html/template, so a
// hostile page stays inert. Every fact links to its sentence in the documents section at the end.
func HTML(w io.Writer, in Input) error {
	t, err := htmlTemplate()
	if err != nil {
		return fmt.Errorf("report: parse template: %w", err)
	}
	m := build(in)
	bw := bufio.NewWriter(w)
	// The style sheet is the package's own embedded file, never document text.
	page := htmlPage{model: m, CSS: template.CSS(cssSource), SVG: buildSVG(m.Timeline)}
	if err := t.Execute(bw, page); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}
