package modeldesc

import (
	"cmp"
	"slices"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

const maxDepth = 16

// Reader reads the models of one file. Its methods are not safe for
// concurrent use (it caches): each analyzer pass of a file takes its own
// from Info.Reader.
type Reader struct {
	Info *tfapi.Info
	File *jsast.File
	Flow *flow.Flow
	Eval *constant.Evaluator

	trail     flow.Trail
	defs      map[Key][]Def
	owners    map[ast.Expression]owner // by Def.Value: the earliest definition storing it
	adds      map[Key][]AddCall
	fileDone  bool
	fileModel []*Model
	built     map[*ast.CallExpression]*Model // functional models by call
	seqs      map[seqKey]*Model
}

type owner struct {
	key Key
	def *Def
}

type seqKey struct {
	call *ast.CallExpression
	at   ast.Node
}

// NewReader prepares a Reader for a file.
func NewReader(info *tfapi.Info) *Reader {
	return &Reader{
		Info:  info,
		File:  info.File,
		Flow:  flow.New(info.File, info.Scope),
		Eval:  constant.New(info.File),
		trail: flow.Trail{Max: 4 * maxDepth},
		built: map[*ast.CallExpression]*Model{},
		seqs:  map[seqKey]*Model{},
	}
}

// Key names where a model (or any value) lives: a variable, an undeclared
// global of a page, or a property of `this` in a class.
type Key struct {
	B      *jsast.Binding
	Global string
	Class  *ast.ClassLiteral
	Field  string
}

// KeyOf returns the key an expression names.
func (r *Reader) KeyOf(e ast.Expression) (Key, bool) {
	switch x := e.(type) {
	case *ast.Identifier:
		if b := r.Info.Scope.ObjectOf(x); b != nil {
			return Key{B: b}, true
		}
		return Key{Global: x.Name.String()}, true
	case *ast.DotExpression:
		if _, this := x.Left.(*ast.ThisExpression); this {
			if cl := r.Flow.ThisClass(x); cl != nil {
				return Key{Class: cl, Field: x.Identifier.Name.String()}, true
			}
		}
	}
	return Key{}, false
}

// Def is one value stored in a key: a declaration, an assignment or a
// class field.
type Def struct {
	At    ast.Node // the declaring identifier or the assignment
	Value ast.Expression
}

// AddCall is a `key.add(layer)` call.
type AddCall struct {
	Call  *ast.CallExpression
	Layer ast.Expression
}

// Defs returns the values stored in k, in source order.
func (r *Reader) Defs(k Key) []Def {
	r.index()
	return r.defs[k]
}

// index collects, once per file, what every key is assigned and the layers
// added to it.
func (r *Reader) index() {
	if r.defs != nil {
		return
	}
	r.defs = map[Key][]Def{}
	r.adds = map[Key][]AddCall{}
	for id, b := range r.Info.Scope.Defs {
		if b.Init != nil && b.Ident == id {
			r.defs[Key{B: b}] = append(r.defs[Key{B: b}], Def{At: id, Value: b.Init})
		}
	}
	types := []ast.Node{(*ast.AssignExpression)(nil), (*ast.CallExpression)(nil), (*ast.FieldDefinition)(nil)}
	r.File.Inspector().Preorder(types, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if n.Operator != token.ASSIGN {
				return
			}
			if k, ok := r.KeyOf(n.Left); ok {
				r.defs[k] = append(r.defs[k], Def{At: n, Value: n.Right})
			}
		case *ast.FieldDefinition:
			k, ok := n.Key.(*ast.StringLiteral)
			if !ok || n.Computed || n.Static || n.Initializer == nil {
				return
			}
			if cl, ok := r.File.Parent(n).(*ast.ClassLiteral); ok {
				key := Key{Class: cl, Field: k.Value.String()}
				r.defs[key] = append(r.defs[key], Def{At: n, Value: n.Initializer})
			}
		case *ast.CallExpression:
			dot, ok := n.Callee.(*ast.DotExpression)
			if !ok || dot.Identifier.Name != "add" || len(n.ArgumentList) != 1 {
				return
			}
			if k, ok := r.KeyOf(dot.Left); ok {
				r.adds[k] = append(r.adds[k], AddCall{Call: n, Layer: n.ArgumentList[0]})
			}
		}
	})
	// Declarations come from a map: put every key's definitions in source order.
	r.owners = map[ast.Expression]owner{}
	for k, ds := range r.defs {
		slices.SortStableFunc(ds, func(a, b Def) int { return cmp.Compare(a.At.Idx0(), b.At.Idx0()) })
		for i := range ds {
			if o, ok := r.owners[ds[i].Value]; !ok || ds[i].At.Idx0() < o.def.At.Idx0() {
				r.owners[ds[i].Value] = owner{key: k, def: &ds[i]}
			}
		}
	}
}

