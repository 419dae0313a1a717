package tensorlife

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
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
				if contexts.IsFunction(stack[i]) {
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
		if t.returns == 0 || t.returns != t.tensors || contexts.IsAsync(fn) {
			continue
		}
		if name := r.funcName(fn); name != "" {
			r.producer[fn] = name + "()"
		}
	}
}

// funcName is the name a local function is called by.
func (r *Result) funcName(fn ast.Node) string {
	if f, ok := fn.(*ast.FunctionLiteral); ok && f.Name != nil {
		return string(f.Name.Name)
	}
	if b := r.TF.Scope.InitializedBy(fn); b != nil && (b.Kind == jsast.Const || !b.Reassigned()) {
		return b.Name
	}
	return ""
}

// localFunc resolves a callee to a local function.
func (r *Result) localFunc(callee ast.Expression) ast.Node {
	id, ok := callee.(*ast.Identifier)
	if !ok {
		return nil
	}
	b := r.TF.Scope.ObjectOf(id)
	switch {
	case b == nil:
		return nil
	case b.Kind == jsast.FunctionName:
		return b.Decl
	case (b.Kind == jsast.Const || (b.Kind != jsast.Param && !b.Reassigned())) && contexts.IsFunction(b.Init):
		return b.Init
	}
	return nil
}
