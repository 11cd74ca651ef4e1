package view

import "github.com/dossier-project/dossier"

// Conflict is a disagreement between reports, with each side's sentence.
type Conflict struct {
	ID      string  `json:"id"`
	Kind    string  `json:"kind"` // cause, place, number, time, actor, denial, characterisation
	Summary string  `json:"summary"`
	About   []Named `json:"about"`
	Sides   []Side  `json:"sides"`
}

// Named is an id with its name: an entity's name, a document's title.
type Named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Side is what one document says in a conflict.
type Side struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Title  string `json:"title"`
	// Published is the document's date, "" when unknown: two sides' dates tell at once whether
	// they may speak of one day.
	Published string `json:"published"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

func (s *Snapshot) conflict(c dossier.Conflict) Conflict {
	out := Conflict{ID: c.ID, Kind: c.Kind, Summary: c.Summary, About: []Named{}, Sides: []Side{}}
	for _, id := range c.About {
		out.About = append(out.About, Named{ID: id, Name: s.entityName(id)})
	}
	for _, sd := range c.Sides {
		side := Side{Doc: sd.Doc, Source: s.source(sd.Doc), Sentence: s.sentenceAt(sd.Doc, sd.Start),
			Start: sd.Start, End: sd.End, Text: sd.Text}
		if an := s.byDoc[sd.Doc]; an != nil {
			side.Title, side.Published = an.Doc.Title, an.Doc.Published
		}
		out.Sides = append(out.Sides, side)
	}
	return out
}

// Conflicts are the disagreements between reports that the cross-document pass stored.
func (s *Snapshot) Conflicts() []Conflict {
	out := []Conflict{}
	for _, c := range s.conflicts() {
		out = append(out, s.conflict(c))
	}
	return out
}
