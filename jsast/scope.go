package jsast

import (
	"sync"

	"github.com/grafana/sobek/ast"
)

// BindingKind says how a name was declared.
type BindingKind int

const (
	Var BindingKind = iota
	Let
	Const
	Param
	FunctionName // a function declaration, or a function expression's own name
	ClassName
	ImportName
	CatchParam
)

var bindingKindNames = [...]string{"var", "let", "const", "param", "function", "class", "import", "catch"}

func (k BindingKind) String() string { return bindingKindNames[k] }

// ScopeKind says what created a scope.
type ScopeKind int

const (
	GlobalScope ScopeKind = iota
	ModuleScope
	FunctionScope // functions, arrows, methods, class field initializers
	BlockScope    // blocks, loops, switch, catch
	ClassScope    // holds a class's own name
)

// Scope is a lexical scope.
type Scope struct {
	Kind     ScopeKind
	Node     ast.Node // the node that opened the scope (nil for the global scope)
	Parent   *Scope
	Bindings map[string]*Binding // nil when the scope declares nothing
	Children []*Scope
}

// Lookup finds name in s or its parents; nil means it is free (a global).
func (s *Scope) Lookup(name string) *Binding {
	for ; s != nil; s = s.Parent {
		if b := s.Bindings[name]; b != nil {
			return b
		}
	}
	return nil
}

// Function returns the nearest enclosing function, module or global scope.
func (s *Scope) Function() *Scope {
	for s.Kind == BlockScope || s.Kind == ClassScope {
		s = s.Parent
	}
	return s
}

// Import describes where an imported binding comes from.
type Import struct {
	Module string // the module specifier, e.g. "@tensorflow/tfjs"
	Name   string // "*" for a namespace import, "default", or the exported name
}

// Binding is one declared name.
type Binding struct {
	Name  string
	Kind  BindingKind
	Scope *Scope
	// Ident is the declaring identifier; nil for namespace and named imports,
	// whose names sobek does not position (use Decl).
	Ident *ast.Identifier
	// Decl is the declaring node: *ast.Binding, *ast.FunctionLiteral,
	// *ast.ClassLiteral, *ast.ImportDeclaration, *ast.CatchStatement,
	// *ast.ForDeclaration or *ast.ParameterList.
	Decl ast.Node
	// Init is the initializer when the name is the whole declaration target
	// (`const x = init`); for destructuring, Source is the initializer of the
	// whole pattern and Path the property names leading to the name
	// (`const {train: {sgd}} = tf` gives Source tf, Path ["train","sgd"];
	// array elements use their index, a rest element "...").
	Init   ast.Expression
	Source ast.Expression
	Path   []string
	Import *Import
	// Refs are the identifiers that read or write the binding; Writes the
	// subset that assign it after its declaration (=, op=, ++, --, patterns).
	Refs   []*ast.Identifier
	Writes []*ast.Identifier
}

// Reassigned reports whether the binding is written after its declaration.
func (b *Binding) Reassigned() bool { return len(b.Writes) > 0 }

// Info is the scope resolution of a File.
type Info struct {
	Global *Scope
	// Scopes maps scope-opening nodes (Program for a module, function and
	// arrow literals, blocks, loops, catch clauses, classes) to their scope.
	Scopes map[ast.Node]*Scope
	// Uses maps each referencing identifier to its binding; identifiers
	// missing from Uses and Defs are free (globals).
	Uses map[*ast.Identifier]*Binding
	// Defs maps each declaring identifier to its binding.
	Defs map[*ast.Identifier]*Binding
	// Free lists the references to undeclared (global) names.
	Free map[string][]*ast.Identifier

	byInit     map[ast.Node]*Binding // built on first use by InitializedBy
	byInitOnce sync.Once
}

// InitializedBy returns the binding whose whole-target initializer is e
// (`const f = e`), or nil.
func (in *Info) InitializedBy(e ast.Node) *Binding {
	in.byInitOnce.Do(func() {
		in.byInit = map[ast.Node]*Binding{}
		scopes := []*Scope{in.Global}
		for i := 0; i < len(scopes); i++ {
			s := scopes[i]
			if s == nil {
				continue
			}
			scopes = append(scopes, s.Children...)
			for _, b := range s.Bindings {
				if b.Init != nil {
					in.byInit[b.Init] = b
				}
			}
		}
	})
	return in.byInit[e]
}

// ObjectOf returns the binding an identifier declares or refers to; nil for a free name.
func (in *Info) ObjectOf(id *ast.Identifier) *Binding {
	if b := in.Uses[id]; b != nil {
		return b
	}
	return in.Defs[id]
}

// IsFree reports whether id refers to an undeclared (global) name.
func (in *Info) IsFree(id *ast.Identifier) bool {
	return in.Uses[id] == nil && in.Defs[id] == nil
}
