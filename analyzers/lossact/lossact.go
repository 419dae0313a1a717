package lossact

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "lossact",
	Doc:      "reports an output activation that does not fit the loss (rule loss-activation-mismatch, tip 10)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/loss-activation-mismatch.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "loss-activation-mismatch"

// passthrough layers leave the activation of the layer before them as the
// model's output activation.
var passthrough = map[string]bool{
	"dropout": true, "reshape": true, "flatten": true, "gaussianNoise": true, "gaussianDropout": true,
	"alphaDropout": true, "spatialDropout1d": true, "permute": true, "repeatVector": true, "masking": true,
}

// layerActivation names the activation of the fixed activation layers.
var layerActivation = map[string]string{
	"reLU": "relu", "leakyReLU": "leakyRelu", "elu": "elu", "prelu": "prelu", "thresholdedReLU": "relu",
}

// output is a model's output activation and the layer that applies it.
type output struct {
	act   string // "" for linear
	units int    // 0 when unknown
	layer modeldesc.Layer
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	r := md.Reader()
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	f := info.File
	for _, c := range md.Compiles {
		loss := canonical(c.LossName)
		if loss == "" || ctxs.OfNode(c.Call).Test {
			continue
		}
		out, ok := outputOf(c.Models(r))
		if !ok {
			continue
		}
		problem, fix, soft := mismatch(loss, out)
		name := c.LossName
		if !strings.HasPrefix(name, "tf.") {
			name = "'" + name + "'"
		}
		if problem == "" {
			continue
		}
		l := out.layer
		sev := rules.Off
		if soft {
			sev = rules.Info
		}
		layerDesc := fmt.Sprintf("%s layer on line %d", l.Class, f.Tok.Line(f.Start(l.Node)))
		pass.Report(analysis.Diagnostic{
			Pos:      f.Start(c.Loss),
			End:      f.End(c.Loss),
			Category: runctx.Category(rule, sev),
			Message:  fmt.Sprintf("loss %s %s, but the model's output is %s (%s): %s (tip 10)", name, problem, describe(out), layerDesc, fix),
		})
	}
	return nil, nil
}

// canonical names a loss by what it expects: "categorical", "binary",
// "softmaxLogits", "sigmoidLogits"; "" for losses the rule leaves alone.
func canonical(name string) string {
	switch strings.TrimPrefix(strings.TrimPrefix(name, "tf.losses."), "tf.metrics.") {
	case "categoricalCrossentropy", "sparseCategoricalCrossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy":
		return "categorical"
	case "binaryCrossentropy", "binary_crossentropy", "logLoss":
		return "binary"
	case "softmaxCrossEntropy":
		return "softmaxLogits"
	case "sigmoidCrossEntropy":
		return "sigmoidLogits"
	}
	return ""
}

