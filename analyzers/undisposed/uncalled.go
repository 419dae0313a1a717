package undisposed

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tensorlife"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// uncalledDispose returns the statement `b.dispose;` among the reads of b:
// the method is read and dropped, never called, so nothing is freed.
func (c *checker) uncalledDispose(b *jsast.Binding) *ast.DotExpression {
	for _, id := range c.life.Refs(b) {
		if dot := uncalled(c.life.File, id); dot != nil {
			return dot
		}
	}
	return nil
}

// uncalled returns the `X.dispose` around receiver when it is a whole
// expression statement.
func uncalled(f *jsast.File, receiver ast.Node) *ast.DotExpression {
	dot, ok := f.Parent(receiver).(*ast.DotExpression)
	if !ok || dot.Left != receiver || dot.Identifier.Name.String() != "dispose" {
		return nil
	}
	if _, ok := f.Parent(dot).(*ast.ExpressionStatement); !ok {
		return nil
	}
	return dot
}

// reportUncalled reports `x.dispose;` for a followed tensor that nothing
// else releases, at the severity of its leak.
func (c *checker) reportUncalled(a *tensorlife.Alloc, b *jsast.Binding, dot *ast.DotExpression, sev rules.Severity) {
	msg := fmt.Sprintf("`%s.dispose` is read but not called, so `%s` from %s is never disposed: %s; call %s.dispose() (tip 13)",
		b.Name, b.Name, a.Name, c.growth(a.Ctx, a.Node, 1), b.Name)
	c.reportDot(dot, sev, msg, a.Ctx)
}

// checkUncalled reports the other `X.dispose;` statements: whatever X
// holds (a tensor in an array, a field, a model), it is not freed. How
// often the statement runs sets the severity, as for a leak whose size
// the file does not show.
func (c *checker) checkUncalled(done map[*ast.DotExpression]bool) {
	f := c.life.File
	f.Inspector().WithStack([]ast.Node{(*ast.ExpressionStatement)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		dot, ok := n.(*ast.ExpressionStatement).Expression.(*ast.DotExpression)
		if !ok || done[dot] || dot.Identifier.Name.String() != "dispose" {
			return true
		}
		ctx := c.life.Ctx.Of(stack).ForLeaks()
		if ctx.Dead || ctx.Test {
			return true
		}
		sev := rules.Info
		switch {
		case ctx.Freq == contexts.PerIteration && !ctx.BoundedLoop():
			sev = rules.Error
		case ctx.Freq == contexts.PerIteration, ctx.Freq == contexts.PerEvent:
			sev = rules.Warning
		}
		what := f.Text(dot.Left)
		msg := fmt.Sprintf("`%s.dispose` is read but not called, so nothing is disposed; call %s.dispose() (tip 13)", what, what)
		c.reportDot(dot, sev, msg, ctx)
		return true
	})
}

func (c *checker) reportDot(dot *ast.DotExpression, sev rules.Severity, msg string, ctx contexts.Context) {
	f := c.life.File
	d := analysis.Diagnostic{
		Pos:      f.Start(dot),
		End:      f.End(dot),
		Category: runctx.Category(ruleUndisposed, sev),
		Message:  msg,
		Related:  ctx.Related(f),
	}
	if f.Exact(dot) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "call dispose()",
			TextEdits: []analysis.TextEdit{{Pos: f.End(dot), End: f.End(dot), NewText: []byte("()")}},
		}}
	}
	c.pass.Report(d)
}
