// Package flow answers the value-flow questions of the pipeline and image
// rules: which expressions a variable reference may hold at that point
// (straight-line reaching definitions, else every assignment), what
// `this.x` is assigned in a class, what a local function returns, and what
// its callers pass for a parameter. It knows nothing about tfjs.
//
// It lives with the shuffle analyzer, its first user; resize uses it too.
// Everything is computed lazily, so files without the calls the rules look
// at pay nothing.
package flow

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// Flow answers value-flow queries about one file.
type Flow struct {
	File  *jsast.File
	Scope *jsast.Info

	indexed bool
	assign  map[*ast.Identifier]*ast.AssignExpression // identifier on the left of an assignment
	callee  map[*ast.Identifier]*ast.CallExpression   // identifier called directly: f(…)
	exports map[string]bool                           // names exported by the top level

	decls map[*jsast.Binding]int // declaring identifiers per binding (var may repeat)
}

// New prepares the queries of a parsed file; scope is its resolution.
func New(f *jsast.File, scope *jsast.Info) *Flow {
	return &Flow{File: f, Scope: scope}
}

// index builds the cheap indexes: assignments, direct calls, exports.
func (fl *Flow) index() {
	if fl.indexed {
		return
	}
	fl.indexed = true
	fl.assign = map[*ast.Identifier]*ast.AssignExpression{}
	fl.callee = map[*ast.Identifier]*ast.CallExpression{}
	fl.exports = map[string]bool{}
	types := []ast.Node{(*ast.AssignExpression)(nil), (*ast.CallExpression)(nil), (*ast.ExportDeclaration)(nil)}
	fl.File.Inspector().Preorder(types, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if id, ok := n.Left.(*ast.Identifier); ok {
				fl.assign[id] = n
			}
		case *ast.CallExpression:
			if id, ok := n.Callee.(*ast.Identifier); ok {
				fl.callee[id] = n
			}
		case *ast.ExportDeclaration:
			fl.addExports(n)
		}
	})
}

func (fl *Flow) addExports(n *ast.ExportDeclaration) {
	if n.NamedExports != nil {
		for _, e := range n.NamedExports.ExportsList {
			fl.exports[e.IdentifierName.String()] = true
		}
	}
	var list []*ast.Binding
	switch {
	case n.LexicalDeclaration != nil:
		list = n.LexicalDeclaration.List
	case n.Variable != nil:
		list = n.Variable.List
	case n.HoistableDeclaration != nil && n.HoistableDeclaration.FunctionDeclaration != nil:
		if fn := n.HoistableDeclaration.FunctionDeclaration.Function; fn != nil && fn.Name != nil {
			fl.exports[fn.Name.Name.String()] = true
		}
	case n.ClassDeclaration != nil && n.ClassDeclaration.Class != nil && n.ClassDeclaration.Class.Name != nil:
		fl.exports[n.ClassDeclaration.Class.Name.Name.String()] = true
	}
	for _, b := range list {
		if id, ok := b.Target.(*ast.Identifier); ok {
			fl.exports[id.Name.String()] = true
		}
	}
}

// declCount returns how many declarations name b (more than one for a
// redeclared var or function).
func (fl *Flow) declCount(b *jsast.Binding) int {
	if fl.decls == nil {
		fl.decls = map[*jsast.Binding]int{}
		for _, d := range fl.Scope.Defs {
			if d.Kind == jsast.Var || d.Kind == jsast.FunctionName {
				fl.decls[d]++
			}
		}
	}
	if b.Kind != jsast.Var && b.Kind != jsast.FunctionName {
		return 1
	}
	return fl.decls[b]
}

// Parent returns the node that contains n (nil for a Program).
func (fl *Flow) Parent(n ast.Node) ast.Node {
	return fl.File.Parent(n)
}

