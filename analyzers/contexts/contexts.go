package contexts

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:       "contexts",
	Doc:        "finds how often code runs (once, per event, per iteration) and where it runs inside a tidy scope",
	Run:        run,
	Requires:   []*analysis.Analyzer{tfapi.Analyzer},
	ResultType: reflect.TypeOf((*Info)(nil)),
}

// Frequency says how often code runs. Severities follow it: a leak per
// iteration grows without bound, one per click grows with use, one at page
// load is paid once.
type Frequency int

const (
	// Once: module top level, page load, load/DOMContentLoaded handlers, a
	// Node main(), tests, and functions only called from such code.
	Once Frequency = iota
	// Unknown: a function whose callers the file does not show (exported,
	// stored in an object, called from another script).
	Unknown
	// PerEvent: click, input, keyboard, message and similar handlers, and
	// the functions they call.
	PerEvent
	// PerIteration: loop bodies, re-armed requestAnimationFrame and
	// setTimeout callbacks, setInterval, fit callbacks, per-element
	// callbacks, and the functions they call.
	PerIteration
)

func (f Frequency) String() string {
	switch f {
	case Once:
		return "once"
	case Unknown:
		return "unknown"
	case PerEvent:
		return "per event"
	}
	return "per iteration"
}

// RepeatKind says why code runs repeatedly.
type RepeatKind int

const (
	Loop           RepeatKind = iota + 1 // for, for-in, for-of, while, do
	AnimationFrame                       // a requestAnimationFrame callback that re-arms itself
	Timer                                // a setTimeout callback that re-arms itself
	Interval                             // a setInterval callback
	Listener                             // an event handler (addEventListener, on*, .on(…), on*="…" attributes)
	FitCallback                          // onBatchEnd, onEpochEnd, … of fit/fitDataset
	ForEach                              // Dataset.forEachAsync/map and array iteration callbacks
	Recursion                            // a function that calls itself
	Caller                               // a call from another file of the run (see External)
)

// Repeat is one repeated context.
type Repeat struct {
	Kind RepeatKind
	Node ast.Node // the loop statement or the callback function
	// Detail is the callback or event name ("onBatchEnd", "click",
	// "forEach"); for loops, "training step" when the body trains.
	Detail string
	// array marks an Array iteration callback, as opposed to a Dataset
	// transform of the same name.
	array bool
	// finite marks a Dataset.forEachAsync callback that does not train:
	// forEachAsync resolves only once the dataset is exhausted, so it walks
	// a finite data set, as an array callback does.
	finite bool
	// External describes a Caller repeat: the call in another file.
	External *runctx.CallerSite
	// bounded marks a timer that re-arms itself only while a counter is
	// below a constant: `if (i < epochs - 1) setTimeout(() => loop(++i))`.
	bounded bool
	// Delay is a setInterval's period in milliseconds when it is a
	// constant, else 0.
	Delay float64
	// peer marks a named event of a server's connected socket: a message
	// the page emits when its user acts (see connectionSocket).
	peer bool
}

// Bounded reports a timer that stops itself after a few ticks.
func (r *Repeat) Bounded() bool { return r != nil && r.bounded }

// Frequency is how often code in the context runs.
func (r *Repeat) Frequency() Frequency {
	if r.External != nil {
		return Frequency(r.External.Freq)
	}
	if r.Kind == Listener {
		return PerEvent
	}
	return PerIteration
}

// Unit names one run of the context for messages: "iteration", "frame",
// "click", "training step", "batch".
func (r *Repeat) Unit() string {
	if r.External != nil {
		return r.External.Unit
	}
	switch r.Kind {
	case Loop:
		if r.Detail != "" {
			return r.Detail
		}
		return "iteration"
	case AnimationFrame:
		return "frame"
	case Timer, Interval:
		return "timer tick"
	case Listener:
		return eventUnit(r.Detail)
	case FitCallback:
		switch r.Detail {
		case "onBatchEnd", "onBatchBegin":
			return "batch"
		case "onYield":
			return "yield"
		}
		return "epoch"
	case ForEach:
		return "element"
	case Recursion:
		return "recursive call"
	}
	return "run"
}

