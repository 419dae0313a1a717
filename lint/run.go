package lint

import (
	"cmp"
	"context"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
	"github.com/tfjslint/tfjslint/sim"
)

// Options control one lint run.
type Options struct {
	// Config is the effective configuration (rules.DefaultConfig() if nil).
	Config *rules.Config
	// ConfigFor, when set, is each file's configuration instead of Config
	// (its nearest .tfjslint.yaml: see Configs).
	ConfigFor func(file string) *rules.Config
	// Overlay holds in-memory contents that replace files on disk (stdin,
	// editor buffers); its paths need not exist.
	Overlay map[string][]byte
	// Root is where root-relative specifiers (/src/main.js) start; by
	// default the deepest directory holding every file.
	Root string
	// ReportUnusedDirectives turns on unused-directive at warning unless the
	// config set its severity.
	ReportUnusedDirectives bool
	// FollowImports, when above zero, adds to files the files they load
	// (imports, requires, a page's scripts, workers), transitively, reading
	// Overlay before the disk, up to FollowImports files in all: the part
	// of a project an editor's open documents need to be linted as the CLI
	// lints the whole project. External and unresolved specifiers are left
	// out, and so are the loaded files CheckBuffer refuses under Config (a
	// vendored tf.min.js), as a directory walk would skip them. Each file
	// is read and parsed once; Result.Files lists them all.
	FollowImports int
	// Progress, when set, is told after each batch how many of the files
	// have been analysed (for a progress line on a terminal).
	Progress func(done, total int)
	// SimOnly runs the dry run (with what it needs) and no static rule: an
	// editor's save, whose static findings are already shown.
	SimOnly bool
}

// Run lints files (paths as Discover returns them, or Overlay keys).
func Run(files []string, opts Options) (*Result, error) {
	return RunContext(context.Background(), files, opts)
}

