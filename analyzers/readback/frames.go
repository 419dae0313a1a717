package readback

import (
	"strings"

	"github.com/grafana/sobek/ast"
	jstoken "github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/jsast"
)

// fullReductions reduce a tensor to a scalar when called without an axis.
var fullReductions = map[string]bool{
	"mean": true, "sum": true, "max": true, "min": true, "prod": true, "norm": true, "all": true, "any": true,
	"logSumExp": true,
}

// scalarTensor reports a tensor that holds one number: tf.scalar(…), a
// tf.variable of one, a reduction over every axis (a loss), or a variable
// every value of which is one of those.
func (c *checker) scalarTensor(e ast.Expression, depth int) bool {
	if depth > 6 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b == nil || b.Source != nil {
			return false
		}
		vals := []ast.Expression{}
		if b.Init != nil {
			vals = append(vals, b.Init)
		}
		for _, w := range b.Writes {
			a, ok := c.f.Parent(w).(*ast.AssignExpression)
			if !ok || a.Left != ast.Expression(w) || a.Operator != jstoken.ASSIGN {
				return false
			}
			vals = append(vals, a.Right)
		}
		if len(vals) == 0 {
			return false
		}
		for _, v := range vals {
			if !c.scalarTensor(v, depth+1) {
				return false
			}
		}
		return true
	case *ast.CallExpression:
		switch name := c.info.Name(x.Callee); {
		case name == "tf.scalar":
			return true
		case name == "tf.variable" && len(x.ArgumentList) > 0:
			return c.scalarTensor(x.ArgumentList[0], depth+1)
		case strings.HasPrefix(name, "tf.losses.") && len(x.ArgumentList) <= 3:
			return true // the default reduction sums to a scalar
		case name != "":
			return fullReductions[strings.TrimPrefix(name, "tf.")] && len(x.ArgumentList) == 1
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok {
			return fullReductions[dot.Identifier.Name.String()] && len(x.ArgumentList) == 0
		}
	}
	return false
}

// yieldsFrame reports a loop that awaits a rendered frame every step
// (tf.nextFrame(), a requestAnimationFrame promise, tf.browser.toPixels)
// and runs no model on the page's media (predict, execute, fromPixels):
// its steps are small, and the page repaints between them.
func (c *checker) yieldsFrame(loop ast.Node) bool {
	if loopBody(loop) == nil {
		return false
	}
	yields, heavy := false, false
	jsast.NewInspector(loop).WithStack(nil, func(n ast.Node, push bool, _ []ast.Node) bool {
		if !push {
			return true
		}
		switch x := n.(type) {
		case *ast.AwaitExpression:
			if c.frameYield(x.Argument) {
				yields = true
			}
		case *ast.CallExpression:
			if dot, ok := x.Callee.(*ast.DotExpression); ok {
				switch dot.Identifier.Name {
				case "predict", "execute", "executeAsync", "fromPixels", "estimateHands", "estimateFaces",
					"estimatePoses", "detect", "classify":
					heavy = true
				}
			}
		}
		return true
	})
	return yields && !heavy
}

// frameYield reports a promise that resolves at the next frame.
func (c *checker) frameYield(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.CallExpression:
		switch c.info.Name(x.Callee) {
		case "tf.nextFrame", "tf.browser.toPixels", "tf.toPixels":
			return true
		}
	case *ast.NewExpression:
		id, ok := x.Callee.(*ast.Identifier)
		return ok && id.Name == "Promise" && strings.Contains(c.f.Text(x), "requestAnimationFrame")
	}
	return false
}

// overPickedFiles reports a loop over the files a user picked (a file
// input's or a drop's FileList): it runs once per user action, a bounded
// number of times, so a read inside is per event.
func (c *checker) overPickedFiles(r *contexts.Repeat) bool {
	if r == nil {
		return false
	}
	switch l := r.Node.(type) {
	case *ast.ForOfStatement:
		return c.fileList(l.Source, 0)
	case *ast.ForStatement:
		// for (let i = 0; i < files.length; i++)
		if b, ok := l.Test.(*ast.BinaryExpression); ok {
			if dot, ok := b.Right.(*ast.DotExpression); ok && dot.Identifier.Name == "length" {
				return c.fileList(dot.Left, 0)
			}
		}
	default:
		if r.Kind != contexts.ForEach || !jsast.IsFunction(r.Node) {
			return false
		}
		call, ok := c.f.Parent(r.Node).(*ast.CallExpression)
		if !ok {
			return false
		}
		if dot, ok := call.Callee.(*ast.DotExpression); ok {
			return c.fileList(dot.Left, 0)
		}
	}
	return false
}

// fileList reports an expression holding a FileList or an array made
// from one: input.files, e.target.files, Array.from(…), [...…], or a
// variable initialized with one.
func (c *checker) fileList(e ast.Expression, depth int) bool {
	if depth > 4 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.DotExpression:
		return x.Identifier.Name == "files"
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		return b != nil && b.Stable() && b.Init != nil && c.fileList(b.Init, depth+1)
	case *ast.CallExpression:
		if dot, ok := x.Callee.(*ast.DotExpression); ok && len(x.ArgumentList) == 1 {
			if id, ok := dot.Left.(*ast.Identifier); ok && id.Name == "Array" && dot.Identifier.Name == "from" {
				return c.fileList(x.ArgumentList[0], depth+1)
			}
		}
	case *ast.ArrayLiteral:
		if len(x.Value) == 1 {
			if sp, ok := x.Value[0].(*ast.SpreadElement); ok {
				return c.fileList(sp.Expression, depth+1)
			}
		}
	}
	return false
}
