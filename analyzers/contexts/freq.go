package contexts

import (
	"bytes"
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/jsast"
)

// site is one place that makes a function run: a call, a registration, or
// evidence that callers are out of sight.
type site struct {
	repeat  *Repeat  // a repeated context around the site (or the registration's own)
	fn      ast.Node // else the function whose invocation runs the site; nil: the top level
	unknown bool     // callers the file does not show
	tidy    bool     // the site is inside a tidy scope: what the function leaks there is freed
	// The same site with loops over data made transparent (growth): what
	// repeats around the site once the loops that only walk items are
	// seen through, and whether such a loop was.
	gRepeat *Repeat
	gFn     ast.Node
	gLoopy  bool
}

// computeFrequencies decides how often every function that is not an
// inline callback runs: as often as its most frequent site. Sites are
// collected once; frequencies only rise, so iterating to a fixpoint ends.
func (c *Info) computeFrequencies() {
	sites := map[ast.Node][]site{}
	var funcs []ast.Node // boundary functions in source order
	add := func(fn ast.Node, s site) { sites[fn] = append(sites[fn], s) }
	here := func(stack []ast.Node) site {
		r, b := c.local(stack)
		gr, gb, loopy := c.localGrowth(stack)
		return site{repeat: r, fn: b, tidy: c.inTidy(stack), gRepeat: gr, gFn: gb, gLoopy: loopy}
	}
	esm := isESModule(c.File)
	exported := exportedNames(c.File)
	methods := c.classMethods()
	unresolvedMembers := map[string]bool{}

	// Programmatic clicks are added after the walk, so that a handler's
	// own registration explains its frequency when both are per event.
	type clickAt struct {
		fn ast.Node
		s  site
	}
	var clicks []clickAt
	addClick := func(fn ast.Node, s site) { clicks = append(clicks, clickAt{fn, s}) }
	in := c.File.Inspector()
	srcSites := map[string][]site{} // element text -> where its src is set
	in.WithStack([]ast.Node{(*ast.FunctionLiteral)(nil), (*ast.ArrowFunctionLiteral)(nil), (*ast.Identifier)(nil), (*ast.DotExpression)(nil), (*ast.AssignExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.AssignExpression:
			if dot, ok := n.Left.(*ast.DotExpression); ok && (dot.Identifier.Name == "src" || dot.Identifier.Name == "srcObject") {
				key := c.File.Text(dot.Left)
				srcSites[key] = append(srcSites[key], here(stack))
			}
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			i := len(stack) - 1
			if r := c.repeated[n]; r != nil {
				funcs = append(funcs, n)
				st := site{repeat: r, gRepeat: r}
				if c.itemCallback(n) || r.bounded {
					// Growth: an array callback runs where the array is walked.
					st.gRepeat, st.gFn, st.gLoopy = c.localGrowth(stack[:i])
					st.gLoopy = true
				}
				add(n, st)
			}
			if c.loadOf[n] != nil && InlineArgument(stack, i) {
				funcs = append(funcs, n)
				add(n, here(stack[:i])) // registered here; see srcSites below
				return true
			}
			if InlineArgument(stack, i) {
				return true
			}
			if c.repeated[n] == nil {
				funcs = append(funcs, n)
			}
			if call := c.runsWith[n]; call != nil {
				if j := slices.Index(stack, call); j >= 0 {
					add(n, here(stack[:j+1]))
					return true
				}
			}
			c.functionSites(n, stack, add, here, methods, esm, exported)
		case *ast.Identifier:
			b := c.TF.Scope.Uses[n]
			if b == nil {
				b = c.globalFns[n.Name.String()]
			}
			if b == nil {
				return true
			}
			if b.Kind == jsast.ClassName {
				c.classRef(b, n, stack, add, here, methods)
				return true
			}
			fn, _ := c.LocalFunction(n)
			if fn == nil || slices.Contains(b.Writes, n) {
				return true
			}
			c.refSite(fn, n, stack, add, here)
		case *ast.DotExpression:
			c.clickSite(n, stack, addClick, here)
			c.memberRef(n, stack, add, here, methods, unresolvedMembers)
		}
		return true
	})

	for _, ck := range clicks {
		add(ck.fn, ck.s)
	}
	// A load handler also runs whenever its element loads again.
	loads := slices.SortedFunc(maps.Keys(c.loadOf), func(a, b ast.Node) int { return int(a.Idx0()) - int(b.Idx0()) })
	for _, fn := range loads {
		for _, s := range srcSites[c.File.Text(c.loadOf[fn])] {
			add(fn, s)
		}
	}

	// Methods reached through receivers the file cannot resolve, and
	// methods never seen called at all, have callers out of sight.
	for _, m := range methods.all {
		// A method nothing in a module calls is dead code; in a classic
		// script another script may call it.
		if unresolvedMembers[m.name] || m.cls.escapes || (len(sites[m.body]) == 0 && !esm) {
			add(m.body, site{unknown: true})
		}
	}
	// Calls from the other files of the run.
	for fn := range c.seedCallers(sites) {
		funcs = append(funcs, fn)
	}

	isMethod := map[ast.Node]bool{}
	for _, m := range methods.all {
		isMethod[m.body] = true
	}
	for _, fn := range funcs {
		if len(sites[fn]) == 0 && !isMethod[fn] && !(esm && c.named(fn)) {
			add(fn, site{unknown: true}) // a classic script's function may be called by another script or the page
		}
	}
	slices.SortFunc(funcs, func(a, b ast.Node) int { return int(a.Idx0()) - int(b.Idx0()) })
	funcs = slices.Compact(funcs)

	c.markTrainers(funcs, sites)
	solve(funcs, sites, c.freq, c.why, func(site) bool { return true })
	// What a function leaks is freed at the calls inside a tidy: its leaks
	// grow only as often as its other calls.
	solve(funcs, sites, c.leakFreq, c.leakWhy, func(s site) bool { return !s.tidy })
	// Growth: the same with loops over data seen through.
	growth := map[ast.Node][]site{}
	for fn, ss := range sites {
		for _, st := range ss {
			// A function that calls itself once per item of its data
			// (a split tensor's columns) recurses as far as the data goes:
			// bounded, like the loop it calls itself from.
			if !st.tidy && !(st.gFn == fn && st.gLoopy && st.gRepeat == nil) {
				growth[fn] = append(growth[fn], site{repeat: st.gRepeat, fn: st.gFn, unknown: st.unknown})
			}
		}
	}
	solve(funcs, growth, c.growFreq, c.growWhy, func(site) bool { return true })
	for changed, round := true, 0; changed && round < len(funcs)+2; round++ {
		changed = false
		for _, fn := range funcs {
			if c.loopy[fn] {
				continue
			}
			for _, st := range sites[fn] {
				if !st.tidy && (st.gLoopy || (st.gRepeat == nil && st.gFn != nil && c.loopy[st.gFn])) {
					c.loopy[fn], changed = true, true
					break
				}
			}
		}
	}
}

