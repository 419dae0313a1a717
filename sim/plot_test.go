package sim

import (
	"strings"
	"testing"
)

// A leak of a few tensors on a base of hundreds spans the tensors axis:
// its ticks start near the data, not at zero, and both panels are drawn.
func TestPlotScalesToData(t *testing.T) {
	r := &Report{File: "a.js", SteadyGrowth: &Growth{TensorsPerStep: 1, BytesPerStep: 4, From: 2, To: 6}, PeakStepBytes: 300 << 20}
	for i := range 6 {
		r.Steps = append(r.Steps, Memory{NumTensors: 500 + i, NumBytes: 3 << 20})
	}
	var b strings.Builder
	if err := r.WriteSVG(&b, 256<<20); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	for _, want := range []string{">live tensors<", ">live bytes<", ">optimizer step<", ">500<", ">505<", ">3 MiB<", "steady growth of +1 tensors",
		"peak memory of one step: 300.0 MiB, over the step-memory budget of 256.0 MiB", ">step-memory budget 256.0 MiB<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("plot lacks %q", want)
		}
	}
	// The budget line sits at 256/(1.05×300) of the bar: the scale ends a
	// little past the larger of peak and budget.
	if want := `<line x1="610.1" y1="548" x2="610.1" y2="566"`; !strings.Contains(svg, want) {
		t.Errorf("plot lacks the budget line %s", want)
	}
	if strings.Contains(svg, ">0<") {
		t.Error("the tensors axis starts at 0: the leak is flattened")
	}
	for _, lohi := range [][2]float64{{0, 0}, {1, 1}, {3, 7}, {1e6, 1e6 + 3}} {
		ticks := niceTicks(lohi[0], lohi[1], 5, 1)
		if len(ticks) < 2 || ticks[0] > lohi[0] || ticks[len(ticks)-1] < lohi[1] {
			t.Errorf("niceTicks(%v) = %v", lohi, ticks)
		}
	}
}
