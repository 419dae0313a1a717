package undisposed

import (
	"fmt"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tensorlife"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "undisposed",
	Doc:      "reports tensors that are never disposed (undisposed-tensor, leaked-temporary, overwritten-tensor; tip 13)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/undisposed-tensor.md",
	Requires: []*analysis.Analyzer{tensorlife.Analyzer, modeldesc.Analyzer},
	Run:      run,
}

const (
	ruleUndisposed  = "undisposed-tensor"
	ruleTemporary   = "leaked-temporary"
	ruleOverwritten = "overwritten-tensor"
)

type checker struct {
	pass   *analysis.Pass
	life   *tensorlife.Result
	cfg    *rules.Config
	models *modeldesc.Reader
	// uncalledDone are the `x.dispose;` statements already reported with
	// the tensor they fail to free.
	uncalledDone map[*ast.DotExpression]bool
	// bigLeaks are the functions, by how often they run, that leak a
	// tensor of more than a few elements (see besideBigLeak).
	bigLeaks map[leakRun]bool
}

// leakRun is a function and how often its leaks grow.
type leakRun struct {
	fn   ast.Node
	freq contexts.Frequency
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, life: pass.ResultOf[tensorlife.Analyzer].(*tensorlife.Result), cfg: runctx.Of(pass).Config,
		models: pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info).Reader(), uncalledDone: map[*ast.DotExpression]bool{}}
	c.bigLeaks = c.collectBigLeaks()
	overwritten := map[*tensorlife.Alloc]bool{}
	for _, a := range c.life.Allocs {
		if a.Fate == tensorlife.Bound && a.Assign != nil && !a.Model && c.checkOverwrite(a) {
			overwritten[a] = true
		}
		if a.Field != nil && !a.Model {
			c.checkFieldOverwrite(a)
		}
	}
	// Temporaries are reported once per statement: a chain like
	// a.sub(b).abs().max().arraySync() is one problem with one fix.
	type key struct{ stmt, fn ast.Node }
	var order []key
	groups := map[key][]*tensorlife.Alloc{}
	for _, a := range c.life.Allocs {
		switch a.Fate {
		case tensorlife.Bound:
			switch {
			case a.Model:
				c.checkModel(a)
			case !overwritten[a]:
				c.checkBound(a)
			}
		case tensorlife.Discarded, tensorlife.Chained, tensorlife.ReadOnce, tensorlife.PassedToOp, tensorlife.Sunk:
			if a.Ctx.Tidy || a.Model {
				continue // the tidy scope frees it
			}
			k := key{statementOf(a.Stack), a.Ctx.Func}
			if groups[k] == nil {
				order = append(order, k)
			}
			groups[k] = append(groups[k], a)
		}
	}
	for _, k := range order {
		c.checkTemporaries(groups[k])
	}
	c.checkUncalled(c.uncalledDone)
	return nil, nil
}

// level is the severity of a leak from how often its code runs: every
// iteration grows without bound (error); per event grows with use
// (warning); in a function whose callers the file does not show it may or
// may not grow (info); code that runs once leaks once, reported at info
// only when the config asks.
//
// A leak of a few elements per click (tf.scalar(x), tf.tensor2d([[x]]),
// the argMax or the few class scores of a prediction, ops on them) stays
// under a few KiB for any realistic number of clicks: info.
func (c *checker) level(ctx contexts.Context, nodes ...ast.Node) (rules.Severity, bool) {
	switch {
	case ctx.BoundedLoop():
		// Once per item of a loop over data: it grows as often as the code
		// around the loop runs. Run once (data set-up), only image-sized
		// tensors add up to something; per event, as below.
		switch {
		case ctx.Outer == contexts.Unknown || c.life.Ctx.TrainingRun(ctx) || c.allSmall(nodes):
			return rules.Info, true
		case ctx.Outer == contexts.PerEvent && c.allFew(nodes):
			return rules.Info, true
		case c.anyLarge(nodes), ctx.Outer == contexts.PerEvent && c.anyInference(nodes) && !ctx.OuterRepeat.UserAction():
			return rules.Warning, true
		}
		return rules.Info, true
	case ctx.Freq == contexts.PerIteration:
		return rules.Error, true
	case ctx.Freq == contexts.PerEvent:
		// Per click, what a user repeats is the page's answer — a model's
		// prediction, a camera frame or picture — and that adds up; data a
		// Prep button rebuilds, a few numbers, or what a Train button leaks
		// once per run do not.
		if c.allFew(nodes) || c.life.Ctx.TrainingRun(ctx) || !(c.anyLarge(nodes) || c.anyInference(nodes)) {
			return rules.Info, true
		}
		if !c.anyLarge(nodes) && ctx.Repeat.UserAction() {
			// A prediction of a size the file does not show, per click:
			// like the dry run's 4 KiB a click, too little to matter for
			// the clicks a user makes.
			return rules.Info, true
		}
		return rules.Warning, true
	case ctx.Freq == contexts.Unknown:
		// Callers out of sight (an export, a method of an exported class):
		// on real code these run once at load about as often as per call,
		// so the file alone cannot say the leak grows.
		return rules.Info, true
	}
	if c.cfg != nil && c.cfg.ReportOnce {
		return rules.Info, true
	}
	return rules.Off, false
}

