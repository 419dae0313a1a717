package tensorlife

import (
	"slices"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// collectParamReads records where the parameters of local functions are
// read, so that passing a tensor to a local function can be judged by what
// the function does with it.
func (r *Result) collectParamReads() {
	r.File.Inspector().WithStack([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		id := n.(*ast.Identifier)
		if b := r.TF.Scope.Uses[id]; b != nil && b.Kind == jsast.Param && !slices.Contains(b.Writes, id) {
			// Fates are decided at or below the parameter's own function:
			// keep the stack from there (a bundle nests everything in a
			// wrapper, and every read kept its whole path).
			if own := bindingFunc(b); own != nil {
				if k := slices.Index(stack, own); k > 0 {
					stack = stack[k:]
				}
			}
			r.params[b] = append(r.params[b], slices.Clone(stack))
		}
		return true
	})
}

// paramFor is the parameter of fn that receives argument i of call.
func (r *Result) paramFor(fn ast.Node, call *ast.CallExpression, i int) *jsast.Binding {
	params := jsast.FunctionParams(fn)
	if params == nil || i < 0 || i >= len(params.List) {
		return nil
	}
	id, ok := params.List[i].Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	return r.TF.Scope.ObjectOf(id)
}

// paramReleased reports whether a function may release what it receives
// in parameter p: some read of p disposes, returns, stores or hands it on.
// A recursive cycle counts as releasing, which is the safe answer.
func (r *Result) paramReleased(p *jsast.Binding) bool {
	switch r.paramMemo[p] {
	case paramComputing, paramReleases:
		return true
	case paramKeeps:
		return false
	}
	r.paramMemo[p] = paramComputing
	released := p.Reassigned() // a reassigned parameter is too hard to follow
	for _, stack := range r.params[p] {
		if released {
			break
		}
		released = releases(r.refFate(stack, p))
	}
	if released {
		r.paramMemo[p] = paramReleases
	} else {
		r.paramMemo[p] = paramKeeps
	}
	return released
}
