package tfapi

import (
	"github.com/grafana/sobek/ast"
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
	if name := info.Name(callee); name != "" {
		return Lookup(name)
	}
	if dot, ok := callee.(*ast.DotExpression); ok {
		if cls := info.ClassOf(dot.Left); cls != "" {
			return Method(cls, string(dot.Identifier.Name))
		}
	}
	return API{}, false
}

// ClassOf returns the tfjs class of the value of e ("Tensor", "Sequential",
// "AdamOptimizer", "Dataset", ...), or "" when unknown or not tfjs.
func (info *Info) ClassOf(e ast.Expression) string { return info.classOf(e, 0) }

// KindOf returns the kind of the value of e (KindOther when unknown).
func (info *Info) KindOf(e ast.Expression) Kind {
	switch e := e.(type) {
	case *ast.CallExpression, *ast.NewExpression:
		if api, ok := info.apiOf(e); ok && !api.Async {
			return api.Result
		}
	case *ast.AwaitExpression:
		if api, ok := info.apiOf(e.Argument); ok && api.Async {
			return api.Result
		}
	case *ast.Identifier:
		if b := info.Scope.ObjectOf(e); b != nil && stable(b) && b.Init != nil {
			return info.KindOf(b.Init)
		}
	}
	return kindOfClass(info.ClassOf(e))
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
	return info.computeClass(e, depth)
}

func (info *Info) computeClass(e ast.Expression, depth int) string {
	switch e := e.(type) {
	case *ast.CallExpression:
		api, ok := info.apiOf(e)
		if !ok || api.Async {
			return ""
		}
		if api.Name == "tf.tidy" {
			return info.classOf(tidyResult(e), depth+1)
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
	case *ast.DotExpression:
		if _, ok := e.Left.(*ast.ThisExpression); ok {
			return info.thisFieldClass(fieldKey{info.enclosingClass(e), string(e.Identifier.Name)}, depth)
		}
	case *ast.Identifier:
		b := info.Scope.ObjectOf(e)
		if b == nil || !stable(b) || b.Init == nil {
			return ""
		}
		if c, ok := info.class[b]; ok { // memoized per binding; "" first breaks cycles
			return c
		}
		info.class[b] = ""
		c := info.classOf(b.Init, depth+1)
		info.class[b] = c
		return c
	}
	return ""
}

// tidyResult is the expression a tf.tidy callback returns, when it is an
// arrow with an expression body or a block ending in one return.
func tidyResult(call *ast.CallExpression) ast.Expression {
	if len(call.ArgumentList) == 0 {
		return nil
	}
	fn := call.ArgumentList[len(call.ArgumentList)-1]
	var body ast.ConciseBody
	switch fn := fn.(type) {
	case *ast.ArrowFunctionLiteral:
		body = fn.Body
	case *ast.FunctionLiteral:
		if fn.Body != nil {
			body = fn.Body
		}
	}
	switch b := body.(type) {
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
	info.File.Inspector().Preorder([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node) {
		info.classes = append(info.classes, n.(*ast.ClassLiteral))
	})
	if len(info.classes) == 0 {
		return
	}
	info.File.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil), (*ast.FieldDefinition)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if dot, ok := n.Left.(*ast.DotExpression); ok {
				if _, ok := dot.Left.(*ast.ThisExpression); ok {
					k := fieldKey{info.enclosingClass(dot), string(dot.Identifier.Name)}
					info.thisFields[k] = append(info.thisFields[k], n.Right)
				}
			}
		case *ast.FieldDefinition:
			if key, ok := n.Key.(*ast.StringLiteral); ok && !n.Computed && n.Initializer != nil {
				k := fieldKey{info.enclosingClass(n), string(key.Value)}
				info.thisFields[k] = append(info.thisFields[k], n.Initializer)
			}
		}
	})
}

// enclosingClass is the innermost class whose body contains n.
func (info *Info) enclosingClass(n ast.Node) *ast.ClassLiteral {
	var best *ast.ClassLiteral
	for _, c := range info.classes {
		if c.Idx0() <= n.Idx0() && n.Idx0() < c.Idx1() && (best == nil || c.Idx0() >= best.Idx0()) {
			best = c
		}
	}
	return best
}

// thisFieldClass is the class of this.X when every value the class
// assigns to it has that class.
func (info *Info) thisFieldClass(k fieldKey, depth int) string {
	if k.class == nil {
		return ""
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
