package manualexport

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "manualexport",
	Doc:      "reports model weights serialized by hand (rule manual-weight-export, tip 9)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/manual-weight-export.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "manual-weight-export"

// maxDepth bounds how far a value is followed back.
const maxDepth = 8

// readMethods read a tensor's values out.
var readMethods = map[string]bool{"dataSync": true, "arraySync": true, "data": true, "array": true}

// weightMembers are the properties of a model or layer that list its weights.
var weightMembers = map[string]bool{"weights": true, "trainableWeights": true, "nonTrainableWeights": true}

// modelClasses are the classes whose getWeights is tfjs's.
var modelClasses = map[string]bool{"LayersModel": true, "Sequential": true, "Layer": true}

type span struct{ from, to file.Idx }

func (s span) has(n ast.Node) bool { return s.from <= n.Idx0() && n.Idx1() <= s.to }

type checker struct {
	pass *analysis.Pass
	info *tfapi.Info
	cx   *contexts.Info
	// ownGetWeights: the file defines a getWeights of its own, so an
	// untyped receiver's getWeights may be that one.
	ownGetWeights bool
	// strict: only receivers typed as a tfjs model or layer count (the
	// untyped getWeights fallback is off).
	strict  bool
	reads   []ast.Node                  // the weight reads
	tainted map[*jsast.Binding]ast.Node // variables holding read values, and the read
	order   []*jsast.Binding            // tainted in the order found, for deterministic messages
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	c := &checker{pass: pass, info: info, cx: pass.ResultOf[contexts.Analyzer].(*contexts.Info), tainted: map[*jsast.Binding]ast.Node{}}
	f := info.File
	f.Inspector().Preorder([]ast.Node{(*ast.MethodDefinition)(nil), (*ast.FunctionLiteral)(nil), (*ast.PropertyKeyed)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.MethodDefinition:
			if k, ok := x.Key.(*ast.StringLiteral); ok && k.Value == "getWeights" {
				c.ownGetWeights = true
			}
		case *ast.FunctionLiteral:
			if x.Name != nil && x.Name.Name == "getWeights" {
				c.ownGetWeights = true
			}
		case *ast.PropertyKeyed:
			if k, ok := x.Key.(*ast.StringLiteral); ok && k.Value == "getWeights" {
				c.ownGetWeights = true
			}
		}
	})
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		if dot, ok := call.Callee.(*ast.DotExpression); ok && readMethods[dot.Identifier.Name.String()] && c.isWeight(dot.Left, 0) {
			c.reads = append(c.reads, call)
		}
	})
	c.tensorJSON()
	if len(c.reads) == 0 || !c.roundTrip() {
		return nil, nil
	}
	c.propagate()
	c.sinks()
	return nil, nil
}

// roundTrip reports a file that restores weights by hand (setWeights)
// and never calls model.save: the export is meant to come back into tfjs,
// which model.save and tf.loadLayersModel do. A file that also saves
// properly, or never restores, exports for another consumer (a
// microcontroller's C header, a server's own format).
func (c *checker) roundTrip() bool {
	restores, saves := false, false
	c.info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok {
			return
		}
		switch dot.Identifier.Name {
		case "setWeights":
			restores = true
		case "save":
			if api, ok := c.info.API(call); ok && api.Name == "LayersModel.save" {
				saves = true
			} else if len(call.ArgumentList) > 0 {
				if s, ok := call.ArgumentList[0].(*ast.StringLiteral); ok && strings.Contains(s.Value.String(), "://") {
					saves = true
				}
			}
		}
	})
	return restores && !saves
}

