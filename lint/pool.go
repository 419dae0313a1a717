package lint

import (
	"fmt"
	"go/types"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The pool drives the analyzers as go/analysis' checker does (same passes,
// same facts), but schedules whole files on GOMAXPROCS workers instead of
// one goroutine per (analyzer, file) action: a file's analyzers run one
// after another on one worker, and a file starts once the files it imports
// are done, their facts published. Only files in flight hold their
// analysis state; checker kept a whole batch's.

// poolResult is what the pool hands back for one analysed root file.
type poolResult struct {
	results map[*analysis.Analyzer]any
	diags   []analysis.Diagnostic // of the root analyzers, in checker's order
}

type factKey struct {
	pkg *types.Package
	typ reflect.Type
}

// factSet is the package facts one analyzer sees on one file: its own and
// those of every file it imports, transitively. Read-only once the file is
// done, so a file that adds nothing may share its only import's set.
type factSet = map[factKey]analysis.Fact

// plan lists the analyzers to run on a package, each after those it
// requires (depth-first postorder of Requires from roots).
func plan(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		out = append(out, a)
	}
	for _, a := range roots {
		visit(a)
	}
	return out
}

// analyzePool runs roots on the packages isRoot marks and, as checker does,
// the analyzers with facts (and what they require) on the packages those
// import, transitively; every package in dependency order (pkg.Imports must
// be acyclic). finish is called, from a worker, once per root package as it
// completes; the first analysis error (in package order) is returned.
func analyzePool(roots []*analysis.Analyzer, pkgs []*packages.Package, isRoot []bool, finish func(i int, r poolResult)) error {
	if err := analysis.Validate(roots); err != nil {
		return err
	}
	rootPlan := plan(roots)
	rootSet := map[*analysis.Analyzer]bool{}
	for _, a := range roots {
		rootSet[a] = true
	}
	var factful []*analysis.Analyzer
	for _, a := range rootPlan {
		if len(a.FactTypes) > 0 {
			factful = append(factful, a)
		}
	}
	depPlan := plan(factful)

	index := make(map[*packages.Package]int, len(pkgs))
	for i, p := range pkgs {
		index[p] = i
	}
	deps := make([][]int, len(pkgs))
	for i, p := range pkgs {
		for _, q := range p.Imports {
			if j, ok := index[q]; ok {
				deps[i] = append(deps[i], j)
			}
		}
		slices.Sort(deps[i])
	}
	// The packages to analyse: the roots and, when a root analyzer has
	// facts, what they import.
	need := slices.Clone(isRoot)
	if len(factful) > 0 {
		var mark func(i int)
		mark = func(i int) {
			for _, j := range deps[i] {
				if !need[j] {
					need[j] = true
					mark(j)
				}
			}
		}
		for i := range pkgs {
			if isRoot[i] {
				mark(i)
			}
		}
	}
	pending := make([]int, len(pkgs))
	dependents := make([][]int, len(pkgs))
	total := 0
	for i := range pkgs {
		if !need[i] {
			continue
		}
		total++
		if len(factful) == 0 {
			continue // no facts: nothing to wait for
		}
		for _, j := range deps[i] {
			pending[i]++
			dependents[j] = append(dependents[j], i)
		}
	}
	if total == 0 {
		return nil
	}
	facts := make([]map[*analysis.Analyzer]factSet, len(pkgs))
	errs := make([]error, len(pkgs))
	failed := make([]bool, len(pkgs))
	ready := make(chan int, total)
	for i := range pkgs {
		if need[i] && pending[i] == 0 {
			ready <- i
		}
	}
	var mu sync.Mutex
	left := total
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), total) {
		wg.Go(func() {
			for i := range ready {
				mu.Lock()
				depFailed := false
				for _, j := range deps[i] {
					depFailed = depFailed || failed[j]
				}
				mu.Unlock()
				steps := depPlan
				if isRoot[i] {
					steps = rootPlan
				}
				var r poolResult
				var f map[*analysis.Analyzer]factSet
				var err error
				if !depFailed {
					r, f, err = runFile(pkgs[i], steps, rootSet, isRoot[i], deps[i], pkgs, facts, &mu)
				}
				mu.Lock()
				facts[i], errs[i], failed[i] = f, err, depFailed || err != nil
				mu.Unlock()
				if isRoot[i] && !failed[i] {
					finish(i, r)
				}
				mu.Lock()
				for _, k := range dependents[i] {
					if pending[k]--; pending[k] == 0 {
						ready <- k
					}
				}
				if left--; left == 0 {
					close(ready)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// runFile runs steps on one package, as checker's actions would, and
// returns the root analyzers' diagnostics and results and the package's
// facts by analyzer.
func runFile(pkg *packages.Package, steps []*analysis.Analyzer, rootSet map[*analysis.Analyzer]bool, isRoot bool, deps []int, pkgs []*packages.Package, facts []map[*analysis.Analyzer]factSet, mu *sync.Mutex) (poolResult, map[*analysis.Analyzer]factSet, error) {
	results := make(map[*analysis.Analyzer]any, len(steps))
	var own map[*analysis.Analyzer]factSet
	var diags []analysis.Diagnostic
	for _, a := range steps {
		var set factSet
		shared := false
		if len(a.FactTypes) > 0 {
			mu.Lock()
			for _, j := range deps {
				from := facts[j][a]
				switch {
				case len(from) == 0:
				case set == nil:
					set, shared = from, true
				default:
					if shared {
						set, shared = cloneFacts(set), false
					}
					for k, v := range from {
						set[k] = v
					}
				}
			}
			mu.Unlock()
		}
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		for _, r := range a.Requires {
			inputs[r] = results[r]
		}
		var reported []analysis.Diagnostic
		pass := &analysis.Pass{
			Analyzer:     a,
			Fset:         pkg.Fset,
			Files:        pkg.Syntax,
			OtherFiles:   pkg.OtherFiles,
			IgnoredFiles: pkg.IgnoredFiles,
			Pkg:          pkg.Types,
			TypesInfo:    pkg.TypesInfo,
			TypesSizes:   pkg.TypesSizes,
			TypeErrors:   pkg.TypeErrors,
			Module:       &analysis.Module{},
			ResultOf:     inputs,
			Report:       func(d analysis.Diagnostic) { reported = append(reported, d) },
			ImportObjectFact: func(types.Object, analysis.Fact) bool {
				return false // the synthetic packages declare no objects
			},
			ExportObjectFact: func(obj types.Object, _ analysis.Fact) {
				panic(fmt.Sprintf("%s: object fact on %v: JS packages have no objects", a.Name, obj))
			},
			ImportPackageFact: func(p *types.Package, ptr analysis.Fact) bool {
				if v, ok := set[factKey{p, reflect.TypeOf(ptr)}]; ok {
					reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
					return true
				}
				return false
			},
			ExportPackageFact: func(fact analysis.Fact) {
				if shared || set == nil {
					set, shared = cloneFacts(set), false
				}
				set[factKey{pkg.Types, reflect.TypeOf(fact)}] = fact
			},
			AllObjectFacts: func() []analysis.ObjectFact { return nil },
			AllPackageFacts: func() []analysis.PackageFact {
				out := make([]analysis.PackageFact, 0, len(set))
				for k, f := range set {
					out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
				}
				return out
			},
			ReadFile: func(name string) ([]byte, error) {
				if !slices.Contains(pkg.OtherFiles, name) {
					return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles of %s", name, pkg.PkgPath)
				}
				return os.ReadFile(name)
			},
		}
		res, err := a.Run(pass)
		if err == nil && reflect.TypeOf(res) != a.ResultType {
			err = fmt.Errorf("internal error: analyzer %s returned a result of type %v, but declared ResultType %v", a, reflect.TypeOf(res), a.ResultType)
		}
		if err != nil {
			return poolResult{}, nil, fmt.Errorf("%s: internal error in analyzer %s: %v (please report it)", pkg.PkgPath, a.Name, err)
		}
		results[a] = res
		if isRoot && rootSet[a] {
			diags = append(diags, reported...)
		}
		if len(a.FactTypes) > 0 && len(set) > 0 {
			if own == nil {
				own = map[*analysis.Analyzer]factSet{}
			}
			own[a] = set
		}
	}
	return poolResult{results: results, diags: diags}, own, nil
}

func cloneFacts(m factSet) factSet {
	out := make(factSet, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}
