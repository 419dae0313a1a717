package contexts

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// indexEngineScopes marks the statements that run between
// `tf.engine().startScope()` and the first later statement of the same
// block that calls endScope (a plain call, or one in a finally block).
// endScope disposes every tensor made in the scope that was not kept or
// passed to it, so code there runs as inside tf.tidy. A startScope with no
// endScope in its block (closed in another function) marks nothing.
func (c *Info) indexEngineScopes() {
	in := c.File.Inspector()
	in.WithStack([]ast.Node{(*ast.ExpressionStatement)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || len(stack) < 2 || !scopeCall(n.(*ast.ExpressionStatement).Expression, "startScope") {
			return true
		}
		list, ok := jsast.StatementList(stack[len(stack)-2])
		if !ok {
			return true
		}
		start := -1
		for i, s := range list {
			if s == n {
				start = i
				break
			}
		}
		if start < 0 {
			return true
		}
		for j := start + 1; j < len(list); j++ {
			if !containsEndScope(list[j]) {
				continue
			}
			if c.scoped == nil {
				c.scoped = map[ast.Node]bool{}
			}
			for _, s := range list[start+1 : j+1] {
				c.scoped[s] = true
			}
			break
		}
		return true
	})
}

// scopeCall reports a call X.name() (X.startScope(), X.endScope(...)).
func scopeCall(e ast.Expression, name string) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	return ok && dot.Identifier.Name.String() == name
}

// containsEndScope reports an endScope call in s outside nested functions.
func containsEndScope(s ast.Node) bool {
	found := false
	jsast.NewInspector(s).WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || found || !scopeCall(n.(*ast.CallExpression), "endScope") {
			return true
		}
		for _, x := range stack[:len(stack)-1] {
			if jsast.IsFunction(x) {
				return true
			}
		}
		found = true
		return true
	})
	return found
}
