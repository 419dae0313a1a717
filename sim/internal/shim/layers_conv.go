package shim

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// conv is Conv1D/Conv2D/Conv3D (rank 1-3), SeparableConv2D (separable)
// and Conv2DTranspose (transpose).
type conv struct {
	rank                 int
	filters              int
	kernel, strides, dil []int
	padding              string
	channelsFirst        bool
	useBias              bool
	separable, transpose bool
	depthMultiplier      int
}

func (c *conv) channelAxis(n int) int {
	if c.channelsFirst {
		return 1
	}
	return n - 1
}

func (c *conv) build(l *Layer, in [][]int) error {
	s := one(in)
	ax := c.channelAxis(len(s))
	if ax < 0 || ax >= len(s) || s[ax] < 0 {
		return valueErr("The channel dimension of the input should be defined. Found %v", nullDim(s, ax))
	}
	inDim := s[ax]
	switch {
	case c.separable:
		dk := append(clone(c.kernel), inDim, c.depthMultiplier)
		pk := append(make([]int, c.rank), inDim*c.depthMultiplier, c.filters)
		for i := range c.rank {
			pk[i] = 1
		}
		l.addWeight("depthwise_kernel", dk, engine.Float32, true)
		l.addWeight("pointwise_kernel", pk, engine.Float32, true)
	case c.transpose:
		l.addWeight("kernel", append(clone(c.kernel), c.filters, inDim), engine.Float32, true)
	default:
		l.addWeight("kernel", append(clone(c.kernel), inDim, c.filters), engine.Float32, true)
	}
	if c.useBias {
		l.addWeight("bias", []int{c.filters}, engine.Float32, true)
	}
	l.specs = []inputSpec{{ndim: c.rank + 2, axes: map[int]int{ax: inDim}, set: true}}
	return nil
}

func nullDim(s []int, i int) any {
	if i < 0 || i >= len(s) || s[i] < 0 {
		return nil
	}
	return s[i]
}

// gradErr is what tfjs throws differentiating a dilated convolution.
func (c *conv) gradErr() string {
	dilated := false
	for _, d := range c.dil {
		dilated = dilated || d > 1
	}
	switch {
	case !dilated || c.transpose:
		return ""
	case c.separable:
		return fmt.Sprintf("Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '%s'", joinInts(c.dil))
	case c.rank == 1:
		return fmt.Sprintf("Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '1,%d'", c.dil[0])
	}
	return fmt.Sprintf("Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '%s'", joinInts(c.dil))
}

func joinInts(v []int) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ",")
}

func (c *conv) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != c.rank+2 {
		return nil, shapeErr("Input 0 is incompatible with layer: expected ndim=%d, found ndim=%d", c.rank+2, len(s))
	}
	if c.transpose {
		out := clone(s)
		ca, ha, wa := 3, 1, 2
		if c.channelsFirst {
			ca, ha, wa = 1, 2, 3
		}
		out[ca] = c.filters
		var err error
		if out[ha], err = shape.DeconvLength(out[ha], c.strides[0], c.kernel[0], c.padding); err != nil {
			return nil, err
		}
		if out[wa], err = shape.DeconvLength(out[wa], c.strides[1], c.kernel[1], c.padding); err != nil {
			return nil, err
		}
		return [][]int{out}, nil
	}
	space := s[1 : len(s)-1]
	if c.channelsFirst {
		space = s[2:]
	}
	newSpace := make([]int, len(space))
	for i, d := range space {
		newSpace[i] = shape.ConvOutputLength(d, c.kernel[i], c.padding, c.strides[i], c.dil[i])
	}
	out := []int{s[0]}
	if c.channelsFirst {
		out = append(append(out, c.filters), newSpace...)
	} else {
		out = append(append(out, newSpace...), c.filters)
	}
	return [][]int{out}, nil
}

// depthwise is DepthwiseConv2D.
type depthwise struct {
	kernel, strides []int
	padding         string
	channelsFirst   bool
	useBias         bool
	depthMultiplier int
}

