package tfapi

import (
	"bytes"
	"reflect"
	"sync"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:       "tfapi",
	Doc:        "resolves the tfjs namespace and the tfjs API of every call",
	Run:        run,
	Requires:   []*analysis.Analyzer{jsfile.Analyzer},
	ResultType: reflect.TypeOf((*Info)(nil)),
	FactTypes:  []analysis.Fact{new(Exports)},
}

// Call is one resolved call or `new` of a tfjs API.
type Call struct {
	Node ast.Expression // *ast.CallExpression or *ast.NewExpression
	API  API
}

// Info is the tfapi result for one file.
type Info struct {
	File  *jsast.File
	Scope *jsast.Info
	// Calls are the resolved tfjs calls, in source order.
	Calls []Call
	// UsesTF reports whether the file refers to the tfjs namespace at all,
	// or imports a linted file that exports tfjs values.
	UsesTF bool
	// Trains reports whether the file calls a training API (fit,
	// fitDataset, trainOnBatch, minimize, applyGradients).
	Trains bool

	// mu guards the lazily filled caches below: the analyzers that share
	// this result run in parallel.
	mu     sync.Mutex
	byNode map[ast.Expression]API
	names  map[*jsast.Binding]string
	class  map[*jsast.Binding]string
	// thisFields holds what is assigned to this.X (or declared as a class
	// field X) anywhere in the file, so that this.model.predict resolves.
	thisFields map[fieldKey][]ast.Expression
	fieldClass map[fieldKey]string
	// fieldAnnotation is the class a TypeScript class field's annotation
	// names (parameter properties included).
	fieldAnnotation map[fieldKey]string
	classes         []*ast.ClassLiteral                 // in source order
	outerClass      []int                               // per class, the index of the class around it, or -1
	assigns         map[*jsast.Binding][]ast.Expression // built on first use
	sites           map[ast.Node][]*ast.CallExpression  // built on first use
	returns         map[ast.Node][]ast.Expression       // built on first use
	duck            map[*jsast.Binding]bool             // parameters used as tensors; built on first use
	// imported answers what the linted files this one imports export;
	// nil when it imports none.
	imported *imports
}

// fieldKey names this.X inside one class (nil: outside any class).
type fieldKey struct {
	class *ast.ClassLiteral
	name  string
}

func run(pass *analysis.Pass) (any, error) {
	f := pass.ResultOf[jsfile.Analyzer].(*jsast.File)
	info := resolve(f, importsOf(pass))
	ns := info.reexportedNamespace()
	if info.UsesTF || ns != "" || info.imported != nil && !info.imported.numbersOnly {
		names, classes := info.exports()
		fact := &Exports{Names: names, Classes: classes, Namespace: ns}
		if runctx.Of(pass).Classic {
			fact.Globals = info.globals()
		}
		if len(fact.Names) > 0 || len(fact.Globals) > 0 || len(fact.Classes) > 0 || fact.Namespace != "" {
			pass.ExportPackageFact(fact)
		}
	} else if nums := info.numberExports(); len(nums) > 0 {
		// A constants module without tfjs: its numbers (a timer period)
		// still tell its importers how often their code runs.
		pass.ExportPackageFact(&Exports{Names: nums})
	}
	return info, nil
}

