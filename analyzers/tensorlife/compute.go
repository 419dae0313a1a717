package tensorlife

import (
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// Compute follows the tensors of a file on its own.
func Compute(tf *tfapi.Info, ctx *contexts.Info) *Result { return compute(tf, ctx, nil) }

// compute follows the tensors of a file; imported holds the producers the
// files it imports export, by file.
func compute(tf *tfapi.Info, ctx *contexts.Info, imported map[string]*Producers) *Result {
	r := &Result{File: tf.File, TF: tf, Ctx: ctx, imported: imported, refs: map[*jsast.Binding][]ref{}, producer: map[ast.Node]string{},
		async: map[ast.Node]bool{}, params: map[*jsast.Binding][][]ast.Node{}, paramMemo: map[*jsast.Binding]paramState{},
		tensorVars: map[*jsast.Binding]bool{}}
	if !tf.UsesTF {
		return r
	}
	r.TFName = namespaceName(tf)
	r.ev = constant.New(tf.File)
	r.collectMethods()
	r.collectParamReads()
	for round := 0; round < 2; round++ { // the second round finds producers that call producers
		r.findProducers()
	}
	followed := map[*jsast.Binding]bool{}
	in := r.File.Inspector()
	in.WithStack([]ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil), (*ast.AwaitExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		name, ok := r.produces(n.(ast.Expression))
		if r.loadsModel(n.(ast.Expression)) {
			// Followed like a tensor (see Alloc.Model), but not a tensor
			// producer: a function returning it returns a model.
			name, ok = r.displayName(n.(*ast.AwaitExpression).Argument, mustAPI(r.TF, n.(*ast.AwaitExpression).Argument)), true
		}
		if !ok {
			return true
		}
		c := ctx.Of(stack)
		if c.Dead || c.Test || c.Lazy {
			return true // a branch that never runs; a test body; a lazy initialisation, run the first time
		}
		a := &Alloc{Node: n.(ast.Expression), Name: name, Ctx: c.ForLeaks(), Stack: slices.Clone(stack), Model: r.loadsModel(n.(ast.Expression))}
		a.Fate, a.Use, a.Bindings, a.Assign = r.fateOf(stack)
		if a.Ctx.Tidy && a.Fate != Bound {
			a.Fate = Released // the tidy scope disposes it
		} else if a.Fate == Released {
			a.Field = r.fieldStore(stack)
		}
		for _, b := range a.Bindings {
			followed[b] = true
			if a.Assign == nil && len(b.Path) == 0 && b.Stable() && !a.Model {
				r.tensorVars[b] = true
			}
		}
		r.Allocs = append(r.Allocs, a)
		return true
	})
	r.collectFieldReads()
	if len(followed) == 0 {
		return r
	}
	in.WithStack([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		id := n.(*ast.Identifier)
		b := r.TF.Scope.Uses[id]
		if b == nil && len(r.globals) > 0 {
			b = r.globals[id.Name.String()]
		}
		if !push || b == nil || !followed[b] || slices.Contains(b.Writes, id) {
			return true
		}
		direct, _, _, _ := r.fateOf(stack)
		r.refs[b] = append(r.refs[b], ref{id: id, fate: r.refFate(stack, b), direct: direct, stack: slices.Clone(stack)})
		return true
	})
	return r
}

// modelLoaders load a model's weights into tensors of their own: a model
// loaded and dropped without dispose() leaks all of them.
var modelLoaders = map[string]bool{"tf.loadLayersModel": true, "tf.loadGraphModel": true}

// loadsModel reports `await tf.loadLayersModel(…)` (or loadGraphModel, and
// their 0.x names).
func (r *Result) loadsModel(e ast.Expression) bool {
	aw, ok := e.(*ast.AwaitExpression)
	if !ok {
		return false
	}
	api, ok := r.TF.API(aw.Argument)
	return ok && modelLoaders[api.Name]
}

func mustAPI(tf *tfapi.Info, e ast.Expression) tfapi.API {
	api, _ := tf.API(e)
	return api
}

