package contexts

import (
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// fitCallbackNames are the fit callbacks that run more than once.
var fitCallbackNames = map[string]bool{
	"onBatchBegin": true, "onBatchEnd": true, "onEpochBegin": true, "onEpochEnd": true, "onYield": true,
}

// arrayIterators are the Array methods whose callback runs per element.
var arrayIterators = map[string]bool{
	"forEach": true, "map": true, "filter": true, "reduce": true, "reduceRight": true, "some": true,
	"every": true, "flatMap": true, "find": true, "findIndex": true,
}

// Compute finds the repeated contexts and tidy scopes of a file.
func Compute(tf *tfapi.Info) *Info { return compute(tf, nil) }

// compute is Compute with the calls other files of the run make to this
// file's exports.
func compute(tf *tfapi.Info, callers []runctx.CallerSite) *Info {
	c := &Info{File: tf.File, TF: tf, callers: callers, repeated: map[ast.Node]*Repeat{}, tidy: map[ast.Node]bool{},
		freq: map[ast.Node]Frequency{}, why: map[ast.Node]*Repeat{},
		leakFreq: map[ast.Node]Frequency{}, leakWhy: map[ast.Node]*Repeat{}, runsWith: map[ast.Node]ast.Node{},
		loadOf: map[ast.Node]ast.Expression{}, clickHandlers: map[string][]ast.Node{}, globalFns: map[string]*jsast.Binding{}, trainers: map[ast.Node]bool{}, growFreq: map[ast.Node]Frequency{}, growWhy: map[ast.Node]*Repeat{}, loopy: map[ast.Node]bool{}}
	c.node = runsInNode(tf)
	if !tf.UsesTF {
		return c
	}
	c.indexLoops()
	c.indexGlobalFunctions()
	c.markHandlerAttributes()
	c.indexEngineScopes()
	ev := constant.New(tf.File)
	c.ev = ev
	in := tf.File.Inspector()
	in.Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.NewExpression)(nil), (*ast.AssignExpression)(nil), (*ast.ClassLiteral)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpression:
			c.visitCall(ev, n)
		case *ast.NewExpression:
			if api, ok := tf.API(n); ok && api.Name == "tf.CustomCallback" && len(n.ArgumentList) > 0 {
				c.markCallbacks(ev, n.ArgumentList[0], nil)
			}
		case *ast.AssignExpression:
			c.visitHandlerAssign(n)
		case *ast.ClassLiteral:
			c.visitCallbackClass(n)
		}
	})
	c.indexQueueGuards()
	c.propagateTidy()
	c.computeFrequencies()
	c.collectOutgoing()
	return c
}

// markHandlerAttributes marks the on*="…" attributes of a page: per event,
// except load-time events, which run once.
func (c *Info) markHandlerAttributes() {
	// getElementById finds the first element with an id: a page that
	// repeats an id clicks the first element's handler, not the others'.
	seen := map[string]bool{}
	for _, s := range c.File.Scripts {
		first := false
		if s.Handler && s.Event == "click" && s.ElementID != "" {
			first = !seen[s.ElementID]
			seen[s.ElementID] = true
		}
		if !s.Handler || len(s.Program.Body) != 1 {
			continue
		}
		es, ok := s.Program.Body[0].(*ast.ExpressionStatement)
		if !ok {
			continue
		}
		if fn, ok := es.Expression.(*ast.ArrowFunctionLiteral); ok && !loadEvents[s.Event] {
			c.repeated[fn] = &Repeat{Kind: Listener, Node: fn, Detail: s.Event}
			if first {
				c.clickHandlers[s.ElementID] = append(c.clickHandlers[s.ElementID], fn)
			}
		}
	}
}

