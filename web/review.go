package web

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/dossier-project/dossier/pins"
	"github.com/dossier-project/dossier/view"
)

// Review actions write a reader's decisions as pins (pins.Load): "merge" and "split"
// lines the next cross-document pass reads with --pins, and "reviewed" lines for conflicts.
// They only append to the pins file; the stored data changes when the pass runs again.

// conflictKinds are the values of the conflict kind filter.
var conflictKinds = []string{"cause", "place", "number", "time", "actor", "denial", "characterisation", "account"}

// verdicts are what a reader may say of a conflict.
var verdicts = []string{"confirmed", "dismissed"}

// pinsMu serialises appends to pins files within the process.
var pinsMu sync.Mutex

// reviewFunc takes one review action and returns the pins line to append and the page to go
// back to.
type reviewFunc func(r *http.Request, snap *view.Snapshot) (decision, a, b, back string, err error)

func (s *Server) review(fn reviewFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.opts.Pins == "" {
			s.fail(w, r, false, &httpError{http.StatusForbidden, "review actions are off: start the server with a pins file (dossier serve --pins FILE)"})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		snap, err := s.data(r.Context())
		var decision, a, b, back string
		if err == nil {
			decision, a, b, back, err = fn(r, snap)
		}
		if err == nil {
			err = appendPin(s.opts.Pins, decision, a, b)
		}
		if err != nil {
			s.fail(w, r, false, err)
			return
		}
		http.Redirect(w, r, back, http.StatusSeeOther)
	}
}

// appendPin adds one decision to the pins file, creating it readable by all.
func appendPin(path, decision, a, b string) error {
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") } // no tabs or newlines
	pinsMu.Lock()
	defer pinsMu.Unlock()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("write pins %s: %w", path, err)
	}
	_, err = fmt.Fprintf(f, "%s\t%s\t%s\n", decision, clean(a), clean(b))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write pins %s: %w", path, err)
	}
	return nil
}

// formEntity is the entity a review form names by id.
func formEntity(r *http.Request, snap *view.Snapshot) (*view.EntityDetail, error) {
	id := r.PostFormValue("entity")
	d, ok := snap.Entity(id)
	if !ok {
		return nil, errBadRequest("no entity %q", id)
	}
	return d, nil
}

func entityBack(id, done string) string {
	return "/entity/" + url.PathEscape(id) + "?pinned=" + url.QueryEscape(done)
}

// reviewMerge pins an entity together with another named by any of its spellings.
func (s *Server) reviewMerge(r *http.Request, snap *view.Snapshot) (string, string, string, string, error) {
	d, err := formEntity(r, snap)
	if err != nil {
		return "", "", "", "", err
	}
	other := strings.TrimSpace(r.PostFormValue("other"))
	found := snap.FindEntities(other)
	if other == "" || len(found) == 0 {
		return "", "", "", "", errBadRequest("no entity has the name or spelling %q to merge with", other)
	}
	if len(found) == 1 && found[0].ID == d.ID {
		return "", "", "", "", errBadRequest("%q is already a spelling of %s", other, d.Name)
	}
	return "merge", d.Name, found[0].Name, entityBack(d.ID, "merge"), nil
}

// reviewSplit pins one of an entity's spellings apart from its name.
func (s *Server) reviewSplit(r *http.Request, snap *view.Snapshot) (string, string, string, string, error) {
	d, err := formEntity(r, snap)
	if err != nil {
		return "", "", "", "", err
	}
	spelling := r.PostFormValue("spelling")
	ok := false
	for _, sp := range d.Spellings {
		ok = ok || sp.Text == spelling
	}
	if !ok || spelling == d.Name {
		return "", "", "", "", errBadRequest("%q is not a spelling of %s other than its name", spelling, d.Name)
	}
	return "split", d.Name, spelling, entityBack(d.ID, "split"), nil
}

// reviewConflict records a verdict on a conflict, under its conflictKey.
func (s *Server) reviewConflict(r *http.Request, snap *view.Snapshot) (string, string, string, string, error) {
	id, verdict := r.PostFormValue("conflict"), r.PostFormValue("verdict")
	key := ""
	for _, c := range snap.Conflicts() {
		if c.ID == id {
			key = conflictKey(c)
		}
	}
	if key == "" {
		return "", "", "", "", errBadRequest("no conflict %q", id)
	}
	if !slices.Contains(verdicts, verdict) {
		return "", "", "", "", errBadRequest("verdict must be one of %s", strings.Join(verdicts, ", "))
	}
	return "reviewed", key, verdict, "/conflicts#" + url.PathEscape(id), nil
}

// conflictKey names a conflict by what it is — its kind and the places of its sides — rather
// than by its number, which a later cross-document pass may give to another conflict.
func conflictKey(c view.Conflict) string {
	var sides []string
	for _, sd := range c.Sides {
		sides = append(sides, fmt.Sprintf("%s:%d-%d", sd.Doc, sd.Start, sd.End))
	}
	slices.Sort(sides)
	return c.Kind + " " + strings.Join(sides, " ")
}

// reviews are the verdicts on the conflicts in the pins file, by conflict id, the last one for
// each conflict.
func (s *Server) reviews(conflicts []view.Conflict) (map[string]string, error) {
	out := map[string]string{}
	if s.opts.Pins == "" {
		return out, nil
	}
	p, err := pins.Load(s.opts.Pins)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	byKey := map[string]string{}
	for _, rv := range p.Reviewed {
		byKey[rv[0]] = rv[1]
	}
	for _, c := range conflicts {
		if v, ok := byKey[conflictKey(c)]; ok {
			out[c.ID] = v
		}
	}
	return out, nil
}

// sameOrigin reports whether a browser sent the request from this server's own page. Browsers
// say where a request comes from in Sec-Fetch-Site; older ones only in Origin, which is "null"
// under this server's no-referrer policy and so cannot tell, and is refused. A request with
// neither comes from a program, not from a page elsewhere.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		return site == "same-origin"
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}
