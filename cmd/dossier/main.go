// Command dossier turns a pile of news reports about one story into a picture an analyst can
// trust: clean article text, the actors in it whatever the spelling, what happened and when, who
// says so, and where the sources agree or contradict each other.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/resolve"
	"github.com/dossier-project/dossier/sqlite"
)

// Exit statuses: 0 when the command did its work, 1 when some inputs failed or nothing was
// found where finding nothing is an error, 2 when the command line itself is wrong.
const (
	exitFailed = 1
	exitUsage  = 2
	// exitDamaged: the database cannot be read whole; nothing was taken as stored on its word.
	exitDamaged = 2
)

// exitError carries an exit status out of a command after its messages were printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a mistake on the command line found by a command itself, such as a flag value
// outside the valid ones; it exits with status 2 and a hint to the command's help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// needArgs accepts at least one argument, or exactly one when one is set; a command line
// without it is told what to give (want) rather than how many arguments were counted.
func needArgs(want string, one bool) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return usagef("%s: %s", cmd.Name(), want)
		case one && len(args) > 1:
			return usagef("%s takes one argument, not %d: %s", cmd.Name(), len(args), want)
		}
		// An empty argument (an unset shell variable, "") names nothing: taken as given it would
		// match every document or name a file without a name.
		for _, arg := range args {
			if strings.TrimSpace(arg) == "" {
				return usagef("%s: an empty argument: %s", cmd.Name(), want)
			}
		}
		return nil
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdout, stderr)
}

// runContext is run within a parent context, which may carry a halt hook (withHalt).
func runContext(parent context.Context, args []string, stdout, stderr io.Writer) int {
	// Interrupted or asked to stop, a command ends its work in good order: temporary files removed,
	// what is stored left whole.
	ctx, stop := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{stdout: stdout, stderr: stderr}
	root := a.newRoot()
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	var (
		ee exitError
		ue usageError
	)
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue) || !a.started:
		// Flags and arguments are checked before the command starts: an error before then is
		// one of usage.
		fmt.Fprintln(stderr, "dossier:", err)
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	default:
		fmt.Fprintln(stderr, "dossier:", printableLines(err.Error()))
		return exitFailed
	}
}

// app holds what every subcommand shares.
type app struct {
	db   string
	pins string // file of pinned merge/split decisions for entity resolution
	// Users' own data files, added to the embedded ones.
	gazetteer []string
	triggers  []string
	quiet     bool // no progress or summary on standard error, only failures
	stdin     io.Reader
	data      string // folder of language data files added to lang/en's
	stdout    io.Writer
	stderr    io.Writer
	// started is set once flags and arguments were accepted and the command began its work.
	started bool
	// resolved says how much the last cross-document pass resolved again, for bench.
	resolved resolve.UpdateStats
	// passBlock is about how many documents the cross-document checks hold at once (see
	// crosscheck.Checker.CheckStored); 0 or less holds all of them.
	passBlock int
	// langs keeps the language data of data once loaded (see language).
	langs langCache
}

func (a *app) newRoot() *cobra.Command {
	if a.stdin == nil {
		a.stdin = os.Stdin
	}
	root := &cobra.Command{
		Use:           "dossier",
		Short:         "Turn news reports about one story into entities, events, timelines and conflicts with provenance",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkCounts(cmd); err != nil {
				return err
			}
			a.started = true
			return nil
		},
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetVersionTemplate("dossier {{.Version}}\n")
	db := os.Getenv("DOSSIER_DB")
	if db == "" {
		db = "dossier.db"
	}
	root.PersistentFlags().StringVar(&a.db, "db", db, "database: a SQLite file path or a postgres:// URL (default from $DOSSIER_DB)")
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, "print no progress or summary, only failures")
	root.PersistentFlags().StringSliceVar(&a.gazetteer, "gazetteer", nil, "extra gazetteer files or folders (TSV: name, type, aliases)")
	root.PersistentFlags().StringSliceVar(&a.triggers, "triggers", nil, "extra event trigger files (TSV)")
	root.PersistentFlags().StringVar(&a.data, "data", "", "folder of extra language data files (word lists named like lang/en/data's)")
	root.PersistentFlags().IntVar(&a.passBlock, "pass-block", passBlock, "about how many documents the cross-document checks hold at once (0: all); fewer hold less and read the store more often")
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
	root.AddCommand(a.documentsCmd(), a.showCmd(), a.recheckCmd())
	return root
}

// countFlags are the flags whose value is a count or a size: a negative one is a mistake,
// refused instead of read as "all" or as the default.
var countFlags = []string{"limit", "workers", "max-bytes", "rounds", "docs", "batch", "width", "pass-block", "processes", "kill-after"}

// checkCounts refuses a negative value given to one of cmd's count flags, naming the flag.
func checkCounts(cmd *cobra.Command) error {
	for _, name := range countFlags {
		f := cmd.Flags().Lookup(name)
		if f == nil || !f.Changed {
			continue
		}
		if v, err := strconv.ParseInt(f.Value.String(), 10, 64); err == nil && v < 0 {
			flag := "--" + name
			if f.Shorthand != "" {
				flag += " (-" + f.Shorthand + ")"
			}
			return usagef("%s: %s is %d: give 0 or more", cmd.Name(), flag, v)
		}
	}
	return nil
}

// version is the module version the program was built from, with its commit when known.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// openExisting opens the database named by --db for reading: a SQLite file that does not exist,
// or an empty file, is an error instead of a new empty database, since a mistyped path would
// else answer "nothing found".
func (a *app) openExisting(ctx context.Context) (dossier.Store, error) {
	if !isPostgres(a.db) {
		info, err := os.Stat(a.db)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("database %s does not exist: run \"dossier ingest --db %s INPUT...\" first, or give --db or $DOSSIER_DB", a.db, a.db)
		}
		// An empty file is no database either: reading it would write an empty one into it.
		if err == nil && info.Mode().IsRegular() && info.Size() == 0 {
			return nil, fmt.Errorf("database %s is an empty file, not a database: run \"dossier ingest --db %s INPUT...\" to make one there, or give --db or $DOSSIER_DB", a.db, a.db)
		}
	}
	return a.openStore(ctx)
}

// openStore opens the database named by --db, creating a SQLite file on first use.
func (a *app) openStore(ctx context.Context) (dossier.Store, error) {
	if isPostgres(a.db) {
		return openPostgres(ctx, a.db)
	}
	s, err := sqlite.Open(ctx, a.db)
	if errors.Is(err, sqlite.ErrDamaged) {
		fmt.Fprintln(a.stderr, "dossier:", printableLines(err.Error()))
		return nil, exitError{code: exitDamaged}
	}
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
