package jsast

import (
	"cmp"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/grafana/sobek/ast"
)

// MaxDepth is the deepest AST jsast hands to analyzers; deeper trees (long
// operator chains survive the nesting pre-scan) are refused so that recursive
// walks above jsast stay safe.
const MaxDepth = 100_000

// Inspector is a pre-computed traversal of a Program, like x/tools'
// inspector: Preorder and WithStack replay it without recursion. Nodes are
// stored once, in preorder, with where each one's subtree ends: 28 bytes a
// node, which matters on a forced 15 MB bundle of millions of nodes.
type Inspector struct {
	nodes []ast.Node
	meta  []nodeMeta
	depth int
}

type nodeMeta struct {
	end    int32 // index after the node's last descendant
	parent int32 // index of the parent; -1 for a root
	typ    uint8 // typeBit's bit number
}

// NewInspector builds the traversal of root iteratively, so that any depth of
// tree can be measured (see Depth) without growing the Go stack.
func NewInspector(root ast.Node) *Inspector { return newInspector(root, 64) }

// newInspector sizes the node list for about sizeHint nodes.
func newInspector(root ast.Node, sizeHint int) *Inspector {
	in := &Inspector{nodes: make([]ast.Node, 0, sizeHint), meta: make([]nodeMeta, 0, sizeHint)}
	if isNil(root) {
		return in
	}
	// work is a stack of nodes to enter; an entry with exit >= 0 instead
	// closes the node at that index.
	type item struct {
		node   ast.Node
		exit   int32
		parent int32
	}
	work := make([]item, 1, 256)
	work[0] = item{node: root, exit: -1, parent: -1}
	var kids []ast.Node
	depth := 0
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		if it.exit >= 0 {
			in.meta[it.exit].end = int32(len(in.nodes))
			depth--
			continue
		}
		i := int32(len(in.nodes))
		in.nodes = append(in.nodes, it.node)
		in.meta = append(in.meta, nodeMeta{parent: it.parent, typ: typeNum(it.node)})
		depth++
		in.depth = max(in.depth, depth)
		work = append(work, item{exit: i})
		kids = appendChildren(kids[:0], it.node)
		for k := len(kids) - 1; k >= 0; k-- {
			work = append(work, item{node: kids[k], exit: -1, parent: i})
		}
	}
	return in
}

func (in *Inspector) appendInspector(other *Inspector) {
	base := int32(len(in.nodes))
	in.nodes = append(in.nodes, other.nodes...)
	for _, m := range other.meta {
		m.end += base
		if m.parent >= 0 {
			m.parent += base
		}
		in.meta = append(in.meta, m)
	}
	in.depth = max(in.depth, other.depth)
}

// Depth is the depth of the deepest node.
func (in *Inspector) Depth() int { return in.depth }

// Preorder calls fn for each node, in depth-first preorder, whose type is in
// types (all nodes when types is empty).
func (in *Inspector) Preorder(types []ast.Node, fn func(ast.Node)) {
	mask := maskOf(types)
	for i, m := range in.meta {
		if mask&(1<<m.typ) != 0 {
			fn(in.nodes[i])
		}
	}
}

// WithStack calls fn on entering (push) and leaving (!push) each node of the
// given types. stack holds the path from the root to n inclusive. When fn
// returns false on entering, the node's children are skipped.
func (in *Inspector) WithStack(types []ast.Node, fn func(n ast.Node, push bool, stack []ast.Node) bool) {
	mask := maskOf(types)
	var stack []ast.Node
	var open []int32 // the indices of stack's nodes
	pop := func(upto int) {
		for len(open) > 0 && int(in.meta[open[len(open)-1]].end) <= upto {
			k := open[len(open)-1]
			if mask&(1<<in.meta[k].typ) != 0 {
				fn(in.nodes[k], false, stack)
			}
			stack, open = stack[:len(stack)-1], open[:len(open)-1]
		}
	}
	for i := 0; i < len(in.nodes); {
		pop(i)
		m := in.meta[i]
		stack, open = append(stack, in.nodes[i]), append(open, int32(i))
		if mask&(1<<m.typ) != 0 && !fn(in.nodes[i], true, stack) {
			i = int(m.end) // skip the children
			continue
		}
		i++
	}
	pop(len(in.nodes))
}

func maskOf(types []ast.Node) uint64 {
	if len(types) == 0 {
		return ^uint64(0)
	}
	var m uint64
	for _, t := range types {
		m |= typeBit(t)
	}
	return m
}

// typeNum is the number of typeBit's bit.
func typeNum(n ast.Node) uint8 { return uint8(bits.TrailingZeros64(typeBit(n))) }

