package main

import (
	"sync"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// langCache holds the language data of one --data folder once loaded.
type langCache struct {
	mu   sync.Mutex
	dir  string
	data *en.Data
}

// language returns the language data of --data, loaded on first use and kept for the command's
// stages and passes: they all read the same lists, and loading them takes about a tenth of a
// second, which a pass over a few new documents would pay twice. Safe for concurrent use.
func (a *app) language() (*en.Data, error) {
	c := &a.langs
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil || c.dir != a.data {
		d, err := en.Load(a.data)
		if err != nil {
			return nil, err
		}
		c.data, c.dir = d, a.data
	}
	return c.data, nil
}

// nameKeys returns the transliteration keys of the language data of --data, with every fold.
func (a *app) nameKeys() (*namekey.Keyer, error) {
	d, err := a.language()
	if err != nil {
		return nil, err
	}
	return namekey.NewFrom(d, namekey.All)
}