// EnclosingFunction returns the function, arrow or program around n.
func (r *Reader) EnclosingFunction(n ast.Node) ast.Node {
	for p := r.File.Parent(n); p != nil; n, p = p, r.File.Parent(p) {
		switch p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return p
		}
	}
	return n
}

// reaching returns the definitions that may reach site within its
// function: the last one before it there, and the ones before that while
// the later ones sit under a condition or in a loop (they may not run); nil
// when none of ds is in that function.
func (r *Reader) reaching(ds []Def, site ast.Node) []Def {
	fn := r.EnclosingFunction(site)
	var out []Def
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.At.Idx0() >= site.Idx0() || r.EnclosingFunction(d.At) != fn {
			continue
		}
		out = append(out, d)
		if r.Certain(d.At, fn, site) {
			return out
		}
	}
	return nil // none surely runs before site here: every definition may reach it
}

// redefinedBetween reports another definition of k between d and n in d's function.
func (r *Reader) redefinedBetween(k Key, d *Def, n ast.Node) bool {
	fn := r.EnclosingFunction(d.At)
	for _, o := range r.defs[k] {
		if o.At != d.At && o.At.Idx0() > d.At.Idx0() && o.At.Idx0() < n.Idx0() && r.EnclosingFunction(o.At) == fn {
			return true
		}
	}
	return false
}

// Certain reports whether n runs whenever its function body (or the block
// holding from, when from is in the same function) runs: no condition or
// loop sits in between.
func (r *Reader) Certain(n ast.Node, fn ast.Node, from ast.Node) bool {
	for p := r.File.Parent(n); p != nil && p != fn; p = r.File.Parent(p) {
		if from != nil && start(p) <= from.Idx0() && from.Idx1() <= p.Idx1() {
			return true // the block that also holds the definition
		}
		switch p.(type) {
		case *ast.IfStatement, *ast.SwitchStatement, *ast.CaseStatement, *ast.ConditionalExpression,
			*ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement, *ast.WhileStatement, *ast.DoWhileStatement,
			*ast.TryStatement, *ast.CatchStatement:
			return false
		case *ast.BinaryExpression:
			switch p.(*ast.BinaryExpression).Operator {
			case token.LOGICAL_AND, token.LOGICAL_OR, token.COALESCE:
				return false
			}
		}
	}
	return true
}

// Property returns the value of key in a config object literal; nil when
// absent or when the object has a spread (its value is then unknown).
func Property(obj *ast.ObjectLiteral, key string) ast.Expression {
	if obj == nil {
		return nil
	}
	for _, p := range obj.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			return nil
		}
	}
	return constant.Property(obj, key)
}

// start is where a node begins. The parser leaves an if statement's own
// index at 0 in some inputs; its test then marks the start.
func start(n ast.Node) file.Idx {
	if s, ok := n.(*ast.IfStatement); ok && s.If == 0 && s.Test != nil {
		return s.Test.Idx0()
	}
	return n.Idx0()
}
