package tensorlife

import (
	"reflect"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:       "tensorlife",
	Doc:        "follows each tensor a file creates to its release, escape or leak",
	Run:        run,
	Requires:   []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	ResultType: reflect.TypeOf((*Result)(nil)),
	FactTypes:  []analysis.Fact{new(Producers)},
}

// Fate is what happens to a tensor value.
type Fate int

const (
	Released   Fate = iota // disposed, returned, kept, made in tidy, or handed to someone else
	Bound                  // held by local variables: see Alloc.Bindings and Result.Released
	Discarded              // an expression statement drops it
	Chained                // the receiver of an op that makes another tensor
	ReadOnce               // read (dataSync(), data(), print(), .shape) and dropped
	PassedToOp             // an argument of a tfjs op, which does not take ownership
	Sunk                   // used only by a non-owning sink (console.log, a template)
)

// Alloc is one expression that creates a tensor.
type Alloc struct {
	Node ast.Expression   // the call, new or await expression
	Name string           // how messages name the producer: "tf.browser.fromPixels", "model.predict", "preprocess()"
	Ctx  contexts.Context // as the memory rules see it (contexts.Context.ForLeaks)
	Fate Fate
	// Use names the consumer for ReadOnce, PassedToOp and Sunk: "dataSync()", "tf.add", "console.log".
	Use string
	// Bindings are the variables a Bound tensor is held by (several when destructured).
	Bindings []*jsast.Binding
	// Assign is the assignment that binds it, when not a declaration.
	Assign *ast.AssignExpression
	// Field is the class field (this.X, annotated as a tensor) a Released
	// tensor is stored in: see Result.FieldReleased.
	Field *ast.DotExpression
	// Stack is the path from the root to Node.
	Stack []ast.Node
	// Model marks a loaded model (`await tf.loadLayersModel(…)`): it holds
	// every weight tensor of the model until model.dispose().
	Model bool
}

// Result is the tensorlife result for one file.
type Result struct {
	File   *jsast.File
	TF     *tfapi.Info
	Ctx    *contexts.Info
	Allocs []*Alloc
	// TFName is the local name of the tfjs namespace, for fixes ("" if none).
	TFName string

	refs     map[*jsast.Binding][]ref
	producer map[ast.Node]string   // local functions whose every return makes a tensor -> name
	imported map[string]*Producers // file -> the producers it exports
	async    map[ast.Node]bool     // producers that are async: their tensor comes through await

	params      map[*jsast.Binding][][]ast.Node // stacks of the reads of local functions' parameters
	paramMemo   map[*jsast.Binding]paramState
	methodNames map[ast.Node]string       // method body -> "this.name"
	globals     map[string]*jsast.Binding // made-up bindings of implicit globals (implicitGlobal)
	tensorVars  map[*jsast.Binding]bool   // stable variables initialized with a tensor this file makes
	fieldReads  map[fieldKey][]fieldRead  // reads of the tensor fields of Alloc.Field
	ev          *constant.Evaluator       // folds the sizes a resize or reshape names
	sizes       map[string][2]int         // a page's elements by id -> width, height attributes (lazily)
}

type paramState int

const (
	paramUnknown paramState = iota
	paramComputing
	paramReleases
	paramKeeps
)

// ref is one read of a followed binding, with its fate: fate counts a read
// from a closure as a hand-over, direct is what the read itself does.
type ref struct {
	id     *ast.Identifier
	fate   Fate
	direct Fate
	stack  []ast.Node
}

func run(pass *analysis.Pass) (any, error) {
	r := compute(pass.ResultOf[tfapi.Analyzer].(*tfapi.Info), pass.ResultOf[contexts.Analyzer].(*contexts.Info), importedProducers(pass))
	if r.TF.UsesTF {
		fact := &Producers{Names: r.exportProducers()}
		if runctx.Of(pass).Classic {
			fact.Globals = r.globalProducers()
		}
		if len(fact.Names) > 0 || len(fact.Globals) > 0 {
			pass.ExportPackageFact(fact)
		}
	}
	return r, nil
}

// Released reports whether some read of b releases the tensor it holds.
func (r *Result) Released(b *jsast.Binding) bool {
	for _, x := range r.refs[b] {
		if releases(x.fate) {
			return true
		}
	}
	return false
}

// ReleasedWithin reports a read of b inside node n that releases it, when
// the code of n runs in function fn: reads made by fn itself count for what
// they do, reads from closures inside it as a hand-over.
func (r *Result) ReleasedWithin(b *jsast.Binding, n ast.Node, fn ast.Node) bool {
	for _, x := range r.refs[b] {
		if n.Idx0() > x.id.Idx0() || x.id.Idx0() >= n.Idx1() {
			continue
		}
		f := x.fate
		if contexts.BoundaryFunc(x.stack) == fn {
			f = x.direct
		}
		if releases(f) {
			return true
		}
	}
	return false
}

// Refs returns the identifiers that read b, in source order.
func (r *Result) Refs(b *jsast.Binding) []*ast.Identifier {
	var out []*ast.Identifier
	for _, x := range r.refs[b] {
		out = append(out, x.id)
	}
	return out
}

func releases(f Fate) bool { return f == Released || f == Bound }

// Escapes reports a read of b that hands its tensor on (returns it, stores
// it, passes it to code tfjslint cannot see) rather than disposing it or
// using it on the spot: a tf.tidy around its code would free a tensor
// someone else still holds.
func (r *Result) Escapes(b *jsast.Binding) bool {
	for _, x := range r.refs[b] {
		if x.fate == Released && !disposal(x.stack) {
			return true
		}
	}
	return false
}

// disposal reports a read that disposes: x.dispose(), tf.dispose(x) or
// x inside the array or object given to tf.dispose.
func disposal(stack []ast.Node) bool {
	n := len(stack)
	if n < 2 {
		return false
	}
	if dot, ok := stack[n-2].(*ast.DotExpression); ok && dot.Identifier.Name == "dispose" {
		call, ok := stack[max(n-3, 0)].(*ast.CallExpression)
		return n >= 3 && ok && call.Callee == dot // x.dispose without a call frees nothing
	}
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if call, ok := stack[i].(*ast.CallExpression); ok {
			if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "dispose" {
				return true
			}
			if id, ok := call.Callee.(*ast.Identifier); ok && id.Name == "dispose" {
				return true
			}
			return false
		}
	}
	return false
}

// AllocsIn returns the allocations whose expression starts in [from, to).
func (r *Result) AllocsIn(from, to int) []*Alloc {
	var out []*Alloc
	for _, a := range r.Allocs {
		if off := r.File.Offset(a.Node.Idx0()); from <= off && off < to {
			out = append(out, a)
		}
	}
	return out
}
