package shim

import (
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// rnn is SimpleRNN, LSTM and GRU: one cell with gates*units columns
// (1, 4, 3), unrolled over the time axis.
type rnn struct {
	cellClass    string
	gates, units int
	useBias      bool
	returnSeq    bool
	returnState  bool
	cellName     string
}

// states is how many state tensors the cell carries (LSTM: h and c).
func (r *rnn) states() int {
	if r.cellClass == "LSTMCell" {
		return 2
	}
	return 1
}

func (r *rnn) build(l *Layer, in [][]int) error {
	s := one(in)
	if len(s) != 3 {
		return shapeErr("Input 0 is incompatible with layer %s: expected ndim=3, found ndim=%d", l.Name, len(s))
	}
	feat := s[2]
	l.addWeight("kernel", []int{feat, r.units * r.gates}, engine.Float32, true)
	l.addWeight("recurrent_kernel", []int{r.units, r.units * r.gates}, engine.Float32, true)
	if r.useBias {
		l.addWeight("bias", []int{r.units * r.gates}, engine.Float32, true)
	}
	l.specs = []inputSpec{{ndim: 3, set: true}}
	return nil
}

func (r *rnn) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != 3 {
		return nil, shapeErr("Input 0 is incompatible with layer: expected ndim=3, found ndim=%d", len(s))
	}
	out := []int{s[0], r.units}
	if r.returnSeq {
		out = []int{s[0], s[1], r.units}
	}
	shapes := [][]int{out}
	if r.returnState {
		for range r.states() {
			shapes = append(shapes, []int{s[0], r.units})
		}
	}
	return shapes, nil
}

// bidirectional is Bidirectional: a forward and a backward copy of an RNN
// whose outputs are merged (concat by default).
type bidirectional struct {
	fwd, bwd  *Layer
	inner     *rnn
	mergeMode string
}

func (b *bidirectional) subLayers() []*Layer { return []*Layer{b.fwd, b.bwd} }

func (b *bidirectional) build(l *Layer, in [][]int) error {
	for _, sub := range []*Layer{b.fwd, b.bwd} {
		if err := sub.kind.build(sub, in); err != nil {
			return err
		}
		sub.built = true
	}
	l.specs = b.fwd.specs
	return nil
}

func (b *bidirectional) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	shapes, err := b.inner.outputShapes(b.fwd, in)
	if err != nil {
		return nil, err
	}
	out := clone(shapes[0])
	states := shapes[1:]
	var outs [][]int
	switch b.mergeMode {
	case "concat":
		out[len(out)-1] *= 2
		outs = [][]int{out}
	case "":
		outs = [][]int{out, clone(out)}
	default:
		outs = [][]int{out}
	}
	if b.inner.returnState {
		outs = append(outs, states...)
		outs = append(outs, states...)
	}
	return outs, nil
}

// timeDistributed is TimeDistributed: the inner layer on every time step.
type timeDistributed struct{ inner *Layer }

func (t *timeDistributed) subLayers() []*Layer { return []*Layer{t.inner} }

func (t *timeDistributed) build(l *Layer, in [][]int) error {
	s := one(in)
	if len(s) < 3 {
		return valueErr("TimeDistributed layer expects an input shape >= 3D, but received input shape %s", shapeJSON(s))
	}
	child := append([]int{s[0]}, s[2:]...)
	if !t.inner.built {
		if err := t.inner.kind.build(t.inner, [][]int{child}); err != nil {
			return err
		}
		t.inner.built = true
	}
	l.specs = []inputSpec{{shape: clone(s), set: true}}
	return nil
}

func (t *timeDistributed) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	child := append([]int{s[0]}, s[2:]...)
	outs, err := t.inner.kind.outputShapes(t.inner, [][]int{child})
	if err != nil {
		return nil, err
	}
	return [][]int{append([]int{s[0], s[1]}, outs[0][1:]...)}, nil
}
