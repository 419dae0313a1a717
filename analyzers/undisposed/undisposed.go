package undisposed

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tensorlife"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "undisposed",
	Doc:      "reports tensors that are never disposed (undisposed-tensor, leaked-temporary, overwritten-tensor; tip 13)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/undisposed-tensor.md",
	Requires: []*analysis.Analyzer{tensorlife.Analyzer},
	Run:      run,
}

const (
	ruleUndisposed  = "undisposed-tensor"
	ruleTemporary   = "leaked-temporary"
	ruleOverwritten = "overwritten-tensor"
)

func run(pass *analysis.Pass) (any, error) {
	life := pass.ResultOf[tensorlife.Analyzer].(*tensorlife.Result)
	overwritten := map[*tensorlife.Alloc]bool{}
	for _, a := range life.Allocs {
		if a.Fate == tensorlife.Bound && a.Assign != nil && checkOverwrite(pass, life, a) {
			overwritten[a] = true
		}
	}
	for _, a := range life.Allocs {
		switch a.Fate {
		case tensorlife.Bound:
			if !overwritten[a] {
				checkBound(pass, life, a)
			}
		case tensorlife.Discarded, tensorlife.Chained, tensorlife.ReadOnce, tensorlife.PassedToOp, tensorlife.Sunk:
			checkTemporary(pass, life, a)
		}
	}
	return nil, nil
}

// severity is error in a repeated context, warning elsewhere.
func severity(a *tensorlife.Alloc) rules.Severity {
	if a.Ctx.Repeat != nil {
		return rules.Error
	}
	return rules.Warning
}

// growth is the message part that says how the leak grows.
func growth(a *tensorlife.Alloc) string {
	if a.Ctx.Repeat == nil {
		return ""
	}
	what, unit := a.Ctx.Repeat.Describe()
	return fmt.Sprintf("; %s, so it leaks one tensor per %s", what, unit)
}

func checkBound(pass *analysis.Pass, life *tensorlife.Result, a *tensorlife.Alloc) {
	if a.Ctx.Tidy {
		return
	}
	for _, b := range a.Bindings {
		if !tensorlife.IsLocal(b, a.Ctx.Func) || life.Released(b) {
			continue // top-level bindings live with the page; released ones are fine
		}
		f := life.File
		d := analysis.Diagnostic{
			Pos:      f.Start(a.Node),
			End:      f.End(a.Node),
			Category: runctx.Category(ruleUndisposed, severity(a)),
			Message: fmt.Sprintf("`%s` from %s is never disposed%s: call %s.dispose() after its last use or wrap the code in tf.tidy (tip 13)",
				b.Name, a.Name, growth(a), b.Name),
		}
		if fix, ok := disposeFix(life, a, b); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		pass.Report(d)
	}
}

func checkTemporary(pass *analysis.Pass, life *tensorlife.Result, a *tensorlife.Alloc) {
	if a.Ctx.Tidy || (a.Ctx.Func == nil && a.Ctx.Repeat == nil) {
		return // the tidy scope frees it; top-level code runs once
	}
	var what string
	switch a.Fate {
	case tensorlife.Chained:
		what = "the intermediate tensor from " + a.Name + " is never disposed"
	case tensorlife.Discarded:
		what = "the tensor returned by " + a.Name + " is discarded without dispose()"
	case tensorlife.ReadOnce:
		what = "the tensor from " + a.Name + " is read with " + a.Use + " and never disposed"
	case tensorlife.PassedToOp:
		what = "the tensor from " + a.Name + " is passed to " + a.Use + " and never disposed"
	case tensorlife.Sunk:
		what = "the tensor from " + a.Name + " is only used by " + a.Use + " and never disposed"
	}
	remedy := "wrap the expression in tf.tidy(() => …)"
	if a.Fate == tensorlife.Discarded {
		remedy = "dispose it, or do not compute it"
	}
	f := life.File
	d := analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleTemporary, severity(a)),
		Message:  what + growth(a) + ": " + remedy + " (tip 13)",
	}
	if fix, ok := tidyFix(life, a); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	pass.Report(d)
}

// checkOverwrite reports `v = <new tensor>` in a repeated context when v
// comes from outside it and the old tensor is not released inside it.
func checkOverwrite(pass *analysis.Pass, life *tensorlife.Result, a *tensorlife.Alloc) bool {
	r := a.Ctx.Repeat
	if r == nil || a.Ctx.Tidy || len(a.Bindings) != 1 {
		return false
	}
	b := a.Bindings[0]
	if b.Ident == nil || (r.Node.Idx0() <= b.Ident.Idx0() && b.Ident.Idx0() < r.Node.Idx1()) {
		return false // declared inside: a fresh variable each time
	}
	if life.ReleasedWithin(b, r.Node, a.Ctx.Func) {
		return false
	}
	what, unit := r.Describe()
	f := life.File
	d := analysis.Diagnostic{
		Pos:      f.Start(a.Node),
		End:      f.End(a.Node),
		Category: runctx.Category(ruleOverwritten, rules.Error),
		Message: fmt.Sprintf("`%s` is reassigned to a new tensor from %s without disposing the previous one; %s, so it leaks one tensor per %s: dispose the old value first, or keep it in a tf.variable and use %s.assign(…) (tip 13)",
			b.Name, a.Name, what, unit, b.Name),
	}
	if fix, ok := overwriteFix(life, a, b); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	pass.Report(d)
	return true
}
