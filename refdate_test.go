package dossier

import "testing"

// TestReferenceDate checks which day relative dates count from: the printed date when it lies
// within DatelineShift days of the page's date, before or after it (a page dated by its
// incident, or by its last change), else the page's date.
func TestReferenceDate(t *testing.T) {
	cases := []struct {
		name, published, printed, want string
	}{
		{"the same day", "2024-03-12", "2024-03-12", "2024-03-12"},
		{"three days later", "2024-03-09", "2024-03-12", "2024-03-12"},
		{"three weeks later", "2024-03-01", "2024-03-22", "2024-03-22"},
		{"a month later, the last day allowed", "2024-03-01", "2024-04-01", "2024-04-01"},
		{"two months later: another's date", "2024-03-01", "2024-05-01", "2024-03-01"},
		{"years later", "2024-03-01", "2026-06-03", "2024-03-01"},
		{"ten days before: the page dated by its last change", "2024-03-12", "2024-03-02", "2024-03-02"},
		{"two months before", "2024-05-12", "2024-03-02", "2024-05-12"},
		{"a month without its day", "2024-03-01", "2024-03", "2024-03-01"},
		{"no printed date", "2024-03-01", "", "2024-03-01"},
		{"no page date", "", "2024-03-01", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ReferenceDate(c.published, c.printed); got != c.want {
				t.Errorf("ReferenceDate(%q, %q) = %q, want %q", c.published, c.printed, got, c.want)
			}
		})
	}
}
