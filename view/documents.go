package view

import (
	"context"
	"fmt"
	"sort"

	"github.com/dossier-project/dossier"
)

// DocSummary is a document as lists show it.
type DocSummary struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Publisher    string `json:"publisher"` // "" when the page does not say
	Published    string `json:"published"` // ISO 8601 as precise as known; "" when unknown
	Language     string `json:"language"`
	URL          string `json:"url"`
	File         string `json:"file"`
	Source       string `json:"source"`        // the publisher, else the site of the URL, else the title
	Origin       string `json:"origin"`        // id of the first document of its origin group
	OriginReason string `json:"origin_reason"` // why it joined that group; "" when it starts it
	Mentions     int    `json:"mentions"`
	Events       int    `json:"events"`
}

// Summarize is the summary of the stored document with d's id, or of d itself when none is
// stored (a search hit from a store that changed since the snapshot was read).
func (s *Snapshot) Summarize(d dossier.Document) DocSummary {
	if an := s.byDoc[d.ID]; an != nil {
		return s.summary(an)
	}
	return s.summary(&dossier.Analysis{Doc: d})
}

func (s *Snapshot) summary(an *dossier.Analysis) DocSummary {
	o := s.origin[an.Doc.ID]
	d := DocSummary{ID: an.Doc.ID, Title: an.Doc.Title, Publisher: an.Doc.Publisher, Published: an.Doc.Published,
		Language: an.Doc.Language, URL: an.Doc.URL, File: an.Doc.File, Source: s.source(an.Doc.ID),
		Origin: o.Group, Mentions: len(an.Mentions), Events: s.eventCount[an.Doc.ID]}
	if o.Group != "" && o.Group != an.Doc.ID {
		d.OriginReason = o.Reason
	}
	return d
}

// Documents are the summaries of every document, dated ones first, earliest first.
func (s *Snapshot) Documents() []DocSummary {
	out := make([]DocSummary, 0, len(s.analyses))
	for _, an := range s.analyses {
		out = append(out, s.summary(an))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	return out
}

// DocDetail is one document with everything found in it.
type DocDetail struct {
	DocSummary
	Standfirst string          `json:"standfirst"`
	Captions   []string        `json:"captions"`
	Text       string          `json:"text"`
	Sentences  []dossier.Span  `json:"sentences"`
	Mentions   []DocMention    `json:"mentions"`
	Labels     []DocLabel      `json:"labels"`
	Timexes    []dossier.Timex `json:"timexes"`
	Events     []Event         `json:"events"`
}

// DocMention is a mention with the entity it belongs to.
type DocMention struct {
	dossier.Mention
	Entity string `json:"entity"`
}

// DocLabel is a label with the entity it describes.
type DocLabel struct {
	dossier.Label
	Entity string `json:"entity"`
}

// Document is the document with this id and everything found in it. When the snapshot holds no
// texts it reads the document's text from its source; a document it does not hold is an error
// wrapping dossier.ErrNotFound.
func (s *Snapshot) Document(ctx context.Context, id string) (*DocDetail, error) {
	an := s.byDoc[id]
	if an == nil {
		return nil, fmt.Errorf("document %s: %w", id, dossier.ErrNotFound)
	}
	text := an.Doc.Text
	if s.texts != nil {
		err := s.texts.Texts(ctx, []string{id}, func(_, t string) error {
			text = t
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
	}
	d := &DocDetail{DocSummary: s.summary(an), Standfirst: an.Doc.Standfirst, Captions: nonNil(an.Doc.Captions),
		Text: text, Sentences: nonNil(an.Doc.Sentences), Mentions: []DocMention{}, Labels: []DocLabel{},
		Timexes: nonNil(an.Timexes), Events: s.Events(EventFilter{Doc: id})}
	for _, m := range an.Mentions {
		d.Mentions = append(d.Mentions, DocMention{Mention: m, Entity: s.members.Entity(id, m.Chain)})
	}
	for _, l := range an.Labels {
		d.Labels = append(d.Labels, DocLabel{Label: l, Entity: s.members.Entity(id, l.Chain)})
	}
	return d, nil
}
