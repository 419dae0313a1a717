package contexts_test

import (
	"strings"

	"testing"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
)

// probe reports the context of every tf.scalar(…) call, so fixtures can
// state with want comments where code runs.
var probe = &analysis.Analyzer{
	Name:     "contextprobe",
	Doc:      "test helper",
	Requires: []*analysis.Analyzer{contexts.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		c := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
		c.File.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if api, ok := c.TF.API(n.(*ast.CallExpression)); !push || !ok || api.Name != "tf.scalar" {
				return true
			}
			ctx := c.Of(stack)
			parts := []string{ctx.Freq.String()}
			if ctx.Repeat != nil {
				parts[0] = ctx.Rate() + ctx.Via(c.File, n)
			}
			if ctx.Loopy && ctx.Outer < contexts.PerIteration {
				parts = append(parts, "outer "+ctx.Outer.String(), "loopy")
			}
			if ctx.Test {
				parts = append(parts, "test")
			}
			if ctx.Lazy {
				parts = append(parts, "lazy")
			}
			if ctx.Sparse {
				parts = append(parts, "sparse")
			}
			if ctx.Tidy {
				parts = append(parts, "tidy")
			}
			if ctx.Async {
				parts = append(parts, "async")
			}
			pass.Reportf(c.File.Pos(n.Idx0()), "%s", strings.Join(parts, ", "))
			return true
		})
		return nil, nil
	},
}

func TestContexts(t *testing.T) {
	analyzertest.Run(t, "testdata", probe)
}

func TestSubject(t *testing.T) {
	tests := []struct {
		r    contexts.Repeat
		want string
	}{
		{contexts.Repeat{Kind: contexts.Loop}, "loop body"},
		{contexts.Repeat{Kind: contexts.Listener, Detail: "click"}, "'click' handler"},
		{contexts.Repeat{Kind: contexts.Timer}, "setTimeout callback"},
		{contexts.Repeat{Kind: contexts.FitCallback, Detail: "onBatchEnd"}, "onBatchEnd callback"},
	}
	for _, tt := range tests {
		if got := tt.r.Subject(); got != tt.want {
			t.Errorf("Subject of kind %d = %q, want %q", tt.r.Kind, got, tt.want)
		}
	}
}