// UserAction reports a repetition a person drives one at a time: a click,
// a press or release of the pointer (a drawn stroke), a form change or
// submit, a drop, a paste. Pointer moves, key presses
// (held keys repeat), messages, timers and a server's requests (many
// clients, for as long as it runs) are not. A nil Repeat is none.
func (r *Repeat) UserAction() bool {
	if r == nil {
		return false
	}
	if r.peer || r.External != nil && r.External.UserAction {
		return true
	}
	switch r.Unit() {
	case "click", "double click", "pointer press", "change", "submit", "drop", "paste", "action":
		return true
	}
	return false
}

// eventUnit names one event for messages: "click", "key press".
func eventUnit(event string) string {
	switch event {
	case "":
		return "event"
	case "click", "change", "input", "submit", "message", "request", "drop", "paste", "resize", "scroll", "wheel", "action":
		return event
	case "dblclick":
		return "double click"
	case "keydown", "keyup", "keypress":
		return "key press"
	case "mousemove", "pointermove", "touchmove":
		return "pointer move"
	case "mousedown", "mouseup", "pointerdown", "pointerup", "touchstart", "touchend", "mouse:down", "mouse:up":
		// (mouse:down and mouse:up are fabric.js canvas events)
		return "pointer press"
	case "timeupdate":
		return "video time update"
	case "job":
		return "queued job"
	}
	return "'" + event + "' event"
}

// Describe says how often the context runs, for messages: "this loop body
// runs every iteration" and the unit "iteration".
func (r *Repeat) Describe() (what, unit string) {
	unit = r.Unit()
	if r.External != nil {
		return "this " + r.External.Subject + " runs every " + unit, unit
	}
	switch r.Kind {
	case Loop:
		return "this loop body runs every " + unit, unit
	case AnimationFrame:
		return "this requestAnimationFrame callback runs every frame", unit
	case Timer:
		return "this setTimeout callback re-arms itself and runs every tick", unit
	case Interval:
		return "this setInterval callback runs every tick", unit
	case Listener:
		if r.Detail == "job" {
			return "this queued-job branch runs once per job a timer takes from its queue", unit
		}
		if r.Detail != "" {
			return "this '" + r.Detail + "' handler runs on every " + unit, unit
		}
		return "this event handler runs on every event", unit
	case FitCallback:
		return "this " + r.Detail + " callback runs every " + unit, unit
	case ForEach:
		return "this " + r.Detail + " callback runs for every element", unit
	case Recursion:
		return "this function calls itself", unit
	}
	return "this code runs repeatedly", unit
}

