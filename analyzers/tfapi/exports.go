package tfapi

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// Exports is the fact a file exports for the files that import it: what
// its exported names hold, so that a model built in model.js is a model in
// the index.js that imports it, and the tensor a helper of utils.js returns
// is a tensor at its call sites.
type Exports struct {
	// Names maps each exported name to its summary. "default" is the
	// default export and CommonJS's module.exports when it is not an object
	// literal.
	Names map[string]Export
	// Globals summarises the top-level declarations of a classic script a
	// page loads: globals of the scripts after it.
	Globals map[string]Export
	// Classes are the classes the file exports (it uses tfjs), each with
	// the methods its own body defines, true for one that plainly returns
	// no tensor: what their instances' methods do is the file's to say (see
	// CallTarget, ProjectMethod and PlainMethod).
	Classes map[string]map[string]bool
	// Namespace is the tfjs namespace ("tf", "tf.data") the file passes
	// on whole with `export * from '@tensorflow/tfjs'`: a project's own
	// shim module (picking tfjs or tfjs-node) is tf to its importers.
	Namespace string
}

// Export summarises one exported name: its value's tfjs class, and for a
// function, the class its call returns (Returns) or, for an async
// function, what awaiting the call gives (Awaits).
type Export struct {
	Class   string
	Returns string
	Awaits  string
	// Func marks a function: its importers' calls of it are its callers,
	// even when it returns nothing tfjs.
	Func bool
	// Number is the value of an exported const initialized with a number
	// literal (a period, a size), else 0.
	Number float64
}

func (*Exports) AFact() {}

func (e *Exports) String() string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(e.Names)) {
		x := e.Names[name]
		fmt.Fprintf(&b, "%s{%s %s %s} ", name, x.Class, x.Returns, x.Awaits)
	}
	for _, name := range slices.Sorted(maps.Keys(e.Classes)) {
		fmt.Fprintf(&b, "class %s ", name)
	}
	for _, name := range slices.Sorted(maps.Keys(e.Globals)) {
		x := e.Globals[name]
		fmt.Fprintf(&b, "global %s{%s %s %s} ", name, x.Class, x.Returns, x.Awaits)
	}
	return strings.TrimSpace(b.String())
}

// imports is what the linted files a file imports export.
type imports struct {
	files   map[string]string                     // specifier -> the linted file it resolves to
	names   map[string]map[string]Export          // file -> its exports
	classes map[string]map[string]map[string]bool // file -> its exported classes -> their own methods
	globals []string                              // the page's classic scripts before this file, in load order
	global  map[string]map[string]Export          // file -> its globals
	ns      map[string]string                     // file -> the tfjs namespace it re-exports whole
	// numbersOnly marks imports whose files export only numeric
	// constants (numberExports): they bring no tfjs into the file.
	numbersOnly bool
}

// Imported names one export of one linted file: Name of File's exports, or
// with Global, File's top-level declaration Name.
type Imported struct {
	File, Name string
	Global     bool
}

// globalOf finds the script that declares a global, the last one loaded
// winning as in a browser.
func (im *imports) globalOf(name string) (Imported, Export, bool) {
	for i := len(im.globals) - 1; i >= 0; i-- {
		if x, ok := im.global[im.globals[i]][name]; ok {
			return Imported{File: im.globals[i], Name: name, Global: true}, x, true
		}
	}
	return Imported{}, Export{}, false
}

// of returns what the file spec resolves to exports (nil: nothing tfjs, or
// not a linted file).
func (im *imports) of(spec string) map[string]Export {
	if im == nil {
		return nil
	}
	return im.names[im.files[spec]]
}

// Exported is one name a file exports, and what it is: a function (Func),
// a class, a binding, another expression, or a name re-exported from
// another file (FromSpec, FromName; FromName "*" for `export * from`).
type Exported struct {
	Name     string
	Func     ast.Node
	Class    *ast.ClassLiteral
	Binding  *jsast.Binding
	Value    ast.Expression
	FromSpec string
	FromName string
}