// itemCallback reports an array-iteration callback (forEach, map, …):
// it runs once per item of an array; so does a Dataset.forEachAsync one
// that does not train. A Dataset.map callback is not one: it runs per
// element of a stream that training pulls.
func (c *Info) itemCallback(fn ast.Node) bool {
	r := c.repeated[fn]
	return r != nil && (r.array || r.finite)
}

// localGrowth is local with loops over data made transparent: it walks out
// through non-training loops and array callbacks (noting that it did) to
// the repetition that makes the code grow, or the function that runs it.
func (c *Info) localGrowth(stack []ast.Node) (*Repeat, ast.Node, bool) {
	loopy := false
	for i := len(stack) - 1; i >= 0; i-- {
		n := stack[i]
		if r := c.queued[n]; r != nil {
			return r, nil, loopy
		}
		if jsast.IsFunction(n) {
			if c.itemCallback(n) && InlineArgument(stack, i) {
				loopy = true
				continue
			}
			if c.repeated[n] == nil && c.loadOf[n] == nil && InlineArgument(stack, i) {
				continue
			}
			return nil, n, loopy
		}
		if i+1 < len(stack) && isLoopBody(n, stack[i+1]) && !c.notLoops[n] {
			r := c.loops[n]
			if r == nil {
				r = &Repeat{Kind: Loop, Node: n}
			}
			if r.Detail == "training step" && !c.fewSteps(n) || !dataLoop(n) {
				return r, nil, loopy // trains, or runs until something stops it (while (isPredicting))
			}
			loopy = true
		}
	}
	return nil, nil, loopy
}

