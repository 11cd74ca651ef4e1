package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
)

// JSONL writes the export of everything in store to w as JSON Lines: one record a line, each
// the object of the JSON export's sections with a first field "record" naming its kind —
// document, timex, event, claim, entity, conflict, happening — in that order of sections.
func JSONL(ctx context.Context, w io.Writer, store Store) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	return write(ctx, bw, store, &lineWriter{w: bw})
}

// recordKinds name one record of each section.
var recordKinds = map[string]string{"documents": "document", "timexes": "timex", "events": "event",
	"claims": "claim", "entities": "entity", "conflicts": "conflict", "happenings": "happening"}

// lineWriter writes each item on a line of its own with its kind, keeping the first error.
type lineWriter struct {
	w      *bufio.Writer
	prefix string // `{"record":"kind",`
	err    error
}

func (l *lineWriter) section(name string) {
	kind := recordKinds[name]
	if kind == "" {
		kind = strings.TrimSuffix(name, "s")
	}
	l.prefix = `{"record":"` + kind + `"`
}

func (l *lineWriter) item(v any) error {
	if l.err != nil {
		return l.err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if l.err = enc.Encode(v); l.err != nil {
		return l.err
	}
	body := bytes.TrimPrefix(buf.Bytes(), []byte("{"))
	l.w.WriteString(l.prefix)
	if !bytes.HasPrefix(body, []byte("}")) {
		l.w.WriteByte(',')
	}
	_, l.err = l.w.Write(body)
	return l.err
}

func (l *lineWriter) end() error { return l.err }
