package lsp

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// lintResult is one lint of one version of a document.
type lintResult struct {
	version, gen int
	text         *text
	files        []string          // every file the lint read
	sources      map[string][]byte // their contents, for related places
	findings     []lint.Finding    // the document's, static rules only
	refused      *lint.Skipped     // not linted: generated, too large, binary
	ignored      string            // not linted, silently: why a project run leaves it out
	loads        []string          // the files it loads
	err          error             // the lint failed (an internal error)
}

// lintJob is what a lint needs, copied under the lock.
type lintJob struct {
	uri          DocumentURI
	path         string
	version, gen int
	text         *text
	overlay      map[string][]byte
	cfg          *rules.Config
	root         string
	importers    []string // files that load it, linted with it
}

// touchLocked marks d as needing a lint and schedules it after delay: the
// debounce, which a newer edit restarts, so that only the last of a burst
// of edits is linted.
func (s *Server) touchLocked(d *document, delay time.Duration) {
	d.gen++
	if d.lintStop != nil {
		d.lintStop() // the running lint reads old text: a waste of the core
		d.lintStop = nil
	}
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	if delay <= 0 {
		s.lints.pushLocked(d.uri)
		return
	}
	d.timer = time.AfterFunc(delay, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.docs[d.uri] == d {
			s.lints.pushLocked(d.uri)
		}
	})
}

// workQueue holds the documents waiting for one worker, each once, in
// the order they were asked for; s.mu guards it.
type workQueue struct {
	uris   []DocumentURI
	queued map[DocumentURI]bool
	kick   chan struct{} // wakes the worker
}

func newWorkQueue() *workQueue {
	return &workQueue{queued: map[DocumentURI]bool{}, kick: make(chan struct{}, 1)}
}

func (q *workQueue) pushLocked(uri DocumentURI) {
	if !q.queued[uri] {
		q.queued[uri] = true
		q.uris = append(q.uris, uri)
	}
	select {
	case q.kick <- struct{}{}:
	default:
	}
}

func (q *workQueue) popLocked() (DocumentURI, bool) {
	if len(q.uris) == 0 {
		return "", false
	}
	uri := q.uris[0]
	q.uris = q.uris[1:]
	delete(q.queued, uri)
	return uri, true
}

// work runs step for each document q is given, one at a time, until ctx
// ends: so that a burst of edits to many files never runs more than one
// lint (and one dry run) at once. step takes s.mu itself.
func (s *Server) work(ctx context.Context, q *workQueue, step func(DocumentURI)) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-q.kick:
		}
		for ctx.Err() == nil {
			s.mu.Lock()
			uri, ok := q.popLocked()
			s.mu.Unlock()
			if !ok {
				break
			}
			step(uri)
		}
	}
}

// lintOne runs the static lint of a document that needs one.
func (s *Server) lintOne(uri DocumentURI) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil || !d.lintable || (d.result != nil && d.result.gen == d.gen) {
		s.mu.Unlock()
		return
	}
	job := s.jobLocked(d)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	d.lintStop = stop
	s.mu.Unlock()

	s.traced("lint", uri, job.version)
	res := s.runStatic(ctx, job)

	s.mu.Lock()
	// A newer edit (or a close) stopped or outdated it: its own lint is
	// scheduled.
	stale := s.docs[uri] != d || d.gen != job.gen
	if res.err == nil && res.refused == nil && res.ignored == "" {
		s.importersChangedLocked(s.imports.set(job.path, res.loads))
	}
	if !stale {
		d.lintStop = nil
		if res.ignored != "" && (d.result == nil || d.result.ignored != res.ignored) {
			s.logfLocked(MessageInfo, "tfjslint: not linting %s: %s", d.path, res.ignored)
		}
		d.result = res
		d.seq = s.nextSeqLocked()
		close(d.ready)
		d.ready = make(chan struct{})
		s.deliverLocked(d)
		if s.pull && d.external {
			s.refreshLocked()
		}
		d.external = false
	}
	s.mu.Unlock()
	switch {
	case stale && errors.Is(res.err, context.Canceled):
		s.traced("lint-cancelled", uri, job.version)
	case stale:
		s.traced("lint-stale", uri, job.version)
	default:
		s.traced("lint-done", uri, job.version)
	}
}

