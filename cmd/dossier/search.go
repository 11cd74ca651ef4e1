package main

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// searchHit is one search result as --format json and jsonl print it.
type searchHit struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Snippet   string `json:"snippet"` // matched words in [brackets]
}

func (a *app) searchCmd() *cobra.Command {
	var (
		limit int
		out   listFormat
		exact bool
	)
	cmd := &cobra.Command{
		Use:   "search [--db DB] [-n N] [--exact] [--format text|json|jsonl] QUERY",
		Short: "Find documents by full-text search and show a snippet with the matched words in [brackets]",
		Long: `Finds documents by full-text search over titles and text, best first, and shows a snippet in
which the matched words stand in [brackets]. All words must appear; "quoted words" match as a
phrase, OR between words matches either, -word excludes. A word that is a spelling of a name
word of a stored entity also matches that word's other spellings ("Tareq" finds "Tariq"), and
a name word joined to a particle by a hyphen also matches the word alone and its other
spellings ("as-Saruj" finds "al-Sarouj"), unless --exact. When nothing matches the exit status is 1.`,
		Args: needArgs("give the words to search for", false),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := out.get()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := a.openExisting(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			query := joinArgs(args)
			match := query
			if !exact {
				corpus, err := store.Corpus(ctx)
				if err != nil {
					return fmt.Errorf("search %q: read entities: %w", query, err)
				}
				if corpus != nil {
					keys, err := a.nameKeys()
					if err != nil {
						return err
					}
					match = view.NewSpeller(corpus.Entities, keys).Expand(query)
				}
			}
			hits, err := store.Search(ctx, match, limit)
			if errors.Is(err, dossier.ErrBadQuery) {
				// A query refused for its form is a mistake of the command line; the store's
				// message already names the search and the query.
				return usageError{err.Error()}
			}
			if err != nil {
				return fmt.Errorf("search %q: %w", query, err)
			}
			rows := []searchHit{}
			var whence []string // each hit's source, date and where it was read from, for the text format
			for _, h := range hits {
				rows = append(rows, searchHit{h.Doc.ID, h.Doc.File, h.Doc.URL, h.Doc.Title, h.Doc.Publisher, h.Doc.Published,
					strings.Join(strings.Fields(h.Snippet), " ")})
				whence = append(whence, hitWhence(h.Doc))
			}
			if err := writeRows(a.stdout, format, rows, func() {
				for i, h := range rows {
					fmt.Fprintf(a.stdout, "%s  %s\n    %s\n    %s\n", h.ID, printable(h.Title), printable(whence[i]), h.Snippet)
				}
			}); err != nil {
				return err
			}
			if len(rows) == 0 {
				fmt.Fprintf(a.stderr, "no documents match %q\n", query)
				return exitError{code: exitFailed}
			}
			return nil
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "most documents to show")
	cmd.Flags().BoolVar(&exact, "exact", false, "match the words as written, without other spellings of names")
	out.register(cmd)
	return cmd
}

func joinArgs(args []string) string { return strings.Join(args, " ") }

// hitWhence says where a search hit comes from: its source and date, then the file or address
// it was read from — "TRT World, 2017-04-30 (pages/strikes.html)".
func hitWhence(d dossier.Document) string {
	s := d.SourceName() + ", " + dateOr(d.Published)
	if from := cmp.Or(d.File, d.URL); from != "" {
		s += " (" + from + ")"
	}
	return s
}
