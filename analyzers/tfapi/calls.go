package tfapi

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"
	"sort"

	"github.com/tfjslint/tfjslint/jsast"
)

// resolveCall finds the API of a call or `new`: through the callee's tfjs
// name (tf.train.sgd, new tf.SGDOptimizer) or, for a method, through the
// class of its receiver (x.reshape() with x a Tensor).
func (info *Info) resolveCall(e ast.Expression) (API, bool) {
	var callee ast.Expression
	switch e := e.(type) {
	case *ast.CallExpression:
		callee = e.Callee
	case *ast.NewExpression:
		callee = e.Callee
	default:
		return API{}, false
	}
	callee = jsast.UnwrapOptional(callee)
	if seq, ok := callee.(*ast.SequenceExpression); ok && len(seq.Sequence) == 2 {
		if _, ok := seq.Sequence[0].(*ast.NumberLiteral); ok {
			callee = seq.Sequence[1] // Babel's (0, _tfjs.tidy)(…): a call without a this
		}
	}
	if name := info.name(callee, 0); name != "" {
		return Lookup(name)
	}
	if api, ok := info.gradientCall(callee); ok {
		return api, true
	}
	if dot, ok := callee.(*ast.DotExpression); ok {
		if cls := info.classOf(dot.Left, 0); cls != "" {
			return Method(cls, dot.Identifier.Name.String())
		}
	}
	return API{}, false
}

// ClassOf returns the tfjs class of the value of e ("Tensor", "Sequential",
// "AdamOptimizer", "Dataset", ...), or "" when unknown or not tfjs.
func (info *Info) ClassOf(e ast.Expression) string {
	info.mu.Lock()
	defer info.mu.Unlock()
	return info.classOf(e, 0)
}

// KindOf returns the kind of the value of e (KindOther when unknown).
func (info *Info) KindOf(e ast.Expression) Kind {
	info.mu.Lock()
	defer info.mu.Unlock()
	return info.kindOf(e, 0)
}

func (info *Info) kindOf(e ast.Expression, depth int) Kind {
	if depth > maxChain {
		return KindOther
	}
	switch e := e.(type) {
	case *ast.CallExpression, *ast.NewExpression:
		if api, ok := info.apiOf(e); ok && !api.Async && api.Name != "tf.tidy" {
			if isApply(api) {
				return info.applyKind(e, depth)
			}
			return api.Result
		}
	case *ast.AwaitExpression:
		if api, ok := info.apiOf(e.Argument); ok && api.Async {
			return api.Result
		}
	case *ast.Identifier:
		if b := info.Scope.ObjectOf(e); b != nil && b.Stable() && b.Init != nil {
			return info.kindOf(b.Init, depth+1)
		}
	}
	return kindOfClass(info.classOf(e, depth))
}

func kindOfClass(cls string) Kind {
	if cls == "" {
		return KindOther
	}
	return ClassKind(cls)
}

// apiOf returns the resolved API of a call that has been or can be resolved.
func (info *Info) apiOf(e ast.Expression) (API, bool) {
	if api, ok := info.byNode[e]; ok {
		return api, true
	}
	return info.resolveCall(e)
}

func (info *Info) classOf(e ast.Expression, depth int) string {
	if e == nil || depth > maxChain {
		return ""
	}
	e = jsast.UnwrapOptional(e)
	return info.computeClass(e, depth)
}

func (info *Info) computeClass(e ast.Expression, depth int) string {
	switch e := e.(type) {
	case *ast.CallExpression:
		api, ok := info.apiOf(e)
		if !ok {
			if c, ok := info.importedCall(e, false); ok {
				return c
			}
			return info.localCallClass(e, depth, false)
		}
		if api.Async {
			return ""
		}
		if api.Name == "tf.tidy" {
			return info.classOf(TidyResult(e), depth+1)
		}
		if _, ok := gradientResults[api.Name]; ok && api.Result != KindFunction {
			return kindClasses[api.Result] // calling a gradient function
		}
		if isApply(api) {
			return kindClasses[info.applyKind(e, depth)]
		}
		return ResultClass(api.Name)
	case *ast.NewExpression:
		if api, ok := info.apiOf(e); ok {
			return ResultClass(api.Name)
		}
	case *ast.AwaitExpression:
		if api, ok := info.apiOf(e.Argument); ok && api.Async {
			return ResultClass(api.Name)
		}
		if call, ok := e.Argument.(*ast.CallExpression); ok {
			if c, ok := info.importedCall(call, true); ok {
				return c
			}
			return info.localCallClass(call, depth, true)
		}
	case *ast.DotExpression:
		if _, ok := e.Left.(*ast.ThisExpression); ok {
			return info.thisFieldClass(fieldKey{info.EnclosingClass(e), e.Identifier.Name.String()}, depth)
		}
		if x, ok := info.importedExport(e); ok {
			return x.Class
		}
	case *ast.Identifier:
		b := info.Scope.ObjectOf(e)
		if b == nil {
			if x, ok := info.importedExport(e); ok {
				return x.Class
			}
			return ""
		}
		if c, ok := info.class[b]; ok {
			return c
		}
		return info.bindingClass(b, depth)
	}
	return ""
}

