package saturating

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
)

var Analyzer = &analysis.Analyzer{
	Name:     "saturating",
	Doc:      "reports hidden sigmoids stacked in a model of four or more weighted layers (rule saturating-activation, tip 4)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/saturating-activation.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "saturating-activation"

// minWeighted is the number of weighted layers from which a hidden sigmoid
// is reported: three hidden layers. With two, a sigmoid MLP (the Boston
// housing and phishing examples) trains nearly as well as relu.
const minWeighted = 4

// minSaturating is the number of hidden sigmoids from which they are
// reported: one sigmoid layer before a linear output (a critic's last
// hidden layer) costs the layers before it one factor of 1/4 at most.
const minSaturating = 2

// saturating are the activations whose derivative is at most 1/4 (sigmoid)
// or 0 outside a narrow band (hardSigmoid).
var saturating = map[string]bool{"sigmoid": true, "hardSigmoid": true}

// feedForward are the layers whose activation is the layer's output
// non-linearity (recurrent layers' activation is a cell's, kept).
var feedForward = map[string]bool{
	"dense": true, "conv1d": true, "conv2d": true, "conv3d": true, "conv2dTranspose": true,
	"conv3dTranspose": true, "separableConv2d": true, "depthwiseConv2d": true,
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	f := info.File
	reported := map[ast.Node]bool{}
	for _, m := range md.FileModels() {
		if ctxs.OfNode(m.Call).Test {
			continue
		}
		hidden, weighted := hiddenLayers(m)
		if weighted < minWeighted {
			continue
		}
		var sat []modeldesc.Layer
		for _, l := range hidden {
			if feedForward[l.Class] && l.ActivationKnown && saturating[l.Activation] {
				sat = append(sat, l)
			}
		}
		if len(sat) < minSaturating {
			continue
		}
		for _, l := range sat {
			if reported[l.Call] {
				continue
			}
			reported[l.Call] = true
			at := modeldesc.Property(l.Config, "activation")
			pass.Report(analysis.Diagnostic{
				Pos:      f.Start(at),
				End:      f.End(at),
				Category: rule,
				Message: fmt.Sprintf("a %s on a hidden %s layer of a model with %d weighted layers: its derivative is at most 1/4, so the gradient reaching the layers before it shrinks; use 'relu' (or 'elu', 'leakyReLU') on hidden layers and keep sigmoid for the output (tip 4)",
					l.Activation, l.Class, weighted),
			})
		}
	}
	return nil, nil
}

// hiddenLayers returns the layers of an exact model that are not its
// output layers (nor after them), and the number of weighted layers.
func hiddenLayers(m *modeldesc.Model) (hidden []modeldesc.Layer, weighted int) {
	if !m.Exact {
		return nil, 0
	}
	if m.Kind == modeldesc.Sequential {
		ls := m.Layers()
		last := -1
		for i, l := range ls {
			if _, ok := modeldesc.Weighted[class(l)]; ok {
				weighted++
				last = i
			}
		}
		if last < 0 {
			return nil, weighted
		}
		return ls[:last], weighted
	}
	// Functional: every applied layer but the ones ending an output and
	// the ones gating another through multiply.
	seen := map[*ast.CallExpression]bool{}
	out := map[*ast.CallExpression]bool{}
	gate := map[*ast.CallExpression]bool{}
	var order []*modeldesc.Node
	var walk func(n *modeldesc.Node, depth int)
	walk = func(n *modeldesc.Node, depth int) {
		if n == nil || depth > 64 {
			return
		}
		if n.At != nil {
			if seen[n.At] {
				return
			}
			seen[n.At] = true
			order = append(order, n)
		}
		multiply := n.Layer != nil && n.Layer.Class == "multiply"
		for _, in := range n.Inputs {
			if multiply {
				markGates(in, gate)
			}
			walk(in, depth+1)
		}
	}
	for _, o := range m.Outputs {
		out[o.At] = true
		walk(o, 0)
	}
	for _, n := range order {
		if n.Layer == nil {
			continue
		}
		if _, ok := modeldesc.Weighted[class(*n.Layer)]; ok {
			weighted++
		}
		if !out[n.At] && !gate[n.At] {
			hidden = append(hidden, *n.Layer)
		}
	}
	return hidden, weighted
}

// markGates marks the applies that feed a multiply, through arrays and
// weightless layers (reshape), up to the first weighted layer.
func markGates(n *modeldesc.Node, gate map[*ast.CallExpression]bool) {
	for depth := 0; n != nil && depth < 16; depth++ {
		if n.At != nil {
			gate[n.At] = true
			if n.Layer == nil {
				return
			}
			if _, ok := modeldesc.Weighted[class(*n.Layer)]; ok {
				return
			}
		}
		if len(n.Inputs) != 1 {
			for _, in := range n.Inputs {
				markGates(in, gate)
			}
			return
		}
		n = n.Inputs[0]
	}
}

// class is the class a layer computes with: a wrapper's inner layer.
func class(l modeldesc.Layer) string {
	if l.Inner != nil {
		return l.Inner.Class
	}
	return l.Class
}