// maxFewSteps is the largest constant step count of a training loop that
// is seen through like a loop over data: a demo that trains 100 steps at
// page load leaks what one step leaks a hundred times, once.
const maxFewSteps = 1000

// fewSteps reports a counted training loop whose bound is a constant of at
// most maxFewSteps: `for (let i = 0; i < 100; i++)`. A loop over the data
// (`k < xs.length`) is not one: a pass over MNIST in batches of 128 leaks
// hundreds of megabytes, one over iris a few kilobytes, and only the data
// tells which.
func (c *Info) fewSteps(loop ast.Node) bool {
	l, ok := loop.(*ast.ForStatement)
	return ok && l.Update != nil && c.ev != nil && fewCount(c.ev, l.Test)
}

// fewCount reports a test that keeps a counter below a constant of at most
// maxFewSteps: `i < 100`, `epochs - 1 > i`.
func fewCount(ev *constant.Evaluator, test ast.Expression) bool {
	return smallBound(ev, test, []token.Token{token.LESS, token.LESS_OR_EQUAL}, []token.Token{token.GREATER, token.GREATER_OR_EQUAL})
}

// stopCount reports a test that turns true once a counter reaches a
// constant of at most maxFewSteps: `n >= 10`, `count === 5`, `10 <= n`.
func stopCount(ev *constant.Evaluator, test ast.Expression) bool {
	return smallBound(ev, test, []token.Token{token.GREATER, token.GREATER_OR_EQUAL, token.STRICT_EQUAL, token.EQUAL}, []token.Token{token.LESS, token.LESS_OR_EQUAL})
}

// smallBound reports a comparison whose constant side is at most
// maxFewSteps: the right operand under the operators boundRight, the left
// under boundLeft.
func smallBound(ev *constant.Evaluator, test ast.Expression, boundRight, boundLeft []token.Token) bool {
	t, ok := test.(*ast.BinaryExpression)
	if !ok {
		return false
	}
	var bound ast.Expression
	switch {
	case slices.Contains(boundRight, t.Operator):
		bound = t.Right
	case slices.Contains(boundLeft, t.Operator):
		bound = t.Left
	default:
		return false
	}
	n, ok := ev.Number(bound)
	return ok && n <= maxFewSteps
}

// dataLoop reports a loop that walks items: for…of, for…in, a counting
// for (an update and a test against a bound), or a for that stops at the
// first missing item (`f = files[i]`). while, do and for (;;) loops
// run until something stops them, however long that is.
func dataLoop(loop ast.Node) bool {
	switch l := loop.(type) {
	case *ast.ForOfStatement, *ast.ForInStatement:
		return true
	case *ast.ForStatement:
		if l.Test == nil || l.Update == nil {
			return false
		}
		if a, ok := l.Test.(*ast.AssignExpression); ok {
			// for (let i = 0, f; f = files[i]; i++): until the items run out.
			_, indexed := a.Right.(*ast.BracketExpression)
			return a.Operator == token.ASSIGN && indexed
		}
		t, ok := l.Test.(*ast.BinaryExpression)
		if !ok {
			return false
		}
		switch t.Operator {
		case token.LESS, token.LESS_OR_EQUAL, token.GREATER, token.GREATER_OR_EQUAL:
			return true
		}
	}
	return false
}

// markTrainers finds the functions that train: they contain a training
// call, or call (directly or through helpers) a function that does.
func (c *Info) markTrainers(funcs []ast.Node, sites map[ast.Node][]site) {
	// Every function around a training call trains (walked up once per
	// call, not tested function by function).
	for _, t := range c.trainCalls {
		for n := c.File.Parent(t); n != nil; n = c.File.Parent(n) {
			if jsast.IsFunction(n) {
				if c.trainers[n] {
					break
				}
				c.trainers[n] = true
			}
		}
	}
	for changed, round := true, 0; changed && round < len(funcs)+2; round++ {
		changed = false
		for _, fn := range funcs {
			if !c.trainers[fn] {
				continue
			}
			for _, s := range sites[fn] {
				if s.fn != nil && !c.trainers[s.fn] {
					c.trainers[s.fn], changed = true, true
				}
			}
		}
	}
}

