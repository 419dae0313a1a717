package shim

import (
	"slices"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// one returns the single shape of a one-input layer.
func one(in [][]int) []int {
	if len(in) == 0 {
		return nil
	}
	return in[0]
}

func clone(s []int) []int { return append([]int{}, s...) }

// identityLayer outputs its input's shape and has no weights (Activation,
// Dropout and the noise layers, ReLU and friends).
type identityLayer struct{}

func (identityLayer) build(*Layer, [][]int) error { return nil }
func (identityLayer) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	return [][]int{clone(one(in))}, nil
}

// inputLayer is InputLayer: its output is the batch input shape.
type inputLayer struct{}

func (inputLayer) build(*Layer, [][]int) error { return nil }
func (inputLayer) outputShapes(l *Layer, _ [][]int) ([][]int, error) {
	return [][]int{clone(l.batchInputShape)}, nil
}
func (inputLayer) outDType(in []*engine.Tensor) engine.DType { return in[0].DType }

// dense is Dense.
type dense struct {
	units   int
	useBias bool
}

func (d *dense) build(l *Layer, in [][]int) error {
	s := one(in)
	last := s[len(s)-1]
	l.addWeight("kernel", []int{last, d.units}, engine.Float32, true)
	if d.useBias {
		l.addWeight("bias", []int{d.units}, engine.Float32, true)
	}
	l.specs = []inputSpec{{minNDim: 2, axes: map[int]int{-1: last}, set: true}}
	return nil
}

func (d *dense) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	out := clone(one(in))
	out[len(out)-1] = d.units
	return [][]int{out}, nil
}

// flatten is Flatten.
type flatten struct{}

func (flatten) build(*Layer, [][]int) error { return nil }
func (flatten) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	n := 1
	for _, d := range s[1:] {
		if d < 0 {
			return nil, valueErr("The shape of the input to \"Flatten\" is not fully defined (got %s). Make sure to pass a complete \"input_shape\" or \"batch_input_shape\" argument to the first layer in your model.", engine.FormatShape(s[1:]))
		}
		n *= d
	}
	return [][]int{{s[0], n}}, nil
}

// reshapeLayer is Reshape.
type reshapeLayer struct{ target []int }

func (reshapeLayer) build(*Layer, [][]int) error { return nil }
func (r reshapeLayer) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if slices.ContainsFunc(s, func(d int) bool { return d < 0 }) {
		return [][]int{append([]int{s[0]}, r.target...)}, nil
	}
	known, unknown := 1, -1
	out := clone(r.target)
	for i, d := range out {
		if d < 0 {
			if unknown >= 0 {
				return nil, valueErr("Can only specifiy one unknown dimension.")
			}
			unknown = i
		} else {
			known *= d
		}
	}
	size := engine.SizeOf(s[1:])
	if unknown >= 0 {
		if known == 0 || size%known != 0 {
			return nil, shapeErr("Total size of new array must be unchanged.")
		}
		out[unknown] = size / known
	} else if size != known {
		return nil, shapeErr("Total size of new array must be unchanged.")
	}
	return [][]int{append([]int{s[0]}, out...)}, nil
}

// permute is Permute (dims are 1-based).
type permute struct{ dims []int }

func (p permute) build(l *Layer, _ [][]int) error { return nil }
func (p permute) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	out := clone(s)
	for i, d := range p.dims {
		if d >= len(s) {
			return nil, shapeErr("Invalid permutation `dims`")
		}
		out[i+1] = s[d]
	}
	return [][]int{out}, nil
}

// repeatVector is RepeatVector.
type repeatVector struct{ n int }

func (repeatVector) build(*Layer, [][]int) error { return nil }
func (r repeatVector) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	return [][]int{{s[0], r.n, s[1]}}, nil
}

// embedding is Embedding.
type embedding struct {
	inputDim, outputDim int
	inputLength         []int
}

func (e *embedding) build(l *Layer, _ [][]int) error {
	l.addWeight("embeddings", []int{e.inputDim, e.outputDim}, l.dtype, true)
	return nil
}

func (e *embedding) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if e.inputLength == nil {
		return [][]int{append(clone(s), e.outputDim)}, nil
	}
	if len(e.inputLength) != len(s)-1 {
		return nil, shapeErr("\"inputLength\" is %s, but received input shape has shape %s", engine.FormatShape(e.inputLength), engine.FormatShape(s))
	}
	lens := clone(e.inputLength)
	for k, s1 := range lens {
		s2 := s[k+1]
		if s1 >= 0 && s2 >= 0 && s1 != s2 {
			return nil, shapeErr("\"inputLength\" is %s, but received input shape has shape %s", engine.FormatShape(e.inputLength), engine.FormatShape(s))
		}
		if s1 < 0 {
			lens[k] = s2
		}
	}
	return [][]int{append(append([]int{s[0]}, lens...), e.outputDim)}, nil
}

// prelu is PReLU: one alpha per input element (sharedAxes shrink it).
type prelu struct{ sharedAxes []int }

func (p prelu) build(l *Layer, in [][]int) error {
	s := one(in)
	param := clone(s[1:])
	for _, a := range p.sharedAxes {
		if a-1 >= 0 && a-1 < len(param) {
			param[a-1] = 1
		}
	}
	l.addWeight("alpha", param, engine.Float32, true)
	return nil
}

func (p prelu) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	return [][]int{clone(one(in))}, nil
}

// resizing is Resizing (and CenterCrop): a fixed height and width.
type resizing struct{ h, w int }

func (resizing) build(*Layer, [][]int) error { return nil }
func (r resizing) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := clone(one(in))
	if len(s) == 4 {
		s[1], s[2] = r.h, r.w
	} else if len(s) == 3 {
		s[0], s[1] = r.h, r.w
	}
	return [][]int{s}, nil
}

// categoryEncoding is CategoryEncoding: numTokens outputs per sample.
type categoryEncoding struct{ numTokens int }

func (categoryEncoding) build(*Layer, [][]int) error { return nil }
func (c categoryEncoding) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) >= 2 && s[len(s)-1] == 1 {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		return [][]int{{c.numTokens}}, nil
	}
	return [][]int{{s[0], c.numTokens}}, nil
}

// dotShape is tfjs-layers' Dot layer output shape.
func dotShape(a, b []int, axes [2]int) ([]int, error) {
	if axes[0] < 0 {
		axes[0] += len(a)
	}
	if axes[1] < 0 {
		axes[1] += len(b)
	}
	if a[axes[0]] >= 0 && b[axes[1]] >= 0 && a[axes[0]] != b[axes[1]] {
		return nil, shapeErr("Dimension incompatibility: %d !== %d", a[axes[0]], b[axes[1]])
	}
	out := append(slices.Delete(clone(a), axes[0], axes[0]+1), slices.Delete(clone(b), axes[1], axes[1]+1)[1:]...)
	if len(out) == 1 {
		out = append(out, 1)
	}
	return out, nil
}

var _ = shape.String
