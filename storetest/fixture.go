package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dossier-project/dossier"
)

// words is an invented vocabulary: the generated reports read like news without naming anyone real.
var words = strings.Fields(`the a of in on and to from by with after before during near
	council convoy harbour ministry spokesman officials forces militia delegation talks ceasefire
	statement report residents village river bridge border crossing road camp market checkpoint
	said told announced denied accused reported confirmed rejected arrived withdrew attacked
	killed wounded detained released met signed agreed warned protested condemned demanded
	morning evening Tuesday Friday week month year early late last next several three dozen
	northern southern eastern western local regional provincial armed civilian military
	according sources witnesses agency newspaper correspondent`)

// names are invented actors, places and groups used as mentions.
var names = []struct {
	text string
	typ  dossier.EntityType
}{
	{"Corvin Aldemar", dossier.PER},
	{"Ilse Varnholt", dossier.PER},
	{"Tobiah Renwick", dossier.PER},
	{"Northern Reed Brigade", dossier.ORG},
	{"Halvessa Port Authority", dossier.ORG},
	{"Council of Seven Rivers", dossier.ORG},
	{"Port Halvessa", dossier.LOC},
	{"Marrowgate", dossier.LOC},
	{"Eastfen Valley", dossier.LOC},
}

var eventTypes = []dossier.EventType{
	dossier.Assault, dossier.Travel, dossier.Consult, dossier.Accuse, dossier.Agree, dossier.Protest,
}

// Doc returns the i-th of a deterministic family of analysed documents of realistic size: about
// 900 words of text in 45 sentences, with mentions, labels, time expressions and events whose
// offsets point into the text. Every field of the analysis is filled.
func Doc(i int) *dossier.Analysis {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	var b strings.Builder
	a := &dossier.Analysis{}
	for s := 0; s < 45; s++ {
		start := b.Len()
		n := 14 + r.IntN(12)
		for w := 0; w < n; w++ {
			if w > 0 {
				b.WriteByte(' ')
			}
			switch {
			case w == 3 && s%2 == 0:
				nm := names[r.IntN(len(names))]
				m := dossier.Mention{Span: dossier.Span{Start: b.Len(), End: b.Len() + len(nm.text)},
					Text: nm.text, Type: nm.typ, Chain: r.IntN(6)}
				if nm.typ == dossier.PER {
					m.Title = "Col."
				}
				b.WriteString(nm.text)
				a.Mentions = append(a.Mentions, m)
			case w == 6 && s%4 == 1:
				day := 1 + r.IntN(28)
				text := fmt.Sprintf("March %d", day)
				a.Timexes = append(a.Timexes, dossier.Timex{
					Span: dossier.Span{Start: b.Len(), End: b.Len() + len(text)},
					Text: text, Type: "DATE", Value: fmt.Sprintf("2021-03-%02d", day), Mod: "APPROX"})
				b.WriteString(text)
			default:
				b.WriteString(words[r.IntN(len(words))])
			}
		}
		b.WriteByte('.')
		span := dossier.Span{Start: start, End: b.Len()}
		a.Doc.Sentences = append(a.Doc.Sentences, span)
		b.WriteByte(' ')
		if s%4 == 2 {
			a.Events = append(a.Events, dossier.Event{
				Span: span, Type: eventTypes[r.IntN(len(eventTypes))],
				Trigger: dossier.Span{Start: start, End: start + 3},
				Args:    []dossier.Arg{{Role: "actor", Chain: 0}, {Role: "place", Chain: 2}},
				Time:    "2021-03", Modality: dossier.Reported,
				Attribution: []dossier.Source{{Chain: -1, Text: "a local official"}},
				Cause:       "a dispute over the crossing", Number: "three",
			})
			a.Claims = append(a.Claims, dossier.Claim{
				Span: span, Kind: dossier.ClaimAccuse, Cue: dossier.Span{Start: start, End: start + 3},
				By: dossier.Party{Chain: -1}, ByText: "a local official", About: []dossier.Party{{Chain: 0, The: true}},
				Event: len(a.Events) - 1, Hedged: true, Attack: true, Words: []string{"crossing", "dispute"}, Echo: "00ff",
			})
		}
		if s%9 == 0 {
			a.Labels = append(a.Labels, dossier.Label{Span: dossier.Span{Start: start, End: start + 5},
				Chain: r.IntN(6)})
		}
	}
	text := strings.TrimSpace(b.String())
	// The origin signature: a sketch, and one credit line at the start of the text.
	a.Sketch = []uint64{r.Uint64(), r.Uint64(), ^uint64(0)}
	a.Credits = []dossier.Credit{{Span: dossier.Span{Start: 0, End: 3}, Phrase: "via", Words: []string{"the", "example", "wire"}}}
	a.Dateline = 3
	for k := range a.Events {
		e := &a.Events[k]
		e.Text = text[e.Start:e.End]
	}
	for k := range a.Labels {
		l := &a.Labels[k]
		l.Text = text[l.Start:l.End]
	}
	a.Doc = dossier.Document{
		ID:         fmt.Sprintf("%016x", r.Uint64()),
		File:       fmt.Sprintf("pages/report-%05d.html", i),
		URL:        fmt.Sprintf("https://news.example.org/world/report-%05d", i),
		Title:      fmt.Sprintf("Convoy reaches %s after talks, report %d", names[i%len(names)].text, i),
		Publisher:  "The Example Ledger",
		Published:  "2021-03-14T08:30:00Z",
		Language:   "en",
		Standfirst: "Officials say the crossing will stay open for a week.",
		Captions:   []string{"Trucks wait at the crossing.", "A delegation arrives by boat."},
		Text:       text,
		Sentences:  a.Doc.Sentences,
	}
	return a
}
