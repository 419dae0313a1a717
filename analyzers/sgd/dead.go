package sgd

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// deadCode reports a node inside a function that nothing can call: a
// function declared (or held by a never reassigned const) in a module or
// inside another function, not exported and never referenced, not even by
// itself. Global functions of a script are left alone: another script of
// the page or an HTML attribute may call them.
func (a *checker) deadCode(n ast.Node) bool {
	for p := a.f.Parent(n); p != nil; p = a.f.Parent(p) {
		var b *jsast.Binding
		switch fn := p.(type) {
		case *ast.FunctionLiteral:
			if fn.Name != nil {
				if _, decl := a.f.Parent(fn).(*ast.FunctionDeclaration); decl {
					b = a.info.Scope.ObjectOf(fn.Name)
				}
			}
			if b == nil {
				b = a.info.Scope.InitializedBy(fn)
			}
		case *ast.ArrowFunctionLiteral:
			b = a.info.Scope.InitializedBy(fn)
		default:
			continue
		}
		if b == nil || len(b.Refs) > 0 || b.Scope == nil || b.Scope.Kind == jsast.GlobalScope {
			continue
		}
		if b.Scope.Kind == jsast.ModuleScope && !a.moduleSyntax() {
			continue // a script parsed as a module: its top level is the page's
		}
		if a.exported(p) || a.exportedName(b.Name) {
			continue
		}
		return true
	}
	return false
}

// moduleSyntax reports a file that is a module by its own syntax: it has
// an import or export declaration, an await outside any function (which
// only a module allows), or calls CommonJS require. A plain script (a p5
// sketch whose setup() the library calls) is not one.
func (a *checker) moduleSyntax() bool {
	if a.modKnown {
		return a.mod
	}
	a.modKnown = true
	a.f.Inspector().Preorder([]ast.Node{(*ast.ImportDeclaration)(nil), (*ast.ExportDeclaration)(nil), (*ast.CallExpression)(nil), (*ast.AwaitExpression)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AwaitExpression:
			// A page mixes classic and module scripts: only a file is one.
			if a.f.Kind != jsast.HTML && a.topLevel(n) {
				a.mod = true
			}
		case *ast.CallExpression:
			if id, ok := n.Callee.(*ast.Identifier); ok && id.Name == "require" && a.info.Scope.ObjectOf(id) == nil {
				a.mod = true
			}
		default:
			a.mod = true
		}
	})
	return a.mod
}

// exported reports a function declaration or variable statement that an
// export declaration wraps.
func (a *checker) exported(fn ast.Node) bool {
	for p := a.f.Parent(fn); p != nil; p = a.f.Parent(p) {
		switch p.(type) {
		case *ast.ExportDeclaration:
			return true
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral, *ast.Program:
			return false
		}
	}
	return false
}

// exportedName reports a name listed in an `export { … }` clause, whose
// names are not references.
func (a *checker) exportedName(name string) bool {
	found := false
	a.f.Inspector().Preorder([]ast.Node{(*ast.ExportDeclaration)(nil)}, func(n ast.Node) {
		ex := n.(*ast.ExportDeclaration)
		if ex.NamedExports == nil {
			return
		}
		for _, sp := range ex.NamedExports.ExportsList {
			if sp.IdentifierName.String() == name {
				found = true
			}
		}
	})
	return found
}

// topLevel reports a node outside every function.
func (a *checker) topLevel(n ast.Node) bool {
	for p := a.f.Parent(n); p != nil; p = a.f.Parent(p) {
		switch p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return false
		}
	}
	return true
}
