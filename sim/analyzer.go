package sim

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// Analyzer runs the simulator on files that train and reports what the dry
// run found: memory-growth, model-size, shape-mismatch, batch-size,
// unquantized-model, localstorage-model and sim-incomplete. Its result is
// the *Report (nil when the file was not simulated).
var Analyzer = &analysis.Analyzer{
	Name:       "sim",
	Doc:        "dry-runs training scripts on the simulator and reports model size, memory growth and shape errors",
	URL:        "https://github.com/tfjslint/tfjslint/blob/main/sim/doc.go",
	Requires:   []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:        analyze,
	ResultType: reflect.TypeOf((*Report)(nil)),
}

const (
	// localStorageQuota is what browsers give localStorage per origin.
	localStorageQuota = 5 * 1000 * 1000
	// localStorageSmall is the weight size below which a localStorage save
	// is not reported: base64 in UTF-16 it takes well under a tenth of the
	// quota, and the model loads back at once either way.
	localStorageSmall = 256 << 10
	// unquantizedFrom is the float32 size above which saving unquantized
	// weights is worth a note (RULES.md, tip 18).
	unquantizedFrom = 1 << 20
)

func analyze(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	ctx := runctx.Of(pass)
	cfg := ctx.Config
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	if !cfg.Sim.Enabled || info.File == nil || len(info.File.Errors) > 0 {
		return (*Report)(nil), nil
	}
	file := pass.OtherFiles[0]
	// The dry run starts from the program's entry: a page runs with the
	// scripts it loads, once for all of them (ctx.Programs), and each of
	// its scripts reports what arose in it.
	entry, shared := file, false
	switch {
	case len(ctx.Pages) > 0 && ctx.Programs != nil && !ctx.NoTraining:
		entry, shared = ctx.Pages[0], true
	case info.File.Kind == jsast.HTML && len(info.File.ExternalScripts) > 0 && ctx.Programs != nil && !ctx.NoTraining:
	case info.Trains:
	default:
		return (*Report)(nil), nil
	}
	opts := Options{Steps: cfg.Sim.Steps, Timeout: cfg.Sim.Timeout}
	if entry == file {
		opts.Source = info.File.Src
	}
	if wd, err := os.Getwd(); err == nil {
		opts.Root = ProjectRoot(entry, wd)
	}
	if cfg.Path != "" {
		opts.Root = ProjectRoot(entry, cfg.Dir())
	}
	var rep *Report
	if kind, _ := jsast.KindOf(entry); kind == jsast.HTML && ctx.Programs != nil {
		rep = ctx.Programs.Do("sim\x00"+entry, func() any { return Run(entry, opts) }).(*Report)
	} else {
		rep = Run(entry, opts)
	}
	d := diagnoser{pass: pass, file: file, tok: info.File.Tok, info: info, node: pass.ResultOf[contexts.Analyzer].(*contexts.Info).Node(),
		shared: shared, scripts: rep.Scripts}
	d.report(rep, cfg)
	return rep, nil
}

// diagnoser turns report positions of this file into diagnostics.
type diagnoser struct {
	pass *analysis.Pass
	file string
	tok  *token.File
	info *tfapi.Info
	// node marks a program that runs in Node: its model-size matters only
	// for the models it saves for a browser.
	node bool
	// shared marks a script of a page whose dry run this file shares: it
	// reports only what arose in it; the page reports the rest.
	shared bool
	// scripts are the local scripts the page ran (their own passes report
	// what arose in them).
	scripts []string
}

// sameFile compares two spellings of a path.
func sameFile(a, b string) bool { return a == b || filepath.Clean(a) == filepath.Clean(b) }

// ownsElsewhere reports whether this file reports p, a position not in
// it, at a place of its own: never for a script sharing its page's run,
// nor for a position in another script of the page, which that script's
// pass reports.
func (d diagnoser) ownsElsewhere(p *Position) bool {
	if d.shared {
		return false
	}
	if p != nil {
		for _, s := range d.scripts {
			if sameFile(s, p.File) {
				return false
			}
		}
	}
	return true
}