// growth says how the leak grows: "it leaks 2 tensors per click".
func (c *checker) growth(ctx contexts.Context, n ast.Node, count int) string {
	what := "one tensor"
	if count > 1 {
		what = fmt.Sprintf("%d tensors", count)
	}
	if (ctx.Freq != contexts.PerIteration || ctx.BoundedLoop()) && ctx.Freq != contexts.Once {
		if e, ok := n.(ast.Expression); ok && c.life.Small(e) {
			what += " of a few elements"
		} else if ok && (ctx.Freq == contexts.PerEvent || ctx.BoundedLoop()) && c.life.Large(e) {
			what += " the size of an image"
		}
	}
	if ctx.BoundedLoop() {
		// The loop's own frequency multiplies the leak; say how often the loop runs.
		around := "which runs once"
		switch {
		case ctx.Outer == contexts.Unknown:
			around = "each time this function runs"
		case ctx.OuterRepeat != nil:
			around = "on every " + ctx.OuterRepeat.Unit()
		}
		return "it leaks " + what + " " + ctx.Rate() + ctx.Via(c.life.File, n) + ", " + around
	}
	if c.life.Ctx.TrainingRun(ctx) {
		return "it leaks " + what + " " + ctx.Rate() + ctx.Via(c.life.File, n) + ", once per training run"
	}
	switch ctx.Freq {
	case contexts.PerIteration, contexts.PerEvent:
		return "it leaks " + what + " " + ctx.Rate() + ctx.Via(c.life.File, n)
	case contexts.Unknown:
		return "it leaks " + what + " each time this function runs"
	}
	return "this code runs once, so it leaks " + what + " once"
}

// allSmall reports tensors the file shows to hold a few elements each.
func (c *checker) allSmall(nodes []ast.Node) bool {
	for _, n := range nodes {
		e, ok := n.(ast.Expression)
		if !ok || !c.life.Small(e) {
			return false
		}
	}
	return len(nodes) > 0
}

// allFew reports tensors that each hold at most a few hundred elements
// per run of their code (see tensorlife.Result.Few).
func (c *checker) allFew(nodes []ast.Node) bool {
	for _, n := range nodes {
		e, ok := n.(ast.Expression)
		if !ok || !c.life.Few(e, c.outputUnits) {
			return false
		}
	}
	return len(nodes) > 0
}

// outputUnits is the width of the answer of a predict call's model: the
// units of its output layer when every model the receiver may hold is
// known and has one output; 0 when unknown.
func (c *checker) outputUnits(call *ast.CallExpression) int {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return 0
	}
	models := c.models.ModelAt(dot.Left, call)
	units := 0
	for _, m := range models {
		last := m.Last()
		if len(last) != 1 || last[0].Units <= 0 {
			return 0
		}
		units = max(units, last[0].Units)
	}
	return units
}

// anyLarge reports a tensor the file shows to be image-sized or larger.
func (c *checker) anyLarge(nodes []ast.Node) bool {
	for _, n := range nodes {
		if e, ok := n.(ast.Expression); ok && c.life.Large(e) {
			return true
		}
	}
	return false
}

