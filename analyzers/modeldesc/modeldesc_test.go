package modeldesc_test

import (
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
)

// describer reports every model the file builds and every compile, with
// the description the structure rules read.
var describer = &analysis.Analyzer{
	Name:       "describer",
	Doc:        "reports model descriptions (test only)",
	Requires:   []*analysis.Analyzer{modeldesc.Analyzer},
	ResultType: reflect.TypeOf(0),
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
		r := info.Reader()
		f := r.File
		for _, m := range r.FileModels() {
			pass.Report(analysis.Diagnostic{Pos: f.Start(m.Call), End: f.End(m.Call), Message: m.String()})
		}
		for _, c := range info.Compiles {
			msg := "compile loss=" + c.LossName
			for _, m := range c.Models(r) {
				for _, l := range m.Last() {
					msg += " last=" + l.String()
				}
			}
			pass.Report(analysis.Diagnostic{Pos: f.Start(c.Call), End: f.End(c.Call), Message: msg})
		}
		return 0, nil
	},
}

func TestDescriptions(t *testing.T) {
	analyzertest.Run(t, "testdata", describer)
}
