// Package constant folds JavaScript expressions to numbers and strings where
// the code makes them certain: literals, unary minus, arithmetic on
// constants, const (or never reassigned) variables and properties of
// object literals held in such variables.
package constant

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

const maxDepth = 16

// Evaluator folds expressions of one file.
type Evaluator struct {
	scope *jsast.Info
	// written holds the bindings with any property assigned anywhere
	// (`cfg.lr = x`), whose object literal values are not trusted.
	written map[*jsast.Binding]bool
}

// New prepares an Evaluator for a parsed file.
func New(f *jsast.File) *Evaluator {
	ev := &Evaluator{scope: f.Info(), written: map[*jsast.Binding]bool{}}
	f.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(n ast.Node) {
		left := n.(*ast.AssignExpression).Left
		if _, whole := left.(*ast.Identifier); whole {
			return // the variable itself, not one of its properties
		}
		if root := jsast.RootIdent(left); root != nil {
			if b := ev.scope.ObjectOf(root); b != nil {
				ev.written[b] = true
			}
		}
	})
	return ev
}

// Number returns the value of e when it is a known number.
func (ev *Evaluator) Number(e ast.Expression) (float64, bool) {
	return ev.number(e, 0)
}

func (ev *Evaluator) number(e ast.Expression, depth int) (float64, bool) {
	if depth > maxDepth {
		return 0, false
	}
	switch e := e.(type) {
	case *ast.NumberLiteral:
		switch v := e.Value.(type) {
		case float64:
			return v, true
		case int64:
			return float64(v), true
		}
	case *ast.UnaryExpression:
		if e.Postfix {
			return 0, false
		}
		v, ok := ev.number(e.Operand, depth+1)
		switch {
		case !ok:
		case e.Operator == token.MINUS:
			return -v, true
		case e.Operator == token.PLUS:
			return v, true
		}
	case *ast.BinaryExpression:
		a, ok1 := ev.number(e.Left, depth+1)
		b, ok2 := ev.number(e.Right, depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch e.Operator {
		case token.PLUS:
			return a + b, true
		case token.MINUS:
			return a - b, true
		case token.MULTIPLY:
			return a * b, true
		case token.SLASH:
			if b != 0 {
				return a / b, true
			}
		}
	case *ast.Identifier:
		if init := ev.stableInit(e); init != nil {
			return ev.number(init, depth+1)
		}
	case *ast.DotExpression:
		if v := ev.property(e.Left, e.Identifier.Name.String(), depth); v != nil {
			return ev.number(v, depth+1)
		}
	}
	return 0, false
}

// String returns the value of e when it is a known string.
func (ev *Evaluator) String(e ast.Expression) (string, bool) { return ev.str(e, 0) }

func (ev *Evaluator) str(e ast.Expression, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	switch e := e.(type) {
	case *ast.StringLiteral:
		return e.Value.String(), true
	case *ast.TemplateLiteral:
		if e.Tag == nil && len(e.Expressions) == 0 && len(e.Elements) == 1 {
			return e.Elements[0].Parsed.String(), true
		}
	case *ast.Identifier:
		if init := ev.stableInit(e); init != nil {
			return ev.str(init, depth+1)
		}
	case *ast.DotExpression:
		if v := ev.property(e.Left, e.Identifier.Name.String(), depth); v != nil {
			return ev.str(v, depth+1)
		}
	}
	return "", false
}

// Object returns the object literal e evaluates to: a literal, or a stable
// variable holding one whose properties are never assigned.
func (ev *Evaluator) Object(e ast.Expression) *ast.ObjectLiteral {
	for depth := 0; depth < maxDepth; depth++ {
		switch x := e.(type) {
		case *ast.ObjectLiteral:
			return x
		case *ast.Identifier:
			b := ev.scope.ObjectOf(x)
			if b == nil || ev.written[b] {
				return nil
			}
			if e = ev.stableInit(x); e == nil {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// Property returns the value expression of key in the object literal obj
// (the last one wins, as in JavaScript); nil when absent or shadowed by a spread.
func Property(obj *ast.ObjectLiteral, key string) ast.Expression {
	var v ast.Expression
	for _, p := range obj.Value {
		switch p := p.(type) {
		case *ast.PropertyKeyed:
			if k, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed && k.Value.String() == key {
				v = p.Value
			}
		case *ast.PropertyShort:
			if p.Name.Name.String() == key {
				v = &p.Name
			}
		case *ast.SpreadElement:
			v = nil // a spread may override anything before it
		}
	}
	return v
}

func (ev *Evaluator) property(obj ast.Expression, key string, depth int) ast.Expression {
	if o := ev.Object(obj); o != nil && depth < maxDepth {
		return Property(o, key)
	}
	return nil
}

// stableInit returns the initializer of a const (or never reassigned var/let) binding.
func (ev *Evaluator) stableInit(id *ast.Identifier) ast.Expression {
	b := ev.scope.ObjectOf(id)
	if b == nil || !b.Stable() {
		return nil
	}
	return b.Init
}

// Bool returns the value of e when it is a known boolean: a literal, `!` of
// one, or a never reassigned variable initialized with one. A parameter's
// default is not a constant: callers pass their own values.
func Bool(scope *jsast.Info, e ast.Expression) (value, ok bool) {
	for depth := 0; depth < maxDepth; depth++ {
		switch x := e.(type) {
		case *ast.BooleanLiteral:
			return x.Value, true
		case *ast.UnaryExpression:
			if x.Operator != token.NOT {
				return false, false
			}
			v, ok := Bool(scope, x.Operand)
			return !v, ok
		case *ast.Identifier:
			b := scope.ObjectOf(x)
			if b == nil || b.Kind == jsast.Param || !b.Stable() || b.Init == nil {
				return false, false
			}
			e = b.Init
			continue
		}
		return false, false
	}
	return false, false
}
