package timerwait

import (
	"fmt"
	"strconv"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/analyzers/unawaited/promiseflow"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "timerwait",
	Doc:      "reports setTimeout or sleep used to wait for training results (rule timer-wait, tip 17)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/timer-wait.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer},
	Run:      run,
}

const (
	rule = "timer-wait"
	// minSleep is the shortest awaited pause (ms) reported next to training:
	// shorter ones are yields to the page.
	minSleep = 1000
)

// checker holds one file's state.
type checker struct {
	pass *analysis.Pass
	fl   *promiseflow.Flow
	tf   *tfapi.Info

	trainings []promiseflow.Call
	timers    []*ast.CallExpression
	clears    []*ast.CallExpression // clearTimeout(…) calls
	// byOwner lists the training calls of each function (Program for top-level code).
	byOwner map[ast.Node][]promiseflow.Call
	// sleeps maps sleep helpers (a function node, or a binding for
	// imported/promisified timers) to how they take their delay.
	sleeps map[any]delay
	// fitResults are the variables that hold a fit result (or its promise).
	fitResults map[*jsast.Binding]bool
	reported   map[ast.Node]bool
}

// delay says where a sleep helper's delay comes from: argument Arg, or the
// fixed value MS when Arg < 0.
type delay struct {
	Arg   int
	MS    float64
	Param *ast.Binding // the parameter, for its default value
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	c := &checker{
		pass: pass, fl: promiseflow.New(info), tf: info,
		byOwner: map[ast.Node][]promiseflow.Call{}, sleeps: map[any]delay{},
		fitResults: map[*jsast.Binding]bool{}, reported: map[ast.Node]bool{},
	}
	var calls []*ast.CallExpression
	info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.CallExpression)
		if !ok {
			return
		}
		calls = append(calls, call)
		if t, ok := c.fl.TrainingCall(call); ok {
			c.trainings = append(c.trainings, t)
		}
		switch c.tf.Scope.GlobalName(call.Callee) {
		case "setTimeout":
			c.timers = append(c.timers, call)
		case "clearTimeout":
			c.clears = append(c.clears, call)
		}
	})
	if len(c.trainings) == 0 {
		return nil, nil // nothing to wait for
	}
	for _, t := range c.trainings {
		owner := c.fl.Owner(t.Node)
		c.byOwner[owner] = append(c.byOwner[owner], t)
	}
	c.findFitResults()
	c.findSleepHelpers()
	// (b) await new Promise(r => setTimeout(r, N)) and await sleep(N).
	for _, s := range c.timers {
		if aw := c.awaitedPause(s); aw != nil {
			if ms, ok := c.fl.Eval().Number(jsast.Arg(s.ArgumentList, 1)); ok {
				c.checkPause(s, "setTimeout", aw, ms)
			}
		}
	}
	if len(c.sleeps) > 0 {
		for _, call := range calls {
			c.checkSleepCall(call)
		}
	}
	// (a) a setTimeout whose callback reads training results.
	for _, s := range c.timers {
		c.checkResultTimer(s)
	}
	return nil, nil
}

// promiseTimer matches `new Promise(r => setTimeout(r, …))` around the
// timer s (also `setTimeout(() => r(), …)` and a block body with that one
// statement) and returns the `new Promise` expression.
func (c *checker) promiseTimer(s *ast.CallExpression) *ast.NewExpression {
	exec := c.fl.Parent(s)
	for {
		switch exec.(type) {
		case *ast.ExpressionBody, *ast.ExpressionStatement, *ast.BlockStatement:
			exec = c.fl.Parent(exec)
			continue
		}
		break
	}
	if promiseflow.BodyExpression(exec) != ast.Expression(s) {
		return nil
	}
	newExpr, ok := c.fl.Parent(exec).(*ast.NewExpression)
	if !ok || len(newExpr.ArgumentList) != 1 || newExpr.ArgumentList[0] != exec.(ast.Expression) {
		return nil
	}
	if id, ok := newExpr.Callee.(*ast.Identifier); !ok || id.Name != "Promise" || !c.tf.Scope.IsFree(id) {
		return nil
	}
	params := jsast.FunctionParams(exec)
	if params == nil || len(params.List) == 0 {
		return nil
	}
	resolve, ok := params.List[0].Target.(*ast.Identifier)
	if !ok || !c.callsParam(jsast.Arg(s.ArgumentList, 0), resolve) {
		return nil
	}
	return newExpr
}

