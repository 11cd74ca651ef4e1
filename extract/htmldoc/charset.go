package htmldoc

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// declaredCharset finds a charset named in a <meta charset> or <meta http-equiv> tag. Pages put it
// anywhere in the head, so more than the 1024 bytes of the standard prescan are looked at.
var declaredCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

// headScan bounds how far into a page a charset declaration is looked for.
const headScan = 64 << 10

// toUTF8 returns the page's bytes as UTF-8. A page whose bytes are valid UTF-8 is taken as UTF-8
// whatever it declares: mislabelled pages are common, and valid multi-byte UTF-8 seldom happens by
// chance in a legacy encoding.
func toUTF8(body []byte) []byte {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		body = body[3:]
	case bytes.HasPrefix(body, []byte("\xff\xfe")), bytes.HasPrefix(body, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), body)
	}
	if utf8.Valid(body) {
		return body
	}
	head := body[:min(len(body), headScan)]
	var enc encoding.Encoding
	if m := declaredCharset.FindSubmatch(head); m != nil {
		enc, _ = charset.Lookup(strings.ToLower(string(m[1])))
	}
	if enc == nil || enc == unicode.UTF8 {
		if mostlyUTF8(body) {
			return bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		// The web's default for undeclared legacy pages.
		enc = charmap.Windows1252
	}
	return decodeWith(enc, body)
}

// decodeWith decodes body, falling back to replacing invalid sequences when the decoder fails.
func decodeWith(enc encoding.Encoding, body []byte) []byte {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil || !utf8.Valid(out) {
		return bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	return out
}

// mostlyUTF8 reports whether body has more valid multi-byte UTF-8 sequences than invalid bytes:
// a UTF-8 page with a few stray bytes rather than a page in a single-byte encoding.
func mostlyUTF8(body []byte) bool {
	var multi, bad int
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi > bad
}
