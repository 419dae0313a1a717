package sim

import (
	"time"
)

// The wall clock is no budget of the dry run: what a run measures and
// reports is decided by counted work only (optimizer steps per training
// call site, timer and frame callbacks, tf API calls, call depth,
// materialized elements), so a slow or loaded machine gets the same
// findings as a fast one. The wall clock is a safety net for scripts that
// spin without doing any counted work (a busy `while (true) {}`, a promise
// chain that never yields): when it expires the run ends with a note that
// says so and names the machine's speed as the cause. This file is the
// only one of the simulator that reads the time; TestOnlySafetyNetReadsTime
// keeps it so.

// clock is the wall clock as the safety net uses it.
type clock interface {
	// AfterFunc calls f once d has passed; the returned func cancels it.
	AfterFunc(d time.Duration, f func()) (stop func() bool)
}

// realClock is the machine's clock.
type realClock struct{}

func (realClock) AfterFunc(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }

// armSafetyNet starts the wall-clock safety net of the run.
func (r *run) armSafetyNet() {
	c := r.opts.clock
	if c == nil {
		c = realClock{}
	}
	r.disarm = c.AfterFunc(r.opts.Timeout, func() {
		r.safetyNet.Store(true)
		r.interrupt(safetyNetReason(r.opts.Timeout))
	})
}

// safetyNetReason is the note of a run the safety net ended.
func safetyNetReason(d time.Duration) string {
	return "time limit: the wall-clock safety net (" + d.String() + ") ended the run before any work budget did: the script kept running without training, " +
		"timers or tf calls, or this machine is too slow for it; what was measured until then is reported, and it depends on the machine " +
		"(raise sim.timeout or --sim-timeout)"
}
