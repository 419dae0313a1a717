package loopalloc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "loopalloc",
	Doc:      "reports variables, models, optimizers and layers constructed in a repeated context (rule variable-in-loop, tip 13)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/variable-in-loop.md",
	Requires: []*analysis.Analyzer{contexts.Analyzer},
	Run:      run,
}

const rule = "variable-in-loop"

type kind int

const (
	variable kind = iota
	model
	optimizer
	layer
)

// advice is the remedy for each kind.
var advice = [...]string{
	variable:  "create it once outside and reuse it (assign() new values)",
	model:     "build the model once outside and reuse it, or dispose() the previous one",
	optimizer: "create the optimizer once outside and reuse it (set its learningRate to change the rate); each new one allocates its own slot variables",
	layer:     "each call makes new random weights; create the layer once outside and reuse it",
}

// classify returns the kind of object an API constructs.
func classify(api tfapi.API) (kind, bool) {
	switch api.Name {
	case "tf.variable", "Tensor.variable":
		return variable, true
	case "tf.sequential", "tf.model", "tf.Sequential", "tf.LayersModel":
		return model, true
	}
	if api.Result == tfapi.KindOptimizer && strings.HasPrefix(api.Name, "tf.") && !api.Async {
		return optimizer, true
	}
	if rest, ok := strings.CutPrefix(api.Name, "tf.layers."); ok && api.Result == tfapi.KindLayer &&
		rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
		return layer, true
	}
	return 0, false
}

// workMethods are method names that train or predict, for receivers the
// resolver cannot type (this.model, parameters).
var workMethods = map[string]bool{
	"fit": true, "fitDataset": true, "trainOnBatch": true, "minimize": true, "applyGradients": true,
	"predict": true, "predictOnBatch": true, "execute": true, "executeAsync": true, "evaluate": true,
}

// workAPIs are the resolved APIs that predict (training APIs have Train set).
var workAPIs = map[string]bool{
	"LayersModel.predict": true, "LayersModel.predictOnBatch": true, "LayersModel.evaluate": true,
	"LayersModel.evaluateDataset": true, "LayersModel.execute": true,
	"GraphModel.predict": true, "GraphModel.predictAsync": true, "GraphModel.execute": true, "GraphModel.executeAsync": true,
}

type creation struct {
	node   ast.Expression
	api    tfapi.API
	kind   kind
	repeat *contexts.Repeat
	region ast.Node // the code one repetition runs (contexts.Context.Region)
	fn     ast.Node // innermost function around the call
	stack  []ast.Node
}

type disposeCall struct {
	off     int
	targets []string // compacted texts of what it disposes; nil for tf.disposeVariables
}

type checker struct {
	pass *analysis.Pass
	ctx  *contexts.Info
	info *tfapi.Info
	f    *jsast.File

	creations []*creation
	disposes  []disposeCall
	work      []int // offsets of calls that train or predict
	loads     []int // offsets of calls that load a model
	// resultTarget maps the callee identifier of a call whose result is
	// stored (`const m = build()`, `m = build()`) to the compacted target text.
	resultTarget map[*ast.Identifier]string
	// lazyCall holds the callee identifiers of calls of local functions
	// that are guarded to run once (`m = m || build()`).
	lazyCall map[*ast.Identifier]bool
}

func run(pass *analysis.Pass) (any, error) {
	ctx := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	if !ctx.TF.UsesTF {
		return nil, nil
	}
	constructs := false
	for _, call := range ctx.TF.Calls {
		if _, ok := classify(call.API); ok {
			constructs = true
			break
		}
	}
	if !constructs {
		return nil, nil
	}
	c := &checker{pass: pass, ctx: ctx, info: ctx.TF, f: ctx.File, resultTarget: map[*ast.Identifier]string{}, lazyCall: map[*ast.Identifier]bool{}}
	c.collect()
	c.decide()
	return nil, nil
}

func (c *checker) span(n ast.Node) (int, int) {
	a, b := c.f.Span(n)
	return c.f.Tok.Offset(a), c.f.Tok.Offset(b)
}

func (c *checker) text(n ast.Node) string {
	return strings.Join(strings.Fields(c.f.Text(n)), "")
}

