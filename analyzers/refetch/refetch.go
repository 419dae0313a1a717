package refetch

import (
	"fmt"
	"path"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "refetch",
	Doc:      "reports data and models loaded again on every pass of a training loop (rule refetch-in-loop, tip 16)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/refetch-in-loop.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "refetch-in-loop"

// loaders are the tfjs calls that download their first argument.
var loaders = map[string]bool{
	"tf.data.csv": true, "tf.loadLayersModel": true, "tf.loadGraphModel": true,
}

// staticExts are the extensions of files that hold the same bytes on every
// request.
var staticExts = map[string]bool{
	".json": true, ".csv": true, ".tsv": true, ".txt": true, ".bin": true, ".png": true, ".jpg": true,
	".jpeg": true, ".gif": true, ".webp": true, ".npy": true, ".zip": true, ".gz": true, ".data": true,
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	c := &checker{pass: pass, info: info, cx: pass.ResultOf[contexts.Analyzer].(*contexts.Info),
		fl: flow.New(info.File, info.Scope), ev: constant.New(info.File)}
	for _, call := range info.Calls {
		if ce, ok := call.Node.(*ast.CallExpression); ok && loaders[call.API.Name] && len(ce.ArgumentList) > 0 {
			c.check(ce, ce.ArgumentList[0], call.API.Name, true)
		}
	}
	info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		switch callee := call.Callee.(type) {
		case *ast.Identifier:
			if callee.Name == "fetch" && info.Scope.IsFree(callee) && len(call.ArgumentList) > 0 && c.getOnly(call) {
				c.check(call, call.ArgumentList[0], "fetch", false)
			}
		case *ast.DotExpression:
			name := callee.Identifier.Name.String()
			switch {
			case name == "fetch" && c.globalObject(callee.Left) && len(call.ArgumentList) > 0 && c.getOnly(call):
				c.check(call, call.ArgumentList[0], "fetch", false)
			case name == "open" && len(call.ArgumentList) >= 2 && c.isXHR(callee.Left):
				if m, ok := c.ev.String(call.ArgumentList[0]); ok && strings.EqualFold(m, "GET") {
					c.check(call, call.ArgumentList[1], "XMLHttpRequest.open", false)
				}
			}
		}
	})
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	info *tfapi.Info
	cx   *contexts.Info
	fl   *flow.Flow
	ev   *constant.Evaluator
}

// globalObject reports window, self or globalThis (window.fetch).
func (c *checker) globalObject(e ast.Expression) bool {
	id, ok := e.(*ast.Identifier)
	if !ok || !c.info.Scope.IsFree(id) {
		return false
	}
	switch id.Name {
	case "window", "self", "globalThis":
		return true
	}
	return false
}

// getOnly reports a fetch that reads: no options, or options known to use
// GET without a body. A request that sends (a log line, weights to a
// server) is not a download.
func (c *checker) getOnly(call *ast.CallExpression) bool {
	if len(call.ArgumentList) < 2 {
		return true
	}
	obj := c.ev.Object(call.ArgumentList[1])
	if obj == nil {
		return false
	}
	if constant.Property(obj, "body") != nil {
		return false
	}
	if m := constant.Property(obj, "method"); m != nil {
		s, ok := c.ev.String(m)
		return ok && strings.EqualFold(s, "GET")
	}
	return true
}

// isXHR reports a receiver that holds `new XMLHttpRequest()`.
func (c *checker) isXHR(e ast.Expression) bool {
	vals, ok := c.fl.ValuesOf(e)
	if !ok || len(vals) == 0 {
		return false
	}
	for _, v := range vals {
		n, ok := v.(*ast.NewExpression)
		if !ok {
			return false
		}
		id, ok := n.Callee.(*ast.Identifier)
		if !ok || id.Name != "XMLHttpRequest" || !c.info.Scope.IsFree(id) {
			return false
		}
	}
	return true
}

// training reports a repetition that is a training loop's: a loop that
// trains, a per-epoch or per-batch fit callback, or a caller in another
// file that runs per training step.
func training(r *contexts.Repeat) bool {
	if r == nil {
		return false
	}
	if r.External != nil {
		switch r.External.Unit {
		case "training step", "epoch", "batch":
			return true
		}
		return false
	}
	switch r.Kind {
	case contexts.Loop:
		return r.Detail == "training step"
	case contexts.FitCallback:
		return r.Detail != "onYield"
	}
	return false
}

