package jsast

import (
	"strconv"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"
)

// Info returns the file's scope resolution, computing it on first use.
// Classic scripts of a page share the global scope; each module script has
// a module scope below it.
// It is safe for concurrent use (analyzers share the File).
func (f *File) Info() *Info {
	f.infoOnce.Do(func() { f.info = resolveScripts(f.Scripts) })
	return f.info
}

type resolver struct {
	info *Info
	// kids is a stack of child lists shared by the nested visitChildren
	// calls, to avoid a slice per node.
	kids []ast.Node
}

func resolveScripts(scripts []*Script) *Info {
	size := 0
	for _, s := range scripts {
		size += s.End - s.Start
	}
	// About one identifier every 12 bytes of typical code; sizing the maps
	// up front saves most of their growth.
	info := &Info{
		Scopes: map[ast.Node]*Scope{},
		Uses:   make(map[*ast.Identifier]*Binding, size/12),
		Defs:   make(map[*ast.Identifier]*Binding, size/48),
		Free:   map[string][]*ast.Identifier{},
	}
	r := &resolver{info: info}
	info.Global = &Scope{Kind: GlobalScope, Bindings: map[string]*Binding{}}
	tops := make([]*Scope, len(scripts))
	// Declare every script's top level first: a function in one script of a
	// page may use a global that a later script declares.
	for i, s := range scripts {
		top := info.Global
		if s.Module {
			top = r.newScope(ModuleScope, s.Program, info.Global)
		}
		tops[i] = top
		r.declareVarList(top, s.Program.DeclarationList)
		r.declareStatements(top, s.Program.Body)
	}
	for i, s := range scripts {
		for _, st := range s.Program.Body {
			r.visit(st, tops[i])
		}
	}
	return info
}

func (r *resolver) newScope(kind ScopeKind, node ast.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Node: node, Parent: parent} // Bindings made on first declaration
	if parent != nil {
		parent.Children = append(parent.Children, s)
	}
	if node != nil {
		r.info.Scopes[node] = s
	}
	return s
}

// declare adds (or, for var and functions, reuses) a binding of name in s.
func (r *resolver) declare(s *Scope, name string, kind BindingKind, id *ast.Identifier, decl ast.Node) *Binding {
	b := s.Bindings[name]
	if b == nil {
		if s.Bindings == nil {
			s.Bindings = make(map[string]*Binding, 4)
		}
		b = &Binding{Name: name, Kind: kind, Scope: s, Ident: id, Decl: decl}
		s.Bindings[name] = b
	}
	if id != nil {
		r.info.Defs[id] = b
	}
	return b
}

// declareVarList declares hoisted `var` names (sobek collects them per function).
func (r *resolver) declareVarList(s *Scope, list []*ast.VariableDeclaration) {
	for _, vd := range list {
		for _, b := range vd.List {
			r.declareTarget(s, b.Target, Var, b, b.Initializer)
		}
	}
}

// declareStatements declares the lexical and function declarations directly in stmts.
func (r *resolver) declareStatements(s *Scope, stmts []ast.Statement) {
	for _, st := range stmts {
		r.declareStatement(s, st)
	}
}

func (r *resolver) declareStatement(s *Scope, st ast.Statement) {
	switch st := st.(type) {
	case *ast.LexicalDeclaration:
		r.declareLexical(s, st)
	case *ast.FunctionDeclaration:
		if fn := st.Function; fn != nil && fn.Name != nil {
			r.declare(s, fn.Name.Name.String(), FunctionName, fn.Name, fn)
		}
	case *ast.ClassDeclaration:
		if c := st.Class; c != nil && c.Name != nil {
			r.declare(s, c.Name.Name.String(), ClassName, c.Name, c)
		}
	case *ast.ExportDeclaration:
		switch {
		case st.LexicalDeclaration != nil:
			r.declareLexical(s, st.LexicalDeclaration)
		case st.ClassDeclaration != nil:
			r.declareStatement(s, st.ClassDeclaration)
		case st.HoistableDeclaration != nil && st.HoistableDeclaration.FunctionDeclaration != nil:
			r.declareStatement(s, st.HoistableDeclaration.FunctionDeclaration)
		}
	case *ast.ImportDeclaration:
		r.declareImport(s, st)
	case *ast.LabelledStatement:
		r.declareStatement(s, st.Statement)
	}
}

