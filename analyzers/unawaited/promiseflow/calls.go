package promiseflow

import (
	"regexp"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// Call is a call of a promise-returning or training tfjs method.
type Call struct {
	Node *ast.CallExpression
	// Method is the method name: fit, fitDataset, trainOnBatch, save, data,
	// array, minimize or applyGradients.
	Method string
	// Receiver is the object the method is called on (an optional chain's
	// `?.` unwrapped).
	Receiver ast.Expression
	// Resolved reports that tfapi knows the receiver's class; otherwise the
	// call was recognised by the shape of its arguments.
	Resolved bool
}

// IsFit reports fit and fitDataset.
func (c Call) IsFit() bool { return c.Method == "fit" || c.Method == "fitDataset" }

// Async reports a method that returns a Promise (all but minimize and applyGradients).
func (c Call) Async() bool { return c.Method != "minimize" && c.Method != "applyGradients" }

// resolvedPromise maps the tfapi names of the promise-returning methods the
// rules track to their method names.
var resolvedPromise = map[string]string{
	"LayersModel.fit":          "fit",
	"LayersModel.fitDataset":   "fitDataset",
	"LayersModel.trainOnBatch": "trainOnBatch",
	"LayersModel.save":         "save",
	"GraphModel.save":          "save",
	"Tensor.data":              "data",
	"Tensor.array":             "array",
}

var resolvedSyncTraining = map[string]string{
	"Optimizer.minimize":       "minimize",
	"Optimizer.applyGradients": "applyGradients",
}

// saveURL matches the URL schemes of tfjs's built-in save handlers.
var saveURL = regexp.MustCompile(`(?i)^(localstorage|indexeddb|downloads|http|https|file)://`)

// PromiseCall recognises fit, fitDataset, trainOnBatch and save on a tfjs
// model, and data and array on a tfjs tensor. Models are those tfapi
// resolves, or — in a file that uses tfjs — any receiver tfapi cannot type
// (a parameter, this.model) when the arguments look like training: fit with
// at least two arguments, fitDataset with at least one, trainOnBatch with
// two (each also needing trainingEvidence), save with a tfjs URL
// (indexeddb://, downloads://, …) or a tf.io handler. Receivers known to be
// something else are skipped (see foreign). data and array count only on
// resolved tensors.
func (fl *Flow) PromiseCall(call *ast.CallExpression) (Call, bool) {
	dot, recv := member(call)
	if dot == nil {
		return Call{}, false
	}
	if api, ok := fl.resolve(call, dot, recv); ok {
		if m, ok := resolvedPromise[api.Name]; ok {
			return Call{Node: call, Method: m, Receiver: recv, Resolved: true}, true
		}
		return Call{}, false
	}
	method := dot.Identifier.Name.String()
	switch method {
	case "fit", "fitDataset", "trainOnBatch", "save":
	default:
		return Call{}, false
	}
	if !fl.untypedModel(call, recv, method) {
		return Call{}, false
	}
	args := call.ArgumentList
	ok := false
	switch method {
	case "fit":
		ok = (len(args) >= 2 || hasSpread(args)) && fl.trainingEvidence(call, jsast.Arg(args, 2))
	case "fitDataset":
		ok = len(args) >= 1 && fl.trainingEvidence(call, jsast.Arg(args, 1))
	case "trainOnBatch":
		ok = (len(args) == 2 || hasSpread(args)) && fl.trainingEvidence(call, nil)
	case "save":
		ok = len(args) >= 1 && fl.saveTarget(args[0], 0)
	}
	if !ok {
		return Call{}, false
	}
	return Call{Node: call, Method: method, Receiver: recv}, true
}

// fitConfigKeys are the options of tfjs's fit and fitDataset.
var fitConfigKeys = []string{
	"epochs", "batchSize", "callbacks", "validationSplit", "validationData", "shuffle", "verbose", "yieldEvery",
	"initialEpoch", "classWeight", "sampleWeight", "stepsPerEpoch", "validationSteps", "validationBatchSize", "batchesPerEpoch",
}

// trainingEvidence decides whether a training-shaped call on an untyped
// receiver is tfjs's: its config object names a tfjs fit option
// ({epochs: 10}), it is made in an async function (where a promise is
// expected), or the file builds, loads or trains tfjs models anywhere. A
// synchronous fit(x, y, options) in a file whose only tfjs is
// tf.util/tf.tensor is a scikit-style estimator.
func (fl *Flow) trainingEvidence(call *ast.CallExpression, config ast.Expression) bool {
	if config != nil {
		if obj := fl.Eval().Object(config); obj != nil {
			for _, k := range fitConfigKeys {
				if constant.Property(obj, k) != nil {
					return true
				}
			}
		}
	}
	if fn := fl.enclosingFunc(call); fn != nil && jsast.IsAsync(fn) {
		return true
	}
	return fl.modelEvidence()
}

// modelEvidence reports a file that uses tfjs models: it trains, or calls
// an API that makes or uses models, layers, optimizers, datasets or
// callbacks.
func (fl *Flow) modelEvidence() bool {
	if fl.evidence == 0 {
		fl.evidence = -1
		if fl.TF.Trains {
			fl.evidence = 1
		}
		for _, c := range fl.TF.Calls {
			switch c.API.Result {
			case tfapi.KindModel, tfapi.KindLayer, tfapi.KindOptimizer, tfapi.KindDataset, tfapi.KindCallback:
				fl.evidence = 1
			}
			switch tfapi.ClassKind(c.API.Class) {
			case tfapi.KindModel, tfapi.KindLayer:
				fl.evidence = 1
			}
			if fl.evidence == 1 {
				break
			}
		}
	}
	return fl.evidence == 1
}

// TrainingCall recognises the calls that train: fit, fitDataset and
// trainOnBatch as PromiseCall does, Optimizer.minimize and applyGradients
// on resolved optimizers, and minimize with a function as first argument
// on an untyped receiver in a file that uses tfjs.
func (fl *Flow) TrainingCall(call *ast.CallExpression) (Call, bool) {
	if c, ok := fl.PromiseCall(call); ok {
		if c.Method == "fit" || c.Method == "fitDataset" || c.Method == "trainOnBatch" {
			return c, true
		}
		return Call{}, false
	}
	dot, recv := member(call)
	if dot == nil {
		return Call{}, false
	}
	if api, ok := fl.resolve(call, dot, recv); ok {
		if m, ok := resolvedSyncTraining[api.Name]; ok {
			return Call{Node: call, Method: m, Receiver: recv, Resolved: true}, true
		}
		return Call{}, false
	}
	if dot.Identifier.Name != "minimize" || len(call.ArgumentList) == 0 || !fl.untypedModel(call, recv, "minimize") {
		return Call{}, false
	}
	if fl.LocalFunction(call.ArgumentList[0]) == nil && !jsast.IsFunction(call.ArgumentList[0]) {
		return Call{}, false
	}
	return Call{Node: call, Method: "minimize", Receiver: recv}, true
}

// resolve returns the tfjs API of a method call: tfapi's answer, or for
// an optional call (model?.fit(…), which tfapi does not type) the method
// of the receiver's class.
func (fl *Flow) resolve(call *ast.CallExpression, dot *ast.DotExpression, recv ast.Expression) (tfapi.API, bool) {
	if api, ok := fl.TF.API(call); ok {
		return api, true
	}
	if ast.Node(recv) == ast.Node(dot.Left) {
		return tfapi.API{}, false
	}
	if cls := fl.TF.ClassOf(recv); cls != "" {
		return tfapi.Method(cls, dot.Identifier.Name.String())
	}
	return tfapi.API{}, false
}

// member splits a method call into its callee and receiver.
func member(call *ast.CallExpression) (*ast.DotExpression, ast.Expression) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok {
		return nil, nil
	}
	return dot, jsast.UnwrapOptional(dot.Left)
}

