package flow

import "github.com/grafana/sobek/ast"

// Trail guards a recursive walk through values: it refuses a node the walk
// is already inside (a value that loops back) and walks deeper than Max.
type Trail struct {
	Max   int
	on    map[ast.Node]bool
	depth int
}

// Enter steps into n; false when the walk is already inside n or Max deep.
func (t *Trail) Enter(n ast.Node) bool {
	if t.on[n] || t.depth >= t.Max {
		return false
	}
	if t.on == nil {
		t.on = map[ast.Node]bool{}
	}
	t.on[n] = true
	t.depth++
	return true
}

// Leave steps back out of n.
func (t *Trail) Leave(n ast.Node) {
	delete(t.on, n)
	t.depth--
}

// Inside reports whether the walk is inside n.
func (t *Trail) Inside(n ast.Node) bool { return t.on[n] }