// solve raises each function's frequency to its most frequent included
// site until nothing changes.
func solve(funcs []ast.Node, sites map[ast.Node][]site, freq map[ast.Node]Frequency, why map[ast.Node]*Repeat, include func(site) bool) {
	for changed, round := true, 0; changed && round < 4*len(funcs)+4; round++ {
		changed = false
		for _, fn := range funcs {
			best, w := freq[fn], why[fn]
			for _, s := range sites[fn] {
				if !include(s) {
					continue
				}
				f, r := siteFrequency(fn, s, freq, why)
				if f > best {
					best, w = f, r
				}
			}
			if best != freq[fn] {
				freq[fn], why[fn], changed = best, w, true
			}
		}
	}
}

// siteFrequency is how often a site runs, and the context that says so.
func siteFrequency(fn ast.Node, s site, freq map[ast.Node]Frequency, why map[ast.Node]*Repeat) (Frequency, *Repeat) {
	switch {
	case s.unknown:
		return Unknown, nil
	case s.repeat != nil:
		return s.repeat.Frequency(), s.repeat
	case s.fn == nil:
		return Once, nil
	case s.fn == fn:
		return PerIteration, &Repeat{Kind: Recursion, Node: fn}
	}
	return freq[s.fn], why[s.fn]
}

// inTidy reports a tidy scope around the last node of stack (as Of does),
// or a startScope()/endScope() pair in the code that runs it.
func (c *Info) inTidy(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		n := stack[i]
		if !jsast.IsFunction(n) {
			if c.scoped[n] {
				return true // between startScope() and endScope()
			}
			continue
		}
		if c.tidy[n] {
			return true
		}
		if !InlineArgument(stack, i) || jsast.IsAsync(n) || deferred(stack[i-1]) {
			return false
		}
	}
	return false
}

// functionSites records how a function literal that is not an inline
// callback gets invoked, from where it stands: an immediately invoked
// function runs where it is called; an exported one has unknown callers;
// one stored in a property or object, or returned, is called from out of
// sight. Named functions are found through their references (refSite).
func (c *Info) functionSites(fn ast.Node, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site, methods *classIndex, esm bool, exported map[string]bool) {
	i := len(stack) - 1
	if i == 0 {
		return
	}
	parent := stack[i-1]
	if b := c.TF.Scope.FunctionBinding(fn); b != nil {
		if exported[b.Name] || isExportDeclaration(stack, i) {
			add(fn, site{unknown: true})
		}
		return // its references say the rest
	}
	if a, ok := parent.(*ast.AssignExpression); ok {
		if id, ok := a.Left.(*ast.Identifier); ok && c.globalFns[id.Name.String()] != nil && c.globalFns[id.Name.String()].Init == fn {
			return // a function assigned to an undeclared name: its references say the rest
		}
	}
	switch p := parent.(type) {
	case *ast.CallExpression:
		if p.Callee == fn {
			add(fn, here(stack[:i])) // an IIFE
			return
		}
	case *ast.MethodDefinition:
		return // methods: see classMethods and memberRef
	case *ast.ExpressionStatement:
		if c.repeated[fn] != nil {
			return
		}
		for _, s := range c.File.Scripts {
			if s.Handler && len(s.Program.Body) == 1 && s.Program.Body[0] == p {
				add(fn, site{}) // an on*="…" attribute of a load-time event
				return
			}
		}
	case *ast.AssignExpression:
		if dot, ok := p.Left.(*ast.DotExpression); ok && p.Right == fn {
			name := dot.Identifier.Name.String()
			if c.repeated[fn] != nil {
				return
			}
			if loadHandlerProperty(name) {
				add(fn, here(stack[:i])) // img.onload = …: runs as often as the code that sets it
				return
			}
		}
	}
	if c.repeated[fn] == nil {
		add(fn, site{unknown: true})
	}
}

