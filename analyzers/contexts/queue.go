package contexts

import (
	"slices"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// indexQueueGuards finds the work a timer does only when a job waits: an
// interval (or re-armed timeout) callback whose statements run under
// `if (queue.length > 0) { … queue.shift() … }`, or after
// `if (queue.length === 0) return;` with the shift further on. That work
// runs once per queued job, which something else (a request, a message)
// queued, not once per tick: a per-event context of its own.
func (c *Info) indexQueueGuards() {
	fns := make([]ast.Node, 0, len(c.repeated))
	for fn, r := range c.repeated {
		if (r.Kind == Interval || r.Kind == Timer) && r.Node == fn {
			fns = append(fns, fn)
		}
	}
	slices.SortFunc(fns, func(a, b ast.Node) int { return int(a.Idx0()) - int(b.Idx0()) })
	for _, fn := range fns {
		body, ok := jsast.FunctionBody(fn).(*ast.BlockStatement)
		if !ok {
			continue
		}
		for k, st := range body.List {
			ifs, ok := st.(*ast.IfStatement)
			if !ok {
				continue
			}
			if q := c.nonEmptyQueue(ifs.Test); q != "" && c.dequeues(ifs.Consequent, q) {
				c.markQueued(ifs.Consequent)
				continue
			}
			if q := c.emptyQueue(ifs.Test); q != "" && ifs.Alternate == nil && exits(ifs.Consequent) {
				rest := body.List[k+1:]
				if slices.ContainsFunc(rest, func(s ast.Statement) bool { return c.dequeues(s, q) }) {
					for _, s := range rest {
						c.markQueued(s)
					}
				}
				break
			}
		}
	}
}

func (c *Info) markQueued(n ast.Node) {
	if c.queued == nil {
		c.queued = map[ast.Node]*Repeat{}
	}
	c.queued[n] = &Repeat{Kind: Listener, Node: n, Detail: "job"}
}

// nonEmptyQueue returns the array a test finds non-empty (`q.length > 0`,
// `q.length`, `q.length !== 0`, `q.length >= 1`), also as one operand of
// an &&; "" otherwise.
func (c *Info) nonEmptyQueue(e ast.Expression) string {
	switch x := e.(type) {
	case *ast.DotExpression:
		if x.Identifier.Name == "length" {
			return c.File.Text(x.Left)
		}
	case *ast.BinaryExpression:
		switch x.Operator {
		case token.LOGICAL_AND:
			if q := c.nonEmptyQueue(x.Left); q != "" {
				return q
			}
			return c.nonEmptyQueue(x.Right)
		case token.GREATER, token.NOT_EQUAL, token.STRICT_NOT_EQUAL:
			if c.numberIs(x.Right, 0) {
				return c.lengthOf(x.Left)
			}
		case token.GREATER_OR_EQUAL:
			if c.numberIs(x.Right, 1) {
				return c.lengthOf(x.Left)
			}
		}
	}
	return ""
}

// emptyQueue returns the array a test finds empty (`!q.length`,
// `q.length === 0`, `q.length < 1`), also as one operand of an ||.
func (c *Info) emptyQueue(e ast.Expression) string {
	switch x := e.(type) {
	case *ast.UnaryExpression:
		if x.Operator == token.NOT {
			return c.lengthOf(x.Operand)
		}
	case *ast.BinaryExpression:
		switch x.Operator {
		case token.LOGICAL_OR:
			if q := c.emptyQueue(x.Left); q != "" {
				return q
			}
			return c.emptyQueue(x.Right)
		case token.EQUAL, token.STRICT_EQUAL, token.LESS_OR_EQUAL:
			if c.numberIs(x.Right, 0) {
				return c.lengthOf(x.Left)
			}
		case token.LESS:
			if c.numberIs(x.Right, 1) {
				return c.lengthOf(x.Left)
			}
		}
	}
	return ""
}

// lengthOf returns q for `q.length`, else "".
func (c *Info) lengthOf(e ast.Expression) string {
	if d, ok := e.(*ast.DotExpression); ok && d.Identifier.Name == "length" {
		return c.File.Text(d.Left)
	}
	return ""
}

func (c *Info) numberIs(e ast.Expression, v float64) bool {
	n, ok := c.ev.Number(e)
	return ok && n == v
}

// dequeues reports a `q.shift()`, `q.pop()` or `q.splice(…)` call in n.
func (c *Info) dequeues(n ast.Node, q string) bool {
	found := false
	jsast.NewInspector(n).Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(m ast.Node) {
		dot, ok := m.(*ast.CallExpression).Callee.(*ast.DotExpression)
		if !ok || found {
			return
		}
		switch dot.Identifier.Name {
		case "shift", "pop", "splice":
			found = c.File.Text(dot.Left) == q
		}
	})
	return found
}

// exits reports a branch that leaves the callback: `return;` alone or as
// the only statement of a block.
func exits(s ast.Statement) bool {
	if b, ok := s.(*ast.BlockStatement); ok && len(b.List) == 1 {
		s = b.List[0]
	}
	_, ok := s.(*ast.ReturnStatement)
	return ok
}
