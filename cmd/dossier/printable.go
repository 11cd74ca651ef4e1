package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// printable escapes what a terminal would act on instead of showing: control characters (escape
// sequences, a newline that would split a line of the summary, carriage returns), the Unicode
// controls that reorder text, and bytes that are not UTF-8. They are shown as Go escapes (\x1b, \n,
// \u202e), so a file name always prints as one visible line.
func printable(s string) string {
	clean := true
	for _, r := range s {
		if needsEscape(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case needsEscape(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

func needsEscape(r rune) bool {
	return r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// failureLine is the line that reports one failed input: its name and the first line of the
// reason, both printable.
func failureLine(f dossier.Failure) string {
	return "failed: " + printable(f.File) + ": " + printable(firstLine(f.Reason))
}

// cutLine is the line that reports a document stored cut to the limits of analysis.
func cutLine(c dossier.Failure) string {
	return "cut: " + printable(c.File) + ": " + printable(firstLine(c.Reason))
}

// printableLines is printable for a message of several lines: the line breaks are kept.
func printableLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = printable(l)
	}
	return strings.Join(lines, "\n")
}
