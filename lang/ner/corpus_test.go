package ner

import (
	"strings"
	"testing"
)

// An invented sentence: a program's name (GUM type abstract, headed by a proper noun), a person's
// name, and a language (abstract too).
const othersSentence = "# sent_id = invented-1\n" +
	"1\tAnna\tAnna\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sgl)\n" +
	"2\tuses\tuse\tVERB\tVBZ\t_\t0\troot\t_\t_\n" +
	"3\tFirefox\tFirefox\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-abstract-new-sgl)\n" +
	"4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n" +
	"5\tEnglish\tEnglish\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-abstract-new-sgl)\n" +
	"6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

func TestReadCoNLLUOthers(t *testing.T) {
	exs, err := ReadCoNLLU(strings.NewReader(othersSentence), "invented")
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 1 {
		t.Fatalf("got %d sentences, want 1", len(exs))
	}
	if got, want := strings.Join(exs[0].Tags, " "), "B-PER O O O O O"; got != want {
		t.Errorf("tags = %q, want %q", got, want)
	}
	want := []OtherName{{Start: 2, End: 3, Head: "Firefox"}, {Start: 4, End: 5, Head: "English"}}
	if len(exs[0].Others) != len(want) {
		t.Fatalf("others = %v, want %v", exs[0].Others, want)
	}
	for i, o := range exs[0].Others {
		if o != want[i] {
			t.Errorf("other %d = %v, want %v", i, o, want[i])
		}
	}
}