func (r *resolver) declareLexical(s *Scope, ld *ast.LexicalDeclaration) {
	kind := Let
	if ld.Token == token.CONST {
		kind = Const
	}
	for _, b := range ld.List {
		r.declareTarget(s, b.Target, kind, b, b.Initializer)
	}
}

func (r *resolver) declareImport(s *Scope, im *ast.ImportDeclaration) {
	c := im.ImportClause
	if c == nil {
		return
	}
	module := im.ModuleSpecifier.String()
	if im.FromClause != nil {
		module = im.FromClause.ModuleSpecifier.String()
	}
	add := func(local string, id *ast.Identifier, name string) {
		b := r.declare(s, local, ImportName, id, im)
		b.Import = &Import{Module: module, Name: name}
	}
	if c.ImportedDefaultBinding != nil {
		add(c.ImportedDefaultBinding.Name.String(), c.ImportedDefaultBinding, "default")
	}
	if c.NameSpaceImport != nil {
		add(c.NameSpaceImport.ImportedBinding.String(), nil, "*")
	}
	if c.NamedImports != nil {
		for _, sp := range c.NamedImports.ImportsList {
			local := sp.Alias
			if local == "" {
				local = sp.IdentifierName
			}
			add(string(local), nil, sp.IdentifierName.String())
		}
	}
}

// declareTarget declares every name in a binding target (identifier or
// pattern), remembering the initializer and the destructuring path.
func (r *resolver) declareTarget(s *Scope, target ast.Expression, kind BindingKind, decl ast.Node, init ast.Expression) {
	forEachTargetIdent(target, nil, func(id *ast.Identifier, path []string) {
		b := r.declare(s, id.Name.String(), kind, id, decl)
		if b.Init == nil && b.Source == nil {
			if path == nil {
				b.Init = init
			} else if init != nil {
				b.Source, b.Path = init, path
			}
		}
	})
}

// forEachTargetIdent calls fn for each identifier a binding or assignment
// target binds, with its destructuring path (nil for a plain identifier).
func forEachTargetIdent(target ast.Expression, path []string, fn func(*ast.Identifier, []string)) {
	sub := func(key string) []string {
		p := make([]string, len(path), len(path)+1)
		copy(p, path)
		return append(p, key)
	}
	switch t := target.(type) {
	case *ast.Identifier:
		fn(t, path)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				fn(&p.Name, sub(p.Name.Name.String()))
			case *ast.PropertyKeyed:
				key := "?"
				if s, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed {
					key = s.Value.String()
				}
				forEachTargetIdent(p.Value, sub(key), fn)
			}
		}
		if t.Rest != nil {
			forEachTargetIdent(t.Rest, sub("..."), fn)
		}
	case *ast.ArrayPattern:
		for i, e := range t.Elements {
			if e != nil {
				forEachTargetIdent(e, sub(strconv.Itoa(i)), fn)
			}
		}
		if t.Rest != nil {
			forEachTargetIdent(t.Rest, sub("..."), fn)
		}
	case *ast.AssignExpression: // a default value: target = default
		forEachTargetIdent(t.Left, path, fn)
	case *ast.Binding:
		forEachTargetIdent(t.Target, path, fn)
	case *ast.SpreadElement:
		forEachTargetIdent(t.Expression, path, fn)
	}
}