// anyInference reports a tensor made from a model's output or an image.
func (c *checker) anyInference(nodes []ast.Node) bool {
	for _, n := range nodes {
		if e, ok := n.(ast.Expression); ok && c.life.Inference(e) {
			return true
		}
	}
	return false
}

// localTo reports a binding that holds one tensor per run of the code that
// allocates it: a variable of the allocating function, or one declared
// inside the loop that repeats it. Module-level bindings live with the page.
func localTo(b *jsast.Binding, ctx contexts.Context) bool {
	if tensorlife.IsLocal(b, ctx.Func) {
		return true
	}
	return ctx.Func == nil && ctx.Region != nil && b.Ident != nil && b.Scope.Kind == jsast.BlockScope &&
		ctx.Region.Idx0() <= b.Ident.Idx0() && b.Ident.Idx0() < ctx.Region.Idx1()
}

func (c *checker) checkBound(a *tensorlife.Alloc) {
	if a.Ctx.Tidy {
		return
	}
	var leaked []*jsast.Binding
	for _, b := range a.Bindings {
		if localTo(b, a.Ctx) && !c.life.Released(b) {
			leaked = append(leaked, b)
		}
	}
	sev, ok := c.level(a.Ctx, a.Node)
	if len(leaked) == 1 && (c.shownPerAction(a.Ctx, leaked[0]) || c.reshapedPerAction(a, leaked[0]) || c.besideBigLeak(a)) {
		sev = rules.Info
	}
	if len(leaked) == 1 {
		if dot := c.uncalledDispose(leaked[0]); dot != nil {
			c.uncalledDone[dot] = true
			if ok {
				c.reportUncalled(a, leaked[0], dot, sev)
			}
			return
		}
	}
	if len(leaked) == 0 || !ok {
		return
	}
	f := c.life.File
	names := make([]string, len(leaked))
	for i, b := range leaked {
		names[i] = b.Name
	}
	var msg string
	if len(leaked) == 1 {
		call := names[0] + ".dispose()"
		if container(c.life, a, leaked[0]) {
			call = "tf.dispose(" + names[0] + ")"
		}
		msg = fmt.Sprintf("`%s` from %s is never disposed: %s; call %s after its last use or wrap the code in tf.tidy (tip 13)",
			names[0], a.Name, c.growth(a.Ctx, a.Node, 1), call)
	} else {
		msg = fmt.Sprintf("%s from %s are never disposed: %s; call tf.dispose([%s]) after their last use or wrap the code in tf.tidy (tip 13)",
			quotedList(names), a.Name, c.growth(a.Ctx, a.Node, len(leaked)), strings.Join(names, ", "))
	}
	d := analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleUndisposed, sev),
		Message:  msg,
		Related:  a.Ctx.Related(f),
	}
	if fix, ok := disposeFix(c.life, a, leaked); ok {
		d.SuggestedFixes = append(d.SuggestedFixes, fix)
	}
	if fix, ok := tidyBlockFix(c.life, a, leaked); ok {
		d.SuggestedFixes = append(d.SuggestedFixes, fix)
	}
	c.pass.Report(d)
}

// quotedList renders names for a message: "`a`, `b` and `c`".
func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

