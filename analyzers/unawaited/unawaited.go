package unawaited

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/analyzers/unawaited/promiseflow"
)

var Analyzer = &analysis.Analyzer{
	Name:     "unawaited",
	Doc:      "reports fit/fitDataset/trainOnBatch/save/data/array promises that are never awaited (rule unawaited-training, tip 17)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/unawaited-training.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer},
	Run:      run,
}

const rule = "unawaited-training"

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil // neither a resolved call nor an untyped model can be tfjs
	}
	f := info.File
	fl := promiseflow.New(info)
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.CallExpression)
		if !ok {
			return
		}
		c, ok := fl.PromiseCall(call)
		if !ok || fl.Handled(call) {
			return
		}
		start, end := f.Span(call)
		pass.Report(analysis.Diagnostic{Pos: start, End: end, Category: rule, Message: message(fl, c)})
	})
	return nil, nil
}

func message(fl *promiseflow.Flow, c promiseflow.Call) string {
	switch c.Method {
	case "data", "array":
		return fmt.Sprintf("%s.%s() returns a Promise that is never awaited; its values are lost (tip 17)",
			fl.Describe(c.Receiver, "tensor"), c.Method)
	case "save":
		return fmt.Sprintf("%s.save(…) returns a Promise that is never awaited: code after it runs before the model is saved, and a failed save goes unnoticed (tip 17)",
			fl.Describe(c.Receiver, "model"))
	}
	return fmt.Sprintf("%s.%s(…) returns a Promise that is never awaited: training runs in the background, and code after it sees an untrained model (tip 17)",
		fl.Describe(c.Receiver, "model"), c.Method)
}
