package entity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFamilyNameSalience checks which full name each lone family name joins on a parsed page
// naming two people of one family. A mention is written "Text#n", the n-th mention with that
// text (from 1; "Text" alone is the first).
func TestFamilyNameSalience(t *testing.T) {
	read := parsedReader(t)
	cases := []struct {
		name, title, text string
		same, apart       [][2]string
	}{
		{
			name: "relative named once in passing",
			text: "Tom Vale opened the new bridge in Orsk on Monday. Vale said the work took three years. " +
				"The mayor thanked Vale for his patience. Critics pointed to a contract won by the firm of Peter Vale. " +
				"Vale said the contract was fair.",
			same:  [][2]string{{"Tom Vale", "Vale#1"}, {"Tom Vale", "Vale#2"}, {"Tom Vale", "Vale#3"}},
			apart: [][2]string{{"Peter Vale", "Vale#3"}, {"Peter Vale", "Tom Vale"}},
		},
		{
			name: "relative named once in a quotation",
			text: "Tom Vale won the vote in Orsk on Sunday. Vale thanked his supporters at the town hall. " +
				"\u201cMy brother Peter Vale never doubted it,\u201d he said. Vale will take office in May.",
			same:  [][2]string{{"Tom Vale", "Vale#2"}},
			apart: [][2]string{{"Peter Vale", "Vale#2"}},
		},
		{
			name: "relative introduced as the topic",
			text: "Tom Vale ran the family farm near Orsk for thirty years. Vale built the dairy in 1990. " +
				"Vale sold the herd last spring. Ann Vale, his sister, took over the farm this year. " +
				"Vale said the work was hard. Vale hired two new hands in June.",
			same:  [][2]string{{"Tom Vale", "Vale#1"}, {"Tom Vale", "Vale#2"}, {"Ann Vale", "Vale#3"}, {"Ann Vale", "Vale#4"}},
			apart: [][2]string{{"Ann Vale", "Tom Vale"}},
		},
		{
			name: "relative introduced beside the subject",
			text: "Tom Vale ran the family farm near Orsk for thirty years. Vale built the dairy in 1990. " +
				"Vale sold the herd last spring. His sister Ann Vale took over the farm in May. Vale said the work was hard.",
			same:  [][2]string{{"Tom Vale", "Vale#2"}, {"Ann Vale", "Vale#3"}},
			apart: [][2]string{{"Ann Vale", "Vale#2"}},
		},
		{
			name: "relative named in the same sentence",
			text: "Tom Vale ran the family farm near Orsk for thirty years. Vale built the dairy in 1990. " +
				"Police questioned Ann Vale on Friday after Vale refused to sell the land.",
			same: [][2]string{{"Tom Vale", "Vale#1"}, {"Ann Vale", "Vale#2"}},
		},
		{
			name: "two people about as prominent: the nearest",
			text: "Tom Vale sued the council in Orsk. Ann Vale, his sister, sued the bank. The council lost its case in March. " +
				"The bank won on appeal. Vale appealed again.",
			same:  [][2]string{{"Ann Vale", "Vale"}},
			apart: [][2]string{{"Tom Vale", "Vale"}},
		},
		{
			name: "a child called by the given name",
			text: "Lena Vale, 6, was found at sea off Orsk in November. Lena has stayed with relatives since. " +
				"Her father, Tom Vale, asked for her return. Lena Vale told officials she likes her school. " +
				"Lena likes Orsk, and Lena wants to stay. Officials said Vale has the right to speak for his child.",
			same:  [][2]string{{"Tom Vale", "Vale"}},
			apart: [][2]string{{"Lena Vale", "Vale"}},
		},
		{
			name: "a given name sharing the family name of the full name after it",
			text: "Officials said they never asked police to investigate Tom and Peter Vale. The inquiry into the council ended in May. " +
				"Reporters later asked about Tom Vale. \u201cWe never looked at Vale,\u201d the chief said.",
			same:  [][2]string{{"Tom Vale", "Vale"}},
			apart: [][2]string{{"Peter Vale", "Vale"}},
		},
		{
			name:  "main person named in the title",
			title: "Tom Vale wins Orsk vote",
			text: "Voters in Orsk went to the polls on Sunday. Peter Vale said turnout was high. " +
				"Tom Vale, the winner, thanked his supporters. Critics said the campaign of Peter Vale had been costly. " +
				"Later Vale promised new roads.",
			same:  [][2]string{{"Tom Vale", "Vale"}},
			apart: [][2]string{{"Peter Vale", "Vale"}},
		},
		{
			name: "family name before any full name",
			text: "Vale wins the Orsk vote. Peter Vale, a cousin, had also stood. Tom Vale won the vote in Orsk on Sunday. " +
				"Tom Vale thanked his supporters. Tom Vale will take office in May.",
			same:  [][2]string{{"Tom Vale", "Vale"}},
			apart: [][2]string{{"Peter Vale", "Vale"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := read(t, dossier.Document{ID: "t", Title: tc.title, Text: tc.text})
			for _, p := range tc.same {
				x, y := nthMention(t, a, p[0]), nthMention(t, a, p[1])
				if x != nil && y != nil && x.Chain != y.Chain {
					t.Errorf("%q and %q are not one chain (mentions: %v)", p[0], p[1], chainTexts(a))
				}
			}
			for _, p := range tc.apart {
				x, y := nthMention(t, a, p[0]), nthMention(t, a, p[1])
				if x != nil && y != nil && x.Chain == y.Chain {
					t.Errorf("%q and %q are one chain (mentions: %v)", p[0], p[1], chainTexts(a))
				}
			}
		})
	}
}

// nthMention returns the mention written "Text#n" names (see TestFamilyNameSalience), failing
// the test when there is none.
func nthMention(t *testing.T, a *dossier.Analysis, ref string) *dossier.Mention {
	t.Helper()
	text, num, ok := strings.Cut(ref, "#")
	n := 1
	if ok {
		var err error
		if n, err = strconv.Atoi(num); err != nil {
			t.Fatalf("bad mention %q", ref)
		}
	}
	for i := range a.Mentions {
		if a.Mentions[i].Text == text {
			if n--; n == 0 {
				return &a.Mentions[i]
			}
		}
	}
	t.Errorf("no mention %q (mentions: %v)", ref, chainTexts(a))
	return nil
}

// chainTexts lists the mentions as "Text:chain".
func chainTexts(a *dossier.Analysis) []string {
	var out []string
	for _, m := range a.Mentions {
		out = append(out, m.Text+":"+strconv.Itoa(m.Chain))
	}
	return out
}
