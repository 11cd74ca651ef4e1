package report

import (
	"fmt"
	"strings"
	"time"
)

// svgTimeline is the geometry of the timeline drawing, worked out in Go so the template only
// places what it is given.
type svgTimeline struct {
	Width, Height int
	Panels        []svgPanel
}

// svgPanel is one lane of the drawing: the dated happenings, or those whose year is unknown.
type svgPanel struct {
	Title  string
	Y      int // top of the panel
	AxisY  int
	Ticks  []svgTick
	Rows   []svgRow
	Left   int
	Right  int
	Bottom int
}

type svgTick struct {
	X     string
	Label string
}

type svgRow struct {
	Y, TextY, BarY   int
	Label            string // "h2 DISMISS"
	Who              string
	Value            string // "2023-11 END"
	Title            string // tooltip
	FullX, FullW     string // the value's whole span, before a mod narrows it
	X, W             string
	ValueX           string
	Narrowed, Strong bool
	Precise          bool // a day or finer: drawn as a mark, not a range
	Cite             cite
}

const (
	svgWidth  = 1080 // room right of the axis for a date in words ("early the week of 16 Feb 2015")
	svgLeft   = 300  // where the time axis starts; labels stand to its left
	svgRight  = 880  // where it ends; values stand to its right
	rowHeight = 24
)

func buildSVG(t timeline) *svgTimeline {
	if len(t.Dated) == 0 && len(t.Undated) == 0 {
		return nil
	}
	s := &svgTimeline{Width: svgWidth}
	y := 0
	for _, c := range clusters(t.Dated) {
		from, to := c[0].full().From, c[0].full().To
		for _, it := range c {
			from = min(from, it.full().From)
			to = max(to, it.full().To)
		}
		title := "Dated: " + periodName(from, to)
		p := panel(title, y, c, from, to, ticks(from, to))
		s.Panels = append(s.Panels, p)
		y = p.Bottom + 16
	}
	if len(t.Undated) > 0 {
		// Year 1 stands for the unknown year: only months and days are drawn.
		from, to := days(1, 1, 1), days(2, 1, 1)
		var tk []svgTick
		for m := 1; m <= 12; m++ {
			tk = append(tk, svgTick{X: xAt(days(1, m, 1), from, to), Label: time.Month(m).String()[:3]})
		}
		p := panel("Undated year: month and day known, year not given", y, t.Undated, from, to, tk)
		s.Panels = append(s.Panels, p)
		y = p.Bottom + 16
	}
	s.Height = y
	return s
}

// clusterGap is the gap, in days, from which dated happenings are drawn in separate panels: a
// founding ten years before a clash would otherwise squeeze the days of the clash into a pixel.
const clusterGap = 366

// clusters splits items, sorted by start, where a gap of more than clusterGap days opens.
func clusters(items []timeItem) [][]timeItem {
	var out [][]timeItem
	end := 0.0
	for _, it := range items {
		f := it.full()
		if len(out) == 0 || f.From > end+clusterGap {
			out = append(out, nil)
			end = f.To
		}
		out[len(out)-1] = append(out[len(out)-1], it)
		end = max(end, f.To)
	}
	return out
}

// periodName names the years a panel covers.
func periodName(from, to float64) string {
	a, b := dateOf(from).Year(), dateOf(to-1).Year()
	if a == b {
		return fmt.Sprint(a)
	}
	return fmt.Sprintf("%d–%d", a, b)
}

// full is the item's span before a mod narrowed it.
func (it timeItem) full() span {
	s, _, _ := parseValue(it.Value)
	return s
}

func panel(title string, y int, items []timeItem, from, to float64, tk []svgTick) svgPanel {
	p := svgPanel{Title: title, Y: y, AxisY: y + 40, Ticks: tk, Left: svgLeft, Right: svgRight}
	ry := p.AxisY + 10
	for _, it := range items {
		full := it.full()
		r := svgRow{Y: ry, TextY: ry + 16, BarY: ry + 5, Label: it.ID + " " + it.Type,
			Who:   shorten(it.Label, 44-len(it.ID)-len(it.Type)),
			Value: it.when(), Strong: it.Origins > 1, Cite: it.Cite,
			Precise: it.Precision == "day" || it.Precision == "time"}
		r.Title = fmt.Sprintf("%s %s, %s (%s), %s", it.ID, it.Type, r.Value, it.precision(), plural(it.Origins, "independent origin"))
		r.X, r.W = bar(it.Span, from, to)
		r.FullX, r.FullW = bar(full, from, to)
		r.Narrowed = it.Span != full
		r.ValueX = fmt.Sprint(svgRight + 8)
		p.Rows = append(p.Rows, r)
		ry += rowHeight
	}
	p.Bottom = ry + 4
	return p
}

// bar is the x and width of a span, at least 4 pixels wide so a day stays visible.
func bar(s span, from, to float64) (x, w string) {
	scale := float64(svgRight-svgLeft) / max(to-from, 1)
	x0 := float64(svgLeft) + (s.From-from)*scale
	width := (s.To - s.From) * scale
	if width < 4 {
		x0 -= (4 - width) / 2
		width = 4
	}
	return fmt.Sprintf("%.1f", x0), fmt.Sprintf("%.1f", width)
}

func xAt(d, from, to float64) string {
	return fmt.Sprintf("%.1f", float64(svgLeft)+(d-from)*float64(svgRight-svgLeft)/max(to-from, 1))
}

// ticks chooses axis marks for [from, to): years, months or days, about ten of them at most.
func ticks(from, to float64) []svgTick {
	var out []svgTick
	start, end := dateOf(from), dateOf(to)
	spanDays := to - from
	switch {
	case spanDays > 3*366:
		step := 1
		for (end.Year()-start.Year())/step > 10 {
			step *= 2
		}
		for y := start.Year(); y <= end.Year(); y += step {
			if d := days(y, 1, 1); d >= from && d <= to {
				out = append(out, svgTick{X: xAt(d, from, to), Label: fmt.Sprint(y)})
			}
		}
	case spanDays > 62:
		step := 1
		for spanDays/30/float64(step) > 10 {
			step++
		}
		for t := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC); !t.After(end); t = t.AddDate(0, step, 0) {
			if d := days(t.Year(), int(t.Month()), 1); d >= from && d <= to {
				label := t.Format("Jan")
				if t.Month() == time.January || len(out) == 0 {
					label = t.Format("Jan 2006")
				}
				out = append(out, svgTick{X: xAt(d, from, to), Label: label})
			}
		}
	default:
		step := 1
		for spanDays/float64(step) > 10 {
			step++
		}
		for d := from; d <= to; d += float64(step) {
			t := dateOf(d)
			label := t.Format("2 Jan")
			if len(out) == 0 {
				label = t.Format("2 Jan 2006")
			}
			out = append(out, svgTick{X: xAt(d, from, to), Label: label})
		}
	}
	return out
}

// shorten cuts s to at most n runes, ending it with an ellipsis when cut, so labels stay left
// of the axis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n < 2 {
		return ""
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