// visit resolves the references in n, which is inside scope s.
func (r *resolver) visit(n ast.Node, s *Scope) {
	switch n := n.(type) {
	case nil:
		return
	case *ast.Identifier:
		r.use(n, s, false)
	case *ast.FunctionLiteral:
		r.visitFunction(n, n.ParameterList, n.DeclarationList, s)
	case *ast.ArrowFunctionLiteral:
		r.visitFunction(n, n.ParameterList, n.DeclarationList, s)
	case *ast.ClassLiteral:
		r.visitClass(n, s)
	case *ast.BlockStatement:
		bs := r.newScope(BlockScope, n, s)
		r.declareStatements(bs, n.List)
		for _, st := range n.List {
			r.visit(st, bs)
		}
	case *ast.SwitchStatement:
		r.visit(n.Discriminant, s)
		bs := r.newScope(BlockScope, n, s)
		for _, c := range n.Body {
			r.declareStatements(bs, c.Consequent)
		}
		for _, c := range n.Body {
			r.visit(c.Test, bs)
			for _, st := range c.Consequent {
				r.visit(st, bs)
			}
		}
	case *ast.ForStatement:
		ls := s
		if ld, ok := n.Initializer.(*ast.ForLoopInitializerLexicalDecl); ok {
			ls = r.newScope(BlockScope, n, s)
			r.declareLexical(ls, &ld.LexicalDeclaration)
		}
		r.visitChildren(n, ls)
	case *ast.ForInStatement:
		r.visitForInto(n, n.Into, n.Source, n.Body, s)
	case *ast.ForOfStatement:
		r.visitForInto(n, n.Into, n.Source, n.Body, s)
	case *ast.CatchStatement:
		cs := r.newScope(BlockScope, n, s)
		if n.Parameter != nil {
			forEachTargetIdent(n.Parameter, nil, func(id *ast.Identifier, _ []string) {
				r.declare(cs, id.Name.String(), CatchParam, id, n)
			})
			r.visitTarget(n.Parameter, cs, false)
		}
		if n.Body != nil {
			r.declareStatements(cs, n.Body.List)
			for _, st := range n.Body.List {
				r.visit(st, cs)
			}
		}
	case *ast.Binding:
		r.visitTarget(n.Target, s, false)
		r.visit(n.Initializer, s)
	case *ast.AssignExpression:
		r.visitTarget(n.Left, s, true)
		r.visit(n.Right, s)
	case *ast.UnaryExpression:
		if id, ok := n.Operand.(*ast.Identifier); ok && (n.Operator == token.INCREMENT || n.Operator == token.DECREMENT) {
			r.use(id, s, true)
			return
		}
		r.visit(n.Operand, s)
	case *ast.ImportDeclaration:
		// declared up front; nothing to resolve
	case *ast.LabelledStatement:
		r.visit(n.Statement, s)
	default:
		r.visitChildren(n, s)
	}
}

func (r *resolver) visitChildren(n ast.Node, s *Scope) {
	start := len(r.kids)
	r.kids = appendChildren(r.kids, n)
	end := len(r.kids)
	for i := start; i < end; i++ {
		r.visit(r.kids[i], s) // nested calls push above end and pop back to it
	}
	r.kids = r.kids[:start]
}

// use records a reference to id from scope s.
func (r *resolver) use(id *ast.Identifier, s *Scope, write bool) {
	if r.info.Defs[id] != nil {
		return
	}
	name := id.Name.String()
	b := s.Lookup(name)
	if b == nil {
		r.info.Free[name] = append(r.info.Free[name], id)
		return
	}
	r.info.Uses[id] = b
	b.Refs = append(b.Refs, id)
	if write {
		b.Writes = append(b.Writes, id)
	}
}