func (c *checker) check(call *ast.CallExpression, url ast.Expression, api string, loader bool) {
	ctx := c.cx.OfNode(call)
	if ctx.Dead || ctx.Test || ctx.Lazy || !training(ctx.Repeat) {
		return
	}
	region := ctx.Region
	if region == nil || !c.invariant(url, region, 0) {
		return
	}
	if api == "tf.loadLayersModel" && (c.saves(region) || c.saves(ctx.Repeat.Node)) {
		return // reads back what the pass saved: a new model each time
	}
	f := c.info.File
	text, known := c.ev.String(url)
	if id, ok := url.(*ast.Identifier); ok && !known {
		if args, ok := c.fl.Args(id); ok && len(args) > 0 {
			text, known = c.ev.String(args[0])
		}
	}
	severity := rules.Warning
	switch {
	case ctx.Sparse:
		severity = rules.Info // every Nth epoch: a few downloads, not one per pass
	case strings.HasPrefix(text, "indexeddb://"), strings.HasPrefix(text, "localstorage://"), strings.HasPrefix(text, "file://"):
		severity = rules.Info // already local: a read, not a download
	case !loader && (!known || !staticExts[strings.ToLower(path.Ext(strings.SplitN(strings.SplitN(text, "?", 2)[0], "#", 2)[0]))]):
		// An endpoint may answer something new on each call (the next
		// state of an environment); a file does not.
		severity = rules.Info
	}
	what := api + "(" + short(f.Text(url)) + ")"
	r := ctx.Repeat
	when := "every " + r.Unit()
	if r.Kind == contexts.Loop && r.External == nil {
		when = "on every pass of the training loop"
	}
	where := ""
	if r.External != nil || !contains(r.Node, call) {
		where = strings.TrimPrefix(ctx.Via(f, call), " ")
	} else {
		rs, _ := f.Span(r.Node)
		where = fmt.Sprintf("(the %s on line %d)", r.Subject(), f.Tok.Line(rs))
		if r.Kind == contexts.Loop {
			where = fmt.Sprintf("on line %d", f.Tok.Line(rs))
		}
	}
	verb, remedy := "downloads", "load the data once before training and reuse it"
	if strings.HasPrefix(api, "tf.load") {
		verb, remedy = "loads the model from", "load the model once before training and reuse it"
	}
	msg := fmt.Sprintf("%s %s the same URL %s %s: nothing changes between passes, so %s (keep it in IndexedDB across page loads) (tip 16)",
		what, verb, when, where, remedy)
	c.pass.Report(analysis.Diagnostic{
		Pos:      f.Start(call),
		End:      f.End(call),
		Category: runctx.Category(rule, severity),
		Message:  msg,
	})
}

// saves reports a model.save call inside n.
func (c *checker) saves(n ast.Node) bool {
	if n == nil {
		return false
	}
	found := false
	for _, call := range c.info.Calls {
		if contains(n, call.Node) && (call.API.Name == "LayersModel.save" || call.API.Name == "GraphModel.save") {
			found = true
		}
	}
	if found {
		return true
	}
	// Untyped receivers: a .save(url) call.
	jsast.NewInspector(n).Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(m ast.Node) {
		if d, ok := m.(*ast.CallExpression).Callee.(*ast.DotExpression); ok && d.Identifier.Name == "save" {
			found = true
		}
	})
	return found
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 48 {
		return s[:45] + "…"
	}
	return s
}

func contains(outer, inner ast.Node) bool {
	return outer.Idx0() <= inner.Idx0() && inner.Idx1() <= outer.Idx1()
}

// invariant reports a URL that is the same on every pass of region: built
// from constants and from names declared outside region that nothing
// reassigns. Calls (Date.now(), a counter's next()) and this.x are not.
func (c *checker) invariant(e ast.Expression, region ast.Node, depth int) bool {
	if depth > 12 {
		return false
	}
	switch x := e.(type) {
	case *ast.StringLiteral, *ast.NumberLiteral:
		return true
	case *ast.TemplateLiteral:
		if x.Tag != nil {
			return false
		}
		for _, sub := range x.Expressions {
			if !c.invariant(sub, region, depth+1) {
				return false
			}
		}
		return true
	case *ast.BinaryExpression:
		return c.invariant(x.Left, region, depth+1) && c.invariant(x.Right, region, depth+1)
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b == nil {
			_, ok := c.ev.String(x)
			return ok
		}
		if b.Reassigned() {
			return false
		}
		if b.Ident != nil && contains(region, b.Ident) {
			// Declared per pass: the loop's own variable, or a parameter,
			// which is the same only when every caller passes one constant.
			if b.Kind != jsast.Param {
				return false
			}
			args, ok := c.fl.Args(x)
			if !ok || len(args) == 0 {
				return false
			}
			first := ""
			for i, a := range args {
				s, ok := c.ev.String(a)
				if !ok || i > 0 && s != first {
					return false
				}
				first = s
			}
			return true
		}
		return b.Kind != jsast.FunctionName && b.Kind != jsast.ClassName
	case *ast.DotExpression:
		_, ok := c.ev.String(x)
		return ok
	}
	return false
}
