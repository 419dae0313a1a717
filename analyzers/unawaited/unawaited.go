package unawaited

import (
	"fmt"
	"regexp"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/analyzers/unawaited/promiseflow"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "unawaited",
	Doc:      "reports fit/fitDataset/trainOnBatch/save/data/array promises that are never awaited (rule unawaited-training, tip 17)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/unawaited-training.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
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
	cx := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.CallExpression)
		if !ok {
			return
		}
		c, ok := fl.PromiseCall(call)
		if !ok || fl.Handled(call) {
			return
		}
		// A dropped promise is a mistake when something waits on its work:
		// code after it uses the model or tensor, or the call sits in a
		// loop (the iterations pile up). A fire-and-forget last step of a
		// click handler or a script is not.
		if fl.FateOf(call, false).Kind == promiseflow.Dropped && cx.OfNode(call).Freq < contexts.PerIteration && !usedLater(f, call, c) {
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

// usedLater reports code after call, in the function (or script) that runs
// it, that depends on the promise's work: for training, code that names
// the model or a data argument again (`model.fit(xs, ys); model.predict(…)`,
// `…; xs.dispose()`); for a save, code that disposes the model or loads a
// model.
func usedLater(f *jsast.File, call *ast.CallExpression, c promiseflow.Call) bool {
	var patterns []string
	if c.Method == "save" {
		// Later code depends on a save when it frees the model or loads
		// what was saved; reading the model meanwhile is fine.
		patterns = []string{`(^|[^.\w$])` + regexp.QuoteMeta(f.Text(c.Receiver)) + `\s*\.\s*dispose\b`, `\bload(Layers|Graph)?Model\b`}
	} else {
		names := []string{f.Text(c.Receiver)}
		for _, arg := range call.ArgumentList {
			if id := jsast.RootIdent(arg); id != nil {
				names = append(names, id.Name.String()) // the data: fit(xs, ys); xs.dispose()
			}
		}
		for _, name := range names {
			if name != "" {
				patterns = append(patterns, `(^|[^.\w$])`+regexp.QuoteMeta(name)+`\b`)
			}
		}
	}
	end := f.Offset(call.Idx1())
	limit := len(f.Src)
	for n := f.Parent(call); n != nil; n = f.Parent(n) {
		if jsast.IsFunction(n) {
			limit = f.Offset(n.Idx1())
			break
		}
		if _, ok := n.(*ast.Program); ok {
			for _, s := range f.Scripts {
				if s.Program == n {
					limit = s.End
				}
			}
		}
	}
	if end >= limit {
		return false
	}
	for _, p := range patterns {
		if regexp.MustCompile(p).Match(f.Src[end:limit]) {
			return true
		}
	}
	return false
}