// typeBit gives each node type its own bit for Preorder's type filter;
// types not listed share the last bit, which only makes filtering coarser
// (callers type-switch anyway). A type switch is several times faster than
// a map keyed by reflect.Type on this hot path.
func typeBit(n ast.Node) uint64 {
	switch n.(type) {
	case *ast.Program:
		return 1 << 0
	case *ast.Identifier:
		return 1 << 1
	case *ast.CallExpression:
		return 1 << 2
	case *ast.DotExpression:
		return 1 << 3
	case *ast.NewExpression:
		return 1 << 4
	case *ast.AssignExpression:
		return 1 << 5
	case *ast.FunctionLiteral:
		return 1 << 6
	case *ast.ArrowFunctionLiteral:
		return 1 << 7
	case *ast.ClassLiteral:
		return 1 << 8
	case *ast.ObjectLiteral:
		return 1 << 9
	case *ast.PropertyKeyed:
		return 1 << 10
	case *ast.PropertyShort:
		return 1 << 11
	case *ast.StringLiteral:
		return 1 << 12
	case *ast.NumberLiteral:
		return 1 << 13
	case *ast.BracketExpression:
		return 1 << 14
	case *ast.ArrayLiteral:
		return 1 << 15
	case *ast.BinaryExpression:
		return 1 << 16
	case *ast.UnaryExpression:
		return 1 << 17
	case *ast.ConditionalExpression:
		return 1 << 18
	case *ast.AwaitExpression:
		return 1 << 19
	case *ast.TemplateLiteral:
		return 1 << 20
	case *ast.RegExpLiteral:
		return 1 << 21
	case *ast.SequenceExpression:
		return 1 << 22
	case *ast.SpreadElement:
		return 1 << 23
	case *ast.ObjectPattern:
		return 1 << 24
	case *ast.ArrayPattern:
		return 1 << 25
	case *ast.Binding:
		return 1 << 26
	case *ast.ParameterList:
		return 1 << 27
	case *ast.ExpressionBody:
		return 1 << 28
	case *ast.BooleanLiteral:
		return 1 << 29
	case *ast.NullLiteral:
		return 1 << 30
	case *ast.ThisExpression:
		return 1 << 31
	case *ast.OptionalChain:
		return 1 << 32
	case *ast.Optional:
		return 1 << 33
	case *ast.YieldExpression:
		return 1 << 34
	case *ast.BlockStatement:
		return 1 << 35
	case *ast.ExpressionStatement:
		return 1 << 36
	case *ast.VariableStatement:
		return 1 << 37
	case *ast.LexicalDeclaration:
		return 1 << 38
	case *ast.FunctionDeclaration:
		return 1 << 39
	case *ast.ClassDeclaration:
		return 1 << 40
	case *ast.ReturnStatement:
		return 1 << 41
	case *ast.IfStatement:
		return 1 << 42
	case *ast.ForStatement:
		return 1 << 43
	case *ast.ForOfStatement:
		return 1 << 44
	case *ast.ForInStatement:
		return 1 << 45
	case *ast.WhileStatement:
		return 1 << 46
	case *ast.DoWhileStatement:
		return 1 << 47
	case *ast.TryStatement:
		return 1 << 48
	case *ast.CatchStatement:
		return 1 << 49
	case *ast.SwitchStatement:
		return 1 << 50
	case *ast.CaseStatement:
		return 1 << 51
	case *ast.ThrowStatement:
		return 1 << 52
	case *ast.LabelledStatement:
		return 1 << 53
	case *ast.ImportDeclaration:
		return 1 << 54
	case *ast.ExportDeclaration:
		return 1 << 55
	case *ast.MethodDefinition:
		return 1 << 56
	case *ast.FieldDefinition:
		return 1 << 57
	case *ast.ClassStaticBlock:
		return 1 << 58
	case *ast.ForLoopInitializerLexicalDecl:
		return 1 << 59
	case *ast.ForDeclaration:
		return 1 << 60
	case *ast.ForIntoVar:
		return 1 << 61
	case *ast.ForLoopInitializerVarDeclList:
		return 1 << 62
	}
	return 1 << 63
}

// parentIndex lists the nodes' indices sorted by node (address and type,
// so that a node and its first field do not collide), for Parent: 4 bytes
// a node where a map took about 40.
func (in *Inspector) parentIndex() []int32 {
	// Sort the keys themselves (no indirection while sorting), then keep
	// only the indices.
	type entry struct {
		key nodeKey
		i   int32
	}
	es := make([]entry, len(in.nodes))
	for i, n := range in.nodes {
		es[i] = entry{nodeKey{keyPtr(n), in.meta[i].typ}, int32(i)}
	}
	slices.SortFunc(es, func(a, b entry) int { return a.key.compare(b.key) })
	idx := make([]int32, len(es))
	for i, e := range es {
		idx[i] = e.i
	}
	return idx
}

// find returns the index of node n, by binary search in parentIndex's list.
func (in *Inspector) find(sorted []int32, n ast.Node) (int32, bool) {
	key := nodeKey{keyPtr(n), typeNum(n)}
	j, ok := slices.BinarySearchFunc(sorted, key, func(i int32, k nodeKey) int {
		return nodeKey{keyPtr(in.nodes[i]), in.meta[i].typ}.compare(k)
	})
	if !ok {
		return 0, false
	}
	return sorted[j], true
}

// nodeKey identifies a node without hashing an interface.
type nodeKey struct {
	ptr uintptr
	typ uint8
}

func (k nodeKey) compare(o nodeKey) int {
	if c := cmp.Compare(k.ptr, o.ptr); c != 0 {
		return c
	}
	return cmp.Compare(k.typ, o.typ)
}

func keyPtr(n ast.Node) uintptr {
	return uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&n))[1])
}
