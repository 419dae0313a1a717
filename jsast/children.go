package jsast

import (
	"unsafe"

	"github.com/grafana/sobek/ast"
)

// appendChildren appends n's child nodes in source order. Property names of
// member expressions and labels are not nodes of their own; object keys are
// StringLiterals (or the expression of a computed key).
func appendChildren(dst []ast.Node, n ast.Node) []ast.Node {
	switch n := n.(type) {
	case *ast.Program:
		for _, s := range n.Body {
			dst = push(dst, s)
		}
	// Expressions
	case *ast.ArrayLiteral:
		for _, e := range n.Value {
			dst = push(dst, e)
		}
	case *ast.ArrayPattern:
		for _, e := range n.Elements {
			dst = push(dst, e)
		}
		dst = push(dst, n.Rest)
	case *ast.AssignExpression:
		dst = push(dst, n.Left, n.Right)
	case *ast.AwaitExpression:
		dst = push(dst, n.Argument)
	case *ast.BinaryExpression:
		dst = push(dst, n.Left, n.Right)
	case *ast.BracketExpression:
		dst = push(dst, n.Left, n.Member)
	case *ast.CallExpression:
		dst = push(dst, n.Callee)
		for _, a := range n.ArgumentList {
			dst = push(dst, a)
		}
	case *ast.ConditionalExpression:
		dst = push(dst, n.Test, n.Consequent, n.Alternate)
	case *ast.DotExpression:
		dst = push(dst, n.Left)
	case *ast.PrivateDotExpression:
		dst = push(dst, n.Left)
	case *ast.OptionalChain:
		dst = push(dst, n.Expression)
	case *ast.Optional:
		dst = push(dst, n.Expression)
	case *ast.FunctionLiteral:
		if n.Name != nil {
			dst = push(dst, n.Name)
		}
		if n.ParameterList != nil {
			dst = push(dst, n.ParameterList)
		}
		if n.Body != nil {
			dst = push(dst, n.Body)
		}
	case *ast.ClassLiteral:
		if n.Name != nil {
			dst = push(dst, n.Name)
		}
		dst = push(dst, n.SuperClass)
		for _, e := range n.Body {
			dst = push(dst, e)
		}
	case *ast.ArrowFunctionLiteral:
		if n.ParameterList != nil {
			dst = push(dst, n.ParameterList)
		}
		dst = push(dst, n.Body)
	case *ast.ExpressionBody:
		dst = push(dst, n.Expression)
	case *ast.ParameterList:
		for _, b := range n.List {
			dst = push(dst, b)
		}
		dst = push(dst, n.Rest)
	case *ast.Binding:
		dst = push(dst, n.Target, n.Initializer)
	case *ast.NewExpression:
		dst = push(dst, n.Callee)
		for _, a := range n.ArgumentList {
			dst = push(dst, a)
		}
	case *ast.ObjectLiteral:
		for _, p := range n.Value {
			dst = push(dst, p)
		}
	case *ast.ObjectPattern:
		for _, p := range n.Properties {
			dst = push(dst, p)
		}
		dst = push(dst, n.Rest)
	case *ast.PropertyShort:
		dst = push(dst, &n.Name, n.Initializer)
	case *ast.PropertyKeyed:
		dst = push(dst, n.Key, n.Value)
	case *ast.SpreadElement:
		dst = push(dst, n.Expression)
	case *ast.SequenceExpression:
		for _, e := range n.Sequence {
			dst = push(dst, e)
		}
	case *ast.TemplateLiteral:
		dst = push(dst, n.Tag)
		for i, el := range n.Elements {
			dst = push(dst, el)
			if i < len(n.Expressions) {
				dst = push(dst, n.Expressions[i])
			}
		}
	case *ast.UnaryExpression:
		dst = push(dst, n.Operand)
	case *ast.YieldExpression:
		dst = push(dst, n.Argument)
	// Statements
	case *ast.BlockStatement:
		for _, s := range n.List {
			dst = push(dst, s)
		}
	case *ast.CaseStatement:
		dst = push(dst, n.Test)
		for _, s := range n.Consequent {
			dst = push(dst, s)
		}
	case *ast.CatchStatement:
		dst = push(dst, n.Parameter)
		if n.Body != nil {
			dst = push(dst, n.Body)
		}
	case *ast.DoWhileStatement:
		dst = push(dst, n.Body, n.Test)
	case *ast.ExpressionStatement:
		dst = push(dst, n.Expression)
	case *ast.ForInStatement:
		dst = push(dst, n.Into, n.Source, n.Body)
	case *ast.ForOfStatement:
		dst = push(dst, n.Into, n.Source, n.Body)
	case *ast.ForStatement:
		dst = push(dst, n.Initializer, n.Test)
		dst = push(dst, n.Update, n.Body)
	case *ast.ForLoopInitializerExpression:
		dst = push(dst, n.Expression)
	case *ast.ForLoopInitializerVarDeclList:
		for _, b := range n.List {
			dst = push(dst, b)
		}
	case *ast.ForLoopInitializerLexicalDecl:
		dst = push(dst, &n.LexicalDeclaration)
	case *ast.ForIntoVar:
		if n.Binding != nil {
			dst = push(dst, n.Binding)
		}
	case *ast.ForDeclaration:
		dst = push(dst, n.Target)
	case *ast.ForIntoExpression:
		dst = push(dst, n.Expression)
	case *ast.IfStatement:
		dst = push(dst, n.Test, n.Consequent, n.Alternate)
	case *ast.LabelledStatement:
		dst = push(dst, n.Statement)
	case *ast.ReturnStatement:
		dst = push(dst, n.Argument)
	case *ast.SwitchStatement:
		dst = push(dst, n.Discriminant)
		for _, c := range n.Body {
			dst = push(dst, c)
		}
	case *ast.ThrowStatement:
		dst = push(dst, n.Argument)
	case *ast.TryStatement:
		if n.Body != nil {
			dst = push(dst, n.Body)
		}
		if n.Catch != nil {
			dst = push(dst, n.Catch)
		}
		if n.Finally != nil {
			dst = push(dst, n.Finally)
		}
	case *ast.VariableStatement:
		for _, b := range n.List {
			dst = push(dst, b)
		}
	case *ast.LexicalDeclaration:
		for _, b := range n.List {
			dst = push(dst, b)
		}
	case *ast.WhileStatement:
		dst = push(dst, n.Test, n.Body)
	case *ast.WithStatement:
		dst = push(dst, n.Object, n.Body)
	case *ast.FunctionDeclaration:
		if n.Function != nil {
			dst = push(dst, n.Function)
		}
	case *ast.ClassDeclaration:
		if n.Class != nil {
			dst = push(dst, n.Class)
		}
	case *ast.ExportDeclaration:
		if n.Variable != nil {
			dst = push(dst, n.Variable)
		}
		if n.LexicalDeclaration != nil {
			dst = push(dst, n.LexicalDeclaration)
		}
		if n.ClassDeclaration != nil {
			dst = push(dst, n.ClassDeclaration)
		}
		if n.HoistableDeclaration != nil && n.HoistableDeclaration.FunctionDeclaration != nil {
			dst = push(dst, n.HoistableDeclaration.FunctionDeclaration)
		}
		dst = push(dst, n.AssignExpression)
	// Class elements
	case *ast.FieldDefinition:
		dst = push(dst, n.Key, n.Initializer)
	case *ast.MethodDefinition:
		dst = push(dst, n.Key)
		if n.Body != nil {
			dst = push(dst, n.Body)
		}
	case *ast.ClassStaticBlock:
		if n.Block != nil {
			dst = push(dst, n.Block)
		}
	}
	return dst
}

// push appends the non-nil nodes of ns to dst.
func push(dst []ast.Node, ns ...ast.Node) []ast.Node {
	for _, n := range ns {
		if !isNil(n) {
			dst = append(dst, n)
		}
	}
	return dst
}

// isNil reports a nil interface or a typed nil pointer inside one. Every
// AST node type is a pointer, so the interface's data word tells.
func isNil(n ast.Node) bool {
	return n == nil || (*[2]unsafe.Pointer)(unsafe.Pointer(&n))[1] == nil
}
