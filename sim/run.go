package sim

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shim"
)

// run is the state of one simulation.
type run struct {
	opts  Options
	file  string
	rt    *sobek.Runtime
	shim  *shim.Shim
	tasks *async.Group
	loop  *loop
	mods  *loader

	stopped    atomic.Bool // a budget or Stop ended the run
	safetyNet  atomic.Bool // the wall-clock safety net ended it
	disarm     func() bool
	stopReason atomic.Pointer[string]
	reason     string // why the run is incomplete ("" when complete)
	reasonAt   *Position
	notes      []string  // what the run did not simulate faithfully, in order
	noteAt     *Position // where the first note arose

	steps     []Memory
	stepsAt   []stepAt         // the training call and epoch of each step
	siteSteps map[string]int   // optimizer steps per training call site
	ops       int              // tf API calls of the script
	work      int              // loop iterations and function calls of the script (work.go)
	lastOp    sobek.StackFrame // the user's frame of the latest tf operation
	hasLastOp bool
	reached   []Position // training call sites reached, in order
	firing    int        // UI handler firings so far (driveEvents)
	inEvents  bool       // driveEvents is measuring UI events
	reachedAt map[string]bool
	history   []map[*engine.Site]engine.SiteCount
	peakStep  int64
	peakAt    *Position
	window    bool
	baseline  int64
	skipped   int       // training calls skipped by the step budget
	planned   int       // most steps a training call of the current handler makes (driveEvents)
	skippedAt *Position // the first one

	materialized int
	sites        map[siteKey]*engine.Site
	shapeErrs    []pendingShapeError
	rejected     []*sobek.Promise
	stubs        *sobek.Object
	exited       bool
	pending      []*sobek.Promise
	uncaught     []error
	afterSkip    map[any]bool // errors and rejections that came after a skipped training call
	skipThrew    string       // the first of them: a consequence of the skip, not of the script
	saves        []Save
	console      []string
	report       *Report

	browser bool        // the run has the page stand-ins (installBrowser)
	wheres  []*Position // where handlers were registered (host.where)
	inline  []inlineHandler
	// external are a page's scripts that did not run: remote URLs and
	// local library builds; notLoaded the local ones that could not be
	// read, with why.
	external  []string
	notLoaded []string
	scripts   []string // the local scripts a page ran
	standIns  []string // the stand-in globals the page read, in order
	events    eventLog

	// The project's data files the run read (files.go), and what it wrote,
	// in memory only.
	dataBytes int64
	dataRead  []string
	written   map[string][]byte
}

// Run simulates the script in file and reports what it measured. It never
// panics: a failure of the simulator itself ends the run as incomplete.
func Run(file string, opts Options) (rep *Report) {
	r := &run{file: file, opts: opts.withDefaults(file), sites: map[siteKey]*engine.Site{}, siteSteps: map[string]int{}}
	r.report = &Report{File: file}
	defer func() {
		if p := recover(); p != nil {
			r.incomplete(fmt.Sprintf("internal simulator error: %v", p), nil)
			if os.Getenv("TFJSLINT_SIM_DEBUG") != "" {
				fmt.Fprintf(os.Stderr, "sim panic: %v\n%s", p, debug.Stack())
			}
			rep = r.finish()
		}
	}()
	src := r.opts.Source
	if src == nil {
		var err error
		if src, err = os.ReadFile(file); err != nil {
			r.incomplete("cannot read "+file+": "+err.Error(), nil)
			return r.finish()
		}
	}
	r.setup()
	defer func() {
		if r.disarm != nil {
			r.disarm()
		}
	}()
	r.execute(src)
	return r.finish()
}

func (r *run) setup() {
	r.rt = sobek.New()
	r.rt.SetMaxCallStackSize(r.opts.MaxStack)
	r.loop = newLoop(r)
	seed := r.opts.Seed
	rng := newRand(seed)
	r.rt.SetRandSource(rng.Float64)
	r.rt.SetTimeSource(func() time.Time { return virtualEpoch.Add(time.Duration(r.loop.now * float64(time.Millisecond))) })
	r.rt.SetPromiseRejectionTracker(r.trackRejection)
	r.tasks = async.NewGroup(r.rt, shim.InternalPrefix+"async.js")
	r.shim = shim.New(r.rt, (*host)(r), seed)
	r.shim.E.OnGradients = r.openWindow
	r.mods = newLoader(r)
	r.installGlobals()
	r.installWork()
	r.armSafetyNet()
}

// interrupt ends the run from any goroutine.
func (r *run) interrupt(reason string) {
	if r.stopped.CompareAndSwap(false, true) {
		r.stopReason.Store(&reason)
		r.rt.Interrupt(&stopSignal{reason: reason})
	}
}

// stopSignal is the value Runtime.Interrupt carries.
type stopSignal struct{ reason string }

func (s *stopSignal) Error() string { return s.reason }

// incomplete records the first reason the run is not complete.
func (r *run) incomplete(reason string, at *Position) {
	if r.reason == "" {
		r.reason, r.reasonAt = reason, at
	}
}

// execute runs the entry file and then the event loop until it settles.
func (r *run) execute(src []byte) {
	err := r.mods.runEntry(r.file, src)
	r.handleTopError(err)
	if !r.browser {
		r.loop.drain()
		r.driveEvents()
	} else {
		// A page's handlers are clicked even while an interval it started
		// keeps running; what is left runs to its end (or budget) after.
		r.loop.drainUpTo(idleCallbacks)
		r.driveEvents()
		r.loop.drain()
	}
	r.tasks.Abort()
}

// handleTopError records an error that ended a script, task or callback.
func (r *run) handleTopError(err error) {
	if err == nil {
		return
	}
	var ie *sobek.InterruptedError
	if errors.As(err, &ie) {
		at := stackPosition(ie.String())
		if s, ok := ie.Value().(*stopSignal); ok {
			r.incomplete(s.reason, at)
			return
		}
		r.incomplete(fmt.Sprint(ie.Value()), at)
		return
	}
	var so *sobek.StackOverflowError
	if errors.As(err, &so) {
		r.incomplete(fmt.Sprintf("call-depth budget of %d frames reached", r.opts.MaxStack), stackPosition(so.String()))
		return
	}
	r.uncaught = append(r.uncaught, err)
	r.markAfterSkip(err)
}

// markAfterSkip remembers that key (an error or a rejected promise) came
// after the step budget skipped a training call: the script may have failed
// on what the skipped call returned.
func (r *run) markAfterSkip(key any) {
	if r.skipped == 0 {
		return
	}
	if r.afterSkip == nil {
		r.afterSkip = map[any]bool{}
	}
	r.afterSkip[key] = true
}

// virtualEpoch is what Date.now() reads when the run starts.
var virtualEpoch = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// relPath shortens a path for reports.
func relPath(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil && !filepath.IsAbs(rel) && len(rel) < len(p) {
			return rel
		}
	}
	return p
}
