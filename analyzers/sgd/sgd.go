package sgd

import (
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "sgd",
	Doc:      "reports plain SGD optimizers (rule sgd-optimizer, tip 5)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/sgd-optimizer.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer},
	Run:      run,
}

const (
	rule   = "sgd-optimizer"
	advice = "is plain SGD: it converges slowly and needs a hand-tuned learning rate"
)

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	f := info.File
	for _, c := range info.Calls {
		switch c.API.Name {
		case "tf.train.sgd", "tf.SGDOptimizer":
			reportCall(pass, f, c)
		}
	}
	if info.UsesTF {
		ev := constant.New(f)
		seen := map[*ast.StringLiteral]bool{} // one config object may serve several compiles
		f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			checkCompile(pass, info, ev, seen, n.(*ast.CallExpression))
		})
	}
	return nil, nil
}

func reportCall(pass *analysis.Pass, f *jsast.File, c tfapi.Call) {
	d := analysis.Diagnostic{
		Pos:      f.Start(c.Node),
		End:      f.End(c.Node),
		Category: rule,
		Message:  c.API.Name + " " + advice + "; use tf.train.adam(0.001) (tip 5)",
	}
	// Suggest `….train.adam(0.001)` when the callee spells out `.sgd`.
	if call, ok := c.Node.(*ast.CallExpression); ok {
		if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "sgd" {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: "Use Adam with learning rate 0.001",
				TextEdits: []analysis.TextEdit{{
					Pos:     f.Pos(dot.Identifier.Idx),
					End:     f.Pos(call.RightParenthesis + 1),
					NewText: []byte("adam(0.001)"),
				}},
			}}
		}
	}
	pass.Report(d)
}

// checkCompile reports optimizer: 'sgd' in the config of model.compile. The
// receiver must be a known tfjs model, or the config must also name a loss,
// which only tfjs-style compile configs do.
func checkCompile(pass *analysis.Pass, info *tfapi.Info, ev *constant.Evaluator, seen map[*ast.StringLiteral]bool, call *ast.CallExpression) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || dot.Identifier.Name != "compile" || len(call.ArgumentList) != 1 {
		return
	}
	cfg := ev.Object(call.ArgumentList[0])
	if cfg == nil {
		return
	}
	api, known := info.API(call)
	if !(known && api.Name == "LayersModel.compile") && constant.Property(cfg, "loss") == nil {
		return
	}
	lit, ok := constant.Property(cfg, "optimizer").(*ast.StringLiteral)
	if !ok || !strings.EqualFold(lit.Value.String(), "sgd") || seen[lit] {
		return
	}
	seen[lit] = true
	f := info.File
	quote := f.Text(lit)[:1]
	pass.Report(analysis.Diagnostic{
		Pos:      f.Start(lit),
		End:      f.End(lit),
		Category: rule,
		Message:  "optimizer '" + lit.Value.String() + "' " + advice + "; use 'adam' (tip 5)",
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Use 'adam'",
			TextEdits: []analysis.TextEdit{{Pos: f.Start(lit), End: f.End(lit), NewText: []byte(quote + "adam" + quote)}},
		}},
	})
}
