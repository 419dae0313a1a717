package sim

import (
	"fmt"
	"io"
	"strings"
)

// WriteSVG draws the memory trace: tensors (left axis) and bytes (right
// axis) after each optimizer step.
func (r *Report) WriteSVG(w io.Writer) error {
	const (
		width, height = 720, 360
		left, right   = 70, 80
		top, bottom   = 40, 50
	)
	pw, ph := float64(width-left-right), float64(height-top-bottom)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">tf.memory() after each optimizer step: %s</text>`+"\n", left, escape(r.File))
	n := len(r.Steps)
	if n == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d">no optimizer step ran</text>`+"\n", left, top+40)
		b.WriteString("</svg>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	maxT, maxB := 1, int64(1)
	for _, s := range r.Steps {
		maxT = max(maxT, s.NumTensors)
		maxB = max(maxB, s.NumBytes)
	}
	x := func(i int) float64 {
		if n == 1 {
			return float64(left) + pw/2
		}
		return float64(left) + pw*float64(i)/float64(n-1)
	}
	yT := func(v int) float64 { return float64(top) + ph*(1-float64(v)/float64(maxT)) }
	yB := func(v int64) float64 { return float64(top) + ph*(1-float64(v)/float64(maxB)) }
	fmt.Fprintf(&b, `<g stroke="#999"><line x1="%d" y1="%d" x2="%d" y2="%d"/><line x1="%d" y1="%d" x2="%d" y2="%d"/><line x1="%d" y1="%d" x2="%d" y2="%d"/></g>`+"\n",
		left, top, left, top+int(ph), left, top+int(ph), left+int(pw), top+int(ph), left+int(pw), top, left+int(pw), top+int(ph))
	line := func(color string, y func(i int) float64) {
		var pts []string
		for i := range r.Steps {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(i)))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", color, strings.Join(pts, " "))
	}
	line("#1f77b4", func(i int) float64 { return yT(r.Steps[i].NumTensors) })
	line("#d62728", func(i int) float64 { return yB(r.Steps[i].NumBytes) })
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#1f77b4">%d</text>`+"\n", left-6, top+4, maxT)
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#1f77b4">0</text>`+"\n", left-6, top+int(ph)+4)
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#d62728">%s</text>`+"\n", left+int(pw)+6, top+4, Bytes(maxB))
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#d62728">0</text>`+"\n", left+int(pw)+6, top+int(ph)+4)
	fmt.Fprintf(&b, `<text x="%d" y="%d">step 1</text>`+"\n", left, top+int(ph)+20)
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">step %d</text>`+"\n", left+int(pw), top+int(ph)+20, n)
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#1f77b4">tensors</text><text x="%d" y="%d" fill="#d62728">bytes</text>`+"\n",
		left, height-12, left+80, height-12)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func escape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}
