package sgd

import (
	"strings"

	"github.com/grafana/sobek/ast"
)

// scheduled reports an SGD optimizer whose rate the code changes by hand:
// `opt.setLearningRate(…)` on the variable or field it is stored in, or
// `model.optimizer.setLearningRate(…)` when it is a compile's optimizer.
// That is a tuned schedule (tip 6 done by hand), and Adam has no
// setLearningRate (tfjs 4.22: only SGD and momentum do), so the suggested
// switch would throw at the first call.
func (a *checker) scheduled(call ast.Expression) bool {
	holder := ""
	switch p := a.f.Parent(call).(type) {
	case *ast.Binding:
		if p.Initializer == call {
			holder = strings.TrimSpace(a.f.Text(p.Target))
		}
	case *ast.AssignExpression:
		if p.Right == call {
			holder = strings.TrimSpace(a.f.Text(p.Left))
		}
	case *ast.PropertyKeyed:
		if key, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed && p.Value == call && key.Value.String() == "optimizer" {
			holder = ".optimizer"
		}
	}
	if holder == "" {
		return false
	}
	if a.rateSetters == nil {
		a.rateSetters = []string{} // computed once per file
		a.f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			if dot, ok := n.(*ast.CallExpression).Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "setLearningRate" {
				a.rateSetters = append(a.rateSetters, strings.TrimSpace(a.f.Text(dot.Left)))
			}
		})
	}
	for _, recv := range a.rateSetters {
		if holder == ".optimizer" {
			if strings.HasSuffix(recv, ".optimizer") {
				return true
			}
		} else if recv == holder || strings.TrimPrefix(recv, "this.") == strings.TrimPrefix(holder, "this.") {
			return true
		}
	}
	return false
}