// produces reports whether e creates a tensor, and how messages name it.
func (r *Result) produces(e ast.Expression) (string, bool) {
	switch e := e.(type) {
	case *ast.CallExpression, *ast.NewExpression:
		if r.arrayCall(e) {
			return "", false
		}
		if api, ok := r.TF.API(e); ok {
			return r.displayName(e, api), r.producesAPI(e, api)
		}
		if call, ok := e.(*ast.CallExpression); ok {
			if name, ok, resolved := r.localProducer(call, false); resolved {
				return name, ok
			}
			if name, ok := r.importedProducer(call, false); ok {
				return name, true
			}
			if name, ok := r.untracedProducer(call, false); ok {
				return name, true
			}
		}
	case *ast.AwaitExpression:
		if api, ok := r.TF.API(e.Argument); ok && api.Async && api.Result.IsTensorish() && api.Result != tfapi.KindVariable {
			return r.displayName(e.Argument, api), true
		}
		if call, ok := e.Argument.(*ast.CallExpression); ok {
			if name, ok, resolved := r.localProducer(call, true); resolved {
				return name, ok
			}
			if name, ok := r.importedProducer(call, true); ok {
				return name, true
			}
			if name, ok := r.untracedProducer(call, true); ok {
				return name, true
			}
		}
	}
	return "", false
}

// localProducer judges a call of a local function or of a method of this
// file's classes (this.step(), net.predict()): resolved tells whether that
// settles it. A method called on an instance that makes no tensor the
// analysis can see leaves the call to the untraced guesses (its body may
// wrap a model the file cannot type).
func (r *Result) localProducer(call *ast.CallExpression, awaited bool) (name string, ok, resolved bool) {
	fn := r.localFunc(call.Callee)
	if fn == nil || r.async[fn] != awaited {
		return "", false, false
	}
	name, ok = r.producer[fn]
	if !r.viaInstance(call.Callee) {
		return name, ok, true
	}
	if !ok {
		return "", false, false
	}
	return jsast.ShortCall(call.Callee) + "()", true, true
}

// arrayMethods are Array methods that Tensors also have (or that make no
// tensor on an array of them).
var arrayMethods = map[string]bool{"slice": true, "concat": true, "map": true, "filter": true, "reverse": true,
	"flat": true, "forEach": true, "at": true}

// arrayCall reports an Array method called on a variable the code
// indexes (outputs.slice(1) where outputs[0] is read elsewhere): a predict
// result of a multi-output model is an array, whatever the API table says.
func (r *Result) arrayCall(e ast.Expression) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || !arrayMethods[dot.Identifier.Name.String()] {
		return false
	}
	id, ok := dot.Left.(*ast.Identifier)
	if !ok {
		return false
	}
	b := r.TF.Scope.ObjectOf(id)
	return b != nil && r.indexedBinding(b)
}

// indexedBinding reports a variable read as an array somewhere (b[i]).
func (r *Result) indexedBinding(b *jsast.Binding) bool {
	for _, id := range b.Refs {
		if br, ok := r.File.Parent(id).(*ast.BracketExpression); ok && br.Left == ast.Expression(id) {
			return true
		}
	}
	return false
}

// predictMethods run a model on tensors and return new tensors; the async
// ones through await.
var predictMethods = map[string]bool{"predict": false, "execute": false, "predictOnBatch": false, "executeAsync": true}