// bindingClass infers the class of a variable, memoized: a stable binding
// has its initializer's class; a reassigned one the class all its values
// share (assumed from the first value while the others are checked, so that
// `w = w.sub(g)` resolves); a parameter of a local function the class all
// its call sites pass.
func (info *Info) bindingClass(b *jsast.Binding, depth int) string {
	if x, ok := info.importedBinding(b); ok {
		info.class[b] = x.Class
		return x.Class
	}
	if c := info.annotatedClass(b); c != "" {
		info.class[b] = c // the evidence a parameter or field lacks in JavaScript
		return c
	}
	info.class[b] = "" // breaks cycles
	var values []ast.Expression
	switch {
	case b.Kind == jsast.Param:
		values = info.paramArgs(b)
		if values == nil && info.duckTensor(b) {
			info.class[b] = "Tensor"
			return "Tensor"
		}
	case b.Init != nil && b.Stable():
		values = []ast.Expression{b.Init}
	case b.Kind == jsast.Var || b.Kind == jsast.Let:
		if b.Init != nil {
			values = append(values, b.Init)
		}
		values = append(values, info.assigned()[b]...)
	}
	if len(values) == 0 {
		return ""
	}
	class := info.commonClassOf(values, depth, func(first string) { info.class[b] = first })
	if class == "" && b.Kind == jsast.Param && info.duckTensor(b) {
		class = "Tensor"
	}
	info.class[b] = class
	return class
}

// commonClassOf is the class values all share. assume, if not nil, is
// told the first value's class before the others are checked, so that a
// variable can assume it while its own reassignments (w = w.sub(g)) are
// resolved.
func (info *Info) commonClassOf(values []ast.Expression, depth int, assume func(string)) string {
	if len(values) == 0 {
		return ""
	}
	class := info.classOf(values[0], depth+1)
	if assume != nil {
		assume(class)
	}
	for _, v := range values[1:] {
		if class == "" {
			break
		}
		class = commonClass(class, info.classOf(v, depth+1))
	}
	return class
}

// ReturnValues lists what function fn returns (an arrow's expression
// body included); nil for a bare return.
func (info *Info) ReturnValues(fn ast.Node) []ast.Expression {
	info.mu.Lock()
	defer info.mu.Unlock()
	return info.returnValues()[fn]
}

// returnValues lists what each local function returns (arrow expression
// bodies included; nested functions' returns belong to them).
func (info *Info) returnValues() map[ast.Node][]ast.Expression {
	if info.returns == nil {
		info.returns = map[ast.Node][]ast.Expression{}
		info.File.Inspector().WithStack([]ast.Node{(*ast.ReturnStatement)(nil), (*ast.ArrowFunctionLiteral)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if !push {
				return true
			}
			switch n := n.(type) {
			case *ast.ReturnStatement:
				for i := len(stack) - 2; i >= 0; i-- {
					if jsast.IsFunction(stack[i]) {
						info.returns[stack[i]] = append(info.returns[stack[i]], n.Argument)
						return true
					}
				}
			case *ast.ArrowFunctionLiteral:
				if body, ok := n.Body.(*ast.ExpressionBody); ok {
					info.returns[n] = append(info.returns[n], body.Expression)
				}
			}
			return true
		})
	}
	return info.returns
}

// assigned maps each variable to the values plainly assigned to it.
func (info *Info) assigned() map[*jsast.Binding][]ast.Expression {
	if info.assigns == nil {
		info.assigns = map[*jsast.Binding][]ast.Expression{}
		info.File.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(n ast.Node) {
			a := n.(*ast.AssignExpression)
			if id, ok := a.Left.(*ast.Identifier); ok && a.Operator == token.ASSIGN {
				if b := info.Scope.ObjectOf(id); b != nil {
					info.assigns[b] = append(info.assigns[b], a.Right)
				}
			}
		})
	}
	return info.assigns
}

// paramArgs returns what the local calls of a parameter's function pass
// for it; nil when the function is also used as a value (callers unknown).
func (info *Info) paramArgs(b *jsast.Binding) []ast.Expression {
	p, index := b.Param()
	if p == nil {
		return nil
	}
	fn := b.Scope.Node
	calls := info.callSites()[fn]
	fb := info.Scope.FunctionBinding(fn)
	if len(calls) == 0 || fb == nil || len(fb.Refs) != len(calls) {
		return nil
	}
	var args []ast.Expression
	for _, c := range calls {
		if index >= len(c.ArgumentList) {
			return nil
		}
		args = append(args, c.ArgumentList[index])
	}
	return args
}

