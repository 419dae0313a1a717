package shape

import (
	"slices"
	"testing"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func TestBroadcast(t *testing.T) {
	for _, c := range []struct{ a, b, want []int }{
		{[]int{2, 3}, []int{3}, []int{2, 3}},
		{[]int{4, 1, 5}, []int{3, 1}, []int{4, 3, 5}},
		{[]int{}, []int{7}, []int{7}},
	} {
		got, err := Broadcast(c.a, c.b)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("Broadcast(%v, %v) = %v, %v; want %v", c.a, c.b, got, err, c.want)
		}
	}
	_, err := Broadcast([]int{2, 3}, []int{4})
	if err == nil || err.Error() != "Operands could not be broadcast together with shapes 2,3 and 4." {
		t.Errorf("Broadcast mismatch error = %v", err)
	}
}

func TestReshape(t *testing.T) {
	got, err := Reshape([]int{4, 6}, []int{-1, 3})
	if err != nil || !slices.Equal(got, []int{8, 3}) {
		t.Errorf("Reshape = %v, %v", got, err)
	}
	if _, err := Reshape([]int{4, 6}, []int{5, -1}); err == nil {
		t.Error("Reshape of 24 elements to [5,-1] did not fail")
	}
	if _, err := Reshape([]int{4, 6}, []int{-1, -1}); err == nil {
		t.Error("Reshape with two implicit dims did not fail")
	}
}

func TestMatMul(t *testing.T) {
	got, err := MatMul([]int{5, 2, 3}, []int{3, 4}, false, false)
	if err != nil || !slices.Equal(got, []int{5, 2, 4}) {
		t.Errorf("batched MatMul = %v, %v", got, err)
	}
	got, err = MatMul([]int{3, 2}, []int{4, 3}, true, true)
	if err != nil || !slices.Equal(got, []int{2, 4}) {
		t.Errorf("transposed MatMul = %v, %v", got, err)
	}
	if _, err := MatMul([]int{2, 3}, []int{4, 5}, false, false); err == nil {
		t.Error("MatMul with inner 3 vs 4 did not fail")
	}
}

func TestReduceAndAxes(t *testing.T) {
	ax, err := Axes([]int{-1}, 3)
	if err != nil || !slices.Equal(ax, []int{2}) {
		t.Fatalf("Axes(-1, 3) = %v, %v", ax, err)
	}
	if got := Reduce([]int{2, 3, 4}, ax, false); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("Reduce = %v", got)
	}
	if got := Reduce([]int{2, 3, 4}, ax, true); !slices.Equal(got, []int{2, 3, 1}) {
		t.Errorf("Reduce keepDims = %v", got)
	}
	if got := Reduce([]int{2}, []int{0}, false); got == nil || len(got) != 0 {
		t.Errorf("a full reduction is a scalar, got %v", got)
	}
	if _, err := Axes([]int{3}, 3); err == nil {
		t.Error("Axes(3, rank 3) did not fail")
	}
}

func TestConcatStackSlice(t *testing.T) {
	got, err := Concat([][]int{{2, 3}, {2, 5}}, -1)
	if err != nil || !slices.Equal(got, []int{2, 8}) {
		t.Errorf("Concat = %v, %v", got, err)
	}
	if _, err := Concat([][]int{{2, 3}, {4, 5}}, 1); err == nil {
		t.Error("Concat with mismatched dim 0 did not fail")
	}
	got, err = Stack([][]int{{2, 3}, {2, 3}, {2, 3}}, 1)
	if err != nil || !slices.Equal(got, []int{2, 3, 3}) {
		t.Errorf("Stack = %v, %v", got, err)
	}
	b, size, err := Slice([]int{10, 4}, []int{2}, []int{-1, 2})
	if err != nil || !slices.Equal(b, []int{2, 0}) || !slices.Equal(size, []int{8, 2}) {
		t.Errorf("Slice = %v %v %v", b, size, err)
	}
	if _, _, err := Slice([]int{10}, []int{8}, []int{3}); err == nil {
		t.Error("overflowing Slice did not fail")
	}
}

func TestConvShapes(t *testing.T) {
	h, w, err := Spatial2D(28, 28, 3, 3, 1, 1, Padding{Mode: "valid"}, "")
	if err != nil || h != 26 || w != 26 {
		t.Errorf("valid 3x3 conv on 28x28 = %dx%d, %v", h, w, err)
	}
	h, w, _ = Spatial2D(27, 28, 3, 3, 2, 2, Padding{Mode: "same"}, "")
	if h != 14 || w != 14 {
		t.Errorf("same stride-2 conv = %dx%d", h, w)
	}
	if got := EffectiveFilter(3, 2); got != 5 {
		t.Errorf("EffectiveFilter(3, 2) = %d", got)
	}
	if got := ConvOutputLength(13, 3, "valid", 1, 1); got != 11 {
		t.Errorf("ConvOutputLength valid = %d", got)
	}
	if got := ConvOutputLength(engine.Unknown, 3, "same", 1, 1); got != engine.Unknown {
		t.Errorf("unknown length became %d", got)
	}
	if got, _ := DeconvLength(7, 2, 3, "valid"); got != 15 {
		t.Errorf("DeconvLength valid = %d", got)
	}
}
