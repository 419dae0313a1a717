package sim

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shim"
)

// finish turns what the run measured into the Report.
func (r *run) finish() *Report {
	rep := r.report
	if r.shim != nil {
		for _, m := range r.shim.Models {
			rep.Models = append(rep.Models, describeModel(m))
		}
	}
	rep.Steps = append([]Memory{}, r.steps...)
	rep.SteadyGrowth = steadyGrowth(r.steps, r.stepsAt)
	rep.PeakStepBytes = r.peakStep
	rep.PeakStepAt = r.peakAt
	rep.Leaks = append([]Leak{}, r.leaks()...)
	if rep.Models == nil {
		rep.Models = []Model{}
	}
	r.collectErrors()
	if p := r.stopReason.Load(); p != nil && !r.exited {
		r.incomplete(*p, nil)
	}
	if len(r.notes) > 0 {
		// The run went on past what it did not simulate: it is the reason
		// when nothing stopped the run.
		r.incomplete(r.notes[0], r.noteAt)
	}
	if r.skipped > 0 {
		// Skipping training past the step budget is a note of lower rank:
		// anything that stopped the run, or was not simulated, is the
		// reason.
		reason := stepBudgetReason(r.opts.Steps)
		if r.skipThrew != "" {
			reason += " (the script then threw " + r.skipThrew + ", on what a skipped call returned)"
		}
		r.incomplete(reason, r.skippedAt)
	}
	if r.reason != "" {
		reason := r.reason
		rep.Incomplete = &reason
		rep.IncompleteAt = r.reasonAt
		rep.StepBudget = strings.HasPrefix(reason, stepBudgetReason(r.opts.Steps))
	}
	if r.reason != "" && r.reasonAt == nil && r.hasLastOp {
		// Where nothing better is known, the run stopped after the
		// script's latest tf call.
		p := r.lastOp.Position()
		if p.Line > 0 {
			rep.IncompleteAt = &Position{File: r.lastOp.SrcName(), Line: p.Line, Column: p.Column}
		}
	}
	rep.SafetyNet = r.safetyNet.Load()
	rep.Reached = r.reached
	rep.Ran = Ran{Steps: len(r.steps), Sites: len(r.siteSteps), Models: len(rep.Models), Ops: r.ops}
	if r.shim != nil {
		rep.Ran.Readbacks = r.shim.Readbacks
	}
	if r.loop != nil {
		rep.Ran.Callbacks, rep.Ran.Frames = r.loop.calls-r.loop.frameCalls, r.loop.frameN
	}
	rep.Saves = r.saves
	rep.Console = r.console
	rep.Events = r.events.memory
	rep.Scripts = r.scripts
	rep.External = r.external
	rep.StandIns = r.standIns
	rep.NotLoaded = r.notLoaded
	rep.DataFiles = r.dataRead
	rep.Handlers = r.events.handlers
	rep.HandlersNotFired = r.events.notFired
	for _, h := range r.events.handlers {
		rep.Ran.Events += len(h.Memory)
	}
	r.mapPositions(rep)
	return rep
}

// mapPositions turns the positions of the report (but its leaks, which
// leaks maps) into positions of the files the user wrote: TypeScript and
// JSX modules ran as jsast's transform of them.
func (r *run) mapPositions(rep *Report) {
	for i := range rep.Models {
		m := &rep.Models[i]
		m.At = r.original(m.At)
		for j := range m.Layers {
			m.Layers[j].At = r.original(m.Layers[j].At)
		}
	}
	for i := range rep.ShapeErrors {
		rep.ShapeErrors[i].At = r.original(rep.ShapeErrors[i].At)
	}
	rep.Saves = slices.Clone(rep.Saves)
	for i := range rep.Saves {
		rep.Saves[i].At = r.original(rep.Saves[i].At)
	}
	rep.Handlers = slices.Clone(rep.Handlers)
	for i := range rep.Handlers {
		rep.Handlers[i].At = r.original(rep.Handlers[i].At)
	}
	rep.PeakStepAt = r.original(rep.PeakStepAt)
	rep.IncompleteAt = r.original(rep.IncompleteAt)
	rep.Reached = slices.Clone(rep.Reached)
	for i := range rep.Reached {
		rep.Reached[i] = *r.original(&rep.Reached[i])
	}
}

// describeModel is the report of one compiled model.
func describeModel(m *shim.Model) Model {
	out := Model{Name: m.Name, Class: m.Class, Params: m.CountParams(), At: position(m.Site), Loaded: m.Loaded}
	for _, w := range m.Weights() {
		b := w.V.Bytes()
		out.WeightBytes += b
		if w.V.DType == engine.Float32 {
			n := int64(w.V.Size())
			out.Uint16Bytes += 2 * n
			out.Uint8Bytes += n
			out.Float16Bytes += 2 * n
		} else {
			out.Uint16Bytes += b
			out.Uint8Bytes += b
			out.Float16Bytes += b
		}
	}
	for _, l := range m.Layers() {
		row := Layer{Name: l.Name, Class: l.Class, Params: l.CountParams(), At: position(l.Site)}
		if sh := l.OutputShapes(); sh != nil {
			row.OutputShape = Shape{Dims: sh, Multi: len(sh) > 1}
		}
		out.Layers = append(out.Layers, row)
	}
	return out
}

