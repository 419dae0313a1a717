package sgd

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/jsast"
)

// manyVariables is the number of (non-scalar) variables from which a loss
// minimized with plain SGD counts as a network rather than a curve fit.
const manyVariables = 5

// activationOps are the non-linear tfjs ops a hand-built network puts
// between its layers (softmax is left out: it ends classifiers).
var activationOps = map[string]bool{
	"relu": true, "relu6": true, "sigmoid": true, "tanh": true, "elu": true, "selu": true,
	"leakyRelu": true, "prelu": true, "softplus": true,
}

// weightedOps are the tfjs ops that apply a weight matrix or kernel.
var weightedOps = map[string]bool{
	"matMul": true, "conv1d": true, "conv2d": true, "conv3d": true, "depthwiseConv2d": true,
	"separableConv2d": true, "conv2dTranspose": true, "dot": true,
}

// cellOps are recurrent cells: weighted and non-linear at once.
var cellOps = map[string]bool{"basicLSTMCell": true, "multiRNNCell": true}

// minimized inspects optimizer.minimize(f, returnCost, varList): SGD hurts
// when f runs a model with a hidden non-linearity, a hand-built network
// (two weighted ops and an activation), or touches many variables.
func (a *checker) minimized(call *ast.CallExpression) *evidence {
	if len(call.ArgumentList) == 0 {
		return nil
	}
	w := &lossWalk{a: a, vars: map[any]bool{}, visited: map[ast.Node]bool{}}
	w.function(call.ArgumentList[0], 0)
	if len(call.ArgumentList) > 2 {
		if arr, ok := call.ArgumentList[2].(*ast.ArrayLiteral); ok {
			for _, el := range arr.Value {
				w.variable(el)
			}
		}
	}
	switch {
	case w.model != nil:
		return w.model
	case w.activation != nil && w.weighted >= 2:
		return &evidence{node: w.activation, subject: "a hand-built network",
			desc: fmt.Sprintf("%s between %d weighted ops", w.activationName, w.weighted)}
	case w.nonScalar >= manyVariables:
		return &evidence{node: call, subject: fmt.Sprintf("a loss over %d weight tensors", w.nonScalar)}
	}
	return nil
}

type lossWalk struct {
	a              *checker
	vars           map[any]bool
	nonScalar      int
	weighted       int
	activation     ast.Node
	activationName string
	model          *evidence
	visited        map[ast.Node]bool
}

// function walks a loss function (a literal or a local function's name)
// and the local functions it calls.
func (w *lossWalk) function(e ast.Expression, depth int) {
	if depth > 3 {
		return
	}
	var fn ast.Node
	switch x := e.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		fn = x
	case *ast.Identifier:
		if f := w.a.r.Flow.FunctionOf(x); f != nil {
			fn = f
		}
	}
	if fn == nil || w.visited[fn] {
		return
	}
	w.visited[fn] = true
	body := jsast.FunctionBody(fn)
	if body == nil {
		return
	}
	jsast.NewInspector(body).Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.Identifier)(nil), (*ast.DotExpression)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Identifier:
			w.variable(n)
		case *ast.DotExpression:
			if _, this := n.Left.(*ast.ThisExpression); this {
				w.variable(n)
			}
		case *ast.CallExpression:
			w.call(n, depth)
		}
	})
}

func (w *lossWalk) call(call *ast.CallExpression, depth int) {
	a := w.a
	if api, ok := a.info.API(call); ok {
		op := api.Name[strings.LastIndexByte(api.Name, '.')+1:]
		switch {
		case api.Name == "LayersModel.predict" || api.Name == "LayersModel.apply" || api.Name == "LayersModel.execute":
			if w.model == nil {
				if dot, ok := call.Callee.(*ast.DotExpression); ok {
					w.model = a.modelAt(dot.Left, call).found
				}
			}
		case cellOps[op]:
			w.weighted += 2
			w.setActivation(call, "an LSTM cell")
		case activationOps[op]:
			w.setActivation(call, op)
		case weightedOps[op]:
			w.weighted++
		}
		return
	}
	if fn := a.r.Flow.Callee(call); fn != nil {
		w.function(fn, depth+1)
	}
}

func (w *lossWalk) setActivation(n ast.Node, name string) {
	if w.activation == nil {
		w.activation, w.activationName = n, name
	}
}

// variable counts a reference to a tf.variable (a variable or this.x), and
// whether it holds more than a scalar.
func (w *lossWalk) variable(e ast.Expression) {
	a := w.a
	if a.info.ClassOf(e) != "Variable" {
		return
	}
	var key any
	var init ast.Expression
	switch x := e.(type) {
	case *ast.Identifier:
		b := a.info.Scope.ObjectOf(x)
		if b == nil {
			return
		}
		key, init = b, b.Init
	case *ast.DotExpression:
		cl := a.r.Flow.ThisClass(x)
		if cl == nil {
			return
		}
		k := modeldesc.Key{Class: cl, Field: x.Identifier.Name.String()}
		key = k
		if ds := a.r.Defs(k); len(ds) == 1 {
			init = ds[0].Value
		}
	default:
		return
	}
	if w.vars[key] {
		return
	}
	w.vars[key] = true
	if !w.scalar(init) {
		w.nonScalar++
	}
}

// scalar reports a variable made from a scalar: tf.variable(tf.scalar(…))
// or tf.scalar(…).variable().
func (w *lossWalk) scalar(init ast.Expression) bool {
	call, ok := init.(*ast.CallExpression)
	if !ok {
		return false
	}
	a := w.a
	var src ast.Expression
	switch a.info.Name(call.Callee) {
	case "tf.variable":
		if len(call.ArgumentList) > 0 {
			src = call.ArgumentList[0]
		}
	default:
		if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "variable" {
			src = dot.Left
		}
	}
	if c, ok := src.(*ast.CallExpression); ok {
		return a.info.Name(c.Callee) == "tf.scalar"
	}
	return false
}