// callsParam reports a timer callback that resolves: the resolve function
// itself, or a function whose body only calls it.
func (c *checker) callsParam(cb ast.Expression, resolve *ast.Identifier) bool {
	is := func(e ast.Expression) bool {
		id, ok := e.(*ast.Identifier)
		return ok && c.tf.Scope.ObjectOf(id) != nil && c.tf.Scope.ObjectOf(id) == c.tf.Scope.ObjectOf(resolve)
	}
	if is(cb) {
		return true
	}
	switch cb.(type) {
	case *ast.ArrowFunctionLiteral, *ast.FunctionLiteral:
		call, ok := promiseflow.BodyExpression(cb).(*ast.CallExpression)
		return ok && is(call.Callee)
	}
	return false
}

// awaitedPause returns the await of `await new Promise(r => setTimeout(r, N))`.
func (c *checker) awaitedPause(s *ast.CallExpression) *ast.AwaitExpression {
	newExpr := c.promiseTimer(s)
	if newExpr == nil {
		return nil
	}
	aw, _ := c.fl.Parent(newExpr).(*ast.AwaitExpression)
	return aw
}

// findSleepHelpers finds the local functions that wrap the promise timer
// with their parameter as the delay, and the imported or promisified
// setTimeout of Node.
func (c *checker) findSleepHelpers() {
	for _, s := range c.timers {
		newExpr := c.promiseTimer(s)
		if newExpr == nil {
			continue
		}
		var fn ast.Node
		switch p := c.fl.Parent(newExpr).(type) {
		case *ast.AwaitExpression, *ast.ReturnStatement, *ast.ExpressionBody:
			fn = c.fl.Owner(p)
			if e := promiseflow.BodyExpression(fn); e != nil && ast.Node(e) != ast.Node(newExpr) && ast.Node(e) != p {
				continue // the function does more than sleep
			}
			if promiseflow.BodyExpression(fn) == nil {
				continue
			}
		default:
			continue
		}
		d, ok := c.delayOf(fn, jsast.Arg(s.ArgumentList, 1))
		if ok {
			c.sleeps[fn] = d
		}
	}
	// import {setTimeout as sleep} from 'timers/promises'; const sleep = promisify(setTimeout)
	for _, s := range allScopes(c.tf.Scope.Global) {
		for _, b := range s.Bindings {
			if c.nodeTimer(b) {
				c.sleeps[b] = delay{Arg: 0}
			}
		}
	}
}

// delayOf tells where a helper's delay comes from: one of its parameters,
// or a constant.
func (c *checker) delayOf(fn ast.Node, e ast.Expression) (delay, bool) {
	if id, ok := e.(*ast.Identifier); ok {
		if params := jsast.FunctionParams(fn); params != nil {
			for i, p := range params.List {
				if t, ok := p.Target.(*ast.Identifier); ok && c.tf.Scope.ObjectOf(t) == c.tf.Scope.ObjectOf(id) && c.tf.Scope.ObjectOf(id) != nil {
					return delay{Arg: i, Param: p}, true
				}
			}
		}
	}
	if ms, ok := c.fl.Eval().Number(e); ok {
		return delay{Arg: -1, MS: ms}, true
	}
	return delay{}, false
}

func (c *checker) nodeTimer(b *jsast.Binding) bool {
	if b.Import != nil {
		return (b.Import.Module == "timers/promises" || b.Import.Module == "node:timers/promises") && b.Import.Name == "setTimeout"
	}
	if b.Kind != jsast.Const {
		return false
	}
	if b.Source != nil && len(b.Path) == 1 && b.Path[0] == "setTimeout" {
		if call, ok := b.Source.(*ast.CallExpression); ok && isRequireOf(c.tf, call, "timers/promises", "node:timers/promises") {
			return true
		}
	}
	call, ok := b.Init.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 1 {
		return false
	}
	var name string
	switch callee := call.Callee.(type) {
	case *ast.Identifier:
		name = callee.Name.String()
	case *ast.DotExpression:
		name = callee.Identifier.Name.String()
	}
	id, ok := call.ArgumentList[0].(*ast.Identifier)
	return name == "promisify" && ok && id.Name == "setTimeout" && c.tf.Scope.IsFree(id)
}

