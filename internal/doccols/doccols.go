// Package doccols encodes the parts of an analysis that both stores keep in columns — a
// document's captions and sentences, and what the per-document stages found, as JSON, and the
// outline the cross-document pass reads most, in a compact form of its own — so the SQLite and
// PostgreSQL stores write and read the same representation.
package doccols

import (
	"encoding/json"
	"fmt"

	"github.com/dossier-project/dossier"
)

// Columns are the values stored with a document: JSON, but for the outline and the findings (see
// DecodeOutline and DecodeFindings). The analysis column holds what neither of those does; a
// document stored before outlines were, or by a build that wrote none, has every finding there
// and no outline, and one stored before findings columns were has its labels, events, claims and
// figures there and no findings column.
type Columns struct {
	Captions, Sentences, Analysis, Outline, Findings []byte
}

// findings is what the analysis column holds: what the per-document stages found, but for what
// the outline holds, or everything in a document that has no outline.
type findings struct {
	Mentions mentionList      `json:"mentions,omitempty"`
	Labels   []dossier.Label  `json:"labels,omitempty"`
	Timexes  []dossier.Timex  `json:"timexes,omitempty"`
	Events   []dossier.Event  `json:"events,omitempty"`
	Claims   []dossier.Claim  `json:"claims,omitempty"`
	Figures  []dossier.Figure `json:"figures,omitempty"`
	Sketch   []uint64         `json:"sketch,omitempty"`
	Credits  []dossier.Credit `json:"credits,omitempty"`
	Dateline int              `json:"dateline,omitempty"`
}

// Encode returns the columns of a.
func Encode(a *dossier.Analysis) (Columns, error) {
	c, err := encodeJSON(a, findings{})
	c.Outline, c.Findings = encodeOutline(a), encodeFindings(a)
	return c, err
}

// EncodeOutlined returns the columns of a as they were stored before findings columns were: the
// outline, and the labels, events, claims and figures in the analysis column.
func EncodeOutlined(a *dossier.Analysis) (Columns, error) {
	c, err := encodeJSON(a, findings{Labels: a.Labels, Events: a.Events, Claims: a.Claims, Figures: a.Figures})
	c.Outline = encodeOutline(a)
	return c, err
}

// EncodeWhole returns the columns of a as they were stored before outlines were: every finding
// in the analysis column, and no outline.
func EncodeWhole(a *dossier.Analysis) (Columns, error) {
	return encodeJSON(a, findings{a.Mentions, a.Labels, a.Timexes, a.Events, a.Claims, a.Figures, a.Sketch, a.Credits, a.Dateline})
}

// encodeJSON returns the JSON columns of a, f as its analysis.
func encodeJSON(a *dossier.Analysis, f findings) (Columns, error) {
	var c Columns
	var err error
	if c.Captions, err = jsonArray(a.Doc.Captions); err != nil {
		return c, fmt.Errorf("captions: %w", err)
	}
	if c.Sentences, err = jsonArray(a.Doc.Sentences); err != nil {
		return c, fmt.Errorf("sentences: %w", err)
	}
	if c.Analysis, err = json.Marshal(f); err != nil {
		return c, fmt.Errorf("analysis: %w", err)
	}
	return c, nil
}

// Decode fills a's captions, sentences and findings from its columns; a.Doc.ID names the
// document in errors.
func Decode(a *dossier.Analysis, c Columns) error {
	d := &a.Doc
	if err := json.Unmarshal(c.Captions, &d.Captions); err != nil {
		return fmt.Errorf("document %s: captions: %w", d.ID, err)
	}
	if err := json.Unmarshal(c.Sentences, &d.Sentences); err != nil {
		return fmt.Errorf("document %s: sentences: %w", d.ID, err)
	}
	var f findings
	if err := json.Unmarshal(c.Analysis, &f); err != nil {
		return fmt.Errorf("document %s: analysis: %w", d.ID, err)
	}
	a.Mentions, a.Labels, a.Timexes, a.Events, a.Claims = f.Mentions, f.Labels, f.Timexes, f.Events, f.Claims
	a.Figures, a.Sketch, a.Credits, a.Dateline = f.Figures, f.Sketch, f.Credits, f.Dateline
	return decodeBinary(a, c, false, nil)
}

