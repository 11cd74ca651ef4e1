// Command dossier turns a pile of news reports about one story into a picture an analyst can
// trust: clean article text, the actors in it whatever the spelling, what happened and when, who
// says so, and where the sources agree or contradict each other.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/sqlite"
)

// exitError carries an exit status out of a command: 1 when some inputs failed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintln(stderr, "dossier:", err)
		return 2
	}
}

// app holds what every subcommand shares.
type app struct {
	db   string
	pins string // file of pinned merge/split decisions for entity resolution
	// Users' own data files, added to the embedded ones.
	gazetteer []string
	triggers  []string
	data      string // folder of language data files added to lang/en's
	stdout    io.Writer
	stderr    io.Writer
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	a := &app{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "dossier",
		Short:         "Turn news reports about one story into entities, events, timelines and conflicts with provenance",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&a.db, "db", "dossier.db", "database: a SQLite file path or a postgres:// URL")
	root.PersistentFlags().StringSliceVar(&a.gazetteer, "gazetteer", nil, "extra gazetteer files or folders (TSV: name, type, aliases)")
	root.PersistentFlags().StringSliceVar(&a.triggers, "triggers", nil, "extra event trigger files (TSV)")
	root.PersistentFlags().StringVar(&a.data, "data", "", "folder of extra language data files (word lists named like lang/en/data's)")
	root.PersistentFlags().StringVar(&a.pins, "pins", "", "file of pinned entity decisions: \"merge<TAB>name<TAB>name\" or \"split<TAB>name<TAB>name\" a line")
	root.AddCommand(
		a.ingestCmd(),
		a.exportCmd(),
		a.searchCmd(),
		a.entitiesCmd(),
		a.entityCmd(),
		a.eventsCmd(),
		a.timelineCmd(),
		a.conflictsCmd(),
		a.reportCmd(),
		a.serveCmd(),
		a.workerCmd(),
		a.evalCmd(),
		a.benchCmd(),
	)
	return root
}

// openStore opens the database named by --db, creating a SQLite file on first use.
func (a *app) openStore(ctx context.Context) (dossier.Store, error) {
	if strings.HasPrefix(a.db, "postgres://") || strings.HasPrefix(a.db, "postgresql://") {
		return openPostgres(ctx, a.db)
	}
	s, err := sqlite.Open(ctx, a.db)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// isTerminal reports whether w is a terminal, where progress bars make sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
