package lrschedule

import (
	"fmt"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "lrschedule",
	Doc:      "reports long fit runs with no learning-rate schedule or early stopping (rule no-lr-schedule, tip 6)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/no-lr-schedule.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "no-lr-schedule"

// adapting are the words a callback that schedules or stops uses.
var adapting = []string{"learningRate", "setLearningRate", "stopTraining", "earlyStopping", "lr"}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	ctx := runctx.Of(pass)
	if !info.UsesTF || !info.Trains || ctx.NoTraining {
		return nil, nil
	}
	minEpochs := ctx.Config.Int(rule, "min-epochs")
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	f := info.File
	ev := constant.New(f)
	words, assigned := adaptingNames(f)
	if assigned {
		return nil, nil
	}
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok {
			return
		}
		var cfgArg int
		switch dot.Identifier.Name {
		case "fit":
			cfgArg = 2
		case "fitDataset":
			cfgArg = 1
		default:
			return
		}
		if len(call.ArgumentList) != cfgArg+1 {
			return
		}
		if api, known := info.API(call); known && api.Name != "LayersModel."+dot.Identifier.Name.String() || info.ForeignRoot(dot.Left) {
			return
		}
		cfg := ev.Object(call.ArgumentList[cfgArg])
		if cfg == nil || hasSpread(cfg) {
			return
		}
		epochsAt := constant.Property(cfg, "epochs")
		epochs, ok := ev.Number(epochsAt)
		if !ok || epochs < float64(minEpochs) {
			return
		}
		if !validates(ev, cfg) {
			return // nothing held out: early stopping has nothing to watch
		}
		if c := ctxs.OfNode(call); c.Test || c.Dead {
			return
		}
		if cfgArg == 2 && literalRows(info, call.ArgumentList[0]) < minRows {
			return // XOR's four rows: nothing to validate on, one rate does
		}
		if cb := constant.Property(cfg, "callbacks"); cb != nil && !plain(info, ev, words, cb, 0) {
			return
		}
		pass.Report(analysis.Diagnostic{
			Pos:      f.Start(epochsAt),
			End:      f.End(epochsAt),
			Category: rule,
			Message: fmt.Sprintf("%s runs %g epochs at one fixed learning rate and never stops early: add tf.callbacks.earlyStopping({monitor: 'val_loss', patience: 10}) (with validation data), or lower the rate as training goes (optimizer.learningRate in onEpochEnd) (tip 6)",
				dot.Identifier.Name, epochs),
		})
	})
	return nil, nil
}

// plain reports callbacks that surely neither schedule nor stop: object
// literals (or arrays of them, or tfvis's drawing callbacks) whose text
// names none of the adapting words.
func plain(info *tfapi.Info, ev *constant.Evaluator, words []ast.Node, cb ast.Expression, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := cb.(type) {
	case *ast.ArrayLiteral:
		for _, el := range x.Value {
			if !plain(info, ev, words, el, depth+1) {
				return false
			}
		}
		return true
	case *ast.ObjectLiteral:
		for _, w := range words {
			if x.Idx0() <= w.Idx0() && w.Idx1() <= x.Idx1() {
				return false
			}
		}
		for _, p := range x.Value {
			pk, ok := p.(*ast.PropertyKeyed)
			if !ok {
				return false // a spread or a shorthand method name: not visible
			}
			if _, fn := pk.Value.(*ast.FunctionLiteral); !fn {
				if _, arrow := pk.Value.(*ast.ArrowFunctionLiteral); !arrow {
					return false // a callback held elsewhere
				}
			}
		}
		return true
	case *ast.CallExpression:
		// tfvis.show.fitCallbacks(…) only draws.
		dot, ok := x.Callee.(*ast.DotExpression)
		return ok && dot.Identifier.Name == "fitCallbacks"
	case *ast.Identifier:
		if obj := ev.Object(x); obj != nil {
			return plain(info, ev, words, obj, depth+1)
		}
	}
	return false
}

// validates reports a fit config that holds data out (validationSplit > 0,
// validationData): the run then measures what early stopping watches.
func validates(ev *constant.Evaluator, cfg *ast.ObjectLiteral) bool {
	if v := constant.Property(cfg, "validationData"); v != nil {
		if _, null := v.(*ast.NullLiteral); !null {
			return true
		}
	}
	split := constant.Property(cfg, "validationSplit")
	if split == nil {
		return false
	}
	n, ok := ev.Number(split)
	return !ok || n > 0 && n < 1 // 1 holds everything out: a bug of its own
}

// minRows is the data size under which a long run is a toy's.
const minRows = 32

// literalRows counts the rows of fit data written out in the file
// (tf.tensor2d([[…], …]) in a variable or inline); a large number when
// unknown.
func literalRows(info *tfapi.Info, e ast.Expression) int {
	const unknown = 1 << 30
	for depth := 0; depth < 4; depth++ {
		switch x := e.(type) {
		case *ast.Identifier:
			b := info.Scope.ObjectOf(x)
			if b == nil || b.Init == nil || len(b.Writes) > 0 {
				return unknown
			}
			e = b.Init
			continue
		case *ast.CallExpression:
			if !strings.HasPrefix(info.Name(x.Callee), "tf.tensor") || len(x.ArgumentList) == 0 {
				return unknown
			}
			if arr, ok := x.ArgumentList[0].(*ast.ArrayLiteral); ok {
				return len(arr.Value)
			}
		}
		return unknown
	}
	return unknown
}

// adaptingNames returns the names in the file that schedule or stop (an
// identifier or property adapting names), and whether the file changes
// a learning rate or stops training outside any fit config: then a
// schedule may run between fits or in a helper the callbacks call.
func adaptingNames(f *jsast.File) (words []ast.Node, elsewhere bool) {
	types := []ast.Node{(*ast.Identifier)(nil), (*ast.DotExpression)(nil), (*ast.PropertyKeyed)(nil), (*ast.AssignExpression)(nil)}
	f.Inspector().Preorder(types, func(n ast.Node) {
		var name string
		switch x := n.(type) {
		case *ast.Identifier:
			name = x.Name.String()
		case *ast.DotExpression:
			name = x.Identifier.Name.String()
		case *ast.PropertyKeyed:
			if k, ok := x.Key.(*ast.StringLiteral); ok {
				name = k.Value.String()
			}
		case *ast.AssignExpression:
			if d, ok := x.Left.(*ast.DotExpression); ok {
				switch d.Identifier.Name {
				case "learningRate", "stopTraining":
					elsewhere = true
				}
			}
			return
		}
		switch name {
		case "setLearningRate", "earlyStopping":
			elsewhere = true
		}
		if slices.Contains(adapting, name) {
			words = append(words, n)
		}
	})
	return words, elsewhere
}

func hasSpread(obj *ast.ObjectLiteral) bool {
	for _, p := range obj.Value {
		if _, ok := p.(*ast.SpreadElement); ok {
			return true
		}
	}
	return false
}