// loadEvents fire once per page, element or resource load: their handlers
// run as often as the code that registers them.
var loadEvents = map[string]bool{
	"load": true, "DOMContentLoaded": true, "domcontentloaded": true, "readystatechange": true,
	"loadeddata": true, "loadedmetadata": true, "canplay": true, "canplaythrough": true, "error": true,
	"unload": true, "beforeunload": true, "pageshow": true, "install": true, "activate": true, "open": true,
	"close": true, "end": true, "finish": true, "exit": true, "ready": true, "loadend": true, "abort": true,
}

// loadHandlerProperty reports a handler property of a load-time event
// (`onload`, `onloadedmetadata`).
func loadHandlerProperty(name string) bool {
	return strings.HasPrefix(name, "on") && loadEvents[name[2:]]
}

// nodeModules are imports that only exist in Node (a "node:" prefix is
// stripped first; tfjs-node's variants match by prefix).
var nodeModules = map[string]bool{
	"fs": true, "fs/promises": true, "path": true, "os": true, "child_process": true, "readline": true,
	"http": true, "https": true, "util": true, "stream": true, "worker_threads": true, "process": true,
	"argparse": true, "yargs": true, "commander": true, "express": true,
}

func isNodeModule(spec string) bool {
	spec = strings.TrimPrefix(spec, "node:")
	return nodeModules[spec] || strings.HasPrefix(spec, "@tensorflow/tfjs-node")
}

// nodeProcessMembers are the process members only Node has; bundlers
// define process.env.NODE_ENV for browser code too, so env is not one.
var nodeProcessMembers = map[string]bool{"argv": true, "exit": true, "cwd": true, "stdout": true, "stdin": true, "stderr": true}

// browserGlobals are free names only a page (or a worker of one) has.
var browserGlobals = []string{"document", "window", "navigator", "requestAnimationFrame", "HTMLElement", "HTMLCanvasElement", "OffscreenCanvas", "Image", "localStorage", "location"}

// runsInNode reports a file that runs in Node: it imports or requires
// tfjs-node or a Node module, reads Node-only process members, require.main
// or __dirname, or is a CommonJS module that never touches the page (a
// server's model code required by the entry that loads tfjs-node).
func runsInNode(tf *tfapi.Info) bool {
	if tf.File.Kind == jsast.HTML {
		return false
	}
	for _, s := range tf.File.Scripts {
		for _, im := range s.Program.ImportEntries {
			spec := im.ModuleSpecifier.String()
			if im.FromClause != nil {
				spec = im.FromClause.ModuleSpecifier.String()
			}
			if isNodeModule(spec) {
				return true
			}
		}
	}
	free := tf.Scope.Free
	for _, id := range free["require"] {
		switch p := tf.File.Parent(id).(type) {
		case *ast.CallExpression:
			if len(p.ArgumentList) == 1 {
				if s, ok := p.ArgumentList[0].(*ast.StringLiteral); ok && isNodeModule(s.Value.String()) {
					return true
				}
			}
		case *ast.DotExpression:
			if p.Identifier.Name == "main" {
				return true
			}
		}
	}
	for _, id := range free["process"] {
		if p, ok := tf.File.Parent(id).(*ast.DotExpression); ok && nodeProcessMembers[p.Identifier.Name.String()] {
			return true
		}
	}
	if len(free["__dirname"]) > 0 || len(free["__filename"]) > 0 {
		return true
	}
	commonJS := len(free["require"]) > 0 || len(free["module"]) > 0 || len(free["exports"]) > 0
	if !commonJS {
		return false
	}
	for _, g := range browserGlobals {
		if len(free[g]) > 0 {
			return false
		}
	}
	for _, call := range tf.Calls {
		if strings.HasPrefix(call.API.Name, "tf.browser.") {
			return false
		}
	}
	return true
}