func isRequireOf(tf *tfapi.Info, call *ast.CallExpression, modules ...string) bool {
	id, ok := call.Callee.(*ast.Identifier)
	if !ok || id.Name != "require" || !tf.Scope.IsFree(id) || len(call.ArgumentList) != 1 {
		return false
	}
	s, ok := call.ArgumentList[0].(*ast.StringLiteral)
	if !ok {
		return false
	}
	for _, m := range modules {
		if s.Value.String() == m {
			return true
		}
	}
	return false
}

func allScopes(s *jsast.Scope) []*jsast.Scope {
	if s == nil {
		return nil
	}
	out := []*jsast.Scope{s}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].Children...)
	}
	return out
}

// checkSleepCall reports `await sleep(N)` next to training.
func (c *checker) checkSleepCall(call *ast.CallExpression) {
	aw, ok := c.fl.Parent(call).(*ast.AwaitExpression)
	if !ok {
		return
	}
	d, ok := c.sleepHelper(call.Callee)
	if !ok {
		return
	}
	ms := d.MS
	if d.Arg >= 0 {
		e := jsast.Arg(call.ArgumentList, d.Arg)
		if e == nil && d.Param != nil {
			e = d.Param.Initializer
		}
		if ms, ok = c.fl.Eval().Number(e); !ok {
			return
		}
	}
	c.checkPause(call, c.fl.Describe(call.Callee, "sleep"), aw, ms)
}

func (c *checker) sleepHelper(callee ast.Expression) (delay, bool) {
	if id, ok := callee.(*ast.Identifier); ok {
		if b := c.tf.Scope.ObjectOf(id); b != nil {
			if d, ok := c.sleeps[b]; ok {
				return d, true
			}
		}
	}
	if fn := c.fl.LocalFunction(callee); fn != nil {
		if d, ok := c.sleeps[fn]; ok {
			return d, true
		}
	}
	return delay{}, false
}

// checkPause reports an awaited pause of ms in a function that trains.
func (c *checker) checkPause(at ast.Node, what string, aw *ast.AwaitExpression, ms float64) {
	if ms < minSleep {
		return
	}
	t, ok := c.pick(c.byOwner[c.fl.Owner(aw)])
	if !ok {
		return
	}
	recv := c.fl.Describe(t.Receiver, "model")
	var msg string
	switch {
	case !t.Async():
		msg = fmt.Sprintf("%s waits a fixed %s between training steps: %s.%s(…) is synchronous, so the pause only slows training down; await tf.nextFrame() to let the page render (tip 17)",
			what, formatMS(ms), recv, t.Method)
	case !c.pendingAt(t, aw) && len(c.fl.Awaits(t.Node)) > 0:
		msg = fmt.Sprintf("%s waits a fixed %s next to training that is already awaited: %s.%s(…) has finished when its promise resolves, so the pause only delays the page; await tf.nextFrame() if it must render (tip 17)",
			what, formatMS(ms), recv, t.Method)
	default:
		msg = waitMessage(what, formatMS(ms), recv, t.Method)
	}
	c.report(at, msg)
}

// pick chooses the training call a message names: a fit or fitDataset
// first, then trainOnBatch, then minimize/applyGradients.
func (c *checker) pick(ts []promiseflow.Call) (promiseflow.Call, bool) {
	if len(ts) == 0 {
		return promiseflow.Call{}, false
	}
	best := ts[0]
	rank := func(t promiseflow.Call) int {
		switch {
		case t.IsFit():
			return 0
		case t.Async():
			return 1
		}
		return 2
	}
	for _, t := range ts[1:] {
		if rank(t) < rank(best) {
			best = t
		}
	}
	return best, true
}

