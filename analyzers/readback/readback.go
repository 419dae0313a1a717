package readback

import (
	"bytes"
	"fmt"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	jstoken "github.com/grafana/sobek/token"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "readback",
	Doc:      "reports dataSync/arraySync/bufferSync in repeated contexts and async functions (rule sync-readback, tip 17)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/sync-readback.md",
	Requires: []*analysis.Analyzer{contexts.Analyzer},
	Run:      run,
}

const rule = "sync-readback"

// asyncForm maps each synchronous readback to its async counterpart.
var asyncForm = map[string]string{"dataSync": "data", "arraySync": "array", "bufferSync": "buffer"}

// runsNow are the APIs whose inline callback runs synchronously on the spot.
var runsNow = map[string]bool{
	"tf.tidy": true, "Optimizer.minimize": true, "Optimizer.computeGradients": true, "tf.variableGrads": true,
}

func run(pass *analysis.Pass) (any, error) {
	cx := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	if !bytes.Contains(cx.File.Src, []byte("Sync")) {
		return nil, nil // no dataSync, arraySync or bufferSync
	}
	c := &checker{pass: pass, cx: cx, info: cx.TF, f: cx.File}
	c.f.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if push {
			c.check(n.(*ast.CallExpression), stack)
		}
		return true
	})
	return nil, nil
}

// gradientAPIs take a function they differentiate, which runs at once
// inside a tidy: it cannot await.
var gradientAPIs = map[string]bool{"tf.variableGrads": true, "tf.grad": true, "tf.grads": true, "tf.valueAndGrad": true,
	"tf.valueAndGrads": true, "tf.customGrad": true, "Optimizer.minimize": true, "Optimizer.computeGradients": true}

// inGradientFunction reports a node inside a function that a gradient
// API differentiates.
func (c *checker) inGradientFunction(stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		if !jsast.IsFunction(stack[i]) {
			continue
		}
		call, ok := stack[i-1].(*ast.CallExpression)
		if !ok || !slices.Contains(call.ArgumentList, ast.Expression(stack[i].(ast.Expression))) {
			return c.passedToGradient(stack[i])
		}
		api, ok := c.info.API(call)
		if !ok {
			return false
		}
		if gradientAPIs[api.Name] {
			return true
		}
		if api.Name != "tf.tidy" {
			return false
		}
	}
	return false
}

// passedToGradient reports a function held in a variable that is passed
// to a gradient API: `const f = () => …; tf.variableGrads(f)`.
func (c *checker) passedToGradient(fn ast.Node) bool {
	b := c.info.Scope.InitializedBy(fn)
	if b == nil || !b.Stable() {
		return false
	}
	for _, id := range b.Refs {
		call, ok := c.f.Parent(id).(*ast.CallExpression)
		if !ok || !slices.Contains(call.ArgumentList, ast.Expression(id)) {
			continue
		}
		if api, ok := c.info.API(call); ok && gradientAPIs[api.Name] {
			return true
		}
	}
	return false
}

// cpuBackend reports a file that sets the CPU backend: tf.setBackend('cpu').
func (c *checker) cpuBackend() bool {
	if c.cpu == 0 {
		c.cpu = 1
		if c.setsCPUBackend() {
			c.cpu = 2
		}
	}
	return c.cpu == 2
}

func (c *checker) setsCPUBackend() bool {
	for _, call := range c.info.Calls {
		if call.API.Name != "tf.setBackend" {
			continue
		}
		if args := jsast.Arguments(call.Node); len(args) > 0 && c.stringValue(args[0]) == "cpu" {
			return true
		}
	}
	return false
}

// stringValue returns the string a literal, or a stable variable
// initialized with one (`const backend = 'cpu'`), holds; "" otherwise.
func (c *checker) stringValue(e ast.Expression) string {
	if id, ok := e.(*ast.Identifier); ok {
		b := c.info.Scope.ObjectOf(id)
		if b == nil || !b.Stable() {
			return ""
		}
		e = b.Init
	}
	if lit, ok := e.(*ast.StringLiteral); ok {
		return lit.Value.String()
	}
	return ""
}

