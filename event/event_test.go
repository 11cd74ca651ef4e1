package event

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

var update = flag.Bool("update", false, "rewrite testdata/cases.golden")

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// run analyses one marked-up case and returns the summaries of its events.
func run(t testing.TB, x *Extractor, src string) []string {
	t.Helper()
	a, names := parseMarkup(src)
	if err := x.Analyze(a); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range a.Events {
		if a.Doc.Text[ev.Start:ev.End] != ev.Text {
			t.Errorf("event text %q is not text[%d:%d]", ev.Text, ev.Start, ev.End)
		}
		if !ev.Span.Contains(ev.Trigger) {
			t.Errorf("trigger %v outside event span %v", ev.Trigger, ev.Span)
		}
		out = append(out, summary(ev, names))
	}
	return out
}

func TestGolden(t *testing.T) {
	x := newExtractor(t)
	var b strings.Builder
	for _, c := range readCases(t) {
		b.WriteString("== " + c.name + "\n")
		for _, s := range run(t, x, c.src) {
			b.WriteString(s + "\n")
		}
		b.WriteString("\n")
	}
	if *update {
		if err := os.WriteFile("testdata/cases.golden", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/cases.golden")
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("events differ from testdata/cases.golden (run with -update and review the diff)\ngot:\n%s", got)
	}
}

func TestCases(t *testing.T) {
	x := newExtractor(t)
	src := map[string]string{}
	for _, c := range readCases(t) {
		src[c.name] = c.src
	}
	tests := []struct {
		name string
		want []string            // each must be the summary of one event
		not  []dossier.EventType // types that must not be found
	}{
		{"appoint active", []string{"APPOINT target=Rami Halabi other=the Northern Front t=XXXX-03-03"}, nil},
		{"dismiss passive with by", []string{"DISMISS actor=the Eastern Alliance target=Karim Aswad t=XXXX-06"}, nil},
		{"replaced with", []string{
			"DISMISS actor=The Eastern Alliance target=Karim Aswad",
			"APPOINT actor=The Eastern Alliance target=Rami Halabi",
		}, nil},
		{"replaced by, description", []string{"DISMISS target=Karim Aswad", "APPOINT target=Rami Halabi"}, nil},
		{"defect with destination and place", []string{
			`DEFECT actor=Yusuf Marand place=Ostrava Camp destination=Vellora t=2021-05-08 m=reported src="local sources" n="several"`,
		}, nil},
		{"travel and consult, relative clause", []string{"TRAVEL actor=Lena Dorsey destination=Kavala", "CONSULT actor=Lena Dorsey"}, nil},
		{"protest place", []string{"PROTEST place=Brenton place=Oakvale Camp"}, nil},
		{"coerce and concede", []string{"COERCE target=Tomas Rehn", "CONCEDE actor=the Border Guard target=Tomas Rehn"}, nil},
		{"reject with time and attribution chain", []string{
			`REJECT actor=the Supreme Council other=Rami Halabi t=XXXX-10-09 m=reported src="the statement"`,
		}, []dossier.EventType{dossier.Appoint, dossier.Concede}},
		{"quoted as saying", []string{
			`ASSAULT actor=the Valley Front target=Santa Luz m=reported src=Radio Norte>Ivo Brandt n="at least 40"`,
		}, nil},
		{"modality alleged and cause", []string{
			`DISMISS target=Karim Aswad m=alleged cause="a secret trip he made to Kavala"`,
			"TRAVEL actor=Karim Aswad destination=Kavala",
		}, nil},
		{"modality uncertain", []string{"APPOINT actor=The Eastern Alliance target=Rami Halabi m=uncertain"}, nil},
		{"modality denied", []string{"ASSAULT actor=The Valley Front target=Santa Luz m=denied src=Ivo Brandt"}, nil},
		{"modality future and request", []string{
			"REQUEST actor=The Supreme Council target=the Eastern Alliance other=Lena Dorsey",
			"CONSULT actor=The Supreme Council target=Lena Dorsey other=the Eastern Alliance m=future",
		}, []dossier.EventType{dossier.Retreat}},
		{"mobilize and cooperate", []string{
			"MOBILIZE actor=Rami Halabi place=Vellora",
			"COOPERATE actor=the Northern Front target=the Eastern Alliance t=XXXX-05-02",
		}, nil},
		{"threaten absorbs its content", []string{"THREATEN actor=The Eastern Alliance target=Rami Halabi"}, []dossier.EventType{dossier.Dismiss}},
		{"weak triggers need an object", nil, []dossier.EventType{dossier.Concede}},
		{"coerce surrounded place", []string{"COERCE actor=The Eastern Alliance place=Ostrava Camp"}, nil},
		{"abolish taxes of a place", []string{"CONCEDE actor=Rami Halabi place=Brenton"}, nil},
		{"sources confirmed", []string{"CONSULT actor=Rami Halabi target=Lena Dorsey place=Kavala m=reported src=Radio Norte"}, nil},
		{"multi-sentence quote", []string{
			"RETREAT place=Brenton m=reported src=Ivo Brandt",
			"ASSAULT target=Santa Luz m=denied src=Ivo Brandt",
		}, nil},
		{"participle replacing", []string{
			`APPOINT target=Rami Halabi other=the Northern Front m=reported src="multiple sources"`,
		}, nil},
		{"a source told", []string{
			`DEFECT actor=Yusuf Marand destination=Vellora m=reported src="A source familiar with the matter">Radio Norte`,
		}, nil},
		{"relative clause keeps its time", []string{
			"DISMISS target=Dario Venn t=XXXX-WXX-2",
			"APPOINT target=Pavel Orsk other=Dario Venn t=XXXX-WXX-2",
		}, nil},
		{"who clause closed by the main verb", []string{"CONSULT actor=Pavel Orsk target=the Hill Guard m=future"}, nil},
		{"replaced with a possessive description", []string{
			"DISMISS actor=The River Council target=Dario Venn",
			"APPOINT actor=The River Council target=Pavel Orsk other=Dario Venn",
		}, nil},
		{"replaced by a name typed as a place", []string{
			"DISMISS target=Dario Venn t=XXXX-WXX-1",
			"APPOINT target=Orsk t=XXXX-WXX-1",
		}, nil},
		{"quantity word as a mention", []string{"PROTEST target=Dario Venn place=Brenton"}, nil},
		{"two reports, two trips", []string{
			"TRAVEL actor=Dario Venn destination=Kavala m=uncertain",
			"TRAVEL actor=Dario Venn destination=Vellora m=uncertain",
		}, nil},
		{"background participle in a description", nil, []dossier.EventType{dossier.Defect}},
		{"finite defection in a description stays", []string{"DEFECT actor=Pavel Orsk other=the Border Police t=2013"}, nil},
		{"support as circumstance", []string{"SUPPORT actor=the River Council target=Pavel Orsk"}, nil},
		{"the protesters refer back", []string{"PROTEST place=Brenton t=XXXX-WXX-4", "CONSULT actor=Pavel Orsk"}, nil},
		{"capitalised trigger inside a name", nil, []dossier.EventType{dossier.Defect}},
		{"a day inside another happening's name", []string{
			"ASSAULT actor=The Northern Front target=Vellora",
			"ASSAULT actor=The Northern Front other=Vellora t=XXXX-03-03",
		}, nil},
		{"a day inside the trigger's own name", []string{"CONSULT target=Dario Venn other=Pavel Orsk t=XXXX-07-10"}, nil},
		{"a pronoun passes a person of the other sex", []string{"COERCE actor=the Border Guard target=Pavel Orsk"}, nil},
		{"a title tells the sex a pronoun needs", []string{"COERCE actor=the Border Guard target=Halabi"}, nil},
		{"a pronoun of the other sex stands for no one", []string{"COERCE actor=the Border Guard"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := src[tt.name]
			if !ok {
				t.Fatalf("no case %q in testdata/cases.txt", tt.name)
			}
			got := run(t, x, s)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, string(n)+" ") {
						t.Errorf("unwanted %s event: %s", n, g)
					}
				}
			}
		})
	}
}