func describe(o output) string {
	switch {
	case o.act == "":
		return "linear (no activation)"
	case o.units > 0:
		return fmt.Sprintf("a %s over %d unit%s", o.act, o.units, plural(o.units))
	}
	return "a " + o.act
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// mismatch says what is wrong with loss on output o, and the remedy; ""
// when they fit. soft marks pairs that still train, only worse or with a
// misleading metric (a second softmax on probabilities, a sigmoid per class
// under a categorical loss): those are info, the broken ones warnings.
func mismatch(loss string, o output) (problem, fix string, soft bool) {
	if o.act == "softmax" && o.units == 1 {
		return "only ever sees 1", "a softmax over one unit always outputs 1, so nothing trains; use activation: 'sigmoid' for a single unit, or one unit per class", false
	}
	switch loss {
	case "categorical":
		switch o.act {
		case "softmax":
			return "", "", false
		case "sigmoid":
			if o.units == 0 {
				return "", "", false // a sigmoid per class may be multi-label; without the units, leave it
			}
			return "expects a softmax's class probabilities", "use activation: 'softmax' on the last layer (or binaryCrossentropy for independent labels)", true
		case "", "linear", "relu", "tanh", "elu", "selu", "relu6", "softplus", "softsign", "leakyRelu", "prelu":
			return "expects a softmax's class probabilities", "use activation: 'softmax' on the last layer, or tf.losses.softmaxCrossEntropy on the logits", false
		}
	case "binary":
		switch o.act {
		case "sigmoid", "hardSigmoid":
			return "", "", false
		case "softmax":
			if o.units > 2 {
				return "treats each output as an independent probability", "for one class per sample use categoricalCrossentropy; for independent labels use activation: 'sigmoid'", true
			}
		case "", "linear", "relu", "tanh", "elu", "selu", "relu6", "softplus", "softsign", "leakyRelu", "prelu":
			return "expects probabilities in [0, 1]", "use activation: 'sigmoid' on the last layer", false
		}
	case "softmaxLogits":
		if o.act == "softmax" {
			return "applies its own softmax to logits", "drop the last layer's softmax (or use categoricalCrossentropy)", true
		}
	case "sigmoidLogits":
		if o.act == "sigmoid" {
			return "applies its own sigmoid to logits", "drop the last layer's sigmoid (or use binaryCrossentropy)", true
		}
	}
	return "", "", false
}

// outputOf returns the output activation shared by every model ms may be;
// ok is false when one is not exact, has several outputs or an unknown
// activation, or when they differ.
func outputOf(ms []*modeldesc.Model) (output, bool) {
	if len(ms) == 0 {
		return output{}, false
	}
	var first output
	for i, m := range ms {
		o, ok := modelOutput(m)
		if !ok {
			return output{}, false
		}
		if i == 0 {
			first = o
		} else if o.act != first.act || o.units != first.units {
			return output{}, false
		}
	}
	return first, true
}

func modelOutput(m *modeldesc.Model) (output, bool) {
	if !m.Exact {
		return output{}, false
	}
	var path []modeldesc.Layer
	switch m.Kind {
	case modeldesc.Sequential:
		path = m.Layers()
	case modeldesc.Functional:
		if len(m.Outputs) != 1 {
			return output{}, false
		}
		for n := m.Outputs[0]; n != nil && n.Layer != nil; {
			path = append([]modeldesc.Layer{*n.Layer}, path...)
			if len(n.Inputs) != 1 {
				break
			}
			n = n.Inputs[0]
		}
	}
	for i := len(path) - 1; i >= 0; i-- {
		l := path[i]
		if len(l.Alts) > 1 {
			return output{}, false
		}
		if passthrough[l.Class] {
			continue
		}
		if l.Class == "timeDistributed" && l.Inner != nil {
			inner := *l.Inner
			inner.Node = l.Node
			l = inner
		}
		return activationOf(l, path[:i])
	}
	return output{}, false
}

// activationOf reads the activation a layer applies. units are those of
// the layer, or for an activation layer of the weighted layer before it.
func activationOf(l modeldesc.Layer, before []modeldesc.Layer) (output, bool) {
	if !l.Known || !l.ActivationKnown {
		return output{}, false
	}
	switch {
	case l.Class == "softmax":
		return output{act: "softmax", units: unitsBefore(before), layer: l}, true
	case l.Class == "activation":
		if l.Activation == "" {
			return output{}, false
		}
		return output{act: l.Activation, units: unitsBefore(before), layer: l}, true
	case modeldesc.ActivationLayers[l.Class]:
		return output{act: layerActivation[l.Class], units: unitsBefore(before), layer: l}, true
	}
	if _, weighted := modeldesc.Weighted[l.Class]; !weighted || modeldesc.Gated[l.Class] || l.Class == "embedding" {
		return output{}, false
	}
	if l.Class == "simpleRNN" || l.Class == "simpleRNNCell" {
		if l.Activation == "" {
			return output{act: "tanh", units: l.Units, layer: l}, true
		}
	}
	act := l.Activation
	if act == "linear" {
		act = ""
	}
	return output{act: act, units: l.Units, layer: l}, true
}

// unitsBefore returns the units of the last weighted layer before an
// activation layer, through passthrough layers; 0 when unknown.
func unitsBefore(before []modeldesc.Layer) int {
	for i := len(before) - 1; i >= 0; i-- {
		l := before[i]
		if passthrough[l.Class] {
			continue
		}
		if _, weighted := modeldesc.Weighted[l.Class]; weighted && l.Class != "embedding" {
			return l.Units
		}
		return 0
	}
	return 0
}