type checker struct {
	pass *analysis.Pass
	cx   *contexts.Info
	info *tfapi.Info
	f    *jsast.File
	// lastRead is the statement of the last readback reported at warning,
	// and its line.
	lastRead     ast.Statement
	lastReadLine int
	// awaits are the file's await expressions, collected on first need.
	awaits []*ast.AwaitExpression
	ev     *constant.Evaluator
	// scalarFile caches scalarsOnly: 1 yes, -1 no, 0 not known yet.
	scalarFile int
	cpu        int8 // cpuBackend: 0 not computed yet, 1 no, 2 yes
	// viaScalarVar records that jsValues went through a scalar variable
	// of such a file.
	viaScalarVar bool
}

func (c *checker) check(call *ast.CallExpression, stack []ast.Node) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || len(call.ArgumentList) != 0 {
		return
	}
	method := dot.Identifier.Name.String()
	async, ok := asyncForm[method]
	if !ok {
		return
	}
	if api, ok := c.info.API(call); ok {
		if api.Name != "Tensor."+method {
			return
		}
	} else if c.info.ClassOf(dot.Left) != "" {
		return // a tfjs object of another class
	}
	if c.fromTopk(dot.Left) {
		return // topk reads its input back itself and builds its results on the CPU: nothing left to wait for
	}
	// In Node the read blocks no UI thread (tfjs-node's data() is readSync
	// anyway); in a page only a readback that repeats costs frames.
	if c.cx.Node() || runctx.Of(c.pass).NodePackage || c.cpuBackend() || runctx.Of(c.pass).CPUBackend {
		return // nor on the CPU backend, where there is no GPU to wait for
	}
	ctx := c.cx.Of(stack)
	if ctx.Dead || ctx.Test || ctx.Lazy {
		return // never, once per test run, or the first time only
	}
	var sev rules.Severity
	perOuter, paced, scalarStep, perFile := false, false, false, false
	note := "" // why a per-iteration read is info
	switch ctx.Freq {
	case contexts.PerIteration:
		sev = rules.Warning
		if c.synchronous(ctx.Repeat) || ctx.Sparse || fitCallback(ctx.Repeat) {
			// A loop that never yields (no await) blocks the page by
			// itself, so the readback adds a GPU stall but no frozen frame;
			// one every Nth step (a progress log) costs little.
			sev = rules.Info
			if fitCallback(ctx.Repeat) {
				note = " (fit has already waited for the step's logs)"
			} else if ctx.Repeat.Kind == contexts.Loop && strings.Contains(c.f.Text(ctx.Repeat.Node), "await") && !ctx.Sparse {
				note = " (the loop never lets the page render: it awaits only tfjs calls that return no promise)"
			}
			if perOuter = c.readsPerOuterStep(ctx, stack); perOuter {
				note = ""
				// The loop walks items inside code a yielding context
				// repeats (a fit callback, a frame): every step pays one
				// GPU round trip per item.
				sev = rules.Warning
			}
		}
		if sev == rules.Warning && ctx.Repeat.Kind == contexts.Interval && (ctx.Repeat.Bounded() || !(ctx.Repeat.Delay > 0 && ctx.Repeat.Delay <= fastTick)) {
			// A setInterval whose period is not a short constant (a
			// seconds-long auto-predict, a period the user types in), or
			// that stops after a few ticks, waits for the GPU once per
			// tick, with frames rendered in between.
			sev = rules.Info
			paced = true
		}
		if sev == rules.Warning && ctx.Repeat.Kind == contexts.Loop && c.sleeps(ctx.Repeat.Node, 1) {
			// The loop waits on a timer every step: it is slowed down on
			// purpose (an animated demo), and the page renders while it
			// sleeps; the read costs one short GPU wait per paced step.
			sev = rules.Info
			paced = true
		}
		if sev == rules.Warning && c.overPickedFiles(ctx.Repeat) {
			// A loop over the files the user just picked: it runs once
			// per pick, a bounded number of times.
			sev = rules.Info
			perFile = true
		}
		if sev == rules.Warning && ctx.Repeat.Kind == contexts.Loop && c.scalarTensor(dot.Left, 0) && c.yieldsFrame(ctx.Repeat.Node) {
			// One number per small step of a loop that lets the page
			// repaint between steps: the wait is one short step's work.
			sev = rules.Info
			scalarStep = true
		}
		switch {
		case sev != rules.Warning:
		case c.fewSteps(ctx.Repeat):
			// A handful of steps, once: a few short pauses.
			sev, note = rules.Info, " (a loop of a few steps)"
		case c.computedBySyncingCode(dot.Left):
			sev, note = rules.Info, " (the code computing it already reads back synchronously in this step)"
		case c.feedsYieldingLoop(ctx, call):
			sev, note = rules.Info, " (the next step needs the value, and the loop yields to the page after each step)"
		default:
			c.viaScalarVar = false
			c.viaScalarVar = false
			if ok, scalars := c.jsValues(dot.Left, 0); ok && (scalars || c.awaitsModel(ctx.Repeat)) {
				// A few ops on numbers the step itself made: little GPU
				// work to wait for (after an awaited model, none else).
				sev, note = rules.Info, " (a small tensor made from JS values in this step)"
				if c.viaScalarVar {
					note = " (the file's model is a few scalar variables: the step queues next to no GPU work)"
				}
			} else if ok && c.viaScalarVar {
				// A curve of a model made of scalars (y = m*x + b) at a
				// few JS points: the file queues nothing bigger.
				sev, note = rules.Info, " (the file's model is a few scalar variables: the step queues next to no GPU work)"
			}
		}
	case contexts.PerEvent:
		sev = rules.Info
	default:
		return
	}
	if c.inGradientFunction(stack) {
		// Inside the function tf.variableGrads or minimize differentiates,
		// nothing can be awaited, and a value read there steers the step
		// (the action a policy samples to step a JS environment).
		sev = rules.Info
	}
	recv := c.receiver(dot.Left)
	fn, viaTidy, inParams := c.asyncFunction(stack)
	msg := fmt.Sprintf("%s() %s", method, c.where(call, ctx))
	remedyCtx := ctx.Repeat
	if perOuter {
		outer := ctx
		outer.Repeat = ctx.OuterRepeat
		msg = fmt.Sprintf("%s() blocks the UI thread until the GPU finishes, once per item of a loop that runs once per %s%s",
			method, ctx.OuterRepeat.Unit(), outer.Via(c.f, call))
		remedyCtx = &contexts.Repeat{Kind: contexts.Loop}
	}
	if paced && ctx.Repeat.Kind == contexts.Interval {
		msg += " (a timer paces it, not the frame rate)"
	} else if paced {
		msg += " (the loop sleeps on a timer each step)"
	} else if perFile {
		msg += " (once per file the user picks)"
	} else if scalarStep {
		msg += " (one number, in a loop that yields a frame each step)"
	} else {
		msg += note
	}
	switch {
	case sev != rules.Warning:
	case ctx.Repeat != nil && ctx.Repeat.External != nil && ctx.Repeat.External.Node:
		// The loop that repeats it runs in a Node script.
		sev = rules.Info
		msg += " (repeated by a Node script: no UI thread there)"
	case runctx.Of(c.pass).Worker:
		// A worker has no page to freeze: only its own work waits.
		sev = rules.Info
		msg += " (in a Web Worker: no page waits for it)"
	case discarded(stack):
		// Nothing uses the values: the read is there to wait for the GPU
		// (to time it, or to pace the work), which is its purpose.
		sev = rules.Info
		msg += " (its value is unused: a deliberate sync point)"
	case inDebugBranch(stack):
		sev = rules.Info
		msg += " (in a debug-only branch)"
	}
	if sev == rules.Warning {
		if op, line := c.afterAwaitedOp(dot.Left); op != "" {
			// A detector's post-processing: the awaited executeAsync or
			// non-max suppression already waited for the model's work;
			// what is read now is its small output, or a gather of it.
			sev = rules.Info
			msg += fmt.Sprintf(" (its input comes from the awaited %s on line %d, which already waited for the GPU)", op, line)
		}
	}
	if sev == rules.Warning {
		stmt := statementOf(stack)
		if c.lastRead != nil && (stmt == c.lastRead || c.follows(stmt, c.lastRead)) && !computes(dot.Left) {
			// The read before it already waited for the GPU to finish
			// the step; this one only copies a value that is ready (unless
			// it runs new ops first: predictOut.argMax(-1).dataSync()).
			sev = rules.Info
			msg += fmt.Sprintf(" (after the read on line %d, which already waited for the GPU)", c.lastReadLine)
		}
		c.lastRead = stmt
		if sev == rules.Warning {
			c.lastReadLine = c.f.Tok.Line(c.f.Start(call))
		}
	}
	fixable := false
	switch {
	case fn != nil && viaTidy:
		msg += fmt.Sprintf("; this tidy runs in an async function: return the tensor from it and read it with (await t.%s()) (tip 17)", async)
	case fn != nil:
		msg += fmt.Sprintf("; in this async function use (await %s.%s()) (tip 17)", recv, async)
		fixable = !inParams && !strings.Contains(c.f.Text(call), "?.")
	case ctx.Tidy:
		msg += fmt.Sprintf(": return the tensor from the tidy and read it after with await t.%s() (tip 17)", async)
	default:
		msg += ": " + c.remedy(remedyCtx, async) + " (tip 17)"
	}
	start := c.f.Pos(dot.Identifier.Idx)
	_, end := c.f.Span(call)
	d := analysis.Diagnostic{Pos: start, End: end, Category: runctx.Category(rule, sev), Message: msg}
	if fixable {
		left := c.receiverStart(dot.Left)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: fmt.Sprintf("Use (await x.%s())", async),
			TextEdits: []analysis.TextEdit{
				{Pos: left, End: left, NewText: []byte("(await ")},
				{Pos: start, End: end, NewText: []byte(async + "())")},
			},
		}}
	}
	c.pass.Report(d)
}