// refSite records what one reference to a local function does with it.
func (c *Info) refSite(fn ast.Node, id *ast.Identifier, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site) {
	i := len(stack) - 1
	if i == 0 {
		return
	}
	parent := stack[i-1]
	switch p := parent.(type) {
	case *ast.CallExpression:
		if p.Callee == id {
			add(fn, here(stack[:i]))
			return
		}
		if c.repeated[fn] != nil {
			return // the registration that made it repeat
		}
		st := here(stack[:i])
		if st.fn == fn && st.repeat == nil && !deferred(p) {
			// A function handing itself to code out of sight (Babel's
			// regeneratorRuntime.wrap(…, _callee, this)) is not calling itself.
			return
		}
		add(fn, st) // passed to a function: runs where that call runs
		return
	case *ast.NewExpression:
		if c.repeated[fn] == nil {
			add(fn, here(stack[:i]))
		}
		return
	case *ast.DotExpression:
		c.callApplyBind(fn, p, stack, add, here)
		return // f.name, f.length: not a call
	case *ast.AssignExpression:
		if dot, ok := p.Left.(*ast.DotExpression); ok && p.Right == id {
			if c.repeated[fn] != nil {
				return
			}
			name := dot.Identifier.Name.String()
			if loadHandlerProperty(name) {
				add(fn, here(stack[:i]))
				return
			}
		}
	case *ast.UnaryExpression, *ast.BinaryExpression, *ast.IfStatement, *ast.ConditionalExpression:
		return // typeof f, f === g, if (f): not a call
	}
	add(fn, site{unknown: true})
}

// callApplyBind records f.call(…), f.apply(…) and f.bind(…) (dot is the
// member access on the reference that ends stack[:len-1]) as sites of fn,
// and reports whether dot was one of them.
func (c *Info) callApplyBind(fn ast.Node, dot *ast.DotExpression, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site) bool {
	i := len(stack) - 1
	if i < 2 {
		return false
	}
	call, ok := stack[i-2].(*ast.CallExpression)
	if !ok || call.Callee != dot {
		return false
	}
	switch dot.Identifier.Name.String() {
	case "call", "apply":
		add(fn, here(stack[:i-1]))
		return true
	case "bind":
		if c.repeated[fn] == nil {
			add(fn, here(stack[:i-1]))
		}
		return true
	}
	return false
}

// isExportDeclaration reports a function declared by `export function` or
// `export default function`, or an `export const f = () => …`.
func isExportDeclaration(stack []ast.Node, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if _, ok := stack[j].(*ast.ExportDeclaration); ok {
			return true
		}
	}
	return false
}

// named reports a function the file can only reach by its name.
func (c *Info) named(fn ast.Node) bool { return c.TF.Scope.FunctionBinding(fn) != nil }

// isESModule reports a file with import or export statements: its
// functions are only reachable through its exports.
func isESModule(f *jsast.File) bool {
	for _, s := range f.Scripts {
		if !s.Module {
			continue
		}
		for _, st := range s.Program.Body {
			switch st.(type) {
			case *ast.ImportDeclaration, *ast.ExportDeclaration:
				return true
			}
		}
	}
	return false
}

// exportedNames are the names a module exports by `export {a, b}`.
// Declarations exported in place are seen from their stack
// (isExportDeclaration); CommonJS exports store the function in a property
// or object, which refSite treats as called from out of sight.
func exportedNames(f *jsast.File) map[string]bool {
	out := map[string]bool{}
	for _, s := range f.Scripts {
		for _, st := range s.Program.Body {
			if ed, ok := st.(*ast.ExportDeclaration); ok && ed.NamedExports != nil && ed.FromClause == nil {
				for _, sp := range ed.NamedExports.ExportsList {
					out[sp.IdentifierName.String()] = true
				}
			}
		}
	}
	return out
}

