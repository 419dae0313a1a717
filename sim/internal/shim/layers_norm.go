package shim

import (
	"encoding/json"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// batchNorm is BatchNormalization.
type batchNorm struct {
	axis          int
	center, scale bool
}

func shapeJSON(s []int) string {
	out := make([]any, len(s))
	for i, d := range s {
		if d == engine.Unknown {
			out[i] = nil
		} else {
			out[i] = d
		}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func (b *batchNorm) build(l *Layer, in [][]int) error {
	s := one(in)
	axis := b.axis
	if axis < 0 {
		axis += len(s)
	}
	if axis < 0 || axis >= len(s) || s[axis] < 0 {
		return valueErr("Axis %d of input tensor should have a defined dimension but the layer received an input with shape %s.", axis, shapeJSON(s))
	}
	dim := s[axis]
	l.specs = []inputSpec{{ndim: len(s), axes: map[int]int{axis: dim}, set: true}}
	if b.scale {
		l.addWeight("gamma", []int{dim}, engine.Float32, true)
	}
	if b.center {
		l.addWeight("beta", []int{dim}, engine.Float32, true)
	}
	l.addWeight("moving_mean", []int{dim}, engine.Float32, false)
	l.addWeight("moving_variance", []int{dim}, engine.Float32, false)
	return nil
}

func (b *batchNorm) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	return [][]int{clone(one(in))}, nil
}

// layerNorm is LayerNormalization.
type layerNorm struct {
	axes          []int
	center, scale bool
}

func (n *layerNorm) build(l *Layer, in [][]int) error {
	s := one(in)
	param := make([]int, len(n.axes))
	seen := map[int]bool{}
	for i, a := range n.axes {
		if a < 0 {
			a += len(s)
		}
		if a < 0 || a >= len(s) {
			return valueErr("Invalid axis: %d", a)
		}
		if seen[a] {
			return valueErr("Found duplicate axes in: %v", n.axes)
		}
		seen[a] = true
		param[i] = s[a]
	}
	if n.scale {
		l.addWeight("gamma", param, engine.Float32, l.trainable)
	}
	if n.center {
		l.addWeight("beta", param, engine.Float32, l.trainable)
	}
	return nil
}

func (n *layerNorm) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	return [][]int{clone(one(in))}, nil
}
