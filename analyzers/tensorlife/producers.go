package tensorlife

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// findProducers finds the local functions whose every return makes a new
// tensor: calling them produces a tensor the caller owns.
func (r *Result) findProducers() {
	type tally struct{ returns, tensors int }
	counts := map[ast.Node]*tally{}
	r.File.Inspector().WithStack([]ast.Node{(*ast.ReturnStatement)(nil), (*ast.ArrowFunctionLiteral)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		var fn ast.Node
		var value ast.Expression
		switch n := n.(type) {
		case *ast.ReturnStatement:
			for i := len(stack) - 2; i >= 0; i-- {
				if jsast.IsFunction(stack[i]) {
					fn = stack[i]
					break
				}
			}
			value = n.Argument
		case *ast.ArrowFunctionLiteral:
			body, ok := n.Body.(*ast.ExpressionBody)
			if !ok {
				return true
			}
			fn, value = n, body.Expression
		}
		if fn == nil {
			return true
		}
		t := counts[fn]
		if t == nil {
			t = &tally{}
			counts[fn] = t
		}
		t.returns++
		if value != nil {
			if _, ok := r.produces(value); ok {
				t.tensors++
			}
		}
		return true
	})
	for fn, t := range counts {
		if t.returns == 0 || t.returns != t.tensors {
			continue
		}
		if name := r.funcName(fn); name != "" {
			r.producer[fn] = name + "()"
			r.async[fn] = jsast.IsAsync(fn)
		}
	}
}

// funcName is the name a local function is called by.
func (r *Result) funcName(fn ast.Node) string {
	if f, ok := fn.(*ast.FunctionLiteral); ok && f.Name != nil {
		return f.Name.Name.String()
	}
	if b := r.TF.Scope.InitializedBy(fn); b != nil && (b.Kind == jsast.Const || !b.Reassigned()) {
		return b.Name
	}
	return r.methodNames[fn]
}

// localFunc resolves a callee to a local function or a method of the
// enclosing class (this.step).
func (r *Result) localFunc(callee ast.Expression) ast.Node {
	if dot, ok := callee.(*ast.DotExpression); ok {
		return r.methodOf(dot)
	}
	fn, _ := r.Ctx.LocalFunction(callee)
	return fn
}

// collectMethods indexes the methods of the file's classes.
func (r *Result) collectMethods() {
	r.methodNames = map[ast.Node]string{}
	r.File.Inspector().Preorder([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node) {
		for _, el := range n.(*ast.ClassLiteral).Body {
			if m, ok := el.(*ast.MethodDefinition); ok && m.Body != nil && m.Kind == ast.PropertyKindMethod {
				if key, ok := m.Key.(*ast.StringLiteral); ok && !m.Computed {
					r.methodNames[m.Body] = "this." + key.Value.String()
				}
			}
		}
	})
}

// methodOf resolves this.name to the method of the innermost enclosing
// class, and x.name to the method of the one class of this file whose
// instances x holds (tfapi.ProjectMethod).
func (r *Result) methodOf(dot *ast.DotExpression) ast.Node {
	if _, ok := dot.Left.(*ast.ThisExpression); !ok {
		targets, ok := r.TF.ProjectMethod(dot.Left, dot.Identifier.Name.String())
		if !ok || len(targets) != 1 || targets[0].Local == nil {
			return nil
		}
		return jsast.ClassMethod(targets[0].Local, dot.Identifier.Name.String()).Body
	}
	cls := r.TF.EnclosingClass(dot)
	if cls == nil {
		return nil
	}
	want := "this." + dot.Identifier.Name.String()
	for _, el := range cls.Body {
		if m, ok := el.(*ast.MethodDefinition); ok && m.Body != nil && r.methodNames[m.Body] == want {
			return m.Body
		}
	}
	return nil
}

// calleeName names a local function or method for messages.
func (r *Result) calleeName(fn ast.Node, call *ast.CallExpression) string {
	if name := r.funcName(fn); name != "" && !r.viaInstance(call.Callee) {
		return name + "()"
	}
	return r.File.Text(call.Callee) + "()"
}

// viaInstance reports a method call on an instance (net.predict) rather
// than on this: messages name it as the code does.
func (r *Result) viaInstance(callee ast.Expression) bool {
	dot, ok := callee.(*ast.DotExpression)
	if !ok {
		return false
	}
	_, this := dot.Left.(*ast.ThisExpression)
	return !this
}
