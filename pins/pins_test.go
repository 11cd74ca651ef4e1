package pins

import (
	"strings"
	"testing"

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
