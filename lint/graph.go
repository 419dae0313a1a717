package lint

import (
	"cmp"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/jsmod"
)

// EdgeKind is how one file loads another.
type EdgeKind string

const (
	EdgeImport  EdgeKind = "import"  // import … from, export … from
	EdgeRequire EdgeKind = "require" // require('…')
	EdgeDynamic EdgeKind = "dynamic" // import('…')
	EdgeScript  EdgeKind = "script"  // a page's <script src>
	EdgeModule  EdgeKind = "module"  // a page's <script type="module" src>
	EdgeWorker  EdgeKind = "worker"  // new Worker('…'), importScripts('…')
	EdgePackage EdgeKind = "package" // package.json main, module or bin
)

// Edge is one load of a module or script, at a position of its file.
type Edge struct {
	From string
	Line int
	Kind EdgeKind
	// Spec is the specifier as written; To the file it resolves to, or ""
	// for external and unresolved specifiers.
	Spec string
	To   string
	// External marks a package or URL specifier (To is "").
	External bool
}

// Graph is the module graph of a set of files: every load each file makes,
// in file and source order.
type Graph struct {
	Files []string
	Edges []Edge
}

// Imports returns the files that file loads, in source order, without
// duplicates.
func (g *Graph) Imports(file string) []string {
	var out []string
	for _, e := range g.Edges {
		if e.From == file && e.To != "" && !slices.Contains(out, e.To) {
			out = append(out, e.To)
		}
	}
	return out
}

// BuildGraph parses files (overlay contents first, then disk) and resolves
// what each loads. root is where root-relative specifiers start; package.json
// files among the directories of files add their entry points.
func BuildGraph(files []string, root string, overlay map[string][]byte) *Graph {
	fsys := overlayFS{overlay}
	fset := token.NewFileSet()
	var parsed []*jsast.File
	for _, name := range files {
		src, err := fsys.ReadFile(name)
		if err != nil {
			continue
		}
		parsed = append(parsed, jsast.Parse(fset, name, src))
	}
	return buildGraph(fsys, root, files, parsed)
}

// buildGraph resolves the loads of files already parsed.
func buildGraph(fsys jsmod.FS, root string, files []string, parsed []*jsast.File) *Graph {
	g := &Graph{Files: files}
	for _, f := range parsed {
		g.Edges = append(g.Edges, fileEdges(fsys, root, f)...)
	}
	g.Edges = append(g.Edges, packageEdges(fsys, files)...)
	resolveFromPages(fsys, g.Edges)
	slices.SortStableFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Line, b.Line))
	})
	return g
}

// fileEdges finds the loads of one parsed file.
func fileEdges(fsys jsmod.FS, root string, f *jsast.File) []Edge {
	var out []Edge
	add := func(off int, kind EdgeKind, spec string) {
		e := Edge{From: f.Name, Line: f.Tok.Line(f.Tok.Pos(off)), Kind: kind, Spec: spec}
		if to, ok := jsmod.Resolve(fsys, root, f.Name, spec); ok {
			e.To = to
		} else {
			e.External = !jsmod.Local(spec)
		}
		out = append(out, e)
	}
	for _, ext := range f.ExternalScripts {
		spec, _ := jsmod.PageScript(ext.Src)
		kind := EdgeScript
		if ext.Module {
			kind = EdgeModule
		}
		add(ext.Offset, kind, spec)
	}
	for _, s := range f.Scripts {
		for _, im := range s.Program.ImportEntries {
			spec := im.ModuleSpecifier
			if im.FromClause != nil {
				spec = im.FromClause.ModuleSpecifier
			}
			add(f.Offset(im.Idx0()), EdgeImport, spec.String())
		}
		for _, ex := range s.Program.ExportEntries {
			if ex.FromClause != nil {
				add(f.Offset(ex.Idx0()), EdgeImport, ex.FromClause.ModuleSpecifier.String())
			}
		}
	}
	if !jsast.MentionsAny(f.Src, "require", "import(", "import (", "Worker", "importScripts") {
		return out // no require, import(), Worker or importScripts: no need to walk the calls
	}
	var info *jsast.Info // resolved on first need: most calls are not loads
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil)}, func(n ast.Node) {
		var callee ast.Expression
		var args []ast.Expression
		switch n := n.(type) {
		case *ast.CallExpression:
			callee, args = n.Callee, n.ArgumentList
		case *ast.NewExpression:
			callee, args = n.Callee, n.ArgumentList
		}
		if len(args) == 0 {
			return
		}
		lit, ok := args[0].(*ast.StringLiteral)
		if !ok {
			lit, ok = urlLiteral(args[0])
		}
		if !ok {
			return
		}
		spec := lit.Value.String()
		var kind EdgeKind
		switch c := callee.(type) {
		case *ast.DynamicImportExpression:
			kind = EdgeDynamic
		case *ast.Identifier:
			switch c.Name.String() {
			case "require", "importScripts", "Worker", "SharedWorker":
			default:
				return
			}
			if info == nil {
				info = f.Info()
			}
			if !info.IsFree(c) {
				return // a local function of that name
			}
			switch c.Name.String() {
			case "require":
				if _, isNew := n.(*ast.NewExpression); isNew {
					return
				}
				kind = EdgeRequire
			case "importScripts", "Worker", "SharedWorker":
				kind = EdgeWorker
				if !jsmod.Local(spec) && !strings.Contains(spec, ":") {
					spec = "./" + spec // a worker URL is relative to the page, taken as the file
				}
			default:
				return
			}
		default:
			return
		}
		if _, isURL := args[0].(*ast.NewExpression); isURL && kind != EdgeWorker {
			return // new URL(…) stands for a file only as a worker's script
		}
		add(f.Offset(lit.Idx0()), kind, spec)
	})
	return out
}

