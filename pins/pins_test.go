package pins

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/namekey"
	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	in := "# decisions\nmerge\tAl-Foo Bar\tFoo Bar\n\nsplit\tA B\tA C\r\nreviewed\tnumber d1:0-9 d2:5-20\tdismissed\n"
	got, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := &Pins{
		Merge:    [][2]string{{"Al-Foo Bar", "Foo Bar"}},
		Split:    [][2]string{{"A B", "A C"}},
		Reviewed: [][2]string{{"number d1:0-9 d2:5-20", "dismissed"}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Parse (-want +got):\n%s", d)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"merge\tA\n", "join\tA\tB\n", "merge\t \tB\n"} {
		if _, err := Parse(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Parse(%q) = %v, want an error naming line 1", in, err)
		}
	}
}

func TestName(t *testing.T) {
	if Name("Al-Foo  Bar") != Name("al foo bar") || Name("Al-Foo") == Name("Foo") {
		t.Errorf("Name folds case, hyphens and spaces but keeps particles: %q %q", Name("Al-Foo  Bar"), Name("Foo"))
	}
}

// nameCases are names whose words Name must join as splitting on white space and joining does.
var nameCases = []string{
	"", "-", " ", "Al-Foo  Bar", " lead", "trail- ", "a--b", "a - b", "Zürich-Nord", "Ḥasan  al-Bakr",
	"U.S. Army", "one", "x\ty", "ß-Æ",
}

func TestNameJoinsAsFields(t *testing.T) {
	for _, s := range nameCases {
		if got, want := Name(s), fieldsName(s); got != want {
			t.Errorf("Name(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzName(f *testing.F) {
	for _, s := range nameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Name(s), fieldsName(s); got != want {
			t.Errorf("Name(%q) = %q, want %q", s, got, want)
		}
	})
}

// fieldsName is Name written plainly: the folded name split on hyphens and white space.
func fieldsName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(namekey.Fold(s), "-", " ")), " ")
}
