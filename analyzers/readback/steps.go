package readback

import (
	"strings"

	"github.com/grafana/sobek/ast"
	jstoken "github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/jsast"
)

// This file holds what tells a readback the step already pays for apart
// from one that stalls the page: what the step awaits, what it already
// reads back, how many steps there are, and how much GPU work the read
// waits for.

// fitCallback reports a callback model.fit runs: fit awaits each batch's
// logs (a data() read of the loss) before it calls it, so the GPU queue is
// empty and a read there waits only for the ops the callback itself runs.
func fitCallback(r *contexts.Repeat) bool {
	return r != nil && r.External == nil && r.Kind == contexts.FitCallback
}

// isSyncRead reports a call of dataSync, arraySync or bufferSync.
func isSyncRead(n ast.Node) bool {
	call, ok := n.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 0 {
		return false
	}
	dot, ok := call.Callee.(*ast.DotExpression)
	return ok && asyncForm[dot.Identifier.Name.String()] != ""
}

// readsBack reports code that holds a synchronous readback.
func readsBack(n ast.Node) bool {
	found := false
	jsast.NewInspector(n).Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(x ast.Node) {
		found = found || isSyncRead(x)
	})
	return found
}

// computedBySyncingCode reports a receiver whose computation calls a
// function of the file that reads back synchronously itself (a forward
// pass that reads its memory each time step): the GPU has already been
// waited for within the same step, so this read adds only its own ops.
func (c *checker) computedBySyncingCode(e ast.Expression) bool {
	found := false
	jsast.NewInspector(e).Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if found {
			return
		}
		if id, ok := n.(*ast.CallExpression).Callee.(*ast.Identifier); ok {
			if fn := c.functionOf(id); fn != nil && readsBack(fn) {
				found = true
			}
		}
	})
	return found
}

// maxFewReads is the largest constant step count of a loop, run once or
// per event, whose per-step reads are a handful of pauses rather than a
// stalled page (a five-batch visualisation at load).
const maxFewReads = 10

// fewSteps reports a counting loop with a small constant bound
// (`for (let i = 0; i < 5; i++)`) in code that does not itself repeat per
// iteration.
func (c *checker) fewSteps(r *contexts.Repeat) bool {
	if r == nil || r.External != nil || r.Kind != contexts.Loop {
		return false
	}
	l, ok := r.Node.(*ast.ForStatement)
	if !ok || l.Update == nil || l.Test == nil {
		return false
	}
	t, ok := l.Test.(*ast.BinaryExpression)
	if !ok || (t.Operator != jstoken.LESS && t.Operator != jstoken.LESS_OR_EQUAL) {
		return false
	}
	if c.ev == nil {
		c.ev = constant.New(c.f)
	}
	n, ok := c.ev.Number(t.Right)
	if !ok || n > maxFewReads {
		return false
	}
	if init, ok := l.Initializer.(*ast.ForLoopInitializerLexicalDecl); ok && len(init.LexicalDeclaration.List) == 1 {
		if v, ok := c.ev.Number(init.LexicalDeclaration.List[0].Initializer); !ok || v < 0 {
			return false // counts from an unknown start
		}
	}
	return c.cx.OfNode(l).Freq < contexts.PerIteration
}

// feedsYieldingLoop reports a read whose value the loop needs for its next
// step (autoregressive sampling: the token read is pushed onto the
// sequence the next step predicts from; an agent's action) in a loop that
// yields to the page after every step: the step cannot start before the
// value is known anyway, and the page renders between steps, so an async
// read would change little. A loop that never really yields (await of a
// tensor, of a local callback) keeps the warning: there the read is what
// freezes the page.
func (c *checker) feedsYieldingLoop(ctx contexts.Context, call *ast.CallExpression) bool {
	r := ctx.Repeat
	if r == nil || r.External != nil || r.Kind != contexts.Loop || !c.yieldsEachStep(r.Node) {
		return false
	}
	lo, hi := c.f.Span(r.Node)
	if a, _ := c.f.Span(call); a >= lo && a < hi {
		return c.carried(call, r.Node)
	}
	// A helper the loop calls: it must return what it reads, and a call
	// of it in the loop must carry that value over.
	fn := enclosingFunction(c.f, call)
	inner := fn
	for fn != nil {
		p, ok := c.f.Parent(fn).(*ast.CallExpression)
		if !ok || !jsast.IsArgument(p.ArgumentList, fn) {
			break
		}
		fn = enclosingFunction(c.f, p)
	}
	if fn == nil || !c.returnsRead(inner) {
		return false
	}
	carried := false
	jsast.NewInspector(loopBody(r.Node)).Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		site := n.(*ast.CallExpression)
		if id, ok := site.Callee.(*ast.Identifier); ok && !carried && c.functionOf(id) == fn {
			carried = c.carried(site, r.Node)
		}
	})
	return carried
}

