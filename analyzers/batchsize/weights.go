package batchsize

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
)

// smallModel is the weight count up to which a model's step costs about
// the same at any batch size: the run's time is the per-step overhead, and
// batch 1 buys more updates per epoch on the short series such models fit
// (see the rule's doc for the tfjs measurement).
const smallModel = 1000

// modelWeights returns the trainable weights of the model fit is called
// on when every model the receiver may hold is an exact sequential stack
// of dense and recurrent layers with known sizes, the largest of them;
// else 0.
func modelWeights(r *modeldesc.Reader, recv ast.Expression, site ast.Node) int {
	ms := r.ModelAt(recv, site)
	if len(ms) == 0 {
		return 0
	}
	most := 0
	for _, m := range ms {
		w := stackWeights(m)
		if w == 0 {
			return 0
		}
		most = max(most, w)
	}
	return most
}

// gates is the number of weight sets of a recurrent layer.
var gates = map[string]int{"simpleRNN": 1, "gru": 3, "lstm": 4}

func stackWeights(m *modeldesc.Model) int {
	if m.Kind != modeldesc.Sequential || !m.Exact {
		return 0
	}
	width, total := 0, 0
	for _, l := range m.Layers() {
		if len(l.Alts) > 1 {
			return 0
		}
		in := width
		if n := len(l.InputShape); n > 0 {
			in = l.InputShape[n-1] // features: the last dimension
		}
		switch k := gates[l.Class]; {
		case l.Class == "dense" && l.Units > 0 && in > 0:
			total += (in + 1) * l.Units
			width = l.Units
		case k > 0 && l.Units > 0 && in > 0:
			total += k * l.Units * (in + l.Units + 1)
			width = l.Units
		case l.Class == "dropout" || l.Class == "activation":
		default:
			return 0
		}
	}
	return total
}
