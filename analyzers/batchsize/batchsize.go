package batchsize

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "batchsize",
	Doc:      "reports batchSize: 1 in model.fit (rule batch-size, tip 15)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/batch-size.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const (
	rule = "batch-size"
	// fewRows is the row count below which batchSize: 1 is left alone: a
	// toy table (XOR's four rows) trains in a blink either way, and
	// per-sample steps are a fair choice there.
	fewRows = 16
)

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF || runctx.Of(pass).NoTraining {
		return nil, nil
	}
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	r := md.Reader()
	f := info.File
	fixed := fixedBatch(r)
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "fit" || len(call.ArgumentList) < 2 || len(call.ArgumentList) > 3 {
			return
		}
		if api, known := info.API(call); known && api.Name != "LayersModel.fit" || info.ForeignRoot(dot.Left) {
			return
		}
		if c := ctxs.OfNode(call); !fixed && !c.Test && !c.Dead && c.Freq == contexts.PerIteration &&
			inputRows(r, call.ArgumentList[0]) == 1 && inputRows(r, call.ArgumentList[1]) == 1 {
			// A fit of one row, repeated: a batch of one, with a whole fit's
			// setup (and its callbacks) around every step.
			pass.Report(analysis.Diagnostic{
				Pos:      f.Start(call),
				End:      f.Pos(call.LeftParenthesis),
				Category: rule,
				Message: fmt.Sprintf("model.fit is called on a single sample %s%s: every call pays a whole fit's setup for one optimizer step on one row; collect the samples and fit them together with a batch of 16–64 (tip 15)",
					c.Rate(), c.Via(f, call)),
			})
			return
		}
		if len(call.ArgumentList) != 3 {
			return
		}
		cfg := r.Eval.Object(call.ArgumentList[2])
		if cfg == nil {
			return
		}
		bs := constant.Property(cfg, "batchSize")
		if v, ok := r.Eval.Number(bs); !ok || v != 1 {
			return
		}
		if c := ctxs.OfNode(call); fixed || c.Test || c.Dead {
			return
		}
		// x and y hold the same number of rows: either tells it.
		samples := inputRows(r, call.ArgumentList[0])
		if samples < 0 {
			samples = inputRows(r, call.ArgumentList[1])
		}
		var data string
		switch {
		case samples >= 1 && samples < fewRows:
			return
		case samples >= fewRows:
			data = fmt.Sprintf("%d samples: %d steps per epoch", samples, samples)
		default:
			data = "one step per sample"
		}
		d := analysis.Diagnostic{
			Pos:      f.Start(bs),
			End:      f.End(bs),
			Category: rule,
			Message: fmt.Sprintf("batchSize: 1 trains one sample per optimizer step (%s): every step pays the backend's full per-step overhead for one row and the gradient is as noisy as it gets; use a batch of 16–64 (tip 15)",
				data),
		}
		if w := modelWeights(r, dot.Left, call); w > 0 && w <= smallModel {
			// A model this small costs a step's overhead at any batch
			// size; batch 1 is a trade of time for updates, not a defect.
			d.Category = runctx.Category(rule, rules.Info)
			d.Message = fmt.Sprintf("batchSize: 1 trains one sample per optimizer step (%s); a tip only: the model has %d weights, so a step costs about the same at any batch size and batch 1 buys more updates per epoch; a batch of 16–64 runs each epoch faster but needs more epochs for the same training (tip 15)",
				data, w)
		}
		pass.Report(d)
	})
	return nil, nil
}

// fixedBatch reports a file whose layers fix the batch size (stateful RNNs,
// batchInputShape, an input layer's batchSize): fit must then use it.
func fixedBatch(r *modeldesc.Reader) bool {
	found := false
	r.File.Inspector().Preorder([]ast.Node{(*ast.ObjectLiteral)(nil)}, func(n ast.Node) {
		obj := n.(*ast.ObjectLiteral)
		if found {
			return
		}
		if v, ok := constant.Bool(r.Info.Scope, constant.Property(obj, "stateful")); ok && v {
			found = true
		}
		if constant.Property(obj, "batchInputShape") != nil || constant.Property(obj, "batchShape") != nil {
			found = true
		}
		if constant.Property(obj, "batchSize") != nil && (constant.Property(obj, "inputShape") != nil || constant.Property(obj, "units") != nil) {
			found = true // a layer config, not a fit config
		}
	})
	return found
}