// Subject names the context for messages, from Describe without its
// article and verb: "'click' handler", "loop body".
func (r *Repeat) Subject() string {
	what, _ := r.Describe()
	s := strings.TrimPrefix(what, "this ")
	for _, sep := range []string{" re-arms", " runs", " calls"} {
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
	// repeated maps callback functions to the repeated context their
	// registration makes them (a listener, a re-armed frame callback).
	repeated map[ast.Node]*Repeat
	// tidy holds the functions that run inside a tidy scope.
	tidy map[ast.Node]bool
	// freq and why hold, for each function that is not an inline
	// callback, how often it runs and the context that makes it so.
	freq map[ast.Node]Frequency
	why  map[ast.Node]*Repeat
	// leakFreq and leakWhy count only the calls outside tidy scopes.
	leakFreq map[ast.Node]Frequency
	leakWhy  map[ast.Node]*Repeat
	// growFreq and growWhy are leakFreq and leakWhy with the loops that
	// walk data seen through: how often the code around them runs; loopy
	// holds the functions whose calls come through such a loop.
	growFreq map[ast.Node]Frequency
	growWhy  map[ast.Node]*Repeat
	loopy    map[ast.Node]bool
	// runsWith maps callbacks that run once per call of an API (fit's
	// onTrainEnd) to that call.
	runsWith map[ast.Node]ast.Node
	// globalFns are functions assigned to undeclared names, by name.
	globalFns map[string]*jsast.Binding
	// loadOf maps load-time handlers (img.onload, addEventListener('load'))
	// to the element they wait for.
	loadOf map[ast.Node]ast.Expression
	// clickHandlers are the click handlers of elements with an id, by id:
	// what `document.getElementById(id).click()` runs.
	clickHandlers map[string][]ast.Node
	// notLoops are loops that only drive a state machine: Babel's
	// regenerator `while (1) switch (_context.prev = _context.next)`.
	notLoops map[ast.Node]bool
	// trainCalls are the calls that take an optimizer step; trainers the
	// functions that make one, directly or through the functions they call.
	trainCalls []ast.Node
	trainers   map[ast.Node]bool
	// scoped are the statements between startScope() and endScope().
	scoped map[ast.Node]bool
	// loops holds the repeated context of every loop.
	loops map[ast.Node]*Repeat
	// queued maps the statements a timer runs only when it takes a job
	// from a queue to that per-job context (see indexQueueGuards).
	queued map[ast.Node]*Repeat
	// node is true for files that run in Node (tfjs-node, require, process).
	node bool
	ev   *constant.Evaluator
	// callers are the calls other files make to this file's exports.
	callers []runctx.CallerSite
	// Outgoing are this file's calls of functions other linted files
	// export, with how often each runs.
	Outgoing []runctx.CallerSite
}

// Context is where a node runs.
type Context struct {
	// Func is the innermost enclosing function (nil at the top level).
	Func ast.Node
	// Freq is how often the node runs.
	Freq Frequency
	// Repeat is the repeated context that makes it run more than once: the
	// innermost loop or repeated callback around the node, or the context
	// a caller gives the enclosing function; nil for Once and Unknown.
	Repeat *Repeat
	// Region is the code one repetition runs: the loop or callback around
	// the node, or the enclosing function when a caller repeats it.
	Region ast.Node
	// Tidy reports a tidy scope around the node.
	Tidy bool
	// LeakFreq and LeakRepeat are Freq and Repeat counting only the calls
	// of the enclosing function that are not inside a tidy scope: how often
	// a tensor made here leaks.
	LeakFreq   Frequency
	LeakRepeat *Repeat
	// Async reports that Func is async.
	Async bool
	// Dead reports a branch that never runs: `if (DEBUG)` with a const
	// false, and the like.
	Dead bool
	// Test reports code inside a test (it, test, describe, beforeEach…
	// callbacks): it runs once per test run, whatever loops it has.
	Test bool
	// Lazy reports a branch that runs the first time only: `if (x ===
	// null) { … x = … }`. Sparse reports one that runs every Nth time:
	// `if (step % 100 === 0)`.
	Lazy, Sparse bool
	// Outer is how often the code runs with the loops that only walk data
	// (not training loops) seen through — here or in the callers — and
	// the repetition that makes it so (nil for Once and Unknown); Loopy
	// reports that such a loop multiplies it. A loop over data in code that
	// runs once repeats a bounded number of times.
	Outer       Frequency
	OuterRepeat *Repeat
	Loopy       bool
}

// TrainingRun reports code that runs per event inside a handler that
// trains (a Train button): what it leaks is paid once per training run,
// which users start a handful of times, not per use of the page.
func (c *Info) TrainingRun(ctx Context) bool {
	if ctx.Freq != PerEvent {
		return false
	}
	for _, n := range []ast.Node{ctx.Region, repeatNode(ctx.Repeat)} {
		if n != nil && c.trainers[n] {
			return true
		}
	}
	return false
}

func repeatNode(r *Repeat) ast.Node {
	if r == nil {
		return nil
	}
	return r.Node
}

// BoundedLoop reports a loop or per-element callback (not a training
// loop) in code that does not itself run per iteration: it repeats as
// many times as there are items, then stops, so what it leaks grows as
// often as the code around it runs (Outer), not without bound.
func (c Context) BoundedLoop() bool {
	return c.Freq == PerIteration && c.Loopy && c.Outer < PerIteration
}

// ForLeaks is the context as the memory rules see it: its frequency
// counts only the calls that are not inside a tidy scope.
func (c Context) ForLeaks() Context {
	c.Freq, c.Repeat = c.LeakFreq, c.LeakRepeat
	return c
}

// Rate words the frequency for messages: "per click", "per training
// step"; "" for Once and Unknown.
func (c Context) Rate() string {
	if c.Repeat == nil {
		return ""
	}
	return "per " + c.Repeat.Unit()
}

// Via says where the repetition comes from when it is not around n:
// " (called from the 'click' handler on line 12)"; "" otherwise.
func (c Context) Via(f *jsast.File, n ast.Node) string {
	r := c.Repeat
	if r != nil && r.External != nil {
		name := r.External.File
		if rel, err := filepath.Rel(filepath.Dir(f.Name), name); err == nil {
			name = filepath.ToSlash(rel)
		}
		return fmt.Sprintf(" (called from the %s in %s:%d)", r.External.Subject, name, r.External.Line)
	}
	if r == nil || r.Node == nil || contains(r.Node, n) {
		return ""
	}
	rs, _ := f.Span(r.Node)
	return fmt.Sprintf(" (called from the %s on line %d)", r.Subject(), f.Tok.Line(rs))
}

func run(pass *analysis.Pass) (any, error) {
	return compute(pass.ResultOf[tfapi.Analyzer].(*tfapi.Info), runctx.Of(pass).Callers), nil
}

// Of returns the context of the last node of stack (the path from the root,
// as Inspector.WithStack gives it).
func (c *Info) Of(stack []ast.Node) Context {
	var ctx Context
	r, boundary := c.local(stack)
	switch {
	case r != nil:
		ctx.Repeat, ctx.Region, ctx.Freq = r, r.Node, r.Frequency()
	case boundary != nil:
		ctx.Freq, ctx.Region = c.freq[boundary], boundary
		if ctx.Freq >= PerEvent {
			ctx.Repeat = c.why[boundary]
		}
	}
	ctx.Dead = c.dead(stack)
	ctx.Test = c.inTest(stack)
	ctx.Lazy, ctx.Sparse = c.guards(stack)
	ctx.Outer, ctx.OuterRepeat, ctx.Loopy = c.growth(stack)
	ctx.LeakFreq, ctx.LeakRepeat = ctx.Freq, ctx.Repeat
	if r == nil && boundary != nil {
		ctx.LeakFreq, ctx.LeakRepeat = c.leakFreq[boundary], nil
		if ctx.LeakFreq >= PerEvent {
			ctx.LeakRepeat = c.leakWhy[boundary]
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if n := stack[i]; jsast.IsFunction(n) {
			ctx.Func, ctx.Async = n, jsast.IsAsync(n)
			break
		}
	}
	ctx.Tidy = c.inTidy(stack)
	return ctx
}

// OfNode is Of for a node found without a stack: the path from the root is
// rebuilt from the file's parent links.
func (c *Info) OfNode(n ast.Node) Context {
	var stack []ast.Node
	for x := n; x != nil; x = c.File.Parent(x) {
		stack = append(stack, x)
	}
	slices.Reverse(stack)
	return c.Of(stack)
}

// guards reports, for the last node of stack, an enclosing if that runs
// its branch only the first time (the branch sets what the test found
// unset) or every Nth time (a modulo test against 0), up to the nearest
// function or loop.
func (c *Info) guards(stack []ast.Node) (lazy, sparse bool) {
	for i := len(stack) - 2; i >= 0; i-- {
		n := stack[i]
		if jsast.IsFunction(n) {
			break
		}
		switch n.(type) {
		case *ast.ForStatement, *ast.ForOfStatement, *ast.ForInStatement, *ast.WhileStatement, *ast.DoWhileStatement:
			return lazy, sparse
		}
		ifs, ok := n.(*ast.IfStatement)
		if !ok || stack[i+1] != ifs.Consequent {
			continue
		}
		if name := cacheTest(c.File, ifs.Test); name != "" && assigns(c.File, ifs.Consequent, name) {
			lazy = true
		}
		if moduloTest(ifs.Test) {
			sparse = true
		}
	}
	return lazy, sparse
}

// cacheTest returns the name of a cache a test finds unset (see
// unsetTest), or unset or made for another size: `!mask ||
// mask.shape[0] !== n` rebuilds the cache only when the size it was made
// for changes, not each time.
func cacheTest(f *jsast.File, e ast.Expression) string {
	if name := unsetTest(f, e); name != "" {
		return name
	}
	or, ok := e.(*ast.BinaryExpression)
	if !ok || or.Operator != token.LOGICAL_OR {
		return ""
	}
	name := unsetTest(f, or.Left)
	cmp, ok := or.Right.(*ast.BinaryExpression)
	if name == "" || !ok || (cmp.Operator != token.NOT_EQUAL && cmp.Operator != token.STRICT_NOT_EQUAL) {
		return ""
	}
	for _, side := range []ast.Expression{cmp.Left, cmp.Right} {
		if strings.HasPrefix(f.Text(side), name+".") {
			return name
		}
	}
	return ""
}

// unsetTest returns the name a test finds unset: x === null, x == null,
// x === undefined, !x, typeof x === 'undefined'.
func unsetTest(f *jsast.File, e ast.Expression) string {
	switch x := e.(type) {
	case *ast.UnaryExpression:
		if x.Operator == token.NOT {
			return f.Text(x.Operand)
		}
	case *ast.BinaryExpression:
		if x.Operator != token.STRICT_EQUAL && x.Operator != token.EQUAL {
			return ""
		}
		right := f.Text(x.Right)
		if right == "null" || right == "undefined" {
			return f.Text(x.Left)
		}
		if u, ok := x.Left.(*ast.UnaryExpression); ok && u.Operator == token.TYPEOF && strings.Trim(right, `'"`) == "undefined" {
			return f.Text(u.Operand)
		}
	}
	return ""
}

// assigns reports an assignment to name inside n (`name = …`, not
// `name == …` nor `maxname = …`).
func assigns(f *jsast.File, n ast.Node, name string) bool {
	found := false
	jsast.NewInspector(n).Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(m ast.Node) {
		if a := m.(*ast.AssignExpression); a.Operator == token.ASSIGN && f.Text(a.Left) == name {
			found = true
		}
	})
	return found
}

// moduloTest reports `x % N === 0` (or == 0, or 0 === x % N), also
// or-ed with a few fixed steps: `(e + 1) % 100 === 0 || e === 0`.
func moduloTest(e ast.Expression) bool {
	b, ok := e.(*ast.BinaryExpression)
	if ok && b.Operator == token.LOGICAL_OR {
		return moduloTest(b.Left) && (moduloTest(b.Right) || literalTest(b.Right)) ||
			literalTest(b.Left) && moduloTest(b.Right)
	}
	if !ok || (b.Operator != token.STRICT_EQUAL && b.Operator != token.EQUAL) {
		return false
	}
	isMod := func(x ast.Expression) bool {
		m, ok := x.(*ast.BinaryExpression)
		return ok && m.Operator == token.REMAINDER
	}
	return isMod(b.Left) || isMod(b.Right)
}

// literalTest reports `x === 3` (or == 3): one fixed step, or an or of them.
func literalTest(e ast.Expression) bool {
	b, ok := e.(*ast.BinaryExpression)
	if !ok {
		return false
	}
	if b.Operator == token.LOGICAL_OR {
		return literalTest(b.Left) && literalTest(b.Right)
	}
	if b.Operator != token.STRICT_EQUAL && b.Operator != token.EQUAL {
		return false
	}
	_, l := b.Left.(*ast.NumberLiteral)
	_, r := b.Right.(*ast.NumberLiteral)
	return l != r
}

// testFunctions are the test frameworks' globals that take test bodies.
var testFunctions = map[string]bool{"it": true, "test": true, "describe": true, "beforeEach": true, "afterEach": true,
	"beforeAll": true, "afterAll": true, "before": true, "after": true, "xit": true, "fit": true, "xdescribe": true, "fdescribe": true}

// testFrameworks are the modules that export testFunctions by name
// (vitest, Jest's explicit import, node:test, Mocha's).
var testFrameworks = map[string]bool{"vitest": true, "@jest/globals": true, "node:test": true, "mocha": true,
	"bun:test": true, "@playwright/test": true}

// testFunction reports a test framework's global, or the same name
// imported from a test framework.
func (c *Info) testFunction(id *ast.Identifier) bool {
	name := id.Name.String()
	if c.TF.Scope.IsFree(id) {
		return testFunctions[name]
	}
	b := c.TF.Scope.Uses[id]
	return b != nil && b.Import != nil && testFrameworks[b.Import.Module] && testFunctions[b.Import.Name]
}

// inTest reports code inside a test framework's callback.
func (c *Info) inTest(stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		if !jsast.IsFunction(stack[i]) || !InlineArgument(stack, i) {
			continue
		}
		if call, ok := stack[i-1].(*ast.CallExpression); ok {
			if id, ok := call.Callee.(*ast.Identifier); ok && c.testFunction(id) {
				return true
			}
		}
	}
	return false
}

