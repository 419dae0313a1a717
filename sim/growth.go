package sim

import (
	"math"
)

// stepAt is where an optimizer step ran: its training call site, its
// training call (fit and fitDataset calls have many steps; trainOnBatch,
// minimize and applyGradients calls one) and, in a fit, its epoch (-1
// outside one).
type stepAt struct {
	site        string
	call, epoch int
	// firing counts the UI handler firings before the step; 0 when the
	// step ran outside any firing.
	firing int
}

// Growth is how tf.memory() grows in steady state.
type Growth struct {
	// TensorsPerStep and BytesPerStep are the growth per optimizer step.
	TensorsPerStep float64 `json:"tensorsPerStep"`
	BytesPerStep   float64 `json:"bytesPerStep"`
	// Per is the unit the trace repeats in: "step", "epoch" (of one fit),
	// "training call" (each of several fit calls) or "cycle" (a pattern of
	// StepsPer steps, e.g. two models trained in turn); Tensors and Bytes
	// are the growth per unit.
	Per      string  `json:"per"`
	StepsPer int     `json:"stepsPer"`
	Tensors  float64 `json:"tensors"`
	Bytes    float64 `json:"bytes"`
	// From and To are the steps (1-based) the growth was measured between.
	From int `json:"from"`
	To   int `json:"to"`
}

// steadyGrowth fits the growth of the trace over its steady part. The first
// epoch, training call or cycle is warm-up (optimizer slots, caches) and is
// left out; the growth is measured between the ends of whole units, so a
// pattern that repeats every epoch (a validation pass, a shuffle buffer
// refilled) or every training call reads as no growth, and a leak between
// fit calls reads as the growth of each call. Without a repeating unit the
// growth is the least-squares slope of the trace's second half.
func steadyGrowth(steps []Memory, at []stepAt) *Growth {
	// A program that trains in phases (pre-training, then fine-tuning at
	// another call site) is measured in its last phase: the steps at the
	// last site that no other site interrupts, when there are a few.
	if len(at) == len(steps) {
		first := len(at) - 1
		for first > 0 && at[first-1].site == at[len(at)-1].site {
			first--
		}
		if first > 0 && len(at)-first >= 4 {
			g := steadyGrowth(steps[first:], at[first:])
			if g != nil {
				g.From += first
				g.To += first
			}
			return g
		}
	}
	n := len(steps)
	if n < 2 {
		return nil
	}
	if per, p, ends := units(at); len(ends) >= 2 {
		// ends[0] closes the warm-up unit.
		s, e := ends[0], ends[len(ends)-1]
		k := float64(len(ends) - 1)
		if span := e - s; span > 0 {
			return growthBetween(steps, s, e, k, per, p, span)
		}
	}
	if p, ok := cycle(steps); ok {
		// The whole cycles in the second half, aligned on the last step.
		e := n - 1
		k := max((e-n/2)/p, 1)
		s := e - k*p
		per := "step"
		if p > 1 {
			per = "cycle"
		}
		return growthBetween(steps, s, e, float64(k), per, p, k*p)
	}
	return slope(steps[n/2:], n/2)
}

// growthBetween is the growth from step s to step e (0-based), over k units
// of p steps each and steps steps in all.
func growthBetween(trace []Memory, s, e int, k float64, per string, p, steps int) *Growth {
	dt := float64(trace[e].NumTensors - trace[s].NumTensors)
	db := float64(trace[e].NumBytes - trace[s].NumBytes)
	return &Growth{
		TensorsPerStep: round2(dt / float64(steps)), BytesPerStep: round2(db / float64(steps)),
		Per: per, StepsPer: p, Tensors: round2(dt / k), Bytes: round2(db / k),
		From: s + 1, To: e + 1,
	}
}

// units splits the steps into epochs (one fit call of several epochs) or
// training calls (several calls of more than one step), and returns the
// unit, its length in steps and the index of the last step of each whole
// unit; a last unit cut short (by the step budget) is left out. Units of
// unequal length give no split.
func units(at []stepAt) (per string, length int, ends []int) {
	if len(at) == 0 {
		return "", 0, nil
	}
	calls, epochs := map[int]bool{}, map[[2]int]bool{}
	for _, a := range at {
		calls[a.call] = true
		epochs[[2]int{a.call, a.epoch}] = true
	}
	key := func(a stepAt) [2]int { return [2]int{a.call, a.epoch} }
	switch {
	case len(calls) == 1 && len(epochs) > 1:
		per = "epoch"
	case len(calls) > 1 && len(calls) < len(at):
		per = "training call"
		key = func(a stepAt) [2]int { return [2]int{a.call, 0} }
	default:
		return "", 0, nil
	}
	var lengths []int
	for i := range at {
		if i == len(at)-1 || key(at[i+1]) != key(at[i]) {
			ends = append(ends, i)
			start := 0
			if len(ends) > 1 {
				start = ends[len(ends)-2] + 1
			}
			lengths = append(lengths, i-start+1)
		}
	}
	// Every unit but the warm-up and the last has one length; the last
	// counts only when whole.
	length = 0
	for i := 1; i < len(lengths)-1; i++ {
		if length == 0 {
			length = lengths[i]
		} else if lengths[i] != length {
			return "", 0, nil
		}
	}
	if length == 0 {
		length = lengths[len(lengths)-1]
	}
	if lengths[len(lengths)-1] != length {
		ends = ends[:len(ends)-1]
	}
	return per, length, ends
}

// cycle finds the shortest period p (1 to 8 steps) such that the second
// half of the trace changes by the same amount every p steps: two models
// trained in turn repeat every two steps.
func cycle(trace []Memory) (int, bool) {
	n := len(trace)
	half := trace[n/2:]
	for p := 1; p <= 8 && p+1 < len(half); p++ {
		d0 := Memory{NumTensors: half[p].NumTensors - half[0].NumTensors, NumBytes: half[p].NumBytes - half[0].NumBytes}
		ok := true
		for i := p + 1; i < len(half) && ok; i++ {
			d := Memory{NumTensors: half[i].NumTensors - half[i-p].NumTensors, NumBytes: half[i].NumBytes - half[i-p].NumBytes}
			ok = d == d0
		}
		if ok {
			return p, true
		}
	}
	if len(half) == 2 || n == 2 {
		return 1, true
	}
	return 0, false
}

// slope is the least-squares growth per step of trace, which starts at
// step offset (0-based).
func slope(trace []Memory, offset int) *Growth {
	n := float64(len(trace))
	if len(trace) < 2 {
		return nil
	}
	var sx, sxx, st, sb, sxt, sxb float64
	for i, m := range trace {
		x := float64(i)
		sx += x
		sxx += x * x
		st += float64(m.NumTensors)
		sb += float64(m.NumBytes)
		sxt += x * float64(m.NumTensors)
		sxb += x * float64(m.NumBytes)
	}
	den := n*sxx - sx*sx
	if den == 0 || math.IsNaN(den) {
		return nil
	}
	t := (n*sxt - sx*st) / den
	b := (n*sxb - sx*sb) / den
	return &Growth{TensorsPerStep: round2(t), BytesPerStep: round2(b), Per: "step", StepsPer: 1, Tensors: round2(t), Bytes: round2(b),
		From: offset + 1, To: offset + len(trace)}
}
