package badinit

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "badinit",
	Doc:      "reports constant kernel initializers on hidden layers and normal ones with stddev ≥ 1 (rule bad-initializer, tip 7)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/bad-initializer.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "bad-initializer"

// initializer is what a layer's kernelInitializer is known to be.
type initializer struct {
	name   string  // "zeros", "ones", "constant", "randomNormal", "truncatedNormal"
	stddev float64 // for the normals, 0 when unknown
	at     ast.Expression
}

var constants = map[string]bool{"zeros": true, "ones": true, "constant": true}
var normals = map[string]bool{"randomNormal": true, "truncatedNormal": true}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	if !info.Trains && len(info.Exported()) == 0 && !runctx.Of(pass).Classic && info.File.Kind != jsast.HTML {
		// A network that is never trained (a CPPN drawing random art) is
		// initialized for its looks: stddev 1 is its point.
		return nil, nil
	}
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	r := md.Reader()
	f := info.File
	reported := map[ast.Node]bool{}
	for _, m := range md.FileModels() {
		if ctxs.OfNode(m.Call).Test {
			continue
		}
		layers, output, weighted := weightedLayers(m)
		if weighted < 2 {
			continue
		}
		for i, l := range layers {
			if reported[l.Call] {
				continue
			}
			in, ok := kernelInit(r, l)
			if !ok {
				continue
			}
			var msg string
			switch {
			case constants[in.name] && !output[i]:
				msg = fmt.Sprintf("kernelInitializer %s on a hidden %s layer: every unit starts with the same weights, gets the same gradient and stays a copy of the others (with zeros and relu none trains at all); use the default glorotUniform, or heNormal before relu (tip 7)", in.name, l.Class)
			case normals[in.name] && in.stddev >= 1:
				msg = fmt.Sprintf("kernelInitializer %s with stddev %s: each layer multiplies its activations' scale by about stddev·√fan-in, so a model of %d weighted layers starts saturated or exploding; use the default glorotUniform, or heNormal before relu (tip 7)", in.name, num(in.stddev), weighted)
			default:
				continue
			}
			reported[l.Call] = true
			pass.Report(analysis.Diagnostic{
				Pos:      f.Start(in.at),
				End:      f.End(in.at),
				Category: rule,
				Message:  msg,
			})
		}
	}
	return nil, nil
}

// kernelInit reads a layer's kernelInitializer: a string, or a
// tf.initializers.X(…) call (its stddev when a constant).
func kernelInit(r *modeldesc.Reader, l modeldesc.Layer) (initializer, bool) {
	if !l.Known || l.Config == nil {
		return initializer{}, false
	}
	v := modeldesc.Property(l.Config, "kernelInitializer")
	if v == nil {
		return initializer{}, false
	}
	if s, ok := r.Eval.String(v); ok {
		// A string names the initializer with its defaults (stddev 0.05).
		return initializer{name: s, at: v}, constants[s] && s != "constant"
	}
	e := v
	if id, ok := e.(*ast.Identifier); ok {
		// const init = tf.initializers.randomNormal({…}) shared by layers.
		if vals, exact, ok := r.Flow.Values(id); ok && exact {
			e = vals[0]
		}
	}
	call, ok := e.(*ast.CallExpression)
	if !ok {
		return initializer{}, false
	}
	name, ok := strings.CutPrefix(r.Info.Name(call.Callee), "tf.initializers.")
	if !ok || (!constants[name] && !normals[name]) {
		return initializer{}, false
	}
	in := initializer{name: name, at: v}
	if normals[name] {
		if len(call.ArgumentList) != 1 {
			return initializer{}, false
		}
		cfg := r.Eval.Object(call.ArgumentList[0])
		sd, ok := r.Eval.Number(modeldesc.Property(cfg, "stddev"))
		if !ok {
			return initializer{}, false
		}
		in.stddev = sd
	}
	return in, true
}

// weightedLayers returns the weighted layers of an exact model (embeddings
// excepted: their initializer is another property), which of them are
// output layers, and how many there are.
func weightedLayers(m *modeldesc.Model) (ls []modeldesc.Layer, output []bool, n int) {
	if !m.Exact {
		return nil, nil, 0
	}
	add := func(l modeldesc.Layer, out bool) {
		if _, ok := modeldesc.Weighted[l.Class]; ok && l.Class != "embedding" {
			ls = append(ls, l)
			output = append(output, out)
		}
	}
	if m.Kind == modeldesc.Sequential {
		for _, l := range m.Layers() {
			add(l, false)
		}
		if len(output) > 0 {
			output[len(output)-1] = true
		}
		return ls, output, len(ls)
	}
	outs := map[*ast.CallExpression]bool{}
	for _, o := range m.Outputs {
		outs[o.At] = true
	}
	seen := map[*ast.CallExpression]bool{}
	var walk func(nd *modeldesc.Node, depth int)
	walk = func(nd *modeldesc.Node, depth int) {
		if nd == nil || depth > 64 || (nd.At != nil && seen[nd.At]) {
			return
		}
		if nd.At != nil {
			seen[nd.At] = true
			if nd.Layer != nil {
				add(*nd.Layer, outs[nd.At])
			}
		}
		for _, in := range nd.Inputs {
			walk(in, depth+1)
		}
	}
	for _, o := range m.Outputs {
		walk(o, 0)
	}
	return ls, output, len(ls)
}

func num(x float64) string { return fmt.Sprintf("%g", x) }
