package modeldesc

import (
	"fmt"
	"strings"
)

// String describes a layer: "dense(64, relu)", "conv2d(32, 3x3, relu, heNormal)".
func (l Layer) String() string {
	var parts []string
	if l.Units > 0 {
		parts = append(parts, fmt.Sprint(l.Units))
	}
	if len(l.KernelSize) > 0 {
		ks := make([]string, len(l.KernelSize))
		for i, k := range l.KernelSize {
			ks[i] = fmt.Sprint(k)
		}
		parts = append(parts, strings.Join(ks, "x"))
	}
	switch {
	case !l.ActivationKnown:
		parts = append(parts, "?")
	case l.Activation != "":
		parts = append(parts, l.Activation)
	}
	if l.KernelInit != "" {
		parts = append(parts, l.KernelInit)
	}
	if l.Inner != nil {
		parts = append([]string{l.Inner.String()}, parts...)
	}
	s := l.Class
	if len(parts) > 0 {
		s += "(" + strings.Join(parts, ", ") + ")"
	}
	if len(l.Alts) > 1 {
		alts := make([]string, len(l.Alts))
		for i, a := range l.Alts {
			alts[i] = a.String()
		}
		s = "one of " + strings.Join(alts, "|")
	}
	return s
}

// String describes a model: "sequential: dense(64, relu) dense(10, softmax)".
// Groups of a sequential model are separated by " / ", a functional model's
// outputs by " ; " (each its path back to an input, nearest layer last).
func (m *Model) String() string {
	var b strings.Builder
	switch m.Kind {
	case Sequential:
		b.WriteString("sequential")
	case Functional:
		b.WriteString("functional")
	}
	if !m.Exact {
		b.WriteString(" (partial)")
	}
	b.WriteString(":")
	if m.Kind == Sequential {
		for i, g := range m.Groups {
			if i > 0 {
				b.WriteString(" /")
			}
			for _, l := range g {
				b.WriteString(" " + l.String())
			}
		}
		return b.String()
	}
	for i, o := range m.Outputs {
		if i > 0 {
			b.WriteString(" ;")
		}
		b.WriteString(" " + o.String())
	}
	return b.String()
}

// String describes a symbolic tensor as the layers applied to reach it:
// "dense(3, softmax)<-concatenate<-[dense(16, relu)<-input, input]".
func (n *Node) String() string { return n.str(0) }

func (n *Node) str(depth int) string {
	if n == nil {
		return "input"
	}
	if depth > 8 {
		return "…"
	}
	var in string
	switch {
	case len(n.Inputs) == 1 && n.At != nil:
		in = n.Inputs[0].str(depth + 1)
	case len(n.Inputs) == 0:
		in = "input"
	default:
		parts := make([]string, len(n.Inputs))
		for i, x := range n.Inputs {
			parts[i] = x.str(depth + 1)
		}
		in = "[" + strings.Join(parts, ", ") + "]"
	}
	if n.At == nil {
		return in
	}
	name := "?"
	if n.Layer != nil {
		name = n.Layer.String()
	}
	return name + "<-" + in
}
