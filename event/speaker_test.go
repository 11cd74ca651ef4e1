package event

import (
	"slices"
	"testing"
)

// TestSpeakerPhrase checks that a source is the speaker's noun phrase as the parse reads it,
// with and without the commas that set the speaker off, and never a stretch of the clause.
func TestSpeakerPhrase(t *testing.T) {
	tests := []struct {
		src  string
		want []string // source texts, in order
	}{
		{"An attack by militants on the army in [[Brenton:LOC]] was foiled on Monday, said the local commander.", []string{"the local commander"}},
		{"An attack by militants on the army in [[Brenton:LOC]] was foiled Monday morning said the local commander.", []string{"the local commander"}},
		{"Rebels shelled [[Brenton:LOC]] before dawn, commander [[Jon Varek:PER]] told reporters.", []string{"commander Jon Varek"}},
		{"Rebels shelled [[Brenton:LOC]] on {{Sunday:XXXX-WXX-7}} commander [[Jon Varek:PER]] told reporters.", []string{"commander Jon Varek"}},
		{"Four soldiers were killed in [[Brenton:LOC]], he added.", []string{"he"}},
		{"Four soldiers were killed in [[Brenton:LOC]] after they were shot he added.", []string{"he"}},
		{"An attack on the lines south of [[Brenton:LOC]] was foiled on Saturday morning said the frontline commander.", []string{"the frontline commander"}},
		{"Four soldiers were killed in [[Brenton:LOC]] in the open field said [[Varek:PER]].", []string{"Varek"}},
		{"Four soldiers were killed in [[Brenton:LOC]] in the open field, said [[Varek:PER]].", []string{"Varek"}},
		{"Six civilians were killed in air strikes on [[Brenton:LOC]] a monitoring group said.", []string{"a monitoring group"}},
		{"Six civilians were killed in air strikes on [[Brenton:LOC]], a monitoring group said.", []string{"a monitoring group"}},
		{"The “[[Free Voice:ORG]] Twitter account also reported that four soldiers were killed in [[Brenton:LOC]].", []string{"Free Voice Twitter account"}},
		{"A source close to the talks said troops shelled [[Brenton:LOC]].", []string{"A source close to the talks"}},
		{"Several sources have confirmed that troops shelled [[Brenton:LOC]].", []string{"Several sources"}},
		{"The 30-year-old said troops shelled [[Brenton:LOC]].", []string{"The 30-year-old"}},
		{"He refused to say which side shelled [[Brenton:LOC]].", nil},
		{"The council blamed the [[Norland Army:ORG]] for the massacre in [[Brenton:LOC]] and said the market had no soldiers.", nil},
		{"Minister [[Ana Lind:PER]] said the shelling of [[Brenton:LOC]] “gives us no hope” for the talks.", []string{"Minister Ana Lind"}},
		{"The spokesman of the ministry said that troops shelled [[Brenton:LOC]].", []string{"The spokesman of the ministry"}},
		{"Six civilians were killed in [[Brenton:LOC]], according to the local council.", []string{"the local council"}},
		{"According to the monitoring group six civilians were killed in [[Brenton:LOC]].", []string{"the monitoring group"}},
		{"According to the monitoring group, six civilians were killed in [[Brenton:LOC]].", []string{"the monitoring group"}},
		{"Six civilians were killed in air strikes on [[Brenton:LOC]] according to state media [[SANA:ORG]].", []string{"state media SANA"}},
		{"Six civilians were killed in [[Brenton:LOC]] on {{Sunday:XXXX-WXX-7}}, according to the head of the council, [[Ana Lind:PER]].", []string{"the head of the council, Ana Lind"}},
		{"Six civilians were killed in [[Brenton:LOC]] according to a report by the [[Velmora Network for Human Rights:ORG]].", []string{"a report by the Velmora Network for Human Rights"}},
		{"Six civilians were killed in [[Brenton:LOC]], according to a statement released on {{Saturday:XXXX-WXX-6}} by the [[Velmora Revolution Commission:ORG]].", []string{"the Velmora Revolution Commission"}},
		{"According to the [[Free Voice:ORG]] account, during the raid on [[Brenton:LOC]], six civilians were killed.", []string{"the Free Voice account"}},
		{"According to officials familiar with the talks, six civilians were killed in [[Brenton:LOC]].", []string{"officials familiar with the talks"}},
		{"According to the council of the town six civilians were killed in [[Brenton:LOC]] on {{Sunday:XXXX-WXX-7}}.", []string{"the council of the town"}},
		// A place that leads the speaker's phrase, its comma lost, says where; a place that opens
		// a body's name stays in it.
		{"Rockets killed nine people in the western quarters of divided [[Brenton:LOC]] city state media said.", []string{"state media"}},
		{"Shells hit a school in northern [[Brenton:LOC]] Chadian activists said.", []string{"Chadian activists"}},
		{"Shells hit a school in the south of [[Corla:LOC]] local sources said.", []string{"local sources"}},
		{"Two guards were shot dead near the bridge in eastern [[Brenton:LOC]] [[NVA:ORG]] reported.", []string{"NVA"}},
		{"Six civilians were killed in air strikes on [[Tarsa:LOC]], [[Brenton:LOC]] police officers said.", []string{"Brenton police officers"}},
	}
	checkSources(t, tests)
}

// checkSources runs each marked-up text through the parse and the extractor and compares the
// sources of its events with want.
func checkSources(t *testing.T, tests []struct {
	src  string
	want []string
}) {
	t.Helper()
	stage := syntaxStage(t)
	x := newExtractor(t)
	for _, tc := range tests {
		a, _ := parseMarkup(tc.src)
		if err := stage.Analyze(a); err != nil {
			t.Fatal(err)
		}
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		if len(a.Events) == 0 {
			t.Errorf("%q: no event", tc.src)
		}
		for _, ev := range a.Events {
			for _, s := range ev.Attribution {
				if !slices.Contains(got, s.Text) {
					got = append(got, s.Text)
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: sources %q, want %q", tc.src, got, tc.want)
		}
	}
}