func TestNewExtraTriggers(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/mine.tsv"
	if err := os.WriteFile(path, []byte("# mine\nbanished|banish\tCOERCE\tv,strict\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(path)
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, x, "[[The Council:ORG]] banished [[Karim Aswad:PER]].")
	if len(got) != 1 || got[0] != "COERCE actor=The Council target=Karim Aswad" {
		t.Errorf("got %q", got)
	}
	bad := dir + "/bad.tsv"
	if err := os.WriteFile(bad, []byte("frobbed\tFROB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Errorf("New(bad) = %v, want an error naming bad.tsv:1", err)
	}
	if _, err := New(dir + "/missing.tsv"); err == nil {
		t.Error("New(missing file) gave no error")
	}
}

func TestAnalyzeRejectsBadSentences(t *testing.T) {
	x := newExtractor(t)
	a := &dossier.Analysis{Doc: dossier.Document{ID: "d", Text: "short", Sentences: []dossier.Span{{Start: 0, End: 99}}}}
	if err := x.Analyze(a); err == nil {
		t.Error("sentence past the text gave no error")
	}
	if err := x.Analyze(nil); err == nil {
		t.Error("nil analysis gave no error")
	}
}

func TestDeterministic(t *testing.T) {
	x := newExtractor(t)
	for _, c := range readCases(t) {
		a := strings.Join(run(t, x, c.src), "\n")
		b := strings.Join(run(t, x, c.src), "\n")
		if a != b {
			t.Errorf("%s: two runs differ", c.name)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	x := newExtractor(f)
	for _, c := range readCases(f) {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		a, _ := parseMarkup(src)
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		for _, ev := range a.Events {
			if ev.Start < 0 || ev.End > len(a.Doc.Text) || ev.Start > ev.End || a.Doc.Text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("bad event span %v in %q", ev.Span, a.Doc.Text)
			}
			if !ev.Span.Contains(ev.Trigger) {
				t.Fatalf("trigger %v outside %v", ev.Trigger, ev.Span)
			}
			if len(ev.Args) == 0 {
				t.Fatalf("event without arguments: %+v", ev)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	x := newExtractor(b)
	var srcs []string
	for _, c := range readCases(b) {
		srcs = append(srcs, c.src)
	}
	doc, _ := parseMarkup(strings.Join(srcs, "\n"))
	n := len(doc.Doc.Sentences)
	b.ResetTimer()
	for b.Loop() {
		a := *doc
		a.Events = nil
		if err := x.Analyze(&a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// TestExactCases checks cases where every event matters: nothing found besides the ones listed.
func TestExactCases(t *testing.T) {
	x := newExtractor(t)
	src := map[string]string{}
	for _, c := range readCases(t) {
		src[c.name] = c.src
	}
	tests := map[string][]string{
		"support as circumstance":   {"SUPPORT actor=the River Council target=Pavel Orsk"},
		"the protesters refer back": {"PROTEST place=Brenton t=XXXX-WXX-4", "CONSULT actor=Pavel Orsk"},
		"two reports, two trips": {
			"TRAVEL actor=Dario Venn destination=Kavala m=uncertain",
			"TRAVEL actor=Dario Venn destination=Vellora m=uncertain",
		},
		"relative clause keeps its time": {
			"DISMISS target=Dario Venn t=XXXX-WXX-2",
			"APPOINT target=Pavel Orsk other=Dario Venn t=XXXX-WXX-2",
		},
		"negation stays with its verb":                {"DISMISS target=Dario Venn"},
		"description finds the group it names":        {`REQUEST target=The Hill Brigade n="two"`},
		"coordinated clause borrows the subject only": {"REJECT other=Dario Venn", "REQUEST target=the River Council"},
		"time of what the event follows": {
			"DISMISS actor=The Hill Guard target=Dario Venn",
			"COERCE actor=The River Council target=Pavel Orsk t=XXXX-WXX-1",
		},
		"noun under a preposition keeps its own time": {
			"PROTEST target=Dario Venn place=Brenton t=XXXX-WXX-4",
			"DISMISS target=Dario Venn place=Brenton",
			"COERCE target=Lena Dorsey other=Pavel Orsk t=XXXX-05-02",
		},
		"agree that opens its own clause": nil,
		"part of the day on a date written out": {
			"COERCE target=Tebin Kadir other=Darren Duffy other=the Kent and Essex Serious Crime Directorate t=2019-06-14TMO",
		},
		"dismissing what someone said": {"REJECT actor=The Hill Guard target=Dario Venn"},
		"dismissing a person":          {"DISMISS actor=The Hill Guard target=Dario Venn"},
		"police raid":                  {"COERCE target=the Daily Courier"},
		"raids in an air war": {
			`ASSAULT actor=the Northern Front place=Vellora n="Four"`,
			`ASSAULT place=Vellora other=the Northern Front n="Four"`,
		},
		"what is sought or tried is not told as done": {
			"COERCE actor=The Hill Guard place=Vellora m=uncertain",
			"RETREAT actor=the River Front place=Brenton m=future",
		},
		"civilians who flee are not defectors":    {`DEFECT destination=Vellora n="two"`, "DEFECT target=the Hill Guard"},
		"a desert and defects are no defection":   nil,
		"a demonstration of a fact is no protest": {"PROTEST place=Brenton other=the River Council m=reported src=Dario Venn"},
		"what surrounds a place is no siege": {"ASSAULT place=the Town Hall place=Brenton", "ASSAULT place=Oakvale Camp",
			"COERCE target=Vellora"},
		"what is called for is not told as done":         {"REQUEST actor=Dario Venn place=Vellora"},
		"a menu of links tells no event":                 {"APPOINT actor=The Hill Guard target=Pavel Orsk"},
		"background participle in a description":         nil,
		"capitalised trigger inside a name":              nil,
		"a place before an attack noun is where":         {"ASSAULT place=Marlow m=denied src=The Vell Front"},
		"the speaker of a reported clause did not do it": {"ASSAULT place=Marlow"},
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			s, ok := src[name]
			if !ok {
				t.Fatalf("no case %q in testdata/cases.txt", name)
			}
			got := run(t, x, s)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// TestMutualTriggerBeforeTime: a mutual trigger that brings in the parties ("shelling between")
// is read without its last word when a time follows it, and whole when the sides do.
func TestMutualTriggerBeforeTime(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ src, trigger string }{
		{"Damage from bombardments between {{Oct. 25:XXXX-10-25}} and {{Oct. 29:XXXX-10-29}} hit [[Varnok:LOC]].", "bombardments"},
		{"Shelling between [[the Hill Guard:ORG]] and [[the Valley Front:ORG]] hit [[Varnok:LOC]].", "Shelling between"},
	}
	for _, tt := range tests {
		a, _ := parseMarkup(tt.src)
		if err := x.Analyze(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range a.Events {
			got = append(got, a.Doc.Text[ev.Trigger.Start:ev.Trigger.End])
		}
		if !slices.Contains(got, tt.trigger) {
			t.Errorf("%q: triggers %q, want %q", tt.src, got, tt.trigger)
		}
	}
}
