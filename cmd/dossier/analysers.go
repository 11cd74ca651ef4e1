package main

import (
	"context"
	"runtime/debug"
	"sync"

	"github.com/dossier-project/dossier/pipeline"
)

// analysers holds the per-document stages (the tagger's, parser's and name recogniser's weights
// with the gazetteer and the other stages' data: about 56 MB of live heap, and some 150 MB more
// resident after loading them) only while documents are analysed. The cross-document pass does
// not read them, and on a large store it holds the most memory of a run: release lets them go
// before it, so that its peak is its own, and the next batch loads them again (about 0.6 s of
// processor time against some 30 s for a batch of 1,000 generated documents: 2%).
type analysers struct {
	load func() ([]pipeline.Stage, error)

	mu     sync.Mutex
	stages []pipeline.Stage
	users  int // holders of stages that have not called done
}

// acquire returns the stages, loading them when they are not held; the caller calls done once
// it no longer uses them. ctx may carry a hook that is shown the stages loaded (see withLoaded).
func (m *analysers) acquire(ctx context.Context) ([]pipeline.Stage, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stages == nil {
		// What a pass before freed is returned first, or the stages would be loaded on top of it.
		debug.FreeOSMemory()
		stages, err := m.load()
		if err != nil {
			return nil, err
		}
		if hook, ok := ctx.Value(loadedKey{}).(func([]pipeline.Stage)); ok {
			hook(stages)
		}
		m.stages = stages
	}
	m.users++
	return m.stages, nil
}

// done says that a caller of acquire no longer uses the stages.
func (m *analysers) done() {
	m.mu.Lock()
	m.users--
	m.mu.Unlock()
}

// release lets the stages go when no one uses them and returns their memory to the system, so
// that the cross-document pass runs without them; the next acquire loads them again. While
// documents are being analysed it does nothing.
func (m *analysers) release() {
	m.mu.Lock()
	if m.stages == nil || m.users > 0 {
		m.mu.Unlock()
		return
	}
	m.stages = nil
	m.mu.Unlock()
	// A collection alone leaves the freed spans resident until the background scavenger returns
	// them, slowly; the pass would then grow on top of them.
	debug.FreeOSMemory()
}

// loadedKey is the context key of the hook that sees the stages analysers load.
type loadedKey struct{}

// withLoaded returns ctx carrying a hook that is shown the stages each time analysers load them,
// so that tests can watch when they are let go.
func withLoaded(ctx context.Context, hook func([]pipeline.Stage)) context.Context {
	return context.WithValue(ctx, loadedKey{}, hook)
}