// untypedModel reports whether recv may be a tfjs model the resolver cannot
// see: the file uses tfjs, tfapi gives the receiver no class and no tfjs
// name, and it is not an instance of a class known not to define an async
// method of that name.
func (fl *Flow) untypedModel(call *ast.CallExpression, recv ast.Expression, method string) bool {
	if !fl.TF.UsesTF || fl.TF.ClassOf(recv) != "" || fl.TF.Name(recv) != "" {
		return false
	}
	return !fl.foreign(recv, method)
}

func hasSpread(args []ast.Expression) bool {
	for _, a := range args {
		if _, ok := a.(*ast.SpreadElement); ok {
			return true
		}
	}
	return false
}

// saveTarget reports a save destination of tfjs: a URL with one of its
// schemes (a constant string, or a template or concatenation starting with
// one) or a tf.io handler (tf.io.browserHTTPRequest(…), tf.io.withSaveHandler(…)).
func (fl *Flow) saveTarget(e ast.Expression, depth int) bool {
	if depth > 8 {
		return false
	}
	if s, ok := fl.Eval().String(e); ok {
		return saveURL.MatchString(s)
	}
	switch x := e.(type) {
	case *ast.TemplateLiteral:
		return x.Tag == nil && len(x.Elements) > 0 && saveURL.MatchString(x.Elements[0].Parsed.String())
	case *ast.BinaryExpression:
		return x.Operator == token.PLUS && fl.saveTarget(x.Left, depth+1)
	case *ast.CallExpression:
		api, ok := fl.TF.API(x)
		return ok && strings.HasPrefix(api.Name, "tf.io.")
	case *ast.Identifier:
		if b := fl.TF.Scope.ObjectOf(x); b != nil && b.Stable() && b.Init != nil {
			return fl.saveTarget(b.Init, depth+1)
		}
	}
	return false
}

