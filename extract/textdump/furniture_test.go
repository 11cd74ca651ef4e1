package textdump

import (
	"os"
	"strings"
	"testing"
)

// keptCase is a piece of a fixture's text and whether DropFurniture keeps it.
type keptCase struct {
	text string
	kept bool
}

// TestDropFurniture checks which paragraphs of each fixture's clean text are kept.
//   - related-list: a related-links header goes with the short lines under it up to the next
//     prose paragraph, and a newsletter box goes; the headline, the prose, a subheading after
//     prose and quoted speech that holds an appeal's words stay.
//   - writer-box: at an article's end, a box about the writer goes with its heading up to the
//     next heading, and so do a dated byline, contact lines, a credit and a download's size,
//     pointers to more coverage, appeals to share the article, a German related-links header
//     and its link, and a copyright line with another sign; a source named in brackets
//     after a passage and quoted words that hold an appeal's words stay, and so does a credit of
//     another reporter (it often spells out the agency a dateline abbreviates), while a
//     template's tag in brackets goes.
func TestDropFurniture(t *testing.T) {
	for _, tc := range []struct {
		file  string
		cases []keptCase
	}{
		{"related-list.txt", []keptCase{
			{"Council approves new cycle lanes", true},
			{"voted on Monday", true},
			{"Related stories", false},
			{"Bus fares frozen", false},
			{"Library opening hours", false},
			{"The first lane will run", true},
			{"Where the lanes go", true},
			{"please help us by giving cyclists room", true},
			{"Sign up to our newsletter", false},
			{"Read more on", false},
			{"Most read in", false},
			{"Sign up for Harbour Times newsletters", false},
			{"Order Reprints", false},
			{"Text size", false},
			{"\nBy\n", false},
		}},
		{"writer-box.txt", []keptCase{
			{"Ferry timetable cut", true},
			{"[Harbour Gazette]", true},
			{"If you enjoyed the summer timetable", true},
			{"tickets already bought would be honoured", true},
			{"[ad#ad-2]", false},
			{"9:05 AM GMT", false},
			{"Hafenamt", false},
			{"jpeg", false},
			{"click here", false},
			{"stay with the Gazette", false},
			{"can be reached at", false},
			{"contributed reporting", true},
			{"Like this story?", false},
			{"Continue Reading Below", false},
			{"john.doe@example.com", false},
			{"Das könnte Sie auch interessieren", false},
			{"Bridge repairs to start", false},
			{"About the writer", false},
			{"transport reporter based on the island", false},
			{"More about the ferries", true},
			{"Example Gazette", false},
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := embedded(t).DropFurniture(readFixture(t, tc.file))
			for _, c := range tc.cases {
				if strings.Contains(got, c.text) != c.kept {
					t.Errorf("%q kept: %v, want %v\n%s", c.text, !c.kept, c.kept, got)
				}
			}
		})
	}
}

// TestDropFurnitureEarlyBio: a heading about a person in the first half of the text opens an
// interview's introduction, not a writer's box: it and what follows stay.
func TestDropFurnitureEarlyBio(t *testing.T) {
	text := readFixture(t, "interview.txt")
	if got := embedded(t).DropFurniture(text); got != text {
		t.Errorf("text changed:\n%s", got)
	}
}

// readFixture returns a clean-text fixture of testdata/furniture, trimmed.
func readFixture(t *testing.T, name string) string {
	t.Helper()
	body, err := os.ReadFile("testdata/furniture/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(body))
}