// urlLiteral returns the path of `new URL('./w.js', import.meta.url)`, the
// way bundlers want a worker's script named.
func urlLiteral(e ast.Expression) (*ast.StringLiteral, bool) {
	n, ok := e.(*ast.NewExpression)
	if !ok || len(n.ArgumentList) != 2 {
		return nil, false
	}
	if id, ok := n.Callee.(*ast.Identifier); !ok || id.Name != "URL" {
		return nil, false
	}
	if base, ok := n.ArgumentList[1].(*ast.DotExpression); !ok || !isMeta(base.Left) {
		return nil, false
	}
	lit, ok := n.ArgumentList[0].(*ast.StringLiteral)
	return lit, ok
}

func isMeta(e ast.Expression) bool {
	_, ok := e.(*ast.MetaProperty)
	return ok
}

// resolveFromPages resolves the worker URLs of a page's scripts that are
// not files beside the script: a browser takes them relative to the page.
func resolveFromPages(fsys jsmod.FS, edges []Edge) {
	pages := map[string][]string{} // script -> pages that load it
	for _, e := range edges {
		if (e.Kind == EdgeScript || e.Kind == EdgeModule) && e.To != "" {
			pages[e.To] = append(pages[e.To], e.From)
		}
	}
	for i, e := range edges {
		if e.Kind != EdgeWorker || e.To != "" || e.External {
			continue
		}
		for _, page := range pages[e.From] {
			if to, ok := jsmod.Resolve(fsys, filepath.Dir(page), page, e.Spec); ok {
				edges[i].To = to
				break
			}
		}
	}
}

// packageEdges adds each package.json's entry points: the package.json
// beside linted files loads them.
func packageEdges(fsys jsmod.FS, files []string) []Edge {
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[filepath.Dir(f)] = true
	}
	var out []Edge
	for _, dir := range slices.Sorted(maps.Keys(dirs)) {
		pj := filepath.Join(dir, "package.json")
		b, err := fsys.ReadFile(pj)
		if err != nil {
			continue
		}
		for _, entry := range jsmod.PackageEntries(b) {
			spec := "./" + strings.TrimPrefix(filepath.ToSlash(entry), "./")
			e := Edge{From: pj, Line: 1, Kind: EdgePackage, Spec: entry}
			if to, ok := jsmod.Resolve(fsys, dir, pj, spec); ok {
				e.To = to
			}
			out = append(out, e)
		}
	}
	return out
}

// overlayFS answers from in-memory contents first, then the disk.
type overlayFS struct{ overlay map[string][]byte }

func (o overlayFS) IsFile(name string) bool {
	if _, ok := o.overlay[name]; ok {
		return true
	}
	return jsmod.OS.IsFile(name)
}

func (o overlayFS) ReadFile(name string) ([]byte, error) {
	if b, ok := o.overlay[name]; ok {
		return b, nil
	}
	return os.ReadFile(name)
}