// decodeBinary fills a from the outline and findings columns of c, those it has, leaving the
// events' texts out when pass is set.
func decodeBinary(a *dossier.Analysis, c Columns, pass bool, shared *Shared) error {
	if len(c.Outline) > 0 {
		if err := decodeOutline(a, c.Outline, false, shared); err != nil {
			return err
		}
	}
	if len(c.Findings) > 0 {
		return decodeFindings(a, c.Findings, pass, shared)
	}
	return nil
}

// DecodePass fills a's sentences and findings from their columns, as Decode does, and leaves
// out the text of each event, which the cross-document pass does not read (see
// dossier.PassReader). With a findings column it decodes no JSON but the sentences' and the
// analysis column's few bytes.
func DecodePass(a *dossier.Analysis, sentences, analysis, outline, findingsCol []byte) error {
	return decodePass(a, sentences, analysis, outline, findingsCol, nil)
}

// DecodePass fills a as the function DecodePass does, its strings and lists kept in s as
// Analysis keeps them: the binary columns' strings met before are not copied at all.
func (s *Shared) DecodePass(a *dossier.Analysis, sentences, analysis, outline, findingsCol []byte) error {
	if len(outline) == 0 || len(findingsCol) == 0 {
		if err := decodePass(a, sentences, analysis, outline, findingsCol, nil); err != nil {
			return err
		}
		s.Analysis(a)
		return nil
	}
	if err := decodePass(a, sentences, analysis, outline, findingsCol, s); err != nil {
		return err
	}
	// What the columns' reader does not keep: the row's own strings, the sentences' list, and
	// figure lists that several events share.
	d := &a.Doc
	d.ID = s.str(d.ID)
	d.Publisher, d.Published, d.Language = s.str(d.Publisher), s.str(d.Published), s.str(d.Language)
	d.Sentences = fit(d.Sentences)
	var lists [][]dossier.Figure
	for i := range a.Events {
		a.Events[i].Figures, lists = sameFigures(a.Events[i].Figures, lists)
	}
	return nil
}

// decodePass is DecodePass, keeping the binary columns' strings in shared when it is set.
func decodePass(a *dossier.Analysis, sentences, analysis, outline, findingsCol []byte, shared *Shared) error {
	if len(findingsCol) == 0 {
		c := Columns{Captions: []byte("[]"), Sentences: sentences, Analysis: analysis, Outline: outline}
		if err := Decode(a, c); err != nil {
			return err
		}
		for i := range a.Events {
			a.Events[i].Text = ""
		}
		return nil
	}
	// The captions are read as Decode reads "[]", though the pass reads none.
	a.Doc.Captions = []string{}
	if sps, ok := scanSpans(sentences); ok {
		a.Doc.Sentences = sps
	} else if err := json.Unmarshal(sentences, &a.Doc.Sentences); err != nil {
		return fmt.Errorf("document %s: sentences: %w", a.Doc.ID, err)
	}
	if len(outline) == 0 {
		// A findings column is written only with an outline: what else the analysis holds.
		if err := DecodeOutline(a, nil, analysis); err != nil {
			return err
		}
	}
	return decodeBinary(a, Columns{Outline: outline, Findings: findingsCol}, true, shared)
}

// FindingsOf returns the findings column of a document stored before findings columns were,
// made from its analysis column.
func FindingsOf(analysis []byte) ([]byte, error) {
	var f findings
	if err := json.Unmarshal(analysis, &f); err != nil {
		return nil, fmt.Errorf("analysis: %w", err)
	}
	a := &dossier.Analysis{Labels: f.Labels, Events: f.Events, Claims: f.Claims, Figures: f.Figures}
	return encodeFindings(a), nil
}

