package timex

import "testing"

// TestStartsMissNoMatch checks on the TimeBank texts that the start filter of every rule passes
// every place where the rule's anchored pattern matches, and that it passes few others.
func TestStartsMissNoMatch(t *testing.T) {
	docs := readTimeBank(t)
	tg := New()
	tried, passed, firstOnly := 0, 0, 0
	for _, d := range docs[:min(len(docs), 30)] {
		text := d.Text
		for _, r := range tg.rules {
			for pos := range len(text) {
				end := min(len(text), pos+maxSpan)
				may := r.starts.may(text, pos, len(text))
				tried++
				if r.starts.first[text[pos]] {
					firstOnly++
				}
				if may {
					passed++
					continue
				}
				if loc := r.anch.FindStringIndex(text[pos:end]); loc != nil {
					t.Fatalf("rule %d: the start filter refuses %q, which matches %q", r.kind, text[pos:end], text[pos:pos+loc[1]])
				}
			}
		}
	}
	t.Logf("passed %d of %d, first bytes alone %d", passed, tried, firstOnly)
	if passed*100 > tried {
		t.Errorf("the start filter passed %d places of %d", passed, tried)
	}
}

func TestStartsOf(t *testing.T) {
	tests := []struct {
		src        string
		pass, stop []string
	}{
		{`(?i:may|march)`, []string{"May", "mAr", "m", "MARCH"}, []string{"Mr", "my", "x", "Mart", "marsh"}},
		{`(?i)(?:late\s+)?(?:june|july)\b`, []string{"late  Ju", "July", "June 3"}, []string{"lately", "Julie", "late May"}},
		{`\d{4}`, []string{"19", "2"}, []string{"1a", "a1"}},
		{`a?`, []string{"zz", "a"}, nil},
		{`(?:the\s+)?day`, []string{"th", "da", "t"}, []string{"dy", "tx"}},
		{`x.`, []string{"x\u00e9", "x!"}, []string{"y!"}},
		{`[a-z\x{e9}]b`, []string{"\u00e9b", "ab"}, []string{"Ab"}},
	}
	for _, tt := range tests {
		s, err := startsOf(tt.src)
		if err != nil {
			t.Fatalf("startsOf(%q): %v", tt.src, err)
		}
		for _, x := range tt.pass {
			if !s.may(x, 0, len(x)) {
				t.Errorf("startsOf(%q) refuses %q", tt.src, x)
			}
		}
		for _, x := range tt.stop {
			if s.may(x, 0, len(x)) {
				t.Errorf("startsOf(%q) passes %q", tt.src, x)
			}
		}
	}
}
