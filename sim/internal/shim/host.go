package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Host is what the shim needs from the simulator running it.
type Host interface {
	// Site is the allocation site for op called now: the innermost frame
	// of the user's code on the JavaScript stack.
	Site(op string) *engine.Site
	// Note records that the run is not faithful from here on (an API the
	// simulator does not simulate); the run goes on.
	Note(reason string)
	// Stop ends the run now (network access, a budget), with reason.
	Stop(reason string)
	// Step is called after each optimizer step, with the user's call that
	// trained (fit, minimize, ...).
	Step(site *engine.Site)
	// Training reports whether the step budget of the user's training call
	// at site (fit, minimize, ...) allows more steps.
	Training(site *engine.Site) bool
	// Skipped is called when the training call at site returns at once
	// because its step budget is spent.
	Skipped(api string, site *engine.Site)
	// Planned tells how many optimizer steps a training call starting now
	// makes in real tfjs (epochs × batches), whatever the budget lets run.
	Planned(steps int)
	// Tasks runs the async APIs.
	Tasks() *async.Group
	// Materialize is asked before values for n elements are made
	// (dataSync, arraySync, ...); false refuses them.
	Materialize(n int) bool
	// ShapeError records an error tfjs would throw because of shapes.
	ShapeError(err *engine.Error, site *engine.Site)
	// Now is the virtual clock, in milliseconds.
	Now() float64
	// NextFrame is a promise that resolves at the next animation frame.
	NextFrame() sobek.Value
	// Print records console output of tfjs itself (summary, print).
	Print(line string)
	// Saved records model.save(destination).
	Saved(m *Model, dest string, site *engine.Site)
	// ReadData reads the project's file a URL names (relative, root-
	// relative or file://), read-only; remote is true, and nothing read,
	// for a URL of the network.
	ReadData(url string) (text string, remote bool, err error)
}