func (c *checker) checkTemporaries(group []*tensorlife.Alloc) {
	first := group[0]
	nodes := make([]ast.Node, len(group))
	for i, a := range group {
		nodes[i] = a.Node
	}
	sev, ok := c.level(first.Ctx, nodes...)
	if !ok {
		return
	}
	if b := c.declared(statementOf(first.Stack)); b != nil && c.shownPerAction(first.Ctx, b) {
		sev = rules.Info // the steps of a tensor made only to be shown
	}
	// Inner allocations first: a.sub(b).abs() names sub, then abs.
	slices.SortStableFunc(group, func(x, y *tensorlife.Alloc) int {
		if d := int(x.Node.Idx1()) - int(y.Node.Idx1()); d != 0 {
			return d
		}
		return int(y.Node.Idx0()) - int(x.Node.Idx0())
	})
	f := c.life.File
	start, end := f.Start(group[0].Node), f.End(group[0].Node)
	for _, a := range group[1:] {
		start, end = min(start, f.Start(a.Node)), max(end, f.End(a.Node))
	}
	var msg string
	if len(group) == 1 {
		msg = temporaryMessage(first) + ": " + c.growth(first.Ctx, first.Node, 1) + "; " + remedy(c.life, first) + " (tip 13)"
	} else {
		names := make([]string, len(group))
		for i, a := range group {
			names[i] = shortName(a.Name)
		}
		advice := "wrap the expression in tf.tidy(() => …)"
		if asyncConsumer(c.life, first) {
			advice = awaitedAdvice
		}
		msg = fmt.Sprintf("%d intermediate tensors (%s) are never disposed: %s; %s (tip 13)",
			len(group), strings.Join(names, ", "), c.growth(first.Ctx, first.Node, len(group)), advice)
	}
	d := analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: runctx.Category(ruleTemporary, sev),
		Message:  msg,
		Related:  first.Ctx.Related(f),
	}
	if fix, ok := temporaryFix(c.life, group); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
}

// shortName is an op's name in a list: "sub" for tf.sub and Tensor.sub,
// "predict" for model.predict, "norm()" for a local norm().
func shortName(name string) string {
	if strings.HasSuffix(name, "()") {
		return name
	}
	return name[strings.LastIndex(name, ".")+1:]
}

func temporaryMessage(a *tensorlife.Alloc) string {
	switch a.Fate {
	case tensorlife.Chained:
		return "the intermediate tensor from " + a.Name + " is never disposed"
	case tensorlife.Discarded:
		return "the tensor returned by " + a.Name + " is discarded without dispose()"
	case tensorlife.ReadOnce:
		return "the tensor from " + a.Name + " is read with " + a.Use + " and never disposed"
	case tensorlife.PassedToOp:
		return "the tensor from " + a.Name + " is passed to " + a.Use + " and never disposed"
	}
	return "the tensor from " + a.Name + " is only used by " + a.Use + " and never disposed"
}

func remedy(life *tensorlife.Result, a *tensorlife.Alloc) string {
	if a.Fate == tensorlife.Discarded {
		return "dispose it, or do not compute it"
	}
	if _, read := consumer(life, a); read != nil {
		return "bind it to a variable, await the read, then dispose it"
	}
	if asyncConsumer(life, a) {
		return awaitedAdvice
	}
	return "wrap the expression in tf.tidy(() => …)"
}

// awaitedAdvice is the remedy for tensors an async call consumes: tf.tidy
// cannot wrap a promise.
const awaitedAdvice = "bind them to variables and dispose them once the call has resolved (tf.tidy cannot wrap a promise)"

// asyncConsumer reports a temporary consumed by a call whose value is a
// promise (await model.fit(tf.tensor2d(…), …)).
func asyncConsumer(life *tensorlife.Result, a *tensorlife.Alloc) bool {
	i, _ := consumer(life, a)
	return makesPromise(life, a.Stack[i], a.Stack[:i+1])
}

// statementOf is the innermost statement around the last node of stack.
func statementOf(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		if _, ok := stack[i].(ast.Statement); ok {
			return stack[i]
		}
		if jsast.IsFunction(stack[i]) {
			return stack[i] // an expression-bodied arrow
		}
	}
	return nil
}

// checkOverwrite reports `v = <new tensor>` in code that runs repeatedly
// when v comes from outside the repeated code and the old tensor is not
// released there.
func (c *checker) checkOverwrite(a *tensorlife.Alloc) bool {
	r, region := a.Ctx.Repeat, a.Ctx.Region
	if r == nil || region == nil || a.Ctx.Tidy || len(a.Bindings) != 1 {
		return false
	}
	b := a.Bindings[0]
	if b.Ident != nil && region.Idx0() <= b.Ident.Idx0() && b.Ident.Idx0() < region.Idx1() {
		return false // declared inside: a fresh variable each time
	}
	if c.life.ReleasedWithin(b, region, a.Ctx.Func) {
		return false
	}
	sev, ok := c.level(a.Ctx, a.Node)
	if !ok {
		return false
	}
	f := c.life.File
	d := analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleOverwritten, sev),
		Message: fmt.Sprintf("`%s` is reassigned to a new tensor from %s without disposing the previous one: %s; dispose the old value first, or keep it in a tf.variable and use %s.assign(…) (tip 13)",
			b.Name, a.Name, c.growth(a.Ctx, a.Node, 1), b.Name),
	}
	if fix, ok := overwriteFix(c.life, a, b); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
	return true
}