func (c *checker) collect() {
	types := []ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil)}
	c.f.Inspector().WithStack(types, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		e := n.(ast.Expression)
		api, resolved := c.info.API(e)
		if call, ok := e.(*ast.CallExpression); ok {
			c.noteCall(call, api, resolved, stack)
		}
		if !resolved {
			return true
		}
		k, ok := classify(api)
		if !ok {
			return true
		}
		cx := c.ctx.Of(stack)
		if cx.Repeat == nil || cx.Repeat.External != nil {
			// Repeated only by another file's loop: whether that loop walks
			// data, trains or loads a fresh model each time is its file's
			// to know, and a model per item or per load is often right.
			return true
		}
		c.creations = append(c.creations, &creation{
			node: e, api: api, kind: k, repeat: cx.Repeat, region: cx.Region, fn: cx.Func,
			stack: append([]ast.Node(nil), stack...),
		})
		return true
	})
	sort.Ints(c.work)
}

// noteCall records disposals, training/prediction calls and stored results.
func (c *checker) noteCall(call *ast.CallExpression, api tfapi.API, resolved bool, stack []ast.Node) {
	off := c.f.Offset(call.LeftParenthesis) // inside the call's span: enough to place it in a body
	switch {
	case resolved && api.Name == "tf.dispose" && len(call.ArgumentList) == 1:
		var targets []string
		switch a := call.ArgumentList[0].(type) {
		case *ast.ArrayLiteral:
			for _, e := range a.Value {
				targets = append(targets, c.text(e))
			}
		case *ast.ObjectLiteral:
			for _, p := range a.Value {
				switch p := p.(type) {
				case *ast.PropertyShort:
					targets = append(targets, p.Name.Name.String())
				case *ast.PropertyKeyed:
					targets = append(targets, c.text(p.Value))
				}
			}
		default:
			targets = append(targets, c.text(a))
		}
		c.disposes = append(c.disposes, disposeCall{off: off, targets: targets})
	case resolved && api.Name == "tf.disposeVariables":
		c.disposes = append(c.disposes, disposeCall{off: off})
	case resolved && (api.Train || workAPIs[api.Name]):
		c.work = append(c.work, off)
	case resolved && loadAPIs[api.Name]:
		c.loads = append(c.loads, off)
	}
	if dot, ok := call.Callee.(*ast.DotExpression); ok {
		name := dot.Identifier.Name.String()
		if name == "dispose" && len(call.ArgumentList) == 0 {
			c.disposes = append(c.disposes, disposeCall{off: off, targets: []string{c.text(dot.Left)}})
		}
		if !resolved && workMethods[name] && c.info.ClassOf(dot.Left) == "" {
			c.work = append(c.work, off)
		}
	}
	if id, ok := call.Callee.(*ast.Identifier); ok && c.localFunction(id) {
		if t := c.storedIn(call, stack); t != "" {
			c.resultTarget[id] = t
		}
		if cx := c.ctx.Of(stack); cx.Repeat != nil && c.lazyStack(stack, cx.Repeat) {
			c.lazyCall[id] = true
		}
	}
}

// localFunction reports a callee that names a function of this file.
func (c *checker) localFunction(id *ast.Identifier) bool {
	b := c.info.Scope.ObjectOf(id)
	if b == nil {
		return false
	}
	return b.Kind == jsast.FunctionName || jsast.IsFunction(b.Init)
}

// storedIn returns the text of the variable or property the value of the
// last node of stack (e) is stored in, or "".
func (c *checker) storedIn(e ast.Expression, stack []ast.Node) string {
	if len(stack) < 2 {
		return ""
	}
	if aw, ok := stack[len(stack)-2].(*ast.AwaitExpression); ok && aw.Argument == e && len(stack) >= 3 {
		e, stack = aw, stack[:len(stack)-1] // const m = await build()
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.Binding:
		if p.Initializer == e {
			if id, ok := p.Target.(*ast.Identifier); ok {
				return id.Name.String()
			}
		}
	case *ast.AssignExpression:
		if p.Right == e && p.Operator == token.ASSIGN {
			return c.text(p.Left)
		}
	}
	return ""
}

