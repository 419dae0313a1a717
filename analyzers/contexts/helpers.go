package contexts

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// propagateTidy puts a local function in a tidy scope when it is only ever
// called (never passed around) and every call is in a tidy scope. Two
// rounds reach helpers of helpers.
func (c *Info) propagateTidy() {
	for round := 0; round < 2; round++ {
		type sites struct {
			calls, tidy int
			b           *jsast.Binding
		}
		byFunc := map[ast.Node]*sites{}
		// Methods: every this.m reference must be a call in a tidy scope, and
		// no other receiver may name m.
		type methodRefs struct{ refs, tidyCalls int }
		methods := map[ast.Node]*methodRefs{}
		otherMembers := map[string]bool{}
		c.File.Inspector().WithStack([]ast.Node{(*ast.DotExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if !push {
				return true
			}
			dot := n.(*ast.DotExpression)
			m := c.methodOf(dot)
			if m == nil {
				otherMembers[dot.Identifier.Name.String()] = true
				return true
			}
			r := methods[m]
			if r == nil {
				r = &methodRefs{}
				methods[m] = r
			}
			r.refs++
			i := len(stack) - 1
			if call, ok := stack[i-1].(*ast.CallExpression); ok && call.Callee == dot && c.inTidy(stack[:i]) {
				r.tidyCalls++
			}
			return true
		})
		for m, r := range methods {
			if r.refs == r.tidyCalls && !otherMembers[c.methodName(m)] {
				c.tidy[m] = true
			}
		}
		c.File.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if !push {
				return true
			}
			call := n.(*ast.CallExpression)
			fn, b := c.LocalFunction(call.Callee)
			if fn == nil || len(b.Refs) == len(b.Writes) {
				return true
			}
			s := byFunc[fn]
			if s == nil {
				s = &sites{b: b}
				byFunc[fn] = s
			}
			s.calls++
			if c.inTidy(stack) {
				s.tidy++
			}
			return true
		})
		for fn, s := range byFunc {
			if s.calls != len(s.b.Refs)-len(s.b.Writes) {
				continue // also referenced as a value: callers unknown
			}
			if s.tidy == s.calls {
				c.tidy[fn] = true
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
		if g := c.globalFns[id.Name.String()]; g != nil && c.TF.Scope.IsFree(id) {
			return g.Init, g
		}
		return nil, nil
	}
	switch {
	case b.Kind == jsast.FunctionName:
		return b.Decl, b
	case (b.Kind == jsast.Const || (b.Kind != jsast.Param && !b.Reassigned())) && jsast.IsFunction(b.Init):
		return b.Init, b
	case b.Kind == jsast.Var && b.Init == nil && len(b.Writes) == 1:
		// Babel hoists `var f;` and assigns `f = function f() {…}` once.
		if a, ok := c.File.Parent(b.Writes[0]).(*ast.AssignExpression); ok && a.Left == ast.Expression(b.Writes[0]) && jsast.IsFunction(a.Right) {
			return a.Right, b
		}
	}
	return nil, nil
}

// indexGlobalFunctions finds the functions a sloppy page script assigns to
// undeclared names (`train = async function () {…}`): they are called like
// declared ones, from other scripts and on*="…" attributes of the page.
func (c *Info) indexGlobalFunctions() {
	for name, refs := range c.TF.Scope.Free {
		var fn ast.Node
		var writes []*ast.Identifier
		for _, id := range refs {
			a, ok := c.File.Parent(id).(*ast.AssignExpression)
			if !ok || a.Left != ast.Expression(id) {
				continue
			}
			writes = append(writes, id)
			fn = a.Right
		}
		if len(writes) == 1 && jsast.IsFunction(fn) {
			// Init holds the function; Refs and Writes are the free references.
			c.globalFns[name] = &jsast.Binding{Name: name, Kind: jsast.Var, Scope: c.TF.Scope.Global, Init: fn.(ast.Expression), Refs: refs, Writes: writes}
		}
	}
}
