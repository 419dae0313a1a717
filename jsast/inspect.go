package jsast

import (
	"reflect"

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
	node  ast.Node
	typ   uint64 // bit of the node's type
	index int    // index of the matching pop event, or of the push for a pop
}

// NewInspector builds the traversal of root iteratively, so that any depth of
// tree can be measured (see Depth) without growing the Go stack.
func NewInspector(root ast.Node) *Inspector {
	in := &Inspector{}
	if isNil(root) {
		return in
	}
	// work is a stack of nodes to enter; an entry with exit >= 0 instead
	// closes the node whose push event is at that index.
	type item struct {
		node ast.Node
		exit int
	}
	work := []item{{node: root, exit: -1}}
	var kids []ast.Node
	depth := 0
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		if it.exit >= 0 {
			push := it.exit
			in.events[push].index = len(in.events)
			in.events = append(in.events, event{node: in.events[push].node, typ: in.events[push].typ, index: push})
			depth--
			continue
		}
		in.events = append(in.events, event{node: it.node, typ: typeBit(it.node)})
		depth++
		in.depth = max(in.depth, depth)
		work = append(work, item{exit: len(in.events) - 1})
		kids = appendChildren(kids[:0], it.node)
		for i := len(kids) - 1; i >= 0; i-- {
			work = append(work, item{node: kids[i], exit: -1})
		}
	}
	return in
}

func (in *Inspector) appendInspector(other *Inspector) {
	base := len(in.events)
	for _, ev := range other.events {
		ev.index += base
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
		if ev.index > i && ev.typ&mask != 0 {
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
		if ev.index > i { // push
			stack = append(stack, ev.node)
			if ev.typ&mask != 0 && !fn(ev.node, true, stack) {
				i = ev.index // jump to the pop
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

var typeBits = map[reflect.Type]uint64{}

// typeBit gives each node type one bit; types past 63 share the last one,
// which only makes filtering coarser (callers type-switch anyway).
func typeBit(n ast.Node) uint64 {
	if b, ok := typeBits[reflect.TypeOf(n)]; ok {
		return b
	}
	return 1 << 63
}

func init() {
	nodes := []ast.Node{
		(*ast.Program)(nil), (*ast.Identifier)(nil), (*ast.CallExpression)(nil), (*ast.DotExpression)(nil),
		(*ast.NewExpression)(nil), (*ast.AssignExpression)(nil), (*ast.FunctionLiteral)(nil),
		(*ast.ArrowFunctionLiteral)(nil), (*ast.ClassLiteral)(nil), (*ast.ObjectLiteral)(nil),
		(*ast.PropertyKeyed)(nil), (*ast.PropertyShort)(nil), (*ast.StringLiteral)(nil), (*ast.NumberLiteral)(nil),
		(*ast.BracketExpression)(nil), (*ast.ArrayLiteral)(nil), (*ast.BinaryExpression)(nil),
		(*ast.UnaryExpression)(nil), (*ast.ConditionalExpression)(nil), (*ast.AwaitExpression)(nil),
		(*ast.TemplateLiteral)(nil), (*ast.RegExpLiteral)(nil), (*ast.SequenceExpression)(nil),
		(*ast.SpreadElement)(nil), (*ast.ObjectPattern)(nil), (*ast.ArrayPattern)(nil), (*ast.Binding)(nil),
		(*ast.ParameterList)(nil), (*ast.ExpressionBody)(nil), (*ast.BooleanLiteral)(nil), (*ast.NullLiteral)(nil),
		(*ast.ThisExpression)(nil), (*ast.OptionalChain)(nil), (*ast.Optional)(nil), (*ast.YieldExpression)(nil),
		(*ast.BlockStatement)(nil), (*ast.ExpressionStatement)(nil), (*ast.VariableStatement)(nil),
		(*ast.LexicalDeclaration)(nil), (*ast.FunctionDeclaration)(nil), (*ast.ClassDeclaration)(nil),
		(*ast.ReturnStatement)(nil), (*ast.IfStatement)(nil), (*ast.ForStatement)(nil), (*ast.ForOfStatement)(nil),
		(*ast.ForInStatement)(nil), (*ast.WhileStatement)(nil), (*ast.DoWhileStatement)(nil),
		(*ast.TryStatement)(nil), (*ast.CatchStatement)(nil), (*ast.SwitchStatement)(nil), (*ast.CaseStatement)(nil),
		(*ast.ThrowStatement)(nil), (*ast.LabelledStatement)(nil), (*ast.ImportDeclaration)(nil),
		(*ast.ExportDeclaration)(nil), (*ast.MethodDefinition)(nil), (*ast.FieldDefinition)(nil),
		(*ast.ClassStaticBlock)(nil), (*ast.ForLoopInitializerLexicalDecl)(nil), (*ast.ForDeclaration)(nil),
		(*ast.ForIntoVar)(nil), (*ast.ForLoopInitializerVarDeclList)(nil),
	}
	for i, n := range nodes {
		typeBits[reflect.TypeOf(n)] = 1 << min(i, 63)
	}
}