// Exported lists the file's ES and CommonJS exports, in source order.
func (info *Info) Exported() []Exported {
	var out []Exported
	value := func(name string, e ast.Expression) {
		switch v := e.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			out = append(out, Exported{Name: name, Func: v})
			return
		case *ast.ClassLiteral:
			out = append(out, Exported{Name: name, Class: v})
			return
		case *ast.Identifier:
			if b := info.Scope.ObjectOf(v); b != nil {
				out = append(out, bindingExported(name, b))
				return
			}
		}
		out = append(out, Exported{Name: name, Value: e})
	}
	binding := func(name string, b *jsast.Binding) { out = append(out, bindingExported(name, b)) }
	for _, s := range info.File.Scripts {
		top := info.Scope.Scopes[s.Program]
		if top == nil {
			top = info.Scope.Global
		}
		local := func(name, as string) {
			if b := top.Lookup(name); b != nil {
				binding(as, b)
			}
		}
		for _, ex := range s.Program.ExportEntries {
			switch {
			case ex.FromClause != nil:
				out = append(out, reexports(ex.FromClause.ModuleSpecifier.String(), ex)...)
			case ex.Variable != nil:
				for _, b := range ex.Variable.List {
					if id, ok := b.Target.(*ast.Identifier); ok {
						local(id.Name.String(), id.Name.String())
					}
				}
			case ex.LexicalDeclaration != nil:
				for _, b := range ex.LexicalDeclaration.List {
					if id, ok := b.Target.(*ast.Identifier); ok {
						local(id.Name.String(), id.Name.String())
					}
				}
			case ex.HoistableDeclaration != nil && ex.HoistableDeclaration.FunctionDeclaration != nil:
				fn := ex.HoistableDeclaration.FunctionDeclaration.Function
				name := "default"
				if !ex.IsDefault && fn.Name != nil {
					name = fn.Name.Name.String()
				}
				out = append(out, Exported{Name: name, Func: fn})
			case ex.ClassDeclaration != nil && ex.ClassDeclaration.Class != nil:
				cl := ex.ClassDeclaration.Class
				name := "default"
				if !ex.IsDefault && cl.Name != nil {
					name = cl.Name.Name.String()
				}
				out = append(out, Exported{Name: name, Class: cl})
			case ex.NamedExports != nil:
				for _, sp := range ex.NamedExports.ExportsList {
					local(sp.IdentifierName.String(), cmp.Or(sp.Alias.String(), sp.IdentifierName.String()))
				}
			case ex.AssignExpression != nil:
				value("default", ex.AssignExpression)
			}
		}
		for _, st := range s.Program.Body {
			info.commonJSExports(st, value, binding)
		}
	}
	return out
}

// reexports lists what `export … from spec` passes on: `export * from`,
// or named ones (`export {a, b as c} from`), which sobek keeps either in
// the from clause or beside it.
func reexports(spec string, ex *ast.ExportDeclaration) []Exported {
	named := ex.NamedExports
	if c := ex.ExportFromClause; c != nil {
		if c.IsWildcard {
			if c.Alias != "" {
				return nil // export * as ns: a namespace object
			}
			return []Exported{{Name: "*", FromSpec: spec, FromName: "*"}}
		}
		if c.NamedExports != nil {
			named = c.NamedExports
		}
	}
	if named == nil {
		return nil
	}
	var out []Exported
	for _, sp := range named.ExportsList {
		out = append(out, Exported{Name: cmp.Or(sp.Alias.String(), sp.IdentifierName.String()),
			FromSpec: spec, FromName: sp.IdentifierName.String()})
	}
	return out
}

func bindingExported(name string, b *jsast.Binding) Exported {
	if fn := b.Function(); fn != nil {
		return Exported{Name: name, Func: fn}
	}
	if cl, ok := b.Decl.(*ast.ClassLiteral); ok && b.Kind == jsast.ClassName {
		return Exported{Name: name, Class: cl}
	}
	if cl, ok := b.Init.(*ast.ClassLiteral); ok && b.Stable() {
		return Exported{Name: name, Class: cl}
	}
	return Exported{Name: name, Binding: b}
}

