package contexts

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// propagateToHelpers gives a local function the context of its callers when
// it is only ever called (never passed around) and every call agrees: all
// calls in a tidy scope make it tidy; all calls in repeated contexts make it
// repeated. Two rounds reach helpers of helpers.
func (c *Info) propagateToHelpers() {
	for round := 0; round < 2; round++ {
		type sites struct {
			calls, tidy int
			repeat      *Repeat
			allRepeat   bool
		}
		byFunc := map[ast.Node]*sites{}
		c.File.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if !push {
				return true
			}
			call := n.(*ast.CallExpression)
			fn, b := c.LocalFunction(call.Callee)
			if fn == nil || len(b.Refs) == 0 {
				return true
			}
			s := byFunc[fn]
			if s == nil {
				s = &sites{allRepeat: true}
				byFunc[fn] = s
			}
			s.calls++
			ctx := c.Of(stack)
			if ctx.Tidy {
				s.tidy++
			}
			if ctx.Repeat == nil {
				s.allRepeat = false
			} else if s.repeat == nil {
				s.repeat = ctx.Repeat
			}
			return true
		})
		for fn, s := range byFunc {
			b := c.TF.Scope.FunctionBinding(fn)
			if b == nil || s.calls != len(b.Refs) {
				continue // also referenced as a value: callers unknown
			}
			if s.tidy == s.calls {
				c.tidy[fn] = true
			}
			if s.allRepeat && s.repeat != nil {
				c.setRepeat(fn, s.repeat)
			}
		}
	}
}

// LocalFunction resolves a callee identifier to a local function and the
// binding that names it: a function declaration, or a function literal in
// a const or a never reassigned variable (not a parameter).
func (c *Info) LocalFunction(callee ast.Expression) (ast.Node, *jsast.Binding) {
	id, ok := callee.(*ast.Identifier)
	if !ok {
		return nil, nil
	}
	b := c.TF.Scope.ObjectOf(id)
	if b == nil {
		return nil, nil
	}
	switch {
	case b.Kind == jsast.FunctionName:
		return b.Decl, b
	case (b.Kind == jsast.Const || (b.Kind != jsast.Param && !b.Reassigned())) && jsast.IsFunction(b.Init):
		return b.Init, b
	}
	return nil, nil
}
