package notsaved

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "notsaved",
	Doc:      "reports training whose model the program never saves (rule model-not-saved, tip 9)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/model-not-saved.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "model-not-saved"

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	ctx := runctx.Of(pass)
	if !info.UsesTF || !info.Trains || ctx.NoTraining || ctx.SavesModel || ctx.Exposed || Saves(info.File) {
		return nil, nil
	}
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	f := info.File
	for _, c := range info.Calls {
		switch c.API.Name {
		case "LayersModel.fit", "LayersModel.fitDataset", "LayersModel.trainOnBatch":
		default:
			continue
		}
		call, ok := c.Node.(*ast.CallExpression)
		if !ok {
			continue
		}
		where := ctxs.OfNode(call)
		if where.Test || where.Dead || where.Freq == contexts.Once {
			continue // trained at load: before the user has collected anything
		}
		collect := collected(info, ctxs, namesUsed(f, ctxs, where.Func))
		if collect == nil {
			return nil, nil
		}
		method := strings.TrimPrefix(c.API.Name, "LayersModel.")
		pass.Report(analysis.Diagnostic{
			Pos:      f.Start(call),
			End:      f.End(call),
			Category: rule,
			Message: fmt.Sprintf("%s trains on examples the user collects (the capture on line %d, kept %s) and nothing in the program saves the model: a reload loses the examples and the training; save it after training (await model.save('indexeddb://…')) and load it at start, or offer model.save('downloads://…') (tip 9)",
				method, f.Tok.Line(f.Start(collect)), collectUnit(ctxs, collect)),
		})
		return nil, nil // one finding per file: the program's training is lost once
	}
	return nil, nil
}

// captures are the calls that read what a user shows the page: a frame
// of a video or canvas, a webcam or microphone capture.
var captures = map[string]bool{"fromPixels": true, "fromPixelsAsync": true, "capture": true, "getImageData": true}

// stores are the calls that keep an example: push it on an array,
// concatenate it to a tensor, hand it to an add… method of a data set.
func stores(name string) bool {
	switch name {
	case "push", "unshift", "concat", "stack":
		return true
	}
	return len(name) > 3 && strings.HasPrefix(name, "add") && name[3] >= 'A' && name[3] <= 'Z'
}

// collected returns a capture the file makes repeatedly (per click, per
// tick while a button is held) outside its training functions and keeps:
// in a function that stores what it captured (push, concat, add…), or
// handed to such a store through a variable or a local function that
// captures. Those are examples the user gathers. Nil when there is none.
func collected(info *tfapi.Info, ctxs *contexts.Info, used map[string]bool) ast.Node {
	f := info.File
	if !jsast.MentionsAny(f.Src, "fromPixels", "capture", "getImageData") {
		return nil
	}
	var found ast.Node
	trains, keeps := map[ast.Node]bool{}, map[ast.Node]bool{} // per function, computed once
	keepsForTraining := func(_ *jsast.File, fn ast.Node) bool {
		for _, r := range storesIn(f, fn) {
			if r == "" || used[r] {
				return true
			}
		}
		return false
	}
	memo := func(m map[ast.Node]bool, fn ast.Node, test func(*jsast.File, ast.Node) bool) bool {
		v, ok := m[fn]
		if !ok {
			v = test(f, fn)
			m[fn] = v
		}
		return v
	}
	f.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || found != nil {
			return found == nil
		}
		call := n.(*ast.CallExpression)
		name := calleeName(call.Callee)
		isCapture, isStore := captures[name], stores(name)
		if !isCapture && !isStore {
			return true
		}
		where := ctxs.OfNode(call)
		if where.Test || where.Dead || where.Outer == contexts.Once && !registered(stack) {
			return true // at load, or in a loop over data at load
		}
		var fns []ast.Node
		for i := len(stack) - 1; i >= 0; i-- {
			switch fn := stack[i].(type) {
			case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
				if memo(trains, fn, trainsIn) {
					return true // the training run's own capture or batch
				}
				fns = append(fns, fn)
			}
		}
		if isCapture {
			for _, fn := range fns {
				if memo(keeps, fn, keepsForTraining) {
					found = call
					return false
				}
			}
			return true
		}
		if r := receiver(call); r != "" && !used[r] {
			return true // kept for something else than training (a history to draw)
		}
		for _, arg := range call.ArgumentList {
			if c := capturedIn(info, ctxs, arg, 0); c != nil {
				found = c
				return false
			}
		}
		return true
	})
	return found
}

