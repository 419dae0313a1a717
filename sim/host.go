package sim

import (
	"errors"
	"math/rand/v2"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shim"
)

// host is the run as the shim sees it (shim.Host).
type host run

var _ shim.Host = (*host)(nil)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)) }

// siteKey identifies an allocation site: a stack frame and the API.
type siteKey struct {
	frame sobek.StackFrame
	op    string
}

// userFrame is the innermost frame of the script's own code.
func (h *host) userFrame() (sobek.StackFrame, bool) {
	var buf [12]sobek.StackFrame
	for _, f := range h.rt.CaptureCallStack(len(buf), buf[:0]) {
		name := f.SrcName()
		if name == "<native>" || strings.HasPrefix(name, shim.InternalPrefix) {
			continue
		}
		return f, true
	}
	return sobek.StackFrame{}, false
}

func (h *host) Site(op string) *engine.Site {
	(*run)(h).countOp()
	f, ok := h.userFrame()
	if !ok {
		return h.shim.InternalSite(op)
	}
	h.lastOp, h.hasLastOp = f, true
	k := siteKey{frame: f, op: op}
	if s := h.sites[k]; s != nil {
		return s
	}
	s := &engine.Site{Op: op, Where: f}
	h.sites[k] = s
	return s
}

// position resolves a site to a file position.
func position(s *engine.Site) *Position {
	if s == nil {
		return nil
	}
	f, ok := s.Where.(sobek.StackFrame)
	if !ok {
		return nil
	}
	p := f.Position()
	if p.Line == 0 {
		return nil
	}
	return &Position{File: f.SrcName(), Line: p.Line, Column: p.Column}
}

func (h *host) here() *Position {
	f, ok := h.userFrame()
	if !ok {
		return nil
	}
	p := f.Position()
	return &Position{File: f.SrcName(), Line: p.Line, Column: p.Column}
}

// Note records that the run is not faithful from here on; the run goes
// on. A note ranks below anything that stopped the run.
func (h *host) Note(reason string) {
	if len(h.notes) == 0 {
		h.noteAt = h.here()
	}
	h.notes = append(h.notes, reason)
}

func (h *host) Stop(reason string) {
	(*run)(h).incomplete(reason, h.here())
	(*run)(h).interrupt(reason)
}

// countOp counts a tf operation against the operation budget.
func (r *run) countOp() {
	r.ops++
	if r.opts.onOp != nil {
		r.opts.onOp()
	}
	if r.ops == r.opts.MaxOps {
		(*host)(r).Stop("operation budget of " + itoa(r.opts.MaxOps) + " tf calls reached: the script keeps computing")
	}
}

// callSite names a training call site for the per-site step budget.
func callSite(site *engine.Site) string {
	if p := position(site); p != nil {
		return p.String()
	}
	if site != nil {
		return site.Op
	}
	return ""
}

// Step records tf.memory() and the live tensors per site after an
// optimizer step, and closes the step's memory window.
func (h *host) Step(site *engine.Site) {
	key := callSite(site)
	h.siteSteps[key]++
	at := stepAt{site: key, call: h.shim.Fitting.Call, epoch: h.shim.Fitting.Epoch, firing: h.firing}
	if at.call == 0 {
		// trainOnBatch, minimize, applyGradients: a call of one step.
		at.call, at.epoch = h.shim.NewCall(), -1
	}
	h.stepsAt = append(h.stepsAt, at)
	e := h.shim.E
	m := e.Memory()
	h.steps = append(h.steps, Memory{NumTensors: m.NumTensors, NumBytes: m.NumBytes})
	h.history = append(h.history, e.Sites())
	if len(h.history) > 2*h.opts.Steps {
		h.history = h.history[1:]
	}
	if h.window {
		if d := e.Peak() - h.baseline; d > h.peakStep {
			h.peakStep = d
			h.peakAt = position(site)
		}
		h.window = false
	}
}

// openWindow starts a step's memory window as its gradients start.
func (r *run) openWindow() {
	if r.window {
		return
	}
	r.window = true
	r.baseline = r.shim.E.Memory().NumBytes
	r.shim.E.ResetPeak()
}

// Training reports whether the training call at site has steps left.
func (h *host) Training(site *engine.Site) bool {
	key := callSite(site)
	if p := position(site); p != nil && !h.reachedAt[key] {
		if h.reachedAt == nil {
			h.reachedAt = map[string]bool{}
		}
		h.reachedAt[key] = true
		h.reached = append(h.reached, *p)
	}
	return h.siteSteps[key] < h.opts.Steps
}

// Planned keeps the most steps a training call of the current firing makes.
func (h *host) Planned(steps int) { h.planned = max(h.planned, steps) }

func (h *host) Skipped(api string, site *engine.Site) {
	h.skipped++
	if h.skippedAt == nil {
		h.skippedAt = position(site)
	}
	if h.skipped > skippedLimit {
		(*run)(h).interrupt(stepBudgetReason(h.opts.Steps) + "; the script keeps calling " + api)
	}
}

func stepBudgetReason(n int) string {
	return "step budget of " + itoa(n) + " optimizer steps reached; later training calls were skipped"
}

func (h *host) Tasks() *async.Group { return h.tasks }

func (h *host) Materialize(n int) bool {
	if n < 0 || h.materialized+n > h.opts.MaxElements {
		return false
	}
	h.materialized += n
	return true
}

// pendingShapeError is a shape error thrown at a user call; it is reported
// if it ends the script.
type pendingShapeError struct {
	msg  string
	site *engine.Site
}

func (h *host) ShapeError(err *engine.Error, site *engine.Site) {
	h.shapeErrs = append(h.shapeErrs, pendingShapeError{msg: err.Msg, site: site})
}

func (h *host) Now() float64 { return h.loop.now }

func (h *host) NextFrame() sobek.Value { return h.loop.framePromise() }

func (h *host) Print(line string) { (*run)(h).print(line) }

func (h *host) Saved(m *shim.Model, dest string, site *engine.Site) {
	var bytes int64
	for _, w := range m.Weights() {
		bytes += w.V.Bytes()
	}
	h.saves = append(h.saves, Save{Model: m.Name, Destination: dest, WeightBytes: bytes, At: position(site)})
}

// print keeps console output, up to a cap.
func (r *run) print(line string) {
	const maxLines = 1000
	if len(r.console) < maxLines {
		r.console = append(r.console, line)
	}
}

// trackRejection remembers promises rejected with nobody handling them.
func (r *run) trackRejection(p *sobek.Promise, op sobek.PromiseRejectionOperation) {
	switch op {
	case sobek.PromiseRejectionReject:
		r.rejected = append(r.rejected, p)
		r.markAfterSkip(p)
	case sobek.PromiseRejectionHandle:
		for i, q := range r.rejected {
			if q == p {
				r.rejected = append(r.rejected[:i], r.rejected[i+1:]...)
				break
			}
		}
	}
}

var errAborted = async.ErrAborted

func isAborted(err error) bool { return errors.Is(err, errAborted) }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