// posOrElsewhere is the position of p in this file, or the file's fallback
// place when this file reports p from elsewhere (ok false: not reported).
func (d diagnoser) posOrElsewhere(p *Position) (token.Pos, bool) {
	if pos, ok := d.pos(p); ok {
		return pos, true
	}
	if !d.ownsElsewhere(p) {
		return token.NoPos, false
	}
	return d.fallback(), true
}

// fallback is where this file reports what arose elsewhere: its first
// training call, or for a page its first local script.
func (d diagnoser) fallback() token.Pos {
	if calls := d.trainingCalls(); len(calls) > 0 || d.info == nil {
		return d.firstTraining()
	}
	if ext := d.info.File.ExternalScripts; len(ext) > 0 {
		return d.tok.Pos(ext[0].Offset)
	}
	return d.tok.Pos(0)
}

// pos is the position of p when it is in this file; ok is false otherwise.
func (d diagnoser) pos(p *Position) (token.Pos, bool) {
	if p == nil || !sameFile(p.File, d.file) || p.Line < 1 || p.Line > d.tok.LineCount() {
		return token.NoPos, false
	}
	start := d.tok.LineStart(p.Line)
	off := d.tok.Offset(start) + p.Column - 1
	if off < 0 || off > d.tok.Size() {
		return start, true
	}
	return d.tok.Pos(off), true
}

// elsewhere names a position in another file of the program, for the
// message of a diagnostic that can only point into this file.
func (d diagnoser) elsewhere(p *Position) string {
	if p == nil || p.File == "" || sameFile(p.File, d.file) {
		return ""
	}
	name := p.File
	if rel, err := filepath.Rel(filepath.Dir(d.file), p.File); err == nil {
		name = filepath.ToSlash(rel)
	}
	return fmt.Sprintf(" (at %s:%d)", name, p.Line)
}

// saved reports a model the run saves (model.save).
func saved(rep *Report, name string) bool {
	for _, s := range rep.Saves {
		if s.Model == name {
			return true
		}
	}
	return false
}

// posOrStart falls back to the start of the file.
func (d diagnoser) posOrStart(p *Position) token.Pos {
	if pos, ok := d.pos(p); ok {
		return pos
	}
	return d.tok.Pos(0)
}

func (d diagnoser) emit(pos token.Pos, rule string, sev rules.Severity, format string, args ...any) {
	d.pass.Report(analysis.Diagnostic{Pos: pos, Category: runctx.Category(rule, sev), Message: fmt.Sprintf(format, args...)})
}