// mentionsOnly is what DecodeMentions reads of the analysis column: the decoder passes over the
// rest without making anything of it.
type mentionsOnly struct {
	Mentions mentionList `json:"mentions,omitempty"`
}

// DecodeMentions fills a's mentions from the outline column, or from the analysis column when
// the outline is empty (a document stored before outlines were), leaving every other finding
// out: entity resolution reads nothing else, and decoding the events, claims and figures it
// does not read would cost the pass most of its reading time (see dossier.PassReader).
func DecodeMentions(a *dossier.Analysis, outline, analysis []byte) error {
	if len(outline) > 0 {
		return decodeOutline(a, outline, true, nil)
	}
	var f mentionsOnly
	if err := json.Unmarshal(analysis, &f); err != nil {
		return fmt.Errorf("document %s: analysis: %w", a.Doc.ID, err)
	}
	a.Mentions = f.Mentions
	return nil
}

// DecodeMentions fills a's mentions as the function DecodeMentions does, their strings kept in
// s as Analysis keeps them: the outline's strings met before are not copied at all.
func (s *Shared) DecodeMentions(a *dossier.Analysis, outline, analysis []byte) error {
	if len(outline) > 0 {
		if err := decodeOutline(a, outline, true, s); err != nil {
			return err
		}
		a.Doc.ID = s.str(a.Doc.ID)
		return nil
	}
	if err := DecodeMentions(a, outline, analysis); err != nil {
		return err
	}
	s.Analysis(a)
	return nil
}

// outlineJSON is what DecodeOutline reads of an analysis column: the decoder passes over the
// events, claims, figures and labels, more than half of the column, without making anything of
// them.
type outlineJSON struct {
	Mentions mentionList      `json:"mentions,omitempty"`
	Timexes  []dossier.Timex  `json:"timexes,omitempty"`
	Sketch   []uint64         `json:"sketch,omitempty"`
	Credits  []dossier.Credit `json:"credits,omitempty"`
	Dateline int              `json:"dateline,omitempty"`
}

// DecodeOutline fills a's mentions, time expressions, sketch, credit lines and dateline, what
// the cross-document checks hold of every document between the blocks that read it whole, from
// the outline column, leaving the other findings out. A document stored before outlines were has
// an empty one: they are then read from the analysis column.
func DecodeOutline(a *dossier.Analysis, outline, analysis []byte) error {
	if len(outline) > 0 {
		return decodeOutline(a, outline, false, nil)
	}
	var f outlineJSON
	if err := json.Unmarshal(analysis, &f); err != nil {
		return fmt.Errorf("document %s: analysis: %w", a.Doc.ID, err)
	}
	a.Mentions, a.Timexes, a.Sketch, a.Credits, a.Dateline = f.Mentions, f.Timexes, f.Sketch, f.Credits, f.Dateline
	return nil
}

// OutlineOf returns the outline column of a document stored before outlines were, made from its
// analysis column.
func OutlineOf(analysis []byte) ([]byte, error) {
	a := &dossier.Analysis{}
	if err := DecodeOutline(a, nil, analysis); err != nil {
		return nil, err
	}
	return encodeOutline(a), nil
}

// jsonArray encodes a slice, writing an empty one as [] rather than null.
func jsonArray[T any](v []T) ([]byte, error) {
	if len(v) == 0 {
		return []byte("[]"), nil
	}
	return json.Marshal(v)
}

// Fill is a binary column a schema step adds, and how the step gives it to the documents stored
// before it: Of makes the column from the analysis column, whose keys Cut are then taken out of
// the analysis, as Encode writes them.
type Fill struct {
	Column string
	Of     func(analysis []byte) ([]byte, error)
	Cut    []string
}

// OutlineFill is the Fill of the outline column.
func OutlineFill() Fill {
	return Fill{"outline", OutlineOf, []string{"mentions", "timexes", "sketch", "credits", "dateline"}}
}

// FindingsFill is the Fill of the findings column.
func FindingsFill() Fill {
	return Fill{"findings", FindingsOf, []string{"labels", "events", "claims", "figures"}}
}