// computes reports a receiver that runs ops to make the tensor it reads.
func computes(e ast.Expression) bool {
	for {
		switch x := e.(type) {
		case *ast.Identifier, *ast.ThisExpression:
			return false
		case *ast.DotExpression:
			e = x.Left
		case *ast.BracketExpression:
			e = x.Left
		default:
			return true
		}
	}
}

// statementOf returns the innermost statement on the stack.
func statementOf(stack []ast.Node) ast.Statement {
	for i := len(stack) - 1; i >= 0; i-- {
		if s, ok := stack[i].(ast.Statement); ok {
			return s
		}
	}
	return nil
}

// follows reports a statement that comes right after prev in the same
// statement list.
func (c *checker) follows(stmt, prev ast.Statement) bool {
	if stmt == nil || prev == nil {
		return false
	}
	list, ok := jsast.StatementList(c.f.Parent(stmt))
	if !ok {
		return false
	}
	i := slices.Index(list, stmt)
	return i > 0 && list[i-1] == prev
}

// awaitedOps are the tfjs calls that return a promise once the GPU work
// they depend on is done (they read back themselves).
var awaitedOps = map[string]bool{
	"executeAsync": true, "nonMaxSuppressionAsync": true, "nonMaxSuppressionWithScoreAsync": true,
	"nonMaxSuppressionPaddedAsync": true, "whereAsync": true, "booleanMaskAsync": true, "setdiff1dAsync": true,
}

