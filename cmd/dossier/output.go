package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
)

// listFormat is how a listing prints: text for people, or JSON (one array) or JSON Lines (one
// object a line) for programs. Every listing command takes --format and --json.
type listFormat struct {
	format string
	asJSON bool
}

// formats are the values --format accepts on listings.
var formats = []string{"text", "json", "jsonl"}

func (f *listFormat) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.format, "format", "text", "output format: "+strings.Join(formats, ", "))
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON (same as --format json)")
}

// get is the chosen format; a value outside formats is a usage error naming the valid ones.
func (f *listFormat) get() (string, error) {
	if f.asJSON {
		return "json", nil
	}
	v := strings.ToLower(f.format)
	if !slices.Contains(formats, v) {
		return "", usagef("unknown format %q: use one of %s", f.format, strings.Join(formats, ", "))
	}
	return v, nil
}

// writeRows writes rows as a JSON array or as JSON Lines; text is the caller's own printer.
func writeRows[T any](w io.Writer, format string, rows []T, text func()) error {
	switch format {
	case "json":
		if rows == nil {
			rows = []T{}
		}
		return writeJSON(w, rows)
	case "jsonl":
		return writeJSONL(w, rows)
	}
	text()
	return nil
}

// writeJSONL writes one compact JSON object a line.
func writeJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write JSON Lines: %w", err)
		}
	}
	return nil
}

// oneOf checks a flag value against the valid ones, in any case, and returns it as the valid
// value is spelled; "" passes. A value outside them is a usage error naming the valid ones.
func oneOf(flag, value string, valid []string) (string, error) {
	if value == "" {
		return "", nil
	}
	for _, v := range valid {
		if strings.EqualFold(v, value) {
			return v, nil
		}
	}
	return "", usagef("unknown %s %q: use one of %s", flag, value, strings.Join(valid, ", "))
}

// limitRows keeps the first n rows; n <= 0 keeps them all.
func limitRows[T any](rows []T, n int) []T {
	if n > 0 && len(rows) > n {
		return rows[:n]
	}
	return rows
}

// startListing is what every listing does first: check the output format, then load the
// stored data.
func (a *app) startListing(ctx context.Context, out *listFormat) (string, *stored, error) {
	format, err := out.get()
	if err != nil {
		return "", nil, err
	}
	v, err := a.loadView(ctx)
	return format, v, err
}
