package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// readWARC reads a WARC file (plain, or gzip with one member per record, which the caller has
// already unwrapped) and hands on every "response" or "resource" record whose payload is HTML or
// plain text. Other records (requests, metadata, warcinfo) are passed over.
func (r *Reader) readWARC(ctx context.Context, path string, size int64, src io.Reader, fn func(Item) error) error {
	br := bufio.NewReaderSize(src, 1<<16)
	tp := textproto.NewReader(br)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Records are separated by blank lines; skip any before the version line.
		var version string
		for {
			line, err := tp.ReadLine()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return fn(fail(fmt.Sprintf("%s#%d", path, n), 0, fmt.Errorf("%w: %v", dossier.ErrFormat, err)))
			}
			if strings.TrimSpace(line) != "" {
				version = line
				break
			}
		}
		where := fmt.Sprintf("%s#%d", path, n)
		if !strings.HasPrefix(version, "WARC/") {
			return fn(fail(where, 0, fmt.Errorf("%w: not a WARC record (starts %q)", dossier.ErrFormat, truncate(version, 40))))
		}
		hdr, err := tp.ReadMIMEHeader()
		if err != nil {
			return fn(fail(where, 0, fmt.Errorf("%w: WARC header: %v", dossier.ErrFormat, err)))
		}
		length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
		if err != nil || length < 0 {
			return fn(fail(where, 0, fmt.Errorf("%w: WARC record without a valid Content-Length", dossier.ErrFormat)))
		}
		if length > r.limit() {
			if _, err := io.CopyN(io.Discard, br, length); err != nil {
				return fn(fail(where, 0, fmt.Errorf("%w: truncated WARC record", dossier.ErrFormat)))
			}
			if err := fn(fail(where, length, fmt.Errorf("%w: record of %d bytes", dossier.ErrTooLarge, length))); err != nil {
				return err
			}
			continue
		}
		block := make([]byte, length)
		if _, err := io.ReadFull(br, block); err != nil {
			return fn(fail(where, 0, fmt.Errorf("%w: truncated WARC record: %v", dossier.ErrFormat, err)))
		}
		typ := hdr.Get("WARC-Type")
		if typ != "response" && typ != "resource" {
			continue
		}
		target := hdr.Get("WARC-Target-URI")
		if target == "" {
			target = where
		}
		payload, ctype := block, hdr.Get("Content-Type")
		if typ == "response" && strings.HasPrefix(ctype, "application/http") {
			payload, ctype = httpPayload(block)
		}
		media, _, _ := mime.ParseMediaType(ctype)
		format := dossier.Format("")
		switch {
		case media == "text/html" || media == "application/xhtml+xml":
			format = dossier.FormatHTML
		case media == "text/plain":
			format = dossier.FormatText
		case media == "" && looksLikeHTML(payload):
			format = dossier.FormatHTML
		default:
			continue
		}
		item := Item{Page: &dossier.Page{File: target, Format: format, Body: payload, Meta: dossier.Meta{URL: target}}, Bytes: length}
		if err := checkBody(payload, format); err != nil {
			item = fail(target, length, err)
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// httpPayload splits an HTTP response into its body and content type.
func httpPayload(block []byte) ([]byte, string) {
	i := bytes.Index(block, []byte("\r\n\r\n"))
	sep := 4
	if i < 0 {
		i = bytes.Index(block, []byte("\n\n"))
		sep = 2
	}
	if i < 0 {
		return block, ""
	}
	var ctype string
	for _, line := range strings.Split(string(block[:i]), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Type") {
			ctype = strings.TrimSpace(v)
		}
	}
	return block[i+sep:], ctype
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