func (c *checker) decide() {
	// Repeated bodies that build a model: their layers and optimizers are
	// the model's, and the model is what gets reported.
	modelBodies := map[ast.Node]bool{}
	for _, cr := range c.creations {
		if cr.kind == model {
			modelBodies[cr.repeat.Node] = true
			modelBodies[cr.region] = true
		}
	}
	// A body that loads a model each time owns the optimizer it compiles
	// the model with: a fresh model needs fresh slots.
	for _, cr := range c.creations {
		for _, n := range []ast.Node{cr.region, cr.repeat.Node} {
			if start, end := c.span(n); c.loadsIn(start, end) {
				modelBodies[n] = true
			}
		}
	}
	for _, cr := range c.creations {
		r := cr.repeat
		setup := r.Kind == contexts.Loop || r.Kind == contexts.ForEach
		switch {
		case (cr.kind == layer || cr.kind == optimizer) && (modelBodies[r.Node] || modelBodies[cr.region]):
		case c.collected(cr):
		case setup && !c.works(r):
		case c.lazyStack(cr.stack, cr.repeat), c.lazyHelper(cr):
		case c.disposed(cr):
		case c.ctx.OfNode(cr.node).Test:
			// A test builds what each case needs; the runner exits after.
		case cr.kind == model && c.wrapsExisting(cr.node):
			// tf.model over another model's inputs and a layer's output
			// owns no weights: disposing it would free the shared layers.
		default:
			c.report(cr)
		}
	}
}

// bigParams is how many weights make a rebuilt model worth a warning per
// click: about a megabyte with its optimizer's slots.
const bigParams = 100_000

// bigModelIn reports that the layers built in region make a big model:
// a layer sized from another model's output (transfer learning on a
// pretrained base: tens of thousands of features), or dense and recurrent
// layers whose literal sizes add up to bigParams. A model whose size the
// file does not show is not known to be big.
func (c *checker) bigModelIn(region ast.Node) bool {
	start, end := c.span(region)
	ev := constant.New(c.f)
	in, params := 0.0, 0.0 // features into the next layer (0: unknown), weights so far
	for _, call := range c.info.Calls {
		if !strings.HasPrefix(call.API.Name, "tf.layers.") {
			continue
		}
		if off := c.f.Offset(call.Node.Idx0()); off < start || off >= end {
			continue
		}
		cfg := ev.Object(jsast.Arg(jsast.Arguments(call.Node), 0))
		if cfg == nil {
			in = 0
			continue
		}
		if shape := constant.Property(cfg, "inputShape"); shape != nil {
			if fromModel(c.f.Text(shape)) {
				return true
			}
			in = literalProduct(ev, shape)
		}
		units, ok := ev.Number(constant.Property(cfg, "units"))
		switch strings.TrimPrefix(call.API.Name, "tf.layers.") {
		case "dense":
			if ok && in > 0 {
				params += in*units + units
			}
		case "lstm", "gru", "simpleRNN":
			gates := map[string]float64{"lstm": 4, "gru": 3, "simpleRNN": 1}[strings.TrimPrefix(call.API.Name, "tf.layers.")]
			if ok && in > 0 {
				params += gates * (units*(in+units) + units)
			}
		case "dropout", "activation", "softmax", "reLU", "leakyReLU":
			continue // keeps its input size
		default:
			in = 0 // conv, embedding, flatten, …: sizes not followed
			continue
		}
		if ok {
			in = units
		} else {
			in = 0
		}
	}
	return params >= bigParams
}

// fromModel reports a shape read from another model or layer
// (base.outputs[0].shape.slice(1)).
func fromModel(text string) bool {
	return strings.Contains(text, ".shape") && (strings.Contains(text, "output") || strings.Contains(text, "input"))
}

// literalProduct multiplies a literal shape's dimensions; 0 when unknown.
func literalProduct(ev *constant.Evaluator, e ast.Expression) float64 {
	arr, ok := e.(*ast.ArrayLiteral)
	if !ok {
		return 0
	}
	p := 1.0
	for _, d := range arr.Value {
		n, ok := ev.Number(d)
		if !ok {
			return 0
		}
		p *= n
	}
	return p
}

// loadAPIs load a model from storage or the network.
var loadAPIs = map[string]bool{"tf.loadLayersModel": true, "tf.loadGraphModel": true, "tf.models.modelFromJSON": true}

