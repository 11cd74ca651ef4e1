package view

import (
	"sort"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// EntitySummary is an entity as lists show it.
type EntitySummary struct {
	ID        string     `json:"id"`
	Type      string     `json:"type"`
	Name      string     `json:"name"`
	Aliases   []string   `json:"aliases"`
	Documents int        `json:"document_count"`
	Mentions  int        `json:"mention_count"`
	Spellings []Spelling `json:"spellings"` // commonest first
}

// Spelling is one way an entity is written, with the sources that write it so.
type Spelling struct {
	Text    string      `json:"text"`
	Count   int         `json:"count"`
	Sources []UseCount  `json:"sources"` // in order of first use
	Docs    []DocAnchor `json:"docs"`    // where it is written, first sentence per document
}

// UseCount is how often one source uses something.
type UseCount struct {
	Source string `json:"source"`
	Count  int    `json:"count"`
}

// DocAnchor points at a sentence of a document.
type DocAnchor struct {
	Doc      string `json:"doc"`
	Source   string `json:"source"`
	Title    string `json:"title"`
	Sentence int    `json:"sentence"`
	// Nth tells apart two documents of one source in the same list: 1, 2 … ; 0 when the source
	// has only one document there.
	Nth int `json:"nth,omitempty"`
}

// indexUses gathers, for every entity, the documents naming it and its spellings.
func (s *Snapshot) indexUses() {
	type acc struct {
		sp   *Spelling
		by   map[string]int // source -> count
		seen map[string]bool
	}
	spell := map[string]map[string]*acc{} // entity -> text -> spelling
	order := map[string][]string{}        // entity -> texts in order of first use
	for _, an := range s.analyses {
		doc := an.Doc.ID
		src := s.source(doc)
		for _, m := range an.Mentions {
			id := s.members.Entity(doc, m.Chain)
			u := s.uses[id]
			if u == nil {
				u = &entityUse{perDoc: map[string]int{}}
				s.uses[id] = u
				spell[id] = map[string]*acc{}
			}
			if u.perDoc[doc] == 0 {
				u.docs = append(u.docs, doc)
			}
			u.perDoc[doc]++
			u.mentions++
			a := spell[id][m.Text]
			if a == nil {
				a = &acc{sp: &Spelling{Text: m.Text}, by: map[string]int{}, seen: map[string]bool{}}
				spell[id][m.Text] = a
				order[id] = append(order[id], m.Text)
			}
			a.sp.Count++
			if a.by[src] == 0 {
				a.sp.Sources = append(a.sp.Sources, UseCount{Source: src})
			}
			a.by[src]++
			if !a.seen[doc] {
				a.seen[doc] = true
				a.sp.Docs = append(a.sp.Docs, DocAnchor{Doc: doc, Source: src, Title: an.Doc.Title, Sentence: sentenceIndex(an.Doc.Sentences, m.Start)})
			}
		}
	}
	for id, u := range s.uses {
		for _, t := range order[id] {
			a := spell[id][t]
			for i := range a.sp.Sources {
				a.sp.Sources[i].Count = a.by[a.sp.Sources[i].Source]
			}
			numberBySource(a.sp.Docs)
			u.spellings = append(u.spellings, *a.sp)
		}
		sort.SliceStable(u.spellings, func(i, j int) bool { return u.spellings[i].Count > u.spellings[j].Count })
	}
}

// numberBySource sets Nth on the documents of sources that have more than one in the list.
func numberBySource(docs []DocAnchor) {
	total := map[string]int{}
	for _, d := range docs {
		total[d.Source]++
	}
	seen := map[string]int{}
	for i := range docs {
		if total[docs[i].Source] > 1 {
			seen[docs[i].Source]++
			docs[i].Nth = seen[docs[i].Source]
		}
	}
}

func (s *Snapshot) entitySummary(id string) EntitySummary {
	e := s.entity[id]
	out := EntitySummary{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: nonNil(e.Aliases), Spellings: []Spelling{}}
	if u := s.uses[id]; u != nil {
		out.Documents, out.Mentions, out.Spellings = len(u.docs), u.mentions, nonNil(u.spellings)
	}
	return out
}

// Entities are the entities of type typ (any case; "" for every type), those named in most
// documents first, then those named most often.
func (s *Snapshot) Entities(typ string) []EntitySummary {
	out := []EntitySummary{}
	for _, e := range s.entities {
		if typ != "" && !strings.EqualFold(string(e.Type), typ) {
			continue
		}
		out = append(out, s.entitySummary(e.ID))
	}
	sortEntities(out)
	return out
}

func sortEntities(es []EntitySummary) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
}

