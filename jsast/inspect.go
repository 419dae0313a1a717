package jsast

import (
	"unsafe"

	"github.com/grafana/sobek/ast"
)

// MaxDepth is the deepest AST jsast hands to analyzers; deeper trees (long
// operator chains survive the nesting pre-scan) are refused so that recursive
// walks above jsast stay safe.
const MaxDepth = 100_000

// Inspector is a pre-computed traversal of a Program, like x/tools'
// inspector: Preorder and WithStack replay it without recursion.
type Inspector struct {
	events []event
	depth  int
}

type event struct {
	node   ast.Node
	typ    uint64 // bit of the node's type
	index  int32  // index of the matching pop event, or of the push for a pop
	parent int32  // index of the parent's push event; -1 for a root
}

// NewInspector builds the traversal of root iteratively, so that any depth of
// tree can be measured (see Depth) without growing the Go stack.
func NewInspector(root ast.Node) *Inspector { return newInspector(root, 64) }

// newInspector sizes the event list for about sizeHint events (a node
// every six bytes of source is typical, and each has two events).
func newInspector(root ast.Node, sizeHint int) *Inspector {
	in := &Inspector{events: make([]event, 0, sizeHint)}
	if isNil(root) {
		return in
	}
	// work is a stack of nodes to enter; an entry with exit >= 0 instead
	// closes the node whose push event is at that index.
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
			push := it.exit
			in.events[push].index = int32(len(in.events))
			pe := in.events[push]
			in.events = append(in.events, event{node: pe.node, typ: pe.typ, index: push, parent: pe.parent})
			depth--
			continue
		}
		push := int32(len(in.events))
		in.events = append(in.events, event{node: it.node, typ: typeBit(it.node), parent: it.parent})
		depth++
		in.depth = max(in.depth, depth)
		work = append(work, item{exit: push})
		kids = appendChildren(kids[:0], it.node)
		for i := len(kids) - 1; i >= 0; i-- {
			work = append(work, item{node: kids[i], exit: -1, parent: push})
		}
	}
	return in
}

func (in *Inspector) appendInspector(other *Inspector) {
	base := int32(len(in.events))
	for _, ev := range other.events {
		ev.index += base
		if ev.parent >= 0 {
			ev.parent += base
		}
		in.events = append(in.events, ev)
	}
	in.depth = max(in.depth, other.depth)
}

// Depth is the depth of the deepest node.
func (in *Inspector) Depth() int { return in.depth }

// Preorder calls fn for each node, in depth-first preorder, whose type is in
// types (all nodes when types is empty).
func (in *Inspector) Preorder(types []ast.Node, fn func(ast.Node)) {
	mask := maskOf(types)
	for i := 0; i < len(in.events); i++ {
		ev := in.events[i]
		if int(ev.index) > i && ev.typ&mask != 0 {
			fn(ev.node)
		}
	}
}

// WithStack calls fn on entering (push) and leaving (!push) each node of the
// given types. stack holds the path from the root to n inclusive. When fn
// returns false on entering, the node's children are skipped.
func (in *Inspector) WithStack(types []ast.Node, fn func(n ast.Node, push bool, stack []ast.Node) bool) {
	mask := maskOf(types)
	var stack []ast.Node
	for i := 0; i < len(in.events); {
		ev := in.events[i]
		if int(ev.index) > i { // push
			stack = append(stack, ev.node)
			if ev.typ&mask != 0 && !fn(ev.node, true, stack) {
				i = int(ev.index) // jump to the pop
				continue
			}
		} else { // pop
			if ev.typ&mask != 0 {
				fn(ev.node, false, stack)
			}
			stack = stack[:len(stack)-1]
		}
		i++
	}
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

// parentIndex maps each node (by address and type, so that a node and its
// first field do not collide) to its push event, for Parent.
func (in *Inspector) parentIndex() map[nodeKey]int32 {
	m := make(map[nodeKey]int32, len(in.events)/2)
	for i, ev := range in.events {
		if int(ev.index) > i {
			m[keyOf(ev.node)] = int32(i)
		}
	}
	return m
}

// nodeKey identifies a node without hashing an interface.
type nodeKey struct {
	ptr uintptr
	typ uint64
}

func keyOf(n ast.Node) nodeKey {
	return nodeKey{uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&n))[1]), typeBit(n)}
}