// loadsIn reports a model load between two offsets.
func (c *checker) loadsIn(start, end int) bool {
	for _, off := range c.loads {
		if start <= off && off < end {
			return true
		}
	}
	return false
}

// works reports a training or prediction call inside the repeated body.
func (c *checker) works(r *contexts.Repeat) bool {
	start, end := c.span(r.Node)
	i := sort.SearchInts(c.work, start)
	return i < len(c.work) && c.work[i] < end
}

// collected reports a construction handed straight to a collection or model.
func (c *checker) collected(cr *creation) bool {
	st := cr.stack
	if len(st) < 2 {
		return false
	}
	switch p := st[len(st)-2].(type) {
	case *ast.ArrayLiteral:
		return true
	case *ast.CallExpression:
		if dot, ok := p.Callee.(*ast.DotExpression); ok && p.Callee != cr.node {
			switch dot.Identifier.Name {
			case "add", "push", "unshift", "set":
				return true
			}
		}
	case *ast.AssignExpression:
		_, ok := p.Left.(*ast.BracketExpression)
		return ok && p.Right == cr.node
	case *ast.ExpressionBody:
		// xs.map((v) => tf.variable(v)): the result becomes an array element.
		return len(st) >= 4 && mapCallback(st[len(st)-4], st[len(st)-3])
	case *ast.ReturnStatement:
		for i := len(st) - 3; i > 0; i-- {
			if jsast.IsFunction(st[i]) {
				return mapCallback(st[i-1], st[i])
			}
		}
	}
	return false
}

// mapCallback reports fn passed inline to an array's map or flatMap.
func mapCallback(call, fn ast.Node) bool {
	c, ok := call.(*ast.CallExpression)
	if !ok || !jsast.IsArgument(c.ArgumentList, fn) {
		return false
	}
	dot, ok := c.Callee.(*ast.DotExpression)
	return ok && (dot.Identifier.Name == "map" || dot.Identifier.Name == "flatMap")
}

// lazyHelper reports a construction in a local helper whose every call is
// guarded to run once.
func (c *checker) lazyHelper(cr *creation) bool {
	b := c.helperBinding(cr)
	if b == nil {
		return false
	}
	for _, ref := range b.Refs {
		if !c.lazyCall[ref] {
			return false
		}
	}
	return len(b.Refs) > 0
}

