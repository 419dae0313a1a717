package jsfile

import (
	"errors"
	"fmt"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:             "jsfile",
	Doc:              "parses JavaScript and HTML files and reports syntax errors",
	URL:              "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/syntax-error.md",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeOf((*jsast.File)(nil)),
}

var errCancelled = errors.New("cancelled")

func run(pass *analysis.Pass) (any, error) {
	if len(pass.OtherFiles) != 1 {
		return nil, fmt.Errorf("jsfile: want one file per package, got %d", len(pass.OtherFiles))
	}
	name := pass.OtherFiles[0]
	ctx := runctx.Of(pass)
	select {
	case <-ctx.Done:
		return nil, errCancelled
	default:
	}
	if f := ctx.File; f != nil {
		reportSyntaxErrors(pass, f, ctx.LeftOut)
		return f, nil
	}
	src := ctx.Source
	if src == nil {
		var err error
		if src, err = pass.ReadFile(name); err != nil {
			return nil, err
		}
	}
	f := jsast.Parse(pass.Fset, name, src)
	reportSyntaxErrors(pass, f, ctx.LeftOut)
	return f, nil
}

// reportSyntaxErrors reports each error of f; in a file the project leaves
// out (leftOut says why; see runctx.Context.LeftOut) at info: nothing that
// runs breaks on it.
func reportSyntaxErrors(pass *analysis.Pass, f *jsast.File, leftOut string) {
	cat, suffix := "syntax-error", ""
	if leftOut != "" {
		cat, suffix = runctx.Category("syntax-error", rules.Info), " ("+leftOut+"; nothing that runs breaks on it)"
	}
	for _, e := range f.Errors {
		pass.Report(analysis.Diagnostic{
			Pos:      f.Tok.Pos(e.Offset),
			Category: cat,
			Message:  e.Msg + suffix,
		})
	}
}
