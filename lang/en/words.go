package en

import "strings"

// IndexWord returns where phrase occurs in s as whole words (not inside a longer word), or -1.
// Both are expected in the same case.
func IndexWord(s, phrase string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		off = i + 1
	}
}

// HasCue reports whether phrase occurs in s at the start of a word (or anywhere, for a suffix
// cue such as "-backed").
func HasCue(s, phrase string) bool {
	if strings.HasPrefix(phrase, "-") {
		return strings.Contains(s, phrase)
	}
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 || !isLetterByte(s[i-1]) {
			return true
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
