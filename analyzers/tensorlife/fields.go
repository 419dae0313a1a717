package tensorlife

import (
	"slices"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/jsast"
)

// fieldKey is one field of one class: this.X inside that class.
type fieldKey struct {
	class *ast.ClassLiteral
	name  string
}

// fieldRead is one read of this.X, with what its context does with it.
type fieldRead struct {
	dot   *ast.DotExpression
	fate  Fate
	owner ast.Node // the function whose invocation runs the read
}

// fieldStore returns this.X when the last node of stack is stored into a
// class field whose TypeScript annotation declares a tensor
// (`xs: tf.Tensor2D | null`): the field owns it, and replacing it without
// disposing the old value leaks that one. Fields without that declaration
// are someone else's business, as any property store.
func (r *Result) fieldStore(stack []ast.Node) *ast.DotExpression {
	for i := len(stack) - 1; i > 0; i-- {
		cur, parent := stack[i], stack[i-1]
		switch p := parent.(type) {
		case *ast.AwaitExpression:
			continue
		case *ast.ConditionalExpression:
			if cur != p.Test {
				continue
			}
		case *ast.AssignExpression:
			dot, ok := p.Left.(*ast.DotExpression)
			if !ok || cur != p.Right || p.Operator != token.ASSIGN {
				return nil
			}
			if _, this := dot.Left.(*ast.ThisExpression); this && r.TF.AnnotatedField(dot) == "Tensor" {
				return dot
			}
		}
		return nil
	}
	return nil
}

func (r *Result) keyOf(dot *ast.DotExpression) fieldKey {
	return fieldKey{r.TF.EnclosingClass(dot), dot.Identifier.Name.String()}
}

// collectFieldReads records the reads of the fields the file's tensors are
// stored in (reads only: this.X = … is the store itself).
func (r *Result) collectFieldReads() {
	want := map[fieldKey]bool{}
	for _, a := range r.Allocs {
		if a.Field != nil {
			want[r.keyOf(a.Field)] = true
		}
	}
	if len(want) == 0 {
		return
	}
	r.fieldReads = map[fieldKey][]fieldRead{}
	r.File.Inspector().WithStack([]ast.Node{(*ast.DotExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		dot := n.(*ast.DotExpression)
		if !push {
			return true
		}
		if _, this := dot.Left.(*ast.ThisExpression); !this {
			return true
		}
		k := r.keyOf(dot)
		if !want[k] {
			return true
		}
		if a, ok := stack[len(stack)-2].(*ast.AssignExpression); ok && a.Left == ast.Expression(dot) {
			return true
		}
		f, _, _, _ := r.fateOf(stack)
		r.fieldReads[k] = append(r.fieldReads[k], fieldRead{dot: dot, fate: f, owner: contexts.BoundaryFunc(stack)})
		return true
	})
}

// FieldReleased reports whether the tensor field a stores into (a.Field)
// gives up its previous value where a's code repeats: a read of it that
// disposes, hands on or keeps it (`this.xs?.dispose()`, `const old =
// this.xs`, `history.push(this.xs)`) in the repeated region or in the
// methods the region calls, or, when the repetition comes from callers
// the analysis does not follow into, anywhere in the class.
func (r *Result) FieldReleased(a *Alloc) bool {
	if a.Field == nil {
		return true
	}
	region := a.Ctx.Region
	reads := r.fieldReads[r.keyOf(a.Field)]
	if region == nil || jsast.IsFunction(region) || region == a.Ctx.Func {
		for _, x := range reads {
			if releases(x.fate) {
				return true
			}
		}
		return false
	}
	// The repeated region, and the methods it calls on this (transitively).
	areas := []ast.Node{region}
	for i := 0; i < len(areas) && i < 16; i++ {
		r.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpression)
			if call.Idx0() < areas[i].Idx0() || call.Idx0() >= areas[i].Idx1() {
				return
			}
			if dot, ok := call.Callee.(*ast.DotExpression); ok {
				if m := r.methodOf(dot); m != nil && !slices.Contains(areas, m) {
					areas = append(areas, m)
				}
			}
		})
	}
	for _, x := range reads {
		for i, area := range areas {
			if x.dot.Idx0() < area.Idx0() || x.dot.Idx0() >= area.Idx1() {
				continue
			}
			// A read in a closure the region makes runs out of sight: take
			// it as giving the value up.
			if releases(x.fate) || i == 0 && x.owner != a.Ctx.Func {
				return true
			}
		}
	}
	return false
}