// jobLocked snapshots what a lint of d reads: its text, the other open
// buffers (which win over the disk), its config.
func (s *Server) jobLocked(d *document) lintJob {
	overlay := make(map[string][]byte, len(s.docs))
	for _, o := range s.docs {
		if o.lintable {
			overlay[o.path] = o.text.bytes()
		}
	}
	_, st := s.configs.lookup(d.path)
	s.announceConfigsLocked()
	root := s.folderOfLocked(d.path)
	return lintJob{
		uri: d.uri, path: d.path, version: d.version, gen: d.gen, text: d.text,
		overlay: overlay, cfg: st.cfg, root: root, importers: s.importersLocked(d, root),
	}
}

// runStatic lints a document with the static rules (no dry run): what
// runs on every change.
func (s *Server) runStatic(ctx context.Context, job lintJob) *lintResult {
	cfg := *job.cfg
	cfg.Sim.Enabled = false
	res := s.run(ctx, job, &cfg, false)
	res.findings = slices.DeleteFunc(res.findings, isSim)
	return res
}

// run lints job's document with cfg, with the files it loads; a panic or
// an error becomes the result's err, never the server's end.
func (s *Server) run(ctx context.Context, job lintJob, cfg *rules.Config, simOnly bool) (res *lintResult) {
	res = &lintResult{version: job.version, gen: job.gen, text: job.text, files: []string{job.path}}
	defer func() {
		if r := recover(); r != nil {
			res.err = fmt.Errorf("internal error: %v", r)
			res.findings = nil
			s.logf(MessageError, "tfjslint: linting %s: %v\n%s", job.path, r, debug.Stack())
		}
	}()
	src := job.overlay[job.path]
	// What a run over the project leaves out shows nothing, not even a
	// refusal, as ESLint's editor integrations do with ignored files.
	if why := lint.WalkSkips(job.path, job.root, cfg); why != "" {
		res.ignored = why
		return res
	}
	if skipped, refused := lint.CheckBuffer(job.path, src, cfg); refused {
		res.refused = &skipped
		return res
	}
	r, err := lint.RunContext(ctx, append([]string{job.path}, job.importers...), lint.Options{
		Config: cfg, Overlay: job.overlay, Root: job.root, FollowImports: s.opts.MaxProjectFiles, SimOnly: simOnly,
	})
	if err != nil {
		res.err = err
		if ctx.Err() == nil {
			s.logf(MessageError, "tfjslint: linting %s: %v", job.path, err)
		}
		return res
	}
	res.files = r.Files
	res.sources = r.Sources
	res.findings = r.FindingsOf(job.path)
	res.loads = sourceLoads(r.Graph)[job.path]
	return res
}

func isSim(f lint.Finding) bool {
	r, _ := rules.Lookup(f.Rule)
	return r.Sim
}

// simOne runs the dry run of a saved document in the background and
// merges its findings into the document's diagnostics.
func (s *Server) simOne(uri DocumentURI) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil || !d.lintable {
		s.mu.Unlock()
		return
	}
	job := s.jobLocked(d)
	d.simBase, d.edits = d.version, nil
	ctx, stop := context.WithCancel(context.Background())
	d.simStop = stop
	s.mu.Unlock()

	s.traced("sim", uri, job.version)
	var found []lint.Finding
	if job.cfg.Sim.Enabled {
		// The static findings of this text are shown already: only the
		// dry run runs, so that a save does not lint the file twice.
		res := s.run(ctx, job, job.cfg, true)
		found = slices.DeleteFunc(res.findings, func(f lint.Finding) bool { return !isSim(f) })
	}
	cancelled := ctx.Err() != nil
	stop()

	s.mu.Lock()
	// Closed, or saved again: that save's dry run follows.
	stale := s.docs[uri] != d || cancelled
	if !stale {
		s.mergeSimLocked(d, found)
	}
	s.mu.Unlock()
	if stale {
		s.traced("sim-cancelled", uri, job.version)
	} else {
		s.traced("sim-done", uri, job.version)
	}
}