// Values returns the expressions the variable reference id may hold where it
// is read. exact is true when a single definition reaches it on a
// straight-line path (`ds = ds.batch(32)` two statements earlier); otherwise
// the values are every value ever assigned to the variable. ok is false when
// that set is not known: parameters (see Args), imports, functions,
// destructuring, compound assignments, loop variables, free names.
func (fl *Flow) Values(id *ast.Identifier) (vals []ast.Expression, exact, ok bool) {
	b := fl.Scope.Uses[id]
	if b == nil {
		return nil, false, false
	}
	switch b.Kind {
	case jsast.Var, jsast.Let, jsast.Const:
	default:
		return nil, false, false
	}
	decl, ok := b.Decl.(*ast.Binding)
	if !ok || decl.Target != ast.Expression(b.Ident) || b.Source != nil || fl.declCount(b) != 1 {
		return nil, false, false
	}
	if len(b.Writes) == 0 {
		if b.Init == nil {
			return nil, false, false
		}
		return []ast.Expression{b.Init}, true, true
	}
	if _, loopVar := fl.File.Parent(decl).(*ast.ForIntoVar); loopVar {
		return nil, false, false
	}
	fl.index()
	defs := fl.defsOf(b)
	if defs == nil {
		return nil, false, false
	}
	if v, found := fl.straight(id, b, defs); found {
		if v == nil {
			return nil, false, false
		}
		return []ast.Expression{v}, true, true
	}
	for _, d := range defs {
		if d.value != nil {
			vals = append(vals, d.value)
		}
	}
	if len(vals) == 0 {
		return nil, false, false
	}
	return vals, false, true
}

// def is one definition of a variable: its declaration (value = the
// initializer, nil for `let x;`) or a plain `x = value` assignment.
type def struct {
	ident *ast.Identifier
	value ast.Expression
}

// defsOf lists b's definitions; nil when one of its writes is not a plain
// assignment (op=, ++, destructuring, for-in/of target).
func (fl *Flow) defsOf(b *jsast.Binding) []def {
	var defs []def
	if b.Init != nil || b.Kind != jsast.Var {
		defs = append(defs, def{ident: b.Ident, value: b.Init})
	}
	for _, w := range b.Writes {
		a := fl.assign[w]
		if a == nil || a.Operator != token.ASSIGN {
			return nil
		}
		defs = append(defs, def{ident: w, value: a.Right})
	}
	return defs
}

// straight looks for the definition that reaches id on the straight-line
// path before it: the nearest earlier statement of an enclosing statement
// list that is `x = v` or the declaration of x, with no other definition in
// between, no loop around both that redefines x and no function boundary.
// found is false when the path is not straight (fall back to every value);
// a found nil value means x is undefined or unknown there.
func (fl *Flow) straight(id *ast.Identifier, b *jsast.Binding, defs []def) (ast.Expression, bool) {
	var skip *ast.Identifier // the assignment whose right side holds id
	inRange := func(n ast.Node, from, to int) bool {
		for _, d := range defs {
			if d.ident == skip {
				continue
			}
			if p := int(d.ident.Idx); p >= from && p < to {
				return true
			}
		}
		return false
	}
	parent := fl.File.Parent
	// A write in another function (a callback, a helper called in between)
	// may run at any time: no straight line then.
	home := enclosingFunction(parent, id)
	for _, d := range defs {
		if d.ident != b.Ident && enclosingFunction(parent, d.ident) != home {
			return nil, false
		}
	}
	var node ast.Node = id
	for p := parent(node); p != nil; node, p = p, parent(p) {
		var list []ast.Statement
		switch p := p.(type) {
		case *ast.AssignExpression:
			if left, ok := p.Left.(*ast.Identifier); ok && p.Right == node && fl.Scope.ObjectOf(left) == b {
				skip = left
			}
			continue
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral:
			return nil, false
		case *ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement, *ast.WhileStatement, *ast.DoWhileStatement:
			if inRange(p, int(p.Idx0()), int(p.Idx1())) {
				return nil, false
			}
			continue
		case *ast.BlockStatement, *ast.Program, *ast.CaseStatement:
			list, _ = jsast.StatementList(p)
		default:
			if inRange(p, int(p.Idx0()), int(node.Idx0())) {
				return nil, false
			}
			continue
		}
		i := indexOf(list, node)
		if i < 0 {
			return nil, false
		}
		for j := i - 1; j >= 0; j-- {
			s := list[j]
			if v, ok := fl.plainDef(s, b); ok {
				return v, true
			}
			if inRange(s, int(s.Idx0()), int(s.Idx1())) {
				return nil, false
			}
		}
		if _, ok := p.(*ast.CaseStatement); ok {
			// Earlier cases may fall through into this one.
			sw := parent(p)
			if sw != nil && inRange(sw, int(sw.Idx0()), int(p.Idx0())) {
				return nil, false
			}
		}
	}
	return nil, false
}

