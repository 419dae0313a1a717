package deepstack

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
)

var Analyzer = &analysis.Analyzer{
	Name:     "deepstack",
	Doc:      "reports a tf.sequential stack of many weighted layers (rule deep-without-skip, tip 3)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/deep-without-skip.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "deep-without-skip"

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	minLayers := runctx.Of(pass).Config.Int(rule, "min-layers")
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	f := info.File
	for _, m := range md.FileModels() {
		if m.Kind != modeldesc.Sequential || ctxs.OfNode(m.Call).Test {
			continue
		}
		n := 0
		for _, l := range m.Layers() {
			if _, weighted := modeldesc.Weighted[l.Class]; weighted && l.Class != "embedding" {
				n++
			}
		}
		if n < minLayers {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      f.Start(m.Call),
			End:      f.End(m.Call.Callee),
			Category: rule,
			Message: fmt.Sprintf("a sequential stack of %d weighted layers has no skip connections, and plain stacks this deep train slowly or not at all: "+
				"build it with the functional API and add residual blocks (tf.layers.add) or dense blocks (tf.layers.concatenate) (tip 3)", n),
		})
	}
	return nil, nil
}