func (c *Info) visitCall(ev *constant.Evaluator, call *ast.CallExpression) {
	if api, ok := c.TF.API(call); ok {
		c.visitAPICall(ev, call, api)
		return
	}
	switch name := c.TF.Scope.GlobalName(call.Callee); name {
	case "requestAnimationFrame", "setTimeout":
		if len(call.ArgumentList) == 0 {
			return
		}
		// Only a callback that re-arms itself repeats: the call is inside it.
		if fn := c.funcOf(call.ArgumentList[0]); fn != nil && (contains(fn, call) || c.wrapperContains(fn, call)) {
			kind := AnimationFrame
			if name == "setTimeout" {
				kind = Timer
			}
			c.setRepeat(fn, &Repeat{Kind: kind, Node: fn, Detail: name, bounded: c.countedRearm(ev, call)})
		}
	case "setInterval":
		if len(call.ArgumentList) > 0 {
			if fn := c.funcOf(call.ArgumentList[0]); fn != nil {
				r := &Repeat{Kind: Interval, Node: fn, Detail: name, bounded: c.countedClear(ev, fn)}
				if d, ok := ev.Number(jsast.Arg(call.ArgumentList, 1)); ok && d > 0 {
					r.Delay = d
				} else if d, ok := c.TF.ImportedNumber(jsast.Arg(call.ArgumentList, 1)); ok && d > 0 {
					r.Delay = d // a period another module exports
				}
				c.setRepeat(fn, r)
			}
		}
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return
	}
	method := dot.Identifier.Name.String()
	switch {
	case (method == "addEventListener" || method == "on" || method == "addListener") && len(call.ArgumentList) >= 2:
		event, _ := ev.String(call.ArgumentList[0])
		if loadEvents[event] || (method != "on" && len(call.ArgumentList) >= 3 && onceOption(ev, call.ArgumentList[2])) {
			// Runs as often as the code that registers it, or that loads the
			// element again (img.src = …).
			if fn := c.funcOf(call.ArgumentList[1]); fn != nil {
				c.loadOf[fn] = dot.Left
			}
			return
		}
		if fn := c.funcOf(call.ArgumentList[1]); fn != nil {
			c.setRepeat(fn, &Repeat{Kind: Listener, Node: fn, Detail: event, peer: method == "on" && event != "" && !streamEvents[event] && c.connectionSocket(dot.Left)})
			c.addClickHandler(event, dot.Left, fn)
		}
	case jqueryEvents[method] && len(call.ArgumentList) >= 1 && c.jquery(dot.Left):
		// $('#canvas').mousemove(function (e) {…})
		if fn := c.funcOf(call.ArgumentList[len(call.ArgumentList)-1]); fn != nil {
			c.setRepeat(fn, &Repeat{Kind: Listener, Node: fn, Detail: method})
		}
	case routeMethods[method] && len(call.ArgumentList) >= 2 && isRoute(ev, call.ArgumentList[0]):
		// app.post('/train', (req, res) => …): a server route runs per request.
		if fn := c.funcOf(call.ArgumentList[len(call.ArgumentList)-1]); fn != nil {
			c.setRepeat(fn, &Repeat{Kind: Listener, Node: fn, Detail: "request"})
		}
	case (method == "fit" || method == "fitDataset") && c.TF.ClassOf(dot.Left) == "":
		// A model the resolver cannot see (a parameter, this.model): its
		// callbacks object is unmistakable enough.
		c.markFitConfig(ev, call, method)
	case (method == "minimize" || method == "computeGradients") && len(call.ArgumentList) > 0 && c.TF.ClassOf(dot.Left) == "":
		// An optimizer the resolver cannot see (this.critic.model.optimizer):
		// tfjs runs the loss function in a tidy whatever the receiver.
		if fn := c.funcOf(call.ArgumentList[0]); fn != nil {
			c.tidy[fn] = true
		}
	case arrayIterators[method] && len(call.ArgumentList) > 0 && c.TF.ClassOf(dot.Left) == "" && !c.shortArray(dot.Left):
		if fn := inlineFunc(call.ArgumentList[0]); fn != nil {
			c.setRepeat(fn, &Repeat{Kind: ForEach, Node: fn, Detail: method, array: true})
		}
	}
}

