package separableconv

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
)

var Analyzer = &analysis.Analyzer{
	Name:     "separableconv",
	Doc:      "reports a non-first conv2d that separableConv2d would shrink (rule prefer-separable-conv, tip 2)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/prefer-separable-conv.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "prefer-separable-conv"

// minChannels is the input depth from which a separable convolution is
// worth suggesting.
const minChannels = 16

// minWeights is the size (64 KiB of float32) under which a conv2d is left
// alone: the MNIST tutorial's 16-to-32-filter layer has 4,640 weights, and
// shrinking it saves nothing a user would notice.
const minWeights = 16384

// keepChannels are the layers whose output has their input's channels.
var keepChannels = map[string]bool{
	"batchNormalization": true, "layerNormalization": true, "maxPooling2d": true, "averagePooling2d": true,
	"maxPool2d": true, "avgPool2d": true, "dropout": true, "spatialDropout2d": true, "gaussianNoise": true,
	"gaussianDropout": true, "alphaDropout": true, "activation": true, "reLU": true, "leakyReLU": true,
	"elu": true, "prelu": true, "softmax": true, "thresholdedReLU": true, "zeroPadding2d": true,
	"cropping2D": true, "upSampling2d": true,
}

// convs are the layers that count as a convolution before a conv2d.
var convs = map[string]bool{
	"conv2d": true, "separableConv2d": true, "depthwiseConv2d": true, "conv2dTranspose": true,
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
		for _, c := range candidates(m.Layers()) {
			if reported[c.layer.Call] {
				continue // one builder shared by two models
			}
			reported[c.layer.Call] = true
			pass.Report(analysis.Diagnostic{
				Pos:      f.Start(c.layer.Call),
				End:      f.End(c.layer.Call.Callee),
				Category: rule,
				Message: fmt.Sprintf("this conv2d (%s kernel, %d input channels, %d filters) has %s weights; tf.layers.separableConv2d with the same kernel and filters would have %s (tip 2)",
					kernel(c.k), c.channels, c.layer.Units, count(c.conv), count(c.separable)),
			})
		}
	}
	return nil, nil
}

// candidate is a conv2d the rule reports, with its parameter counts.
type candidate struct {
	layer           modeldesc.Layer
	k               []int
	channels        int
	conv, separable int
}

// candidates follows the channel count through a sequential stack and
// returns the conv2d layers after the first convolution that qualify.
func candidates(layers []modeldesc.Layer) []candidate {
	var out []candidate
	channels := 0 // 0: unknown
	sawConv := false
	for i, l := range layers {
		if i == 0 && len(l.InputShape) == 3 {
			channels = l.InputShape[2]
		}
		if l.Call == nil || !l.Known || len(l.Alts) > 0 {
			channels, sawConv = 0, sawConv || convs[l.Class]
			continue
		}
		switch {
		case l.Class == "conv2d":
			k := square(l.KernelSize)
			if sawConv && channels >= minChannels && l.Units > 0 && k != nil && k[0]*k[1] >= 9 && !grouped(l) {
				bias := 0
				if useBias(l) {
					bias = l.Units
				}
				c := candidate{
					layer: l, k: k, channels: channels,
					conv:      k[0]*k[1]*channels*l.Units + bias,
					separable: k[0]*k[1]*channels + channels*l.Units + bias,
				}
				if c.conv >= minWeights {
					out = append(out, c)
				}
			}
			sawConv, channels = true, l.Units
		case convs[l.Class]:
			sawConv = true
			switch l.Class {
			case "depthwiseConv2d":
				if prop(l, "depthMultiplier") != nil {
					channels = 0
				}
			default:
				channels = l.Units
			}
		case keepChannels[l.Class]:
		default:
			channels = 0
		}
	}
	return out
}

// square returns a 2-D kernel from the config's kernelSize (3 or [3, 3]).
func square(ks []int) []int {
	switch len(ks) {
	case 1:
		return []int{ks[0], ks[0]}
	case 2:
		return ks
	}
	return nil
}

// grouped reports configs the separable form does not match: dilations or
// a data format other than channels-last make the count above wrong.
func grouped(l modeldesc.Layer) bool {
	return prop(l, "dilationRate") != nil || prop(l, "dataFormat") != nil
}

func useBias(l modeldesc.Layer) bool {
	v := prop(l, "useBias")
	if v == nil {
		return true
	}
	b, ok := v.(*ast.BooleanLiteral)
	return !ok || b.Value
}

func prop(l modeldesc.Layer, key string) ast.Expression {
	return modeldesc.Property(l.Config, key)
}

func kernel(k []int) string { return fmt.Sprintf("%d×%d", k[0], k[1]) }

// count writes n with thousands separators, as tfjs's summary() does.
func count(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