// indexLoops builds the repeated context of every loop once, so that Of
// (called concurrently by the analyzers) only reads.
func (c *Info) indexLoops() {
	c.loops, c.notLoops = map[ast.Node]*Repeat{}, map[ast.Node]bool{}
	var ev *constant.Evaluator // built on the first counting loop
	var trains []ast.Node      // training calls, resolved or by their unmistakable method names
	defer func() { c.trainCalls = trains }()
	for _, call := range c.TF.Calls {
		if call.API.Train {
			trains = append(trains, call.Node)
		}
	}
	c.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if dot, ok := n.(*ast.CallExpression).Callee.(*ast.DotExpression); ok && trainMethods[dot.Identifier.Name.String()] {
			if _, known := c.TF.API(n.(*ast.CallExpression)); !known {
				trains = append(trains, n)
			}
		}
	})
	// The loops around a training call train.
	trainingLoops := map[ast.Node]bool{}
	for _, t := range trains {
		for n := c.File.Parent(t); n != nil; n = c.File.Parent(n) {
			switch n.(type) {
			case *ast.ForStatement, *ast.ForOfStatement, *ast.ForInStatement, *ast.WhileStatement, *ast.DoWhileStatement:
				trainingLoops[n] = true
			}
		}
	}
	sagas := c.sagaLoops()
	c.File.Inspector().Preorder([]ast.Node{(*ast.ForStatement)(nil), (*ast.ForOfStatement)(nil), (*ast.ForInStatement)(nil),
		(*ast.WhileStatement)(nil), (*ast.DoWhileStatement)(nil)}, func(n ast.Node) {
		if stateMachine(c.File, n) {
			c.notLoops[n] = true
			return
		}
		if c.onePass(n, &ev) {
			c.notLoops[n] = true // for (let i = 0; i < 1; i++): its body runs once
			return
		}
		r := &Repeat{Kind: Loop, Node: n}
		if trainingLoops[n] {
			r.Detail = "training step"
		}
		// A loop over a handful of fixed items (the layers to build, three
		// sample inputs) repeats nothing that grows: it runs as often as the
		// code around it. A training loop is one however short.
		if r.Detail == "" && c.fewIterations(n, &ev) {
			c.notLoops[n] = true
			return
		}
		if sagas[n] {
			// while (true) { const action = yield take(…); … }: one pass
			// per dispatched action, like an event handler.
			r.Kind, r.Detail = Listener, "action"
		}
		c.loops[n] = r
	})
}

// sagaLoops finds redux-saga watcher loops: loops whose body waits with
// `yield take(…)` (take from 'redux-saga/effects') for the next action.
func (c *Info) sagaLoops() map[ast.Node]bool {
	if !bytes.Contains(c.File.Src, []byte("redux-saga")) {
		return nil
	}
	loops := map[ast.Node]bool{}
	c.File.Inspector().Preorder([]ast.Node{(*ast.YieldExpression)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.YieldExpression).Argument.(*ast.CallExpression)
		if !ok {
			return
		}
		id, ok := call.Callee.(*ast.Identifier)
		if !ok {
			return
		}
		if b := c.TF.Scope.ObjectOf(id); b == nil || b.Import == nil || b.Import.Name != "take" || !strings.HasPrefix(b.Import.Module, "redux-saga") {
			return
		}
		for p := c.File.Parent(n); p != nil && !jsast.IsFunction(p); p = c.File.Parent(p) {
			switch p.(type) {
			case *ast.ForStatement, *ast.WhileStatement, *ast.DoWhileStatement:
				loops[p] = true
			}
		}
	})
	return loops
}

// stateMachine reports the loop Babel's regenerator and TypeScript's
// __generator compile async functions into: `while (1) switch (…)` over
// `_context.next` or `_a.label`. Each await is a case, not an iteration.
func stateMachine(f *jsast.File, loop ast.Node) bool {
	var test ast.Expression
	var body ast.Statement
	switch l := loop.(type) {
	case *ast.WhileStatement:
		test, body = l.Test, l.Body
	case *ast.ForStatement:
		test, body = l.Test, l.Body
	default:
		return false
	}
	if test != nil {
		if t := f.Text(test); t != "1" && t != "true" {
			return false
		}
	}
	if b, ok := body.(*ast.BlockStatement); ok && len(b.List) == 1 {
		body = b.List[0]
	}
	sw, ok := body.(*ast.SwitchStatement)
	if !ok {
		return false
	}
	d := f.Text(sw.Discriminant)
	return strings.Contains(d, "_context") || strings.Contains(d, ".label") || strings.Contains(d, ".next")
}

// fewLimit is how many iterations count as a handful.
const fewLimit = 16

// fewIterations reports a loop whose iteration count the code fixes at a
// handful: for…of over a short array literal, or a counting for loop with
// literal bounds.
func (c *Info) fewIterations(loop ast.Node, ev **constant.Evaluator) bool {
	switch l := loop.(type) {
	case *ast.ForOfStatement:
		return c.shortArray(l.Source)
	case *ast.ForStatement:
		if *ev == nil {
			*ev = constant.New(c.File)
		}
		from, to, ok := countingBounds(*ev, l)
		return ok && to-from <= fewLimit
	}
	return false
}