// isWeight reports an expression that holds a model's or layer's weight
// variables, a list of them or one of them.
func (c *checker) isWeight(e ast.Expression, depth int) bool {
	if depth > maxDepth || e == nil {
		return false
	}
	switch x := jsast.UnwrapOptional(e).(type) {
	case *ast.CallExpression:
		dot, ok := x.Callee.(*ast.DotExpression)
		if !ok {
			return false
		}
		switch dot.Identifier.Name {
		case "getWeights":
			return c.modelReceiver(dot.Left, true)
		case "read":
			return c.isWeight(dot.Left, depth+1) // LayerVariable.read()
		case "slice", "filter", "concat":
			return c.isWeight(dot.Left, depth+1)
		}
	case *ast.DotExpression:
		name := x.Identifier.Name.String()
		switch {
		case weightMembers[name]:
			return c.modelReceiver(x.Left, false)
		case name == "val":
			return c.isWeight(x.Left, depth+1)
		}
	case *ast.BracketExpression:
		return c.isWeight(x.Left, depth+1)
	case *ast.AwaitExpression:
		return c.isWeight(x.Argument, depth+1)
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b == nil {
			return false
		}
		if b.Init != nil && !b.Reassigned() {
			return c.isWeight(b.Init, depth+1)
		}
		return c.elementOf(b, depth)
	}
	return false
}

// elementOf reports a binding that walks a weight list: the parameter of a
// map/forEach callback over it, or a for…of variable.
func (c *checker) elementOf(b *jsast.Binding, depth int) bool {
	if b.Ident == nil {
		return false
	}
	f := c.info.File
	switch d := b.Decl.(type) {
	case *ast.ForDeclaration:
		if loop, ok := f.Parent(d).(*ast.ForOfStatement); ok {
			return c.isWeight(loop.Source, depth+1)
		}
	case *ast.ParameterList:
		fn := f.Parent(d)
		if !jsast.IsFunction(fn) || len(d.List) == 0 || d.List[0].Target != ast.BindingTarget(b.Ident) {
			return false
		}
		call, ok := f.Parent(fn).(*ast.CallExpression)
		if !ok || !jsast.IsArgument(call.ArgumentList, fn) {
			return false
		}
		if dot, ok := call.Callee.(*ast.DotExpression); ok {
			switch dot.Identifier.Name {
			case "map", "forEach", "flatMap":
				return c.isWeight(dot.Left, depth+1)
			}
		}
	}
	return false
}

// modelReceiver reports a receiver whose weights are a tfjs model's or
// layer's: typed as one, a model's layers[i], or (for getWeights) an
// untyped value in a file that writes no getWeights of its own.
func (c *checker) modelReceiver(e ast.Expression, call bool) bool {
	if modelClasses[c.info.ClassOf(e)] || c.info.KindOf(e) == tfapi.KindModel || c.info.KindOf(e) == tfapi.KindLayer {
		return true
	}
	if b, ok := e.(*ast.BracketExpression); ok {
		if d, ok := b.Left.(*ast.DotExpression); ok && d.Identifier.Name == "layers" {
			return call || modelClasses[c.info.ClassOf(d.Left)] || c.info.KindOf(d.Left) == tfapi.KindModel
		}
	}
	return call && !c.ownGetWeights && !c.strict
}

// propagate marks the variables whose value holds a read weight value:
// assigned from an expression containing a read or a marked variable, or
// an array or object one is pushed or stored into.
func (c *checker) propagate() {
	f := c.info.File
	type def struct {
		b   *jsast.Binding
		val ast.Expression
	}
	var defs []def
	f.Inspector().Preorder([]ast.Node{(*ast.Binding)(nil), (*ast.AssignExpression)(nil), (*ast.CallExpression)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.Binding:
			if id, ok := x.Target.(*ast.Identifier); ok && x.Initializer != nil {
				if b := c.info.Scope.Defs[id]; b != nil {
					defs = append(defs, def{b, x.Initializer})
				}
			}
		case *ast.AssignExpression:
			if id := jsast.RootIdent(x.Left); id != nil {
				if b := c.info.Scope.ObjectOf(id); b != nil {
					defs = append(defs, def{b, x.Right})
				}
			}
		case *ast.CallExpression:
			if dot, ok := x.Callee.(*ast.DotExpression); ok && (dot.Identifier.Name == "push" || dot.Identifier.Name == "unshift") {
				if id := jsast.RootIdent(dot.Left); id != nil {
					if b := c.info.Scope.ObjectOf(id); b != nil {
						for _, a := range x.ArgumentList {
							defs = append(defs, def{b, a})
						}
					}
				}
			}
		}
	})
	for changed, round := true, 0; changed && round < 6; round++ {
		changed = false
		for _, d := range defs {
			if c.tainted[d.b] != nil {
				continue
			}
			if r := c.holds(d.val); r != nil {
				c.tainted[d.b], changed = r, true
				c.order = append(c.order, d.b)
			}
		}
	}
}

