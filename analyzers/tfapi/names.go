package tfapi

import (
	"strconv"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// maxChain bounds how many aliases a name is followed through.
const maxChain = 32

// IsModule reports whether a module specifier is a tfjs package
// (@tensorflow/tfjs, -core, -layers, -data, -node, -node-gpu, -backend-*...).
func IsModule(spec string) bool {
	return spec == "@tensorflow/tfjs" || strings.HasPrefix(spec, "@tensorflow/tfjs-") ||
		strings.HasPrefix(spec, "@tensorflow/tfjs/")
}

// Name returns the canonical tfjs name an expression denotes: "tf" for a
// namespace binding, "tf.train" for a sub-namespace, "tf.train.sgd" for an
// API function. It is "" when the expression is not (known to be) tfjs.
func (info *Info) Name(e ast.Expression) string {
	info.mu.Lock()
	defer info.mu.Unlock()
	return info.name(e, 0)
}

func (info *Info) name(e ast.Expression, depth int) string {
	if e == nil || depth > maxChain {
		return ""
	}
	e = jsast.UnwrapOptional(e)
	return info.computeName(e, depth)
}

func (info *Info) computeName(e ast.Expression, depth int) string {
	switch e := e.(type) {
	case *ast.Identifier:
		return info.identName(e, depth)
	case *ast.DotExpression:
		if base := info.name(e.Left, depth+1); base != "" {
			return base + "." + e.Identifier.Name.String()
		}
		if info.Scope.GlobalName(e) == "tf" { // window.tf
			return "tf"
		}
	case *ast.BracketExpression:
		if s, ok := e.Member.(*ast.StringLiteral); ok {
			if base := info.name(e.Left, depth+1); base != "" {
				return base + "." + s.Value.String()
			}
		}
	case *ast.CallExpression:
		if isRequireTF(info.Scope, e) {
			return moduleBase(e.ArgumentList[0].(*ast.StringLiteral).Value.String())
		}
	case *ast.AwaitExpression: // await import('@tensorflow/tfjs')
		if c, ok := e.Argument.(*ast.CallExpression); ok {
			if _, ok := c.Callee.(*ast.DynamicImportExpression); ok && len(c.ArgumentList) == 1 {
				if s, ok := c.ArgumentList[0].(*ast.StringLiteral); ok && IsModule(s.Value.String()) {
					return moduleBase(s.Value.String())
				}
			}
		}
	}
	return ""
}

func (info *Info) identName(id *ast.Identifier, depth int) string {
	b := info.Scope.ObjectOf(id)
	if b == nil {
		if id.Name == "tf" {
			return "tf" // the global of pages that load tfjs with <script src>
		}
		return ""
	}
	// Memoized per binding; the empty entry set first breaks cycles such
	// as `var a = a.b`.
	if n, ok := info.names[b]; ok {
		return n
	}
	info.names[b] = ""
	n := info.bindingName(b, depth)
	info.names[b] = n
	return n
}

func (info *Info) bindingName(b *jsast.Binding, depth int) string {
	if b.Import != nil {
		if !IsModule(b.Import.Module) {
			return info.imported.reexportedName(b.Import.Module, b.Import.Name)
		}
		base := moduleBase(b.Import.Module)
		switch b.Import.Name {
		case "*", "default":
			return base
		}
		return base + "." + b.Import.Name
	}
	if !b.Stable() {
		return ""
	}
	if b.Init != nil {
		return info.name(b.Init, depth+1)
	}
	if b.Source != nil {
		base := info.name(b.Source, depth+1)
		if base == "" {
			return ""
		}
		for _, p := range b.Path {
			if p == "..." || p == "?" || isIndex(p) {
				return ""
			}
		}
		return base + "." + strings.Join(b.Path, ".")
	}
	return ""
}

func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// moduleBase is the name a tfjs package's namespace has in the union
// package: tfjs-data's is tf.data; the others' functions are tf's.
func moduleBase(spec string) string {
	if spec == "@tensorflow/tfjs-data" {
		return "tf.data"
	}
	return "tf"
}

// isRequireTF reports `require('@tensorflow/tfjs…')` with the free require.
func isRequireTF(scope *jsast.Info, e ast.Expression) bool {
	spec, ok := requireSpec(scope, e)
	return ok && IsModule(spec)
}

// reexportedName is the tfjs name an import of a project file that
// re-exports a tfjs package whole denotes: its namespace, or one of the
// package's names the file does not define itself.
func (im *imports) reexportedName(spec, name string) string {
	if im == nil {
		return ""
	}
	file := im.files[spec]
	base := im.ns[file]
	switch {
	case base == "":
		return ""
	case name == "*":
		return base
	case name == "default":
		return "" // export * passes no default
	}
	if _, own := im.names[file][name]; own {
		return ""
	}
	return base + "." + name
}

// reexportedNamespace is the tfjs namespace the file re-exports whole
// (`export * from '@tensorflow/tfjs'`, or from a project file that does).
func (info *Info) reexportedNamespace() string {
	for _, ex := range info.Exported() {
		if ex.FromName != "*" {
			continue
		}
		if IsModule(ex.FromSpec) {
			return moduleBase(ex.FromSpec)
		}
		if info.imported != nil {
			if base := info.imported.ns[info.imported.files[ex.FromSpec]]; base != "" {
				return base
			}
		}
	}
	return ""
}

// ForeignRoot reports an expression rooted in another library's module
// (an import or require of a package that is not tfjs): its fit is not a
// tfjs model's.
func (info *Info) ForeignRoot(e ast.Expression) bool {
	root := jsast.RootIdent(e)
	if root == nil {
		return false
	}
	b := info.Scope.ObjectOf(root)
	if b == nil {
		return false
	}
	if b.Import != nil {
		return !IsModule(b.Import.Module)
	}
	call, ok := b.Init.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 1 {
		return false
	}
	if id, ok := call.Callee.(*ast.Identifier); !ok || id.Name != "require" {
		return false
	}
	spec, ok := call.ArgumentList[0].(*ast.StringLiteral)
	return ok && !IsModule(spec.Value.String())
}