// foreign reports a receiver known not to be a tfjs model for method: an
// instance (`this` in a class body, or a variable initialised with `new C(…)`)
// of a class of this file whose method is synchronous and returns no
// promise, or of a class from elsewhere that is not tfjs (`new KMeans()`),
// or a module from require() that is not tfjs.
func (fl *Flow) foreign(recv ast.Expression, method string) bool {
	switch x := recv.(type) {
	case *ast.ThisExpression:
		if cl := fl.thisClass(x); cl != nil {
			return !fl.classMethodAsync(cl, method, 0)
		}
	case *ast.Identifier:
		b := fl.TF.Scope.ObjectOf(x)
		if b == nil || !b.Stable() || b.Init == nil {
			return false
		}
		init := b.Init
		if aw, ok := init.(*ast.AwaitExpression); ok {
			init = aw.Argument
		}
		switch in := init.(type) {
		case *ast.NewExpression:
			if _, ok := fl.TF.API(in); ok {
				return false
			}
			if cl := fl.localClass(in.Callee); cl != nil {
				return !fl.classMethodAsync(cl, method, 0)
			}
			return true
		case *ast.CallExpression:
			if id, ok := in.Callee.(*ast.Identifier); ok && id.Name == "require" && fl.TF.Scope.IsFree(id) && fl.TF.Name(in) == "" {
				return true
			}
		}
	}
	return false
}

// thisClass returns the class whose instance `this` is at n: the nearest
// enclosing class method or field, seen through arrow functions.
func (fl *Flow) thisClass(n ast.Node) *ast.ClassLiteral {
	for p := fl.Parent(n); p != nil; p = fl.Parent(p) {
		switch x := p.(type) {
		case *ast.FunctionLiteral:
			if _, ok := fl.Parent(x).(*ast.MethodDefinition); !ok {
				return nil // a plain function has its own this
			}
		case *ast.ClassLiteral:
			return x
		}
	}
	return nil
}

// localClass resolves an identifier to a class declared in this file.
func (fl *Flow) localClass(e ast.Expression) *ast.ClassLiteral {
	id, ok := e.(*ast.Identifier)
	if !ok {
		return nil
	}
	b := fl.TF.Scope.ObjectOf(id)
	if b == nil {
		return nil
	}
	if cl, ok := b.Decl.(*ast.ClassLiteral); ok && b.Kind == jsast.ClassName {
		return cl
	}
	if b.Stable() {
		if cl, ok := b.Init.(*ast.ClassLiteral); ok {
			return cl
		}
	}
	return nil
}

// classMethodAsync reports whether instances of cl have a method that
// returns a promise: an async method, one that returns a fit/save/then
// chain or a new Promise, or an inherited method of a tfjs model class.
func (fl *Flow) classMethodAsync(cl *ast.ClassLiteral, method string, depth int) bool {
	if depth > 8 {
		return false
	}
	if m := jsast.ClassMethod(cl, method); m != nil {
		return m.Body != nil && (m.Body.Async || fl.returnsPromise(m.Body))
	}
	if cl.SuperClass == nil {
		return false
	}
	switch fl.TF.Name(cl.SuperClass) {
	case "tf.LayersModel", "tf.Sequential":
		return true
	}
	if super := fl.localClass(cl.SuperClass); super != nil {
		return fl.classMethodAsync(super, method, depth+1)
	}
	return false
}

// returnsPromise reports a function with a `return` of a promise-looking
// call directly in its body: a .fit/.fitDataset/.trainOnBatch/.save/.then
// chain, or new Promise(…).
func (fl *Flow) returnsPromise(fn *ast.FunctionLiteral) bool {
	found := false
	fl.eachIn(fn, func(n ast.Node) {
		r, ok := n.(*ast.ReturnStatement)
		if !ok || found || fl.enclosingFunc(r) != ast.Node(fn) {
			return
		}
		switch a := jsast.UnwrapOptional(r.Argument).(type) {
		case *ast.CallExpression:
			if dot, _ := member(a); dot != nil {
				switch dot.Identifier.Name {
				case "fit", "fitDataset", "trainOnBatch", "save", "then", "catch", "finally":
					found = true
				}
			}
		case *ast.NewExpression:
			if id, ok := a.Callee.(*ast.Identifier); ok && id.Name == "Promise" {
				found = true
			}
		}
	})
	return found
}