// lazyStack reports that the last node of st (a construction or a call)
// is guarded so that it runs once.
func (c *checker) lazyStack(st []ast.Node, r *contexts.Repeat) bool {
	for i := len(st) - 2; i >= 0; i-- {
		a, child := st[i], st[i+1]
		if a == r.Node {
			return false
		}
		switch a := a.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			if !inlineArgument(st, i) {
				return false
			}
		case *ast.IfStatement:
			if child == a.Test {
				continue
			}
			if c.guards(a.Test, a.Consequent, child == a.Consequent, r) {
				return true
			}
			if alt := a.Alternate; alt != nil && child == alt && c.truthTest(a.Test, alt) {
				return true
			}
		case *ast.BinaryExpression:
			if (a.Operator == token.LOGICAL_OR || a.Operator == token.COALESCE) && child == a.Right {
				return true
			}
		case *ast.AssignExpression:
			// sobek stores x ||= y and x ??= y with the binary operator.
			if (a.Operator == token.LOGICAL_OR || a.Operator == token.COALESCE) && child == a.Right {
				return true
			}
		case *ast.ConditionalExpression: // x ? x : make(), !x ? make() : x
			if child == a.Alternate && contains(c.operands(a.Test, nil), c.text(a.Consequent)) {
				return true
			}
			if child == a.Consequent && contains(c.notSetOperands(a.Test, nil), c.text(a.Alternate)) {
				return true
			}
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func inlineArgument(stack []ast.Node, i int) bool {
	if i == 0 {
		return false
	}
	call, ok := stack[i-1].(*ast.CallExpression)
	return ok && jsast.IsArgument(call.ArgumentList, stack[i])
}

// guards reports an if whose test checks that something is not set yet and
// whose consequent (containing the construction) sets it.
func (c *checker) guards(test ast.Expression, body ast.Statement, inBody bool, r *contexts.Repeat) bool {
	if !inBody {
		return false
	}
	if c.onceTest(test, r) {
		return true
	}
	ops := c.notSetOperands(test, nil)
	if len(ops) == 0 {
		return false
	}
	return c.assigns(body, ops)
}

// truthTest reports `if (x) … else { x = … }`.
func (c *checker) truthTest(test ast.Expression, alt ast.Statement) bool {
	ops := c.operands(test, nil)
	return len(ops) > 0 && c.assigns(alt, ops)
}

// operands returns the identifiers and member expressions a test checks for truthiness.
func (c *checker) operands(test ast.Expression, out []string) []string {
	switch t := test.(type) {
	case *ast.Identifier, *ast.DotExpression:
		out = append(out, c.text(t))
	case *ast.BinaryExpression:
		if t.Operator == token.LOGICAL_AND || t.Operator == token.LOGICAL_OR {
			out = c.operands(t.Left, out)
			out = c.operands(t.Right, out)
		}
	}
	return out
}

// notSetOperands returns what a test checks to be unset: `!x`, `x == null`,
// `x === undefined`, `typeof x === 'undefined'`, `x.isDisposed`; a
// `!cache.has(k)` test yields "*" (always a cache fill).
func (c *checker) notSetOperands(test ast.Expression, out []string) []string {
	switch t := test.(type) {
	case *ast.UnaryExpression:
		if t.Operator != token.NOT {
			return out
		}
		if call, ok := t.Operand.(*ast.CallExpression); ok {
			if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "has" {
				return append(out, "*")
			}
		}
		return append(out, c.text(t.Operand))
	case *ast.BinaryExpression:
		switch t.Operator {
		case token.LOGICAL_OR, token.LOGICAL_AND:
			out = c.notSetOperands(t.Left, out)
			return c.notSetOperands(t.Right, out)
		case token.EQUAL, token.STRICT_EQUAL:
			l, r := t.Left, t.Right
			if isNullish(l) {
				l, r = r, l
			}
			if isNullish(r) {
				return append(out, c.text(l))
			}
			if u, ok := l.(*ast.UnaryExpression); ok && u.Operator == token.TYPEOF {
				if s, ok := r.(*ast.StringLiteral); ok && s.Value == "undefined" {
					return append(out, c.text(u.Operand))
				}
			}
		}
	case *ast.DotExpression:
		if t.Identifier.Name == "isDisposed" {
			return append(out, c.text(t.Left))
		}
	}
	return out
}

func isNullish(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.NullLiteral:
		return true
	case *ast.Identifier:
		return x.Name == "undefined"
	}
	return false
}

// onceTest reports `if (i === 0)` (a counter against 0 or 1) in a loop or a
// fit callback, where it holds for one iteration only.
func (c *checker) onceTest(test ast.Expression, r *contexts.Repeat) bool {
	switch r.Kind {
	case contexts.Loop, contexts.ForEach, contexts.FitCallback:
	default:
		return false
	}
	b, ok := test.(*ast.BinaryExpression)
	if !ok || (b.Operator != token.STRICT_EQUAL && b.Operator != token.EQUAL) {
		return false
	}
	l, r2 := b.Left, b.Right
	if _, ok := l.(*ast.NumberLiteral); ok {
		l, r2 = r2, l
	}
	num, ok := r2.(*ast.NumberLiteral)
	if !ok {
		return false
	}
	if _, ok := l.(*ast.Identifier); !ok {
		return false
	}
	switch v := num.Value.(type) {
	case int64:
		return v == 0 || v == 1
	case float64:
		return v == 0 || v == 1
	}
	return false
}

// assigns reports an assignment to one of targets inside body ("*": any),
// or inside a local function the body calls (`if (!webcam) await init();`).
func (c *checker) assigns(body ast.Node, targets []string) bool {
	if body == nil {
		return false
	}
	for _, t := range targets {
		if t == "*" {
			return true
		}
	}
	return c.assignsIn(body, targets, 1)
}

func (c *checker) assignsIn(body ast.Node, targets []string, depth int) bool {
	found := false
	types := []ast.Node{(*ast.AssignExpression)(nil), (*ast.CallExpression)(nil)}
	jsast.NewInspector(body).Preorder(types, func(n ast.Node) {
		if found {
			return
		}
		switch n := n.(type) {
		case *ast.AssignExpression:
			left := c.text(n.Left)
			for _, t := range targets {
				if left == t {
					found = true
				}
			}
		case *ast.CallExpression:
			if depth == 0 {
				return
			}
			if fn := c.localBody(n.Callee); fn != nil {
				found = c.assignsIn(fn, targets, depth-1)
			}
		}
	})
	return found
}

// localBody returns the body of the local function a callee names.
func (c *checker) localBody(callee ast.Expression) ast.Node {
	id, ok := callee.(*ast.Identifier)
	if !ok {
		return nil
	}
	b := c.info.Scope.ObjectOf(id)
	if b == nil {
		return nil
	}
	var fn ast.Node = b.Init
	if b.Kind == jsast.FunctionName {
		fn = b.Decl
	} else if b.Kind != jsast.Const && b.Reassigned() {
		return nil
	}
	return jsast.FunctionBody(fn)
}

// disposed reports that the constructed object is disposed inside the
// repeated body: directly, or as the result of a local helper that returns it.
func (c *checker) disposed(cr *creation) bool {
	start, end := c.span(cr.repeat.Node)
	if cs, _ := c.span(cr.node); cs >= start && cs < end {
		return c.disposedIn(c.storedIn(cr.node, cr.stack), cr.kind, start, end)
	}
	// Built by a helper the body calls: follow `const m = helper()`.
	return c.helperDisposed(c.helperBinding(cr), cr.kind, start, end, 3)
}

// helperDisposed reports a call of the helper b whose stored result is
// disposed in the same repeated body: in [start, end), or, when the call
// is elsewhere, in the loop around that call (a cross-validation fold that
// builds its model through the helper and disposes it). Helpers that
// return another helper's result (`return buildDeep(cfg)`) are followed
// up to depth levels.
func (c *checker) helperDisposed(b *jsast.Binding, k kind, start, end, depth int) bool {
	if b == nil || depth == 0 {
		return false
	}
	for _, ref := range b.Refs {
		if t, ok := c.resultTarget[ref]; ok {
			off, _ := c.span(ref)
			if off >= start && off < end && c.disposedIn(t, k, start, end) {
				return true
			}
			if cx := c.ctx.OfNode(ref); cx.Repeat != nil && cx.Repeat.Kind == contexts.Loop && cx.Repeat.Node != nil {
				if ls, le := c.span(cx.Repeat.Node); off >= ls && off < le && c.disposedIn(t, k, ls, le) {
					return true
				}
			}
			continue
		}
		if fn := c.returnedFrom(ref); fn != nil && c.helperDisposed(c.functionBinding(fn), k, start, end, depth-1) {
			return true
		}
	}
	return false
}

// returnedFrom returns the function whose `return callee(…)` (or
// `return await callee(…)`) calls the helper named by ref.
func (c *checker) returnedFrom(ref *ast.Identifier) ast.Node {
	call, ok := c.f.Parent(ref).(*ast.CallExpression)
	if !ok || call.Callee != ref {
		return nil
	}
	var n ast.Node = call
	p := c.f.Parent(n)
	if aw, ok := p.(*ast.AwaitExpression); ok {
		n, p = aw, c.f.Parent(aw)
	}
	if _, ok := p.(*ast.ReturnStatement); !ok {
		return nil
	}
	for x := c.f.Parent(p); x != nil; x = c.f.Parent(x) {
		if jsast.IsFunction(x) {
			return x
		}
	}
	return nil
}

// functionBinding returns the binding that names fn (a declaration or
// `const f = function/arrow`).
func (c *checker) functionBinding(fn ast.Node) *jsast.Binding {
	if fl, ok := fn.(*ast.FunctionLiteral); ok && fl.Name != nil {
		return c.info.Scope.ObjectOf(fl.Name)
	}
	if bi, ok := c.f.Parent(fn).(*ast.Binding); ok && bi.Initializer == fn {
		if id, ok := bi.Target.(*ast.Identifier); ok {
			return c.info.Scope.ObjectOf(id)
		}
	}
	return nil
}

func (c *checker) disposedIn(target string, k kind, start, end int) bool {
	for _, d := range c.disposes {
		if d.off < start || d.off >= end {
			continue
		}
		if d.targets == nil && k == variable {
			return true // tf.disposeVariables()
		}
		for _, t := range d.targets {
			if target != "" && t == target {
				return true
			}
		}
	}
	return false
}

// helperBinding returns the binding of the function the construction is in.
func (c *checker) helperBinding(cr *creation) *jsast.Binding {
	st := cr.stack
	for i := len(st) - 2; i >= 0; i-- {
		if st[i] != cr.fn {
			continue
		}
		if fl, ok := st[i].(*ast.FunctionLiteral); ok && fl.Name != nil {
			return c.info.Scope.ObjectOf(fl.Name)
		}
		if i > 0 {
			if bi, ok := st[i-1].(*ast.Binding); ok && bi.Initializer == st[i] {
				if id, ok := bi.Target.(*ast.Identifier); ok {
					return c.info.Scope.ObjectOf(id)
				}
			}
		}
		return nil
	}
	return nil
}

func (c *checker) report(cr *creation) {
	var callee ast.Expression
	prefix := ""
	switch n := cr.node.(type) {
	case *ast.CallExpression:
		callee = n.Callee
	case *ast.NewExpression:
		callee, prefix = n.Callee, "new "
	}
	name := cr.api.Name
	if strings.HasPrefix(name, "Tensor.") {
		name = c.text(callee) // init.variable
	} else if prefix != "" {
		name = prefix + name
	}
	pos, _ := c.f.Span(cr.node)
	_, end := c.f.Span(callee)
	// Per event (a Train button that rebuilds the model from the form) the
	// rebuild is often the point; what leaks is the previous one, once per
	// click: info, with the advice that fits.
	sev, tip := rules.Off, advice[cr.kind]
	if cr.repeat.Frequency() == contexts.PerEvent {
		sev = rules.Info
		if cr.kind == model {
			tip = "dispose() the previous model before building a new one (or build it once and reuse it)"
			// Rebuilding a model per click is mostly deliberate (Define,
			// Train from scratch); it is worth a warning when the file shows
			// the model is big (megabytes of weights per click).
			if c.bigModelIn(cr.region) {
				sev = rules.Warning
			}
		}
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: runctx.Category(rule, sev),
		Message:  fmt.Sprintf("%s is created %s: %s (tip 13)", name, c.where(cr), tip),
		Related:  contexts.Context{Repeat: cr.repeat}.Related(c.f),
	})
}

