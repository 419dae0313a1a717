package contexts

import (
	"slices"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
)

// collectOutgoing records this file's calls of functions other linted
// files export, with how often each runs, for lint to hand to those files
// as their callers.
func (c *Info) collectOutgoing() {
	c.File.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		call := n.(*ast.CallExpression)
		ref, method, ok := c.TF.CallTarget(call)
		if !ok {
			return true
		}
		ctx := c.Of(stack)
		if ctx.Dead {
			return true
		}
		cs := runctx.CallerSite{Target: ref.File, Export: ref.Name, Method: method, Global: ref.Global, File: c.File.Name,
			Line: c.File.Tok.Line(c.File.Start(call)), Freq: int(ctx.Freq), Tidy: ctx.Tidy, Node: c.node}
		switch {
		case ctx.Test || ctx.Lazy:
			cs.Freq = int(Once)
		case ctx.Repeat != nil && ctx.Repeat.External != nil:
			// A call in a function that another file repeats: that call
			// is what repeats this one.
			ext := *ctx.Repeat.External
			cs.File, cs.Line, cs.Subject, cs.Unit = ext.File, ext.Line, ext.Subject, ext.Unit
			cs.Node = cs.Node || ext.Node
			cs.UserAction = ext.UserAction
		case ctx.Repeat != nil:
			cs.Subject, cs.Unit = ctx.Repeat.Subject(), ctx.Repeat.Unit()
			cs.UserAction = ctx.Repeat.UserAction()
		}
		c.Outgoing = append(c.Outgoing, cs)
		return true
	})
}

// seedCallers adds the sites other files give this file's exported
// functions and exported classes' methods. A function the run shows
// callers of no longer counts as called from out of sight: its unknown
// sites are dropped. It returns the functions it seeded.
func (c *Info) seedCallers(sites map[ast.Node][]site) map[ast.Node]bool {
	if len(c.callers) == 0 {
		return nil
	}
	funcs := map[string]ast.Node{}
	classes := map[string]*ast.ClassLiteral{}
	for _, ex := range c.TF.Exported() {
		switch {
		case ex.Func != nil:
			funcs[ex.Name] = ex.Func
		case ex.Class != nil:
			classes[ex.Name] = ex.Class
		}
	}
	top := c.TF.TopBindings()
	seeded := map[ast.Node]bool{}
	for i := range c.callers {
		cs := &c.callers[i]
		var fn ast.Node
		switch {
		case cs.Global:
			if b := top[cs.Export]; b != nil {
				fn = b.Function()
			}
		case cs.Method != "":
			fn = methodBody(classes[cs.Export], cs.Method)
		default:
			fn = funcs[cs.Export]
		}
		if fn == nil {
			continue
		}
		if !seeded[fn] {
			seeded[fn] = true
			sites[fn] = slices.DeleteFunc(sites[fn], func(s site) bool { return s.unknown })
		}
		st := site{tidy: cs.Tidy}
		switch f := Frequency(cs.Freq); {
		case f >= PerEvent:
			r := &Repeat{Kind: Caller, External: cs}
			st.repeat, st.gRepeat = r, r
		case f == Unknown:
			st.unknown = true
		}
		sites[fn] = append(sites[fn], st)
	}
	// A function every call of which (here and in the other files) is in a
	// tidy scope runs in one.
	for fn := range seeded {
		all := len(sites[fn]) > 0
		for _, s := range sites[fn] {
			all = all && s.tidy && !s.unknown
		}
		if all {
			c.tidy[fn] = true
		}
	}
	return seeded
}

// methodBody is the function of a class's instance method.
func methodBody(cl *ast.ClassLiteral, name string) ast.Node {
	if cl == nil {
		return nil
	}
	for _, el := range cl.Body {
		m, ok := el.(*ast.MethodDefinition)
		if !ok || m.Static || m.Computed || m.Kind != ast.PropertyKindMethod {
			continue
		}
		if k, ok := m.Key.(*ast.StringLiteral); ok && k.Value.String() == name {
			return m.Body
		}
	}
	return nil
}
