package shape

import (
	"fmt"
	"slices"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func errf(format string, args ...any) error {
	return engine.Errorf(engine.ShapeError, format, args...)
}

func valuef(format string, args ...any) error {
	return engine.Errorf(engine.ValueError, format, args...)
}

// fmtShape prints a shape as JavaScript does in a template string.
func fmtShape(s []int) string { return engine.FormatShape(s) }

// Broadcast is tfjs's assertAndGetBroadcastShape.
func Broadcast(a, b []int) ([]int, error) {
	l := max(len(a), len(b))
	out := make([]int, l)
	for i := range l {
		x, y := 1, 1
		if j := len(a) - i - 1; j >= 0 {
			x = a[j]
		}
		if j := len(b) - i - 1; j >= 0 {
			y = b[j]
		}
		switch {
		case x == 1:
			out[l-i-1] = y
		case y == 1:
			out[l-i-1] = x
		case x != y:
			return nil, errf("Operands could not be broadcast together with shapes %s and %s.", fmtShape(a), fmtShape(b))
		default:
			out[l-i-1] = x
		}
	}
	return out, nil
}

// Axes is tfjs's parseAxisParam: nil means every axis; negative axes count
// from the end.
func Axes(axis []int, rank int) ([]int, error) {
	if axis == nil {
		out := make([]int, rank)
		for i := range out {
			out[i] = i
		}
		return out, nil
	}
	out := make([]int, len(axis))
	for i, a := range axis {
		if a < -rank || a >= max(rank, 1) && !(rank == 0 && a == 0) {
			return nil, valuef("All values in axis param must be in range [-%d, %d) but got axis %s", rank, rank, fmtShape(axis))
		}
		if a < 0 {
			a += rank
		}
		out[i] = a
	}
	return out, nil
}

// Reduce is the shape of a reduction over axes (tfjs computeOutAndReduceShapes
// with keepDims).
func Reduce(in []int, axes []int, keepDims bool) []int {
	var out []int
	for i, d := range in {
		if slices.Contains(axes, i) {
			if keepDims {
				out = append(out, 1)
			}
			continue
		}
		out = append(out, d)
	}
	if out == nil {
		out = []int{}
	}
	return out
}

// Reshape resolves a -1 in shape against size (inferFromImplicitShape) and
// checks the sizes match.
func Reshape(in, shape []int) ([]int, error) {
	size := engine.SizeOf(in)
	out := slices.Clone(shape)
	implicit := -1
	known := 1
	for i, d := range out {
		switch {
		case d == -1:
			if implicit != -1 {
				return nil, valuef("Shapes can only have 1 implicit size. Found -1 at dim %d and dim %d", implicit, i)
			}
			implicit = i
		case d < 0:
			return nil, valuef("Dim %d must be >= 0 but got %d", i, d)
		default:
			known *= d
		}
	}
	if implicit >= 0 {
		if known == 0 || size%known != 0 {
			return nil, errf("Size(%d) must match the product of shape %s", size, fmtShape(shape))
		}
		out[implicit] = size / known
	}
	if engine.SizeOf(out) != size {
		return nil, errf("Size(%d) must match the product of shape %s", size, fmtShape(shape))
	}
	return out, nil
}

// Transpose permutes in; nil perm reverses the axes.
func Transpose(in, perm []int) ([]int, error) {
	if perm == nil {
		perm = make([]int, len(in))
		for i := range perm {
			perm[i] = len(in) - 1 - i
		}
	}
	if len(perm) != len(in) {
		return nil, errf("Error in transpose: rank of input %d must match length of perm %s.", len(in), fmtShape(perm))
	}
	out := make([]int, len(in))
	for i, p := range perm {
		if p < 0 || p >= len(in) {
			return nil, valuef("All entries in 'perm' must be between 0 and %d but got %s", len(in)-1, fmtShape(perm))
		}
		out[i] = in[p]
	}
	return out, nil
}

// ExpandDims inserts a 1 at axis.
func ExpandDims(in []int, axis int) ([]int, error) {
	if axis > len(in) {
		return nil, valuef("Axis must be <= rank of the tensor")
	}
	if axis < 0 {
		if -(len(in) + 1) > axis {
			return nil, valuef("Axis must be in the interval [%d, %d]", -(len(in) + 1), len(in))
		}
		axis = len(in) + axis + 1
	}
	out := slices.Clone(in)
	return slices.Insert(out, axis, 1), nil
}

// Squeeze drops the size-1 axes (those in axis, when given).
func Squeeze(in, axis []int) ([]int, error) {
	var ax []int
	if axis != nil {
		var err error
		if ax, err = Axes(axis, len(in)); err != nil {
			return nil, err
		}
	}
	out := []int{}
	for i, d := range in {
		if ax != nil {
			if slices.Contains(ax, i) {
				if d != 1 {
					return nil, valuef("Can't squeeze axis %d since its dim '%d' is not 1", i, d)
				}
				continue
			}
		} else if d == 1 {
			continue
		}
		out = append(out, d)
	}
	return out, nil
}

// Concat joins shapes along axis.
func Concat(shapes [][]int, axis int) ([]int, error) {
	if len(shapes) == 0 {
		return nil, valuef("concat requires at least one tensor")
	}
	rank := len(shapes[0])
	ax, err := Axes([]int{axis}, max(rank, 1))
	if err != nil {
		return nil, err
	}
	a := ax[0]
	out := slices.Clone(shapes[0])
	for i, s := range shapes[1:] {
		if len(s) != rank {
			return nil, errf("Error in concat%dD: rank of tensors[%d] must be the same as the rank of the rest (%d)", rank, i+1, rank)
		}
		for r := range s {
			if r != a && s[r] != shapes[0][r] {
				return nil, errf("Error in concat%dD: Shape of tensors[%d] (%s) does not match the shape of the rest (%s) along the non-concatenated axis %d.", rank, i+1, fmtShape(s), fmtShape(shapes[0]), i+1)
			}
		}
		if rank > 0 {
			out[a] += s[a]
		}
	}
	return out, nil
}

// Stack stacks equal shapes along a new axis.
func Stack(shapes [][]int, axis int) ([]int, error) {
	if len(shapes) == 0 {
		return nil, valuef("Pass at least one tensor to tf.stack")
	}
	for _, s := range shapes[1:] {
		if !slices.Equal(s, shapes[0]) {
			return nil, errf("All tensors passed to stack must have matching shapes")
		}
	}
	rank := len(shapes[0])
	if axis < -(rank+1) || axis > rank {
		return nil, valuef("Axis must be <= rank of the tensor")
	}
	if axis < 0 {
		axis += rank + 1
	}
	out := slices.Clone(shapes[0])
	return slices.Insert(out, axis, len(shapes)), nil
}

// Slice computes tfjs's parseSliceParams and checks the bounds.
func Slice(in, begin, size []int) ([]int, []int, error) {
	rank := len(in)
	b := make([]int, rank)
	for i := range b {
		if i < len(begin) {
			b[i] = begin[i]
		}
	}
	out := make([]int, rank)
	for i := range out {
		switch {
		case size == nil || i >= len(size):
			out[i] = in[i] - b[i]
		case size[i] == -1:
			out[i] = in[i] - b[i]
		default:
			out[i] = size[i]
		}
	}
	for i := range out {
		if b[i] < 0 || b[i]+out[i] > in[i] || out[i] < 0 {
			return nil, nil, errf("Error in slice%dD: begin[%d] + size[%d] (%d) would overflow input.shape[%d] (%d)", rank, i, i, b[i]+out[i], i, in[i])
		}
	}
	return b, out, nil
}

// Tile repeats in reps times per axis.
func Tile(in, reps []int) ([]int, error) {
	if len(reps) != len(in) {
		return nil, errf("Error in transpose: rank of input %d must match length of reps %s.", len(in), fmtShape(reps))
	}
	out := make([]int, len(in))
	for i := range in {
		out[i] = in[i] * reps[i]
	}
	return out, nil
}

// Gather is the shape of gather(x, indices, axis, batchDims).
func Gather(x, indices []int, axis, batchDims int) ([]int, error) {
	a, err := Axes([]int{axis}, len(x))
	if err != nil {
		return nil, err
	}
	ax := a[0]
	out := slices.Clone(x[:ax])
	out = append(out, indices[batchDims:]...)
	out = append(out, x[ax+1:]...)
	return out, nil
}

// MatMul is the shape of matMul(a, b, transposeA, transposeB), batch
// dims broadcast.
func MatMul(a, b []int, ta, tb bool) ([]int, error) {
	if len(a) < 2 || len(b) < 2 {
		return nil, errf("Error in matMul: inputs must have rank >= 2, got ranks %d and %d.", len(a), len(b))
	}
	ai, ao := a[len(a)-1], a[len(a)-2]
	if ta {
		ai, ao = ao, ai
	}
	bi, bo := b[len(b)-2], b[len(b)-1]
	if tb {
		bi, bo = bo, bi
	}
	if ai != bi {
		return nil, errf("Error in matMul: inner shapes (%d) and (%d) of Tensors with shapes %s and %s and transposeA=%v and transposeB=%v must match.", ai, bi, fmtShape(a), fmtShape(b), ta, tb)
	}
	batch, err := Broadcast(a[:len(a)-2], b[:len(b)-2])
	if err != nil {
		return nil, err
	}
	return append(batch, ao, bo), nil
}

// Pad adds paddings [[before, after], ...] to in.
func Pad(in []int, paddings [][2]int) ([]int, error) {
	if len(paddings) != len(in) {
		return nil, valuef("Padding doesn't match input. Padding length: %d. Input rank: %d", len(paddings), len(in))
	}
	out := make([]int, len(in))
	for i := range in {
		out[i] = in[i] + paddings[i][0] + paddings[i][1]
	}
	return out, nil
}

// String prints a shape as tfjs-layers does in messages ([null,3]).
func String(s []int) string { return fmt.Sprintf("[%s]", fmtShape(s)) }