// checkFieldOverwrite reports a tensor stored, each time its code repeats,
// into a class field declared as a tensor (`private xs: tf.Tensor2D`)
// whose previous value nothing gives up: the old tensor leaks.
func (c *checker) checkFieldOverwrite(a *tensorlife.Alloc) {
	if a.Ctx.Repeat == nil || a.Ctx.Region == nil || a.Ctx.Tidy || c.life.FieldReleased(a) {
		return
	}
	sev, ok := c.level(a.Ctx, a.Node)
	if !ok {
		return
	}
	f := c.life.File
	name := "this." + a.Field.Identifier.Name.String()
	c.pass.Report(analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleOverwritten, sev),
		Message: fmt.Sprintf("`%s` (declared a tensor) is reassigned to a new tensor from %s without disposing the previous one: %s; dispose the old value first (%s?.dispose()), or keep it in a tf.variable and use %s.assign(…) (tip 13)",
			name, a.Name, c.growth(a.Ctx, a.Node, 1), name, name),
	})
}

// userChosen reports a model loader whose location the page reads when
// it runs (a text field's value, picked files): each click loads the
// model the user chose, a set-up step like loading data, not the same
// weights again.
func (c *checker) userChosen(n ast.Expression) bool {
	aw, ok := n.(*ast.AwaitExpression)
	if !ok {
		return false
	}
	call, ok := aw.Argument.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) == 0 {
		return false
	}
	found := false
	var look func(e ast.Node, depth int)
	look = func(e ast.Node, depth int) {
		jsast.NewInspector(e).Preorder([]ast.Node{(*ast.DotExpression)(nil), (*ast.Identifier)(nil)}, func(m ast.Node) {
			switch m := m.(type) {
			case *ast.DotExpression:
				switch m.Identifier.Name {
				case "value", "files", "browserFiles":
					found = true
				}
			case *ast.Identifier:
				// const name = document.getElementById('url').value
				if b := c.life.TF.Scope.ObjectOf(m); depth == 0 && b != nil && b.Init != nil && b.Stable() {
					look(b.Init, depth+1)
				}
			}
		})
	}
	look(call.ArgumentList[0], 0)
	return found
}

// checkModel reports a model loaded into a local variable and never
// disposed (nor returned, stored or handed on): each run of its code loads
// another copy of every weight, and nothing frees the previous ones. A
// model is megabytes, so per event it is a warning whatever the event;
// in a handler that trains it is paid once per training run (info).
func (c *checker) checkModel(a *tensorlife.Alloc) {
	ctx := a.Ctx
	if ctx.Tidy {
		return
	}
	var leaked *jsast.Binding
	for _, b := range a.Bindings {
		if localTo(b, ctx) && !c.life.Released(b) {
			leaked = b
			break
		}
	}
	if leaked == nil || len(a.Bindings) != 1 {
		return
	}
	var sev rules.Severity
	switch {
	case ctx.BoundedLoop():
		if ctx.Outer < contexts.PerEvent {
			sev = rules.Info
		} else {
			sev = rules.Warning
		}
	case ctx.Freq == contexts.PerIteration:
		sev = rules.Error
	case ctx.Freq == contexts.PerEvent && !c.life.Ctx.TrainingRun(ctx) && !(ctx.Repeat.UserAction() && c.userChosen(a.Node)):
		sev = rules.Warning
	case ctx.Freq == contexts.PerEvent, ctx.Freq == contexts.Unknown:
		sev = rules.Info
	case c.cfg != nil && c.cfg.ReportOnce:
		sev = rules.Info
	default:
		return
	}
	f := c.life.File
	how := "each time this function runs"
	if r := ctx.Rate(); r != "" {
		how = r + ctx.Via(f, a.Node)
	}
	what := "the model's weights are loaded again " + how + " and never freed"
	if ctx.Freq == contexts.Once {
		what = "this code runs once, so its weights stay loaded for as long as the page or process lives"
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleUndisposed, sev),
		Message: fmt.Sprintf("`%s` from %s is never disposed: %s; load the model once and reuse it, or call %s.dispose() after its last use (tip 13)",
			leaked.Name, a.Name, what, leaked.Name),
		Related: ctx.Related(f),
	})
}

