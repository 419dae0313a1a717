package sgd

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// trainedBy follows an optimizer value to where it trains and returns the
// first evidence that SGD hurts there: model.compile({optimizer: …}) of a
// model with a hidden non-linearity, or optimizer.minimize(f) of a loss
// over a network or many variables. asConfig is set while the value
// followed is a compile config holding the optimizer.
func (a *checker) trainedBy(e ast.Expression, asConfig bool, depth int) *evidence {
	if depth > maxDepth || a.seen[e] {
		return nil
	}
	a.seen[e] = true
	switch p := a.f.Parent(e).(type) {
	case *ast.Binding:
		if p.Initializer != e {
			return nil
		}
		if id, ok := p.Target.(*ast.Identifier); ok {
			if b := a.info.Scope.ObjectOf(id); b != nil {
				return a.refsOf(b, id, asConfig, depth)
			}
		}
	case *ast.AssignExpression:
		if p.Right != e || p.Operator != token.ASSIGN {
			return nil
		}
		return a.keyReads(p.Left, asConfig, depth)
	case *ast.FieldDefinition:
		if k, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed && !p.Static {
			if cl, ok := a.f.Parent(p).(*ast.ClassLiteral); ok {
				return a.fieldReads(cl, k.Value.String(), asConfig, depth)
			}
		}
	case *ast.PropertyKeyed:
		if p.Value != e || asConfig {
			return nil
		}
		if k, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed && k.Value == "optimizer" {
			if obj, ok := a.f.Parent(p).(*ast.ObjectLiteral); ok {
				return a.trainedBy(obj, true, depth+1)
			}
		}
	case *ast.PropertyShort:
		if asConfig || p.Name.Name != "optimizer" {
			return nil
		}
		if obj, ok := a.f.Parent(p).(*ast.ObjectLiteral); ok {
			return a.trainedBy(obj, true, depth+1)
		}
	case *ast.ConditionalExpression:
		if p.Test != e {
			return a.trainedBy(p, asConfig, depth+1)
		}
	case *ast.AwaitExpression:
		return a.trainedBy(p, asConfig, depth+1)
	case *ast.DotExpression:
		if p.Left != e || asConfig || p.Identifier.Name != "minimize" {
			return nil
		}
		if call, ok := a.f.Parent(p).(*ast.CallExpression); ok && call.Callee == ast.Expression(p) {
			return a.minimized(call)
		}
	case *ast.CallExpression:
		return a.passedTo(p, e, asConfig, depth)
	case *ast.ReturnStatement:
		return a.returned(a.r.EnclosingFunction(p), asConfig, depth)
	case *ast.ExpressionBody:
		return a.returned(a.f.Parent(p), asConfig, depth)
	}
	return nil
}

// passedTo follows a value given as an argument: the config of
// model.compile, or a parameter of a local function.
func (a *checker) passedTo(call *ast.CallExpression, e ast.Expression, asConfig bool, depth int) *evidence {
	index := -1
	for i, arg := range call.ArgumentList {
		if arg == e {
			index = i
		}
	}
	if index < 0 {
		return nil
	}
	if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "compile" {
		if asConfig && index == 0 {
			return a.modelAt(dot.Left, call).found
		}
		return nil
	}
	fn := a.r.Flow.Callee(call)
	if fn == nil {
		return nil
	}
	params := jsast.FunctionParams(fn)
	if params == nil || index >= len(params.List) {
		return nil
	}
	id, ok := params.List[index].Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	if b := a.info.Scope.ObjectOf(id); b != nil {
		return a.refsOf(b, id, asConfig, depth)
	}
	return nil
}

// returned follows a value a local function returns to its callers.
func (a *checker) returned(fn ast.Node, asConfig bool, depth int) *evidence {
	f, ok := fn.(ast.Expression)
	if !ok || !jsast.IsFunction(fn) {
		return nil
	}
	for _, call := range a.r.Flow.LocalCalls(f) {
		if ev := a.trainedBy(call, asConfig, depth+1); ev != nil {
			return ev
		}
	}
	return nil
}

// refsOf follows every read of a variable.
func (a *checker) refsOf(b *jsast.Binding, decl *ast.Identifier, asConfig bool, depth int) *evidence {
	for _, r := range b.Refs {
		if r == decl || isWrite(b, r) {
			continue
		}
		if ev := a.trainedBy(r, asConfig, depth+1); ev != nil {
			return ev
		}
	}
	return nil
}

func isWrite(b *jsast.Binding, id *ast.Identifier) bool {
	for _, w := range b.Writes {
		if w == id {
			return true
		}
	}
	return false
}

// keyReads follows the reads of what an assignment writes: a variable, a
// page global or this.x.
func (a *checker) keyReads(left ast.Expression, asConfig bool, depth int) *evidence {
	k, ok := a.r.KeyOf(left)
	if !ok {
		return nil
	}
	switch {
	case k.B != nil:
		id, _ := left.(*ast.Identifier)
		return a.refsOf(k.B, id, asConfig, depth)
	case k.Global != "":
		for _, r := range a.info.Scope.Free[k.Global] {
			if r == left {
				continue
			}
			if as, ok := a.f.Parent(r).(*ast.AssignExpression); ok && as.Left == ast.Expression(r) {
				continue
			}
			if ev := a.trainedBy(r, asConfig, depth+1); ev != nil {
				return ev
			}
		}
	case k.Class != nil:
		return a.fieldReads(k.Class, k.Field, asConfig, depth)
	}
	return nil
}

// fieldReads follows the reads of this.name in a class.
func (a *checker) fieldReads(cl *ast.ClassLiteral, name string, asConfig bool, depth int) *evidence {
	var found *evidence
	jsast.NewInspector(cl).Preorder([]ast.Node{(*ast.DotExpression)(nil)}, func(n ast.Node) {
		dot := n.(*ast.DotExpression)
		if found != nil || dot.Identifier.Name.String() != name {
			return
		}
		if _, this := dot.Left.(*ast.ThisExpression); !this || a.r.Flow.ThisClass(dot) != cl {
			return
		}
		if as, ok := a.f.Parent(dot).(*ast.AssignExpression); ok && as.Left == ast.Expression(dot) {
			return
		}
		found = a.trainedBy(dot, asConfig, depth+1)
	})
	return found
}
