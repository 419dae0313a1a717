package sim

import (
	"path/filepath"
	"testing"

	"github.com/tfjslint/tfjslint/internal/oracle"
)

// TestOracleGrowth checks the steady growth against real tfjs run much
// longer: each program of testdata/growth runs on the simulator at the
// default budget and on tfjs 4.22.0 for up to 1000 steps; their traces
// must agree on the steps both have, and the growth the simulator fitted
// over its steady part must be the growth real tfjs keeps up over the whole
// long run, measured between the same points of the repeating unit.
func TestOracleGrowth(t *testing.T) {
	node := oracle.Need(t)
	files, err := filepath.Glob(filepath.Join("testdata", "growth", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			got := Run(file, Options{})
			long, err := oracle.Run(node, file, oracle.Options{Steps: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if f := long.Failed(); f != "" {
				t.Fatalf("the program fails on real tfjs: %s", f)
			}
			for i := range min(len(got.Steps), len(long.Steps)) {
				if got.Steps[i].NumTensors != long.Steps[i].NumTensors || got.Steps[i].NumBytes != long.Steps[i].NumBytes {
					t.Fatalf("step %d: %+v, tfjs has %+v", i+1, got.Steps[i], long.Steps[i])
				}
			}
			g := got.SteadyGrowth
			if g == nil {
				t.Fatal("no steady growth")
			}
			// The same point of the unit, as late in tfjs's long run as it
			// goes.
			from := g.From - 1
			units := (len(long.Steps) - 1 - from) / g.StepsPer
			to := from + units*g.StepsPer
			if units < 2*(g.To-g.From)/g.StepsPer {
				t.Fatalf("tfjs ran %d steps, too few to check the growth over a longer run", len(long.Steps))
			}
			steps := float64(to - from)
			wantT := round2(float64(long.Steps[to].NumTensors-long.Steps[from].NumTensors) / steps)
			wantB := round2(float64(long.Steps[to].NumBytes-long.Steps[from].NumBytes) / steps)
			if g.TensorsPerStep != wantT || g.BytesPerStep != wantB {
				t.Errorf("steady growth %+v tensors %+v bytes per step (per %s, steps %d–%d); tfjs over steps %d–%d: %+v tensors %+v bytes per step",
					g.TensorsPerStep, g.BytesPerStep, g.Per, g.From, g.To, from+1, to+1, wantT, wantB)
			}
			t.Logf("%+v tensors, %+v bytes per step; per %s of %d steps: %+v tensors, %+v bytes; tfjs over %d steps agrees",
				g.TensorsPerStep, g.BytesPerStep, g.Per, g.StepsPer, g.Tensors, g.Bytes, to-from)
		})
	}
}

// TestSteadyGrowth checks the growth fitted on made-up traces.
func TestSteadyGrowth(t *testing.T) {
	mem := func(ts ...int) []Memory {
		out := make([]Memory, len(ts))
		for i, x := range ts {
			out[i] = Memory{NumTensors: x, NumBytes: int64(4 * x)}
		}
		return out
	}
	oneStepCalls := func(n int, site string) []stepAt {
		out := make([]stepAt, n)
		for i := range out {
			out[i] = stepAt{site: site, call: i + 1, epoch: -1}
		}
		return out
	}
	epochs := func(n, per int) []stepAt {
		out := make([]stepAt, n)
		for i := range out {
			out[i] = stepAt{site: "fit", call: 1, epoch: i / per}
		}
		return out
	}
	cases := []struct {
		name     string
		trace    []Memory
		at       []stepAt
		perStep  float64
		per      string
		perUnit  float64
		from, to int
	}{
		// Two models trained in turn: memory alternates, nothing grows;
		// the last two steps alone would read +3 per step.
		{"alternating", mem(10, 20, 17, 20, 17, 20, 17, 20), oneStepCalls(8, "a"), 0, "cycle", 0, 6, 8},
		// One tensor more at the end of every epoch of 3 steps, cut by the
		// budget inside the last epoch.
		{"per epoch", mem(5, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12), epochs(11, 3), 1.0 / 3, "epoch", 1, 3, 9},
		// A leak of 2 per step.
		{"per step", mem(5, 7, 9, 11, 13, 15), oneStepCalls(6, "a"), 2, "step", 2, 4, 6},
		// Pre-training grows, fine-tuning at another site is flat: the
		// last phase is measured.
		{"phases", mem(1, 2, 3, 4, 5, 6, 6, 6, 6, 6), append(oneStepCalls(5, "fit"), oneStepCalls(5, "tune")...), 0, "step", 0, 8, 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := steadyGrowth(c.trace, c.at)
			if g == nil {
				t.Fatal("nil growth")
			}
			if g.TensorsPerStep != round2(c.perStep) || g.Per != c.per || g.Tensors != c.perUnit || g.From != c.from || g.To != c.to {
				t.Errorf("growth = %+v, want %v per step, %v per %s, steps %d–%d", *g, round2(c.perStep), c.perUnit, c.per, c.from, c.to)
			}
		})
	}
}