// dead reports that the last node of stack sits in a branch a constant
// condition rules out: the consequent of `if (false)`, `c ? x : y` or
// `c && x` with c a literal or a never reassigned variable holding one.
func (c *Info) dead(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		child := stack[i+1]
		var test ast.Expression
		taken := true // which value of test runs child
		switch p := stack[i].(type) {
		case *ast.IfStatement:
			test, taken = p.Test, child == p.Consequent
			if child != p.Consequent && child != p.Alternate {
				continue
			}
		case *ast.ConditionalExpression:
			test, taken = p.Test, child == p.Consequent
			if child != p.Consequent && child != p.Alternate {
				continue
			}
		case *ast.BinaryExpression:
			if child != p.Right {
				continue
			}
			switch p.Operator {
			case token.LOGICAL_AND:
				test = p.Left
			case token.LOGICAL_OR:
				test, taken = p.Left, false
			default:
				continue
			}
		default:
			continue
		}
		if v, ok := constant.Bool(c.TF.Scope, test); ok && v != taken {
			return true
		}
	}
	return false
}

// growth is how often the code around the last node of stack runs once
// the loops over data are seen through, why, and whether such a loop (here
// or in a caller) multiplies it.
func (c *Info) growth(stack []ast.Node) (Frequency, *Repeat, bool) {
	r, b, loopy := c.localGrowth(stack)
	switch {
	case r != nil:
		return r.Frequency(), r, loopy
	case b != nil:
		f, why := c.growFreq[b], c.growWhy[b]
		if f < PerEvent {
			why = nil
		}
		return f, why, loopy || c.loopy[b]
	}
	return Once, nil, loopy
}

