package shape

import (
	"math"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Padding is a tfjs conv/pool padding: "same", "valid", a number, or
// explicit [[top,bottom],[left,right]] pairs (the spatial ones).
type Padding struct {
	Mode     string // "same", "valid", "number", "explicit"
	N        int
	Explicit [][2]int
}

// EffectiveFilter is the filter size once dilated.
func EffectiveFilter(f, dilation int) int {
	if dilation <= 1 {
		return f
	}
	return f + (f-1)*(dilation-1)
}

func roundDim(v float64, mode string) int {
	switch mode {
	case "round":
		return int(math.Round(v))
	case "ceil":
		return int(math.Ceil(v))
	case "floor":
		return int(math.Floor(v))
	}
	return int(math.Trunc(v))
}

// Spatial2D is the output height and width of a 2-D conv or pool
// (tfjs-core getPadAndOutInfo) for effective filter sizes fh, fw.
func Spatial2D(inH, inW, fh, fw, sh, sw int, pad Padding, rounding string) (int, int, error) {
	switch pad.Mode {
	case "same":
		return ceilDiv(inH, sh), ceilDiv(inW, sw), nil
	case "valid":
		return int(math.Ceil(float64(inH-fh+1) / float64(sh))), int(math.Ceil(float64(inW-fw+1) / float64(sw))), nil
	case "number":
		p := pad.N
		return roundDim(float64(inH-fh+2*p)/float64(sh)+1, rounding), roundDim(float64(inW-fw+2*p)/float64(sw)+1, rounding), nil
	case "explicit":
		if len(pad.Explicit) < 2 {
			return 0, 0, valuef("Unknown padding parameter: explicit")
		}
		t, b := pad.Explicit[0][0], pad.Explicit[0][1]
		l, r := pad.Explicit[1][0], pad.Explicit[1][1]
		return roundDim(float64(inH-fh+t+b)/float64(sh)+1, rounding), roundDim(float64(inW-fw+l+r)/float64(sw)+1, rounding), nil
	}
	return 0, 0, valuef("Unknown padding parameter: %s", pad.Mode)
}

func ceilDiv(a, b int) int { return int(math.Ceil(float64(a) / float64(b))) }

// ConvOutputLength is tfjs-layers' convOutputLength; unknown stays unknown.
func ConvOutputLength(in, filter int, padding string, stride, dilation int) int {
	if in == engine.Unknown {
		return engine.Unknown
	}
	dilated := filter + (filter-1)*(dilation-1)
	out := in - dilated + 1
	if padding == "same" {
		out = in
	}
	return int(math.Floor(float64(out+stride-1) / float64(stride)))
}

// DeconvLength is tfjs-layers' deconvLength.
func DeconvLength(dim, stride, kernel int, padding string) (int, error) {
	if dim == engine.Unknown {
		return engine.Unknown, nil
	}
	switch padding {
	case "valid":
		return dim*stride + max(kernel-stride, 0), nil
	case "same":
		return dim * stride, nil
	}
	return 0, valuef("Unsupport padding mode: %s.", padding)
}