// commonJSExports reads a top-level `module.exports = …`,
// `module.exports.name = …` or `exports.name = …`; an object literal
// assigned to module.exports exports each of its properties.
func (info *Info) commonJSExports(st ast.Statement, value func(string, ast.Expression), binding func(string, *jsast.Binding)) {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return
	}
	as, ok := es.Expression.(*ast.AssignExpression)
	if !ok || as.Operator != token.ASSIGN {
		return
	}
	if info.isModuleExports(as.Left) {
		obj, ok := as.Right.(*ast.ObjectLiteral)
		if !ok {
			value("default", as.Right)
			return
		}
		for _, p := range obj.Value {
			switch p := p.(type) {
			case *ast.PropertyShort:
				if b := info.Scope.ObjectOf(&p.Name); b != nil && p.Initializer == nil {
					binding(p.Name.Name.String(), b)
				}
			case *ast.PropertyKeyed:
				if name, ok := propertyName(p); ok && p.Kind == ast.PropertyKindValue {
					value(name, p.Value)
				}
			}
		}
		return
	}
	if dot, ok := as.Left.(*ast.DotExpression); ok {
		if info.isModuleExports(dot.Left) || info.isFreeName(dot.Left, "exports") {
			value(dot.Identifier.Name.String(), as.Right)
		}
	}
}

func propertyName(p *ast.PropertyKeyed) (string, bool) {
	if p.Computed {
		return "", false
	}
	switch k := p.Key.(type) {
	case *ast.StringLiteral:
		return k.Value.String(), true
	case *ast.Identifier:
		return k.Name.String(), true
	}
	return "", false
}

func (info *Info) isModuleExports(e ast.Expression) bool {
	dot, ok := e.(*ast.DotExpression)
	return ok && dot.Identifier.Name.String() == "exports" && info.isFreeName(dot.Left, "module")
}

func (info *Info) isFreeName(e ast.Expression, name string) bool {
	id, ok := e.(*ast.Identifier)
	return ok && id.Name.String() == name && info.Scope.IsFree(id)
}

// globals summarises the top-level declarations of a classic script.
func (info *Info) globals() map[string]Export {
	out := map[string]Export{}
	for name, b := range info.TopBindings() {
		if x := info.summarize(bindingExported(name, b)); x != (Export{}) {
			out[name] = x
		}
	}
	return out
}

// TopBindings are the file's top-level declarations: the globals of a
// classic script (which jsast may have parsed as a module).
func (info *Info) TopBindings() map[string]*jsast.Binding {
	out := map[string]*jsast.Binding{}
	for _, s := range info.File.Scripts {
		top := info.Scope.Scopes[s.Program]
		if top == nil {
			top = info.Scope.Global
		}
		maps.Copy(out, top.Bindings)
	}
	return out
}

// exports summarises what the file exports, for the Exports fact: the
// exported names' summaries, and the names of the classes it exports.
func (info *Info) exports() (names map[string]Export, classes map[string]map[string]bool) {
	names, classes = map[string]Export{}, map[string]map[string]bool{}
	put := func(name string, x Export) {
		if name != "" && x != (Export{}) {
			names[name] = x
		}
	}
	for _, ex := range info.Exported() {
		switch {
		case ex.FromName == "*":
			from := info.imported.of(ex.FromSpec)
			for _, name := range slices.Sorted(maps.Keys(from)) {
				if name != "default" {
					put(name, from[name])
				}
			}
		case ex.FromSpec != "":
			put(ex.Name, info.imported.of(ex.FromSpec)[ex.FromName])
		case ex.Class != nil:
			classes[ex.Name] = info.ownMethods(ex.Class)
		default:
			put(ex.Name, info.summarize(ex))
		}
	}
	return names, classes
}

