package contexts

import (
	"reflect"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:       "contexts",
	Doc:        "finds repeated contexts and tidy scopes",
	Run:        run,
	Requires:   []*analysis.Analyzer{tfapi.Analyzer},
	ResultType: reflect.TypeOf((*Info)(nil)),
}

// RepeatKind says why code runs repeatedly.
type RepeatKind int

const (
	Loop           RepeatKind = iota + 1 // for, for-in, for-of, while, do
	AnimationFrame                       // a requestAnimationFrame callback that re-arms itself
	Timer                                // a setTimeout callback that re-arms itself
	Interval                             // a setInterval callback
	Listener                             // addEventListener / on* handler
	FitCallback                          // onBatchEnd, onEpochEnd, … of fit/fitDataset
	ForEach                              // Dataset.forEachAsync and array iteration callbacks
)

// Repeat is one repeated context.
type Repeat struct {
	Kind RepeatKind
	Node ast.Node // the loop statement or the callback function
	// Detail is the callback or event name ("onBatchEnd", "click", "forEach").
	Detail string
}

// Describe says how often the context runs, for messages: "this loop body
// runs every iteration" and the unit "iteration".
func (r *Repeat) Describe() (what, unit string) {
	switch r.Kind {
	case Loop:
		return "this loop body runs every iteration", "iteration"
	case AnimationFrame:
		return "this requestAnimationFrame callback runs every frame", "frame"
	case Timer:
		return "this setTimeout callback re-arms itself and runs every tick", "tick"
	case Interval:
		return "this setInterval callback runs every tick", "tick"
	case Listener:
		if r.Detail != "" {
			return "this '" + r.Detail + "' listener runs on every event", "event"
		}
		return "this event listener runs on every event", "event"
	case FitCallback:
		switch r.Detail {
		case "onBatchEnd", "onBatchBegin", "onYield":
			return "this " + r.Detail + " callback runs every batch", "batch"
		}
		return "this " + r.Detail + " callback runs every epoch", "epoch"
	case ForEach:
		return "this " + r.Detail + " callback runs for every element", "element"
	}
	return "this code runs repeatedly", "run"
}

// Subject names the context for messages, from Describe without its
// article and verb: "'click' listener", "loop body".
func (r *Repeat) Subject() string {
	what, _ := r.Describe()
	s := strings.TrimPrefix(what, "this ")
	for _, sep := range []string{" re-arms", " runs"} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// Info is the contexts result for one file.
type Info struct {
	File *jsast.File
	TF   *tfapi.Info
	// repeated maps callback functions to the repeated context they form.
	repeated map[ast.Node]*Repeat
	// tidy holds the functions that run inside a tidy scope.
	tidy map[ast.Node]bool
}

// Context is where a node runs.
type Context struct {
	// Func is the innermost enclosing function (nil at the top level).
	Func ast.Node
	// Repeat is the innermost repeated context, or nil.
	Repeat *Repeat
	// Tidy reports a tidy scope around the node.
	Tidy bool
	// Async reports that Func is async.
	Async bool
}

func run(pass *analysis.Pass) (any, error) {
	return Compute(pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)), nil
}

// Of returns the context of the last node of stack (the path from the root,
// as Inspector.WithStack gives it).
func (c *Info) Of(stack []ast.Node) Context {
	var ctx Context
	tidyOpen, repeatOpen := true, true
	for i := len(stack) - 1; i >= 0 && (tidyOpen || repeatOpen); i-- {
		n := stack[i]
		if jsast.IsFunction(n) {
			if ctx.Func == nil {
				ctx.Func, ctx.Async = n, jsast.IsAsync(n)
			}
			if tidyOpen && c.tidy[n] {
				ctx.Tidy, tidyOpen = true, false
			}
			if repeatOpen {
				if r := c.repeated[n]; r != nil {
					ctx.Repeat, repeatOpen = r, false
				}
			}
			if !InlineArgument(stack, i) {
				break
			}
			if jsast.IsAsync(n) || deferred(stack[i-1]) {
				tidyOpen = false // it runs after the tidy that started it has ended
			}
			continue
		}
		if repeatOpen && i+1 < len(stack) && isLoopBody(n, stack[i+1]) {
			ctx.Repeat, repeatOpen = &Repeat{Kind: Loop, Node: n}, false
		}
	}
	return ctx
}

// InlineArgument reports whether the function at stack[i] is passed
// directly as a call argument (and so runs where the call runs).
func InlineArgument(stack []ast.Node, i int) bool {
	return i > 0 && jsast.IsArgument(jsast.Arguments(stack[i-1]), stack[i])
}

// deferredCallers run their callback later, never inside the caller.
var deferredCallers = map[string]bool{
	"setTimeout": true, "setInterval": true, "requestAnimationFrame": true, "queueMicrotask": true,
	"addEventListener": true, "then": true, "catch": true, "finally": true, "requestIdleCallback": true,
}

// deferred reports a call that runs its callback argument later.
func deferred(call ast.Node) bool {
	c, ok := call.(*ast.CallExpression)
	if !ok {
		return false
	}
	switch callee := c.Callee.(type) {
	case *ast.Identifier:
		return deferredCallers[callee.Name.String()]
	case *ast.DotExpression:
		return deferredCallers[callee.Identifier.Name.String()]
	}
	return false
}

// isLoopBody reports whether child is a part of loop that runs every iteration.
func isLoopBody(loop, child ast.Node) bool {
	switch l := loop.(type) {
	case *ast.ForStatement:
		return child == l.Body || child == l.Test || child == l.Update
	case *ast.ForOfStatement:
		return child == l.Body
	case *ast.ForInStatement:
		return child == l.Body
	case *ast.WhileStatement:
		return child == l.Body || child == l.Test
	case *ast.DoWhileStatement:
		return child == l.Body || child == l.Test
	}
	return false
}

// BoundaryFunc returns the innermost function of stack that is not an
// inline call argument: the function whose invocation runs the last node.
// Nil means the top level.
func BoundaryFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		if jsast.IsFunction(stack[i]) && !InlineArgument(stack, i) {
			return stack[i]
		}
	}
	return nil
}

// IsTidyCallback reports whether fn itself runs inside a tidy scope.
func (c *Info) IsTidyCallback(fn ast.Node) bool { return c.tidy[fn] }

// RepeatOfFunc returns the repeated context a callback function forms, or nil.
func (c *Info) RepeatOfFunc(fn ast.Node) *Repeat { return c.repeated[fn] }
