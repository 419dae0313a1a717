package pixels

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "pixels",
	Doc:      "reports raw 0-255 pixel tensors fed to a model built in the file (rule unnormalized-pixels, tip 10)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/unnormalized-pixels.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer, modeldesc.Analyzer},
	Run:      run,
}

const rule = "unnormalized-pixels"

const maxDepth = 24

// sources give int32 pixel values in [0, 255].
var sources = map[string]bool{
	"tf.browser.fromPixels": true, "tf.node.decodeImage": true, "tf.node.decodeJpeg": true,
	"tf.node.decodePng": true, "tf.node.decodeBmp": true, "tf.node.decodeGif": true,
}

// keepAPIs return values in the range of their first argument.
var keepAPIs = map[string]bool{
	"tf.cast": true, "tf.expandDims": true, "tf.squeeze": true, "tf.reshape": true, "tf.reverse": true,
	"tf.clone": true, "tf.keep": true, "tf.slice": true, "tf.transpose": true, "tf.tile": true,
	"tf.image.resizeBilinear": true, "tf.image.resizeNearestNeighbor": true, "tf.image.flipLeftRight": true,
	"tf.image.cropAndResize": true, "tf.stack": true, "tf.concat": true, "tf.image.rgbToGrayscale": true,
	"tf.reverse1d": true, "tf.reverse2d": true, "tf.reverse3d": true, "tf.reverse4d": true,
}

// keepMethods are the Tensor methods that keep the receiver's range.
var keepMethods = map[string]bool{
	"toFloat": true, "toInt": true, "cast": true, "asType": true, "expandDims": true, "squeeze": true,
	"reshape": true, "as1D": true, "as2D": true, "as3D": true, "as4D": true, "reverse": true, "clone": true,
	"resizeBilinear": true, "resizeNearestNeighbor": true, "slice": true, "transpose": true, "tile": true,
}

// arithmetic are the ops that rescale values.
var arithmetic = map[string]bool{
	"tf.div": true, "tf.mul": true, "tf.sub": true, "tf.add": true, "tf.divNoNan": true, "tf.realDiv": true,
	"tf.batchNorm": true, "tf.sigmoid": true, "tf.tanh": true, "tf.clipByValue": true, "tf.minimum": true,
	"tf.maximum": true, "tf.moments": true, "tf.scalar": true,
}

// normalizing layers bring any input range to a working one.
var normalizing = map[string]bool{"rescaling": true, "batchNormalization": true, "layerNormalization": true}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF || !mentionsSource(info.File.Src) {
		return nil, nil
	}
	c := &checker{pass: pass, info: info, cx: pass.ResultOf[contexts.Analyzer].(*contexts.Info),
		fl: flow.New(info.File, info.Scope), trail: flow.Trail{Max: maxDepth},
		r: pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info).Reader()}
	type use struct {
		call   *ast.CallExpression
		method string
		src    ast.Node // the raw source, nil when not raw
		raw    state
		models []*modeldesc.Model
	}
	var uses []use
	info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || len(call.ArgumentList) == 0 {
			return
		}
		m := dot.Identifier.Name.String()
		switch m {
		case "fit", "trainOnBatch", "evaluate", "predict", "predictOnBatch":
		default:
			return
		}
		models := c.r.ModelAt(dot.Left, call)
		if len(models) == 0 {
			return
		}
		st, src := c.trace(call.ArgumentList[0])
		uses = append(uses, use{call, m, src, st, models})
	})
	for _, u := range uses {
		if u.raw != raw || !c.plain(u.models) {
			continue
		}
		ctx := c.cx.OfNode(u.call)
		if ctx.Dead || ctx.Test {
			continue
		}
		severity := rules.Warning
		note := ""
		if u.method == "predict" || u.method == "predictOnBatch" {
			// What did training see?
			trained, rawTrain, scaledTrain := false, false, false
			for _, t := range uses {
				if t.method != "fit" && t.method != "trainOnBatch" || !sameModel(t.models, u.models) {
					continue
				}
				trained = true
				switch t.raw {
				case raw:
					rawTrain = true
				case scaled:
					scaledTrain = true
				}
			}
			switch {
			case !trained, !rawTrain && !scaledTrain:
				continue // the file does not show what the model was trained on
			case rawTrain:
				severity, note = rules.Info, " (training sees raw pixels too: scale both)"
			default:
				note = " while its training data are scaled: predictions see a range training never did"
			}
		}
		f := c.info.File
		line := f.Tok.Line(f.Start(u.src))
		arg := u.call.ArgumentList[0]
		c.pass.Report(analysis.Diagnostic{
			Pos:      f.Start(arg),
			End:      f.End(arg),
			Category: runctx.Category(rule, severity),
			Message: fmt.Sprintf("%s gets raw pixel values in [0, 255] from %s (line %d)%s: scale them to [0, 1] with .div(255) (or to [-1, 1] with .div(127.5).sub(1)), or start the model with tf.layers.rescaling (tip 10)",
				u.method, c.info.Name(u.src.(*ast.CallExpression).Callee), line, note),
		})
	}
	return nil, nil
}

