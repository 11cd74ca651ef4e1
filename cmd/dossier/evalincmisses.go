package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/dossier-project/dossier/internal/evalsplit"
)

// incidentMiss is one development-half incident whose outlets' stated tolls differ and that no
// number conflict joins: its key and, for each of its documents, what the gold and the export
// say of the dead.
type incidentMiss struct {
	Incident string
	Docs     []incidentDoc
}

// incidentDoc is one document of a missed incident: its outlet, the toll the crowd counted, and
// the counts of the killed the export's events carry, each as written, in order.
type incidentDoc struct {
	File   string
	Outlet string
	Killed int
	Ours   []string
}

// incidentsGoldDocs is what the misses read of the incidents gold.
type incidentsGoldDocs struct {
	Documents map[string]struct {
		Outlet string `json:"outlet"`
		Killed int    `json:"killed"`
	} `json:"documents"`
	Incidents []struct {
		Incident string      `json:"incident"`
		Docs     []string    `json:"docs"`
		Differ   [][2]string `json:"differ"`
	} `json:"incidents"`
}

// incidentsExport is what the misses read of an export: documents, the figures of events, and
// the sides of conflicts.
type incidentsExport struct {
	Documents evalDocs `json:"documents"`
	Events    []struct {
		Doc     string `json:"doc"`
		Figures []struct {
			Counts string `json:"counts"`
			Text   string `json:"text"`
		} `json:"figures"`
	} `json:"events"`
	Conflicts []struct {
		Kind  string `json:"kind"`
		Sides []struct {
			Doc string `json:"doc"`
		} `json:"sides"`
	} `json:"conflicts"`
}

// missesIncidents lists, as score_incidents.py counts them, the incidents of the development
// half with a pair of documents whose stated tolls differ where no "number" conflict has sides
// in both documents of any such pair, in order of incident key. The held-out half is never
// read, so the list can be tuned on.
func missesIncidents(goldRaw, exportRaw []byte) ([]incidentMiss, error) {
	var gold incidentsGoldDocs
	if err := json.Unmarshal(goldRaw, &gold); err != nil {
		return nil, fmt.Errorf("incident misses: gold: %w", err)
	}
	var exp incidentsExport
	if err := json.Unmarshal(exportRaw, &exp); err != nil {
		return nil, fmt.Errorf("incident misses: export: %w", err)
	}
	file := exp.Documents.files()
	ours := map[string][]string{}
	for _, e := range exp.Events {
		for _, f := range e.Figures {
			if f.Counts == "killed" && !contains(ours[file[e.Doc]], f.Text) {
				ours[file[e.Doc]] = append(ours[file[e.Doc]], f.Text)
			}
		}
	}
	var joined []map[string]bool // the documents each number conflict has sides in
	for _, c := range exp.Conflicts {
		if c.Kind != "number" {
			continue
		}
		in := map[string]bool{}
		for _, s := range c.Sides {
			in[file[s.Doc]] = true
		}
		joined = append(joined, in)
	}
	var out []incidentMiss
	for _, inc := range gold.Incidents {
		if len(inc.Differ) == 0 || !evalsplit.IsDevelopment(inc.Incident) || anyPairJoined(inc.Differ, joined) {
			continue
		}
		m := incidentMiss{Incident: inc.Incident}
		for _, f := range inc.Docs {
			g := gold.Documents[f]
			m.Docs = append(m.Docs, incidentDoc{File: f, Outlet: g.Outlet, Killed: g.Killed, Ours: ours[f]})
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Incident < out[j].Incident })
	return out, nil
}

// anyPairJoined reports whether one of joined holds both documents of one of pairs.
func anyPairJoined(pairs [][2]string, joined []map[string]bool) bool {
	for _, p := range pairs {
		for _, in := range joined {
			if in[p[0]] && in[p[1]] {
				return true
			}
		}
	}
	return false
}

// printIncidentMisses writes the development-half incident misses of a set's export kept in dir:
// a line for each incident, then one for each of its documents with its outlet, the crowd's toll
// and the counts of the killed the export reads there.
func printIncidentMisses(w io.Writer, shared, dir string, set evalSet) error {
	goldRaw, exportRaw, err := missInputs(shared, dir, set)
	if err != nil {
		return err
	}
	misses, err := missesIncidents(goldRaw, exportRaw)
	if err != nil {
		return fmt.Errorf("eval %s: %w", set.name, err)
	}
	for _, m := range misses {
		fmt.Fprintf(w, "%s miss %s\n", set.name, m.Incident)
		for _, d := range m.Docs {
			fmt.Fprintf(w, "%s miss   %s %s killed %d got %q\n", set.name, d.File, d.Outlet, d.Killed, d.Ours)
		}
	}
	fmt.Fprintf(w, "%s development misses: %d\n", set.name, len(misses))
	return nil
}

// printMisses lists the development-half misses of a set with halves when misses is set: time
// expressions for sets scored by score.py, whose gold alone has them, and incidents for the
// incidents gold.
func (a *app) printMisses(misses bool, shared, dir string, set evalSet) error {
	switch {
	case !misses:
		return nil
	case set.scorer == "eval/score.py":
		return printTimexMisses(a.stdout, shared, dir, set)
	case set.scorer == "eval/score_incidents.py":
		return printIncidentMisses(a.stdout, shared, dir, set)
	}
	return nil
}