// shownPerAction reports a tensor made, per click or other action a person
// makes one at a time, only to be shown in a modal dialog: every read of b
// is `alert(b)`. A page that pops up a whole tensor is an API showcase, and
// each run waits for the person to dismiss the dialog: a handful of runs.
func (c *checker) shownPerAction(ctx contexts.Context, b *jsast.Binding) bool {
	if ctx.Freq != contexts.PerEvent || !ctx.Repeat.UserAction() || b.Reassigned() {
		return false
	}
	f := c.life.File
	reads := 0
	for _, id := range b.Refs {
		if id == b.Ident {
			continue
		}
		call, ok := f.Parent(id).(*ast.CallExpression)
		if !ok || len(call.ArgumentList) != 1 || call.ArgumentList[0] != ast.Expression(id) || !isAlert(call.Callee) {
			return false
		}
		reads++
	}
	return reads > 0
}

// isAlert reports alert or window.alert.
func isAlert(callee ast.Expression) bool {
	switch x := callee.(type) {
	case *ast.Identifier:
		return x.Name == "alert"
	case *ast.DotExpression:
		id, ok := x.Left.(*ast.Identifier)
		return ok && id.Name == "window" && x.Identifier.Name == "alert"
	}
	return false
}

// declared is the one variable a declaration statement binds, if it binds
// one plain name.
func (c *checker) declared(stmt ast.Node) *jsast.Binding {
	var list []*ast.Binding
	switch s := stmt.(type) {
	case *ast.VariableStatement:
		list = s.List
	case *ast.LexicalDeclaration:
		list = s.List
	}
	if len(list) != 1 {
		return nil
	}
	id, ok := list[0].Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	return c.life.TF.Scope.ObjectOf(id)
}

// reshapedPerAction reports, per click or other action a person makes one
// at a time, a picture read into a variable that is then reshaped to a
// constant shape of less than an image's worth of elements: the picture
// was that small (a drawing scaled down to 28x28), a few KB per action,
// like a prediction of a size the file does not show.
func (c *checker) reshapedPerAction(a *tensorlife.Alloc, b *jsast.Binding) bool {
	return a.Ctx.Freq == contexts.PerEvent && a.Ctx.Repeat.UserAction() && c.life.ReshapedSmall(b)
}

// collectBigLeaks finds the functions that leak, each time they run, a
// tensor the file does not show to be a few elements: a temporary or a
// local variable never disposed, outside any tidy scope.
func (c *checker) collectBigLeaks() map[leakRun]bool {
	out := map[leakRun]bool{}
	for _, a := range c.life.Allocs {
		if a.Ctx.Tidy || a.Model || a.Ctx.Func == nil || c.life.Small(a.Node) {
			continue
		}
		switch a.Fate {
		case tensorlife.Discarded, tensorlife.Chained, tensorlife.ReadOnce, tensorlife.PassedToOp, tensorlife.Sunk:
		case tensorlife.Bound:
			leaks := false
			for _, b := range a.Bindings {
				leaks = leaks || localTo(b, a.Ctx) && !c.life.Released(b)
			}
			if !leaks {
				continue
			}
		default:
			continue
		}
		out[leakRun{a.Ctx.Func, a.Ctx.Freq}] = true
	}
	return out
}

// besideBigLeak reports a constant scalar (tf.scalar(127.5)) a function
// leaks each time it runs next to a bigger tensor it leaks as often (the
// picture the constant scales): the bigger leak's finding is the one to
// fix, and wrapping the function's work in tf.tidy frees both; the four
// bytes alone are info.
func (c *checker) besideBigLeak(a *tensorlife.Alloc) bool {
	return a.Ctx.Func != nil && c.life.ConstantScalar(a.Node) && c.bigLeaks[leakRun{a.Ctx.Func, a.Ctx.Freq}]
}