// returnsRead reports a function that returns a value read back
// synchronously: `return probs.dataSync()[i]`, or a name holding a read.
func (c *checker) returnsRead(fn ast.Node) bool {
	if fn == nil {
		return false
	}
	for _, v := range c.info.ReturnValues(fn) {
		if readsBack(v) {
			return true
		}
		if id, ok := v.(*ast.Identifier); ok {
			if b := c.info.Scope.ObjectOf(id); b != nil && b.Init != nil && readsBack(b.Init) {
				return true
			}
		}
	}
	return false
}

// carried reports a value that the loop keeps for its next step: pushed
// onto, or assigned to, a variable declared before the loop, directly or
// through a name declared in the loop.
func (c *checker) carried(e ast.Node, loop ast.Node) bool {
	cur := e
	for {
		switch p := c.f.Parent(cur).(type) {
		case *ast.DotExpression:
			if p.Left != cur {
				return false
			}
			cur = p
			continue
		case *ast.BracketExpression:
			if p.Left != cur {
				return false
			}
			cur = p
			continue
		case *ast.AwaitExpression:
			cur = p
			continue
		case *ast.ReturnStatement, *ast.ExpressionBody:
			// Returned from a callback passed inline (a tidy): the
			// value is what that call gives.
			fn := enclosingFunction(c.f, p)
			call, ok := c.f.Parent(fn).(*ast.CallExpression)
			if fn == nil || !ok || !jsast.IsArgument(call.ArgumentList, fn) {
				return false
			}
			cur = call
			continue
		case *ast.CallExpression:
			return c.pushedOutside(p, cur, loop)
		case *ast.AssignExpression:
			// A plain assignment: a sum of losses (+=) steers nothing.
			return p.Operator == jstoken.ASSIGN && p.Right == cur && c.declaredBefore(p.Left, loop)
		case *ast.Binding:
			b := c.info.Scope.InitializedBy(cur)
			if b == nil {
				return false
			}
			for _, ref := range b.Refs {
				switch q := c.f.Parent(ref).(type) {
				case *ast.CallExpression:
					if c.pushedOutside(q, ref, loop) {
						return true
					}
				case *ast.AssignExpression:
					if q.Operator == jstoken.ASSIGN && q.Right == ast.Expression(ref) && c.declaredBefore(q.Left, loop) {
						return true
					}
				}
			}
			return false
		}
		return false
	}
}

// pushedOutside reports `xs.push(v)` (unshift too) onto a variable declared
// before the loop.
func (c *checker) pushedOutside(call *ast.CallExpression, arg ast.Node, loop ast.Node) bool {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || !jsast.IsArgument(call.ArgumentList, arg) {
		return false
	}
	switch dot.Identifier.Name.String() {
	case "push", "unshift":
		return c.declaredBefore(dot.Left, loop)
	}
	return false
}

// declaredBefore reports a variable (or a member of one) declared before
// the loop starts and read elsewhere in the loop: the next step uses
// what this one stores (a list of losses returned after the loop is not).
func (c *checker) declaredBefore(e ast.Expression, loop ast.Node) bool {
	id := jsast.RootIdent(e)
	if id == nil {
		return false
	}
	b := c.info.Scope.ObjectOf(id)
	if b == nil || b.Decl == nil {
		return false
	}
	lo, hi := c.f.Span(loop)
	if d, _ := c.f.Span(b.Decl); d >= lo {
		return false
	}
	for _, ref := range b.Refs {
		if a, _ := c.f.Span(ref); ref != id && a >= lo && a < hi {
			return true
		}
	}
	return false
}

