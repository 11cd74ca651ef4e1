package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

func analyze(t testing.TB, f *Finder, text string) *dossier.Analysis {
	t.Helper()
	a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Text: text}}
	if err := f.Analyze(a); err != nil {
		t.Fatalf("analyze %q: %v", text, err)
	}
	return a
}

func checkSpans(t testing.TB, a *dossier.Analysis) {
	t.Helper()
	last := 0
	for _, m := range a.Mentions {
		if m.Start < 0 || m.End > len(a.Doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %+v out of range", m)
		}
		if m.Start < last {
			t.Fatalf("mention %+v overlaps the one before or is out of order", m)
		}
		last = m.End
		if m.Type == "" {
			t.Fatalf("mention %+v has no type", m)
		}
		if a.Doc.Text[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) {
			t.Fatalf("mention %+v does not match its text", m)
		}
	}
	for _, l := range a.Labels {
		if l.Start < 0 || l.End > len(a.Doc.Text) || a.Doc.Text[l.Start:l.End] != l.Text {
			t.Fatalf("label %+v does not match its text", l)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Gen. John Smith of the U.S. Central Command said.",
		"The Islamic State (ISIS – ISIL) attacked al-Hasakah’s outskirts.",
		"Abu Omar al-Shami, a former colonel, met King Abdullah II.",
		"ÉÉ (É) “Ünal” ’s ’",
		"",
		"U.S.-led (",
	} {
		f.Add(s)
	}
	fd := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			a := &dossier.Analysis{Doc: dossier.Document{Text: s}}
			if err := fd.Analyze(a); err == nil {
				t.Fatalf("invalid UTF-8 accepted")
			}
			return
		}
		a := analyze(t, fd, s)
		checkSpans(t, a)
		for i, m := range a.Mentions {
			if m.Chain < 0 || m.Chain > i {
				t.Fatalf("chain %d of mention %d not numbered in order", m.Chain, i)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	f := New(nil)
	text := strings.Repeat("Lt. Gen. Ahmed al-Hassan, a former colonel of the Free Syrian Army (FSA), said on Tuesday that "+
		"the U.S.-backed rebel group had left Raqqa for Deir ez-Zor. Hassan met officials of the United Nations "+
		"Security Council and King Abdullah II in Amman. ", 20)
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		a := &dossier.Analysis{Doc: dossier.Document{Text: text}}
		if err := f.Analyze(a); err != nil {
			b.Fatal(err)
		}
		n += len(a.Mentions)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "mentions/s")
}

func TestForeignDocumentKeepsKnownNames(t *testing.T) {
	text := "Die Regierung in Berlin hat am Montag neue Daten zur Lage der Patienten in Syrien vorgelegt, teilte die UN mit."
	a := &dossier.Analysis{Doc: dossier.Document{ID: "de1", Language: "de", Text: text}}
	if err := New(nil).Analyze(a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range a.Mentions {
		got = append(got, m.Text)
		if m.Chain < 0 || m.Chain >= len(a.Mentions) {
			t.Errorf("mention %q has chain %d", m.Text, m.Chain)
		}
	}
	for _, junk := range []string{"Die", "Regierung", "Daten", "Patienten", "Montag", "Lage"} {
		if slices.Contains(got, junk) {
			t.Errorf("common German noun %q taken for a name (mentions %q)", junk, got)
		}
	}
	if !slices.Contains(got, "Berlin") || !slices.Contains(got, "UN") {
		t.Errorf("mentions %q, want the known names Berlin and UN", got)
	}
	if len(a.Mentions) > 0 && a.Mentions[0].Chain != 0 {
		t.Errorf("chains not renumbered from 0: %+v", a.Mentions[0])
	}
}