// holds returns the weight read e's value contains, or nil.
func (c *checker) holds(e ast.Expression) ast.Node {
	if e == nil {
		return nil
	}
	s := span{e.Idx0(), e.Idx1()}
	for _, r := range c.reads {
		if s.has(r) {
			return r
		}
	}
	for _, b := range c.order {
		for _, ref := range b.Refs {
			if s.has(ref) {
				return c.tainted[b]
			}
		}
	}
	return nil
}

// sinks reports the calls that write a read weight value out.
func (c *checker) sinks() {
	f := c.info.File
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil)}, func(n ast.Node) {
		var arg ast.Expression
		var what string
		switch x := n.(type) {
		case *ast.NewExpression:
			if id, ok := x.Callee.(*ast.Identifier); ok && id.Name == "Blob" && c.info.Scope.IsFree(id) && len(x.ArgumentList) > 0 {
				arg, what = x.ArgumentList[0], "new Blob"
			}
		case *ast.CallExpression:
			arg, what = c.sinkArg(x)
		}
		if arg == nil {
			return
		}
		r := c.holds(arg)
		if r == nil {
			return
		}
		ctx := c.cx.OfNode(n)
		if ctx.Dead || ctx.Test {
			return
		}
		line := f.Tok.Line(f.Start(r))
		c.pass.Report(analysis.Diagnostic{
			Pos:      f.Start(n),
			End:      f.End(n),
			Category: runctx.Category(rule, rules.Info),
			Message: fmt.Sprintf("%s writes out weight values read by hand (line %d) in a format only hand-written code can read back and match to the layers; model.save('downloads://name') or 'indexeddb://name' writes the topology and the weights in the format tf.loadLayersModel reads (tip 9)",
				what, line),
		})
	})
}

// sinkArg returns the argument a call writes out, and how to name the call.
func (c *checker) sinkArg(call *ast.CallExpression) (ast.Expression, string) {
	args := call.ArgumentList
	switch callee := call.Callee.(type) {
	case *ast.Identifier:
		if !c.info.Scope.IsFree(callee) {
			return nil, ""
		}
		switch callee.Name {
		case "saveAs":
			return jsast.Arg(args, 0), "saveAs"
		case "fetch":
			return c.body(jsast.Arg(args, 1)), "fetch"
		}
	case *ast.DotExpression:
		name := callee.Identifier.Name.String()
		recv := jsast.RootIdent(callee.Left)
		recvName := ""
		if recv != nil {
			recvName = recv.Name.String()
		}
		switch name {
		case "setItem":
			if recvName == "localStorage" || recvName == "sessionStorage" || recvName == "window" {
				return jsast.Arg(args, 1), recvName + ".setItem"
			}
		case "writeFile", "writeFileSync", "outputFile", "outputJson", "writeJson", "writeJSON", "writeJsonSync":
			if recvName == "fs" || recvName == "fse" || recvName == "fsp" || recvName == "promises" {
				return jsast.Arg(args, 1), recvName + "." + name
			}
		case "send":
			if c.isXHR(callee.Left) {
				return jsast.Arg(args, 0), "XMLHttpRequest.send"
			}
		case "stringify":
			// A serializer: JSON.stringify of the values, returned.
			if recvName == "JSON" {
				if _, ret := c.info.File.Parent(call).(*ast.ReturnStatement); ret {
					return jsast.Arg(args, 0), "returning JSON.stringify"
				}
			}
		}
	}
	return nil, ""
}