// mentionsSource skips files without a pixel source cheaply.
func mentionsSource(src []byte) bool {
	s := string(src)
	return strings.Contains(s, "fromPixels") || strings.Contains(s, "decode")
}

type state int

const (
	unknown state = iota
	raw
	scaled
)

type checker struct {
	pass  *analysis.Pass
	info  *tfapi.Info
	cx    *contexts.Info
	fl    *flow.Flow
	r     *modeldesc.Reader
	trail flow.Trail
}

// plain reports models whose layers are all known and none of which
// normalizes its input.
func (c *checker) plain(models []*modeldesc.Model) bool {
	for _, m := range models {
		if !m.Exact {
			return false
		}
		var layers []modeldesc.Layer
		if m.Kind == modeldesc.Sequential {
			layers = m.Layers()
		} else {
			var walk func(n *modeldesc.Node, depth int)
			walk = func(n *modeldesc.Node, depth int) {
				if n == nil || depth > 64 {
					return
				}
				if n.Layer != nil {
					layers = append(layers, *n.Layer)
				}
				for _, in := range n.Inputs {
					walk(in, depth+1)
				}
			}
			for _, o := range m.Outputs {
				walk(o, 0)
			}
		}
		if len(layers) == 0 {
			return false
		}
		for _, l := range layers {
			if normalizing[l.Class] || l.Class == "lambda" {
				return false
			}
		}
	}
	return true
}

func sameModel(a, b []*modeldesc.Model) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Call == y.Call {
				return true
			}
		}
	}
	return false
}

// trace says whether e holds raw pixels (and from which call), scaled
// values, or something unknown.
func (c *checker) trace(e ast.Expression) (state, ast.Node) {
	if e == nil {
		return unknown, nil
	}
	if !c.trail.Enter(e) {
		return unknown, nil
	}
	defer c.trail.Leave(e)
	switch x := e.(type) {
	case *ast.AwaitExpression:
		return c.trace(x.Argument)
	case *ast.ConditionalExpression:
		return c.all([]ast.Expression{x.Consequent, x.Alternate})
	case *ast.ArrayLiteral:
		// [xs] for a single-input model, or the list tf.stack gets.
		return c.all(x.Value)
	case *ast.Identifier:
		vals, ok := c.fl.ValuesOf(x)
		if !ok {
			vals, ok = c.moreValues(x)
		}
		if !ok {
			return unknown, nil
		}
		return c.all(c.withPushes(x, vals))
	case *ast.DotExpression:
		vals, ok := c.fl.ValuesOf(x)
		if !ok {
			return unknown, nil
		}
		return c.all(vals)
	case *ast.CallExpression:
		return c.traceCall(x)
	case *ast.BinaryExpression:
		return scaled, nil
	}
	return unknown, nil
}

// all combines values: raw when every one is raw, scaled when one is scaled.
func (c *checker) all(vals []ast.Expression) (state, ast.Node) {
	if len(vals) == 0 {
		return unknown, nil
	}
	var src ast.Node
	for _, v := range vals {
		st, s := c.trace(v)
		switch st {
		case scaled:
			return scaled, nil
		case unknown:
			return unknown, nil
		}
		if src == nil {
			src = s
		}
	}
	return raw, src
}

