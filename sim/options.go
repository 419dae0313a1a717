package sim

import (
	"path/filepath"
	"time"
)

// Options are the budgets and inputs of a run. Zero values take the
// defaults.
type Options struct {
	// Root is the project root: relative imports outside it do not load.
	// Default: the directory of the entry file.
	Root string
	// Source is the entry file's content; nil reads it from disk.
	Source []byte
	// Steps is the optimizer step budget of each training call site (fit,
	// fitDataset, trainOnBatch, minimize, applyGradients; default 50). Once
	// a site's is reached, its training calls return at once; other sites
	// keep theirs, so a late fine-tuning loop is not starved by an earlier
	// fit.
	Steps int
	// MaxOps is the budget of the script's tf API calls (default 2,000,000): a script
	// that keeps computing without training ends there.
	MaxOps int
	// MaxWork is the budget of the script's own JavaScript work, in loop
	// iterations and function calls (default 20,000,000; work.go).
	MaxWork int
	// Timeout is the wall-clock safety net (default 5m). It decides no
	// result: every budget above counts work. A run it ends says so.
	Timeout time.Duration
	// MaxStack is the JavaScript call depth budget (default 2000).
	MaxStack int
	// MaxFrames is the requestAnimationFrame budget (default 600).
	MaxFrames int
	// MaxElements caps the values readbacks materialize (default 1<<24).
	MaxElements int
	// Seed fixes Math.random and shuffles (default 1).
	Seed uint64

	// clock is the safety net's wall clock (tests give a fake one); onOp
	// and onWork, when set, are called on every tf call and every counted
	// loop iteration or function call of the script (tests slow the run
	// down with them).
	clock  clock
	onOp   func()
	onWork func()
}

const (
	defaultSteps       = 50
	defaultMaxOps      = 2000000
	defaultMaxWork     = 20000000
	defaultTimeout     = 5 * time.Minute
	defaultMaxStack    = 2000
	defaultMaxFrames   = 600
	defaultMaxElements = 1 << 24
	// skippedLimit is how many training calls may return at once after the
	// step budget before the run stops: a script that trains forever.
	skippedLimit = 200
	// maxCallbacks bounds the timer and frame callbacks of one run.
	maxCallbacks = 200000
	// idleCallbacks is how many timer and frame callbacks a page with UI
	// handlers runs after loading and after each firing before the next
	// firing, when its timers never run out.
	idleCallbacks = 5000
	// finishCallbacks is how many more a firing whose async handler has
	// not settled by then (an awaited training or game loop) gets to
	// finish before its growth is left unmeasured.
	finishCallbacks = 50000
)

func (o Options) withDefaults(file string) Options {
	if o.Root == "" {
		o.Root = filepath.Dir(file)
	}
	if o.Steps <= 0 {
		o.Steps = defaultSteps
	}
	if o.MaxOps <= 0 {
		o.MaxOps = defaultMaxOps
	}
	if o.MaxWork <= 0 {
		o.MaxWork = defaultMaxWork
	}
	if o.Timeout <= 0 {
		o.Timeout = defaultTimeout
	}
	if o.MaxStack <= 0 {
		o.MaxStack = defaultMaxStack
	}
	if o.MaxFrames <= 0 {
		o.MaxFrames = defaultMaxFrames
	}
	if o.MaxElements <= 0 {
		o.MaxElements = defaultMaxElements
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}
