package sim

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// TextOptions control WriteTextOptions.
type TextOptions struct {
	// AllSteps prints a row per optimizer step; by default a long trace
	// shows its first and last steps and sums up the ones between.
	AllSteps bool
}

// WriteText writes the report as `tfjslint sim` prints it: per model a
// summary table with sizes, the memory trace, the steady growth, the
// leaking sites and how the run ended.
func (r *Report) WriteText(w io.Writer) error { return r.WriteTextOptions(w, TextOptions{}) }

// stepRowsShown is how many steps a summed-up trace shows at each end.
const stepRowsShown = 5

// WriteTextOptions is WriteText with options.
func (r *Report) WriteTextOptions(w io.Writer, opts TextOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", r.File)
	if len(r.Models) == 0 {
		b.WriteString("\nNo compiled model.\n")
	}
	for _, m := range r.Models {
		writeModel(&b, m)
	}
	b.WriteString("\n")
	if len(r.Steps) == 0 {
		switch n := len(r.Reached); {
		case n == 0 && len(r.Handlers) > 0:
			what := "none of the " + plural(len(r.Handlers), "UI handler") + " the script registered (each fired twice) reached"
			if len(r.Handlers) == 1 {
				what = "the one UI handler the script registered (fired twice) reached no"
			} else {
				what += " a"
			}
			fmt.Fprintf(&b, "No optimizer step ran: %s training call (fit, fitDataset, trainOnBatch, minimize, applyGradients).\n", what)
		case n == 0 && r.Ran.Events == 0 && len(r.Scripts) > 0:
			b.WriteString("No optimizer step ran: the page's scripts registered no UI handler and reached no training call (fit, fitDataset, trainOnBatch, minimize, applyGradients).\n")
		case n == 0:
			b.WriteString("No optimizer step ran: the script reached no training call (fit, fitDataset, trainOnBatch, minimize, applyGradients).\n")
		default:
			fmt.Fprintf(&b, "No optimizer step ran: %s reached made no step.\n", plural(n, "training call"))
		}
	} else {
		fmt.Fprintf(&b, "tf.memory() after each of %d optimizer steps:\n", len(r.Steps))
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "step\ttensors\tbytes\t")
		n := len(r.Steps)
		for i, s := range r.Steps {
			if !opts.AllSteps && n > 3*stepRowsShown && i >= stepRowsShown && i < n-stepRowsShown {
				if i == stepRowsShown { // the steps between, as a range
					mid := r.Steps[stepRowsShown : n-stepRowsShown]
					lo, hi := mid[0], mid[0]
					for _, m := range mid {
						lo.NumTensors, hi.NumTensors = min(lo.NumTensors, m.NumTensors), max(hi.NumTensors, m.NumTensors)
						lo.NumBytes, hi.NumBytes = min(lo.NumBytes, m.NumBytes), max(hi.NumBytes, m.NumBytes)
					}
					fmt.Fprintf(tw, "%d–%d\t%s\t%s\t\n", i+1, n-stepRowsShown, span(int64(lo.NumTensors), int64(hi.NumTensors)), span(lo.NumBytes, hi.NumBytes))
				}
				continue
			}
			fmt.Fprintf(tw, "%d\t%d\t%s\t\n", i+1, s.NumTensors, thousands(s.NumBytes))
		}
		tw.Flush()
		if !opts.AllSteps && n > 3*stepRowsShown {
			fmt.Fprintf(&b, "(steps %d–%d summed up as their range; --steps-table prints every step)\n", stepRowsShown+1, n-stepRowsShown)
		}
	}
	if g := r.SteadyGrowth; g != nil {
		fmt.Fprintf(&b, "Steady growth: %s tensors, %s bytes per step", signedF(g.TensorsPerStep), signedF(g.BytesPerStep))
		if g.Per != "step" {
			fmt.Fprintf(&b, "; %s tensors, %s bytes per %s of %s", signedF(g.Tensors), signedF(g.Bytes), g.Per, plural(g.StepsPer, "step"))
		}
		fmt.Fprintf(&b, " (steps %d to %d)\n", g.From, g.To)
	}
	if r.PeakStepBytes > 0 {
		fmt.Fprintf(&b, "Peak memory of one step: %s (activations and gradients above what was live before it)\n", Bytes(r.PeakStepBytes))
	}
	if len(r.Handlers) > 0 {
		b.WriteString("\nUI events, each fired twice once the page was idle (tf.memory() after each; growth of the last):\n")
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		for _, h := range r.Handlers {
			var mem []string
			for _, m := range h.Memory {
				mem = append(mem, fmt.Sprintf("%d/%s", m.NumTensors, thousands(m.NumBytes)))
			}
			steps := plural(h.Steps, "step")
			if h.Threw {
				steps += ", threw (its growth is not a leak: the error skipped its cleanup)"
			} else if h.Unfinished {
				steps += ", still running when measured (its growth is work in flight, not a leak)"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s tensors, %s bytes\t%s\n", h.Event(), h.At, strings.Join(mem, " "), signed(int64(h.Tensors)), signed(h.Bytes), steps)
		}
		tw.Flush()
		if r.HandlersNotFired > 0 {
			fmt.Fprintf(&b, "  (%s past the budget of %d not fired)\n", plural(r.HandlersNotFired, "handler"), maxHandlers)
		}
	}
	if len(r.Leaks) > 0 {
		b.WriteString("\nLeaking allocation sites:\n")
		for _, l := range r.Leaks {
			unit := "step"
			if l.Event != "" {
				unit = l.Event + " on " + l.Target
			}
			fmt.Fprintf(&b, "  %s:%d:%d  %s  %s tensors/%s  %s bytes/%s\n", l.File, l.Line, l.Column, l.Op, signedF(l.TensorsPerStep), unit, signedF(l.BytesPerStep), unit)
		}
	}
	for _, e := range r.ShapeErrors {
		fmt.Fprintf(&b, "\nShape error at %s: %s\n", e.At, e.Message)
	}
	for _, s := range r.Saves {
		fmt.Fprintf(&b, "Saved %s (%s) to %s\n", s.Model, Bytes(s.WeightBytes), s.Destination)
	}
	if len(r.External) > 0 {
		fmt.Fprintf(&b, "\nNot run (loaded from elsewhere or a library build): %s\n", strings.Join(r.External, ", "))
		if len(r.StandIns) > 0 {
			fmt.Fprintf(&b, "Inert stand-ins for what they define: %s\n", strings.Join(r.StandIns, ", "))
		}
	}
	for _, n := range r.NotLoaded {
		fmt.Fprintf(&b, "Script not loaded: %s\n", n)
	}
	if len(r.DataFiles) > 0 {
		fmt.Fprintf(&b, "Data files read (the project's own, read-only): %s\n", strings.Join(r.DataFiles, ", "))
	}
	fmt.Fprintf(&b, "\nRan: %s.\n", r.Ran)
	switch {
	case r.Incomplete != nil && r.StepBudget && len(r.ShapeErrors) == 0:
		// How a dry run of a training script normally ends.
		fmt.Fprintf(&b, "Complete: %s\n", *r.Incomplete)
	case r.Incomplete != nil:
		at := ""
		if r.IncompleteAt != nil {
			at = " (at " + r.IncompleteAt.String() + ")"
		}
		fmt.Fprintf(&b, "Incomplete: %s%s\n", *r.Incomplete, at)
	case len(r.Steps) == 0 && len(r.ShapeErrors) == 0:
		b.WriteString("Incomplete: the script ran to its end without training.\n")
	default:
		b.WriteString("Complete: the script ran to its end.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeModel(b *strings.Builder, m Model) {
	fmt.Fprintf(b, "\nModel %s\n", m.Name)
	tw := tabwriter.NewWriter(b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  Layer (type)\tOutput shape\tParam #")
	for _, l := range m.Layers {
		out, _ := l.OutputShape.MarshalJSON()
		fmt.Fprintf(tw, "  %s (%s)\t%s\t%s\n", l.Name, l.Class, out, thousands(int64(l.Params)))
	}
	tw.Flush()
	fmt.Fprintf(b, "  Total params: %s\n", thousands(int64(m.Params)))
	fmt.Fprintf(b, "  Weights: float32 %s; quantized uint16 %s, uint8 %s, float16 %s\n",
		Bytes(m.WeightBytes), Bytes(m.Uint16Bytes), Bytes(m.Uint8Bytes), Bytes(m.Float16Bytes))
}

// Bytes prints a byte count with a binary unit ("1.5 MiB").
func Bytes(n int64) string {
	const unit = 1024
	if n < unit && n > -unit {
		return fmt.Sprintf("%d B", n)
	}
	f, u := float64(n), ""
	for _, next := range []string{"KiB", "MiB", "GiB", "TiB"} {
		if f < unit && f > -unit {
			break
		}
		f /= unit
		u = next
	}
	return fmt.Sprintf("%.1f %s", f, u)
}

// thousands prints n with comma separators, as model.summary() does.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// span is "lo–hi", or one number when they are equal.
func span(lo, hi int64) string {
	if lo == hi {
		return thousands(lo)
	}
	return thousands(lo) + "–" + thousands(hi)
}

func signed(n int64) string {
	if n >= 0 {
		return "+" + thousands(n)
	}
	return thousands(n)
}

func signedF(f float64) string {
	if f == float64(int64(f)) {
		return signed(int64(f))
	}
	if f >= 0 {
		return fmt.Sprintf("+%.2f", f)
	}
	return fmt.Sprintf("%.2f", f)
}