// onePass reports a counting loop whose constant bounds let its body run
// at most once, training or not: `for (let i = 0; i < 1; i++)`, and a
// for…of over a one-element array literal.
func (c *Info) onePass(loop ast.Node, ev **constant.Evaluator) bool {
	switch l := loop.(type) {
	case *ast.ForOfStatement:
		arr, ok := l.Source.(*ast.ArrayLiteral)
		return ok && len(arr.Value) <= 1
	case *ast.ForStatement:
		if *ev == nil {
			*ev = constant.New(c.File)
		}
		from, to, ok := countingBounds(*ev, l)
		return ok && to-from <= 1 && incrementsByOne(l.Update)
	}
	return false
}

// incrementsByOne reports `i++`, `++i` or `i += 1` (a step that cannot
// make a counting loop with to-from <= 1 run twice is any positive one,
// but these are what such loops are written with).
func incrementsByOne(e ast.Expression) bool {
	switch u := e.(type) {
	case *ast.UnaryExpression:
		return u.Operator == token.INCREMENT
	case *ast.AssignExpression:
		n, ok := u.Right.(*ast.NumberLiteral)
		return ok && u.Operator == token.PLUS && n.Literal == "1"
	}
	return false
}

// shortArray reports an array literal (or a never reassigned variable
// holding one) of at most fewLimit elements.
func (c *Info) shortArray(e ast.Expression) bool {
	if id, ok := e.(*ast.Identifier); ok {
		if b := c.TF.Scope.ObjectOf(id); b != nil && b.Kind != jsast.Param && b.Stable() && b.Init != nil {
			e = b.Init
		}
	}
	arr, ok := e.(*ast.ArrayLiteral)
	return ok && len(arr.Value) <= fewLimit
}

// countingBounds reads `for (let i = A; i < B; i++)` (or <=) with literal
// or constant A and B.
func countingBounds(ev *constant.Evaluator, l *ast.ForStatement) (from, to float64, ok bool) {
	init, isLex := l.Initializer.(*ast.ForLoopInitializerLexicalDecl)
	if !isLex || len(init.LexicalDeclaration.List) != 1 || init.LexicalDeclaration.List[0].Initializer == nil {
		return 0, 0, false
	}
	from, ok = ev.Number(init.LexicalDeclaration.List[0].Initializer)
	test, isBin := l.Test.(*ast.BinaryExpression)
	if !ok || !isBin {
		return 0, 0, false
	}
	to, ok = ev.Number(test.Right)
	switch {
	case !ok:
		return 0, 0, false
	case test.Operator == token.LESS_OR_EQUAL:
		to++
	case test.Operator != token.LESS:
		return 0, 0, false
	}
	return from, to, true
}

// trainMethods name the calls that take an optimizer step.
var trainMethods = map[string]bool{"fit": true, "fitDataset": true, "trainOnBatch": true, "minimize": true, "applyGradients": true}

// classIndex holds the methods of the file's classes.
type classIndex struct {
	all   []*method
	byLit map[*ast.ClassLiteral]*classInfo
}

type classInfo struct {
	lit      *ast.ClassLiteral
	methods  map[string]*method // instance methods
	statics  map[string]*method
	ctor     *method
	escapes  bool // exported or handed around: its methods have unknown callers
	exported bool
}

type method struct {
	name string
	body ast.Node // the method's *ast.FunctionLiteral
	cls  *classInfo
}

// classMethods indexes the plain methods of every class in the file.
func (c *Info) classMethods() *classIndex {
	idx := &classIndex{byLit: map[*ast.ClassLiteral]*classInfo{}}
	exported := exportedNames(c.File)
	c.File.Inspector().WithStack([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		cl := n.(*ast.ClassLiteral)
		ci := &classInfo{lit: cl, methods: map[string]*method{}, statics: map[string]*method{}}
		ci.escapes = isExportDeclaration(stack, len(stack)-1) || (cl.Name != nil && exported[cl.Name.Name.String()])
		idx.byLit[cl] = ci
		for _, el := range cl.Body {
			m, ok := el.(*ast.MethodDefinition)
			if !ok || m.Body == nil || m.Computed {
				continue
			}
			key, ok := m.Key.(*ast.StringLiteral)
			if !ok {
				continue
			}
			me := &method{name: key.Value.String(), body: m.Body, cls: ci}
			switch {
			case m.Kind != ast.PropertyKindMethod:
				continue // getters and setters: any property read may run them
			case me.name == "constructor" && !m.Static:
				ci.ctor = me
			case m.Static:
				ci.statics[me.name] = me
			default:
				ci.methods[me.name] = me
			}
			idx.all = append(idx.all, me)
		}
		return true
	})
	return idx
}

