package namekey

import "testing"

// TestFoldSteps checks each letter-rewriting fold of KeyWith on its own.
func TestFoldSteps(t *testing.T) {
	tests := []struct {
		name string
		fold func([]byte) []byte
		in   string
		want string
	}{
		{"diphthong ay before consonant", foldDiphthongs, "sayd", "sid"},
		{"diphthong ay before vowel kept", foldDiphthongs, "saya", "saya"},
		{"diphthong ai", foldDiphthongs, "kair", "kir"},
		{"diphthong ow", foldDiphthongs, "nowr", "nawr"},
		{"y before consonant", func(b []byte) []byte { foldConsonantY(b); return b }, "zayd", "zaid"},
		{"leading y kept", func(b []byte) []byte { foldConsonantY(b); return b }, "yasin", "yasin"},
		{"e to i at start, a inside", func(b []byte) []byte { foldEA(b); return b }, "emel", "imal"},
		{"doubles", dropDoubles, "hassan", "hasan"},
		{"glide before an inner vowel", dropGlide, "jamiyat", "jamiat"},
		{"no glide written", dropGlide, "jamiat", "jamiat"},
		{"glide written before the i", dropGlide, "jamyiat", "jamiat"},
		{"y after a first i kept", dropGlide, "iyad", "iyad"},
		{"final -iya left to the nisba", dropGlide, "kiniya", "kiniya"},
		{"final -iyah left to the nisba", dropGlide, "atiyah", "atiyah"},
		{"final ah", dropFinal, "salmah", "salm"},
		{"final a", dropFinal, "salma", "salm"},
		{"short word keeps final a", dropFinal, "ama", "ama"},
	}
	for _, tt := range tests {
		if got := string(tt.fold([]byte(tt.in))); got != tt.want {
			t.Errorf("%s: %q → %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestShortNisba checks the nisba ending of short words written "-iya", and what it leaves.
func TestShortNisba(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dovia", "doviya"},
		{"dovyah", "doviya"},
		{"doviyeh", "doviya"},
		{"doviya", "doviya"},
		{"doaia", "doaia"},   // after a vowel
		{"dia", "dia"},       // too short
		{"dovian", "dovian"}, // no ending
	}
	for _, tt := range tests {
		if got := embedded.ShortNisba(tt.in); got != tt.want {
			t.Errorf("ShortNisba(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldAbdPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abdulkarim", "abdkarim"},
		{"abdallah", "abdlah"},
		{"abdo", "abdo"}, // too short a rest to be a prefix
		{"karim", "karim"},
	}
	for _, tt := range tests {
		if got := embedded.foldAbdPrefix(tt.in); got != tt.want {
			t.Errorf("foldAbdPrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// embedded is a Keyer of the embedded lists with every fold.
var embedded = New()