// enclosingFunction returns the function, arrow, class or program around n.
func enclosingFunction(parent func(ast.Node) ast.Node, n ast.Node) ast.Node {
	for p := parent(n); p != nil; n, p = p, parent(p) {
		switch p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral:
			return p
		}
	}
	return n
}

func indexOf(list []ast.Statement, n ast.Node) int {
	for i, s := range list {
		if ast.Node(s) == n {
			return i
		}
	}
	return -1
}

// plainDef reports whether statement s is a definition of b as a whole: a
// declaration of b (value: its initializer) or `b = value;`.
func (fl *Flow) plainDef(s ast.Statement, b *jsast.Binding) (ast.Expression, bool) {
	var list []*ast.Binding
	switch s := s.(type) {
	case *ast.LexicalDeclaration:
		list = s.List
	case *ast.VariableStatement:
		list = s.List
	case *ast.ExpressionStatement:
		a, ok := s.Expression.(*ast.AssignExpression)
		if !ok || a.Operator != token.ASSIGN {
			return nil, false
		}
		if id, ok := a.Left.(*ast.Identifier); ok && fl.Scope.ObjectOf(id) == b {
			return a.Right, true
		}
		return nil, false
	default:
		return nil, false
	}
	for _, d := range list {
		if id, ok := d.Target.(*ast.Identifier); ok && fl.Scope.ObjectOf(id) == b {
			if d.Initializer == nil && b.Kind == jsast.Var {
				return nil, false // `var x;` again keeps the value
			}
			return d.Initializer, true
		}
	}
	return nil, false
}

// MemberValues returns every value assigned to `this.name` in the class
// whose method holds dot (field initializers included). ok is false outside
// a class, or when the property is also written in another way
// (this.x += …, this.x++, destructuring).
func (fl *Flow) MemberValues(dot *ast.DotExpression) (vals []ast.Expression, ok bool) {
	if _, this := dot.Left.(*ast.ThisExpression); !this {
		return nil, false
	}
	class := fl.thisClass(dot)
	if class == nil {
		return nil, false
	}
	name := dot.Identifier.Name
	bad := false
	in := jsast.NewInspector(class)
	in.Preorder(nil, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FieldDefinition:
			if k, ok := n.Key.(*ast.StringLiteral); ok && !n.Computed && !n.Static && k.Value == name && n.Initializer != nil {
				vals = append(vals, n.Initializer)
			}
		case *ast.AssignExpression:
			d, ok := n.Left.(*ast.DotExpression)
			if !ok || d.Identifier.Name != name {
				return
			}
			if _, this := d.Left.(*ast.ThisExpression); !this || fl.thisClass(d) != class {
				return
			}
			if n.Operator != token.ASSIGN {
				bad = true
				return
			}
			vals = append(vals, n.Right)
		case *ast.UnaryExpression:
			switch n.Operator {
			case token.INCREMENT, token.DECREMENT, token.DELETE:
			default:
				return
			}
			if d, ok := n.Operand.(*ast.DotExpression); ok && d.Identifier.Name == name {
				if _, this := d.Left.(*ast.ThisExpression); this {
					bad = true
				}
			}
		}
	})
	if bad || len(vals) == 0 {
		return nil, false
	}
	return vals, true
}

