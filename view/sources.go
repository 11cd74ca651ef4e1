package view

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// Sources is who published what, and which documents share an origin.
type Sources struct {
	Documents          int         `json:"document_count"`
	IndependentOrigins int         `json:"independent_origins"`
	Publishers         []Publisher `json:"publishers"`
	Groups             []Group     `json:"groups"`
	Stories            []Story     `json:"stories"`
}

// Publisher is one source with its documents.
type Publisher struct {
	Name      string       `json:"name"` // "" for documents that do not say
	Documents []DocSummary `json:"documents"`
	Origins   int          `json:"origins"` // origin groups its documents belong to
}

// Group is one origin group: documents that copy, syndicate or translate one another.
type Group struct {
	ID      string   `json:"id"` // the group's earliest document
	Members []Member `json:"members"`
}

// Member is one document of an origin group and why it is there.
type Member struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Reason string `json:"reason"` // "" for the document that starts the group
}

// Story is a group of documents about one story.
type Story struct {
	ID       string  `json:"id"`
	Docs     []Named `json:"docs"` // document ids with their titles
	Entities []Named `json:"entities"`
}

// Sources are the publishers with their documents, the origin groups (largest first) and the
// stories.
func (s *Snapshot) Sources() Sources {
	out := Sources{Documents: len(s.analyses), Publishers: []Publisher{}, Groups: []Group{}, Stories: []Story{}}
	byPub := map[string]*Publisher{}
	var pubs []string
	for _, d := range s.Documents() {
		p := byPub[d.Publisher]
		if p == nil {
			p = &Publisher{Name: d.Publisher}
			byPub[d.Publisher] = p
			pubs = append(pubs, d.Publisher)
		}
		p.Documents = append(p.Documents, d)
	}
	sort.Slice(pubs, func(i, j int) bool {
		if (pubs[i] == "") != (pubs[j] == "") {
			return pubs[i] != ""
		}
		return strings.ToLower(pubs[i]) < strings.ToLower(pubs[j])
	})
	for _, name := range pubs {
		p := byPub[name]
		groups := map[string]bool{}
		for _, d := range p.Documents {
			groups[d.Origin] = true
		}
		p.Origins = len(groups)
		out.Publishers = append(out.Publishers, *p)
	}
	byGroup := map[string]*Group{}
	var ids []string
	for _, an := range s.analyses {
		o, ok := s.origin[an.Doc.ID]
		if !ok {
			o = dossier.Origin{Doc: an.Doc.ID, Group: an.Doc.ID}
		}
		g := byGroup[o.Group]
		if g == nil {
			g = &Group{ID: o.Group}
			byGroup[o.Group] = g
			ids = append(ids, o.Group)
		}
		m := Member{Doc: an.Doc.ID, Source: s.source(an.Doc.ID), Title: an.Doc.Title}
		if o.Group != an.Doc.ID {
			m.Reason = o.Reason
		}
		g.Members = append(g.Members, m)
	}
	out.IndependentOrigins = len(ids)
	sort.SliceStable(ids, func(i, j int) bool { return len(byGroup[ids[i]].Members) > len(byGroup[ids[j]].Members) })
	for _, id := range ids {
		g := byGroup[id]
		sort.SliceStable(g.Members, func(i, j int) bool { return g.Members[i].Reason == "" && g.Members[j].Reason != "" })
		out.Groups = append(out.Groups, *g)
	}
	for _, st := range s.corpus.Stories {
		story := Story{ID: st.ID, Docs: []Named{}, Entities: []Named{}}
		for _, d := range st.Docs {
			title := d
			if an := s.byDoc[d]; an != nil {
				title = an.Doc.Title
			}
			story.Docs = append(story.Docs, Named{ID: d, Name: title})
		}
		for _, e := range st.Entities {
			story.Entities = append(story.Entities, Named{ID: e, Name: s.entityName(e)})
		}
		out.Stories = append(out.Stories, story)
	}
	return out
}