// collectErrors turns what ended the script into shape errors or the
// incomplete reason.
func (r *run) collectErrors() {
	var errs []error
	late := map[error]bool{} // came after a skipped training call
	for _, err := range r.uncaught {
		errs = append(errs, err)
		late[err] = r.afterSkip[err]
	}
	for _, ps := range [][]*sobek.Promise{r.pending, r.rejected} {
		for _, p := range ps {
			if p.State() == sobek.PromiseStateRejected {
				err := rejection(p.Result())
				errs = append(errs, err)
				late[err] = r.afterSkip[p]
			}
		}
	}
	seen := map[string]bool{}
	for _, err := range errs {
		var so *sobek.StackOverflowError
		if errors.As(err, &so) {
			r.incomplete(fmt.Sprintf("call-depth budget of %d frames reached", r.opts.MaxStack), stackPosition(so.String()))
			continue
		}
		var ie *sobek.InterruptedError
		if errors.As(err, &ie) {
			if s, ok := ie.Value().(*stopSignal); ok {
				r.incomplete(s.reason, stackPosition(ie.String()))
			}
			continue
		}
		var se *sourceError
		if errors.As(err, &se) {
			r.incomplete(se.Error(), nil)
			continue
		}
		msg, at := errorText(err)
		if msg == "" || seen[msg] || r.exited && strings.Contains(msg, "process.exit") {
			continue
		}
		seen[msg] = true
		if se, ok := r.shapeErrorFor(msg); ok {
			if emptyData(se.Message) {
				// Data that never arrived: a file the user picks, or a load
				// the dry run could not do. Not a bug of the program.
				r.incomplete("the data was empty when it reached "+se.Op+" (data from a file input or a load the dry run does not do): "+se.Message, se.At)
				continue
			}
			r.report.ShapeErrors = append(r.report.ShapeErrors, se)
			r.incomplete("stopped by a shape error: "+se.Message, se.At)
			continue
		}
		if strings.Contains(msg, "is not simulated") || strings.Contains(msg, "not available in the simulator") {
			continue // the note already says why
		}
		if late[err] {
			if r.skipThrew == "" {
				r.skipThrew = msg
			}
			continue
		}
		r.incomplete("the script threw "+msg, at)
	}
}

func (r *run) shapeErrorFor(msg string) (ShapeError, bool) {
	for _, pe := range r.shapeErrs {
		if strings.Contains(msg, pe.msg) {
			return ShapeError{Message: pe.msg, At: position(pe.site), Op: pe.site.Op}, true
		}
	}
	return ShapeError{}, false
}

// emptyShape finds a tensor shape with no rows in a shape error's text.
var emptyShape = regexp.MustCompile(`with 0 examples|shape \[0[,\]]`)

// emptyData reports a shape error about a tensor with no rows.
func emptyData(msg string) bool { return emptyShape.MatchString(msg) }

// jsErr is a rejection value as an error.
type jsErr struct{ v sobek.Value }

func (e *jsErr) Error() string { return e.v.String() }

func rejection(v sobek.Value) error {
	if v == nil {
		return errors.New("rejected")
	}
	if err, ok := v.Export().(error); ok {
		return err
	}
	return &jsErr{v}
}

var atRe = regexp.MustCompile(`at (?:[^\s(]+ \()?([^\s()]+):(\d+):(\d+)`)

// errorText is an error's message and the first script position in its
// stack.
func errorText(err error) (string, *Position) {
	var stack string
	msg := err.Error()
	var ex *sobek.Exception
	if errors.As(err, &ex) {
		msg = ex.Value().String()
		stack = ex.String()
	}
	var je *jsErr
	if errors.As(err, &je) {
		if o, ok := je.v.(*sobek.Object); ok {
			if s := o.Get("stack"); s != nil {
				stack = s.String()
			}
		}
	}
	msg = strings.TrimSpace(strings.SplitN(msg, "\n\tat ", 2)[0])
	return msg, stackPosition(stack)
}

// stackPosition is the first position of the script's own code in a
// JavaScript stack trace.
func stackPosition(stack string) *Position {
	for _, m := range atRe.FindAllStringSubmatch(stack, -1) {
		if strings.HasPrefix(m[1], shim.InternalPrefix) || m[1] == "<native>" {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return &Position{File: m[1], Line: line, Column: col}
	}
	return nil
}

func (p *Position) String() string {
	if p == nil {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}