// countedRearm reports a re-arming call made only while a counter is
// below a constant of at most maxFewSteps: `if (i < epochs - 1)
// setTimeout(…)`.
func (c *Info) countedRearm(ev *constant.Evaluator, call ast.Node) bool {
	child := call
	for n := c.File.Parent(call); n != nil && !jsast.IsFunction(n); child, n = n, c.File.Parent(n) {
		if ifs, ok := n.(*ast.IfStatement); ok && ifs.Consequent == child && fewCount(ev, ifs.Test) {
			return true
		}
	}
	return false
}

// countedClear reports an interval callback that clears its own interval
// once a counter reaches a constant of at most maxFewSteps:
// `if (n >= 10) clearInterval(timer)`.
func (c *Info) countedClear(ev *constant.Evaluator, fn ast.Node) bool {
	found := false
	c.File.Inspector().Preorder([]ast.Node{(*ast.IfStatement)(nil)}, func(n ast.Node) {
		ifs := n.(*ast.IfStatement)
		// (An IfStatement's own Idx0 is 0: place it by its test.)
		if found || !contains(fn, ifs.Test) || !stopCount(ev, ifs.Test) {
			return
		}
		c.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(m ast.Node) {
			if !found && contains(ifs.Consequent, m) && c.TF.Scope.GlobalName(m.(*ast.CallExpression).Callee) == "clearInterval" {
				found = true
			}
		})
	})
	return found
}

func (c *Info) visitAPICall(ev *constant.Evaluator, call *ast.CallExpression, api tfapi.API) {
	if api.Tidy && len(call.ArgumentList) > 0 {
		arg := call.ArgumentList[0]
		if api.Name == "tf.tidy" {
			arg = call.ArgumentList[len(call.ArgumentList)-1]
		}
		if fn := c.funcOf(arg); fn != nil {
			c.tidy[fn] = true
		}
	}
	switch api.Name {
	case "LayersModel.fit":
		c.markFitConfig(ev, call, "fit")
	case "LayersModel.fitDataset":
		c.markFitConfig(ev, call, "fitDataset")
	case "Dataset.forEachAsync", "Dataset.map", "Dataset.mapAsync", "Dataset.filter":
		if len(call.ArgumentList) > 0 {
			if fn := c.funcOf(call.ArgumentList[0]); fn != nil {
				r := &Repeat{Kind: ForEach, Node: fn, Detail: strings.TrimPrefix(api.Name, "Dataset.")}
				r.finite = api.Name == "Dataset.forEachAsync" && !c.trainsIn(fn)
				c.setRepeat(fn, r)
			}
		}
	}
}

// markFitConfig marks the callbacks in the config of fit (third argument)
// or fitDataset (second).
func (c *Info) markFitConfig(ev *constant.Evaluator, call *ast.CallExpression, method string) {
	i := 2
	if method == "fitDataset" {
		i = 1
	}
	if len(call.ArgumentList) <= i {
		return
	}
	cfg := ev.Object(call.ArgumentList[i])
	if cfg == nil {
		return
	}
	cbs := constant.Property(cfg, "callbacks")
	if arr, ok := cbs.(*ast.ArrayLiteral); ok {
		for _, e := range arr.Value {
			c.markCallbacks(ev, e, call)
		}
		return
	}
	c.markCallbacks(ev, cbs, call)
}

// markCallbacks marks onBatchEnd & co. of a callbacks object.
func (c *Info) markCallbacks(ev *constant.Evaluator, e ast.Expression, call ast.Node) {
	if e == nil {
		return
	}
	if n, ok := e.(*ast.NewExpression); ok {
		if api, ok := c.TF.API(n); ok && api.Name == "tf.CustomCallback" && len(n.ArgumentList) > 0 {
			e = n.ArgumentList[0]
		}
	}
	obj := ev.Object(e)
	if obj == nil {
		return
	}
	for _, name := range []string{"onTrainBegin", "onTrainEnd"} {
		if fn := c.funcOf(constant.Property(obj, name)); fn != nil && call != nil {
			c.runsWith[fn] = call // once per fit
		}
	}
	for _, name := range slices.Sorted(maps.Keys(fitCallbackNames)) { // sorted: one function may serve two callbacks
		if fn := c.funcOf(constant.Property(obj, name)); fn != nil {
			c.setRepeat(fn, &Repeat{Kind: FitCallback, Node: fn, Detail: name})
		}
	}
}