// afterAwaitedOp finds, among the variables e reads (through constant
// aliases and destructuring, as `const [boxes] = res`), one holding the
// result of an awaited tfjs call of awaitedOps, and names that call and
// its line.
func (c *checker) afterAwaitedOp(e ast.Expression) (string, int) {
	model := false // a model run on it is new GPU work
	c.f.PreorderWithin(e, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if dot, ok := n.(*ast.CallExpression).Callee.(*ast.DotExpression); ok {
			switch dot.Identifier.Name.String() {
			case "predict", "execute", "executeAsync", "apply", "predictOnBatch", "evaluate":
				model = true
			}
		}
	})
	if model {
		return "", 0
	}
	op, line := "", 0
	var visit func(n ast.Node, depth int)
	visit = func(n ast.Node, depth int) {
		c.f.PreorderWithin(n, []ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node) {
			if op != "" || depth > 3 {
				return
			}
			b := c.info.Scope.ObjectOf(n.(*ast.Identifier))
			if b == nil || b.Reassigned() || b.Ident == n {
				return
			}
			v := b.Init
			if v == nil {
				v = b.Source
			}
			switch x := v.(type) {
			case *ast.AwaitExpression:
				call, ok := x.Argument.(*ast.CallExpression)
				if !ok {
					return
				}
				if dot, ok := call.Callee.(*ast.DotExpression); ok && awaitedOps[dot.Identifier.Name.String()] {
					op, line = dot.Identifier.Name.String(), c.f.Tok.Line(c.f.Start(x))
				}
			case *ast.Identifier:
				visit(x, depth+1)
			}
		})
	}
	visit(e, 0)
	return op, line
}