// callSites maps local functions to the calls that call them by name.
func (info *Info) callSites() map[ast.Node][]*ast.CallExpression {
	if info.sites == nil {
		info.sites = map[ast.Node][]*ast.CallExpression{}
		info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpression)
			if id, ok := call.Callee.(*ast.Identifier); ok {
				if b := info.Scope.ObjectOf(id); b != nil {
					if fn := b.Function(); fn != nil {
						info.sites[fn] = append(info.sites[fn], call)
					}
				}
			}
		})
	}
	return info.sites
}

// TidyResult is the expression a tf.tidy callback returns, when it is an
// arrow with an expression body or a block ending in one return.
func TidyResult(call *ast.CallExpression) ast.Expression {
	if len(call.ArgumentList) == 0 {
		return nil
	}
	fn := call.ArgumentList[len(call.ArgumentList)-1]
	switch b := jsast.FunctionBody(fn).(type) {
	case *ast.ExpressionBody:
		return b.Expression
	case *ast.BlockStatement:
		if n := len(b.List); n > 0 {
			if r, ok := b.List[n-1].(*ast.ReturnStatement); ok {
				return r.Argument
			}
		}
	}
	return nil
}

// collectThisFields records the values assigned to this.X and class
// fields, per enclosing class.
func (info *Info) collectThisFields() {
	var open []int // the classes that contain the current one
	info.File.Inspector().Preorder([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node) {
		c := n.(*ast.ClassLiteral)
		for len(open) > 0 && info.classes[open[len(open)-1]].Idx1() <= c.Idx0() {
			open = open[:len(open)-1]
		}
		outer := -1
		if len(open) > 0 {
			outer = open[len(open)-1]
		}
		open = append(open, len(info.classes))
		info.classes = append(info.classes, c)
		info.outerClass = append(info.outerClass, outer)
	})
	if len(info.classes) == 0 {
		return
	}
	info.File.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil), (*ast.FieldDefinition)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if dot, ok := n.Left.(*ast.DotExpression); ok {
				if _, ok := dot.Left.(*ast.ThisExpression); ok {
					k := fieldKey{info.EnclosingClass(dot), dot.Identifier.Name.String()}
					info.thisFields[k] = append(info.thisFields[k], n.Right)
				}
			}
		case *ast.FieldDefinition:
			key, ok := n.Key.(*ast.StringLiteral)
			if !ok || n.Computed {
				break
			}
			k := fieldKey{info.EnclosingClass(n), key.Value.String()}
			if n.Initializer != nil {
				info.thisFields[k] = append(info.thisFields[k], n.Initializer)
			}
			if c := info.typeClass(info.File.FieldAnnotation(n)); c != "" {
				info.fieldAnnotation[k] = c
			}
		}
	})
}

// AnnotatedField is the tfjs class the TypeScript annotation of field
// this.X declares ("Tensor" for tf.Tensor2D), or "": the field's own
// evidence, whatever the code assigns to it.
func (info *Info) AnnotatedField(dot *ast.DotExpression) string {
	if _, ok := dot.Left.(*ast.ThisExpression); !ok {
		return ""
	}
	return info.fieldAnnotation[fieldKey{info.EnclosingClass(dot), dot.Identifier.Name.String()}]
}

// EnclosingClass is the innermost class whose body contains n, or nil.
// Classes are in source order and nest, so it is the last class starting
// at or before n, or the nearest of its enclosing classes that contains n.
func (info *Info) EnclosingClass(n ast.Node) *ast.ClassLiteral {
	at := n.Idx0()
	i := sort.Search(len(info.classes), func(i int) bool { return info.classes[i].Idx0() > at }) - 1
	for ; i >= 0; i = info.outerClass[i] {
		if at < info.classes[i].Idx1() {
			return info.classes[i]
		}
	}
	return nil
}

// thisFieldClass is the class of this.X: the one its TypeScript
// annotation names, else the one every value the class assigns to it has.
func (info *Info) thisFieldClass(k fieldKey, depth int) string {
	if k.class == nil {
		return ""
	}
	if c := info.fieldAnnotation[k]; c != "" {
		return c // the declared type says what every value is
	}
	if c, ok := info.fieldClass[k]; ok {
		return c
	}
	info.fieldClass[k] = ""
	class := ""
	for i, e := range info.thisFields[k] {
		c := info.classOf(e, depth+1)
		if i > 0 {
			c = commonClass(c, class)
		}
		if c == "" {
			class = ""
			break
		}
		class = c
	}
	info.fieldClass[k] = class
	return class
}