// classOf resolves a class expression (`C` in `new C()`) to a class of the file.
func (c *Info) classOf(e ast.Expression) *ast.ClassLiteral {
	id, ok := e.(*ast.Identifier)
	if !ok {
		return nil
	}
	b := c.TF.Scope.ObjectOf(id)
	if b == nil {
		return nil
	}
	if cl, ok := b.Decl.(*ast.ClassLiteral); ok && b.Kind == jsast.ClassName {
		return cl
	}
	if cl, ok := b.Init.(*ast.ClassLiteral); ok && b.Stable() {
		return cl
	}
	return nil
}

// classRef records what a reference to a class name does: `new C()` runs
// the constructor there; `C.m()` is handled as a member; anything else
// hands the class to code out of sight.
func (c *Info) classRef(b *jsast.Binding, id *ast.Identifier, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site, idx *classIndex) {
	cl, _ := b.Decl.(*ast.ClassLiteral)
	ci := idx.byLit[cl]
	i := len(stack) - 1
	if ci == nil || i == 0 {
		return
	}
	switch p := stack[i-1].(type) {
	case *ast.NewExpression:
		if p.Callee == id {
			if ci.ctor != nil {
				add(ci.ctor.body, here(stack[:i]))
			}
			return
		}
	case *ast.DotExpression:
		if p.Left == id {
			return // C.staticMethod: see memberRef
		}
	case *ast.ClassLiteral:
		if p.SuperClass == id {
			return
		}
	}
	ci.escapes = true
}

// memberRef records what `this.m`, `C.m` or `x.m` (x = new C()) does with
// a method of the file; other member names are noted as called through
// receivers the analysis cannot see.
func (c *Info) memberRef(dot *ast.DotExpression, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site, idx *classIndex, unresolved map[string]bool) {
	name := dot.Identifier.Name.String()
	var m *method
	switch left := dot.Left.(type) {
	case *ast.ThisExpression:
		if cl := c.TF.EnclosingClass(dot); cl != nil {
			if ci := idx.byLit[cl]; ci != nil {
				m = ci.methods[name]
			}
		}
	case *ast.Identifier:
		if cl := c.classOf(left); cl != nil {
			if ci := idx.byLit[cl]; ci != nil {
				m = ci.statics[name]
			}
		} else if b := c.TF.Scope.ObjectOf(left); b != nil && b.Kind != jsast.Param && b.Stable() {
			if ne, ok := b.Init.(*ast.NewExpression); ok {
				if cl := c.classOf(ne.Callee); cl != nil {
					if ci := idx.byLit[cl]; ci != nil {
						m = ci.methods[name]
					}
				}
			}
		}
	}
	if m == nil {
		unresolved[name] = true
		return
	}
	i := len(stack) - 1
	if i == 0 {
		return
	}
	switch p := stack[i-1].(type) {
	case *ast.CallExpression:
		if p.Callee == dot || c.repeated[m.body] == nil {
			add(m.body, here(stack[:i]))
		}
		return
	case *ast.DotExpression:
		if c.callApplyBind(m.body, p, stack, add, here) {
			return
		}
	case *ast.AssignExpression:
		if p.Left == dot {
			return // this.m = …: overwrites, does not call
		}
		if _, ok := p.Left.(*ast.DotExpression); ok && c.repeated[m.body] != nil {
			return // el.onclick = this.m: the registration that made it repeat
		}
	}
	add(m.body, site{unknown: true})
}

// clickSite records `el.click()` as a call of el's click handlers: a page
// that clicks its own button from a timer runs the handler per tick.
func (c *Info) clickSite(dot *ast.DotExpression, stack []ast.Node, add func(ast.Node, site), here func([]ast.Node) site) {
	if dot.Identifier.Name != "click" || len(stack) < 2 {
		return
	}
	call, ok := stack[len(stack)-2].(*ast.CallExpression)
	if !ok || call.Callee != dot || len(call.ArgumentList) != 0 {
		return
	}
	id, ok := c.elementID(dot.Left, 0)
	if !ok {
		return
	}
	for _, fn := range c.clickHandlers[id] {
		add(fn, here(stack))
	}
}