// fromTopk reports a receiver holding (part of) a topk result.
func (c *checker) fromTopk(e ast.Expression) bool {
	id := jsast.RootIdent(e)
	if id == nil {
		return false
	}
	b := c.info.Scope.ObjectOf(id)
	if b == nil || !b.Stable() {
		return false
	}
	src := b.Init
	if src == nil {
		src = b.Source
	}
	if aw, ok := src.(*ast.AwaitExpression); ok {
		src = aw.Argument
	}
	api, ok := c.info.API(src)
	return ok && (api.Name == "tf.topk" || api.Name == "Tensor.topk")
}

// readsPerOuterStep reports a read in a loop that never yields, in code
// that a frame loop, timer, fit callback or yielding loop runs each time
// (and not every Nth time only): the loop's reads repeat every step.
func (c *checker) readsPerOuterStep(ctx contexts.Context, stack []ast.Node) bool {
	o := ctx.OuterRepeat
	if ctx.Sparse || ctx.Outer != contexts.PerIteration || o == nil || o.External != nil || c.synchronous(o) {
		return false
	}
	loop := innerLoop(stack)
	if loop == nil || loop == o.Node || strings.Contains(c.f.Text(loop), "await") {
		return false
	}
	return !c.calledSparsely(ctx.Func)
}

// innerLoop returns the innermost loop whose body holds the last node of
// stack, looking through callbacks passed inline (a tidy); nil if none.
func innerLoop(stack []ast.Node) ast.Node {
	for i := len(stack) - 2; i >= 0; i-- {
		n := stack[i]
		if jsast.IsFunction(n) {
			if i == 0 {
				return nil
			}
			call, ok := stack[i-1].(*ast.CallExpression)
			if !ok || !jsast.IsArgument(call.ArgumentList, n) {
				return nil
			}
			continue
		}
		if body := loopBody(n); body != nil && stack[i+1] == body {
			return n
		}
	}
	return nil
}

// loopBody is the body of a loop statement; nil for other nodes.
func loopBody(n ast.Node) ast.Statement {
	switch l := n.(type) {
	case *ast.ForStatement:
		return l.Body
	case *ast.ForOfStatement:
		return l.Body
	case *ast.ForInStatement:
		return l.Body
	case *ast.WhileStatement:
		return l.Body
	case *ast.DoWhileStatement:
		return l.Body
	}
	return nil
}

// calledSparsely reports a function that one of its calls in the file
// makes every Nth time only (`if (epoch % 100 === 0) draw()`).
func (c *checker) calledSparsely(fn ast.Node) bool {
	// Look through inline callbacks (a tidy) to the function that is called.
	for fn != nil {
		call, ok := c.f.Parent(fn).(*ast.CallExpression)
		if !ok || !jsast.IsArgument(call.ArgumentList, fn) {
			break
		}
		fn = enclosingFunction(c.f, call)
	}
	if fn == nil {
		return false
	}
	var b *jsast.Binding
	if lit, ok := fn.(*ast.FunctionLiteral); ok && lit.Name != nil {
		if _, decl := c.f.Parent(fn).(*ast.FunctionDeclaration); decl {
			b = c.info.Scope.ObjectOf(lit.Name)
		}
	}
	if b == nil {
		b = c.info.Scope.InitializedBy(fn)
	}
	if b == nil {
		return false
	}
	for _, id := range b.Refs {
		call, ok := c.f.Parent(id).(*ast.CallExpression)
		if ok && call.Callee == ast.Expression(id) && c.cx.OfNode(call).Sparse {
			return true
		}
	}
	return false
}

// synchronous reports a loop or per-element callback that never yields:
// a plain loop with no await in its body, array forEach/map. Frame loops,
// timers, fit callbacks and async loops give the page a turn each time.
func (c *checker) synchronous(r *contexts.Repeat) bool {
	if r == nil {
		return false
	}
	switch r.Kind {
	case contexts.Loop:
		return !c.awaitsPromise(r.Node)
	case contexts.ForEach:
		return r.Detail != "forEachAsync" && r.Detail != "mapAsync"
	}
	return false
}

// awaitsPromise reports a loop that awaits something that may be a promise.
// Awaiting a tfjs call that returns no promise (`await
// optimizer.minimize(f)`) only queues a microtask: the page gets no turn
// to render, and the loop blocks it as a loop without await would.
func (c *checker) awaitsPromise(loop ast.Node) bool {
	if !strings.Contains(c.f.Text(loop), "await") {
		return false
	}
	found := false
	jsast.NewInspector(loop).Preorder([]ast.Node{(*ast.AwaitExpression)(nil)}, func(n ast.Node) {
		if found {
			return
		}
		arg := n.(*ast.AwaitExpression).Argument
		if call, ok := arg.(*ast.CallExpression); ok {
			if api, ok := c.info.API(call); ok && !api.Async {
				return
			}
		}
		found = true
	})
	return found
}