// summarize is what a file's own export holds: a function's results, or
// a value's class (nothing for a class or function declaration bound by
// name: its instances and calls are the callers' business).
func (info *Info) summarize(ex Exported) Export {
	switch {
	case ex.Func != nil:
		return info.functionExport(ex.Func)
	case ex.Class != nil:
		return Export{}
	case ex.Binding != nil:
		if k := ex.Binding.Kind; k == jsast.ClassName || k == jsast.FunctionName {
			return Export{}
		}
		return Export{Class: info.classOfBinding(ex.Binding), Number: constNumber(ex.Binding)}
	}
	return Export{Class: info.classOf(ex.Value, 0)}
}

func (info *Info) classOfBinding(b *jsast.Binding) string {
	if c, ok := info.class[b]; ok {
		return c
	}
	return info.bindingClass(b, 0)
}

// functionExport summarises what calling a function gives.
func (info *Info) functionExport(fn ast.Node) Export {
	values := info.returnValues()[fn]
	if slices.Contains(values, nil) {
		return Export{Func: true} // a bare return
	}
	class := info.commonClassOf(values, 0, nil)
	if jsast.IsAsync(fn) {
		return Export{Awaits: class, Func: true}
	}
	return Export{Returns: class, Func: true}
}

// ImportedAs tells which export of which linted file e names: an imported
// binding (`import {f}`, `import f`, `const f = require(…)`,
// `const {f} = require(…)`), a member of an imported namespace (`m.f`
// with `import * as m`, `const m = require(…)`, or a default import of a
// CommonJS file whose module.exports is an object), or a global an earlier
// script of the page declares. Name is "default" for a default import.
func (info *Info) ImportedAs(e ast.Expression) (Imported, bool) {
	if info.imported == nil {
		return Imported{}, false
	}
	switch e := e.(type) {
	case *ast.Identifier:
		b := info.Scope.ObjectOf(e)
		if b == nil {
			ref, _, ok := info.imported.globalOf(e.Name.String())
			return ref, ok
		}
		spec, name, ok := info.importSpec(b)
		if !ok || name == "*" {
			return Imported{}, false
		}
		return Imported{File: info.imported.files[spec], Name: name}, true
	case *ast.DotExpression:
		id, ok := e.Left.(*ast.Identifier)
		if !ok {
			return Imported{}, false
		}
		b := info.Scope.ObjectOf(id)
		if b == nil {
			return Imported{}, false
		}
		spec, name, ok := info.importSpec(b)
		if !ok {
			return Imported{}, false
		}
		if _, hasDefault := info.imported.of(spec)["default"]; name == "*" || name == "default" && !hasDefault {
			return Imported{File: info.imported.files[spec], Name: e.Identifier.Name.String()}, true
		}
	}
	return Imported{}, false
}

// importSpec tells where an imported binding comes from: the specifier
// of a linted file and the name it imports ("*" for a namespace,
// "default").
func (info *Info) importSpec(b *jsast.Binding) (spec, name string, ok bool) {
	switch {
	case b.Import != nil:
		spec, name = b.Import.Module, b.Import.Name
	case b.Stable() && b.Init != nil:
		spec, _ = requireSpec(info.Scope, b.Init)
		name = "default"
	case b.Source != nil && len(b.Path) == 1:
		spec, _ = requireSpec(info.Scope, b.Source)
		name = b.Path[0]
	}
	if _, linted := info.imported.files[spec]; spec == "" || !linted {
		return "", "", false
	}
	return spec, name, true
}

// requireSpec returns the specifier of a `require('…')` call of the free
// require.
func requireSpec(scope *jsast.Info, e ast.Expression) (string, bool) {
	call, ok := e.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 1 {
		return "", false
	}
	if id, ok := call.Callee.(*ast.Identifier); !ok || id.Name != "require" || !scope.IsFree(id) {
		return "", false
	}
	lit, ok := call.ArgumentList[0].(*ast.StringLiteral)
	if !ok {
		return "", false
	}
	return lit.Value.String(), true
}