// untracedProducer recognises a call that returns a new tensor although
// the resolver cannot trace its receiver (a parameter, a `.then(model => …)`
// value, a global another script sets): model.predict(x) when an argument
// is a known tensor (only a tfjs model predicts on tensors), a Tensor
// method of a variable that holds an untraced tensor, and
// optimizer.minimize(f, true).
func (r *Result) untracedProducer(call *ast.CallExpression, awaited bool) (string, bool) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return "", false
	}
	method := dot.Identifier.Name.String()
	if _, known := r.TF.API(call); known || r.TF.ClassOf(dot.Left) != "" {
		return "", false
	}
	if targets, own := r.TF.ProjectMethod(dot.Left, method); own && r.TF.PlainMethod(targets, method) {
		return "", false // the project's own method (class Net { predict(x) { …; return ms } }), not a model's
	}
	name := jsast.ShortCall(dot.Left) + "." + method
	holder := dot.Left
	switch m := holder.(type) {
	case *ast.BracketExpression: // outputs[0].argMax(): a member of a tensor array
		holder = m.Left
	case *ast.DotExpression: // top.indices.dataSync(), result.values.square()
		if !tensorProps[m.Identifier.Name.String()] {
			holder = m.Left
		}
	}
	if len(name) > 40 || strings.Contains(name, "…") {
		name = "." + method + "()"
		if t := r.File.Text(dot.Left); len(t) <= 24 && !strings.ContainsAny(t, "\n(") {
			name = t + "." + method
		}
	}
	if id, ok := holder.(*ast.Identifier); ok && !awaited && r.tensorVars[r.TF.Scope.ObjectOf(id)] {
		// A method of a variable that holds an untraced tensor (scores.argMax()).
		if api, ok := tfapi.Method("Tensor", method); ok && !api.Async && api.Result.IsTensorish() && api.Result != tfapi.KindVariable {
			return name, true
		}
	}
	if method == "minimize" && !awaited && len(call.ArgumentList) >= 2 && jsast.IsFunction(call.ArgumentList[0]) && r.isTrue(call.ArgumentList[1]) {
		return name, true // optimizer.minimize(f, true) on an optimizer the resolver cannot see
	}
	async, ok := predictMethods[method]
	if !ok || async != awaited || len(call.ArgumentList) == 0 {
		return "", false
	}
	for _, arg := range call.ArgumentList {
		if k := r.TF.KindOf(arg); k == tfapi.KindTensor || k == tfapi.KindVariable {
			return name, true
		}
		if id, ok := arg.(*ast.Identifier); ok && r.tensorVars[r.TF.Scope.ObjectOf(id)] {
			return name, true
		}
		if _, ok := r.produces(arg); ok {
			return name, true
		}
	}
	return "", false
}

// notProducers return tensors the caller does not own.
var notProducers = map[string]bool{
	"tf.keep": true, "LayersModel.getWeights": true, "Layer.getWeights": true, "RNN.getStates": true,
	"LayerVariable.read": true, "Tensor.variable": true,
}

func (r *Result) producesAPI(e ast.Expression, api tfapi.API) bool {
	if api.Async || notProducers[api.Name] {
		return false
	}
	switch api.Name {
	case "tf.tidy":
		if r.returnsOuterVariable(e) {
			return false // the callback stored its result in a variable outside: that variable owns it
		}
		return r.TF.KindOf(e).IsTensorish() && r.TF.KindOf(e) != tfapi.KindVariable
	case "Optimizer.minimize": // returns the cost only with returnCost === true
		args := jsast.Arguments(e)
		return len(args) >= 2 && r.isTrue(args[1])
	case "Layer.apply", "LayersModel.apply": // symbolic on symbolic inputs
		args := jsast.Arguments(e)
		return len(args) > 0 && r.TF.KindOf(args[0]) == tfapi.KindTensor
	}
	if r.throws(e) || slices.ContainsFunc(jsast.Arguments(e), r.throws) {
		return false // it never runs, or its argument throws before it does
	}
	return api.Result.IsTensorish() && api.Result != tfapi.KindVariable
}

// throws reports a call that certainly throws before it makes a tensor:
// tf.tensor3d(x, [1, 480, 640, 3]) ("requires shape to have three
// numbers").
func (r *Result) throws(e ast.Expression) bool {
	api, ok := r.TF.API(e)
	if !ok || !strings.HasPrefix(api.Name, "tf.tensor") || len(api.Name) != len("tf.tensor1d") || !strings.HasSuffix(api.Name, "d") {
		return false
	}
	rank := int(api.Name[len("tf.tensor")] - '0')
	args := jsast.Arguments(e)
	if len(args) < 2 {
		return false
	}
	shape, ok := args[1].(*ast.ArrayLiteral)
	return ok && len(shape.Value) != rank
}

// isTrue reports an argument that is certainly true.
func (r *Result) isTrue(e ast.Expression) bool {
	v, ok := constant.Bool(r.TF.Scope, e)
	return v && ok
}

