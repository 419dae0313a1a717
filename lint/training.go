package lint

import (
	"bytes"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/notsaved"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// trainingMethods are the method names that train a model or apply
// gradients: a file without any such call trains nothing itself.
var trainingMethods = map[string]bool{"fit": true, "fitDataset": true, "trainOnBatch": true, "minimize": true,
	"applyGradients": true}

// markUntrained sets NoTraining on the files of each part of the module
// graph (files linked by any load) in which no file calls a training
// method and no file exports anything: nothing in the run, and no code
// outside it, can train the models they build.
func markUntrained(g *Graph, parsed []*jsast.File, ctxs []*runctx.Context) {
	index := make(map[string]int, len(parsed))
	for i, f := range parsed {
		index[f.Name] = i
	}
	parent := make([]int, len(parsed))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range g.Edges {
		a, ok1 := index[e.From]
		b, ok2 := index[e.To]
		if ok1 && ok2 {
			parent[find(a)] = find(b)
		}
	}
	open := map[int]bool{}  // components that train or export
	saves := map[int]bool{} // components that save a model
	for i, f := range parsed {
		if trainsOrExports(f) {
			open[find(i)] = true
		}
		if notsaved.Saves(f) {
			saves[find(i)] = true
		}
	}
	loaded := map[string]bool{} // files some script or module of the run loads
	for _, e := range g.Edges {
		if e.To != "" && e.Kind != EdgePackage {
			loaded[e.To] = true
		}
	}
	for i, f := range parsed {
		ctxs[i].NoTraining = !open[find(i)]
		ctxs[i].SavesModel = saves[find(i)]
		ctxs[i].Exposed = !loaded[f.Name] && exports(f)
	}
}

// trainsOrExports reports a file that calls a training method (by name:
// the receiver may be a model another file builds) or exports a binding,
// or that has a script that did not parse.
func trainsOrExports(f *jsast.File) bool {
	if len(f.Errors) > 0 {
		return true // a script that did not parse may train
	}
	for _, s := range f.Scripts {
		if len(s.Program.ExportEntries) > 0 {
			return true
		}
	}
	if !jsast.MentionsAny(f.Src, "fit", "trainOnBatch", "minimize", "applyGradients", "exports") {
		return false // no such call or assignment can be there: skip the walk
	}
	found := false
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.AssignExpression)(nil)}, func(n ast.Node) {
		if found {
			return
		}
		switch n := n.(type) {
		case *ast.CallExpression:
			if dot, ok := jsast.UnwrapOptional(n.Callee).(*ast.DotExpression); ok && trainingMethods[dot.Identifier.Name.String()] {
				found = true
			}
		case *ast.AssignExpression:
			found = n.Operator == token.ASSIGN && commonJSExport(n.Left)
		}
	})
	return found
}

// exports reports a file with an ES export or a CommonJS export
// assignment.
func exports(f *jsast.File) bool {
	for _, s := range f.Scripts {
		if len(s.Program.ExportEntries) > 0 {
			return true
		}
	}
	if !bytes.Contains(f.Src, []byte("exports")) {
		return false
	}
	found := false
	f.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(n ast.Node) {
		a := n.(*ast.AssignExpression)
		found = found || a.Operator == token.ASSIGN && commonJSExport(a.Left)
	})
	return found
}

// commonJSExport reports an assignment target that exports: module.exports,
// module.exports.x, exports.x.
func commonJSExport(e ast.Expression) bool {
	dot, ok := e.(*ast.DotExpression)
	if !ok {
		return false
	}
	if id, ok := dot.Left.(*ast.Identifier); ok {
		return id.Name == "exports" || id.Name == "module" && dot.Identifier.Name == "exports"
	}
	return commonJSExport(dot.Left)
}
