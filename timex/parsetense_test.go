package timex

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// TestParsedDirection checks that a weekday named alone looks forward or back by the tense of the
// verb the parse says governs it, even where a nearer verb of another clause says otherwise.
func TestParsedDirection(t *testing.T) {
	parsed := newParsedTagger(t)
	// 2024-05-15 is a Wednesday.
	tests := []struct{ text, expr, want string }{
		{"The ministers will meet on Friday in Calder.", "Friday", "2024-05-17"},
		{"The ministers met on Friday in Calder.", "Friday", "2024-05-10"},
		{"The ministers plan to meet on Friday in Calder.", "Friday", "2024-05-17"},
		{"The ministers had planned to meet on Friday.", "Friday", "2024-05-10"},
		{"Shares issued on Monday rose sharply.", "Monday", "2024-05-13"},
		{"The dividend is payable Friday to holders of record.", "Friday", "2024-05-17"},
		{"The directors authorized a 3-for-2 split of the common, payable Dec. 7 to stock of record Nov. 22.", "Dec. 7", "2024-12-07"},
		{"The board declared a dividend of 10 cents a share, payable Dec. 15 to holders of record Nov. 30.", "Dec. 15", "2024-12-15"},
		{"The company said the notes, due Dec. 1, were sold to investors.", "Dec. 1", "2024-12-01"},
		{"They said the talks would resume on Monday.", "Monday", "2024-05-20"},
		{"On Friday the envoy, who will attend the summit, met the minister.", "Friday", "2024-05-10"},
		{"The two leaders meet separately Monday with the envoy.", "Monday", "2024-05-20"},
		{"They meet Thursday.", "Thursday", "2024-05-16"},
		{"The minister tells reporters Monday that the talks failed.", "Monday", "2024-05-13"},
		{"The new law takes effect on Jan. 1 across the country.", "Jan. 1", "2025-01-01"},
		{"The two parties meet again in March in the capital.", "March", "2025-03"},
		{"The minister says in March the talks failed.", "March", "2024-03"},
		{"The company agreed to buy the unit in October.", "October", "2024-10"},
		{"The company agreed in October to buy the unit.", "October", "2023-10"},
		{"The company had agreed to buy the unit in October.", "October", "2023-10"},
		{"The rebels have promised to withdraw in October.", "October", "2024-10"},
		{"The bank announced an agreement to acquire the lender in October.", "October", "2024-10"},
		{"The bank announced an agreement to acquire the Calder, Ill., bank holding company in January.", "January", "2025-01"},
		{"The minister resigned in June after the vote.", "June", "2023-06"},
		{"The minister, who resigned on June 3, said he would run again.", "June 3", "2023-06-03"},
		{"The minister resigned on May 16 after the vote.", "May 16", "2024-05-16"},
		{"The agency warned of a cut in its supply in June.", "June", "2024-06"},
		{"The vote is held on Friday in Calder.", "Friday", "2024-05-17"},
		{"Police are investigating a shooting on Monday.", "Monday", "2024-05-13"},
		{"The deadline is Friday.", "Friday", "2024-05-17"},
		{"The bill was signed on March 3 and takes effect on July 1.", "July 1", "2024-07-01"},
		{"The mayor met with his top aides Monday in the city hall.", "Monday", "2024-05-13"},
		{"The envoy was visiting Calder on Thursday.", "Thursday", "2024-05-09"},
		{"The summit takes place in Calder on Thursday and Friday.", "Friday", "2024-05-17"},
		{"The ministers meet on Monday and on Tuesday.", "Tuesday", "2024-05-21"},
		{"The ministers met on Monday and on Tuesday.", "Tuesday", "2024-05-14"},
		{"In April, the troops retook the town.", "April", "2024-04"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := parsed(t, tc.text)
			got := ""
			for _, x := range a.Timexes {
				if strings.EqualFold(x.Text, tc.expr) {
					got = x.Value
				}
			}
			if got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.expr, got, tc.want)
			}
		})
	}
}

// TestParsedCounts checks that a number the parse makes a count of a plural noun is no year,
// while a modern year naming what it modifies stays one.
func TestParsedCounts(t *testing.T) {
	parsed := newParsedTagger(t)
	tests := []struct{ text, want string }{
		{"The shelling killed nearly 1200 civilians in the city.", ""},
		{"Some 2000 people fled the town.", ""},
		{"About 1500 fighters joined the offensive.", ""},
		{"The 2012 elections were delayed.", "2012"},
		{"Voters in 1995 chose a new president.", "1995"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := parsed(t, tc.text)
			var got []string
			for _, x := range a.Timexes {
				got = append(got, x.Value)
			}
			if want := strings.Fields(tc.want); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("values %q, want %q", got, want)
			}
		})
	}
}

// newParsedTagger returns a function that tags one sentence, published on 2024-05-15 (a
// Wednesday), after parsing it with the shipped model.
func newParsedTagger(t *testing.T) func(*testing.T, string) *dossier.Analysis {
	t.Helper()
	d := en.Embedded()
	m, err := syntax.Load(d)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load(d)
	if err != nil {
		t.Fatal(err)
	}
	stage := syntax.NewStage(m)
	return func(t *testing.T, text string) *dossier.Analysis {
		t.Helper()
		a := &dossier.Analysis{Doc: dossier.Document{Text: text, Published: "2024-05-15",
			Sentences: []dossier.Span{{Start: 0, End: len(text)}}}}
		if err := stage.Analyze(a); err != nil {
			t.Fatal(err)
		}
		if err := tg.Analyze(a); err != nil {
			t.Fatal(err)
		}
		return a
	}
}