// mergeSimLocked shows a dry run's findings, moved by the edits made while
// it ran.
func (s *Server) mergeSimLocked(d *document, found []lint.Finding) {
	d.simStop = nil
	for _, e := range d.edits {
		found = shiftFindings(found, d.path, e)
	}
	d.sim, d.simBase, d.edits = found, -1, nil
	d.seq = s.nextSeqLocked()
	if d.result != nil && d.result.gen == d.gen {
		s.deliverLocked(d)
	} // else the pending static lint delivers both
	if s.pull {
		s.refreshLocked()
	}
}

func (s *Server) nextSeqLocked() int {
	s.seqCounter++
	return s.seqCounter
}

// deliverLocked pushes d's diagnostics to a client that does not pull.
func (s *Server) deliverLocked(d *document) {
	if s.pull {
		return
	}
	diags := d.viewLocked().diagnostics(s.encoding)
	version := d.version
	seq := d.seq
	go s.publish(d.uri, diags, &version, seq)
}

// publish sends diagnostics unless newer ones were sent already (the
// static and the dry-run workers both publish).
func (s *Server) publish(uri DocumentURI, diags []Diagnostic, version *int, seq int) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	if seq >= 0 {
		if seq < s.pubSeqs[uri] {
			return
		}
		s.pubSeqs[uri] = seq
	}
	if diags == nil {
		diags = []Diagnostic{}
	}
	if err := s.conn.Notify(context.Background(), "textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Version: version, Diagnostics: diags}); err != nil {
		s.logf(MessageLog, "tfjslint: publishing diagnostics: %v", err)
	}
}

// refreshLocked asks a pulling client to pull again, when it can be asked:
// after a dry run, a config reload or a change to an imported file.
func (s *Server) refreshLocked() {
	if !s.refresh {
		return
	}
	go func() {
		if err := s.conn.Call(context.Background(), "workspace/diagnostic/refresh", nil, nil); err != nil {
			s.logf(MessageLog, "tfjslint: workspace/diagnostic/refresh: %v", err)
		}
	}()
}

// view is a document with a lint result fresh for its text.
type view struct {
	uri      DocumentURI
	path     string
	text     *text
	res      *lintResult
	findings []lint.Finding // static then dry run, by position
	seq      int
}

// fresh waits until the document's lint result matches its current text
// (the debounce and the lint, at most), or ctx is cancelled.
func (s *Server) fresh(ctx context.Context, uri DocumentURI) (*view, error) {
	for {
		s.mu.Lock()
		d := s.docs[uri]
		if d == nil || !d.lintable {
			s.mu.Unlock()
			return nil, nil
		}
		if d.result != nil && d.result.gen == d.gen {
			v := d.viewLocked()
			s.mu.Unlock()
			return v, nil
		}
		ch := d.ready
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// viewLocked snapshots d with its last lint result.
func (d *document) viewLocked() *view {
	return &view{uri: d.uri, path: d.path, text: d.text, res: d.result, seq: d.seq, findings: d.allFindings()}
}

func (d *document) allFindings() []lint.Finding {
	all := append(slices.Clone(d.result.findings), d.sim...)
	slices.SortStableFunc(all, func(a, b lint.Finding) int {
		return cmp.Or(cmp.Compare(a.Range.Start.Offset, b.Range.Start.Offset), cmp.Compare(a.Rule, b.Rule))
	})
	return all
}
