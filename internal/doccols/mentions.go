package doccols

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// mentionList is a document's mentions as the analysis column holds them. Every read of the
// pass decodes them, and they are most of what decoding a column costs: a list as Encode writes
// it is read by scanMentions, anything else by encoding/json.
type mentionList []dossier.Mention

// UnmarshalJSON reads the list b; encoding/json has checked that b is valid JSON.
func (l *mentionList) UnmarshalJSON(b []byte) error {
	if ms, ok := scanMentions(b); ok {
		*l = ms
		return nil
	}
	return json.Unmarshal(b, (*[]dossier.Mention)(l))
}

// scanMentions reads a list of mentions written by encoding/json with the fields of
// dossier.Mention in their order, no space, and strings without escapes. It gives what
// encoding/json gives for such a list, and false for any other input.
func scanMentions(b []byte) ([]dossier.Mention, bool) {
	return scanList(b, 0, (*scanner).mention)
}

// scanList reads a JSON list of items, each read by item, into a list with room for size of
// them at first. It gives false when the list is not there or item fails.
func scanList[T any](b []byte, size int, item func(s *scanner, x *T) bool) ([]T, bool) {
	s := &scanner{b: b}
	if !s.lit("[") {
		return nil, false
	}
	out := make([]T, 0, size)
	if s.lit("]") {
		return out, s.done()
	}
	for {
		var x T
		if !item(s, &x) {
			return nil, false
		}
		out = append(out, x)
		if s.lit(",") {
			continue
		}
		if s.lit("]") {
			return out, s.done()
		}
		return nil, false
	}
}

// scanner reads b from off.
type scanner struct {
	b   []byte
	off int
}

// mention reads one mention object into m.
func (s *scanner) mention(m *dossier.Mention) bool {
	var typ string
	ok := s.lit(`{"start":`) && s.int(&m.Start) && s.lit(`,"end":`) && s.int(&m.End) &&
		s.lit(`,"text":`) && s.str(&m.Text) && s.lit(`,"type":`) && s.str(&typ)
	m.Type = dossier.EntityType(typ)
	if ok && s.lit(`,"title":`) {
		ok = s.str(&m.Title)
	}
	ok = ok && s.lit(`,"chain":`) && s.int(&m.Chain)
	if ok && s.lit(`,"entity":`) {
		ok = s.str(&m.Entity)
	}
	if ok && s.lit(`,"travel":`) {
		m.Travel = &dossier.Span{}
		ok = s.lit(`{"start":`) && s.int(&m.Travel.Start) && s.lit(`,"end":`) && s.int(&m.Travel.End) && s.lit("}")
	}
	return ok && s.lit("}")
}

// lit reads the bytes of lit if they come next.
func (s *scanner) lit(lit string) bool {
	if len(s.b)-s.off < len(lit) || string(s.b[s.off:s.off+len(lit)]) != lit {
		return false
	}
	s.off += len(lit)
	return true
}

// int reads an integer of at most 18 digits, so that it cannot overflow.
func (s *scanner) int(n *int) bool {
	neg := s.lit("-")
	start, v := s.off, 0
	for s.off < len(s.b) && s.off-start < 18 && '0' <= s.b[s.off] && s.b[s.off] <= '9' {
		v = v*10 + int(s.b[s.off]-'0')
		s.off++
	}
	if s.off == start || s.off < len(s.b) && '0' <= s.b[s.off] && s.b[s.off] <= '9' {
		return false
	}
	if neg {
		v = -v
	}
	*n = v
	return true
}

// str reads a string holding no escape and only valid UTF-8, which encoding/json would give
// as it is written.
func (s *scanner) str(out *string) bool {
	if !s.lit(`"`) {
		return false
	}
	rest := s.b[s.off:]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\\') >= 0 || !utf8.Valid(rest[:end]) {
		return false
	}
	*out = string(rest[:end])
	s.off += end + 1
	return true
}

// done reports whether every byte was read.
func (s *scanner) done() bool { return s.off == len(s.b) }

// scanSpans reads a list of spans written by encoding/json, as the sentences column holds them:
// no space, the fields in their order. It gives what encoding/json gives for such a list, its
// length exact, and false for any other input, which is then left to encoding/json.
func scanSpans(b []byte) ([]dossier.Span, bool) {
	if string(b) == "null" {
		return nil, true
	}
	return scanList(b, bytes.Count(b, []byte("{")), func(s *scanner, sp *dossier.Span) bool {
		return s.lit(`{"start":`) && s.plainInt(&sp.Start) && s.lit(`,"end":`) && s.plainInt(&sp.End) && s.lit("}")
	})
}

// plainInt reads an integer as int does, refusing one that JSON does not allow: a leading zero
// before other digits.
func (s *scanner) plainInt(n *int) bool {
	at := s.off
	if at < len(s.b) && s.b[at] == '-' {
		at++
	}
	if at+1 < len(s.b) && s.b[at] == '0' && '0' <= s.b[at+1] && s.b[at+1] <= '9' {
		return false
	}
	return s.int(n)
}