func (d *depthwise) build(l *Layer, in [][]int) error {
	s := one(in)
	if len(s) < 4 {
		return shapeErr("Inputs to DepthwiseConv2D should have rank 4. Received input shape: %s.", shape.String(s))
	}
	ax := 3
	if d.channelsFirst {
		ax = 1
	}
	if s[ax] < 0 {
		return valueErr("The channel dimension of the inputs to DepthwiseConv2D should be defined, but is not (null).")
	}
	l.addWeight("depthwise_kernel", []int{d.kernel[0], d.kernel[1], s[ax], d.depthMultiplier}, engine.Float32, true)
	if d.useBias {
		l.addWeight("bias", []int{s[ax] * d.depthMultiplier}, engine.Float32, true)
	}
	return nil
}

func (d *depthwise) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != 4 {
		return nil, shapeErr("Inputs to DepthwiseConv2D should have rank 4. Received input shape: %s.", shape.String(s))
	}
	rows, cols, ch := s[1], s[2], s[3]
	if d.channelsFirst {
		rows, cols, ch = s[2], s[3], s[1]
	}
	outF := engine.Unknown
	if ch >= 0 {
		outF = ch * d.depthMultiplier
	}
	r := shape.ConvOutputLength(rows, d.kernel[0], d.padding, d.strides[0], 1)
	c := shape.ConvOutputLength(cols, d.kernel[1], d.padding, d.strides[1], 1)
	if d.channelsFirst {
		return [][]int{{s[0], outF, r, c}}, nil
	}
	return [][]int{{s[0], r, c, outF}}, nil
}

// pooling is MaxPooling1D/2D/3D and AveragePooling1D/2D/3D.
type pooling struct {
	rank          int
	pool, strides []int
	padding       string
	channelsFirst bool
}

func (pooling) build(*Layer, [][]int) error { return nil }
func (p *pooling) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != p.rank+2 {
		return nil, shapeErr("Input 0 is incompatible with layer: expected ndim=%d, found ndim=%d", p.rank+2, len(s))
	}
	out := clone(s)
	first := 1
	if p.channelsFirst && p.rank > 1 {
		first = 2
	}
	for i := range p.rank {
		out[first+i] = shape.ConvOutputLength(s[first+i], p.pool[i], p.padding, p.strides[i], 1)
	}
	return [][]int{out}, nil
}

// globalPooling is GlobalAverage/MaxPooling1D/2D: [batch, channels].
type globalPooling struct {
	rank          int
	channelsFirst bool
}

func (globalPooling) build(*Layer, [][]int) error { return nil }
func (g globalPooling) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != g.rank+2 {
		return nil, shapeErr("Input 0 is incompatible with layer: expected ndim=%d, found ndim=%d", g.rank+2, len(s))
	}
	if g.channelsFirst {
		return [][]int{{s[0], s[1]}}, nil
	}
	return [][]int{{s[0], s[len(s)-1]}}, nil
}

// spatial2D is UpSampling2D, ZeroPadding2D and Cropping2D: height and
// width scaled by sh/sw, then grown by pads (negative pads crop).
type spatial2D struct {
	sh, sw        int
	top, bottom   int
	left, right   int
	channelsFirst bool
	name          string
}

func (spatial2D) build(*Layer, [][]int) error { return nil }
func (p *spatial2D) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	s := one(in)
	if len(s) != 4 {
		return nil, shapeErr("Input 0 is incompatible with layer %s: expected ndim=4, found ndim=%d", p.name, len(s))
	}
	out := clone(s)
	h, w := 1, 2
	if p.channelsFirst {
		h, w = 2, 3
	}
	if out[h] >= 0 {
		out[h] = out[h]*p.sh + p.top + p.bottom
	}
	if out[w] >= 0 {
		out[w] = out[w]*p.sw + p.left + p.right
	}
	return [][]int{out}, nil
}