// RunContext is Run that gives up when ctx is done (an editor's newer
// edit): between its phases and before each file's analysis, returning
// ctx.Err().
func RunContext(ctx context.Context, files []string, opts Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg := opts.Config
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	cfgOf := func(string) *rules.Config { return cfg }
	if opts.ConfigFor != nil {
		cfgOf = opts.ConfigFor
	}
	res := &Result{Files: []string{}, Sources: map[string][]byte{}}
	srcs, errs := readAll(files, opts.Overlay)
	for i, f := range files {
		if errs[i] != nil {
			// A per-file problem, not the end of the run.
			res.Skipped = append(res.Skipped, Skipped{File: f, Kind: SkipUnreadable, Reason: reason(errs[i])})
			continue
		}
		res.Files = append(res.Files, f)
		res.Sources[f] = srcs[i]
	}
	fset := token.NewFileSet()
	parsed := parseAll(fset, res.Files, res.Sources)
	if opts.FollowImports > 0 {
		parsed = followImports(ctx, fset, res, parsed, opts, cfgOf)
	}
	raw := map[string][]byte{} // UTF-16 files as read: a re-parse must see the encoding
	for i, f := range res.Files {
		if parsed[i] != nil && parsed[i].Encoding != "" {
			raw[f] = res.Sources[f]
			res.Sources[f] = parsed[i].Src // positions are in the UTF-8 decoding; no fix edits it
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root := opts.Root
	if root == "" {
		root = commonDir(res.Files)
	}
	g := buildGraph(overlayFS{opts.Overlay}, root, res.Files, parsed)
	parsed = dropNonScripts(g, res, parsed)
	res.Graph = g
	files = res.Files
	pkgs := make([]*packages.Package, len(files))
	ctxs := make([]*runctx.Context, len(files))
	programs := &runctx.Memo{}
	for i, f := range files {
		src := res.Sources[f]
		if r, ok := raw[f]; ok {
			src = r
		}
		pkgs[i] = runctx.NewPackage(fset, f)
		ctxs[i] = &runctx.Context{Config: cfgOf(f), Source: src, Programs: programs, File: parsed[i], Done: ctx.Done()}
		runctx.Set(pkgs[i].Types, ctxs[i])
		defer runctx.Delete(pkgs[i].Types)
	}
	markLeftOut(g, parsed, ctxs)
	markCPUBackend(g, parsed, ctxs)
	linkImports(g, pkgs, ctxs)
	markUntrained(g, parsed, ctxs)
	markWorkers(g, parsed, ctxs)
	markNodePackages(overlayFS{opts.Overlay}, files, ctxs)
	// Analyse every file once, in dependency order on a worker pool (facts
	// of the files a file imports are published before it starts).
	outgoing := make([][]runctx.CallerSite, len(pkgs)) // file -> its calls of other files' exports
	all := make([]bool, len(pkgs))
	for i := range all {
		all[i] = true
	}
	var mu sync.Mutex
	done := 0
	findings, err := analyzeFiles(fset, pkgs, all, cfgOf, opts, outgoing, func(i int) {
		ctxs[i].File = nil // a later analysis that needs it parses it again
		if opts.Progress != nil {
			mu.Lock()
			if done++; done%progressEvery == 0 || done == len(pkgs) {
				opts.Progress(done, len(pkgs))
			}
			mu.Unlock()
		}
	})
	if err != nil {
		return nil, cmp.Or(ctx.Err(), err)
	}
	for _, fs := range findings {
		res.Findings = append(res.Findings, fs...)
	}
	if err := reanalyzeCalled(fset, pkgs, ctxs, cfgOf, opts, res, outgoing); err != nil {
		return nil, cmp.Or(ctx.Err(), err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(res.Findings, compareFindings)
	// The same finding twice (a page's dry run reaching one save through
	// two handlers) is said once.
	res.Findings = slices.CompactFunc(res.Findings, func(a, b Finding) bool {
		return compareFindings(a, b) == 0 && a.Severity == b.Severity && a.Range == b.Range
	})
	return res, nil
}

// followImports adds to res.Files, res.Sources and parsed the files that
// res.Files load, transitively, as Options.FollowImports tells; it returns
// parsed, in step with res.Files. Root-relative specifiers start at
// opts.Root, else at the common directory of the files asked for.
func followImports(ctx context.Context, fset *token.FileSet, res *Result, parsed []*jsast.File, opts Options, cfgOf func(string) *rules.Config) []*jsast.File {
	root := opts.Root
	if root == "" {
		root = commonDir(res.Files)
	}
	fsys := overlayFS{opts.Overlay}
	seen := map[string]bool{}
	for _, f := range res.Files {
		seen[f] = true
	}
	frontier, frontierParsed := res.Files, parsed
	for len(frontier) > 0 && len(res.Files) < opts.FollowImports && ctx.Err() == nil {
		g := buildGraph(fsys, root, frontier, frontierParsed)
		var next []string
		for _, e := range g.Edges {
			if e.To == "" || seen[e.To] || len(res.Files)+len(next) >= opts.FollowImports {
				continue
			}
			seen[e.To] = true
			src, err := fsys.ReadFile(e.To)
			if err != nil {
				continue
			}
			if _, refused := CheckBuffer(e.To, src, cfgOf(e.To)); refused {
				continue
			}
			res.Sources[e.To] = src
			next = append(next, e.To)
		}
		frontier, frontierParsed = next, parseAll(fset, next, res.Sources)
		res.Files = append(res.Files, next...)
		parsed = append(parsed, frontierParsed...)
	}
	return parsed
}

// readAll reads files (Overlay first) on every core: reading one after
// another kept the cores idle until the last file was in.
func readAll(files []string, overlay map[string][]byte) ([][]byte, []error) {
	srcs := make([][]byte, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				if src, ok := overlay[files[i]]; ok {
					srcs[i] = src
					continue
				}
				srcs[i], errs[i] = os.ReadFile(files[i])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return srcs, errs
}

// parseAll parses every file once, on every core, for the module graph and
// the analyses.
func parseAll(fset *token.FileSet, files []string, sources map[string][]byte) []*jsast.File {
	out := make([]*jsast.File, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				out[i] = jsast.Parse(fset, files[i], sources[files[i]])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// commonDir is the deepest directory holding every file: where
// root-relative specifiers (/src/main.js) of a project start.
func commonDir(files []string) string {
	if len(files) == 0 {
		return "."
	}
	dir := filepath.Dir(files[0])
	for _, f := range files[1:] {
		for !within(dir, f) {
			parent := filepath.Dir(dir)
			if parent == dir {
				return dir
			}
			dir = parent
		}
	}
	return dir
}

func within(dir, file string) bool {
	_, ok := relWithin(dir, file)
	return ok
}

// relWithin is file's name relative to dir, and whether file is inside dir
// (a name that merely starts with "..", such as ..foo, is).
func relWithin(dir, file string) (string, bool) {
	rel, err := filepath.Rel(dir, file)
	return rel, err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// linkImports gives each file's package the packages of the linted files it
// imports, requires or import()s, and of the classic scripts a page loads
// before it (whose top-level declarations are its globals), so that checker
// analyses them first and passes their facts along; and tells each file
// where its specifiers lead. JS allows import cycles and go/analysis does
// not: a depth-first walk in file order drops each edge that closes a
// cycle, so in a cycle the file reached first is analysed before the one
// that imports it back, which then sees no facts of it.
func linkImports(g *Graph, pkgs []*packages.Package, ctxs []*runctx.Context) {
	index := make(map[string]int, len(pkgs))
	for i, p := range pkgs {
		index[p.PkgPath] = i
	}
	type link struct {
		to   int
		spec string // "" for a page's earlier script, whose globals the file sees
	}
	links := make([][]link, len(pkgs))
	add := func(from, to int, spec string) {
		if from != to && !slices.Contains(links[from], link{to, spec}) {
			links[from] = append(links[from], link{to, spec})
		}
	}
	var scripts []int // the classic scripts of the current page, in order
	page := ""
	for _, e := range g.Edges {
		from, ok1 := index[e.From]
		to, ok2 := index[e.To]
		if !ok1 || !ok2 {
			continue
		}
		switch e.Kind {
		case EdgeImport, EdgeRequire, EdgeDynamic:
			add(from, to, e.Spec)
		case EdgeModule, EdgeScript:
			if !slices.Contains(ctxs[to].Pages, e.From) {
				ctxs[to].Pages = append(ctxs[to].Pages, e.From)
				slices.Sort(ctxs[to].Pages)
			}
			if e.Kind == EdgeModule {
				continue // a module script is a root of its own: it sees no page globals
			}
			if e.From != page {
				page, scripts = e.From, nil
			}
			ctxs[to].Classic = true
			for _, s := range scripts {
				add(to, s, "")
			}
			add(from, to, "")
			scripts = append(scripts, to)
		}
	}
	const (
		unseen = iota
		active
		done
	)
	state := make([]int, len(pkgs))
	var visit func(i int)
	visit = func(i int) {
		state[i] = active
		for _, l := range links[i] {
			if state[l.to] == active {
				continue // closes a cycle
			}
			if pkgs[i].Imports == nil {
				pkgs[i].Imports = map[string]*packages.Package{}
			}
			pkgs[i].Imports[pkgs[l.to].PkgPath] = pkgs[l.to]
			if l.spec == "" {
				ctxs[i].Globals = append(ctxs[i].Globals, pkgs[l.to].PkgPath)
			} else {
				if ctxs[i].Imports == nil {
					ctxs[i].Imports = map[string]string{}
				}
				ctxs[i].Imports[l.spec] = pkgs[l.to].PkgPath
			}
			if state[l.to] == unseen {
				visit(l.to)
			}
		}
		state[i] = done
	}
	for i := range pkgs {
		if state[i] == unseen {
			visit(i)
		}
	}
}

// maxCallerRounds bounds how often a file is analysed again for what its
// importers' calls tell it: enough for a chain such as page → game →
// agent → model.
const maxCallerRounds = 3

// reanalyzeCalled analyses again the files whose exported functions other
// files call, with those calls as their callers (how often each runs,
// whether in a tidy scope), replacing their findings: facts flow from a
// file to its importers only, and how often a function runs is its
// callers' to say. A file whose callers change (a caller that was itself
// called again) is analysed again, up to maxCallerRounds times.
func reanalyzeCalled(fset *token.FileSet, pkgs []*packages.Package, ctxs []*runctx.Context, cfgOf func(string) *rules.Config, opts Options, res *Result, outgoing [][]runctx.CallerSite) error {
	index := make(map[string]int, len(pkgs))
	for i, p := range pkgs {
		index[p.PkgPath] = i
	}
	for round := 0; round < maxCallerRounds; round++ {
		callers := map[int][]runctx.CallerSite{}
		for _, out := range outgoing { // in file order, for determinism
			for _, cs := range out {
				if i, ok := index[cs.Target]; ok {
					callers[i] = append(callers[i], cs)
				}
			}
		}
		redo := make([]bool, len(pkgs))
		redone := map[string]bool{}
		for i, p := range pkgs {
			if cs := callers[i]; len(cs) > 0 && !slices.Equal(cs, ctxs[i].Callers) {
				ctxs[i].Callers = cs
				redo[i] = true
				redone[p.PkgPath] = true
			}
		}
		if len(redone) == 0 {
			return nil
		}
		res.Findings = slices.DeleteFunc(res.Findings, func(f Finding) bool { return redone[f.File] })
		findings, err := analyzeFiles(fset, pkgs, redo, cfgOf, opts, outgoing, nil)
		if err != nil {
			return err
		}
		for _, fs := range findings {
			res.Findings = append(res.Findings, fs...)
		}
	}
	return nil
}

// progressEvery is how many files Options.Progress hears of at a time.
const progressEvery = 256

// analyzeFiles analyses the packages roots marks (with, for their facts,
// those they import) and returns the findings of each root, by package;
// it records each root's calls of other files in outgoing and then calls
// finished (if set) from the worker.
func analyzeFiles(fset *token.FileSet, pkgs []*packages.Package, roots []bool, cfgOf func(string) *rules.Config, opts Options, outgoing [][]runctx.CallerSite, finished func(i int)) ([][]Finding, error) {
	analyzers := Analyzers()
	if opts.SimOnly {
		// jsfile and contexts for what the run reads of their results.
		analyzers = []*analysis.Analyzer{jsfile.Analyzer, contexts.Analyzer, sim.Analyzer}
	}
	findings := make([][]Finding, len(pkgs))
	err := analyzePool(analyzers, pkgs, roots, func(i int, r poolResult) {
		f := pkgs[i].PkgPath
		if info, ok := r.results[contexts.Analyzer].(*contexts.Info); ok {
			outgoing[i] = info.Outgoing
		}
		findings[i] = fileFindings(fset, r.results[jsfile.Analyzer].(*jsast.File), r.diags, cfgOf(f), opts)
		if finished != nil {
			finished(i)
		}
	})
	return findings, err
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
