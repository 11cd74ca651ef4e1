package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// figuresIn reads the figures of one text as "counts who low-high text [update] [total] [loose]".
func figuresIn(t testing.TB, x *Extractor, text string) []string {
	a := &dossier.Analysis{Doc: dossier.Document{ID: "f", Text: text}}
	x.Figures(a)
	var out []string
	for _, f := range allFigures(a) {
		if text[f.At.Start:f.At.End] != f.Text {
			t.Fatalf("%q: figure %q at %v reads %q", text, f.Text, f.At, text[f.At.Start:f.At.End])
		}
		hi := "open"
		if f.High != nil {
			hi = fmt.Sprint(*f.High)
		}
		s := fmt.Sprintf("%s %s %d-%s %s", f.Counts, f.Who, f.Low, hi, f.Text)
		if f.Update {
			s += " update"
		}
		if f.Total {
			s += " total"
		}
		if f.Loose {
			s += " loose"
		}
		out = append(out, s)
	}
	return out
}

func TestFigures(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Twelve fighters were killed in the clash.", "killed fighters 12-12 Twelve"},
		{"Among the wounded in the town were four children.", "wounded children 4-4 four"},
		{"Six teachers also died in the attacks.", "killed group 6-6 Six"},
		{"The death toll from the flood has risen to 15, rescuers said.", "killed  15-15 15 update"},
		{"At least 21 civilians died in the shelling.", "killed civilians 21-open At least 21"},
		{"The blast killed 58 people and wounded more than 100.", "killed people 58-58 58|wounded  100-open more than 100"},
		{"The death toll from the bombing rose to 86, officials said.", "killed  86-86 86 update"},
		{"Dozens of people were injured.", "wounded people 24-99 Dozens loose"},
		{"Scores of civilians were killed in the raids.", "killed civilians 40-99 Scores loose"},
		{"A dozen soldiers were killed.", "killed fighters 12-12 A dozen"},
		{"Between 500 and 1,300 people died in the attack.", "killed people 500-1300 Between 500 and 1,300"},
		{"Some 40 soldiers were killed.", "killed fighters 34-46 Some 40"},
		{"Thirteen civilians killed 43 others injured in the shelling.", "killed civilians 13-13 Thirteen|wounded people 43-43 43"},
		{"One civilian killed, 3 injured in rocket attacks on Kessin; five killed in shelling of Morvik.", "killed civilians 1-1 One|wounded  3-3 3|killed  5-5 five"},
		{"Rockets on Kessin killing 2 people injuring 7 others; a car bomb in Morvik killed 30 and injured 90.", "killed people 2-2 2|wounded people 7-7 7|killed  30-30 30|wounded  90-90 90"},
		{"Civilian killed 3 injured in rocket attacks on Kessin, a car bomb in Morvik killing 7.", "wounded  3-3 3|killed  7-7 7"},
		{"Toll from attacks on Kessin rises to 11 44 injured; shelling of Morvik killed 2.", "killed  11-11 11 update|wounded  44-44 44 update|killed  2-2 2 update"},
		{"The army killed over 80 militants in various provinces.", "killed fighters 80-open over 80 total"},
		{"A total of 24 fighters were killed in separate operations near Kessin and Morvik.", "killed fighters 24-24 24 total"},
		{"The war has killed more than 300,000 people since 2011.", "killed people 300000-open more than 300,000 total"},
		{"The rebels killed 69 civilians in shelling during their counter-attack, the monitor said.", "killed civilians 69-69 69 total"},
		{"A car bomb killed six people on Monday in an attack that brought the civil war to the port.", "killed people 6-6 six"},
		{"Shelling killed 40 people in the civil war, which began in 2011.", "killed people 40-40 40 total"},
		// A count of "others" after a count of whom it names makes, with it, the toll of both.
		{"Nine children and 14 others were killed when the station was hit.", "killed children 9-9 Nine|killed people 23-23 Nine children and 14 others"},
		{"The blast killed at least four soldiers and 11 others on Monday.", "killed fighters 4-open at least four|killed people 15-open at least four soldiers and 11 others"},
		{"Rockets killed two policemen and wounded three others.", "killed fighters 2-2 two|wounded people 3-3 three"},
		// Counts of different groups the dead of one act are joined into add up; the parts stay.
		// Alternatives, a part of the dead and a count of people that may hold the other do not.
		{"Air strikes killed 120 fighters and 60 mercenaries near the dam.", "killed fighters 120-120 120|killed fighters 60-60 60|killed fighters 180-180 120 fighters and 60 mercenaries"},
		{"The bomb killed 12 soldiers and 5 civilians on Monday.", "killed fighters 12-12 12|killed civilians 5-5 5|killed people 17-17 12 soldiers and 5 civilians"},
		{"At least 8 rebels and 3 soldiers were killed in the clashes.", "killed fighters 8-open At least 8|killed fighters 3-3 3|killed fighters 11-open At least 8 rebels and 3 soldiers"},
		{"The blast killed 12 soldiers or 15 policemen, reports said.", "killed fighters 12-12 12|killed fighters 15-15 15"},
		{"The blast killed 20 people and 4 soldiers.", "killed people 20-20 20|killed fighters 4-4 4"},
		{"The blast killed 20 people, including 4 soldiers.", "killed people 20-20 20"},
		// A count set in another place by the same words as the count before it, with no noun of
		// its own, counts the same people; one with a noun or a casualty word of its own does not.
		{"The air strikes killed 45 civilians in and around Kessin and 22 in neighbouring Morvik province.", "killed civilians 45-45 45|killed civilians 22-22 22"},
		{"Shelling killed at least 12 people in Kessin and at least 5 in Morvik on Monday.", "killed people 12-open at least 12|killed people 5-open at least 5"},
		{"The raids killed 30 fighters near Kessin and 7 at a checkpoint in Morvik.", "killed fighters 30-30 30|killed fighters 7-7 7"},
		{"Shelling killed 12 people in Kessin and 5 were wounded in Morvik.", "killed people 12-12 12|wounded  5-5 5"},
		{"Shelling killed 12 people in Kessin and 5 soldiers in Morvik.", "killed people 12-12 12"},
		{"Shelling killed 12 people in Kessin, the monitor said, and 5 in Morvik.", "killed people 12-12 12"},
		{"Shelling killed 12 people in Kessin and 5 days later the town fell.", "killed people 12-12 12"},
		{"The fund lost 25 million dollars.", ""},
		{"He was killed in 2015.", ""},
		{"One of the fighters was killed.", ""},
		{"No one was hurt.", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(figuresIn(t, x, tt.text), "|"); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureSide: whose side the counted fighters are on, from the counted noun or the words
// between the count and it, past a name the count is of; a count of munitions counts no dead.
func TestFigureSide(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"200 Kestrel Vale Brigade Terrorists Killed by the Army in Dornholt.", "killed fighters armed group 200"},
		{"Nine regime forces were killed when rebels blew up a tunnel.", "killed fighters state Nine"},
		{"At least 31 Ember Front militants were killed in air raids.", "killed fighters armed group At least 31"},
		{"Twelve fighters were killed in the clash.", "killed fighters  Twelve"},
		{"Air raids left 15 people dead in the east of the town.", "killed people  15"},
		{"Rebels fired at least 300 shells into the west of the town killing nine civilians.", "killed civilians  nine"},
		{"Rebels fired tens of rocket shells at the town killing 44 civilians.", "killed civilians  44"},
		// Two counts joined, each with its own noun, are both the casualty word's.
		{"The monitor said 30 regime soldiers and 39 rebel fighters had been killed in battles.", "killed fighters state 30|killed fighters armed group 39|killed fighters  30 regime soldiers and 39 rebel fighters"},
		{"The shelling killed five civilians and two policemen.", "killed civilians  five|killed fighters state two|killed people  five civilians and two policemen"},
		{"The blast killed at least 12 civilians and 3 soldiers on Monday.", "killed civilians  at least 12|killed fighters state 3|killed people  at least 12 civilians and 3 soldiers"},
		{"The raid killed 5 soldiers and 12 civilians were wounded.", "killed fighters state 5|wounded civilians  12"},
		{"Rockets killed 4 people and wounded 9 others.", "killed people  4|wounded people  9"},
		{"Rockets killed 4 people including 3 children and 43 others were injured.", "killed people  4|wounded people  43"},
		{"Between 500 and 1,300 people died in the attack.", "killed people  Between 500 and 1,300"},
		// A count that a verb before it takes as its object is not the casualty word's.
		{"Troops captured 20 fighters and 3 soldiers were killed in the clash.", "killed fighters state 3"},
		{"Gunmen kidnapped 30 people and 2 policemen were killed.", "killed fighters state 2"},
		{"The monitor reported 8 soldiers and 40 civilians were wounded.", "wounded fighters state 8|wounded civilians  40"},
		{"The monitor documented 30 soldiers and 39 rebels killed in the battle.", "killed fighters state 30|killed fighters armed group 39|killed fighters  30 soldiers and 39 rebels"},
		{"The monitor recorded 12 soldiers and 4 civilians were killed in the attack.", "killed fighters state 12|killed civilians  4|killed people  12 soldiers and 4 civilians"},
		{"Officials feared 12 soldiers and 4 civilians were killed in the attack.", "killed fighters state 12|killed civilians  4|killed people  12 soldiers and 4 civilians"},
	}
	for _, tt := range tests {
		a := &dossier.Analysis{Doc: dossier.Document{ID: "f", Text: tt.text}}
		x.Figures(a)
		var got []string
		for _, f := range allFigures(a) {
			got = append(got, fmt.Sprintf("%s %s %s %s", f.Counts, f.Who, f.Side, f.Text))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureAntecedentTime: a figure in a relative clause takes the date that pre-modifies the
// noun the clause is about ("a mid-May attack that killed 32").
func TestFigureAntecedentTime(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "A group claimed a mid-May suicide attack that killed at least 32."
	at := strings.Index(text, "mid-May")
	a := &dossier.Analysis{Doc: dossier.Document{ID: "f", Text: text, Published: "2030-07-02"},
		Timexes: []dossier.Timex{{Span: dossier.Span{Start: at, End: at + len("mid-May")}, Type: "DATE", Value: "2030-05", Mod: "MID"}}}
	x.Figures(a)
	fs := allFigures(a)
	if len(fs) != 1 || fs[0].Time != "2030-05" {
		t.Fatalf("figures %+v, want one dated 2030-05", fs)
	}
}

// TestFigureSentenceDay checks that a figure whose clause gives no date takes the day of the
// attack its sentence dates, and only that: the other incidents of the text keep theirs.
func TestFigureSentenceDay(t *testing.T) {
	x := newExtractor(t)
	tests := []markupFigures{ // each figure as "text time"
		{"the day in the clause before", "A car bomb exploded in [[Kessin:LOC]] on {{Monday:2024-06-03}}, killing 14 people.",
			[]string{"14 2024-06-03"}},
		{"the day opening the sentence", "On {{Monday:2024-06-03}}, a car bomb exploded in [[Kessin:LOC]], and at least 14 people were killed.",
			[]string{"at least 14 2024-06-03"}},
		{"two incidents, each with its day", "A car bomb exploded in [[Kessin:LOC]] on {{Monday:2024-06-03}}, killing 14 people. " +
			"Shelling of [[Morvik:LOC]] killed three people on {{Sunday:2024-06-02}}. Rockets hit [[Darun:LOC]], killing two.",
			[]string{"14 2024-06-03", "three 2024-06-02", "two "}},
		{"the day of the sentence before, of its place, one step only", "Air strikes on [[Kessin:LOC]] killed 40 civilians on {{Saturday:2024-06-01}}. " +
			"Shelling of [[Kessin:LOC]] killed nine civilians. Rockets hit [[Kessin:LOC]], killing two. " +
			"A car bomb in [[Varla:LOC]] killed six people on {{Friday:2024-05-31}}. Gunmen in [[Belvar:LOC]] killed three.",
			[]string{"40 2024-06-01", "nine 2024-06-01", "two ", "six 2024-05-31", "three "}},
		{"the day of the attack the sentence before tells without a toll", "Leaders accused the army of bombing a wedding in [[Kessin:LOC]] on {{Friday:2024-05-31}}. " +
			"Nineteen people died in the strike, they said.",
			[]string{"Nineteen 2024-05-31"}},
	}
	checkMarkupFigures(t, x, tests, func(f dossier.Figure) string { return f.Text + " " + f.Time })
}

// markupFigures is a case of the figure tables read from markup: a text, and each figure it
// must give as the table shows it.
type markupFigures struct {
	name, src string
	want      []string
}

// checkMarkupFigures runs the event stage over each case's markup and compares the figures,
// each shown by show, with what the case wants.
func checkMarkupFigures(t *testing.T, x *Extractor, tests []markupFigures, show func(dossier.Figure) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := parseMarkup(tt.src)
			if err := x.Analyze(a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range allFigures(a) {
				got = append(got, show(f))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s: figures %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// allFigures are the figures of a, its own and its events'.
func allFigures(a *dossier.Analysis) []dossier.Figure {
	all := a.Figures
	for _, ev := range a.Events {
		all = append(all, ev.Figures...)
	}
	return all
}

// TestFigureScale: a scale word stays with its number ("25 million" is not 25).
func TestFigureScale(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	got := figuresIn(t, x, "The famine has killed 2.5 million people.")
	if len(got) != 1 || !strings.Contains(got[0], "2500000-2500000 2.5 million") {
		t.Errorf("got %q, want one figure of 2,500,000", got)
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"Twelve fighters were killed in the clash.", "killing at least 1,200, wounding dozens",
		"between 3 and killed", "5 million killed 7 dead - 8 wounded"} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &dossier.Analysis{Doc: dossier.Document{ID: "f", Text: text}}
		x.Figures(a)
		for _, ev := range a.Events {
			for _, fg := range ev.Figures {
				if fg.At.Start < 0 || fg.At.End > len(text) || text[fg.At.Start:fg.At.End] != fg.Text || fg.High != nil && *fg.High < fg.Low || !fg.Span.Contains(fg.At) {
					t.Fatalf("bad figure %+v in %q", fg, text)
				}
			}
		}
	})
}

// TestFigurePeriodTotal: a count dated by a span of years is that period's total, not one
// incident's; a count of a day beside the year a war began is not.
func TestFigurePeriodTotal(t *testing.T) {
	x := newExtractor(t)
	tests := []markupFigures{ // each figure as "text total"
		{"between two years", "Officials recorded 3,000 cases between {{2010:2010}} and {{2015:2015}}, with 584 deaths.",
			[]string{"584 true"}},
		{"from one year to another", "From {{2012:2012}} to {{2014:2014}} the fighting killed 120 people in [[Kessin:LOC]].",
			[]string{"120 true"}},
		{"a range written with a dash", "In the {{2010:2010}}-2015 period 90 people were killed in [[Kessin:LOC]].",
			[]string{"90 true"}},
		{"one incident dated to a day", "A car bomb killed 12 people in [[Kessin:LOC]] on {{Monday:2024-06-03}}, in a war that began in {{2011:2011}}.",
			[]string{"12 false"}},
		// The number of cities is no count of the dead (this reading, without the page's other
		// sentences, finds no count at all; the whole pipeline finds the 106).
		{"places counted beside the dead", "At least 106 protesters in 21 cities have been killed, according to credible reports received by [[Kessin Watch:ORG]].",
			nil},
		{"a span of days back from the report", "At least 86 soldiers were killed in fighting near [[Kessin:LOC]] in {{the past four days:P4D}}, the monitor said.",
			[]string{"At least 86 true"}},
		{"a span of weeks", "Over {{the last two weeks:P2W}} 40 people died in shelling of [[Kessin:LOC]].",
			[]string{"40 true"}},
		{"the incidents of a span of days", "{{Two days:P2D}} of heavy rebel bombardment have killed 38 civilians in [[Kessin:LOC]].",
			[]string{"38 true"}},
		{"a span of days of talks before one attack", "After {{two days:P2D}} of talks, a car bomb killed 12 people in [[Kessin:LOC]].",
			[]string{"12 false"}},
		{"a span of hours is one report's", "A raid killed nine people in [[Kessin:LOC]] in {{the past 24 hours:PT24H}}.",
			[]string{"nine false"}},
		{"one year named twice", "In {{2014:2014}} a car bomb killed 30 people in [[Kessin:LOC]], the deadliest of {{2014:2014}}.",
			[]string{"30 false"}},
		{"a span the dead were counted over", "Shelling killed 70 people in [[Kessin:LOC]] over {{two days:P2D}}, the monitor said.",
			[]string{"70 true"}},
		{"the total an incident's dead bring", "A car bomb killed 12 people in [[Kessin:LOC]] on {{Monday:2024-06-03}}, bringing the overall death toll to at least 84.",
			[]string{"12 false", "at least 84 true"}},
		{"the dead of two days added up", "Air strikes killed 13 people in [[Kessin:LOC]] on {{Thursday:2024-06-06}}. " +
			"Seventy-one civilians were killed in [[Kessin:LOC]] on {{Wednesday:2024-06-05}}. The bombardment of [[Kessin:LOC]] has killed at least 84 civilians.",
			[]string{"13 false", "Seventy-one false", "at least 84 true"}},
		{"two days joined", "Seventy-one civilians were killed in [[Kessin:LOC]] on {{Tuesday:2024-06-04}} and {{Wednesday:2024-06-05}}.",
			[]string{"Seventy-one true"}},
		{"two days, each its own toll", "Shelling killed 5 people in [[Kessin:LOC]] on {{Tuesday:2024-06-04}}, and a car bomb killed 7 in [[Morvik:LOC]] on {{Wednesday:2024-06-05}}.",
			[]string{"5 false", "7 false"}},
		{"a later day's toll is no total of the days before", "Air strikes killed 13 people in [[Kessin:LOC]] on {{Monday:2024-06-03}}. " +
			"Shelling killed 16 people in [[Morvik:LOC]] on {{Sunday:2024-06-02}}. On {{Sunday:2024-06-02}} at least 29 people were killed in [[Darun:LOC]].",
			[]string{"13 false", "16 false", "at least 29 false"}},
		{"fighters are no sum of civilians", "Air strikes killed 13 civilians in [[Kessin:LOC]] on {{Monday:2024-06-03}}. " +
			"Shelling killed 16 civilians in [[Kessin:LOC]] on {{Sunday:2024-06-02}}. The fighting has killed 29 fighters.",
			[]string{"13 false", "16 false", "29 false"}},
		{"three days, each its own toll", "Air strikes killed 5 people in [[Kessin:LOC]] on {{Monday:2024-06-03}}. " +
			"Shelling killed 7 people in [[Morvik:LOC]] on {{Tuesday:2024-06-04}}. A car bomb killed 12 people in [[Darun:LOC]] on {{Wednesday:2024-06-05}}.",
			[]string{"5 false", "7 false", "12 false"}},
	}
	checkMarkupFigures(t, x, tests, func(f dossier.Figure) string { return fmt.Sprintf("%s %v", f.Text, f.Total) })
}

// TestFigureRestatedWho: a headline's count that says nothing of whom it counts takes the noun
// the text gives when it states the same number again; a part of the dead, a different number
// or two different nouns leave it unsaid.
func TestFigureRestatedWho(t *testing.T) {
	checkFigureTable(t, []figureCase{
		{"Monitors 15 killed in missile strike on eastern city. Activists say 15 civilians including children have been killed when a missile hit Kessin.",
			"killed civilians 15-15 15"},
		{"Toll from attacks on Kessin rises to 11. Eleven civilians were killed in rocket attacks on Kessin on Friday.",
			"killed civilians 11-11 11 update|killed civilians 11-11 Eleven"},
		{"Strikes kill 23 near Kessin. The strikes killed 23 militants of the Front.",
			"killed fighters 23-23 23|killed fighters 23-23 23"},
		{"Seven killed in Kessin. Seven children were among those killed in the blast.",
			"killed  7-7 Seven|killed children 7-7 Seven"},
		{"Nine killed in Kessin. Nine civilians and nine soldiers were reported among those killed there.",
			"killed  9-9 Nine"},
		{"Twelve killed in Kessin. Ten civilians were killed in the shelling.",
			"killed  12-12 Twelve|killed civilians 10-10 Ten"},
	})
}

// TestFigureDeadAndWounded: a count of the dead and the wounded together counts both, a toll of
// neither; the dead and the wounded counted apart are two figures.
func TestFigureDeadAndWounded(t *testing.T) {
	checkFigureTable(t, []figureCase{
		{"Eight civilians were killed, with dozens of dead and injured among the troops.", "killed or wounded  24-99 dozens loose|killed civilians 8-8 Eight"},
		{"Dozens martyred, injured in Kessin bombing.", "killed or wounded  24-99 Dozens loose"},
		{"At least 48 killed or wounded in Kessin.", "killed or wounded  48-open At least 48"},
		{"The blast killed 58 people and wounded more than 100.", "killed people 58-58 58|wounded  100-open more than 100"},
		{"Eleven killed and 44 injured in Kessin.", "killed  11-11 Eleven|wounded  44-44 44"},
	})
}

// figureCase is a text and its figures as figuresIn writes them, joined by "|".
type figureCase struct{ text, want string }

// checkFigureTable reads the figures of each case's text and compares them with its want.
func checkFigureTable(t *testing.T, tests []figureCase) {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := strings.Join(figuresIn(t, x, tt.text), "|"); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureRestatedAttack: a headline's count that names no attack takes the kind and side of
// the attack the text gives the same count of the same people; a count told of two attacks, or
// of others, takes none.
func TestFigureRestatedAttack(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		src  string
		want []string // each figure as "text kind by"
	}{
		{"54 killed in [[Kessin:LOC]] as forces commit massacre. Government warplanes killed 54 civilians in air strikes on [[Kessin:LOC]].",
			[]string{"54 air strike state", "54 air strike state"}},
		{"Twelve killed in [[Kessin:LOC]]. Rebels fired rockets at [[Kessin:LOC]], killing 30 people.",
			[]string{"Twelve  ", "30 rocket armed group"}},
	}
	for _, tt := range tests {
		a, _ := parseMarkup(tt.src)
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range allFigures(a) {
			got = append(got, f.Text+" "+f.Kind+" "+f.By)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: figures %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestFigureParsedSubject reads the count of a casualty verb's subject from the parse when a
// phrase between them keeps the word window from reaching it.
func TestFigureParsedSubject(t *testing.T) {
	stage := syntaxStage(t)
	x := newExtractor(t)
	tests := []struct{ text, want string }{
		{"Twenty people, including six children, were reportedly killed in the attack on the market.", "killed people 20-20 Twenty"},
		{"Eleven soldiers, most of them young conscripts, were killed in the ambush near the border.", "killed fighters 11-11 Eleven"},
		{"Nine people were killed in the blast.", "killed people 9-9 Nine"},
		{"Fourteen civilians including four children were killed in shelling on the town.", "killed civilians 14-14 Fourteen"},
		{"Seventeen civilians among them five children were killed in air raids on the village.", "killed civilians 17-17 Seventeen"},
		{"The raid on three farms killed 12 civilians and 19 fighters.", "killed civilians 12-12 12|killed fighters 19-19 19|killed people 31-31 12 civilians and 19 fighters"},
		{"The toll from Saturday's attack on the army checkpoint in Tell Marun rose to 12 soldiers on Sunday.", "killed fighters 12-12 12"},
	}
	for _, tt := range tests {
		a := analyzeParsed(t, stage, x, tt.text)
		var got []string
		for _, f := range allFigures(a) {
			got = append(got, fmt.Sprintf("%s %s %d-%d %s", f.Counts, f.Who, f.Low, *f.High, f.Text))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestFigureListedParts: a part of the dead given as the last item of a list ("including a
// woman and two children") gives way to the whole count before the list, as a part alone does.
func TestFigureListedParts(t *testing.T) {
	checkFigureTable(t, []figureCase{
		{"Six civilians including a woman and two children were killed in Kessin on Tuesday.",
			"killed civilians 6-6 Six"},
		{"A reporter said that 6 civilians including a woman and two children were killed and 12 other civilians were injured by rocket shells fired on Kessin.",
			"killed civilians 6-6 6|wounded civilians 12-12 12"},
		{"Eleven people including three women and two children were killed in Kessin on Tuesday.",
			"killed people 11-11 Eleven"},
	})
}

// TestFigureListedSides: a count whose noun follows a name or a list of sides is that noun's,
// further from its casualty word than a count alone may stand; a count of other things or a
// count inside brackets is not.
func TestFigureListedSides(t *testing.T) {
	checkFigureTable(t, []figureCase{
		{"At least 70 Ostrian regime and rebel fighters have been killed in 24 hours of battle in Kessin province the monitor said Thursday.",
			"killed fighters 70-open At least 70"},
		{"At least 132 Kessin Front militants have been killed since Saturday in fighting near Varla.",
			"killed fighters 132-open At least 132 total"},
		{"The army destroyed several boats for militants in the Kessin Lake killing all militants aboard.",
			""},
		{"Two people were killed and 15 injured as Ostrian regime forces attacked the village of Kessin.",
			"killed people 2-2 Two|wounded  15-15 15"},
		{"Topic Violence In Kessin (1881) Related Ostrian Forces Deny Killing Dozens of Civilians in Air Strikes.",
			"killed civilians 24-99 Dozens loose"},
	})
}
