// Package promiseflow follows the promises of tfjs training code for the
// unawaited-training and timer-wait rules (tip 17): which calls return
// them (model.fit, model.save, tensor.data(), … — including on models the
// resolver cannot type, recognised by their arguments), which calls train,
// what happens to a promise (awaited, returned, chained, stored, dropped,
// misused as its value), which function a statement belongs to, and the
// small helpers both rules share (local functions, short receiver text).
package promiseflow

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// Flow answers the questions of this package for one file.
type Flow struct {
	TF   *tfapi.Info
	File *jsast.File

	ev *constant.Evaluator
	// evidence caches modelEvidence: 0 unknown, 1 yes, -1 no.
	evidence int
}

// New prepares a Flow; its maps are built on first use.
func New(tf *tfapi.Info) *Flow { return &Flow{TF: tf, File: tf.File} }

// Eval returns the file's constant evaluator.
func (fl *Flow) Eval() *constant.Evaluator {
	if fl.ev == nil {
		fl.ev = constant.New(fl.File)
	}
	return fl.ev
}

// Parent returns the parent of n in the file's AST (nil for a Program).
func (fl *Flow) Parent(n ast.Node) ast.Node { return fl.File.Parent(n) }

// Contains reports whether inner lies within outer's source range.
func (fl *Flow) Contains(outer, inner ast.Node) bool {
	a, b := fl.File.Span(outer)
	c, d := fl.File.Span(inner)
	return a <= c && d <= b
}

// Before reports whether a ends before b starts.
func (fl *Flow) Before(a, b ast.Node) bool {
	_, end := fl.File.Span(a)
	start, _ := fl.File.Span(b)
	return end <= start
}

// eachIn calls fn for every node inside root (root included), in preorder.
func (fl *Flow) eachIn(root ast.Node, fn func(ast.Node)) {
	fl.File.PreorderWithin(root, nil, func(n ast.Node) {
		if a, b := fl.File.Span(n); a < b {
			fn(n)
		}
	})
}

// EachCall calls fn for every call expression inside root.
func (fl *Flow) EachCall(root ast.Node, fn func(*ast.CallExpression)) {
	fl.File.PreorderWithin(root, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if c, ok := n.(*ast.CallExpression); ok {
			fn(c)
		}
	})
}

// EachNode calls fn for every node inside root, in preorder.
func (fl *Flow) EachNode(root ast.Node, fn func(ast.Node)) { fl.eachIn(root, fn) }

// enclosingFunc returns the innermost function or arrow around n, or the Program.
func (fl *Flow) enclosingFunc(n ast.Node) ast.Node {
	for p := fl.Parent(n); p != nil; p = fl.Parent(p) {
		switch p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.Program:
			return p
		case *ast.FieldDefinition, *ast.ClassStaticBlock:
			return p
		}
	}
	return nil
}

// inPlaceMethods run their callback synchronously (or, for forEachAsync,
// under a promise the caller awaits), so code in the callback belongs to
// the caller's function.
var inPlaceMethods = map[string]bool{
	"tidy": true, "minimize": true, "forEachAsync": true,
	"forEach": true, "map": true, "filter": true, "reduce": true, "reduceRight": true, "some": true,
	"every": true, "flatMap": true, "find": true, "findIndex": true,
}

// Owner returns the function whose body runs n: the innermost function or
// arrow around it, looking through callbacks that run in place (tf.tidy and
// the other tidy APIs, Dataset.forEachAsync, array iteration, a Promise
// executor). Top-level code belongs to its Program (one per script of a
// page).
func (fl *Flow) Owner(n ast.Node) ast.Node {
	for {
		fn := fl.enclosingFunc(n)
		if fn == nil || !fl.inPlace(fn) {
			return fn
		}
		n = fn
	}
}