func (c *checker) traceCall(call *ast.CallExpression) (state, ast.Node) {
	name := c.info.Name(call.Callee)
	args := call.ArgumentList
	switch {
	case sources[name]:
		return raw, call
	case name == "tf.tidy":
		if len(args) == 0 {
			return unknown, nil
		}
		fn := args[len(args)-1]
		if id, ok := fn.(*ast.Identifier); ok {
			fn = c.fl.FunctionOf(id)
		}
		if fn == nil {
			return unknown, nil
		}
		rets, _ := flow.Returns(fn)
		return c.all(rets)
	case keepAPIs[name]:
		if len(args) == 0 {
			return unknown, nil
		}
		return c.trace(args[0])
	case arithmetic[name]:
		return scaled, nil
	case name != "":
		return unknown, nil // another op: what it does to the range is not followed
	}
	if dot, ok := call.Callee.(*ast.DotExpression); ok {
		m := dot.Identifier.Name.String()
		if keepMethods[m] {
			return c.trace(dot.Left)
		}
		if m == "map" && len(call.ArgumentList) == 1 {
			// images.map(load): what the callback returns for each item.
			fn := call.ArgumentList[0]
			if id, ok := fn.(*ast.Identifier); ok {
				fn = c.fl.FunctionOf(id)
			}
			if fn != nil {
				if rets, _ := flow.Returns(fn); len(rets) > 0 {
					return c.all(rets)
				}
			}
			return unknown, nil
		}
		switch m {
		case "div", "mul", "sub", "add", "divNoNan", "realDiv", "batchNorm", "sigmoid", "tanh", "clipByValue", "minimum", "maximum":
			return scaled, nil
		}
	}
	if fn := c.fl.Callee(call); fn != nil {
		rets, _ := flow.Returns(fn)
		if len(rets) == 0 {
			return unknown, nil
		}
		return c.all(rets)
	}
	return unknown, nil
}

// moreValues covers what flow leaves out: a name destructured from a local
// function's returned object (`const {xs, ys} = makeBatch()`), and an
// undeclared global assigned with plain `=` (sloppy scripts).
func (c *checker) moreValues(id *ast.Identifier) ([]ast.Expression, bool) {
	b := c.info.Scope.ObjectOf(id)
	if b == nil {
		if !c.info.Scope.IsFree(id) {
			return nil, false
		}
		var vals []ast.Expression
		complete := true
		c.info.File.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(n ast.Node) {
			a := n.(*ast.AssignExpression)
			if l, ok := a.Left.(*ast.Identifier); ok && l.Name == id.Name && c.info.Scope.IsFree(l) {
				if a.Operator != token.ASSIGN {
					complete = false
				}
				vals = append(vals, a.Right)
			}
		})
		return vals, complete && len(vals) > 0
	}
	if b.Source == nil || len(b.Path) != 1 || b.Reassigned() {
		return nil, false
	}
	var objs []ast.Expression
	switch src := b.Source.(type) {
	case *ast.CallExpression:
		fn := c.fl.Callee(src)
		if fn == nil {
			return nil, false
		}
		rets, complete := flow.Returns(fn)
		if !complete {
			return nil, false
		}
		objs = rets
	case *ast.AwaitExpression:
		call, ok := src.Argument.(*ast.CallExpression)
		if !ok || c.fl.Callee(call) == nil {
			return nil, false
		}
		rets, complete := flow.Returns(c.fl.Callee(call))
		if !complete {
			return nil, false
		}
		objs = rets
	default:
		return nil, false
	}
	var vals []ast.Expression
	for _, o := range objs {
		v := property(o, b.Path[0])
		if v == nil {
			return nil, false
		}
		vals = append(vals, v)
	}
	return vals, len(vals) > 0
}

// property returns the value of key in an object literal (`{xs: v}` or
// the shorthand `{xs}`), or nil.
func property(e ast.Expression, key string) ast.Expression {
	obj, ok := e.(*ast.ObjectLiteral)
	if !ok {
		return nil
	}
	for _, p := range obj.Value {
		switch p := p.(type) {
		case *ast.PropertyKeyed:
			if k, ok := p.Key.(*ast.StringLiteral); ok && k.Value.String() == key {
				return p.Value
			}
		case *ast.PropertyShort:
			if p.Name.Name.String() == key {
				return &p.Name
			}
		}
	}
	return nil
}

// withPushes replaces an empty array literal among a variable's values by
// what the code pushes into it (`const batch = []; batch.push(img)`).
func (c *checker) withPushes(id *ast.Identifier, vals []ast.Expression) []ast.Expression {
	b := c.info.Scope.ObjectOf(id)
	if b == nil {
		return vals
	}
	var out []ast.Expression
	for _, v := range vals {
		if arr, ok := v.(*ast.ArrayLiteral); ok && len(arr.Value) == 0 {
			pushed := &ast.ArrayLiteral{}
			for _, r := range b.Refs {
				dot, ok := c.info.File.Parent(r).(*ast.DotExpression)
				if !ok || dot.Left != ast.Expression(r) || dot.Identifier.Name != "push" {
					continue
				}
				if call, ok := c.info.File.Parent(dot).(*ast.CallExpression); ok && call.Callee == ast.Expression(dot) {
					pushed.Value = append(pushed.Value, call.ArgumentList...)
				}
			}
			if len(pushed.Value) > 0 {
				out = append(out, pushed)
				continue
			}
		}
		out = append(out, v)
	}
	return out
}
