package claim_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestFigureCapital: "the capital" in a figure's sentence names the capital city of the country
// the report names most (of two named as often, the nearer before), "the X capital" and "X's
// capital" that of the country X, and no capital is read where the sentence names the city
// after the word or calls another place a capital.
func TestFigureCapital(t *testing.T) {
	lang, err := en.Load(filepath.Join("testdata", "capitals"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := claim.New(lang)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		places     []string
		want       string
	}{
		{"the report's country", "Veldravia faces a rebellion. Rockets fell on the capital, killing 7 people.",
			[]string{"Veldravia"}, "Kessin"},
		{"the country named most", "Norvania and Veldravia met. Veldravia said rockets hit the capital, killing 7 people.",
			[]string{"Veldravia", "Norvania"}, "Kessin"},
		{"a tie goes to the nearer", "Veldravia blamed Norvania. Rockets hit the capital, killing 7 people.",
			[]string{"Veldravia", "Norvania"}, "Tarsk"},
		{"the country's capital", "Veldravia faces a rebellion. Shells hit the country's capital, killing 7 people.",
			[]string{"Veldravia"}, "Kessin"},
		{"an adjective names the country", "Veldravia faces a rebellion. Shells hit the Norvanian capital, killing 7 people.",
			[]string{"Veldravia"}, "Tarsk"},
		{"a possessive names the country", "Veldravia faces a rebellion. Shells hit Norvan Republic's capital, killing 7 people.",
			[]string{"Veldravia"}, "Tarsk"},
		{"the city named after", "Veldravia faces a rebellion. Shells hit the capital of Ardenne province, killing 7 people.",
			[]string{"Veldravia"}, ""},
		{"another kind of capital", "Veldravia faces a rebellion. Jets hit the rebel capital, killing 7 people.",
			[]string{"Veldravia"}, ""},
		{"an adjective counts as naming its country", "Norvanian jets and Norvanian troops moved. Norvania and Veldravia met. Rockets hit the capital, killing 7 people.",
			[]string{"Veldravia", "Norvania"}, "Tarsk"},
		{"a name that qualifies another word does not count", "Veldravia faces a rebellion. A Norvania-based monitor said rockets hit the capital, killing 7 people.",
			[]string{"Veldravia", "Norvania"}, "Kessin"},
		{"no country named", "Rockets hit the capital, killing 7 people.", nil, ""},
		{"no capital", "Veldravia faces a rebellion. Rockets hit a market, killing 7 people.", []string{"Veldravia"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := figureAnalysis(tt.text, "", tt.places, "7")
			if err := r.Analyze(a); err != nil {
				t.Fatal(err)
			}
			if got := a.Figures[0].Capital; got != tt.want {
				t.Errorf("capital %q, want %q", got, tt.want)
			}
		})
	}
}

// figureAnalysis is an analysis of text with its sentences, a LOC mention at every place of
// places and one killed figure at the first occurrence of figure.
func figureAnalysis(text, title string, places []string, figure string) *dossier.Analysis {
	a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Title: title, Text: text, Language: "en",
		Sentences: segment.New(en.Embedded()).Sentences(text)}}
	for _, p := range places {
		for off := 0; ; {
			i := strings.Index(text[off:], p)
			if i < 0 {
				break
			}
			i += off
			a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + len(p)}, Text: p, Type: dossier.LOC})
			off = i + len(p)
		}
	}
	at := strings.Index(text, figure)
	s := segment.SentenceAt(text, a.Doc.Sentences, at)
	a.Figures = []dossier.Figure{{Span: s, At: dossier.Span{Start: at, End: at + len(figure)}, Counts: "killed", Low: 12, Text: figure}}
	return a
}