// yieldsEachStep reports a loop whose body awaits, as a statement of its
// own, a promise that lets the page render: a timer (a zero delay too) or
// the next frame.
func (c *checker) yieldsEachStep(loop ast.Node) bool {
	body := loopBody(loop)
	list, ok := jsast.StatementList(body)
	if !ok {
		if blk, isBlock := body.(*ast.BlockStatement); isBlock {
			list = blk.List
		}
	}
	for _, st := range list {
		es, ok := st.(*ast.ExpressionStatement)
		if !ok {
			continue
		}
		if aw, ok := es.Expression.(*ast.AwaitExpression); ok && c.pageYield(aw.Argument) {
			return true
		}
	}
	return false
}

// pageYield reports a promise that resolves after the page had a turn: a
// setTimeout or requestAnimationFrame promise, tf.nextFrame(), or a call of
// a local arrow that returns one.
func (c *checker) pageYield(e ast.Expression) bool {
	if c.frameYield(e) {
		return true
	}
	switch x := e.(type) {
	case *ast.NewExpression:
		id, ok := x.Callee.(*ast.Identifier)
		return ok && id.Name == "Promise" && strings.Contains(c.f.Text(x), "setTimeout(")
	case *ast.CallExpression:
		if id, ok := x.Callee.(*ast.Identifier); ok {
			if fn := c.functionOf(id); fn != nil {
				if body := singleReturn(fn); body != nil {
					return c.pageYield(body)
				}
			}
		}
	}
	return false
}

// asyncModels are the model calls whose promise resolves only after the
// model's results were read back: awaiting one leaves the GPU idle.
var asyncModels = map[string]bool{
	"estimateHands": true, "estimateFaces": true, "estimatePoses": true, "estimateSinglePose": true,
	"estimateMultiplePoses": true, "detect": true, "classify": true, "segmentPerson": true, "executeAsync": true,
}

// awaitsModel reports code that awaits an async model call (handpose's
// estimateHands, a detector's detect).
func awaitsModel(n ast.Node) bool {
	found := false
	jsast.NewInspector(n).Preorder([]ast.Node{(*ast.AwaitExpression)(nil)}, func(x ast.Node) {
		if call, ok := x.(*ast.AwaitExpression).Argument.(*ast.CallExpression); ok {
			if dot, ok := call.Callee.(*ast.DotExpression); ok && asyncModels[dot.Identifier.Name.String()] {
				found = true
			}
		}
	})
	return found
}

// tensorMakers make a tensor from JS values.
var tensorMakers = map[string]bool{
	"tf.tensor": true, "tf.tensor1d": true, "tf.tensor2d": true, "tf.tensor3d": true, "tf.tensor4d": true,
}

// jsValues classifies a receiver computed only from tensors the code makes
// from JS values (tf.scalar, tf.tensor of an array, a local function
// that returns one) by tensor ops: no model, variable, pixels or data set.
// scalars reports that every such tensor is a tf.scalar.
func (c *checker) jsValues(e ast.Expression, depth int) (ok, scalars bool) {
	if depth > 12 || e == nil {
		return false, false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if c.scalarVariable(b) && c.scalarsOnly() {
			// A parameter of a model made of a few scalars (y = m*x + b):
			// the file queues no work bigger than its JS arrays.
			c.viaScalarVar = true
			return true, true
		}
		if b == nil || !b.Stable() || b.Init == nil || b.Scope == nil || b.Scope.Kind == jsast.GlobalScope || b.Scope.Kind == jsast.ModuleScope {
			return false, false // a parameter, a top-level tensor (made once: data) or a name set elsewhere
		}
		return c.jsValues(b.Init, depth+1)
	case *ast.CallExpression:
		name := c.info.Name(x.Callee)
		switch {
		case name == "tf.scalar":
			return c.plainArgs(x.ArgumentList), true
		case name == "tf.tidy" && len(x.ArgumentList) > 0:
			// What the callback returns: tf.tidy(() => predict(xs)).
			fn := x.ArgumentList[len(x.ArgumentList)-1]
			if !jsast.IsFunction(fn) {
				return false, false
			}
			return c.returnedJSValues(fn, depth)
		case tensorMakers[name]:
			return c.plainArgs(x.ArgumentList), false
		case strings.HasPrefix(name, "tf.") && !strings.Contains(name[3:], "."):
			return c.opArgs(x.ArgumentList, depth)
		}
		switch callee := x.Callee.(type) {
		case *ast.DotExpression:
			if ok, sc := c.jsValues(callee.Left, depth+1); ok {
				if ok2, sc2 := c.opArgs(x.ArgumentList, depth); ok2 {
					return true, sc && sc2
				}
			}
		case *ast.Identifier:
			fn := c.functionOf(callee)
			if fn == nil {
				return false, false
			}
			return c.returnedJSValues(fn, depth)
		}
	}
	return false, false
}

