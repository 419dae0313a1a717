package lint

import (
	"path/filepath"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// markCPUBackend sets CPUBackend on the files whose every program runs on
// tfjs's CPU backend: each root of the run that loads the file (a page, or
// a file nothing in the run loads; Jest test files aside) loads, directly or
// through its imports, a file that calls setBackend('cpu'). A readback there
// waits for no GPU, whichever file of the program sets the backend.
func markCPUBackend(g *Graph, parsed []*jsast.File, ctxs []*runctx.Context) {
	index := make(map[string]int, len(parsed))
	for i, f := range parsed {
		if f != nil {
			index[f.Name] = i
		}
	}
	cpu := make([]bool, len(parsed))
	someCPU := false
	for i, f := range parsed {
		if f != nil && setsCPUBackend(f) {
			cpu[i], someCPU = true, true
		}
	}
	if !someCPU {
		return
	}
	loaded := make([]bool, len(parsed))
	out := make([][]int, len(parsed))
	for _, e := range g.Edges {
		from, ok1 := index[e.From]
		to, ok2 := index[e.To]
		if !ok1 || !ok2 || e.Kind == EdgeWorker {
			continue
		}
		loaded[to] = true
		out[from] = append(out[from], to)
	}
	// For each root, what it reaches; a file is on the CPU backend when
	// every root reaching it reaches a file that sets it.
	reachedBy := make([]int, len(parsed))  // roots that reach the file
	reachedCPU := make([]int, len(parsed)) // of those, roots whose program sets the CPU backend
	for r, f := range parsed {
		if f == nil || loaded[r] || jestTest(f.Name) {
			continue
		}
		seen := map[int]bool{r: true}
		queue := []int{r}
		for len(queue) > 0 {
			i := queue[0]
			queue = queue[1:]
			for _, to := range out[i] {
				if !seen[to] {
					seen[to] = true
					queue = append(queue, to)
				}
			}
		}
		setsCPU := false
		for i := range seen {
			setsCPU = setsCPU || cpu[i]
		}
		for i := range seen {
			reachedBy[i]++
			if setsCPU {
				reachedCPU[i]++
			}
		}
	}
	for i := range parsed {
		ctxs[i].CPUBackend = reachedBy[i] > 0 && reachedCPU[i] == reachedBy[i]
	}
}

// jestTest reports a file Jest runs as a test by default: *.test.*,
// *.spec.*, or under __tests__.
func jestTest(name string) bool {
	base := filepath.Base(name)
	return strings.Contains(base, ".test.") || strings.Contains(base, ".spec.") ||
		strings.Contains(filepath.ToSlash(name), "/__tests__/")
}

// setsCPUBackend reports a file that calls setBackend('cpu') (on tf or
// on what a module imports as tf) and sets no other backend.
func setsCPUBackend(f *jsast.File) bool {
	if !strings.Contains(string(f.Src), "setBackend") {
		return false
	}
	cpu, other := false, false
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "setBackend" || len(call.ArgumentList) == 0 {
			return
		}
		if lit, ok := call.ArgumentList[0].(*ast.StringLiteral); ok && lit.Value == "cpu" {
			cpu = true
		} else {
			other = true // webgl first, cpu as a fallback: the GPU is used where there is one
		}
	})
	return cpu && !other
}