// displayName names a producer for messages: the canonical name of tf.*
// functions, `receiver.method` for methods on a short receiver.
func (r *Result) displayName(e ast.Expression, api tfapi.API) string {
	if strings.HasPrefix(api.Name, "tf.") {
		return api.Name
	}
	if call, ok := e.(*ast.CallExpression); ok {
		if dot, ok := call.Callee.(*ast.DotExpression); ok {
			recv := r.File.Text(dot.Left)
			if len(recv) <= 24 && !strings.ContainsAny(recv, "\n()") {
				return recv + "." + dot.Identifier.Name.String()
			}
		}
	}
	return api.Name
}

// namespaceName is the local name of the tfjs namespace.
func namespaceName(tf *tfapi.Info) string {
	if len(tf.Scope.Free["tf"]) > 0 {
		return "tf"
	}
	// Names in sorted order: a file with two namespace bindings (tf and tfd)
	// gets the same fix text on every run.
	scopes := append([]*jsast.Scope{tf.Scope.Global}, tf.Scope.Global.Children...)
	for _, s := range scopes {
		for _, name := range slices.Sorted(maps.Keys(s.Bindings)) {
			b := s.Bindings[name]
			if b.Kind != jsast.Param && b.Ident != nil && tf.Name(b.Ident) == "tf" {
				return name
			}
			if b.Import != nil && tfapi.IsModule(b.Import.Module) && b.Import.Name == "*" {
				return name
			}
		}
	}
	return ""
}

// fateOf says what the context of the last node of stack does with its value.
func (r *Result) fateOf(stack []ast.Node) (fate Fate, use string, bindings []*jsast.Binding, assign *ast.AssignExpression) {
	for i := len(stack) - 1; i > 0; i-- {
		cur, parent := stack[i], stack[i-1]
		switch p := parent.(type) {
		case *ast.ConditionalExpression:
			if cur == p.Test {
				return Sunk, "a condition", nil, nil
			}
			continue
		case *ast.SequenceExpression:
			if cur == p.Sequence[len(p.Sequence)-1] {
				continue
			}
			return Discarded, "", nil, nil
		case *ast.BinaryExpression:
			switch p.Operator {
			case token.LOGICAL_OR, token.LOGICAL_AND, token.COALESCE:
				continue
			}
			return Sunk, "the " + p.Operator.String() + " operator", nil, nil
		case *ast.AwaitExpression:
			continue
		case *ast.UnaryExpression:
			if p.Operator == token.VOID {
				return Discarded, "", nil, nil
			}
			return Sunk, "the " + p.Operator.String() + " operator", nil, nil
		case *ast.Binding:
			if cur != p.Initializer {
				return Released, "", nil, nil
			}
			bs := r.targetBindings(p.Target)
			if len(bs) == 0 {
				return Released, "", nil, nil
			}
			return Bound, "", bs, nil
		case *ast.AssignExpression:
			if cur != p.Right {
				return Released, "", nil, nil
			}
			if p.Operator != token.ASSIGN {
				return Sunk, "the " + p.Operator.String() + " operator", nil, nil
			}
			if id, ok := p.Left.(*ast.Identifier); ok {
				if b := r.TF.Scope.ObjectOf(id); b != nil {
					return Bound, "", []*jsast.Binding{b}, p
				}
				if b := r.implicitGlobal(id); b != nil {
					return Bound, "", []*jsast.Binding{b}, p
				}
			}
			return Released, "", nil, nil // a property or an element: someone else's now
		case *ast.CallExpression:
			if cur == p.Callee {
				return Released, "", nil, nil
			}
			return r.argFate(p, slices.Index(p.ArgumentList, cur.(ast.Expression)))
		case *ast.NewExpression:
			if api, ok := r.TF.API(p); ok {
				return PassedToOp, api.Name, nil, nil
			}
			return Released, "", nil, nil
		case *ast.DotExpression:
			if i >= 2 {
				if call, ok := stack[i-2].(*ast.CallExpression); ok && call.Callee == p {
					return r.methodFate(call, p.Identifier.Name.String())
				}
			}
			name := p.Identifier.Name.String()
			if tensorProps[name] {
				return ReadOnce, "." + name, nil, nil
			}
			return r.memberFate(stack[:i], "."+name)
		case *ast.BracketExpression:
			if cur == p.Left {
				return r.memberFate(stack[:i], "[…]")
			}
			return Sunk, "an index", nil, nil
		case *ast.ExpressionStatement:
			return Discarded, "", nil, nil
		case *ast.TemplateLiteral:
			return Sunk, "a template literal", nil, nil
		case *ast.IfStatement, *ast.WhileStatement, *ast.DoWhileStatement, *ast.ForStatement, *ast.SwitchStatement:
			return Sunk, "a condition", nil, nil
		default: // returned, stored in an array or object, thrown, yielded, …
			return Released, "", nil, nil
		}
	}
	return Released, "", nil, nil
}

