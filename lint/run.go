package lint

import (
	"cmp"
	"fmt"
	"go/token"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// Options control one lint run.
type Options struct {
	// Config is the effective configuration (rules.DefaultConfig() if nil).
	Config *rules.Config
	// Overlay holds in-memory contents that replace files on disk (stdin,
	// editor buffers); its paths need not exist.
	Overlay map[string][]byte
	// ReportUnusedDirectives turns on unused-directive at warning unless the
	// config set its severity.
	ReportUnusedDirectives bool
}

// Run lints files (paths as Discover returns them, or Overlay keys).
func Run(files []string, opts Options) (*Result, error) {
	cfg := opts.Config
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	res := &Result{Files: files, Sources: map[string][]byte{}}
	fset := token.NewFileSet()
	var pkgs []*packages.Package
	for _, f := range files {
		src, ok := opts.Overlay[f]
		if !ok {
			var err error
			if src, err = os.ReadFile(f); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
		}
		res.Sources[f] = src
		pkg := runctx.NewPackage(fset, f)
		runctx.Set(pkg.Types, &runctx.Context{Config: cfg, Source: src})
		defer runctx.Delete(pkg.Types)
		pkgs = append(pkgs, pkg)
	}
	// Analyse in batches: checker keeps every result of a graph until it
	// returns, so one graph for a whole large project would hold all its ASTs.
	for start := 0; start < len(pkgs); start += batchSize {
		batch := pkgs[start:min(start+batchSize, len(pkgs))]
		if err := analyzeBatch(fset, batch, cfg, opts, res); err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(res.Findings, compareFindings)
	return res, nil
}

// batchSize is how many files one checker graph analyses; enough to keep
// every core busy.
const batchSize = 256

func analyzeBatch(fset *token.FileSet, pkgs []*packages.Package, cfg *rules.Config, opts Options, res *Result) error {
	graph, err := checker.Analyze(Analyzers(), pkgs, nil)
	if err != nil {
		return err
	}
	parsed := map[string]*jsast.File{}
	diags := map[string][]analysis.Diagnostic{}
	for act := range graph.All() {
		path := act.Package.PkgPath
		if act.Err != nil {
			return fmt.Errorf("%s: internal error in analyzer %s: %v (please report it)", path, act.Analyzer.Name, act.Err)
		}
		if act.Analyzer == jsfile.Analyzer {
			parsed[path] = act.Result.(*jsast.File)
		}
		diags[path] = append(diags[path], act.Diagnostics...)
	}
	for _, pkg := range pkgs {
		f := pkg.PkgPath
		res.Findings = append(res.Findings, fileFindings(fset, parsed[f], diags[f], cfg, opts)...)
	}
	return nil
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
		cmp.Compare(a.Range.Start.Column, b.Range.Start.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
	)
}