// returnedJSValues is jsValues of every value fn returns.
func (c *checker) returnedJSValues(fn ast.Node, depth int) (ok, scalars bool) {
	vals := c.info.ReturnValues(fn)
	if len(vals) == 0 {
		return false, false
	}
	ok, scalars = true, true
	for _, v := range vals {
		o, s := c.jsValues(v, depth+1)
		ok, scalars = ok && o, scalars && s
	}
	return ok, scalars
}

// plainArgs reports arguments that hold no tensor.
func (c *checker) plainArgs(args []ast.Expression) bool {
	for _, a := range args {
		if c.info.ClassOf(a) != "" {
			return false
		}
	}
	return true
}

// opArgs reports the arguments of a tensor op: each one made from JS
// values or a plain number, string or boolean literal or constant.
func (c *checker) opArgs(args []ast.Expression, depth int) (ok, scalars bool) {
	ok, scalars = true, true
	for _, a := range args {
		switch a.(type) {
		case *ast.NumberLiteral, *ast.StringLiteral, *ast.BooleanLiteral:
			continue
		case *ast.UnaryExpression:
			continue // -1
		}
		o, s := c.jsValues(a, depth+1)
		ok, scalars = ok && o, scalars && s
	}
	return ok, scalars
}

// awaitsModel reports a repeated callback or loop of the file that awaits
// an async model call each time.
func (c *checker) awaitsModel(r *contexts.Repeat) bool {
	return r != nil && r.External == nil && r.Node != nil && awaitsModel(r.Node)
}

// scalarVariable reports a stable name holding a tf.variable of one number:
// `const m = tf.variable(tf.scalar(Math.random()))`, or React's
// `const [m] = useState(tf.variable(tf.scalar(…)))`, whose first element is
// the value it was given.
func (c *checker) scalarVariable(b *jsast.Binding) bool {
	if b == nil || !b.Stable() {
		return false
	}
	init := b.Init
	if init == nil && len(b.Path) == 1 && b.Path[0] == "0" {
		if call, ok := b.Source.(*ast.CallExpression); ok && len(call.ArgumentList) == 1 && calleeName(call) == "useState" {
			init = call.ArgumentList[0]
		}
	}
	call, ok := init.(*ast.CallExpression)
	return ok && c.info.Name(call.Callee) == "tf.variable" && len(call.ArgumentList) > 0 && c.scalarTensor(call.ArgumentList[0], 1)
}

// calleeName is the name a call's callee ends with: f, React.f.
func calleeName(call *ast.CallExpression) string {
	switch x := call.Callee.(type) {
	case *ast.Identifier:
		return x.Name.String()
	case *ast.DotExpression:
		return x.Identifier.Name.String()
	}
	return ""
}

// scalarsOnly reports a file whose only trainable state is scalar
// variables: it builds, loads and calls no model (no layers, no
// predict or execute), reads no pixels, and each of its tf.variable calls
// holds one number. Everything such a file queues on the GPU is a few ops
// on its JS arrays and those numbers (a line or polynomial fitted to
// clicked points), so a read waits for next to nothing.
func (c *checker) scalarsOnly() bool {
	if c.scalarFile != 0 {
		return c.scalarFile > 0
	}
	c.scalarFile = 1
	for _, call := range c.info.Calls {
		name := call.API.Name
		switch {
		case strings.HasPrefix(name, "tf.layers.") || strings.Contains(name, "Model") || strings.Contains(name, "fromPixels") ||
			strings.HasSuffix(name, ".predict") || strings.HasSuffix(name, ".execute") || strings.HasSuffix(name, ".executeAsync"):
			c.scalarFile = -1
		case name == "tf.variable":
			args := jsast.Arguments(call.Node)
			if len(args) == 0 || !c.scalarTensor(args[0], 1) {
				c.scalarFile = -1
			}
		}
		if c.scalarFile < 0 {
			return false
		}
	}
	c.f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if dot, ok := n.(*ast.CallExpression).Callee.(*ast.DotExpression); ok {
			switch dot.Identifier.Name {
			case "predict", "execute", "executeAsync", "fromPixels", "apply", "fit", "fitDataset", "trainOnBatch":
				c.scalarFile = -1
			}
		}
	})
	return c.scalarFile > 0
}
