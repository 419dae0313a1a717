package tensorlife

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/jsast"
)

// Producers is the fact a file exports about its exported producers:
// functions whose every return makes a new tensor, which their callers in
// other files own as they would a local producer's.
type Producers struct {
	// Names maps an exported producer's name to whether it is async (its
	// tensor comes through await).
	Names map[string]bool
	// Globals are the producers a classic script declares at top level.
	Globals map[string]bool
}

func (*Producers) AFact() {}

func (p *Producers) String() string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(p.Names)) {
		fmt.Fprintf(&b, "%s(async=%v) ", name, p.Names[name])
	}
	for _, name := range slices.Sorted(maps.Keys(p.Globals)) {
		fmt.Fprintf(&b, "global %s(async=%v) ", name, p.Globals[name])
	}
	return strings.TrimSpace(b.String())
}

// importedProducers collects the Producers facts of the files a pass's
// file imports, by file.
func importedProducers(pass *analysis.Pass) map[string]*Producers {
	var out map[string]*Producers
	for _, pf := range pass.AllPackageFacts() {
		if p, ok := pf.Fact.(*Producers); ok {
			if out == nil {
				out = map[string]*Producers{}
			}
			out[pf.Package.Path()] = p
		}
	}
	return out
}

// globalProducers lists the producers a classic script declares.
func (r *Result) globalProducers() map[string]bool {
	out := map[string]bool{}
	for name, b := range r.TF.TopBindings() {
		if fn := b.Function(); fn != nil {
			if _, ok := r.producer[fn]; ok {
				out[name] = r.async[fn]
			}
		}
	}
	return out
}

// exportProducers lists the file's exported producers, those it re-exports
// included.
func (r *Result) exportProducers() map[string]bool {
	out := map[string]bool{}
	for _, ex := range r.TF.Exported() {
		switch {
		case ex.FromSpec != "":
			file, ok := r.TF.ImportedFile(ex.FromSpec)
			if !ok {
				continue
			}
			p := r.imported[file]
			if p == nil {
				continue
			}
			if ex.FromName != "*" {
				if async, ok := p.Names[ex.FromName]; ok {
					out[ex.Name] = async
				}
				continue
			}
			for name, async := range p.Names {
				if name != "default" {
					out[name] = async
				}
			}
		case ex.Func != nil:
			if _, ok := r.producer[ex.Func]; ok {
				out[ex.Name] = r.async[ex.Func]
			}
		case ex.Class != nil:
			for name, m := range jsast.InstanceMethods(ex.Class) {
				if _, ok := r.producer[m.Body]; ok {
					out[ex.Name+"."+name] = r.async[m.Body]
				}
			}
		}
	}
	return out
}

// importedProducer recognises a call of a producer another linted file
// exports; awaited tells whether the call is awaited.
func (r *Result) importedProducer(call *ast.CallExpression, awaited bool) (string, bool) {
	if len(r.imported) == 0 {
		return "", false
	}
	ref, ok := r.TF.ImportedAs(call.Callee)
	if !ok {
		return r.importedMethodProducer(call, awaited)
	}
	if r.imported[ref.File] == nil {
		return "", false
	}
	names := r.imported[ref.File].Names
	if ref.Global {
		names = r.imported[ref.File].Globals
	}
	async, ok := names[ref.Name]
	if !ok || async != awaited {
		return "", false
	}
	return r.File.Text(call.Callee) + "()", true
}

// importedMethodProducer recognises a call of a method that returns a new
// tensor (Producers names it "Class.method") on an instance of a class
// other linted files export, when every class the receiver may hold says so.
func (r *Result) importedMethodProducer(call *ast.CallExpression, awaited bool) (string, bool) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return "", false
	}
	method := dot.Identifier.Name.String()
	targets, ok := r.TF.ProjectMethod(dot.Left, method)
	if !ok {
		return "", false
	}
	for _, t := range targets {
		p := r.imported[t.Imported.File]
		if t.Local != nil || p == nil {
			return "", false
		}
		if async, ok := p.Names[t.Imported.Name+"."+method]; !ok || async != awaited {
			return "", false
		}
	}
	return jsast.ShortCall(call.Callee) + "()", true
}