// ImportedFile is the linted file a specifier of this file resolves to.
func (info *Info) ImportedFile(spec string) (string, bool) {
	if info.imported == nil {
		return "", false
	}
	file, ok := info.imported.files[spec]
	return file, ok
}

// importedExport is the summary of the export e names, if e names one.
func (info *Info) importedExport(e ast.Expression) (Export, bool) {
	ref, ok := info.ImportedAs(e)
	if !ok {
		return Export{}, false
	}
	if ref.Global {
		return info.imported.global[ref.File][ref.Name], true
	}
	return info.imported.names[ref.File][ref.Name], true
}

// ImportedNumber is the value of the imported const that e names, when
// its file exports it initialized with a number literal.
func (info *Info) ImportedNumber(e ast.Expression) (float64, bool) {
	info.mu.Lock()
	defer info.mu.Unlock()
	if info.imported == nil {
		return 0, false
	}
	x, ok := info.importedExport(e)
	return x.Number, ok && x.Number != 0
}

// numberExports are the file's own `export const NAME = <number>`
// declarations, as Exports names holding only Number; read from the syntax
// alone, since files without tfjs have no scopes resolved.
func (info *Info) numberExports() map[string]Export {
	var out map[string]Export
	for _, s := range info.File.Scripts {
		for _, ex := range s.Program.ExportEntries {
			d := ex.LexicalDeclaration
			if d == nil || d.Token != token.CONST {
				continue
			}
			for _, b := range d.List {
				id, ok := b.Target.(*ast.Identifier)
				if !ok {
					continue
				}
				if v := numberLiteral(b.Initializer); v != 0 {
					if out == nil {
						out = map[string]Export{}
					}
					out[id.Name.String()] = Export{Number: v}
				}
			}
		}
	}
	return out
}

// constNumber is the value of a const initialized with a number literal,
// else 0.
func constNumber(b *jsast.Binding) float64 {
	if b.Kind != jsast.Const {
		return 0
	}
	return numberLiteral(b.Init)
}

