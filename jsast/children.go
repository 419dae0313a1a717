package jsast

import (
	"unsafe"

	"github.com/grafana/sobek/ast"
)

// appendChildren appends n's child nodes in source order. Property names of
// member expressions and labels are not nodes of their own; object keys are
// StringLiterals (or the expression of a computed key).
func appendChildren(dst []ast.Node, n ast.Node) []ast.Node {
	add := func(c ast.Node) {
		if !isNil(c) {
			dst = append(dst, c)
		}
	}
	add2 := func(a, b ast.Node) { add(a); add(b) }
	add3 := func(a, b, c ast.Node) { add(a); add(b); add(c) }
	switch n := n.(type) {
	case *ast.Program:
		for _, s := range n.Body {
			add(s)
		}
	// Expressions
	case *ast.ArrayLiteral:
		for _, e := range n.Value {
			add(e)
		}
	case *ast.ArrayPattern:
		for _, e := range n.Elements {
			add(e)
		}
		add(n.Rest)
	case *ast.AssignExpression:
		add2(n.Left, n.Right)
	case *ast.AwaitExpression:
		add(n.Argument)
	case *ast.BinaryExpression:
		add2(n.Left, n.Right)
	case *ast.BracketExpression:
		add2(n.Left, n.Member)
	case *ast.CallExpression:
		add(n.Callee)
		for _, a := range n.ArgumentList {
			add(a)
		}
	case *ast.ConditionalExpression:
		add3(n.Test, n.Consequent, n.Alternate)
	case *ast.DotExpression:
		add(n.Left)
	case *ast.PrivateDotExpression:
		add(n.Left)
	case *ast.OptionalChain:
		add(n.Expression)
	case *ast.Optional:
		add(n.Expression)
	case *ast.FunctionLiteral:
		if n.Name != nil {
			add(n.Name)
		}
		if n.ParameterList != nil {
			add(n.ParameterList)
		}
		if n.Body != nil {
			add(n.Body)
		}
	case *ast.ClassLiteral:
		if n.Name != nil {
			add(n.Name)
		}
		add(n.SuperClass)
		for _, e := range n.Body {
			add(e)
		}
	case *ast.ArrowFunctionLiteral:
		if n.ParameterList != nil {
			add(n.ParameterList)
		}
		add(n.Body)
	case *ast.ExpressionBody:
		add(n.Expression)
	case *ast.ParameterList:
		for _, b := range n.List {
			add(b)
		}
		add(n.Rest)
	case *ast.Binding:
		add2(n.Target, n.Initializer)
	case *ast.NewExpression:
		add(n.Callee)
		for _, a := range n.ArgumentList {
			add(a)
		}
	case *ast.ObjectLiteral:
		for _, p := range n.Value {
			add(p)
		}
	case *ast.ObjectPattern:
		for _, p := range n.Properties {
			add(p)
		}
		add(n.Rest)
	case *ast.PropertyShort:
		add2(&n.Name, n.Initializer)
	case *ast.PropertyKeyed:
		add2(n.Key, n.Value)
	case *ast.SpreadElement:
		add(n.Expression)
	case *ast.SequenceExpression:
		for _, e := range n.Sequence {
			add(e)
		}
	case *ast.TemplateLiteral:
		add(n.Tag)
		for i, el := range n.Elements {
			add(el)
			if i < len(n.Expressions) {
				add(n.Expressions[i])
			}
		}
	case *ast.UnaryExpression:
		add(n.Operand)
	case *ast.YieldExpression:
		add(n.Argument)
	// Statements
	case *ast.BlockStatement:
		for _, s := range n.List {
			add(s)
		}
	case *ast.CaseStatement:
		add(n.Test)
		for _, s := range n.Consequent {
			add(s)
		}
	case *ast.CatchStatement:
		add(n.Parameter)
		if n.Body != nil {
			add(n.Body)
		}
	case *ast.DoWhileStatement:
		add2(n.Body, n.Test)
	case *ast.ExpressionStatement:
		add(n.Expression)
	case *ast.ForInStatement:
		add3(n.Into, n.Source, n.Body)
	case *ast.ForOfStatement:
		add3(n.Into, n.Source, n.Body)
	case *ast.ForStatement:
		add2(n.Initializer, n.Test)
		add2(n.Update, n.Body)
	case *ast.ForLoopInitializerExpression:
		add(n.Expression)
	case *ast.ForLoopInitializerVarDeclList:
		for _, b := range n.List {
			add(b)
		}
	case *ast.ForLoopInitializerLexicalDecl:
		add(&n.LexicalDeclaration)
	case *ast.ForIntoVar:
		if n.Binding != nil {
			add(n.Binding)
		}
	case *ast.ForDeclaration:
		add(n.Target)
	case *ast.ForIntoExpression:
		add(n.Expression)
	case *ast.IfStatement:
		add3(n.Test, n.Consequent, n.Alternate)
	case *ast.LabelledStatement:
		add(n.Statement)
	case *ast.ReturnStatement:
		add(n.Argument)
	case *ast.SwitchStatement:
		add(n.Discriminant)
		for _, c := range n.Body {
			add(c)
		}
	case *ast.ThrowStatement:
		add(n.Argument)
	case *ast.TryStatement:
		if n.Body != nil {
			add(n.Body)
		}
		if n.Catch != nil {
			add(n.Catch)
		}
		if n.Finally != nil {
			add(n.Finally)
		}
	case *ast.VariableStatement:
		for _, b := range n.List {
			add(b)
		}
	case *ast.LexicalDeclaration:
		for _, b := range n.List {
			add(b)
		}
	case *ast.WhileStatement:
		add2(n.Test, n.Body)
	case *ast.WithStatement:
		add2(n.Object, n.Body)
	case *ast.FunctionDeclaration:
		if n.Function != nil {
			add(n.Function)
		}
	case *ast.ClassDeclaration:
		if n.Class != nil {
			add(n.Class)
		}
	case *ast.ExportDeclaration:
		if n.Variable != nil {
			add(n.Variable)
		}
		if n.LexicalDeclaration != nil {
			add(n.LexicalDeclaration)
		}
		if n.ClassDeclaration != nil {
			add(n.ClassDeclaration)
		}
		if n.HoistableDeclaration != nil && n.HoistableDeclaration.FunctionDeclaration != nil {
			add(n.HoistableDeclaration.FunctionDeclaration)
		}
		add(n.AssignExpression)
	// Class elements
	case *ast.FieldDefinition:
		add2(n.Key, n.Initializer)
	case *ast.MethodDefinition:
		add(n.Key)
		if n.Body != nil {
			add(n.Body)
		}
	case *ast.ClassStaticBlock:
		if n.Block != nil {
			add(n.Block)
		}
	}
	return dst
}

// isNil reports a nil interface or a typed nil pointer inside one. Every
// AST node type is a pointer, so the interface's data word tells.
func isNil(n ast.Node) bool {
	return n == nil || (*[2]unsafe.Pointer)(unsafe.Pointer(&n))[1] == nil
}