func (d diagnoser) report(rep *Report, cfg *rules.Config) {
	for _, l := range rep.Leaks {
		if l.Event != "" {
			d.eventLeak(l)
			continue
		}
		if pos, ok := d.pos(&Position{File: l.File, Line: l.Line, Column: l.Column}); ok {
			d.emit(pos, "memory-growth", rules.Off, "%s allocates tensors that are never freed: %s; dispose them or wrap the step in tf.tidy (tip 13)",
				l.Op, growthText(l))
		}
	}
	for _, m := range rep.Models {
		// Download size is what the budget bounds: a model reaches users
		// when it is saved, or (on a page) loaded from a model file; one
		// built in the page and trained on a few examples there is never
		// downloaded, and a Node program's reaches no browser unless saved.
		if !saved(rep, m.Name) && (d.node || !m.Loaded) {
			continue
		}
		if pos, ok := d.posOrElsewhere(m.At); ok && m.WeightBytes > cfg.Budgets.ModelSize {
			d.emit(pos, "model-size", rules.Off, "model %s%s has %s of float32 weights (%s params), over the %s budget; largest layers: %s (tip 1)",
				m.Name, d.elsewhere(m.At), Bytes(m.WeightBytes), thousands(int64(m.Params)), Bytes(cfg.Budgets.ModelSize), largestLayers(m, 3))
		}
	}
	for _, e := range rep.ShapeErrors {
		pos, ok := d.posOrElsewhere(e.At)
		if !ok {
			continue
		}
		d.emit(pos, "shape-mismatch", rules.Off, "the dry run stops here%s with a shape error: %s", d.elsewhere(e.At), e.Message)
	}
	if pos, ok := d.posOrElsewhere(rep.PeakStepAt); ok && rep.PeakStepBytes > cfg.Budgets.StepMemory {
		d.emit(pos, "batch-size", rules.Off, "one training step needs %s for activations and gradients, over the %s step-memory budget: use a smaller batch (tip 15)",
			Bytes(rep.PeakStepBytes), Bytes(cfg.Budgets.StepMemory))
	}
	for _, s := range rep.Saves {
		pos, ok := d.posOrElsewhere(s.At)
		if !ok {
			continue
		}
		m := modelNamed(rep, s.Model)
		if strings.HasPrefix(s.Destination, "localstorage://") && s.WeightBytes >= localStorageSmall {
			if s.WeightBytes > localStorageQuota {
				d.emit(pos, "localstorage-model", rules.Error, "model %s has %s of weights, over localStorage's ~5 MB quota: this save will fail; use indexeddb:// (tips 9, 16)", s.Model, Bytes(s.WeightBytes))
			} else {
				d.emit(pos, "localstorage-model", rules.Off, "localStorage holds ~5 MB per origin and model %s already takes %s of it; use indexeddb:// (tips 9, 16)", s.Model, Bytes(s.WeightBytes))
			}
		}
		if s.WeightBytes > unquantizedFrom && m != nil {
			d.emit(pos, "unquantized-model", rules.Off, "model %s is saved as %s of float32 weights; the converter's --quantize_uint8 gives %s and --quantize_float16 %s (tip 18)",
				s.Model, Bytes(s.WeightBytes), Bytes(m.Uint8Bytes), Bytes(m.Float16Bytes))
		}
	}
	// Reaching the step budget is how a dry run of a training script
	// normally ends, not a gap in what it measured.
	if rep.Incomplete != nil && len(rep.ShapeErrors) == 0 && !rep.StepBudget {
		pos, ok := d.pos(rep.IncompleteAt)
		where := ""
		if !ok && d.ownsElsewhere(rep.IncompleteAt) {
			// Not in this file, or not known: the note goes to the
			// file's first training call, never to its first byte.
			pos, where, ok = d.fallback(), d.elsewhere(rep.IncompleteAt), true
		}
		if ok {
			d.emit(pos, "sim-incomplete", rules.Off, "the dry run stopped early%s: %s; it ran %s", where, *rep.Incomplete, rep.Ran)
		}
	}
	if rep.Incomplete == nil && len(rep.Steps) == 0 && len(rep.ShapeErrors) == 0 {
		d.trainedNothing(rep)
	}
	if rep.Ran.Readbacks > 0 && d.info != nil {
		const maxConditions = 5
		for i, c := range valueDependentConditions(d.info) {
			if i == maxConditions {
				break
			}
			d.emit(c.Pos, "sim-incomplete", rules.Off, "the dry run cannot follow this %s condition: it reads %s, a value read back from a tensor; "+
				"the dry run's readbacks are placeholders (deterministic, not the values real training computes), so the path it took here may not be the real one",
				c.Kind, c.What)
		}
	}
}

// smallEventGrowth is the growth per UI event below which a leak is info:
// 4 KiB a click is 4 MB after a thousand clicks.
const smallEventGrowth = 4096

// smallRetrainGrowth is the same for a handler that trains more than one
// step per click (a "Train" button): users click it a few times, each click waits for a training,
// so what the handler keeps per click in all (an old model, its data) is
// a warning only from 1 MB.
const smallRetrainGrowth = 1 << 20