// numberLiteral is the value of a number literal, else 0.
func numberLiteral(e ast.Expression) float64 {
	lit, ok := e.(*ast.NumberLiteral)
	if !ok {
		return 0
	}
	switch v := lit.Value.(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

// importedBinding is the summary of the export an imported binding holds.
func (info *Info) importedBinding(b *jsast.Binding) (Export, bool) {
	if info.imported == nil {
		return Export{}, false
	}
	spec, name, ok := info.importSpec(b)
	if !ok || name == "*" {
		return Export{}, false
	}
	x, has := info.imported.of(spec)[name]
	if !has && name == "default" {
		return Export{}, false // a CommonJS exports object: a namespace
	}
	return x, true
}

// importedCall is what calling an imported function gives (awaited: what
// awaiting the call gives).
func (info *Info) importedCall(call *ast.CallExpression, awaited bool) (string, bool) {
	x, ok := info.importedExport(call.Callee)
	if !ok {
		return "", false
	}
	if awaited {
		return x.Awaits, true
	}
	return x.Returns, true
}

// CallTarget tells which function of another linted file a call runs: an
// imported function (Method "") or a method of an instance of an imported
// class (`new Agent()` held in a variable or a this field).
func (info *Info) CallTarget(call *ast.CallExpression) (ref Imported, method string, ok bool) {
	if info.imported == nil {
		return Imported{}, "", false
	}
	callee := jsast.UnwrapOptional(call.Callee)
	if ref, ok := info.ImportedAs(callee); ok {
		return ref, "", true
	}
	dot, isDot := callee.(*ast.DotExpression)
	if !isDot {
		return Imported{}, "", false
	}
	info.mu.Lock()
	defer info.mu.Unlock()
	if ref, ok := info.importedInstance(dot.Left, 0); ok {
		return ref, dot.Identifier.Name.String(), true
	}
	return Imported{}, "", false
}

// importedInstance tells the imported class whose instance e holds: a
// stable variable or every value of a this field made by `new C(…)` with C
// an imported class.
func (info *Info) importedInstance(e ast.Expression, depth int) (Imported, bool) {
	if depth > maxChain {
		return Imported{}, false
	}
	var values []ast.Expression
	switch e := e.(type) {
	case *ast.NewExpression:
		ref, ok := info.ImportedAs(e.Callee)
		_, class := info.imported.classes[ref.File][ref.Name]
		return ref, ok && !ref.Global && class
	case *ast.Identifier:
		b := info.Scope.ObjectOf(e)
		if b == nil || !b.Stable() || b.Init == nil {
			return Imported{}, false
		}
		values = []ast.Expression{b.Init}
	case *ast.DotExpression:
		if _, ok := e.Left.(*ast.ThisExpression); !ok {
			return Imported{}, false
		}
		values = info.thisFields[fieldKey{info.EnclosingClass(e), e.Identifier.Name.String()}]
	}
	var ref Imported
	for i, v := range values {
		r, ok := info.importedInstance(v, depth+1)
		if !ok || i > 0 && r != ref {
			return Imported{}, false
		}
		ref = r
	}
	return ref, len(values) > 0
}

// annotatedClass is the tfjs class a TypeScript annotation gives a
// parameter or variable (`x: tf.Tensor2D`, `model: LayersModel`), or "".
// A qualified name counts when its namespace is tf (or another name the
// file binds to tfjs); a bare one when the file imports tfjs at all.
func (info *Info) annotatedClass(b *jsast.Binding) string {
	if t := info.File.TypeAnnotation(b.Ident); t != "" {
		return info.typeClass(t)
	}
	if b.Kind != jsast.Param || b.Ident == nil || info.File.Kind != jsast.TS && info.File.Kind != jsast.TSX {
		return ""
	}
	// A property of a destructured parameter ({ model }: { model:
	// tf.LayersModel }, React props): the type literal after the pattern.
	var prop string
	switch p := info.File.Parent(b.Ident).(type) {
	case *ast.PropertyShort:
		prop = p.Name.Name.String()
		if pat, ok := info.File.Parent(p).(*ast.ObjectPattern); ok {
			return info.typeClass(info.File.PropertyAnnotation(pat, prop))
		}
	case *ast.PropertyKeyed:
		if key, ok := p.Key.(*ast.StringLiteral); ok && !p.Computed {
			if pat, ok := info.File.Parent(p).(*ast.ObjectPattern); ok {
				return info.typeClass(info.File.PropertyAnnotation(pat, key.Value.String()))
			}
		}
	}
	return ""
}

// typeClass is the tfjs class a TypeScript type name t stands for, or "".
func (info *Info) typeClass(t string) string {
	if t == "" {
		return ""
	}
	ns, name, qualified := strings.Cut(t, ".")
	if !qualified {
		name = ns
		if !bytes.Contains(info.File.Src, []byte("@tensorflow/tfjs")) {
			return ""
		}
	} else if strings.Contains(name, ".") || ns != "tf" && !info.tfNamespace(ns) {
		return ""
	}
	switch {
	case name == "Scalar" || name == "Tensor" || len(name) == 8 && strings.HasPrefix(name, "Tensor") && strings.HasSuffix(name, "D"):
		return "Tensor"
	case IsClass(name):
		return name
	}
	return ""
}

// tfNamespace reports a top-level name bound to a tfjs module
// (`import * as tfjs from '@tensorflow/tfjs'`).
func (info *Info) tfNamespace(name string) bool {
	b := info.TopBindings()[name]
	return b != nil && b.Import != nil && IsModule(b.Import.Module)
}

// ownMethods maps the instance methods a class body defines to whether
// each plainly returns no tensor.
func (info *Info) ownMethods(cl *ast.ClassLiteral) map[string]bool {
	out := map[string]bool{}
	for name, m := range jsast.InstanceMethods(cl) {
		out[name] = info.plainReturns(m.Body)
	}
	return out
}
