package shim

import (
	"slices"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// merge is Add, Multiply, Average, Maximum and Minimum: elementwise over
// two or more inputs, broadcast like Keras's Merge.
type merge struct{ class string }

func (m merge) build(l *Layer, in [][]int) error {
	if len(in) < 2 {
		return valueErr("A merge layer should be called on an Array of at least 2 inputs. Got %d input(s).", len(in))
	}
	_, err := m.outputShapes(l, in)
	return err
}

func elementwiseShape(a, b []int) ([]int, error) {
	if a == nil || b == nil {
		return nil, nil
	}
	if len(a) < len(b) {
		return elementwiseShape(b, a)
	}
	if len(b) == 0 {
		return clone(a), nil
	}
	out := clone(a[:len(a)-len(b)])
	for k, j := range b {
		i := a[len(a)-len(b)+k]
		switch {
		case i < 0 || j < 0:
			out = append(out, engine.Unknown)
		case i == 1:
			out = append(out, j)
		case j == 1:
			out = append(out, i)
		case i != j:
			return nil, shapeErr("Operands could not be broadcast together with shapes %s %s", shapeJSON(a), shapeJSON(b))
		default:
			out = append(out, i)
		}
	}
	return out, nil
}

func (m merge) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	if len(in) < 2 {
		return nil, valueErr("A merge layer should be called on an Array of at least 2 inputs. Got %d input(s).", len(in))
	}
	out := clone(in[0][1:])
	for _, s := range in[1:] {
		var err error
		if out, err = elementwiseShape(out, s[1:]); err != nil {
			return nil, err
		}
	}
	var batches []int
	for _, s := range in {
		if len(s) > 0 && s[0] >= 0 && !slices.Contains(batches, s[0]) {
			batches = append(batches, s[0])
		}
	}
	b := engine.Unknown
	if len(batches) == 1 {
		b = batches[0]
	}
	return [][]int{append([]int{b}, out...)}, nil
}

// concatenate is Concatenate.
type concatenate struct{ axis int }

func (c concatenate) build(l *Layer, in [][]int) error {
	if len(in) < 2 {
		return valueErr("A `Concatenate` layer should be called on a list of at least 2 inputs")
	}
	_, err := c.outputShapes(l, in)
	return err
}

func (c concatenate) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	rank := len(in[0])
	axis := c.axis
	if axis < 0 {
		axis += rank
	}
	for _, s := range in[1:] {
		if len(s) != rank {
			return nil, shapeErr("A `Concatenate` layer requires inputs with matching shapes except for the concat axis. Got input shapes: %s", shapesJSON(in))
		}
		for i := range s {
			if i != axis && i != 0 && s[i] >= 0 && in[0][i] >= 0 && s[i] != in[0][i] {
				return nil, shapeErr("A `Concatenate` layer requires inputs with matching shapes except for the concat axis. Got input shapes: %s", shapesJSON(in))
			}
		}
	}
	out := clone(in[0])
	for _, s := range in[1:] {
		if out[axis] < 0 || s[axis] < 0 {
			out[axis] = engine.Unknown
			continue
		}
		out[axis] += s[axis]
	}
	return [][]int{out}, nil
}

func shapesJSON(in [][]int) string {
	out := "["
	for i, s := range in {
		if i > 0 {
			out += ","
		}
		out += shapeJSON(s)
	}
	return out + "]"
}

// dotLayer is Dot.
type dotLayer struct{ axes [2]int }

func (dotLayer) build(*Layer, [][]int) error { return nil }
func (d dotLayer) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	if len(in) != 2 {
		return nil, valueErr("A `Dot` layer should be called on a list of exactly 2 inputs.")
	}
	out, err := dotShape(in[0], in[1], d.axes)
	if err != nil {
		return nil, err
	}
	return [][]int{out}, nil
}

var _ = engine.Float32
