package minimizeargs

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "minimizeargs",
	Doc:      "reports a variable list passed as minimize's returnCost (rule minimize-arguments, tips 5, 11)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/minimize-arguments.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer},
	Run:      run,
}

const rule = "minimize-arguments"

// listMethods are the members that give a model's or a layer's variables.
var listMethods = map[string]bool{
	"getWeights": true, "trainableWeights": true, "trainableVariables": true, "weights": true,
	"nonTrainableWeights": true, "variables": true,
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	r := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info).Reader()
	f := info.File
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "minimize" || len(call.ArgumentList) != 2 {
			return
		}
		if !isFunction(r, call.ArgumentList[0]) {
			return
		}
		arg := call.ArgumentList[1]
		what, weights, ok := list(r, arg, 0)
		// An unknown receiver (an optimizer handed in as a parameter) counts
		// when the list is surely a tfjs one: a model's or layer's weights.
		if !ok || !weights && !optimizer(info, call, dot.Left) {
			return
		}
		// Code that uses the result reads the cost the list turned on.
		returnCost := "false"
		if _, stmt := f.Parent(call).(*ast.ExpressionStatement); !stmt {
			returnCost = "true"
		}
		text := strings.TrimSpace(f.Text(arg))
		if len(text) > 30 || strings.Contains(text, "\n") {
			text = "varList"
		}
		pass.Report(analysis.Diagnostic{
			Pos:      f.Start(arg),
			End:      f.End(arg),
			Category: rule,
			Message: fmt.Sprintf("the second parameter of minimize is returnCost, not the variables to train: %s is ignored and every trainable variable the loss reaches is updated; pass minimize(f, %s, %s) (tips 5, 11)",
				what, returnCost, text),
			SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Pass returnCost before the variable list",
				TextEdits: []analysis.TextEdit{{Pos: f.Start(arg), End: f.Start(arg), NewText: []byte(returnCost + ", ")}},
			}},
		})
	})
	return nil, nil
}

// optimizer reports a receiver that is a tfjs optimizer: a known one, or a
// model's optimizer (model.optimizer.minimize).
func optimizer(info *tfapi.Info, call *ast.CallExpression, recv ast.Expression) bool {
	if api, ok := info.API(call); ok {
		return api.Name == "Optimizer.minimize"
	}
	if info.ClassOf(recv) == "Optimizer" {
		return true
	}
	d, ok := recv.(*ast.DotExpression)
	return ok && d.Identifier.Name == "optimizer"
}

// isFunction reports a loss function: a function literal or a name bound
// to a function.
func isFunction(r *modeldesc.Reader, e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		return true
	case *ast.Identifier:
		if r.Flow.FunctionOf(x) != nil {
			return true
		}
		vals, ok := r.Flow.ValuesOf(x)
		if !ok || len(vals) == 0 {
			return false
		}
		for _, v := range vals {
			if !jsast.IsFunction(v) {
				return false
			}
		}
		return true
	}
	return false
}

// list reports a value that is a list of variables, and describes it: an
// array literal, model.getWeights(), layer.trainableWeights, or a variable
// holding one. weights says every value is a model's or layer's weights.
func list(r *modeldesc.Reader, e ast.Expression, depth int) (what string, weights, ok bool) {
	if depth > 4 {
		return "", false, false
	}
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		if len(x.Value) == 0 {
			return "", false, false
		}
		return "the variable list", false, true
	case *ast.CallExpression:
		d, ok := x.Callee.(*ast.DotExpression)
		if !ok {
			break
		}
		if listMethods[d.Identifier.Name.String()] {
			return d.Identifier.Name.String() + "()", true, true
		}
		switch d.Identifier.Name {
		case "map", "filter", "slice", "concat":
			// A list derived from one: trainableWeights.map(w => w.val).
			if what, weights, ok := list(r, d.Left, depth+1); ok {
				return what, weights, true
			}
		}
	case *ast.DotExpression:
		if listMethods[x.Identifier.Name.String()] {
			return x.Identifier.Name.String(), true, true
		}
		if _, this := x.Left.(*ast.ThisExpression); !this {
			return "", false, false
		}
		vals, ok := r.Flow.ValuesOf(x)
		if !ok || len(vals) == 0 {
			return "", false, false
		}
		weights = true
		for _, v := range vals {
			_, w, ok := list(r, v, depth+1)
			if !ok {
				return "", false, false
			}
			weights = weights && w
		}
		return "this." + x.Identifier.Name.String(), weights, true
	case *ast.Identifier:
		vals, ok := r.Flow.ValuesOf(x)
		if !ok || len(vals) == 0 {
			return "", false, false
		}
		weights = true
		for _, v := range vals {
			w, ws, ok := list(r, v, depth+1)
			if !ok {
				return "", false, false
			}
			what, weights = w, weights && ws
		}
		return fmt.Sprintf("%s (%s)", x.Name, what), weights, true
	}
	return "", false, false
}
