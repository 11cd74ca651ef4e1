package web

import (
	"net/url"
	"slices"
	"time"

	"github.com/dossier-project/dossier/timeline"
	"github.com/dossier-project/dossier/view"
)

// chart is the geometry of the timeline drawing, in the units of its viewBox.
type chart struct {
	Width, Height float64
	Sections      []section
	Drawn         int // events placed on an axis; the others' times are not calendar dates
}

// section is one lane of the chart: dated events, or dates whose year is unknown.
type section struct {
	Title     string
	TitleY    float64
	AxisY     float64 // the axis line
	GridY2    float64 // where grid lines end
	Ticks     []tick
	Bars      []bar
	LabelX    float64
	PlotLeft  float64
	PlotRight float64
}

// tick is one gridline with its label.
type tick struct {
	X     float64
	Label string
}

// bar is one event: a range (the interval of its date, narrowed by START/MID/END; the full unit
// drawn faintly behind) or a point for a single day.
type bar struct {
	Href         string
	Title        string // tooltip: date in words, type, source, sentence
	Label        string
	LabelY       float64
	Y, H         float64
	X, W         float64 // the interval
	FullX, FullW float64 // the unnarrowed interval, when a mod narrowed it
	Narrowed     bool
	Point        bool
	CX, CY       float64
	Class        string
}

const (
	chartWidth = 1000.0
	labelWidth = 300.0
	rightPad   = 24.0
	rowHeight  = 22.0
	headHeight = 46.0
)

// placed is an event with its intervals.
type placed struct {
	ev         view.Event
	iv, full   timeline.Interval
	isNarrowed bool
}

// timelineChart lays out the dated events (in the order given) in two lanes: dates with a year,
// on a calendar axis; and dates whose year the text does not give, on a January-to-December axis.
func timelineChart(events []view.Event) chart {
	var known, unknown []placed
	for _, e := range events {
		iv, ok := timeline.Parse(e.Time, e.Mod)
		if !ok {
			continue
		}
		full, _ := timeline.Parse(e.Time, "")
		p := placed{ev: e, iv: iv, full: full, isNarrowed: !full.Start.Equal(iv.Start) || !full.End.Equal(iv.End)}
		if iv.YearKnown {
			known = append(known, p)
		} else {
			unknown = append(unknown, p)
		}
	}
	c := chart{Width: chartWidth, Drawn: len(known) + len(unknown)}
	y := 0.0
	known, far := splitOutliers(known)
	if len(known) > 0 {
		lo, hi := known[0].full.Start, known[0].full.End
		for _, p := range known {
			if p.full.Start.Before(lo) {
				lo = p.full.Start
			}
			if p.full.End.After(hi) {
				hi = p.full.End
			}
		}
		pad := fraction(lo, hi, 40)
		if pad < 24*time.Hour {
			pad = 24 * time.Hour
		}
		sec := lane("Dates with a known year", y, lo.Add(-pad), hi.Add(pad), known, true)
		c.Sections = append(c.Sections, sec)
		y = sec.GridY2 + 20
		// When a few long ranges (a year, a decade) stretch the axis, the precise dates crowd
		// into a sliver of it: draw those again on an axis of their own.
		if near, from, to := closeUp(known); len(near) > 1 && seconds(from, to) < seconds(lo, hi)/4 {
			pad := fraction(from, to, 30)
			if pad < 24*time.Hour {
				pad = 24 * time.Hour
			}
			title := "Close-up: " + from.Format("2 Jan 2006") + " to " + to.AddDate(0, 0, -1).Format("2 Jan 2006")
			sec := lane(title, y, from.Add(-pad), to.Add(pad), near, true)
			c.Sections = append(c.Sections, sec)
			y = sec.GridY2 + 20
		}
	}
	if len(far) > 0 {
		lo, hi := far[0].full.Start, far[len(far)-1].full.End
		for _, p := range far {
			lo, hi = minTime(lo, p.full.Start), maxTime(hi, p.full.End)
		}
		pad := max(fraction(lo, hi, 40), 24*time.Hour)
		sec := lane("Far from the other dates (an implausible year?)", y, lo.Add(-pad), hi.Add(pad), far, true)
		c.Sections = append(c.Sections, sec)
		y = sec.GridY2 + 20
	}
	if len(unknown) > 0 {
		lo := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
		sec := lane("Year not given (month and day only)", y, lo, lo.AddDate(1, 0, 0), unknown, false)
		c.Sections = append(c.Sections, sec)
		y = sec.GridY2 + 20
	}
	c.Height = y
	return c
}

// closeUp picks the dates no longer than a quarter and returns them with the stretch they cover.
func closeUp(ps []placed) (near []placed, from, to time.Time) {
	for _, p := range ps {
		if p.full.End.Sub(p.full.Start) > 92*24*time.Hour {
			continue
		}
		if len(near) == 0 || p.full.Start.Before(from) {
			from = p.full.Start
		}
		if len(near) == 0 || p.full.End.After(to) {
			to = p.full.End
		}
		near = append(near, p)
	}
	return near, from, to
}

