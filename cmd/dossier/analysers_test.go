package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/timex"
)

// stageWatch counts the per-document stages loaded and those the collector has found unreachable.
type stageWatch struct {
	mu           sync.Mutex
	loaded, gone int
	unknown      []string // stages of types it cannot watch
}

// watch attaches a cleanup to each of stages, which the collector runs once it is unreachable.
func (w *stageWatch) watch(stages []pipeline.Stage) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, s := range stages {
		w.loaded++
		switch s := s.(type) {
		case *syntax.Stage:
			runtime.AddCleanup(s, w.collected, 0)
		case *entity.Finder:
			runtime.AddCleanup(s, w.collected, 0)
		case *timex.Tagger:
			runtime.AddCleanup(s, w.collected, 0)
		case *event.Extractor:
			runtime.AddCleanup(s, w.collected, 0)
		case *claim.Reader:
			runtime.AddCleanup(s, w.collected, 0)
		default:
			w.unknown = append(w.unknown, fmt.Sprintf("%T", s))
		}
	}
}

func (w *stageWatch) collected(int) {
	w.mu.Lock()
	w.gone++
	w.mu.Unlock()
}

// held collects until every stage loaded so far is found unreachable, or a while has passed,
// and returns how many stay reachable.
func (w *stageWatch) held() int {
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		w.mu.Lock()
		left := w.loaded - w.gone
		w.mu.Unlock()
		if left == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestPassWithoutStages runs ingest and bench --docs and wants every per-document stage loaded
// (the tagger's and parser's weights with them) to be unreachable when each cross-document pass
// has its results: the pass must not keep them resident beside what it holds.
func TestPassWithoutStages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "examples", "wadi-samra", "0*"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("example pages: %v %v", pages, err)
	}
	tests := []struct {
		name   string
		args   []string
		passes int // passes wanted, each after a load of the stages
	}{
		{"ingest", append([]string{"ingest"}, pages...), 1},
		{"bench in batches", []string{"bench", "--docs", "12", "--batch", "5", "-j", "2", "--shared", testshared.Dir(t)}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &stageWatch{}
			var passes int
			var held []int
			ctx := withLoaded(withHalt(context.Background(), func(point string) {
				if point == "pass" {
					passes++
					held = append(held, w.held())
				}
			}), w.watch)
			args := append([]string{"--db", filepath.Join(t.TempDir(), "d.db"), "-q"}, tt.args...)
			var stderr strings.Builder
			if code := runContext(ctx, args, io.Discard, &stderr); code != 0 {
				t.Fatalf("dossier %s: exit status %d\n%s", strings.Join(tt.args, " "), code, stderr.String())
			}
			if len(w.unknown) > 0 {
				t.Fatalf("stages this test cannot watch: %v", w.unknown)
			}
			if passes != tt.passes || w.loaded != tt.passes*5 {
				t.Fatalf("%d passes after %d stages loaded, want %d passes after %d", passes, w.loaded, tt.passes, tt.passes*5)
			}
			for i, n := range held {
				if n != 0 {
					t.Errorf("pass %d: %d stages still reachable", i+1, n)
				}
			}
		})
	}
}
