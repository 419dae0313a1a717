// Package async runs Go code as a JavaScript async function: the simulated
// tfjs APIs that await (fit, fitDataset, forEachAsync, ...) are written as
// straight-line Go that calls Await, like the TypeScript they mirror.
//
// A task runs on its own goroutine but never at the same time as the
// runtime's goroutine: control passes back and forth over channels, so the
// sobek.Runtime (which is not goroutine-safe) is only ever used by one of
// them. While a task waits for a promise, the runtime goes on running other
// jobs; the promise's reaction hands control back to the task.
package async

import (
	"errors"
	"fmt"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/script"
)

// ErrAborted is what Await returns once the run is over: the task must
// return at once without touching the runtime.
var ErrAborted = errors.New("simulation ended")

// Group owns the tasks of one runtime.
type Group struct {
	rt      *sobek.Runtime
	then    sobek.Callable // Promise.prototype.then
	resolve sobek.Callable // Promise.resolve
	promise sobek.Value    // the Promise constructor
	wrap    sobek.Callable // makes a JavaScript function around a Go one
	waiting map[*Task]bool
}

// NewGroup prepares tasks for rt. scriptName names the small helper script
// it compiles (stack frames show it).
func NewGroup(rt *sobek.Runtime, scriptName string) *Group {
	g := &Group{rt: rt, waiting: map[*Task]bool{}}
	// A reaction that resumes a task is a JavaScript function calling the
	// Go one: sobek runs promise jobs whenever control leaves JavaScript
	// with an empty call stack, so a bare Go reaction calling back into
	// JavaScript would run every queued job in the middle of the task.
	w, err := script.Run(rt, scriptName, "(function (f) { return function (v) { return f(v); }; })")
	if err != nil {
		panic(err)
	}
	g.wrap, _ = sobek.AssertFunction(w)
	p := rt.Get("Promise").ToObject(rt)
	g.promise = p
	g.resolve, _ = sobek.AssertFunction(p.Get("resolve"))
	g.then, _ = sobek.AssertFunction(p.Get("prototype").ToObject(rt).Get("then"))
	return g
}

// Task is one running async function.
type Task struct {
	g      *Group
	resume chan result
	yield  chan yielded
}

type result struct {
	v       sobek.Value
	err     error
	aborted bool
}

type yielded struct {
	await sobek.Value
	done  bool
	v     sobek.Value
	err   error
	panic any
}

// Start runs fn as an async function and returns its promise. fn runs
// synchronously until its first Await, as a JavaScript async function does.
// An error fn returns rejects the promise: a *sobek.Exception with its
// value, any other error as a JavaScript Error with its message.
func (g *Group) Start(fn func(t *Task) (sobek.Value, error)) *sobek.Promise {
	p, resolve, reject := g.rt.NewPromise()
	t := &Task{g: g, resume: make(chan result), yield: make(chan yielded)}
	go t.run(fn)
	t.step(result{}, resolve, reject)
	return p
}

func (t *Task) run(fn func(t *Task) (sobek.Value, error)) {
	defer func() {
		if r := recover(); r != nil {
			t.yield <- yielded{done: true, panic: r}
		}
	}()
	if r := <-t.resume; r.aborted {
		t.yield <- yielded{done: true, err: ErrAborted}
		return
	}
	v, err := fn(t)
	t.yield <- yielded{done: true, v: v, err: err}
}

// step hands control to the task until it awaits or ends.
func (t *Task) step(r result, resolve, reject func(any) error) {
	t.resume <- r
	y := <-t.yield
	delete(t.g.waiting, t)
	if y.panic != nil {
		panic(y.panic) // on the runtime's goroutine, where the run recovers it
	}
	if y.done {
		switch {
		case errors.Is(y.err, ErrAborted):
		case y.err != nil:
			_ = reject(t.g.errorValue(y.err))
		default:
			_ = resolve(y.v)
		}
		return
	}
	t.g.waiting[t] = true
	p, err := t.g.resolve(t.g.promise, y.await)
	if err != nil {
		t.step(result{err: err}, resolve, reject)
		return
	}
	onOK := t.g.js(func(c sobek.FunctionCall) sobek.Value {
		t.step(result{v: c.Argument(0)}, resolve, reject)
		return sobek.Undefined()
	})
	onErr := t.g.js(func(c sobek.FunctionCall) sobek.Value {
		t.step(result{err: &Rejected{Value: c.Argument(0)}}, resolve, reject)
		return sobek.Undefined()
	})
	if _, err := t.g.then(p, onOK, onErr); err != nil {
		t.step(result{err: err}, resolve, reject)
	}
}

// js wraps a Go function in a JavaScript one.
func (g *Group) js(f func(sobek.FunctionCall) sobek.Value) sobek.Value {
	v, err := g.wrap(sobek.Undefined(), g.rt.ToValue(f))
	if err != nil {
		return g.rt.ToValue(f)
	}
	return v
}

// Await suspends the task until v (a promise or any value) settles, as
// `await v` does. A rejection comes back as a *Rejected error.
func (t *Task) Await(v sobek.Value) (sobek.Value, error) {
	t.yield <- yielded{await: v}
	r := <-t.resume
	if r.aborted {
		return nil, ErrAborted
	}
	return r.v, r.err
}

// Rejected is a promise rejection seen by Await.
type Rejected struct{ Value sobek.Value }

func (r *Rejected) Error() string {
	if r.Value == nil {
		return "rejected"
	}
	return r.Value.String()
}

// errorValue turns a task's error into the value its promise rejects with.
func (g *Group) errorValue(err error) any {
	var rej *Rejected
	if errors.As(err, &rej) {
		return rej.Value
	}
	var ex *sobek.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	if v, ok := err.(interface{ JSValue() sobek.Value }); ok {
		return v.JSValue()
	}
	ctor, _ := sobek.AssertConstructor(g.rt.Get("Error"))
	if ctor != nil {
		if o, e := ctor(nil, g.rt.ToValue(err.Error())); e == nil {
			return o
		}
	}
	return g.rt.ToValue(fmt.Sprint(err))
}

// Abort ends every task still waiting: their Await returns ErrAborted and
// their promises never settle. Call it once the run is over.
func (g *Group) Abort() {
	for len(g.waiting) > 0 {
		for t := range g.waiting {
			delete(g.waiting, t)
			t.resume <- result{aborted: true}
			for {
				y := <-t.yield
				if y.done {
					break
				}
				t.resume <- result{aborted: true}
			}
		}
	}
}
