package useafterdispose

import (
	"bytes"
	"fmt"
	"go/token"
	"sort"
	"strings"

	"github.com/grafana/sobek/ast"
	sobektoken "github.com/grafana/sobek/token"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "useafterdispose",
	Doc:      "reports tensors used after dispose() on the same straight-line path (rule use-after-dispose, tip 13)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/use-after-dispose.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer},
	Run:      run,
}

const rule = "use-after-dispose"

// disposal is one unconditional x.dispose() / tf.dispose(x) statement.
type disposal struct {
	b         *jsast.Binding
	stmtEnd   int      // offset just after the statement
	regionEnd int      // end of the statement list holding it
	fn        ast.Node // the function it runs in
	line      int
	desc      string // "x.dispose()", "tf.dispose([a, b])"
	viaTF     bool   // tf.dispose(…): its argument is known to hold tensors
}

// event is a reference to a disposed binding.
type event struct {
	off   int // where it takes effect: a write at the end of its assignment
	write bool
	fn    ast.Node
	id    *ast.Identifier
	// For reads: whether it touches the tensor's data when the binding is
	// known to hold a tensor (known) or when its kind is unknown (unknown).
	known, unknown bool
	assign         *ast.AssignExpression // for a write: the assignment, if any
	what           string                // "x.add(…) throws \"Tensor is disposed\"", …
	end            token.Pos
	usage          ast.Node // the call or expression that reads it (one report each)
}

type bindingFacts struct {
	events    []*event
	tensor    bool // some value it holds is known to be a tensor (or tensor container)
	nonTensor bool // some value it holds is a known tfjs object that is not a tensor
	viaTF     bool // tf.dispose(…) disposes it, so it holds tensors
}

type checker struct {
	pass     *analysis.Pass
	info     *tfapi.Info
	f        *jsast.File
	disposes []*disposal
	opaque   []int // end offsets of calls outside tfjs and awaits: other code may run there
	refs     []int // offsets of the references to disposed variables, sorted
	// redeclarable: some disposed variable is a var, which a later
	// declaration may assign again.
	redeclarable bool
	facts        map[*jsast.Binding]*bindingFacts
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	if !bytes.Contains(info.File.Src, []byte("dispose")) {
		return nil, nil // nothing can be disposed
	}
	c := &checker{pass: pass, info: info, f: info.File, facts: map[*jsast.Binding]*bindingFacts{}}
	c.prepass()
	if len(c.facts) == 0 {
		return nil, nil
	}
	c.walk()
	if len(c.disposes) == 0 {
		return nil, nil
	}
	c.completeFacts()
	c.report()
	return nil, nil
}

// prepass finds the variables some call disposes (wherever it is: only
// their references are worth recording), where they are referenced, and the
// opaque points: calls outside tfjs and awaits, where other code may run.
func (c *checker) prepass() {
	types := []ast.Node{(*ast.CallExpression)(nil), (*ast.AwaitExpression)(nil), (*ast.YieldExpression)(nil)}
	c.f.Inspector().Preorder(types, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpression:
			bs, _ := c.disposed(n)
			for _, b := range bs {
				if c.facts[b] == nil {
					c.facts[b] = &bindingFacts{}
				}
			}
			if _, ok := c.info.API(n); ok || isConsole(n.Callee) {
				return
			}
			c.opaque = append(c.opaque, c.f.Offset(n.RightParenthesis)+1)
		default:
			c.opaque = append(c.opaque, c.f.Offset(n.Idx1()))
		}
	})
	sort.Ints(c.opaque)
	if len(c.facts) == 0 {
		return
	}
	for b := range c.facts {
		for _, id := range b.Refs {
			c.refs = append(c.refs, c.f.Offset(id.Idx))
		}
		if b.Ident != nil {
			c.refs = append(c.refs, c.f.Offset(b.Ident.Idx))
		}
		if b.Kind == jsast.Var {
			c.redeclarable = true
		}
	}
	if c.redeclarable { // `var x` may be declared again: find those names too
		for id, b := range c.info.Scope.Defs {
			if c.facts[b] != nil {
				c.refs = append(c.refs, c.f.Offset(id.Idx))
			}
		}
	}
	sort.Ints(c.refs)
}

// mentions reports a reference to a disposed variable inside n.
func (c *checker) mentions(n ast.Node) bool {
	start, end := c.off(n)
	i := sort.SearchInts(c.refs, start)
	return i < len(c.refs) && c.refs[i] < end
}

