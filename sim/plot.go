package sim

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// WriteSVG draws the memory trace in two panels, live tensors above and
// live bytes below, after each optimizer step. Each y axis spans the data,
// not zero to the maximum, so that a leak of a few tensors on a base of
// hundreds shows; the steps of the steady growth are shaded and labelled,
// and the footer sets the peak memory of one step against stepBudget (the
// step-memory budget; 0 leaves it out), in words and as a bar with the
// budget marked. The budget bounds what one step adds, not what stays live,
// so it gets a scale of its own rather than a line on the bytes axis.
func (r *Report) WriteSVG(w io.Writer, stepBudget int64) error {
	const (
		width         = 760
		left, right   = 90, 30
		top           = 44
		panelH, gap   = 180, 64
		axisEnd       = top + 2*panelH + gap // the bottom of the bytes panel
		height        = axisEnd + 116
		tensorsColour = "#1f77b4"
		bytesColour   = "#d62728"
	)
	pw := float64(width - left - right)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">tf.memory() after each optimizer step: %s</text>`+"\n", left, escape(r.File))
	n := len(r.Steps)
	if n == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d">no optimizer step ran</text>`+"\n", left, top+40)
		b.WriteString("</svg>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	x := func(step float64) float64 { // step is 1-based
		if n == 1 {
			return float64(left) + pw/2
		}
		return float64(left) + pw*(step-1)/float64(n-1)
	}
	tensors := make([]float64, n)
	bytes := make([]float64, n)
	for i, s := range r.Steps {
		tensors[i], bytes[i] = float64(s.NumTensors), float64(s.NumBytes)
	}
	panel := func(y0 int, title, colour string, values []float64, minStep float64, label func(float64) string) {
		lo, hi := values[0], values[0]
		for _, v := range values {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		ticks := niceTicks(lo, hi, 5, minStep)
		lo, hi = ticks[0], ticks[len(ticks)-1]
		y := func(v float64) float64 { return float64(y0) + float64(panelH)*(1-(v-lo)/(hi-lo)) }
		if g := r.SteadyGrowth; g != nil && g.To > g.From {
			x0, x1 := x(float64(g.From)), x(float64(g.To))
			fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="#fdd" />`+"\n", x0, y0, x1-x0, panelH)
		}
		for _, t := range ticks {
			fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#eee"/>`+"\n", left, y(t), left+int(pw), y(t))
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", left-6, y(t)+4, label(t))
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.0f" height="%d" fill="none" stroke="#999"/>`+"\n", left, y0, pw, panelH)
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" font-weight="bold">%s</text>`+"\n", left, y0-6, colour, title)
		var pts []string
		for i, v := range values {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(i+1)), y(v)))
		}
		if n == 1 {
			fmt.Fprintf(&b, `<circle cx="%s" r="3" fill="%s"/>`+"\n", strings.Replace(pts[0], ",", `" cy="`, 1), colour)
		} else {
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", colour, strings.Join(pts, " "))
		}
		// The steps axis, under each panel.
		for _, s := range niceTicks(1, float64(n), 10, 1) {
			if s < 1 || s > float64(n) || s != math.Trunc(s) {
				continue
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#999"/>`+"\n", x(s), y0+panelH, x(s), y0+panelH+4)
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(s), y0+panelH+17, int(s))
		}
	}
	panel(top, "live tensors", tensorsColour, tensors, 1, func(v float64) string { return thousands(int64(v)) })
	// Bytes are ticked in round numbers of the unit of the largest value.
	unit, suffix := 1.0, "B"
	for _, u := range []string{"KiB", "MiB", "GiB"} {
		if slicesMax(bytes) < unit*1024 {
			break
		}
		unit, suffix = unit*1024, u
	}
	for i := range bytes {
		bytes[i] /= unit
	}
	panel(top+panelH+gap, "live bytes", bytesColour, bytes, 0, func(v float64) string { return fmt.Sprintf("%.4g %s", v, suffix) })
	fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">optimizer step</text>`+"\n", float64(left)+pw/2, axisEnd+34)
	if g := r.SteadyGrowth; g != nil {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#b00">shaded: steady growth of %s tensors, %s bytes per step (steps %d to %d)</text>`+"\n",
			left, axisEnd+56, signedF(g.TensorsPerStep), signedF(g.BytesPerStep), g.From, g.To)
	}
	if stepBudget > 0 && r.PeakStepBytes > 0 {
		colour, verdict := "#555", "within"
		if r.PeakStepBytes > stepBudget {
			colour, verdict = "#b00", "over"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">peak memory of one step: %s, %s the step-memory budget of %s</text>`+"\n",
			left, axisEnd+76, colour, Bytes(r.PeakStepBytes), verdict, Bytes(stepBudget))
		// The bar: the peak, on a scale a little past the larger of the
		// two, with the budget as a marked line.
		scale := 1.05 * float64(max(r.PeakStepBytes, stepBudget))
		barY := axisEnd + 84
		budgetX := float64(left) + pw*float64(stepBudget)/scale
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.0f" height="10" fill="#eee"/>`+"\n", left, barY, pw)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="10" fill="%s"/>`+"\n", left, barY, pw*float64(r.PeakStepBytes)/scale, colour)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black" stroke-width="2" stroke-dasharray="3,2"/>`+"\n", budgetX, barY-4, budgetX, barY+14)
		anchor := "end" // the label ends at the line, unless it would run off the left edge
		if budgetX < float64(left)+200 {
			anchor = "start"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="%s">step-memory budget %s</text>`+"\n", budgetX, barY+26, anchor, Bytes(stepBudget))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func slicesMax(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = math.Max(m, x)
	}
	return m
}

// niceTicks returns about n round values (1, 2 or 5 times a power of ten)
// that span lo..hi, at least minStep apart; a flat series gets a span around its value.
func niceTicks(lo, hi float64, n int, minStep float64) []float64 {
	if hi <= lo {
		lo, hi = lo-1, hi+1
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	step = math.Max(step, minStep)
	start := math.Floor(lo/step) * step
	var ticks []float64
	for i := 0; ; i++ {
		v := start + float64(i)*step
		if v > hi+step*1e-9 && len(ticks) >= 2 {
			break
		}
		ticks = append(ticks, v)
	}
	if ticks[len(ticks)-1] < hi {
		ticks = append(ticks, ticks[len(ticks)-1]+step)
	}
	return ticks
}

func escape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}