// InputRows returns the number of samples of a fit input when the code
// makes it known, else -1 (for sgd's count of training steps).
func InputRows(r *modeldesc.Reader, e ast.Expression) int { return inputRows(r, e) }

// inputRows returns the samples of a fit input: of its first tensor when
// it is an array of inputs.
func inputRows(r *modeldesc.Reader, e ast.Expression) int {
	if id, ok := e.(*ast.Identifier); ok {
		if vals, exact, ok := r.Flow.Values(id); ok && exact {
			e = vals[0]
		}
	}
	if arr, ok := e.(*ast.ArrayLiteral); ok {
		if len(arr.Value) == 0 {
			return -1
		}
		e = arr.Value[0]
	}
	return rows(r, e, 0)
}

// rows returns the number of samples a fit input holds when the code makes
// it known (-1 when not): tf.tensor2d(values, [n, …]), a literal array of
// rows, a variable holding one, the first of several inputs.
func rows(r *modeldesc.Reader, e ast.Expression, depth int) int {
	if depth > 8 || e == nil {
		return -1
	}
	switch x := e.(type) {
	case *ast.Identifier:
		vals, exact, ok := r.Flow.Values(x)
		if !ok || !exact {
			return -1
		}
		return rows(r, vals[0], depth+1)
	case *ast.ArrayLiteral:
		if len(x.Value) == 0 {
			return -1
		}
		return len(x.Value)
	case *ast.ConditionalExpression:
		// One of two tables: at most the larger one's rows.
		a, b := rows(r, x.Consequent, depth+1), rows(r, x.Alternate, depth+1)
		if a < 1 || b < 1 {
			return -1
		}
		return max(a, b)
	case *ast.DotExpression:
		// A table held in a constant object: data.dyadic.
		if obj := r.Eval.Object(x.Left); obj != nil {
			if v := constant.Property(obj, x.Identifier.Name.String()); v != nil {
				return rows(r, v, depth+1)
			}
		}
		return -1
	case *ast.CallExpression:
		if dot, ok := x.Callee.(*ast.DotExpression); ok && r.Info.Name(x.Callee) == "" {
			switch dot.Identifier.Name {
			case "expandDims":
				// One sample made into a batch: expandDims() or expandDims(0).
				if len(x.ArgumentList) == 0 {
					return 1
				}
				if v, ok := r.Eval.Number(x.ArgumentList[0]); ok && v == 0 {
					return 1
				}
				return -1
			case "toFloat", "cast", "div", "mul", "sub", "add", "clone", "asType":
				return rows(r, dot.Left, depth+1)
			}
		}
		if fn := r.Flow.Callee(x); fn != nil {
			// A local function that makes the input: what every return holds.
			rets, complete := flow.Returns(fn)
			if !complete || len(rets) == 0 {
				return -1
			}
			n := rows(r, rets[0], depth+1)
			for _, ret := range rets[1:] {
				if rows(r, ret, depth+1) != n {
					return -1
				}
			}
			return n
		}
		switch r.Info.Name(x.Callee) {
		case "tf.tensor", "tf.tensor1d", "tf.tensor2d", "tf.tensor3d", "tf.tensor4d":
		case "tf.zeros", "tf.ones", "tf.randomNormal", "tf.randomUniform", "tf.truncatedNormal", "tf.fill":
			// The shape comes first.
			if len(x.ArgumentList) > 0 {
				if shape, ok := x.ArgumentList[0].(*ast.ArrayLiteral); ok && len(shape.Value) > 0 {
					if v, ok := r.Eval.Number(shape.Value[0]); ok && v >= 1 {
						return int(v)
					}
				}
			}
			return -1
		default:
			return -1
		}
		if len(x.ArgumentList) > 1 {
			if shape, ok := x.ArgumentList[1].(*ast.ArrayLiteral); ok && len(shape.Value) > 0 {
				if v, ok := r.Eval.Number(shape.Value[0]); ok && v >= 1 {
					return int(v)
				}
				return -1
			}
		}
		if len(x.ArgumentList) > 0 {
			return rows(r, x.ArgumentList[0], depth+1)
		}
	}
	return -1
}