func (c *checker) off(n ast.Node) (int, int) {
	a, b := c.f.Span(n)
	return c.f.Tok.Offset(a), c.f.Tok.Offset(b)
}

// walk records the unconditional disposals and the references to the
// disposed variables, skipping the functions and statements that mention
// none of them.
func (c *checker) walk() {
	types := []ast.Node{
		(*ast.Identifier)(nil), (*ast.ExpressionStatement)(nil),
		(*ast.FunctionLiteral)(nil), (*ast.ArrowFunctionLiteral)(nil), (*ast.ClassLiteral)(nil),
		(*ast.BlockStatement)(nil), (*ast.VariableStatement)(nil), (*ast.LexicalDeclaration)(nil),
		(*ast.IfStatement)(nil), (*ast.ForStatement)(nil), (*ast.ForOfStatement)(nil), (*ast.ForInStatement)(nil),
		(*ast.WhileStatement)(nil), (*ast.DoWhileStatement)(nil), (*ast.TryStatement)(nil),
		(*ast.SwitchStatement)(nil), (*ast.ReturnStatement)(nil),
	}
	c.f.Inspector().WithStack(types, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.Identifier:
			c.reference(n, stack)
			return true
		case *ast.ExpressionStatement:
			if !c.mentions(n) {
				return false
			}
			c.statement(n, stack)
			return true
		}
		return c.mentions(n)
	})
}

// statement records the disposals of an expression statement that sits
// directly in a statement list.
func (c *checker) statement(n *ast.ExpressionStatement, stack []ast.Node) {
	if len(stack) < 2 {
		return
	}
	switch stack[len(stack)-2].(type) {
	case *ast.Program, *ast.BlockStatement, *ast.CaseStatement:
	default:
		return
	}
	exprs := []ast.Expression{n.Expression}
	if seq, ok := n.Expression.(*ast.SequenceExpression); ok {
		exprs = seq.Sequence
	}
	var stmtEnd, regionEnd int
	var fn ast.Node
	for _, e := range exprs {
		call, ok := e.(*ast.CallExpression)
		if !ok {
			continue
		}
		bs, viaTF := c.disposed(call)
		for _, b := range bs {
			if fn == nil {
				_, stmtEnd = c.off(n)
				_, regionEnd = c.off(stack[len(stack)-2])
				fn = c.function(stack)
			}
			pos, _ := c.f.Span(call)
			c.disposes = append(c.disposes, &disposal{
				b: b, stmtEnd: stmtEnd, regionEnd: regionEnd, fn: fn,
				line: c.f.Tok.Line(pos), desc: c.describe(call, viaTF), viaTF: viaTF,
			})
		}
	}
}

// disposed returns the variables a call disposes: x.dispose(), tf.dispose(x),
// tf.dispose([x, y]), tf.dispose({x, y: z}).
func (c *checker) disposed(call *ast.CallExpression) (bs []*jsast.Binding, viaTF bool) {
	if api, ok := c.info.API(call); ok && api.Name == "tf.dispose" {
		if len(call.ArgumentList) != 1 {
			return nil, true
		}
		var out []*jsast.Binding
		add := func(e ast.Expression) {
			if id, ok := e.(*ast.Identifier); ok {
				if b := c.info.Scope.ObjectOf(id); b != nil {
					out = append(out, b)
				}
			}
		}
		switch a := call.ArgumentList[0].(type) {
		case *ast.ArrayLiteral:
			for _, e := range a.Value {
				add(e)
			}
		case *ast.ObjectLiteral:
			for _, p := range a.Value {
				switch p := p.(type) {
				case *ast.PropertyShort:
					if p.Initializer == nil {
						add(&p.Name)
					}
				case *ast.PropertyKeyed:
					add(p.Value)
				}
			}
		default:
			add(a)
		}
		return out, true
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || dot.Identifier.Name != "dispose" || len(call.ArgumentList) != 0 {
		return nil, false
	}
	id, ok := dot.Left.(*ast.Identifier)
	if !ok {
		return nil, false
	}
	if b := c.info.Scope.ObjectOf(id); b != nil {
		return []*jsast.Binding{b}, false
	}
	return nil, false
}

func (c *checker) describe(call *ast.CallExpression, viaTF bool) string {
	if !viaTF || len(call.ArgumentList) == 0 {
		return jsast.ShortCall(call)
	}
	callee := compact(c.f.Text(call.Callee))
	arg := compact(c.f.Text(call.ArgumentList[0]))
	if len(arg) > 40 {
		arg = "…"
	}
	return callee + "(" + arg + ")"
}

func compact(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "[ ", "[")
	s = strings.ReplaceAll(s, " ]", "]")
	return s
}