// eventLeak reports a site that grows from one firing of a UI handler to
// the next: at the allocation when it is in this file, or else at the
// handler's registration.
func (d diagnoser) eventLeak(l Leak) {
	what := fmt.Sprintf("%s tensors (%s bytes) more after every %s on %s", signedF(l.TensorsPerStep), signedF(l.BytesPerStep), l.Event, l.Target)
	handler := ""
	if h := l.HandlerAt; h != nil {
		name := h.File
		if rel, err := filepath.Rel(filepath.Dir(d.file), h.File); err == nil {
			name = filepath.ToSlash(rel)
		}
		handler = fmt.Sprintf(" (the handler registered at %s:%d)", name, h.Line)
	}
	site := &Position{File: l.File, Line: l.Line, Column: l.Column}
	// A warning, not an error: per event, not per step, and a page may keep
	// what a click makes on purpose (examples to train on). A few KB per
	// click stay small for any number of clicks a user makes: info.
	sev := rules.Warning
	if l.BytesPerStep < smallEventGrowth || l.Retrain && l.HandlerBytes < smallRetrainGrowth || l.Kept {
		sev = rules.Info
	}
	if l.Model {
		what = fmt.Sprintf("%s tensors (%s bytes) of weights and optimizer state more after every %s on %s", signedF(l.TensorsPerStep), signedF(l.BytesPerStep), l.Event, l.Target)
		if pos, ok := d.pos(site); ok {
			d.emit(pos, "memory-growth", sev, "the model built here by %s is built again and the previous one never disposed: %s%s; "+
				"dispose the old model before building the next, or build it once (tip 13)", l.Op, what, handler)
			return
		}
	}
	if pos, ok := d.pos(site); ok {
		if l.Kept {
			d.emit(pos, "memory-growth", sev, "%s allocates tensors the page keeps: %s%s, all still held by the page's variables (an array of examples, a global, a cache); dispose them once the page is done with them (tip 13)",
				l.Op, what, handler)
			return
		}
		d.emit(pos, "memory-growth", sev, "%s allocates tensors that are never freed: %s%s; dispose them when the handler is done with them, unless the page keeps them on purpose (tip 13)",
			l.Op, what, handler)
		return
	}
	if pos, ok := d.pos(l.HandlerAt); ok && d.ownsElsewhere(site) {
		d.emit(pos, "memory-growth", sev, "every %s on %s leaves tensors behind: %s at %s%s grows by %s; dispose them when the handler is done with them (tip 13)",
			l.Event, l.Target, l.Op, filepath.Base(l.File), fmt.Sprintf(":%d", l.Line), what)
	}
}

// trainingCalls are the file's training calls (fit, fitDataset,
// trainOnBatch, minimize, applyGradients), in source order.
func (d diagnoser) trainingCalls() []tfapi.Call {
	var out []tfapi.Call
	if d.info == nil {
		return nil
	}
	for _, c := range d.info.Calls {
		if c.API.Train {
			out = append(out, c)
		}
	}
	return out
}

// firstTraining is the position of the file's first training call, or of
// the file's start when it has none.
func (d diagnoser) firstTraining() token.Pos {
	if calls := d.trainingCalls(); len(calls) > 0 {
		return d.info.File.Start(calls[0].Node)
	}
	return d.tok.Pos(0)
}

// trainedNothing reports a run that ended without an optimizer step: at the
// first training call it never reached, with the function that holds it.
func (d diagnoser) trainedNothing(rep *Report) {
	f := d.info.File
	for _, c := range d.trainingCalls() {
		start, end := f.Span(c.Node)
		first, last := d.tok.Line(start), d.tok.Line(end)
		reached := false
		for _, p := range rep.Reached {
			if sameFile(p.File, d.file) && p.Line >= first && p.Line <= last {
				reached = true
			}
		}
		if reached {
			continue
		}
		why := "the script ran to its end without reaching it"
		fn, external := enclosingFunction(d.info, c.Node)
		if external && !d.shared {
			// Another file of the program (a page's other script, an
			// importer) may call it: the dry run of this file alone
			// cannot tell.
			return
		}
		if fn != "" {
			why = "it is in " + fn + ", which nothing called during the run"
		}
		d.emit(start, "sim-incomplete", rules.Off, "the dry run trained nothing: this %s call never ran (%s); it ran %s",
			c.API.Name, why, rep.Ran)
		return
	}
	// Every training call ran and none stepped (all returned early).
	d.emit(d.firstTraining(), "sim-incomplete", rules.Off, "the dry run trained nothing: the training calls ran but made no optimizer step; it ran %s", rep.Ran)
}

