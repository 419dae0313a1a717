package lint

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// markWorkers sets Worker on the files that run only in a Web Worker: the
// worker scripts (the target of new Worker('…'), or a script that talks to
// its page through self.onmessage and postMessage, or calls importScripts)
// and what they load, unless a page or another main-thread file loads them
// too. A file nothing in the run loads is taken to run on the main thread.
func markWorkers(g *Graph, parsed []*jsast.File, ctxs []*runctx.Context) {
	index := make(map[string]int, len(parsed))
	for i, f := range parsed {
		index[f.Name] = i
	}
	loaded := make([]bool, len(parsed))
	workerRoot := make([]bool, len(parsed))
	for _, e := range g.Edges {
		to, ok := index[e.To]
		if !ok {
			continue
		}
		if _, fromFile := index[e.From]; fromFile {
			loaded[to] = true
		}
		if e.Kind == EdgeWorker {
			workerRoot[to] = true
		}
	}
	var inWorker, inMain []bool
	walk := func(roots []bool, follow func(Edge) bool) []bool {
		seen := make([]bool, len(parsed))
		var queue []int
		for i, r := range roots {
			if r {
				seen[i] = true
				queue = append(queue, i)
			}
		}
		for len(queue) > 0 {
			from := parsed[queue[0]].Name
			queue = queue[1:]
			for _, e := range g.Edges {
				to, ok := index[e.To]
				if e.From != from || !ok || seen[to] || !follow(e) {
					continue
				}
				seen[to] = true
				queue = append(queue, to)
			}
		}
		return seen
	}
	mainRoot := make([]bool, len(parsed))
	for i, f := range parsed {
		if !workerRoot[i] && selfWorker(f) {
			workerRoot[i] = true
		}
		mainRoot[i] = !workerRoot[i] && !loaded[i]
	}
	inWorker = walk(workerRoot, func(Edge) bool { return true })
	inMain = walk(mainRoot, func(e Edge) bool { return e.Kind != EdgeWorker })
	for i := range parsed {
		ctxs[i].Worker = inWorker[i] && !inMain[i]
	}
}

// selfWorker reports a script written to run as a worker: it calls
// importScripts, or it listens to messages on self (self.onmessage = …,
// onmessage = …, self.addEventListener('message', …)) and posts back with
// postMessage or self.postMessage.
func selfWorker(f *jsast.File) bool {
	if !jsast.MentionsAny(f.Src, "importScripts", "onmessage", "message") {
		return false
	}
	var imports, listens, posts bool
	var info *jsast.Info
	free := func(id *ast.Identifier) bool {
		if info == nil {
			info = f.Info()
		}
		return info.IsFree(id)
	}
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.AssignExpression)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpression:
			switch c := n.Callee.(type) {
			case *ast.Identifier:
				switch c.Name {
				case "importScripts":
					imports = imports || free(c)
				case "postMessage":
					posts = posts || free(c)
				}
			case *ast.DotExpression:
				if !isSelf(c.Left, free) {
					return
				}
				switch c.Identifier.Name {
				case "postMessage":
					posts = true
				case "addEventListener":
					if len(n.ArgumentList) > 0 {
						if lit, ok := n.ArgumentList[0].(*ast.StringLiteral); ok && lit.Value == "message" {
							listens = true
						}
					}
				}
			}
		case *ast.AssignExpression:
			if n.Operator != token.ASSIGN {
				return
			}
			switch t := n.Left.(type) {
			case *ast.Identifier:
				listens = listens || t.Name == "onmessage" && free(t)
			case *ast.DotExpression:
				listens = listens || t.Identifier.Name == "onmessage" && isSelf(t.Left, free)
			}
		}
	})
	return imports || listens && posts
}

// isSelf reports the worker's global object: self or globalThis.
func isSelf(e ast.Expression, free func(*ast.Identifier) bool) bool {
	id, ok := e.(*ast.Identifier)
	return ok && (id.Name == "self" || id.Name == "globalThis") && free(id)
}