// local finds, walking out from the last node of stack, the innermost loop
// around it or the function whose invocation runs it: inline callbacks are
// transparent (they run where they are passed) unless their registration
// makes them repeat. Both are nil at the top level.
func (c *Info) local(stack []ast.Node) (*Repeat, ast.Node) {
	for i := len(stack) - 1; i >= 0; i-- {
		n := stack[i]
		if r := c.queued[n]; r != nil {
			return r, nil
		}
		if jsast.IsFunction(n) {
			if c.repeated[n] == nil && c.loadOf[n] == nil && InlineArgument(stack, i) {
				continue
			}
			return nil, n
		}
		if i+1 < len(stack) && isLoopBody(n, stack[i+1]) && !c.notLoops[n] {
			if r := c.loops[n]; r != nil {
				return r, nil
			}
			return &Repeat{Kind: Loop, Node: n}, nil
		}
	}
	return nil, nil
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

// FuncFrequency is how often a function that is not an inline callback runs.
func (c *Info) FuncFrequency(fn ast.Node) Frequency { return c.freq[fn] }

// Node reports a file that runs in Node.js (it imports tfjs-node, or uses
// require, process or Node built-ins), where readbacks block no UI.
func (c *Info) Node() bool { return c.node }

// Related points at the loop or callback that repeats the code (its first
// line): the second place of a finding whose cost is per repetition, which
// an editor shows with it. nil when nothing in the file repeats it.
func (c Context) Related(f *jsast.File) []analysis.RelatedInformation {
	r := c.Repeat
	if r == nil || r.Node == nil || r.External != nil {
		return nil
	}
	start, end := f.Span(r.Node)
	if !start.IsValid() || end < start {
		return nil
	}
	// To the end of its first line: the loop's head, the callback's start.
	so := f.Tok.Offset(start)
	if nl := bytes.IndexByte(f.Src[so:min(f.Tok.Offset(end), len(f.Src))], '\n'); nl >= 0 {
		end = f.Tok.Pos(so + len(bytes.TrimRight(f.Src[so:so+nl], "\r")))
	}
	what, _ := r.Describe()
	return []analysis.RelatedInformation{{Pos: start, End: end, Message: strings.TrimPrefix(what, "this ")}}
}