// FindEntities are the entities whose name or any spelling matches name, with case, accents and
// spacing folded: those matching it exactly when there are any, else those containing it. They
// come in the order of Entities.
func (s *Snapshot) FindEntities(name string) []EntitySummary {
	c := cases.Fold()
	q := fold(c, name)
	if q == "" {
		return []EntitySummary{}
	}
	var exact, partial []EntitySummary
	for _, e := range s.entities {
		names := append([]string{e.Name}, e.Aliases...)
		if u := s.uses[e.ID]; u != nil {
			for _, sp := range u.spellings {
				names = append(names, sp.Text)
			}
		}
		match := 0 // 2 exact, 1 containing
		for _, n := range names {
			f := fold(c, n)
			if f == q {
				match = 2
				break
			}
			if match == 0 && strings.Contains(f, q) {
				match = 1
			}
		}
		switch match {
		case 2:
			exact = append(exact, s.entitySummary(e.ID))
		case 1:
			partial = append(partial, s.entitySummary(e.ID))
		}
	}
	out := exact
	if len(out) == 0 {
		out = partial
	}
	sortEntities(out)
	return nonNil(out)
}

// fold makes a name comparable: case, accents and spacing folded.
func fold(c cases.Caser, s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 0x300 && r <= 0x36f { // combining diacritical marks
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(c.String(b.String())), " ")
}

// EntityDetail is everything known about one entity.
type EntityDetail struct {
	EntitySummary
	Framing       []Framing   `json:"framing"`
	DocumentsList []EntityDoc `json:"documents"`
	Events        []Event     `json:"events"`
	Conflicts     []Conflict  `json:"conflicts"`
}

// EntityDoc is a document naming an entity.
type EntityDoc struct {
	DocSummary
	EntityMentions int `json:"entity_mentions"` // how often it names the entity
}

// Framing is how one source labels the entity.
type Framing struct {
	Source string   `json:"source"`
	Labels []string `json:"labels"`
	Camp   string   `json:"camp"` // backed, hostile, or "" when the words say neither or both
}

// Entity is everything known about the entity with this id; false when there is none.
func (s *Snapshot) Entity(id string) (*EntityDetail, bool) {
	if s.entity[id] == nil {
		return nil, false
	}
	d := &EntityDetail{EntitySummary: s.entitySummary(id), Framing: []Framing{}, DocumentsList: []EntityDoc{},
		Conflicts: []Conflict{}}
	if u := s.uses[id]; u != nil {
		for _, doc := range u.docs {
			d.DocumentsList = append(d.DocumentsList, EntityDoc{DocSummary: s.summary(s.byDoc[doc]), EntityMentions: u.perDoc[doc]})
		}
		// In the order the documents are listed and cited (dated ones by date), not by id.
		sort.SliceStable(d.DocumentsList, func(i, j int) bool {
			return s.rank[d.DocumentsList[i].ID] < s.rank[d.DocumentsList[j].ID]
		})
	}
	for _, f := range s.corpus.Frames {
		if f.Entity == id && (len(f.Labels) > 0 || f.Camp != "") {
			src := f.Source
			if s.byDoc[src] != nil { // the pass names a source with no publisher, URL or file by its id
				src = s.source(src)
			}
			d.Framing = append(d.Framing, Framing{Source: src, Labels: nonNil(f.Labels), Camp: f.Camp})
		}
	}
	d.Events = s.Events(EventFilter{Entities: []string{id}})
	for _, c := range s.conflicts() {
		if contains(c.About, id) {
			d.Conflicts = append(d.Conflicts, s.conflict(c))
		}
	}
	return d, true
}