// receiver renders the receiver for a message, or "x" when it is long.
func (c *checker) receiver(e ast.Expression) string {
	lo, hi := c.receiverRange(e)
	s := strings.Join(strings.Fields(string(c.f.Src[lo:hi])), " ")
	if s == "" || len(s) > 40 {
		return "x"
	}
	return s
}

// receiverStart is where the receiver starts, including the parentheses
// around it (sobek spans leave them out): `(await m.p(x)).dataSync()`.
func (c *checker) receiverStart(e ast.Expression) token.Pos {
	lo, _ := c.receiverRange(e)
	return c.f.Tok.Pos(lo)
}

// receiverRange is the byte range of the receiver with its parentheses.
func (c *checker) receiverRange(e ast.Expression) (int, int) {
	a, b := c.f.Span(e)
	src := c.f.Src
	lo, hi := c.f.Tok.Offset(a), c.f.Tok.Offset(b)
	for {
		l := lo - 1
		for l >= 0 && isSpace(src[l]) {
			l--
		}
		h := hi
		for h < len(src) && isSpace(src[h]) {
			h++
		}
		if l < 0 || h >= len(src) || src[l] != '(' || src[h] != ')' {
			break
		}
		lo, hi = l, h+1
	}
	return lo, hi
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// asyncFunction returns the async function the last node of stack runs in,
// looking through synchronous callbacks that run on the spot (tf.tidy,
// minimize, variableGrads), which viaTidy reports; inParams reports a
// parameter default of that function, where await is not allowed.
func (c *checker) asyncFunction(stack []ast.Node) (fn ast.Node, viaTidy, inParams bool) {
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ParameterList:
			inParams = true
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			if jsast.IsAsync(n) {
				return n, viaTidy, inParams
			}
			if !c.runsNow(stack, i) {
				return nil, false, false
			}
			viaTidy, inParams = true, false
		case *ast.ClassLiteral, *ast.FieldDefinition, *ast.ClassStaticBlock:
			return nil, false, false
		}
	}
	return nil, false, false
}

// runsNow reports a function passed inline to tf.tidy and the like.
func (c *checker) runsNow(stack []ast.Node, i int) bool {
	if i == 0 {
		return false
	}
	call, ok := stack[i-1].(*ast.CallExpression)
	if !ok {
		return false
	}
	api, ok := c.info.API(call)
	return ok && runsNow[api.Name] && jsast.IsArgument(call.ArgumentList, stack[i])
}

// where words how often the readback runs: "blocks the UI thread until
// the GPU finishes, once per frame (called from …)".
func (c *checker) where(call *ast.CallExpression, ctx contexts.Context) string {
	return "blocks the UI thread until the GPU finishes, once " + ctx.Rate() + ctx.Via(c.f, call)
}

func (c *checker) remedy(r *contexts.Repeat, async string) string {
	switch r.Kind {
	case contexts.Loop, contexts.ForEach:
		return "read back once after the loop, or use await x." + async + "() in an async function"
	}
	return "use await x." + async + "() in an async callback"
}

// discarded reports a readback whose value nothing uses: `x.dataSync();`.
func discarded(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	st, ok := stack[len(stack)-2].(*ast.ExpressionStatement)
	return ok && st.Expression == stack[len(stack)-1]
}

// inDebugBranch reports a node in the branch of an if that tests a debug
// flag (`if (this.debugMode)`, `if (DEBUG)`, `if (opts.debug && …)`), up to
// the enclosing function: it runs only while someone debugs.
func inDebugBranch(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		n := stack[i]
		if jsast.IsFunction(n) {
			if i == 0 {
				return false
			}
			call, ok := stack[i-1].(*ast.CallExpression)
			if !ok || !jsast.IsArgument(call.ArgumentList, n) {
				return false // a callback passed inline (map, tidy) runs where it is passed
			}
		}
		if ifs, ok := n.(*ast.IfStatement); ok && stack[i+1] == ifs.Consequent && debugTest(ifs.Test) {
			return true
		}
	}
	return false
}