// implicitGlobal returns the binding tensorlife makes up for an
// undeclared name assigned in the file (`input = input.expandDims(0)` in
// a sloppy page script): it behaves as a module-level variable, so that
// overwriting it per event can be reported. Nil for names only read.
func (r *Result) implicitGlobal(id *ast.Identifier) *jsast.Binding {
	name := id.Name.String()
	if b := r.globals[name]; b != nil {
		return b
	}
	if !r.TF.Scope.IsFree(id) || name == "undefined" {
		return nil
	}
	refs := r.TF.Scope.Free[name]
	b := &jsast.Binding{Name: name, Kind: jsast.Var, Scope: r.TF.Scope.Global, Refs: refs}
	for _, ref := range refs {
		if a, ok := r.File.Parent(ref).(*ast.AssignExpression); ok && a.Left == ast.Expression(ref) {
			b.Writes = append(b.Writes, ref)
		}
	}
	if r.globals == nil {
		r.globals = map[string]*jsast.Binding{}
	}
	r.globals[name] = b
	return b
}

// tensorProps are the plain properties of a tensor: reading them keeps
// nothing.
var tensorProps = map[string]bool{
	"shape": true, "dtype": true, "size": true, "rank": true, "rankType": true, "id": true, "isDisposed": true,
	"strides": true, "kept": true, "dataId": true, "scopeId": true, "length": true, "name": true, "trainable": true,
}

// memberFate is the fate of a container read through one of its members
// (r.values, r[0]): when the member is disposed, returned or handed on,
// the container counts as released (tf.dispose([r[0], r[1]]) frees a
// predict array member by member); otherwise it is only read.
func (r *Result) memberFate(stack []ast.Node, use string) (Fate, string, []*jsast.Binding, *ast.AssignExpression) {
	if f, _, _, _ := r.fateOf(stack); releases(f) {
		return Released, "", nil, nil
	}
	return ReadOnce, use, nil, nil
}

// readers are tensor methods that read a tensor without consuming it.
var readers = map[string]bool{
	"dataSync": true, "data": true, "array": true, "arraySync": true, "print": true, "toString": true,
	"buffer": true, "bufferSync": true, "bytes": true,
}

func (r *Result) methodFate(call *ast.CallExpression, method string) (Fate, string, []*jsast.Binding, *ast.AssignExpression) {
	if method == "dispose" || method == "variable" {
		return Released, "", nil, nil // x.variable() shares x's buffer, as tf.variable(x) does
	}
	api, ok := r.TF.API(call)
	if !ok {
		// The receiver is the tensor being followed, whatever the resolver
		// could prove about the expression.
		api, ok = tfapi.Method("Tensor", method)
	}
	if ok {
		if r.producesAPI(call, api) {
			return Chained, "", nil, nil
		}
		return ReadOnce, method + "()", nil, nil
	}
	if readers[method] {
		return ReadOnce, method + "()", nil, nil
	}
	return Released, "", nil, nil // an unknown method may take it
}

// sinks read their arguments and keep nothing.
var sinks = map[string]bool{
	"console.log": true, "console.info": true, "console.warn": true, "console.error": true, "console.debug": true,
	"console.table": true, "JSON.stringify": true, "String": true, "alert": true,
}