// visitTarget resolves a declaration or assignment target: its identifiers
// are declarations (already in Defs) or writes; defaults and computed keys
// are ordinary expressions.
func (r *resolver) visitTarget(t ast.Expression, s *Scope, write bool) {
	switch t := t.(type) {
	case nil:
	case *ast.Identifier:
		r.use(t, s, write)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				r.use(&p.Name, s, write)
				r.visit(p.Initializer, s)
			case *ast.PropertyKeyed:
				if p.Computed {
					r.visit(p.Key, s)
				}
				r.visitTarget(p.Value, s, write)
			case *ast.SpreadElement:
				r.visitTarget(p.Expression, s, write)
			}
		}
		r.visitTarget(t.Rest, s, write)
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			r.visitTarget(e, s, write)
		}
		r.visitTarget(t.Rest, s, write)
	case *ast.AssignExpression:
		r.visitTarget(t.Left, s, write)
		r.visit(t.Right, s)
	case *ast.Binding:
		r.visitTarget(t.Target, s, write)
		r.visit(t.Initializer, s)
	case *ast.SpreadElement:
		r.visitTarget(t.Expression, s, write)
	default: // member expressions and the like
		r.visit(t, s)
	}
}

func (r *resolver) visitFunction(fn ast.Node, params *ast.ParameterList, vars []*ast.VariableDeclaration, s *Scope) {
	outer := s
	if lit, ok := fn.(*ast.FunctionLiteral); ok && lit.Name != nil {
		if r.info.Defs[lit.Name] == nil { // an expression's own name, visible inside only
			outer = r.newScope(ClassScope, nil, s)
			r.declare(outer, lit.Name.Name.String(), FunctionName, lit.Name, lit)
		}
	}
	fs := r.newScope(FunctionScope, fn, outer)
	if params != nil {
		for _, p := range params.List {
			r.declareTarget(fs, p.Target, Param, params, nil)
		}
		if params.Rest != nil {
			r.declareTarget(fs, params.Rest, Param, params, nil)
		}
	}
	r.declareVarList(fs, vars)
	if params != nil {
		for _, p := range params.List {
			r.visitTarget(p.Target, fs, false)
			r.visit(p.Initializer, fs)
		}
		r.visitTarget(params.Rest, fs, false)
	}
	switch b := FunctionBody(fn).(type) {
	case *ast.BlockStatement:
		r.declareStatements(fs, b.List)
		for _, st := range b.List {
			r.visit(st, fs)
		}
	case *ast.ExpressionBody:
		r.visit(b.Expression, fs)
	}
}

func (r *resolver) visitClass(c *ast.ClassLiteral, s *Scope) {
	r.visit(c.SuperClass, s)
	cs := r.newScope(ClassScope, c, s)
	if c.Name != nil {
		if outer := r.info.Defs[c.Name]; outer == nil {
			r.declare(cs, c.Name.Name.String(), ClassName, c.Name, c)
		}
	}
	for _, el := range c.Body {
		switch el := el.(type) {
		case *ast.MethodDefinition:
			if el.Computed {
				r.visit(el.Key, cs)
			}
			if el.Body != nil {
				r.visit(el.Body, cs)
			}
		case *ast.FieldDefinition:
			if el.Computed {
				r.visit(el.Key, cs)
			}
			if el.Initializer != nil {
				fs := r.newScope(FunctionScope, el, cs)
				r.visit(el.Initializer, fs)
			}
		case *ast.ClassStaticBlock:
			if el.Block != nil {
				fs := r.newScope(FunctionScope, el, cs)
				r.declareVarList(fs, el.DeclarationList)
				r.visit(el.Block, fs)
			}
		}
	}
}

func (r *resolver) visitForInto(loop ast.Node, into ast.ForInto, source ast.Expression, body ast.Statement, s *Scope) {
	ls := s
	switch in := into.(type) {
	case *ast.ForDeclaration:
		ls = r.newScope(BlockScope, loop, s)
		kind := Let
		if in.IsConst {
			kind = Const
		}
		r.declareTarget(ls, in.Target, kind, in, nil)
		r.visitTarget(in.Target, ls, false)
	case *ast.ForIntoVar:
		if in.Binding != nil {
			r.visitTarget(in.Binding.Target, s, false)
			r.visit(in.Binding.Initializer, s)
		}
	case *ast.ForIntoExpression:
		r.visitTarget(in.Expression, s, true)
	}
	r.visit(source, s)
	r.visit(body, ls)
}
