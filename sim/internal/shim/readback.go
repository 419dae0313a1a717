package shim

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// The simulator computes no values, so what a readback returns (dataSync,
// data, arraySync, array, buffer, the numbers in fit's logs and history,
// trainOnBatch's losses) is made up. The values are deterministic (a
// sequence drawn from the run's seed: the same script reads the same values
// on every run) and plausible: float32 values in [0.05, 0.95) — a loss, an
// accuracy or a probability —, int32 and bool values 0 or 1 (a class index
// of a two-class argMax at worst is in range), never all zeros, which would
// make `while (loss > target)` loops stop at once and divisions by a read
// value fail. Code whose control flow depends on them is reported by the
// analyzer, since the path the dry run takes there need not be the real one.

// placeholder is the next value of the run's readback sequence, in [0, 1).
func (s *Shim) placeholder() float64 {
	s.Readbacks++
	// splitmix64 of the seed and the position in the sequence.
	z := s.seed + 0x9e3779b97f4a7c15*uint64(s.Readbacks)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	return float64(z>>11) / (1 << 53)
}

// placeholderValue is a plausible value of dtype.
func (s *Shim) placeholderValue(dt engine.DType) float64 {
	u := s.placeholder()
	switch dt {
	case engine.Int32, engine.Bool:
		if u < 0.5 {
			return 0
		}
		return 1
	}
	return float64(float32(0.05 + 0.9*u))
}

// plausibleLoss is a number a training call reports (a loss or a metric).
func (s *Shim) plausibleLoss() float64 { return s.placeholderValue(engine.Float32) }

// readback makes the typed array dataSync and data return: the tensor's
// length and type, filled with placeholder values, within the host's
// element budget.
func (s *Shim) readback(t *engine.Tensor) sobek.Value {
	return s.typedArray(t, true)
}

// typedArray makes a typed array of t's length and type: placeholder values
// for a readback, zeros for a fresh buffer.
func (s *Shim) typedArray(t *engine.Tensor, placeholders bool) sobek.Value {
	n := t.Size()
	if !s.host.Materialize(n) {
		s.host.Stop(fmt.Sprintf("readback budget reached: reading back %d more elements is over the simulator's limit", n))
		s.throwf("tfjslint sim: readback budget exceeded")
	}
	var ctor string
	var buf []byte
	switch t.DType {
	case engine.String:
		items := make([]any, n)
		for i := range items {
			items[i] = ""
		}
		return s.rt.NewArray(items...)
	case engine.Int32:
		ctor, buf = "Int32Array", make([]byte, 4*n)
		if placeholders {
			for i := range n {
				binary.LittleEndian.PutUint32(buf[4*i:], uint32(s.placeholderValue(t.DType)))
			}
		}
	case engine.Bool:
		ctor, buf = "Uint8Array", make([]byte, n)
		if placeholders {
			for i := range n {
				buf[i] = byte(s.placeholderValue(t.DType))
			}
		}
	default:
		ctor, buf = "Float32Array", make([]byte, 4*n)
		if placeholders {
			for i := range n {
				binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(float32(s.placeholderValue(t.DType))))
			}
		}
	}
	o, err := s.rt.New(s.rt.Get(ctor), s.rt.ToValue(s.rt.NewArrayBuffer(buf)))
	if err != nil {
		s.throw(err, nil)
	}
	return o
}

// nested makes the nested arrays arraySync and array return, filled with
// placeholder values.
func (s *Shim) nested(t *engine.Tensor) sobek.Value {
	n := t.Size()
	if !s.host.Materialize(n) {
		s.host.Stop(fmt.Sprintf("readback budget reached: reading back %d more elements is over the simulator's limit", n))
		s.throwf("tfjslint sim: readback budget exceeded")
	}
	var build func(shape []int) any
	build = func(shape []int) any {
		if len(shape) == 0 {
			switch t.DType {
			case engine.String:
				return ""
			case engine.Bool:
				return s.placeholderValue(t.DType) == 1
			}
			return s.placeholderValue(t.DType)
		}
		items := make([]any, shape[0])
		for i := range items {
			items[i] = build(shape[1:])
		}
		return s.rt.NewArray(items...)
	}
	return s.rt.ToValue(build(t.Shape))
}