func (r *Result) argFate(call *ast.CallExpression, argIndex int) (Fate, string, []*jsast.Binding, *ast.AssignExpression) {
	if api, ok := r.TF.API(call); ok {
		if api.Name == "tf.dispose" || api.Name == "tf.keep" || api.Name == "tf.variable" {
			return Released, "", nil, nil // a variable shares its initial value's buffer
		}
		return PassedToOp, r.displayName(call, api), nil, nil
	}
	if _, ok := r.untracedProducer(call, false); ok {
		return PassedToOp, jsast.ShortCall(call.Callee), nil, nil
	}
	if fn := r.localFunc(call.Callee); fn != nil {
		if p := r.paramFor(fn, call, argIndex); p != nil && !r.paramReleased(p) {
			return PassedToOp, r.calleeName(fn, call), nil, nil
		}
		return Released, "", nil, nil
	}
	if name := calleeText(call.Callee); sinks[name] {
		if id := jsast.RootIdent(call.Callee); id == nil || r.TF.Scope.IsFree(id) {
			return Sunk, name, nil, nil
		}
	}
	return Released, "", nil, nil // an unknown function may take ownership
}

func calleeText(e ast.Expression) string {
	switch x := e.(type) {
	case *ast.Identifier:
		return x.Name.String()
	case *ast.DotExpression:
		if id, ok := x.Left.(*ast.Identifier); ok {
			return id.Name.String() + "." + x.Identifier.Name.String()
		}
	}
	return ""
}

// targetBindings are the bindings a declaration target declares.
func (r *Result) targetBindings(target ast.Expression) []*jsast.Binding {
	var out []*jsast.Binding
	collectIdents(target, func(id *ast.Identifier) {
		if b := r.TF.Scope.ObjectOf(id); b != nil {
			out = append(out, b)
		}
	})
	return out
}

func collectIdents(t ast.Expression, fn func(*ast.Identifier)) {
	switch t := t.(type) {
	case *ast.Identifier:
		fn(t)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				fn(&p.Name)
			case *ast.PropertyKeyed:
				collectIdents(p.Value, fn)
			}
		}
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			collectIdents(e, fn)
		}
	case *ast.AssignExpression:
		collectIdents(t.Left, fn)
	}
}

// refFate is the fate of a read of a followed binding: a read from inside a
// function that runs later (a closure) hands the tensor over.
func (r *Result) refFate(stack []ast.Node, b *jsast.Binding) Fate {
	// A read in a closure that runs later (not in b's own function or an
	// inline callback inside it) is out of sight: take it as releasing.
	own := bindingFunc(b)
	for i := len(stack) - 1; i >= 0; i-- {
		if !jsast.IsFunction(stack[i]) {
			continue
		}
		if stack[i] == own {
			break // b's own function, even when it is itself an inline callback
		}
		if !contexts.InlineArgument(stack, i) {
			return Released
		}
	}
	f, _, _, _ := r.fateOf(stack)
	return f
}

// bindingFunc is the function node whose scope declares b (nil at top level).
func bindingFunc(b *jsast.Binding) ast.Node {
	s := b.Scope.Function()
	if s.Kind != jsast.FunctionScope {
		return nil
	}
	return s.Node
}

// IsLocal reports whether b belongs to the function fn (nil: top level).
func IsLocal(b *jsast.Binding, fn ast.Node) bool {
	return bindingFunc(b) == fn && fn != nil
}

// returnsOuterVariable reports a tidy callback that returns a variable
// declared outside it (`tf.tidy(() => { out = …; return out; })`).
func (r *Result) returnsOuterVariable(e ast.Expression) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) == 0 {
		return false
	}
	id, ok := tfapi.TidyResult(call).(*ast.Identifier)
	if !ok {
		return false
	}
	b := r.TF.Scope.ObjectOf(id)
	fn := call.ArgumentList[len(call.ArgumentList)-1]
	return b != nil && b.Ident != nil && (b.Ident.Idx0() < fn.Idx0() || b.Ident.Idx0() >= fn.Idx1())
}