// visitCallbackClass marks the per-batch/epoch methods of Callback subclasses.
func (c *Info) visitCallbackClass(cl *ast.ClassLiteral) {
	if cl.SuperClass == nil {
		return
	}
	super := c.TF.Name(cl.SuperClass)
	if super == "" {
		if id, ok := cl.SuperClass.(*ast.Identifier); ok {
			super = id.Name.String()
		}
	}
	if strings.HasSuffix(super, "Layer") || strings.HasSuffix(super, "Cell") {
		// A custom layer: tfjs runs its call() inside the tidy of
		// predict, fit or apply, which frees what call() makes.
		if m := jsast.ClassMethod(cl, "call"); m != nil && m.Body != nil {
			c.tidy[m.Body] = true
		}
		return
	}
	if !strings.HasSuffix(super, "Callback") {
		return
	}
	for _, el := range cl.Body {
		m, ok := el.(*ast.MethodDefinition)
		if !ok || m.Body == nil {
			continue
		}
		if key, ok := m.Key.(*ast.StringLiteral); ok && fitCallbackNames[key.Value.String()] {
			c.setRepeat(m.Body, &Repeat{Kind: FitCallback, Node: m.Body, Detail: key.Value.String()})
		}
	}
}

// jqueryEvents are jQuery's shorthand event methods.
var jqueryEvents = map[string]bool{
	"click": true, "dblclick": true, "change": true, "input": true, "submit": true, "keydown": true, "keyup": true,
	"keypress": true, "mousedown": true, "mouseup": true, "mousemove": true, "mouseenter": true, "mouseleave": true,
	"mouseover": true, "mouseout": true, "hover": true, "scroll": true, "resize": true, "focus": true, "blur": true,
	"touchstart": true, "touchmove": true, "touchend": true, "contextmenu": true,
}

// jquery reports a jQuery selection: $(…) or jQuery(…), possibly chained.
func (c *Info) jquery(e ast.Expression) bool {
	for depth := 0; depth < 8; depth++ {
		call, ok := e.(*ast.CallExpression)
		if !ok {
			return false
		}
		switch callee := call.Callee.(type) {
		case *ast.Identifier:
			return (callee.Name == "$" || callee.Name == "jQuery") && c.TF.Scope.IsFree(callee)
		case *ast.DotExpression:
			e = callee.Left
		default:
			return false
		}
	}
	return false
}

// onceOption reports addEventListener's options {once: true}: the
// handler runs at most once.
func onceOption(ev *constant.Evaluator, e ast.Expression) bool {
	obj := ev.Object(e)
	if obj == nil {
		return false
	}
	b, ok := constant.Property(obj, "once").(*ast.BooleanLiteral)
	return ok && b.Value
}

// routeMethods register server routes (express, koa-router, fastify).
var routeMethods = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true, "all": true}

// isRoute reports a route path argument: a string starting with "/".
func isRoute(ev *constant.Evaluator, e ast.Expression) bool {
	s, ok := ev.String(e)
	return ok && strings.HasPrefix(s, "/")
}

// visitHandlerAssign marks `el.onclick = fn` style handlers.
func (c *Info) visitHandlerAssign(a *ast.AssignExpression) {
	dot, ok := a.Left.(*ast.DotExpression)
	if !ok {
		return
	}
	name := dot.Identifier.Name.String()
	if !strings.HasPrefix(name, "on") || len(name) < 4 || fitCallbackNames[name] {
		return
	}
	if loadHandlerProperty(name) {
		// A load-time handler runs as often as the code that sets it, or
		// that loads the element again.
		if fn := c.funcOf(a.Right); fn != nil {
			c.loadOf[fn] = dot.Left
		}
		return
	}
	if fn := c.funcOf(a.Right); fn != nil {
		c.setRepeat(fn, &Repeat{Kind: Listener, Node: fn, Detail: name[2:]})
		c.addClickHandler(name[2:], dot.Left, fn)
	}
}