// where words how often the construction runs, from Repeat.Describe.
func (c *checker) where(cr *creation) string {
	r := cr.repeat
	what, unit := r.Describe()
	start, end := c.span(r.Node)
	cs, _ := c.span(cr.node)
	inside := cs >= start && cs < end
	line := c.f.Tok.Line(c.f.Tok.Pos(start))
	switch {
	case inside && r.Kind == contexts.Loop:
		return "every iteration of this loop"
	case inside:
		return "every " + unit + " (" + what + ")"
	case r.Kind == contexts.Loop:
		return fmt.Sprintf("every iteration of the loop on line %d that calls this function", line)
	}
	return fmt.Sprintf("every %s (this function is called from the %s on line %d)", unit, r.Subject(), line)
}

// wrapsExisting reports tf.model({inputs, outputs}) whose outputs are the
// symbolic output of layers that exist already (`base.getLayer('x').output`,
// `layer.output`, `base.outputs`), not of layers applied here: the new
// model builds no layer and holds no weights of its own.
func (c *checker) wrapsExisting(e ast.Expression) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok || c.info.Name(call.Callee) != "tf.model" {
		return false
	}
	cfg := constant.New(c.f).Object(jsast.Arg(call.ArgumentList, 0))
	if cfg == nil {
		return false
	}
	outs := constant.Property(cfg, "outputs")
	if arr, ok := outs.(*ast.ArrayLiteral); ok && len(arr.Value) > 0 {
		for _, v := range arr.Value {
			if !layerOutput(v) {
				return false
			}
		}
		return true
	}
	return layerOutput(outs)
}

// layerOutput reports X.output or X.outputs (X.outputs[0]).
func layerOutput(e ast.Expression) bool {
	if b, ok := e.(*ast.BracketExpression); ok {
		e = b.Left
	}
	dot, ok := e.(*ast.DotExpression)
	if !ok {
		return false
	}
	name := dot.Identifier.Name.String()
	return name == "output" || name == "outputs"
}