// enclosingFunction names the innermost function around n: "function
// train", "method onTrainClick", "a callback passed to addEventListener",
// "the function assigned to button.onclick"; "" at the top level.
// external reports a function other files may call: a named function this
// file never refers to (a page global, an export) or a method.
func enclosingFunction(info *tfapi.Info, n ast.Node) (name string, external bool) {
	f := info.File
	for p := f.Parent(n); p != nil; p = f.Parent(p) {
		switch fn := p.(type) {
		case *ast.FunctionLiteral:
			if fn.Name != nil {
				return "function " + fn.Name.Name.String(), unreferenced(info, fn.Name)
			}
			return describeAnonymous(info, fn)
		case *ast.ArrowFunctionLiteral:
			return describeAnonymous(info, fn)
		}
	}
	return "", false
}

// unreferenced reports a declared name nothing in the file refers to.
func unreferenced(info *tfapi.Info, id *ast.Identifier) bool {
	b := info.Scope.Defs[id]
	return b == nil || len(b.Refs) == 0
}

// describeAnonymous names a function literal by what it is given to.
func describeAnonymous(info *tfapi.Info, fn ast.Node) (string, bool) {
	f := info.File
	switch p := f.Parent(fn).(type) {
	case *ast.FunctionDeclaration:
		if p.Function.Name != nil {
			return "function " + p.Function.Name.Name.String(), unreferenced(info, p.Function.Name)
		}
	case *ast.MethodDefinition:
		return "method " + f.Text(p.Key), true
	case *ast.PropertyKeyed:
		return "method " + f.Text(p.Key), true
	case *ast.Binding:
		if id, ok := p.Target.(*ast.Identifier); ok {
			return "function " + id.Name.String(), unreferenced(info, id)
		}
	case *ast.AssignExpression:
		return "the function assigned to " + f.Text(p.Left), false
	case *ast.CallExpression:
		callee := f.Text(p.Callee)
		if dot, ok := p.Callee.(*ast.DotExpression); ok {
			callee = dot.Identifier.Name.String()
		}
		return "a callback passed to " + callee, false
	}
	return "an anonymous function", false
}

func modelNamed(rep *Report, name string) *Model {
	for i := range rep.Models {
		if rep.Models[i].Name == name {
			return &rep.Models[i]
		}
	}
	return nil
}

// largestLayers names the n layers with the most parameters.
func largestLayers(m Model, n int) string {
	layers := slices.Clone(m.Layers)
	slices.SortStableFunc(layers, func(a, b Layer) int { return b.Params - a.Params })
	var parts []string
	for _, l := range layers[:min(n, len(layers))] {
		if l.Params > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s params)", l.Name, thousands(int64(l.Params))))
		}
	}
	return strings.Join(parts, ", ")
}

// growthText says how fast a site grows: per step, or one tensor every
// few steps for sites that leak once per epoch.
func growthText(l Leak) string {
	if l.TensorsPerStep >= 1 {
		return fmt.Sprintf("%s tensors (%s bytes) more after every training step", signedF(l.TensorsPerStep), signedF(l.BytesPerStep))
	}
	if l.Tensors <= 0 {
		return "more tensors as training goes on"
	}
	every := (l.Steps + l.Tensors/2) / l.Tensors
	if every <= 1 {
		return fmt.Sprintf("about one more tensor (%s) every training step", Bytes(l.Bytes/int64(l.Tensors)))
	}
	return fmt.Sprintf("one more tensor (%s) every %d training steps", Bytes(l.Bytes/int64(l.Tensors)), every)
}