// addClickHandler records fn as a click handler of the element el, when
// el is an element with a known id.
func (c *Info) addClickHandler(event string, el ast.Expression, fn ast.Node) {
	if event != "click" {
		return
	}
	if id, ok := c.elementID(el, 0); ok {
		c.clickHandlers[id] = append(c.clickHandlers[id], fn)
	}
}

// elementID resolves an element expression to its id:
// document.getElementById('x'), document.querySelector('#x'), $('#x'), or
// a variable that is never reassigned and holds one of them.
func (c *Info) elementID(e ast.Expression, depth int) (string, bool) {
	if depth > 4 || e == nil {
		return "", false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		b := c.TF.Scope.ObjectOf(x)
		if b == nil || b.Kind == jsast.Param || !b.Stable() || b.Init == nil {
			return "", false
		}
		return c.elementID(b.Init, depth+1)
	case *ast.CallExpression:
		if len(x.ArgumentList) != 1 {
			return "", false
		}
		lit, ok := x.ArgumentList[0].(*ast.StringLiteral)
		if !ok {
			return "", false
		}
		arg := lit.Value.String()
		switch callee := x.Callee.(type) {
		case *ast.DotExpression:
			doc, ok := callee.Left.(*ast.Identifier)
			if !ok || doc.Name != "document" || !c.TF.Scope.IsFree(doc) {
				return "", false
			}
			switch callee.Identifier.Name {
			case "getElementById":
				return arg, arg != ""
			case "querySelector":
				return idSelector(arg)
			}
		case *ast.Identifier:
			if (callee.Name == "$" || callee.Name == "jQuery") && c.TF.Scope.IsFree(callee) {
				return idSelector(arg)
			}
		}
	}
	return "", false
}

// idSelector reads a selector that is only an id: "#train".
func idSelector(sel string) (string, bool) {
	id, ok := strings.CutPrefix(strings.TrimSpace(sel), "#")
	if !ok || id == "" || strings.ContainsAny(id, " .#[:>,+~") {
		return "", false
	}
	return id, true
}

// setRepeat marks fn, and the function a trivial wrapper fn calls
// (`() => this.step()`, `() => loop(video)`), as a repeated context.
func (c *Info) setRepeat(fn ast.Node, r *Repeat) {
	if c.repeated[fn] == nil {
		c.repeated[fn] = r
	}
	if target := c.wrapperTarget(fn); target != nil && c.repeated[target] == nil {
		c.repeated[target] = r
	}
}

// funcOf resolves a callback expression to the function that runs: an
// inline function, a function declaration or const function by name,
// `f.bind(x)`, or `this.method`.
func (c *Info) funcOf(e ast.Expression) ast.Node {
	for depth := 0; depth < 8 && e != nil; depth++ {
		switch x := e.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return x
		case *ast.Identifier:
			b := c.TF.Scope.ObjectOf(x)
			if b == nil {
				return nil
			}
			if b.Kind == jsast.FunctionName {
				return b.Decl
			}
			if (b.Kind == jsast.Const || !b.Reassigned()) && b.Init != nil {
				e = b.Init
				continue
			}
			return nil
		case *ast.CallExpression: // f.bind(this)
			if dot, ok := x.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "bind" {
				e = dot.Left
				continue
			}
			return nil
		case *ast.DotExpression: // this.step
			return c.methodOf(x)
		default:
			return nil
		}
	}
	return nil
}