// thisClass returns the class whose instance `this` is at n: n must sit in
// a method, constructor or field initializer, possibly inside arrows.
func (fl *Flow) thisClass(n ast.Node) *ast.ClassLiteral {
	parent := fl.File.Parent
	for p := parent(n); p != nil; n, p = p, parent(p) {
		switch p := p.(type) {
		case *ast.FunctionLiteral:
			if _, method := parent(p).(*ast.MethodDefinition); !method {
				return nil
			}
		case *ast.MethodDefinition:
			if p.Static {
				return nil
			}
		case *ast.FieldDefinition:
			if p.Static {
				return nil
			}
		case *ast.ClassLiteral:
			return p
		case *ast.Program:
			return nil
		}
	}
	return nil
}

// Function is a function literal: *ast.FunctionLiteral or *ast.ArrowFunctionLiteral.
type Function = ast.Expression

// Callee returns the local function a call invokes: a function declared in
// the file, a const (or never reassigned) variable holding a function or
// arrow literal, `this.method()` of the enclosing class, or
// `Class.method()` of a static method of a class declared in the file.
func (fl *Flow) Callee(call *ast.CallExpression) Function {
	switch c := call.Callee.(type) {
	case *ast.Identifier:
		return fl.FunctionOf(c)
	case *ast.DotExpression:
		if id, ok := c.Left.(*ast.Identifier); ok {
			return fl.staticMethod(id, c.Identifier.Name.String())
		}
		if _, this := c.Left.(*ast.ThisExpression); !this {
			return nil
		}
		class := fl.thisClass(c)
		if class == nil {
			return nil
		}
		if m := jsast.ClassMethod(class, c.Identifier.Name.String()); m != nil {
			return m.Body
		}
	}
	return nil
}

// staticMethod returns the body of static method name of the class that
// id names (a class declaration that is never reassigned).
func (fl *Flow) staticMethod(id *ast.Identifier, name string) Function {
	b := fl.Scope.ObjectOf(id)
	if b == nil || b.Kind != jsast.ClassName || b.Reassigned() {
		return nil
	}
	cl, ok := b.Decl.(*ast.ClassLiteral)
	if !ok {
		return nil
	}
	for _, el := range cl.Body {
		if m, ok := el.(*ast.MethodDefinition); ok && m.Static && !m.Computed && m.Kind == ast.PropertyKindMethod {
			if k, ok := m.Key.(*ast.StringLiteral); ok && k.Value.String() == name {
				return m.Body
			}
		}
	}
	return nil
}

// FunctionOf returns the local function a name refers to: a function
// declaration, or a never reassigned variable holding a function or arrow literal.
func (fl *Flow) FunctionOf(id *ast.Identifier) Function {
	b := fl.Scope.ObjectOf(id)
	if b == nil {
		return nil
	}
	switch b.Kind {
	case jsast.FunctionName:
		if fn, ok := b.Decl.(*ast.FunctionLiteral); ok && fl.declCount(b) == 1 {
			return fn
		}
	case jsast.Const, jsast.Let, jsast.Var:
		if len(b.Writes) > 0 || b.Source != nil {
			return nil
		}
		switch fn := b.Init.(type) {
		case *ast.FunctionLiteral:
			return fn
		case *ast.ArrowFunctionLiteral:
			return fn
		}
	}
	return nil
}

// Returns lists what fn returns: the expression of an arrow's expression
// body, or the arguments of the return statements of its body (not of
// nested functions). A bare `return;` or falling off the end is not listed;
// complete reports whether every return has a value and the body cannot
// end without one (its last statement is a return or throw).
func Returns(fn Function) (rets []ast.Expression, complete bool) {
	var body *ast.BlockStatement
	switch b := jsast.FunctionBody(fn).(type) {
	case *ast.ExpressionBody:
		return []ast.Expression{b.Expression}, true
	case *ast.BlockStatement:
		body = b
	}
	if body == nil {
		return nil, false
	}
	complete = len(body.List) > 0
	if complete {
		switch body.List[len(body.List)-1].(type) {
		case *ast.ReturnStatement, *ast.ThrowStatement:
		default:
			complete = false
		}
	}
	jsast.NewInspector(body).WithStack(nil, func(n ast.Node, push bool, _ []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral:
			return false
		case *ast.ReturnStatement:
			if n.Argument == nil {
				complete = false
			} else {
				rets = append(rets, n.Argument)
			}
		}
		return true
	})
	return rets, complete
}

