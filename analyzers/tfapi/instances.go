package tfapi

import (
	"slices"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// ClassTarget is a class the project defines: one declared in this file
// (Local) or one a linted file exports (Imported).
type ClassTarget struct {
	Local    *ast.ClassLiteral
	Imported Imported
}

// ProjectMethod tells the classes whose own method `recv.method` calls
// when every value recv can hold is an instance of a class the project
// defines — a variable, a this field, or an element of an array or object
// literal, made by `new C(…)` — and each of those classes defines method
// in its own body. Such a call runs the project's code, whatever the
// method is called: `net.predict(x)` of `class Net { predict(x) {…} }` is
// not LayersModel.predict. A class that inherits the method (from a tfjs
// class, say) does not count.
func (info *Info) ProjectMethod(recv ast.Expression, method string) ([]ClassTarget, bool) {
	info.mu.Lock()
	defer info.mu.Unlock()
	targets, ok := info.instanceClasses(jsast.UnwrapOptional(recv), 0, nil)
	if !ok || len(targets) == 0 {
		return nil, false
	}
	for _, t := range targets {
		if !info.definesMethod(t, method) {
			return nil, false
		}
	}
	return targets, true
}

func (info *Info) definesMethod(t ClassTarget, method string) bool {
	if t.Local != nil {
		return jsast.ClassMethod(t.Local, method) != nil
	}
	if info.imported == nil {
		return false
	}
	_, ok := info.imported.classes[t.Imported.File][t.Imported.Name][method]
	return ok
}

// PlainMethod reports whether method, in every class of targets (as
// ProjectMethod gives them), plainly returns no tensor: only numbers,
// strings, arithmetic and the like, or nothing (performance.now() - t0).
func (info *Info) PlainMethod(targets []ClassTarget, method string) bool {
	info.mu.Lock()
	defer info.mu.Unlock()
	for _, t := range targets {
		if t.Local == nil {
			if info.imported == nil || !info.imported.classes[t.Imported.File][t.Imported.Name][method] {
				return false
			}
			continue
		}
		m := jsast.ClassMethod(t.Local, method)
		if m == nil || !info.plainReturns(m.Body) {
			return false
		}
	}
	return len(targets) > 0
}

// plainReturns reports a function whose every return is plainly not a
// tensor (or that returns nothing).
func (info *Info) plainReturns(fn ast.Node) bool {
	for _, v := range info.returnValues()[fn] {
		if v != nil && !info.plainValue(v, 0) {
			return false
		}
	}
	return true
}

// plainValue reports an expression that is never a tensor: a literal, an
// arithmetic, comparison or string result (a tensor operand gives a
// string, not a tensor), or a stable variable initialised with one.
func (info *Info) plainValue(e ast.Expression, depth int) bool {
	if depth > maxChain {
		return false
	}
	switch e := e.(type) {
	case *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral, *ast.NullLiteral, *ast.TemplateLiteral,
		*ast.BinaryExpression, *ast.UnaryExpression:
		return true
	case *ast.ConditionalExpression:
		return info.plainValue(e.Consequent, depth+1) && info.plainValue(e.Alternate, depth+1)
	case *ast.Identifier:
		if e.Name.String() == "undefined" && info.Scope.ObjectOf(e) == nil {
			return true
		}
		b := info.Scope.ObjectOf(e)
		return b != nil && b.Stable() && b.Init != nil && info.plainValue(b.Init, depth+1)
	}
	return false
}

// instanceClasses appends the project classes of every value e can hold;
// false when some value is not such an instance.
func (info *Info) instanceClasses(e ast.Expression, depth int, out []ClassTarget) ([]ClassTarget, bool) {
	if e == nil || depth > maxChain {
		return out, false
	}
	switch e := e.(type) {
	case *ast.NewExpression:
		t, ok := info.projectClass(e.Callee)
		if ok && !slices.Contains(out, t) {
			out = append(out, t)
		}
		return out, ok
	case *ast.Identifier:
		b := info.Scope.ObjectOf(e)
		if b == nil || !b.Stable() || b.Init == nil {
			return out, false
		}
		return info.instanceClasses(b.Init, depth+1, out)
	case *ast.DotExpression:
		if _, ok := e.Left.(*ast.ThisExpression); ok {
			return info.allInstances(info.thisFields[fieldKey{info.EnclosingClass(e), e.Identifier.Name.String()}], depth, out)
		}
		return info.allInstances(info.members(e.Left, e.Identifier.Name.String(), depth), depth, out)
	case *ast.BracketExpression:
		return info.allInstances(info.members(e.Left, "", depth), depth, out)
	}
	return out, false
}

func (info *Info) allInstances(values []ast.Expression, depth int, out []ClassTarget) ([]ClassTarget, bool) {
	if len(values) == 0 {
		return out, false
	}
	for _, v := range values {
		var ok bool
		if out, ok = info.instanceClasses(v, depth+1, out); !ok {
			return out, false
		}
	}
	return out, true
}

// members lists what a container literal holds: the elements of a stable
// array (and what is pushed onto it), or the property values of a stable
// object literal (only the property named name, when name is given); nil
// when the container or one of its values is out of sight (a spread, a
// computed key, an array that is written some other way).
func (info *Info) members(e ast.Expression, name string, depth int) []ast.Expression {
	id, ok := e.(*ast.Identifier)
	if !ok {
		return nil
	}
	b := info.Scope.ObjectOf(id)
	if b == nil || !b.Stable() {
		return nil
	}
	var out []ast.Expression
	switch lit := b.Init.(type) {
	case *ast.ArrayLiteral:
		if name != "" {
			return nil
		}
		for _, v := range lit.Value {
			if _, spread := v.(*ast.SpreadElement); spread || v == nil {
				return nil
			}
			out = append(out, v)
		}
		for _, ref := range b.Refs {
			dot, ok := info.File.Parent(ref).(*ast.DotExpression)
			if !ok || dot.Left != ast.Expression(ref) {
				continue
			}
			call, ok := info.File.Parent(dot).(*ast.CallExpression)
			if ok && call.Callee == ast.Expression(dot) && dot.Identifier.Name.String() == "push" {
				for _, a := range call.ArgumentList {
					if _, spread := a.(*ast.SpreadElement); spread {
						return nil
					}
					out = append(out, a)
				}
			}
		}
	case *ast.ObjectLiteral:
		for _, p := range lit.Value {
			switch p := p.(type) {
			case *ast.PropertyKeyed:
				key, ok := p.Key.(*ast.StringLiteral)
				if p.Computed || !ok {
					return nil
				}
				if name == "" || key.Value.String() == name {
					out = append(out, p.Value)
				}
			case *ast.PropertyShort:
				if name == "" || p.Name.Name.String() == name {
					out = append(out, &p.Name)
				}
			default:
				return nil
			}
		}
	}
	return out
}

// projectClass resolves the callee of `new` to a class the project
// defines: a class declared in this file, or one a linted file exports.
func (info *Info) projectClass(callee ast.Expression) (ClassTarget, bool) {
	if id, ok := callee.(*ast.Identifier); ok {
		if b := info.Scope.ObjectOf(id); b != nil {
			if cl, ok := b.Decl.(*ast.ClassLiteral); ok && b.Kind == jsast.ClassName {
				return ClassTarget{Local: cl}, true
			}
			if cl, ok := b.Init.(*ast.ClassLiteral); ok && b.Stable() {
				return ClassTarget{Local: cl}, true
			}
		}
	}
	if info.imported == nil {
		return ClassTarget{}, false
	}
	ref, ok := info.ImportedAs(callee)
	if !ok || ref.Global {
		return ClassTarget{}, false
	}
	if _, ok := info.imported.classes[ref.File][ref.Name]; !ok {
		return ClassTarget{}, false
	}
	return ClassTarget{Imported: ref}, true
}