// wrapperTarget returns the function a one-call wrapper calls, if local.
func (c *Info) wrapperTarget(fn ast.Node) ast.Node {
	var body ast.Expression
	switch b := jsast.FunctionBody(fn).(type) {
	case *ast.ExpressionBody:
		body = b.Expression
	case *ast.BlockStatement:
		body = singleExpression(b)
	}
	call, ok := body.(*ast.CallExpression)
	if !ok {
		return nil
	}
	switch callee := call.Callee.(type) {
	case *ast.Identifier:
		b := c.TF.Scope.ObjectOf(callee)
		if b != nil && b.Kind == jsast.FunctionName {
			return b.Decl
		}
	case *ast.DotExpression:
		return c.methodOf(callee)
	}
	return nil
}

func singleExpression(b *ast.BlockStatement) ast.Expression {
	if len(b.List) != 1 {
		return nil
	}
	if es, ok := b.List[0].(*ast.ExpressionStatement); ok {
		return es.Expression
	}
	return nil
}

// methodOf resolves `this.name` to the method of the innermost enclosing
// class (tfapi indexes the classes once; this used to scan the file per call).
func (c *Info) methodOf(dot *ast.DotExpression) ast.Node {
	if _, ok := dot.Left.(*ast.ThisExpression); !ok {
		return nil
	}
	cl := c.TF.EnclosingClass(dot)
	if cl == nil {
		return nil
	}
	if m := jsast.ClassMethod(cl, dot.Identifier.Name.String()); m != nil && m.Body != nil {
		return m.Body
	}
	return nil
}

// methodName is the name of the class method whose body is m, or "".
func (c *Info) methodName(m ast.Node) string {
	cl := c.TF.EnclosingClass(m)
	if cl == nil {
		return ""
	}
	for _, el := range cl.Body {
		if md, ok := el.(*ast.MethodDefinition); ok && md.Body == m {
			if key, ok := md.Key.(*ast.StringLiteral); ok {
				return key.Value.String()
			}
		}
	}
	return ""
}

func inlineFunc(e ast.Expression) ast.Node {
	if jsast.IsFunction(e) {
		return e
	}
	return nil
}

func contains(outer, inner ast.Node) bool {
	return outer.Idx0() <= inner.Idx0() && inner.Idx1() <= outer.Idx1()
}

// wrapperContains reports a trivial wrapper whose target contains call
// (requestAnimationFrame(() => loop(video)) inside loop).
func (c *Info) wrapperContains(fn ast.Node, call ast.Node) bool {
	target := c.wrapperTarget(fn)
	return target != nil && contains(target, call)
}

// trainsIn reports a training call inside n.
func (c *Info) trainsIn(n ast.Node) bool {
	for _, t := range c.trainCalls {
		if contains(n, t) {
			return true
		}
	}
	return false
}

// streamEvents name the events of a socket or stream that arrive as a flow
// of data rather than one per action of the peer's user.
var streamEvents = map[string]bool{"data": true, "message": true, "frame": true, "chunk": true, "stream": true, "audio": true, "video": true}

// connectionSocket reports a socket handed to a server's 'connection'
// handler (socket.io: `io.on('connection', (socket) => { socket.on('predict', …) })`):
// its named events are messages the connected page emits, one per action
// of that page's user.
func (c *Info) connectionSocket(e ast.Expression) bool {
	id, ok := e.(*ast.Identifier)
	if !ok {
		return false
	}
	b := c.TF.Scope.ObjectOf(id)
	if b == nil || b.Kind != jsast.Param || b.Scope == nil || b.Reassigned() {
		return false
	}
	fn := b.Scope.Node
	if fn == nil || !jsast.IsFunction(fn) {
		return false
	}
	call, ok := c.File.Parent(fn).(*ast.CallExpression)
	if !ok || len(call.ArgumentList) < 2 || call.ArgumentList[1] != fn {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || dot.Identifier.Name != "on" {
		return false
	}
	lit, ok := call.ArgumentList[0].(*ast.StringLiteral)
	return ok && lit.Value == "connection"
}