// function returns the function the last node of stack runs in: the
// innermost function that is not an inline, synchronous tf.tidy callback
// (which runs on the spot), or the Program.
func (c *checker) function(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i > 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			if c.inlineTidy(stack, i) {
				continue
			}
			return n
		case *ast.FieldDefinition, *ast.ClassStaticBlock:
			return n
		}
	}
	return stack[0]
}

func (c *checker) inlineTidy(stack []ast.Node, i int) bool {
	if jsast.IsAsync(stack[i]) {
		return false
	}
	call, ok := stack[i-1].(*ast.CallExpression)
	if !ok {
		return false
	}
	api, ok := c.info.API(call)
	return ok && api.Name == "tf.tidy" && jsast.IsArgument(call.ArgumentList, stack[i])
}

func isConsole(callee ast.Expression) bool {
	dot, ok := callee.(*ast.DotExpression)
	if !ok {
		return false
	}
	id, ok := dot.Left.(*ast.Identifier)
	return ok && id.Name == "console"
}

// reference records a reference to a disposed variable.
func (c *checker) reference(id *ast.Identifier, stack []ast.Node) {
	b := c.info.Scope.ObjectOf(id)
	if b == nil {
		return
	}
	fa := c.facts[b]
	if fa == nil {
		return
	}
	write := false
	for _, w := range b.Writes {
		if w == id {
			write = true
			break
		}
	}
	ev := &event{id: id, fn: c.function(stack)}
	start, end := c.off(id)
	ev.off = start
	switch {
	case write:
		ev.write = true
		if as := nearest[*ast.AssignExpression](stack); as != nil {
			_, ev.off = c.off(as)
			if as.Left == ast.Expression(id) && as.Operator == sobektoken.ASSIGN {
				ev.assign = as
			}
		} else {
			ev.off = end
		}
	case c.info.Scope.Defs[id] == b: // var x = … again
		ev.write = true
		if bi := nearest[*ast.Binding](stack); bi != nil {
			_, ev.off = c.off(bi)
		}
	default:
		c.classify(ev, stack)
	}
	fa.events = append(fa.events, ev)
}

// completeFacts works out what the disposed variables may hold.
func (c *checker) completeFacts() {
	for b, fa := range c.facts {
		c.noteValue(fa, b.Init)
		if b.Source != nil {
			switch c.kindOf(b.Source) {
			case tfapi.KindTensorList, tfapi.KindTensorMap:
				fa.tensor = true
			}
		}
		for _, ev := range fa.events {
			if ev.assign != nil {
				c.noteValue(fa, ev.assign.Right)
			}
		}
	}
	for _, d := range c.disposes {
		if d.viaTF {
			c.facts[d.b].viaTF = true
		}
	}
}

// nearest returns the innermost node of type T in stack (excluding the last).
func nearest[T ast.Node](stack []ast.Node) T {
	var zero T
	for i := len(stack) - 2; i >= 0; i-- {
		if t, ok := stack[i].(T); ok {
			return t
		}
		switch stack[i].(type) {
		case ast.Statement:
			return zero
		}
	}
	return zero
}

func (c *checker) noteValue(fa *bindingFacts, e ast.Expression) {
	if e == nil {
		return
	}
	k := c.kindOf(e)
	switch {
	case k.IsTensorish():
		fa.tensor = true
	case k != tfapi.KindOther:
		fa.nonTensor = true
	}
}

// kindOf is tfapi's KindOf, completed with the class for calls whose kind
// KindOf leaves as Other (tf.tidy returns what its callback returns).
func (c *checker) kindOf(e ast.Expression) tfapi.Kind {
	k := c.info.KindOf(e)
	if k == tfapi.KindOther {
		k = tfapi.ClassKind(c.info.ClassOf(e))
	}
	return k
}