// importsOf returns what the files this pass's file imports export, or
// nil when none of them exports anything tfjs.
func importsOf(pass *analysis.Pass) *imports {
	ctx := runctx.Of(pass)
	if len(ctx.Imports) == 0 && len(ctx.Globals) == 0 {
		return nil
	}
	im := &imports{files: ctx.Imports, globals: ctx.Globals, names: map[string]map[string]Export{},
		classes: map[string]map[string]map[string]bool{}, global: map[string]map[string]Export{},
		ns: map[string]string{}}
	for _, pf := range pass.AllPackageFacts() {
		if ex, ok := pf.Fact.(*Exports); ok {
			if ex.Namespace != "" {
				im.ns[pf.Package.Path()] = ex.Namespace
			}
			if len(ex.Names) > 0 || len(ex.Classes) > 0 {
				im.names[pf.Package.Path()] = ex.Names
			}
			if len(ex.Classes) > 0 {
				im.classes[pf.Package.Path()] = ex.Classes
			}
			if len(ex.Globals) > 0 {
				im.global[pf.Package.Path()] = ex.Globals
			}
		}
	}
	constants := false
	for _, file := range ctx.Imports {
		if im.ns[file] != "" {
			return im
		}
		if im.names[file] != nil {
			if len(im.classes[file]) == 0 && numbersOnly(im.names[file]) {
				constants = true
				continue
			}
			return im
		}
	}
	for _, file := range ctx.Globals {
		if im.global[file] != nil {
			return im
		}
	}
	if constants {
		im.numbersOnly = true // only constants modules: no tfjs reaches the file through them
		return im
	}
	return nil
}

// Resolve computes the tfapi Info of a parsed file on its own.
func Resolve(f *jsast.File) *Info { return resolve(f, nil) }

func resolve(f *jsast.File, imported *imports) *Info {
	if (imported == nil || imported.numbersOnly) && !mentionsTF(f.Src) {
		// Without the word tf, a tfjs package name or an import of a file
		// that exports tfjs values nothing can reach tfjs; skipping scope
		// resolution speeds up non-tfjs files.
		return &Info{File: f, Scope: &jsast.Info{Global: &jsast.Scope{Kind: jsast.GlobalScope}}, byNode: map[ast.Expression]API{}}
	}
	info := &Info{
		File:     f,
		Scope:    f.Info(),
		byNode:   map[ast.Expression]API{},
		names:    map[*jsast.Binding]string{},
		class:    map[*jsast.Binding]string{},
		imported: imported,

		thisFields: map[fieldKey][]ast.Expression{},
		fieldClass: map[fieldKey]string{},

		fieldAnnotation: map[fieldKey]string{},
	}
	info.collectThisFields()
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil)}, func(n ast.Node) {
		e := n.(ast.Expression)
		if api, ok := info.resolveCall(e); ok {
			info.byNode[e] = api
			info.Calls = append(info.Calls, Call{Node: e, API: api})
			if api.Train {
				info.Trains = true
			}
		}
	})
	info.UsesTF = len(info.Calls) > 0 || info.namespaceBound() || imported != nil && !imported.numbersOnly
	return info
}

// API returns the tfjs API a call or `new` expression invokes.
func (info *Info) API(call ast.Expression) (API, bool) {
	api, ok := info.byNode[call]
	return api, ok
}

// namespaceBound reports a tfjs import or require even when no call resolved.
func (info *Info) namespaceBound() bool {
	if len(info.Scope.Free["tf"]) > 0 {
		return true
	}
	for _, s := range append([]*jsast.Scope{info.Scope.Global}, info.Scope.Global.Children...) {
		for _, b := range s.Bindings {
			if b.Import != nil && IsModule(b.Import.Module) {
				return true
			}
			if b.Init != nil && isRequireTF(info.Scope, b.Init) {
				return true
			}
		}
	}
	return false
}

// mentionsTF reports whether src contains the identifier tf or a tfjs
// package name: the only ways code can reach tfjs.
func mentionsTF(src []byte) bool {
	if bytes.Contains(src, []byte("@tensorflow/tfjs")) {
		return true
	}
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("tf"))
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !isIdentByte(src[j-1])) && (j+2 == len(src) || !isIdentByte(src[j+2])) {
			return true
		}
		i = j + 2
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// numbersOnly reports exports that are all plain numeric constants.
func numbersOnly(names map[string]Export) bool {
	if len(names) == 0 {
		return false
	}
	for _, x := range names {
		if x != (Export{Number: x.Number}) {
			return false
		}
	}
	return true
}