// commonClass is the nearest class both a and b are (Sequential and
// LayersModel give LayersModel), or "".
func commonClass(a, b string) string {
	for x := a; x != ""; x = SuperClass(x) {
		for y := b; y != ""; y = SuperClass(y) {
			if x == y {
				return x
			}
		}
	}
	return ""
}

// tensorOnlyMethods are Tensor methods no common JavaScript value has
// (Array, String, Set, Map, Promise, DOM, console, three.js-style objects
// share the others: add, concat, slice, log, dispose, clone, …).
var tensorOnlyMethods = map[string]bool{
	"sub": true, "div": true, "mul": true, "matMul": true, "expandDims": true, "squeeze": true, "reshape": true,
	"toFloat": true, "cast": true, "relu": true, "sigmoid": true, "softmax": true, "square": true,
	"sqrt": true, "rsqrt": true, "argMax": true, "argMin": true, "clipByValue": true, "dataSync": true,
	"arraySync": true, "conv2d": true, "resizeBilinear": true, "resizeNearestNeighbor": true, "asScalar": true,
	"as1D": true, "as2D": true, "as3D": true, "as4D": true, "flatten": true, "logSoftmax": true, "squaredDifference": true,
	"divNoNan": true, "floorDiv": true, "oneHot": true, "batchNorm": true,
}

// duckTensor reports a parameter that calls a method only tensors have
// (`function normalize(x) { return x.sub(mean) }`): with no call site to
// learn from, that use says what it is.
func (info *Info) duckTensor(b *jsast.Binding) bool {
	if info.duck == nil {
		info.duck = map[*jsast.Binding]bool{}
		info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			dot, ok := n.(*ast.CallExpression).Callee.(*ast.DotExpression)
			if !ok || !tensorOnlyMethods[dot.Identifier.Name.String()] {
				return
			}
			if id, ok := dot.Left.(*ast.Identifier); ok {
				if pb := info.Scope.ObjectOf(id); pb != nil && pb.Kind == jsast.Param {
					info.duck[pb] = true
				}
			}
		})
	}
	return info.duck[b]
}

// localCallClass is the class a call of a local function returns (for an
// async function, what awaiting the call gives).
func (info *Info) localCallClass(call *ast.CallExpression, depth int, awaited bool) string {
	id, ok := call.Callee.(*ast.Identifier)
	if !ok {
		return ""
	}
	b := info.Scope.ObjectOf(id)
	if b == nil {
		return ""
	}
	fn := b.Function()
	if fn == nil || jsast.IsAsync(fn) != awaited {
		return ""
	}
	values := info.returnValues()[fn]
	for _, v := range values {
		if v == nil {
			return "" // a bare return
		}
	}
	return info.commonClassOf(values, depth, nil)
}

// gradientResults are what calling the function made by tf.grad & co.
// returns.
var gradientResults = map[string]Kind{
	"tf.grad": KindTensor, "tf.grads": KindTensorList, "tf.valueAndGrad": KindTensorMap,
	"tf.valueAndGrads": KindTensorMap, "tf.customGrad": KindTensor,
}

// gradientCall resolves a call of a gradient function, `tf.grad(f)(x)` or
// `const g = tf.grad(f); g(x)`, to an API named after its maker whose
// result is what the gradient function returns.
func (info *Info) gradientCall(callee ast.Expression) (API, bool) {
	for depth := 0; depth < maxChain; depth++ {
		switch c := callee.(type) {
		case *ast.Identifier:
			b := info.Scope.ObjectOf(c)
			if b == nil || !b.Stable() || b.Init == nil {
				return API{}, false
			}
			callee = b.Init
			continue
		case *ast.CallExpression:
			maker, ok := info.apiOf(c)
			if !ok {
				return API{}, false
			}
			kind, ok := gradientResults[maker.Name]
			if !ok {
				return API{}, false
			}
			return API{Name: maker.Name, Result: kind, Note: "calling the function " + maker.Name + " made"}, true
		}
		return API{}, false
	}
	return API{}, false
}

// isApply reports layer.apply / model.apply, whose result is symbolic on
// symbolic inputs (building a functional model) and a tensor on tensors.
func isApply(api API) bool { return api.Name == "Layer.apply" || api.Name == "LayersModel.apply" }

// applyKind is what an apply call returns, judged by its first input (or
// the first element of an array of inputs): KindOther when unknown.
func (info *Info) applyKind(call ast.Expression, depth int) Kind {
	c, ok := call.(*ast.CallExpression)
	if !ok || len(c.ArgumentList) == 0 {
		return KindOther
	}
	in := c.ArgumentList[0]
	if arr, ok := in.(*ast.ArrayLiteral); ok {
		if len(arr.Value) == 0 {
			return KindOther
		}
		in = arr.Value[0]
	}
	switch k := info.kindOf(in, depth+1); {
	case k == KindSymbolic:
		return KindSymbolic
	case k.IsTensorish():
		return KindTensor
	}
	return KindOther
}