func waitMessage(what, ms, recv, method string) string {
	how := ""
	if method == "fit" || method == "fitDataset" {
		how = " (or use its callbacks)"
	}
	return fmt.Sprintf("%s waits a fixed %s for training to finish: await %s.%s(…)%s instead of guessing (tip 17)", what, ms, recv, method, how)
}

func formatMS(ms float64) string { return strconv.FormatFloat(ms, 'f', -1, 64) + " ms" }

func (c *checker) report(n ast.Node, msg string) {
	if c.reported[n] {
		return
	}
	c.reported[n] = true
	start, end := c.fl.File.Span(n)
	c.pass.Report(analysis.Diagnostic{Pos: start, End: end, Category: rule, Message: msg})
}

// checkResultTimer reports a setTimeout whose callback reads training
// results while a fit of the same function has not been awaited.
func (c *checker) checkResultTimer(s *ast.CallExpression) {
	if c.reported[s] || len(s.ArgumentList) == 0 || c.promiseTimer(s) != nil {
		return
	}
	cb := c.fl.LocalFunction(s.ArgumentList[0])
	if cb == nil || c.cleared(s) {
		return
	}
	bodies := c.reachable(cb)
	for _, fn := range bodies {
		if c.trains(fn) {
			return // the timer starts training; it does not wait for it
		}
	}
	reads := false
	for _, fn := range bodies {
		if c.readsResults(fn) {
			reads = true
			break
		}
	}
	if !reads {
		return
	}
	for _, t := range c.byOwner[c.fl.Owner(s)] {
		if !t.IsFit() || !c.pending(t, s) {
			continue
		}
		ms := "delay"
		if len(s.ArgumentList) < 2 {
			ms = formatMS(0)
		} else if v, ok := c.fl.Eval().Number(s.ArgumentList[1]); ok {
			ms = formatMS(v)
		}
		c.report(s, waitMessage("setTimeout", ms, c.fl.Describe(t.Receiver, "model"), t.Method))
		return
	}
}

// cleared reports a timer whose id is kept and passed to clearTimeout: a
// watchdog ("still training…") cancelled when training ends, not a wait.
func (c *checker) cleared(s *ast.CallExpression) bool {
	var b *jsast.Binding
	prop := ""
	switch p := c.fl.Parent(s).(type) {
	case *ast.Binding:
		if id, ok := p.Target.(*ast.Identifier); ok {
			b = c.tf.Scope.ObjectOf(id)
		}
	case *ast.AssignExpression:
		switch l := p.Left.(type) {
		case *ast.Identifier:
			b = c.tf.Scope.ObjectOf(l)
		case *ast.DotExpression:
			prop = l.Identifier.Name.String()
		}
	}
	if b == nil && prop == "" {
		return false
	}
	found := false
	for _, call := range c.clears {
		switch a := jsast.Arg(call.ArgumentList, 0).(type) {
		case *ast.Identifier:
			found = found || (b != nil && c.tf.Scope.ObjectOf(a) == b)
		case *ast.DotExpression:
			found = found || (prop != "" && a.Identifier.Name.String() == prop)
		}
	}
	return found
}

// pending reports whether training t may still run when the timer s is
// armed: s comes first, or t's promise is not awaited before s.
func (c *checker) pending(t promiseflow.Call, s ast.Node) bool {
	if c.fl.Before(s, t.Node) {
		return true
	}
	for _, a := range c.fl.Awaits(t.Node) {
		if c.fl.Before(a, s) {
			return false
		}
	}
	return true
}

// pendingAt reports whether training t runs while the pause at aw waits:
// t starts before the pause and is not awaited before it.
func (c *checker) pendingAt(t promiseflow.Call, aw ast.Node) bool {
	if !c.fl.Before(t.Node, aw) {
		return false
	}
	for _, a := range c.fl.Awaits(t.Node) {
		if c.fl.Before(a, aw) {
			return false
		}
	}
	return true
}

// reachable returns fn and the local functions it calls, two levels deep.
func (c *checker) reachable(fn ast.Node) []ast.Node {
	out := []ast.Node{fn}
	seen := map[ast.Node]bool{fn: true}
	for level, from := 0, 0; level < 2; level++ {
		to := len(out)
		for _, f := range out[from:to] {
			c.fl.EachCall(f, func(call *ast.CallExpression) {
				if g := c.fl.LocalFunction(call.Callee); g != nil && !seen[g] {
					seen[g] = true
					out = append(out, g)
				}
			})
		}
		from = to
	}
	return out
}