// Args returns, for a reference to a plain parameter (no default, no
// destructuring, never reassigned) of a local function, the argument every
// call site passes for it. ok is false when some caller is not known: the
// function is exported, passed as a value, used as a method or callback, or
// never called; or when a call site passes fewer arguments or spreads.
func (fl *Flow) Args(id *ast.Identifier) (args []ast.Expression, ok bool) {
	b := fl.Scope.Uses[id]
	if b == nil || b.Kind != jsast.Param || b.Reassigned() {
		return nil, false
	}
	p, index := b.Param()
	if p == nil || p.Initializer != nil {
		return nil, false
	}
	if b.Scope.Kind != jsast.FunctionScope {
		return nil, false
	}
	fn, _ := b.Scope.Node.(ast.Expression)
	calls := fl.callSites(fn)
	if calls == nil {
		return nil, false
	}
	for _, c := range calls {
		if index >= len(c.ArgumentList) {
			return nil, false
		}
		for _, a := range c.ArgumentList[:index+1] {
			if _, spread := a.(*ast.SpreadElement); spread {
				return nil, false
			}
		}
		args = append(args, c.ArgumentList[index])
	}
	return args, true
}

// ValuesOf expands a variable or `this.x` into the values it may hold (see
// Values and MemberValues), and a parameter of a local function into what
// its callers pass (see Args).
func (fl *Flow) ValuesOf(e ast.Expression) ([]ast.Expression, bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		if vals, _, ok := fl.Values(e); ok {
			return vals, true
		}
		return fl.Args(e)
	case *ast.DotExpression:
		return fl.MemberValues(e)
	}
	return nil, false
}

// callSites returns the calls of a local named function when every
// reference to it is a direct call; nil otherwise.
func (fl *Flow) callSites(fn ast.Expression) []*ast.CallExpression {
	b := fl.bindingOf(fn)
	if b == nil {
		return nil
	}
	fl.index()
	if fl.exports[b.Name] && (b.Scope.Kind == jsast.ModuleScope || b.Scope.Kind == jsast.GlobalScope) {
		return nil // other modules call it
	}
	var calls []*ast.CallExpression
	for _, r := range b.Refs {
		c := fl.callee[r]
		if c == nil {
			return nil
		}
		calls = append(calls, c)
	}
	return calls
}

// bindingOf returns the name a function literal is known by: its own name
// or the variable it initializes; nil when that name holds another value.
func (fl *Flow) bindingOf(fn ast.Expression) *jsast.Binding {
	var b *jsast.Binding
	switch f := fn.(type) {
	case *ast.FunctionLiteral:
		if f.Name != nil {
			b = fl.Scope.Defs[f.Name]
		} else {
			b = fl.holder(f)
		}
	case *ast.ArrowFunctionLiteral:
		b = fl.holder(f)
	}
	if b == nil || fl.FunctionOf(b.Ident) != fn {
		return nil
	}
	return b
}

// holder returns the variable a function or arrow literal is the
// initializer of (const f = () => …), searched in the scope around it.
func (fl *Flow) holder(fn ast.Expression) *jsast.Binding {
	s := fl.Scope.Scopes[fn]
	if s == nil || s.Parent == nil {
		return nil
	}
	for _, b := range s.Parent.Bindings {
		if b.Init == fn {
			return b
		}
	}
	return nil
}

// ThisClass returns the class whose instance `this` is at n: n must sit in
// a method, constructor or field initializer, possibly inside arrows; nil
// elsewhere.
func (fl *Flow) ThisClass(n ast.Node) *ast.ClassLiteral { return fl.thisClass(n) }

// LocalCalls returns the direct calls of a local named function found in
// the file, whoever else may call it (exported functions included).
func (fl *Flow) LocalCalls(fn Function) []*ast.CallExpression {
	b := fl.bindingOf(fn)
	if b == nil {
		return nil
	}
	fl.index()
	var calls []*ast.CallExpression
	for _, r := range b.Refs {
		if c := fl.callee[r]; c != nil {
			calls = append(calls, c)
		}
	}
	return calls
}
