package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier/web"
)

func (a *app) serveCmd() *cobra.Command {
	var (
		addr     string
		addrFile string
		refresh  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve [--db DB] [--addr 127.0.0.1:8080]",
		Short: "Serve the web UI and JSON API on this machine",
		Long: `Serves a local web UI — documents and search, entity pages with every spelling and how each
source labels the entity, a timeline with uncertain dates drawn as ranges, conflicts side by side,
sources and who copies whom — and a JSON API under /api/. It listens on 127.0.0.1 by default and
answers only to local host names. It re-reads the database as it changes, so an ingest running
at the same time shows up.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := a.openExisting(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			keys, err := a.nameKeys()
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{
				Handler:           web.New(store, web.Options{Refresh: refresh, Pins: a.pins, Keys: keys}).Handler(),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       30 * time.Second,
				WriteTimeout:      60 * time.Second,
			}
			if addrFile != "" {
				if err := writeFileAtomic(addrFile, func(w io.Writer) error {
					_, err := fmt.Fprintln(w, ln.Addr())
					return err
				}); err != nil {
					ln.Close()
					return fmt.Errorf("serve: %w", err)
				}
			}
			a.say("serving %s on %s (Ctrl-C to stop)\n", a.db, browseURL(ln.Addr()))
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	cmd.Flags().StringVar(&addrFile, "addr-file", "", "once listening, write the address to this file (for scripts, with port 0)")
	cmd.Flags().DurationVar(&refresh, "refresh", 10*time.Second, "how often to look for changes in the database")
	return cmd
}

// browseURL is the address to open the UI at: the listener's, with the loopback address in
// place of an unspecified host ("0.0.0.0", "::"), which a browser cannot open and which, as the
// server answers only to local host names, serves this machine alone.
func browseURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return "http://" + addr.String() + "/"
	}
	return "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(tcp.Port)) + "/"
}
