package shuffle

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
)

// datasetMethods are the tf.data Dataset methods that return a Dataset.
var datasetMethods = map[string]bool{
	"batch": true, "concatenate": true, "filter": true, "map": true, "mapAsync": true,
	"prefetch": true, "repeat": true, "shuffle": true, "skip": true, "take": true,
}

// pipe summarizes the tf.data pipelines an expression may hold.
type pipe struct {
	known    bool     // every path starts at tf.data.array, tf.data.csv or tf.data.zip of known pipelines
	cycle    bool     // the value only loops back into one being walked
	root     ast.Node // the first tf.data.* call found
	shuffled bool     // some path calls .shuffle(…)
	ops      bool     // a Dataset method was seen: the value is a dataset even if its root is unknown
	noFix    bool     // a batch sits inside a zip component: shuffling there would misalign
	roots    int      // how many different tf.data.* sources the paths start at (up to 2)
	size     int      // number of samples when known, else -1
	// batches holds, per path, the first .batch(…) call with no shuffle before it.
	batches []*ast.CallExpression
}

var unknown = pipe{size: -1}

// walk follows e back to where its dataset is built.
func (c *checker) walk(e ast.Expression) pipe {
	if e == nil {
		return unknown
	}
	if !c.trail.Enter(e) {
		if c.trail.Inside(e) {
			return pipe{known: true, cycle: true, size: -1}
		}
		return unknown
	}
	defer c.trail.Leave(e)
	switch e := e.(type) {
	case *ast.NullLiteral:
		return pipe{known: true, cycle: true, size: -1} // `this.ds = null` until built
	case *ast.AwaitExpression:
		return c.walk(e.Argument)
	case *ast.ConditionalExpression:
		return merge([]pipe{c.walk(e.Consequent), c.walk(e.Alternate)})
	case *ast.Identifier, *ast.DotExpression:
		vals, ok := c.fl.ValuesOf(e)
		if !ok {
			return unknown
		}
		ps := make([]pipe, len(vals))
		for i, v := range vals {
			ps[i] = c.walk(v)
		}
		return merge(ps)
	case *ast.CallExpression:
		return c.walkCall(e)
	}
	return unknown
}

func (c *checker) walkCall(call *ast.CallExpression) pipe {
	args := call.ArgumentList
	switch name := c.info.Name(call.Callee); name {
	case "tf.data.array":
		p := pipe{known: true, root: call, roots: 1, size: -1}
		if len(args) > 0 {
			p.size = c.arraySize(args[0])
		}
		return p
	case "tf.data.csv":
		return pipe{known: true, root: call, roots: 1, size: -1}
	case "tf.data.zip":
		if len(args) == 0 {
			return unknown
		}
		var parts []ast.Expression
		switch lit := args[0].(type) {
		case *ast.ObjectLiteral:
			for _, prop := range lit.Value {
				switch prop := prop.(type) {
				case *ast.PropertyKeyed:
					parts = append(parts, prop.Value)
				case *ast.PropertyShort:
					parts = append(parts, &prop.Name)
				default:
					return unknown
				}
			}
		case *ast.ArrayLiteral:
			parts = lit.Value
		default:
			return unknown
		}
		if len(parts) == 0 {
			return unknown
		}
		ps := make([]pipe, len(parts))
		for i, part := range parts {
			ps[i] = c.walk(part)
		}
		p := merge(ps)
		p.root, p.roots = call, 1
		p.size = -1
		if len(p.batches) > 0 {
			p.noFix, p.batches = true, nil
		}
		sizes := -2
		for _, q := range ps {
			switch {
			case q.size < 0:
				sizes = -1
			case sizes == -2 || q.size < sizes && sizes != -1:
				sizes = q.size
			}
		}
		if sizes >= 0 {
			p.size = sizes
		}
		return p
	case "":
	default:
		return unknown // tf.data.generator, tf.data.func, other APIs
	}
	if dot, ok := call.Callee.(*ast.DotExpression); ok && datasetMethods[dot.Identifier.Name.String()] {
		p := c.walk(dot.Left)
		p.ops = true
		p.batches = append([]*ast.CallExpression(nil), p.batches...)
		switch dot.Identifier.Name {
		case "shuffle":
			p.shuffled = true
		case "batch":
			if !p.shuffled && len(p.batches) == 0 {
				p.batches = []*ast.CallExpression{call}
			}
		case "concatenate":
			if len(args) == 0 {
				return unknown
			}
			q := c.walk(args[0])
			r := merge([]pipe{p, q})
			r.root, r.roots, r.size = p.root, 2, -1
			if p.size >= 0 && q.size >= 0 {
				r.size = p.size + q.size
			}
			return r
		case "take":
			if len(args) > 0 {
				if n, ok := c.ev().Number(args[0]); ok && n >= 0 && (p.size < 0 || int(n) < p.size) {
					p.size = int(n)
				}
			}
		}
		return p
	}
	if fn := c.fl.Callee(call); fn != nil {
		if c.trail.Enter(fn) {
			defer c.trail.Leave(fn)
			rets, _ := flow.Returns(fn)
			if len(rets) == 0 {
				return unknown
			}
			ps := make([]pipe, len(rets))
			for i, r := range rets {
				ps[i] = c.walk(r)
			}
			return merge(ps)
		}
	}
	return unknown
}

// merge combines the pipelines of the paths a value may take.
func merge(ps []pipe) pipe {
	if len(ps) == 0 {
		return unknown
	}
	out := pipe{known: true, cycle: true, size: -2}
	seen := map[*ast.CallExpression]bool{}
	for _, p := range ps {
		out.shuffled = out.shuffled || p.shuffled
		out.ops = out.ops || p.ops
		out.noFix = out.noFix || p.noFix
		for _, b := range p.batches {
			if !seen[b] {
				seen[b] = true
				out.batches = append(out.batches, b)
			}
		}
		if p.cycle {
			continue
		}
		out.cycle = false
		out.known = out.known && p.known
		switch {
		case out.root == nil:
			out.root, out.roots = p.root, p.roots
		case p.root != nil && p.root != out.root:
			out.roots = 2
		}
		switch {
		case out.size == -2:
			out.size = p.size
		case out.size != p.size:
			out.size = -1
		}
	}
	if out.size == -2 {
		out.size = -1
	}
	return out
}

// arraySize returns the length of the array literal e is, or that a const
// array variable read only here holds (any other use could push to it); -1
// otherwise.
func (c *checker) arraySize(e ast.Expression) int {
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		for _, v := range x.Value {
			if _, spread := v.(*ast.SpreadElement); spread || v == nil {
				return -1
			}
		}
		return len(x.Value)
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b == nil || b.Reassigned() || len(b.Refs) != 1 {
			return -1
		}
		if lit, ok := b.Init.(*ast.ArrayLiteral); ok {
			return c.arraySize(lit)
		}
	}
	return -1
}