// inPlace reports a function passed directly to a caller that runs it in place.
func (fl *Flow) inPlace(fn ast.Node) bool {
	if !jsast.IsFunction(fn) {
		return false
	}
	switch call := fl.Parent(fn).(type) {
	case *ast.CallExpression:
		if !jsast.IsArgument(call.ArgumentList, fn) {
			return false
		}
		if api, ok := fl.TF.API(call); ok && (api.Tidy || api.Name == "Dataset.forEachAsync") {
			return true
		}
		if id, ok := call.Callee.(*ast.Identifier); ok && id.Name == "tidy" {
			return true
		}
		dot, _ := member(call)
		return dot != nil && inPlaceMethods[dot.Identifier.Name.String()]
	case *ast.NewExpression:
		id, ok := call.Callee.(*ast.Identifier)
		return ok && id.Name == "Promise" && fl.TF.Scope.IsFree(id) && jsast.IsArgument(call.ArgumentList, fn)
	}
	return false
}

// LocalFunction resolves a callee or callback expression to a function of
// this file: an inline function, a function declaration, a const (or never
// reassigned) variable holding a function, or this.name inside a class with
// such a method. nil otherwise.
func (fl *Flow) LocalFunction(e ast.Expression) ast.Node {
	for depth := 0; depth < 8 && e != nil; depth++ {
		switch x := e.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return x
		case *ast.Identifier:
			b := fl.TF.Scope.ObjectOf(x)
			if b == nil {
				return nil
			}
			if b.Kind == jsast.FunctionName {
				if fn, ok := b.Decl.(*ast.FunctionLiteral); ok {
					return fn
				}
				return nil
			}
			if !b.Stable() || b.Init == nil {
				return nil
			}
			e = b.Init
		case *ast.DotExpression:
			if this, ok := x.Left.(*ast.ThisExpression); ok {
				if cl := fl.thisClass(this); cl != nil {
					if m := jsast.ClassMethod(cl, x.Identifier.Name.String()); m != nil && m.Body != nil {
						return m.Body
					}
				}
			}
			return nil
		case *ast.CallExpression: // f.bind(this)
			dot, ok := x.Callee.(*ast.DotExpression)
			if !ok || dot.Identifier.Name != "bind" {
				return nil
			}
			e = dot.Left
		default:
			return nil
		}
	}
	return nil
}

// BodyExpression returns the single expression a function computes: an
// arrow's expression body, or the argument of a body that is one return
// statement (or one expression statement).
func BodyExpression(fn ast.Node) ast.Expression {
	var block *ast.BlockStatement
	switch b := jsast.FunctionBody(fn).(type) {
	case *ast.ExpressionBody:
		return b.Expression
	case *ast.BlockStatement:
		block = b
	}
	if block == nil || len(block.List) != 1 {
		return nil
	}
	switch s := block.List[0].(type) {
	case *ast.ReturnStatement:
		return s.Argument
	case *ast.ExpressionStatement:
		return s.Expression
	}
	return nil
}

// Describe returns short source text for an expression in a message:
// "model", "this.model", "getModel()"; fallback when it would be long.
func (fl *Flow) Describe(e ast.Expression, fallback string) string {
	s := describe(e, 0)
	if s == "" || len(s) > 40 {
		return fallback
	}
	return s
}

func describe(e ast.Expression, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := e.(type) {
	case *ast.Identifier:
		return x.Name.String()
	case *ast.ThisExpression:
		return "this"
	case *ast.DotExpression:
		if l := describe(x.Left, depth+1); l != "" {
			return l + "." + x.Identifier.Name.String()
		}
	case *ast.Optional:
		if l := describe(x.Expression, depth+1); l != "" {
			return l + "?"
		}
	case *ast.OptionalChain:
		return describe(x.Expression, depth+1)
	case *ast.CallExpression:
		if c := describe(x.Callee, depth+1); c != "" {
			if len(x.ArgumentList) == 0 {
				return c + "()"
			}
			return c + "(…)"
		}
	}
	return ""
}