// body returns the body of fetch options given as an object literal.
func (c *checker) body(opts ast.Expression) ast.Expression {
	obj, ok := opts.(*ast.ObjectLiteral)
	if !ok {
		return nil
	}
	for _, p := range obj.Value {
		if pk, ok := p.(*ast.PropertyKeyed); ok {
			if k, ok := pk.Key.(*ast.StringLiteral); ok && k.Value == "body" {
				return pk.Value
			}
		}
	}
	return nil
}

func (c *checker) isXHR(e ast.Expression) bool {
	id, ok := e.(*ast.Identifier)
	if !ok {
		return false
	}
	b := c.info.Scope.ObjectOf(id)
	if b == nil || b.Init == nil {
		return false
	}
	n, ok := b.Init.(*ast.NewExpression)
	if !ok {
		return false
	}
	cid, ok := n.Callee.(*ast.Identifier)
	return ok && cid.Name == "XMLHttpRequest"
}

// tensorJSON reports JSON.stringify given a tfjs model's weight tensors
// themselves: a Tensor serializes as its bookkeeping (kept, shape, dtype,
// dataId …) and a LayerVariable as its name and shape, never the values,
// so whatever stores or sends the string keeps no weights at all. Only
// receivers typed as a tfjs model or layer count: classes of other
// libraries have getWeights methods that return plain arrays. Printing
// (console.*) is left alone.
func (c *checker) tensorJSON() {
	f := c.info.File
	c.strict = true
	defer func() { c.strict = false }()
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "stringify" || len(call.ArgumentList) == 0 {
			return
		}
		if id, ok := dot.Left.(*ast.Identifier); !ok || id.Name != "JSON" || !c.info.Scope.IsFree(id) {
			return
		}
		if len(call.ArgumentList) > 1 {
			if _, isNull := call.ArgumentList[1].(*ast.NullLiteral); !isNull {
				return // a replacer may read the values
			}
		}
		w := c.weightIn(call.ArgumentList[0])
		if w == nil || c.printed(call) {
			return
		}
		ctx := c.cx.OfNode(call)
		if ctx.Dead || ctx.Test {
			return
		}
		c.pass.Report(analysis.Diagnostic{
			Pos:      f.Start(call),
			End:      f.End(call),
			Category: runctx.Category(rule, rules.Warning),
			Message: fmt.Sprintf("JSON.stringify of %s writes each weight tensor's bookkeeping (shape, dtype, ids), not its values: the string holds no weights at all; save the model with model.save('indexeddb://name') or 'downloads://name', or read the values first (await w.data()) (tip 9)",
				short(f.Text(w))),
		})
	})
}

// weightIn returns the weight expression e is, or that an array or object
// literal e lists directly.
func (c *checker) weightIn(e ast.Expression) ast.Expression {
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		for _, v := range x.Value {
			if v != nil && c.isWeight(v, 0) {
				return v
			}
		}
		return nil
	case *ast.ObjectLiteral:
		for _, p := range x.Value {
			if pk, ok := p.(*ast.PropertyKeyed); ok && c.isWeight(pk.Value, 0) {
				return pk.Value
			}
		}
		return nil
	}
	if c.isWeight(e, 0) {
		return e
	}
	return nil
}

// printed reports a call that is an argument of console.*: a debug print.
func (c *checker) printed(n ast.Node) bool {
	p, ok := c.info.File.Parent(n).(*ast.CallExpression)
	if !ok {
		return false
	}
	d, ok := p.Callee.(*ast.DotExpression)
	if !ok {
		return false
	}
	id, ok := d.Left.(*ast.Identifier)
	return ok && id.Name == "console"
}

func short(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > 40 {
		return string(r[:37]) + "…"
	}
	return string(r)
}