func (c *checker) trains(fn ast.Node) bool {
	found := false
	c.fl.EachCall(fn, func(call *ast.CallExpression) {
		if !found {
			_, found = c.fl.TrainingCall(call)
		}
	})
	return found
}

// resultProps are the History and logs entries a callback reads once training is done.
var resultProps = map[string]bool{
	"loss": true, "val_loss": true, "acc": true, "val_acc": true, "accuracy": true, "val_accuracy": true,
}

var readMethods = map[string]bool{"predict": true, "predictOnBatch": true, "evaluate": true, "evaluateDataset": true}

// readsResults reports a function that reads what training produces.
func (c *checker) readsResults(fn ast.Node) bool {
	found := false
	c.fl.EachNode(fn, func(n ast.Node) {
		if found {
			return
		}
		switch x := n.(type) {
		case *ast.CallExpression:
			if dot, ok := x.Callee.(*ast.DotExpression); ok && readMethods[dot.Identifier.Name.String()] {
				cls := c.tf.ClassOf(dot.Left)
				found = cls == "" || tfapi.ClassKind(cls) == tfapi.KindModel
			} else if pc, ok := c.fl.PromiseCall(x); ok && pc.Method == "save" {
				found = true
			}
		case *ast.Identifier:
			b := c.tf.Scope.ObjectOf(x)
			switch {
			case b != nil && c.fitResults[b]:
				found = true
			case x.Name == "history" && b != nil, x.Name == "logs":
				found = true
			}
		case *ast.DotExpression:
			name := x.Identifier.Name.String()
			if resultProps[name] {
				found = true
			} else if name == "history" {
				found = c.tf.Scope.GlobalName(x) == "" // not window.history
			}
		}
	})
	return found
}

// findFitResults collects the variables that hold what a fit returns:
// `h = await model.fit(…)`, `p = model.fit(…)`, the parameter of
// `model.fit(…).then(h => …)` and variables assigned from it.
func (c *checker) findFitResults() {
	for _, t := range c.trainings {
		if !t.Async() {
			continue
		}
		var child ast.Node = t.Node
		p := c.fl.Parent(child)
		for {
			switch p.(type) {
			case *ast.OptionalChain, *ast.AwaitExpression:
				child, p = p, c.fl.Parent(p)
				continue
			}
			break
		}
		switch x := p.(type) {
		case *ast.Binding:
			if id, ok := x.Target.(*ast.Identifier); ok && ast.Node(x.Initializer) == child {
				c.addResult(id)
			}
		case *ast.AssignExpression:
			if id, ok := x.Left.(*ast.Identifier); ok && ast.Node(x.Right) == child {
				c.addResult(id)
			}
		}
		f := c.fl.FateOf(t.Node, false)
		then, ok := f.Node.(*ast.CallExpression)
		if f.Kind != promiseflow.Chained || !ok || len(then.ArgumentList) == 0 {
			continue
		}
		dot, _ := then.Callee.(*ast.DotExpression)
		if dot == nil || dot.Identifier.Name != "then" {
			continue
		}
		cb := then.ArgumentList[0]
		params := jsast.FunctionParams(cb)
		if params == nil || len(params.List) == 0 {
			continue
		}
		param, ok := params.List[0].Target.(*ast.Identifier)
		if !ok {
			continue
		}
		pb := c.addResult(param)
		c.fl.EachNode(cb, func(n ast.Node) {
			if a, ok := n.(*ast.AssignExpression); ok {
				if r, ok := a.Right.(*ast.Identifier); ok && pb != nil && c.tf.Scope.ObjectOf(r) == pb {
					if l, ok := a.Left.(*ast.Identifier); ok {
						c.addResult(l)
					}
				}
			}
		})
	}
}

func (c *checker) addResult(id *ast.Identifier) *jsast.Binding {
	b := c.tf.Scope.ObjectOf(id)
	if b != nil {
		c.fitResults[b] = true
	}
	return b
}
