package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"golang.org/x/text/width"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

func (a *app) documentsCmd() *cobra.Command {
	var (
		out    listFormat
		limit  int
		source string
	)
	cmd := &cobra.Command{
		Use:   "documents [--db DB] [--source NAME] [-n N] [--format text|json|jsonl]",
		Short: "List the stored documents: label, id, date, source and title",
		Long: `Lists the stored documents, dated ones first, earliest first: the label the reports and
listings cite it by ("D3"; "dossier show D3" opens it), id, publication date, source
(the publisher, else the site of its address, else "unknown source"; cut to fit its column — the
JSON formats give it whole) and title. --source keeps the documents of one source (any case).
--format json and jsonl print the same objects as the web API's /api/documents.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			var docs []view.DocSummary
			for _, d := range v.snap.Documents() {
				if source == "" || strings.EqualFold(d.Source, source) {
					docs = append(docs, d)
				}
			}
			docs = limitRows(docs, limit)
			cite := numberDocs(v.snap)
			labelWidth := len(fmt.Sprintf("D%d", len(cite))) // the widest label, so the ids line up
			return writeRows(a.stdout, format, docs, func() {
				if len(docs) == 0 {
					fmt.Fprintln(a.stdout, "no documents")
				}
				for _, d := range docs {
					fmt.Fprintf(a.stdout, "%-*s  %s  %-12s  %s  %s\n", labelWidth, cite.label(d.ID, -1), d.ID, dateOr(d.Published),
						fitColumn(d.Source, 24), d.Title)
				}
			})
		},
	}
	out.register(cmd)
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "most documents to show (0: all)")
	cmd.Flags().StringVar(&source, "source", "", "only the documents of this source")
	return cmd
}

// fitColumn is s padded with spaces to width columns of a terminal, or cut to fit with "…" at its
// end when wider, so that the next column starts where it should and is not read as part of s. A
// wide character (Chinese, Japanese, Korean) takes two columns, a combining mark none.
func fitColumn(s string, width int) string {
	w := displayWidth(s)
	if w <= width {
		return s + strings.Repeat(" ", width-w)
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := runeWidth(r)
		if used+rw > width-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	b.WriteString("…")
	return b.String() + strings.Repeat(" ", width-1-used)
}

// displayWidth is how many columns of a terminal s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth is how many columns of a terminal r takes: two for a wide or full-width character,
// none for a combining mark or a zero-width format character, else one.
func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

func dateOr(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}

func (a *app) showCmd() *cobra.Command {
	var out listFormat
	cmd := &cobra.Command{
		Use:   "show [--db DB] [--format text|json|jsonl] DOC",
		Short: "Print one document's clean text with its metadata",
		Long: `Prints one stored document: its metadata (title, source, publisher, date, URL, file) as
"key: value" lines, a blank line, then its clean text. DOC is a document id, a unique start of
one, the file it was read from, or the label a report cites it by ("D3", "D3:4"); with a sentence
("D3:4") the metadata also say where that sentence lies and quote it. --format json prints the object the web API's
/api/documents/ID gives, with the mentions, time expressions and events found in it; jsonl
prints it on one line.`,
		Args: needArgs(`name the document by its label ("D3"), its id, a unique start of it, or its file ("dossier documents" lists them)`, true),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, v, err := a.startListing(cmd.Context(), &out)
			if err != nil {
				return err
			}
			defer v.close()
			d, sentence, err := findDocument(cmd.Context(), v.snap, args[0])
			if err != nil {
				return err
			}
			if sentence > len(d.Sentences) {
				return fmt.Errorf("show %s: the document has %d sentences", args[0], len(d.Sentences))
			}
			switch format {
			case "json":
				return writeJSON(a.stdout, d)
			case "jsonl":
				return writeJSONL(a.stdout, []*view.DocDetail{d})
			}
			printDocument(a.stdout, d, sentence)
			return nil
		},
	}
	out.register(cmd)
	return cmd
}

// reportLabel is a document's label in the reports' citations, D and its number, with or without
// the cited sentence's number.
var reportLabel = regexp.MustCompile(`^D([1-9][0-9]{0,8})(?::([1-9][0-9]{0,8}))?$`)

// findDocument finds a document by id, by a start of its id that only it has, by its file, or by
// the label the reports cite it by; for a label that cites a sentence ("D3:4") it also returns the
// sentence's number (1-based), else 0.
func findDocument(ctx context.Context, snap *view.Snapshot, ref string) (*view.DocDetail, int, error) {
	d, err := snap.Document(ctx, ref)
	if !errors.Is(err, dossier.ErrNotFound) {
		return d, 0, err
	}
	sentence := 0
	found := matchDocuments(snap.Documents(), func(d view.DocSummary) bool {
		return strings.HasPrefix(d.ID, ref) || d.File == ref || strings.HasSuffix(d.File, "/"+ref)
	})
	if len(found) == 0 {
		// A start of the file's own name, as "dossier documents" users see it in their folder.
		found = matchDocuments(snap.Documents(), func(d view.DocSummary) bool {
			return ref != "" && strings.HasPrefix(path.Base(filepath.ToSlash(d.File)), ref)
		})
	}
	if len(found) == 0 {
		// A report's citation label ("D3", or "D3:4" for its sentence 4): the reports number
		// the documents in the order "dossier documents" lists them, dated ones first.
		if m := reportLabel.FindStringSubmatch(ref); m != nil {
			docs := snap.Documents()
			if n, err := strconv.Atoi(m[1]); err == nil && n <= len(docs) {
				found = []string{docs[n-1].ID}
				sentence, _ = strconv.Atoi(m[2]) // "" for no sentence: 0
			}
		}
	}
	switch len(found) {
	case 0:
		return nil, 0, fmt.Errorf("show %s: no document has that id or file (\"dossier documents\" lists them)", ref)
	case 1:
		d, err := snap.Document(ctx, found[0])
		return d, sentence, err
	}
	return nil, 0, fmt.Errorf("show %s: %d documents match (%s …): give more of the id or file name", ref, len(found), strings.Join(found[:2], ", "))
}

// matchDocuments returns the ids of the documents that match.
func matchDocuments(docs []view.DocSummary, match func(view.DocSummary) bool) []string {
	var found []string
	for _, d := range docs {
		if match(d) {
			found = append(found, d.ID)
		}
	}
	return found
}

// printDocument writes a document's metadata as "key: value" lines, a blank line and its clean
// text; given a sentence's number (1-based; 0 for none), the metadata also say where that sentence
// lies and quote it, so that a citation leads to its words in a text of any length.
func printDocument(w io.Writer, d *view.DocDetail, sentence int) {
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%s: %s\n", k, oneLine(v, 400))
		}
	}
	field("id", d.ID)
	field("title", d.Title)
	field("source", d.Source)
	field("publisher", d.Publisher)
	field("published", dateOr(d.Published))
	field("language", d.Language)
	field("url", d.URL)
	field("file", d.File)
	if sentence > 0 {
		sp := d.Sentences[sentence-1]
		field("sentence", fmt.Sprintf("%d of %d, bytes %d-%d", sentence, len(d.Sentences), sp.Start, sp.End))
		field("cited", d.Text[sp.Start:sp.End])
	}
	fmt.Fprintln(w)
	if d.Standfirst != "" {
		fmt.Fprintln(w, d.Standfirst)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, strings.TrimRight(d.Text, "\n"))
}
