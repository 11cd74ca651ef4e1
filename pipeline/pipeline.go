// Package pipeline runs the per-document stages over a bounded pool of workers and stores what
// they find in batches. A page that fails — unreadable, no article, a stage error, even a panic —
// is recorded with its reason and the run goes on; what is already stored is never touched.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
)

// Stage adds what it finds in one document to its analysis. Stages run in order, each seeing
// what the ones before it added, and must be safe for concurrent use.
type Stage interface {
	Analyze(a *dossier.Analysis) error
}

// Store is the part of dossier.Store that ingestion writes to.
type Store interface {
	Has(ctx context.Context, id string) (bool, error)
	Put(ctx context.Context, batch []*dossier.Analysis) ([]bool, error)
	PutFailures(ctx context.Context, fs []dossier.Failure) error
}

// Pipeline is the configuration of an ingestion run.
type Pipeline struct {
	Extract   func(*dossier.Page) (dossier.Document, error)
	Stages    []Stage
	Workers   int // 0 means one per CPU
	BatchSize int // documents per store transaction; 0 means 64
	// MaxInput and MaxText limit what is analysed of one page: the bytes of its body extracted and
	// the bytes of clean text the stages read. Longer pages are cut (see Summary.Cut). 0 means
	// DefaultMaxInput and DefaultMaxText, a negative value no limit.
	MaxInput, MaxText int
}

// Summary counts what a run did.
type Summary struct {
	Read      int               // inputs handled: stored + unchanged + failed
	Stored    int               // new documents stored
	Unchanged int               // documents already stored (same content)
	Failed    []dossier.Failure // inputs that could not be made into documents, with the reason
	// Cut lists the documents stored that were longer than the per-page limits of analysis and
	// were cut, with the reason; they count as stored (or unchanged) too.
	Cut []dossier.Failure
	// NotEnglish counts, by detected language, the new documents stored without the stages that
	// read English only (see StagesLanguage); they count as stored too.
	NotEnglish Languages
}

// Tick reports one input handled, for progress display.
type Tick struct {
	Bytes int64
}

type result struct {
	analysis  *dossier.Analysis
	unchanged bool
	failure   *dossier.Failure
	cut       *dossier.Failure
	skipped   bool // the stages that read English only did not run: the document is in another language
	bytes     int64
}

// Run reads pages with read, analyses them and stores them. progress, when not nil, is called
// once for every input handled, from one goroutine. The error is about the run as a whole (the
// store failing, ctx cancelled); failures of single inputs are in the summary.
func (p *Pipeline) Run(ctx context.Context, store Store, read func(ctx context.Context, fn func(ingest.Item) error) error, progress func(Tick)) (Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	items := make(chan ingest.Item, workers*2)
	results := make(chan result, workers*2)

	var readErr error
	go func() {
		defer close(items)
		readErr = read(ctx, func(it ingest.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r := p.handle(ctx, store, it)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	sum, err := p.collect(ctx, store, results, progress)
	if err != nil {
		cancel()
		for range results {
		}
		return sum, err
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return sum, fmt.Errorf("read inputs: %w", readErr)
	}
	return sum, ctx.Err()
}

// collect batches results into the store and counts them.
func (p *Pipeline) collect(ctx context.Context, store Store, results <-chan result, progress func(Tick)) (Summary, error) {
	size := p.BatchSize
	if size <= 0 {
		size = 64
	}
	var (
		sum      Summary
		batch    []*dossier.Analysis
		skipped  []bool // for each of batch: whether the English stages did not run
		failures []dossier.Failure
	)
	flush := func() error {
		if len(batch) > 0 {
			fresh, err := store.Put(ctx, batch)
			if err != nil {
				return fmt.Errorf("store documents: %w", err)
			}
			for i, f := range fresh {
				if f {
					sum.Stored++
					sum.countSkipped(batch[i], skipped[i])
				} else {
					sum.Unchanged++
				}
			}
			batch, skipped = batch[:0], skipped[:0]
		}
		if len(failures) > 0 {
			if err := store.PutFailures(ctx, failures); err != nil {
				return fmt.Errorf("store failures: %w", err)
			}
			failures = failures[:0]
		}
		return nil
	}
	for r := range results {
		switch {
		case r.failure != nil:
			sum.Failed = append(sum.Failed, *r.failure)
			failures = append(failures, *r.failure)
		case r.unchanged:
			sum.Unchanged++
		default:
			batch = append(batch, r.analysis)
			skipped = append(skipped, r.skipped)
		}
		if r.cut != nil && r.failure == nil {
			sum.Cut = append(sum.Cut, *r.cut)
		}
		sum.Read++
		if progress != nil {
			progress(Tick{Bytes: r.bytes})
		}
		if len(batch) >= size || len(failures) >= size {
			if err := flush(); err != nil {
				return sum, err
			}
		}
	}
	return sum, flush()
}

// countSkipped counts a stored document in NotEnglish when the English stages did not run over it.
func (s *Summary) countSkipped(a *dossier.Analysis, skipped bool) {
	if !skipped {
		return
	}
	if s.NotEnglish == nil {
		s.NotEnglish = Languages{}
	}
	s.NotEnglish[a.Doc.Language]++
}

// handle turns one item into a result, recovering from a panic in any stage.
func (p *Pipeline) handle(ctx context.Context, store Store, it ingest.Item) (r result) {
	r.bytes = it.Bytes
	if it.Err != nil {
		r.failure = &dossier.Failure{File: it.Err.File, Reason: it.Err.Err.Error()}
		return r
	}
	page := it.Page
	defer func() {
		if v := recover(); v != nil {
			r = result{bytes: it.Bytes, failure: &dossier.Failure{File: page.File,
				Reason: fmt.Sprintf("internal error: %v\n%s", v, debug.Stack())}}
		}
	}()
	id := extract.ID(page)
	seen, err := store.Has(ctx, id)
	if err != nil {
		r.failure = &dossier.Failure{File: page.File, Reason: fmt.Sprintf("look up in store: %v", err)}
		return r
	}
	if seen {
		r.unchanged = true
		return r
	}
	var cuts []string
	bounded, why := p.cutPage(page)
	if why != "" {
		cuts = append(cuts, why)
	}
	doc, err := p.Extract(bounded)
	if err != nil {
		var ie *dossier.InputError
		reason := err.Error()
		if errors.As(err, &ie) {
			reason = ie.Err.Error()
		}
		r.failure = &dossier.Failure{File: page.File, Reason: reason}
		return r
	}
	doc.ID = id // the whole page's, so that it is known as stored however it was cut
	if doc.Cut != "" {
		cuts = append(cuts, doc.Cut)
	}
	if why := p.cutText(&doc); why != "" {
		cuts = append(cuts, why)
	}
	if len(cuts) > 0 {
		r.cut = &dossier.Failure{File: page.File, Reason: strings.Join(cuts, "; ")}
	}
	a := &dossier.Analysis{Doc: doc}
	stages := p.stagesFor(&doc)
	r.skipped = !readsLanguage(doc.Language)
	for _, s := range stages {
		if err := s.Analyze(a); err != nil {
			var named any = s
			if l, ok := s.(languageFree); ok {
				named = l.s
			}
			r.failure = &dossier.Failure{File: page.File, Reason: fmt.Sprintf("%T: %v", named, err)}
			return r
		}
	}
	r.analysis = a
	return r
}