// capturedIn returns the capture an expression's value comes from: a
// capture call in it, a call of a local function that captures, or a
// const variable initialized so.
func capturedIn(info *tfapi.Info, ctxs *contexts.Info, e ast.Expression, depth int) ast.Node {
	if e == nil || depth > 4 {
		return nil
	}
	f := info.File
	switch x := e.(type) {
	case *ast.Identifier:
		b := info.Scope.ObjectOf(x)
		if b == nil || b.Init == nil || len(b.Writes) > 0 {
			return nil
		}
		if init, ok := b.Init.(ast.Expression); ok {
			return capturedIn(info, ctxs, init, depth+1)
		}
		return nil
	case *ast.AwaitExpression:
		return capturedIn(info, ctxs, x.Argument, depth+1)
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		// tf.tidy(() => base.predict(captureFrame())): what the callback
		// computes from a capture.
		var c ast.Node
		f.PreorderWithin(x, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			if c == nil {
				c = captureCall(f, ctxs, n.(*ast.CallExpression))
			}
		})
		return c
	case *ast.CallExpression:
		if c := captureCall(f, ctxs, x); c != nil {
			return c
		}
		for _, a := range x.ArgumentList {
			if c := capturedIn(info, ctxs, a, depth+1); c != nil {
				return c
			}
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok {
			return capturedIn(info, ctxs, dot.Left, depth+1)
		}
	case *ast.DotExpression:
		return capturedIn(info, ctxs, x.Left, depth+1)
	}
	return nil
}

// captureCall returns the capture a call makes: the call itself, or the
// first capture in the body of the local function it calls.
func captureCall(f *jsast.File, ctxs *contexts.Info, call *ast.CallExpression) ast.Node {
	if captures[calleeName(call.Callee)] {
		return call
	}
	fn, _ := ctxs.LocalFunction(call.Callee)
	if fn == nil {
		return nil
	}
	var c ast.Node
	f.PreorderWithin(fn, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if c == nil && captures[calleeName(n.(*ast.CallExpression).Callee)] {
			c = n
		}
	})
	return c
}

// registered reports code inside a callback handed to a function that
// registers a handler by its name (ui.setExampleHandler(fn),
// controls.onCapture(fn), addListener): it runs when that other module's
// event fires, not once, whatever the file shows.
func registered(stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		switch stack[i].(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		default:
			continue
		}
		call, ok := stack[i-1].(*ast.CallExpression)
		if !ok {
			continue
		}
		name := calleeName(call.Callee)
		if strings.HasSuffix(name, "Handler") || strings.HasSuffix(name, "Listener") ||
			len(name) > 2 && strings.HasPrefix(name, "on") && name[2] >= 'A' && name[2] <= 'Z' {
			return true
		}
	}
	return false
}

// collectUnit says how often a capture is kept: "per click", or "per
// event" when the file does not say which.
func collectUnit(ctxs *contexts.Info, n ast.Node) string {
	if r := ctxs.OfNode(n).Repeat; r != nil {
		return "per " + r.Unit()
	}
	return "per event"
}

func calleeName(e ast.Expression) string {
	switch c := jsast.UnwrapOptional(e).(type) {
	case *ast.DotExpression:
		return c.Identifier.Name.String()
	case *ast.Identifier:
		return c.Name.String()
	}
	return ""
}

// storesIn returns the receivers of the store calls in fn (see
// receiver), "" for a plain function call.
func storesIn(f *jsast.File, fn ast.Node) []string {
	var out []string
	f.PreorderWithin(fn, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		if stores(calleeName(call.Callee)) {
			out = append(out, receiver(call))
		}
	})
	return out
}

// receiver names what a store keeps its value in by the receiver's last
// name: "inputs" for inputs.push(x), "images" for
// this.state.images.push(x), "controllerDataset" for
// controllerDataset.addExample(x); "" for a plain call, a receiver with no
// name, and concat or stack, whose result is what is kept (xs =
// old.concat(example)).
func receiver(call *ast.CallExpression) string {
	dot, ok := jsast.UnwrapOptional(call.Callee).(*ast.DotExpression)
	if !ok {
		return ""
	}
	switch dot.Identifier.Name {
	case "concat", "stack":
		return ""
	}
	switch x := dot.Left.(type) {
	case *ast.Identifier:
		return x.Name.String()
	case *ast.DotExpression:
		return x.Identifier.Name.String()
	}
	return ""
}

// namesUsed returns the names (identifiers, property names) the training
// function reads, with those of the local functions it calls: the
// examples it trains on are among them. The whole file when the training
// call is at the top level.
func namesUsed(f *jsast.File, ctxs *contexts.Info, fn ast.Node) map[string]bool {
	used := map[string]bool{}
	types := []ast.Node{(*ast.Identifier)(nil), (*ast.DotExpression)(nil), (*ast.CallExpression)(nil)}
	if fn == nil {
		f.Inspector().Preorder(types, func(x ast.Node) {
			switch x := x.(type) {
			case *ast.Identifier:
				used[x.Name.String()] = true
			case *ast.DotExpression:
				used[x.Identifier.Name.String()] = true
			}
		})
		return used
	}
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		f.PreorderWithin(n, types, func(x ast.Node) {
			switch x := x.(type) {
			case *ast.Identifier:
				used[x.Name.String()] = true
			case *ast.DotExpression:
				used[x.Identifier.Name.String()] = true
			case *ast.CallExpression:
				if depth == 0 {
					if callee, _ := ctxs.LocalFunction(x.Callee); callee != nil && callee != n {
						walk(callee, depth+1)
					}
				}
			}
		})
	}
	walk(fn, 0)
	return used
}

func trainsIn(f *jsast.File, fn ast.Node) bool {
	found := false
	f.PreorderWithin(fn, []ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		switch calleeName(n.(*ast.CallExpression).Callee) {
		case "fit", "fitDataset", "trainOnBatch":
			found = true
		}
	})
	return found
}