// debugTest reports a test that is a debug flag, or a conjunction with one.
func debugTest(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.Identifier:
		return debugName(x.Name.String())
	case *ast.DotExpression:
		return debugName(x.Identifier.Name.String())
	case *ast.BinaryExpression:
		return x.Operator == jstoken.LOGICAL_AND && (debugTest(x.Left) || debugTest(x.Right))
	}
	return false
}

// debugName reports a flag name that says debug: debug, DEBUG, debugMode,
// isDebug.
func debugName(name string) bool {
	return strings.Contains(strings.ToLower(name), "debug")
}

// enclosingFunction returns the innermost function around n, or nil.
func enclosingFunction(f *jsast.File, n ast.Node) ast.Node {
	for p := f.Parent(n); p != nil; p = f.Parent(p) {
		if jsast.IsFunction(p) {
			return p
		}
	}
	return nil
}

// sleeps reports code that awaits a timer: `await new Promise((r) =>
// setTimeout(r, 50))`, `await promise` of such a promise, or `await f()` of a
// function of the file that does (depth levels down).
func (c *checker) sleeps(n ast.Node, depth int) bool {
	if c.awaits == nil {
		c.awaits = []*ast.AwaitExpression{}
		c.f.Inspector().Preorder([]ast.Node{(*ast.AwaitExpression)(nil)}, func(n ast.Node) {
			c.awaits = append(c.awaits, n.(*ast.AwaitExpression))
		})
	}
	lo, hi := c.f.Span(n)
	for _, aw := range c.awaits {
		if a, b := c.f.Span(aw); a < lo || b > hi {
			continue
		}
		if c.timerPromise(aw.Argument, depth) {
			return true
		}
	}
	return false
}

// timerPromise reports a promise that setTimeout resolves (see sleeps).
func (c *checker) timerPromise(e ast.Expression, depth int) bool {
	switch x := e.(type) {
	case *ast.NewExpression:
		id, ok := x.Callee.(*ast.Identifier)
		return ok && id.Name == "Promise" && timerDelay(c.f.Text(x))
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		return b != nil && b.Stable() && b.Init != nil && c.timerPromise(b.Init, 0)
	case *ast.CallExpression:
		id, ok := x.Callee.(*ast.Identifier)
		if !ok {
			return false
		}
		fn := c.functionOf(id)
		if fn == nil {
			return false
		}
		if body := singleReturn(fn); body != nil && c.timerPromise(body, 0) {
			return true // const delay = (ms) => new Promise((r) => setTimeout(r, ms))
		}
		return depth > 0 && c.sleeps(fn, depth-1)
	}
	return false
}

// functionOf returns the function a stable name of the file holds.
func (c *checker) functionOf(id *ast.Identifier) ast.Node {
	b := c.info.Scope.ObjectOf(id)
	if b == nil || !b.Stable() && b.Kind != jsast.FunctionName {
		return nil
	}
	if b.Init != nil && jsast.IsFunction(b.Init) {
		return b.Init
	}
	if fn, ok := b.Decl.(*ast.FunctionLiteral); ok && b.Kind == jsast.FunctionName {
		return fn
	}
	return nil
}

// singleReturn returns the expression an arrow function returns when its
// body is that expression or a lone return statement; nil otherwise.
func singleReturn(fn ast.Node) ast.Expression {
	var body ast.ConciseBody
	switch f := fn.(type) {
	case *ast.ArrowFunctionLiteral:
		body = f.Body
	case *ast.FunctionLiteral:
		body = f.Body
	}
	switch b := body.(type) {
	case *ast.ExpressionBody:
		return b.Expression
	case *ast.BlockStatement:
		if len(b.List) == 1 {
			if r, ok := b.List[0].(*ast.ReturnStatement); ok {
				return r.Argument
			}
		}
	}
	return nil
}

// fastTick is the longest setInterval period, in milliseconds, at which a
// readback every tick still costs the page its smoothness.
const fastTick = 200

// zeroTimer matches a setTimeout without a delay or with a delay of 0: a
// yield to the page, not a pause.
var zeroTimer = regexp.MustCompile(`setTimeout\(\s*[^,()]*\)|setTimeout\([^)]*,\s*0\s*\)`)

// timerDelay reports source that waits on setTimeout with a delay.
func timerDelay(src string) bool {
	return strings.Contains(src, "setTimeout(") && !zeroTimer.MatchString(src)
}