func lane(title string, top float64, lo, hi time.Time, ps []placed, yearKnown bool) section {
	sec := section{Title: title, TitleY: top + 18, AxisY: top + headHeight, LabelX: 4,
		PlotLeft: labelWidth, PlotRight: chartWidth - rightPad}
	span := seconds(lo, hi)
	x := func(t time.Time) float64 {
		return sec.PlotLeft + (sec.PlotRight-sec.PlotLeft)*seconds(lo, t)/span
	}
	for _, t := range ticks(lo, hi, yearKnown) {
		sec.Ticks = append(sec.Ticks, tick{X: x(t.at), Label: t.label})
	}
	rowTop := sec.AxisY + 6
	for i, p := range ps {
		b := bar{Y: rowTop + float64(i)*rowHeight + 5, H: rowHeight - 10, Class: "m-" + p.ev.Modality}
		b.LabelY = rowTop + float64(i)*rowHeight + rowHeight*0.68
		b.Label = truncate(p.ev.When+" · "+p.ev.Type+" · "+p.ev.Source, 46)
		b.Title = p.ev.When + " — " + p.ev.Type + " (" + p.ev.Modality + "), " + p.ev.Source + ": " + truncate(p.ev.Quote, 200)
		b.Href = sentenceHref(p.ev.Doc, p.ev.Sentence)
		b.X, b.W = x(p.iv.Start), x(p.iv.End)-x(p.iv.Start)
		if p.iv.Precision == "day" && b.W < 8 {
			b.Point, b.CX, b.CY = true, b.X+b.W/2, b.Y+b.H/2
		}
		if b.W < 3 {
			b.X, b.W = b.X+b.W/2-1.5, 3
		}
		if p.isNarrowed {
			b.Narrowed, b.FullX, b.FullW = true, x(p.full.Start), x(p.full.End)-x(p.full.Start)
		}
		sec.Bars = append(sec.Bars, b)
	}
	sec.GridY2 = rowTop + float64(len(ps))*rowHeight
	return sec
}

type tickAt struct {
	at    time.Time
	label string
}

// ticks chooses gridlines for [lo, hi): years, months, weeks or days, at most about twelve.
func ticks(lo, hi time.Time, yearKnown bool) []tickAt {
	days := seconds(lo, hi) / 86400
	var out []tickAt
	switch {
	case yearKnown && days > 3*365:
		step := int(days/365/10) + 1
		for y := lo.Year() + 1; y < hi.Year()+1; y += step {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			if !t.Before(lo) && t.Before(hi) {
				out = append(out, tickAt{t, t.Format("2006")})
			}
		}
	case days > 60:
		step := int(days/30/12) + 1
		t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(lo) {
			t = t.AddDate(0, 1, 0)
		}
		for ; t.Before(hi); t = t.AddDate(0, step, 0) {
			label := t.Format("Jan")
			if yearKnown && (t.Month() == time.January || len(out) == 0) {
				label = t.Format("Jan 2006")
			}
			out = append(out, tickAt{t, label})
		}
	default:
		step := 1
		if days > 14 {
			step = 7
		}
		t := time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		if t.Before(lo) {
			t = t.AddDate(0, 0, 1)
		}
		for ; t.Before(hi); t = t.AddDate(0, 0, step) {
			out = append(out, tickAt{t, t.Format("2 Jan")})
		}
	}
	return out
}

// sentenceHref links to a sentence of a document, or to the document when the sentence is not known.
func sentenceHref(doc string, sentence int) string {
	h := "/doc/" + url.PathEscape(doc)
	if sentence >= 0 {
		h += "#" + anchor(sentence)
	}
	return h
}

// truncate shortens s to about n characters at a word boundary.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for i := n; i > n/2; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return string(r[:cut]) + "…"
}

// outlierYears is how far from the median year a date may start before it is drawn apart from
// the others.
const outlierYears = 10

// splitOutliers takes out the few dates that start far from the median of the others — one
// event put in 1820 or 2099 by a misread year — so they do not stretch the axis until every
// other date crowds into a sliver. When many dates are far, none are taken out: the story
// then spans that long.
func splitOutliers(ps []placed) (main, far []placed) {
	if len(ps) < 3 {
		return ps, nil
	}
	years := make([]int, len(ps))
	for i, p := range ps {
		years[i] = p.full.Start.Year()
	}
	sorted := slices.Clone(years)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	for i, p := range ps {
		if y := years[i]; y < median-outlierYears || y > median+outlierYears {
			far = append(far, p)
		} else {
			main = append(main, p)
		}
	}
	if len(far)*5 > len(ps) {
		return ps, nil
	}
	return main, far
}

// seconds is the time from lo to hi in seconds. Unlike time.Time.Sub it does not stop at 292
// years, so that a misread year centuries away is still placed where it belongs.
func seconds(lo, hi time.Time) float64 {
	return float64(hi.Unix()-lo.Unix()) + float64(hi.Nanosecond()-lo.Nanosecond())/1e9
}

// fraction is the n-th part of the time from lo to hi.
func fraction(lo, hi time.Time, n float64) time.Duration {
	return time.Duration(seconds(lo, hi) / n * float64(time.Second))
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