// classify decides whether a read touches the tensor's data.
func (c *checker) classify(ev *event, stack []ast.Node) {
	id := ev.id
	if len(stack) < 2 {
		return
	}
	parent := stack[len(stack)-2]
	var gp ast.Node
	if len(stack) >= 3 {
		gp = stack[len(stack)-3]
	}
	switch p := parent.(type) {
	case *ast.DotExpression:
		call, ok := gp.(*ast.CallExpression)
		if !ok || call.Callee != ast.Expression(p) {
			return // a property read: shape, dtype, isDisposed, …
		}
		method := p.Identifier.Name.String()
		if method == "dispose" {
			return // disposing twice is a no-op
		}
		ev.known = true
		_, isTensorMethod := tfapi.Method("Tensor", method)
		ev.unknown = isTensorMethod
		ev.what = jsast.ShortCall(call) + ` throws "Tensor is disposed"`
		_, ev.end = c.f.Span(call)
		ev.usage = call
	case *ast.CallExpression:
		c.argUse(ev, p, id)
	case *ast.ArrayLiteral:
		if call, ok := gp.(*ast.CallExpression); ok {
			c.argUse(ev, call, p)
		}
	case *ast.PropertyShort, *ast.PropertyKeyed:
		if pk, ok := p.(*ast.PropertyKeyed); ok && pk.Value != ast.Expression(id) {
			return
		}
		if len(stack) >= 4 {
			obj, ok := gp.(*ast.ObjectLiteral)
			if call, ok2 := stack[len(stack)-4].(*ast.CallExpression); ok && ok2 {
				c.argUse(ev, call, obj)
			}
		}
	case *ast.TemplateLiteral:
		if p.Tag == nil {
			ev.known, ev.usage = true, p
			ev.what = "turning it into a string throws \"Tensor is disposed\""
		}
	case *ast.BinaryExpression:
		other := p.Right
		if other == ast.Expression(id) {
			other = p.Left
		}
		if p.Operator == sobektoken.PLUS && isString(other) {
			ev.known, ev.usage = true, p
			ev.what = "turning it into a string throws \"Tensor is disposed\""
		}
	}
	if ev.end == token.NoPos {
		_, ev.end = c.f.Span(id)
	}
}

func (c *checker) argUse(ev *event, call *ast.CallExpression, arg ast.Expression) {
	if !jsast.IsArgument(call.ArgumentList, arg) {
		return // the callee itself: x(…)
	}
	api, resolved := c.info.API(call)
	if !resolved || api.Name == "tf.dispose" || api.Name == "tf.keep" {
		return
	}
	ev.known, ev.unknown = true, true
	ev.what = jsast.ShortCall(call) + " reads its data"
	ev.usage = call
}

func isString(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.StringLiteral:
		return true
	case *ast.TemplateLiteral:
		return x.Tag == nil
	}
	return false
}

func (c *checker) report() {
	best := map[*event]*disposal{}
	var order []*event
	for _, d := range c.disposes {
		fa := c.facts[d.b]
		if fa.nonTensor && !fa.tensor {
			continue
		}
		evs := append([]*event(nil), fa.events...)
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].off < evs[j].off })
		closureWrite := false
		for _, ev := range evs {
			if ev.write && ev.fn != d.fn {
				closureWrite = true
			}
		}
		for _, ev := range evs {
			if ev.off < d.stmtEnd || ev.off >= d.regionEnd || ev.fn != d.fn {
				continue
			}
			if ev.write {
				break
			}
			flagged := ev.unknown
			if fa.tensor || fa.viaTF {
				flagged = ev.known
			}
			if !flagged {
				continue
			}
			if closureWrite && c.opaqueBetween(d.stmtEnd, ev.off) {
				break
			}
			if prev, ok := best[ev]; !ok || prev.stmtEnd < d.stmtEnd {
				if !ok {
					order = append(order, ev)
				}
				best[ev] = d
			}
			break
		}
	}
	reported := map[ast.Node]bool{}
	for _, ev := range order {
		if reported[ev.usage] {
			continue
		}
		reported[ev.usage] = true
		d := best[ev]
		pos, _ := c.f.Span(ev.id)
		name := ev.id.Name.String()
		c.pass.Report(analysis.Diagnostic{
			Pos:      pos,
			End:      ev.end,
			Category: runctx.Category(rule, rules.Off),
			Message: fmt.Sprintf("`%s` is used after %s on line %d: the tensor's memory is gone and %s; dispose it after its last use (tip 13)",
				name, d.desc, d.line, ev.what),
		})
	}
}

// opaqueBetween reports a call outside tfjs or an await in (from, to).
func (c *checker) opaqueBetween(from, to int) bool {
	i := sort.SearchInts(c.opaque, from+1)
	return i < len(c.opaque) && c.opaque[i] < to
}
