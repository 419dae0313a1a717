package tensorlife

import (
	"slices"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"

	"github.com/tfjslint/tfjslint/jsast"
)

// smallElements is how many elements a tensor may have and still count as
// small: a leak of a few of them per click costs a few bytes.
const smallElements = 16

// literalTensors take their values as the first argument.
var literalTensors = map[string]bool{
	"tf.tensor": true, "tf.tensor1d": true, "tf.tensor2d": true, "tf.tensor3d": true, "tf.tensor4d": true,
	"tf.tensor5d": true, "tf.tensor6d": true,
}

// shapedTensors take their shape as the first argument.
var shapedTensors = map[string]bool{
	"tf.zeros": true, "tf.ones": true, "tf.fill": true, "tf.randomNormal": true, "tf.randomUniform": true,
	"tf.truncatedNormal": true,
}

// growers are ops whose result may be much larger than their inputs.
var growers = map[string]bool{
	"matMul": true, "outerProduct": true, "tile": true, "pad": true, "oneHot": true, "concat": true, "stack": true,
	"resizeBilinear": true, "resizeNearestNeighbor": true, "conv2dTranspose": true, "broadcastTo": true,
}

// through follows e to the expression it stands for: the argument of an
// await, the initializer of a never reassigned variable (not a parameter).
// It returns nil when it cannot.
func (r *Result) through(e ast.Expression) ast.Expression {
	switch x := e.(type) {
	case *ast.AwaitExpression:
		return x.Argument
	case *ast.Identifier:
		b := r.TF.Scope.ObjectOf(x)
		if b == nil || b.Kind == jsast.Param || !b.Stable() {
			return nil
		}
		return b.Init
	}
	return nil
}

// opName names a call for the size estimates: the tfjs API name when it
// resolves, else the method name; "" for other calls.
func (r *Result) opName(x *ast.CallExpression) string {
	if api, ok := r.TF.API(x); ok {
		return api.Name
	}
	if dot, ok := x.Callee.(*ast.DotExpression); ok {
		return dot.Identifier.Name.String()
	}
	return ""
}

// Small reports a tensor expression the file shows to hold at most a few
// elements: built from a short literal (tf.scalar(3), tf.tensor2d([[x]])),
// a literal small shape, or ops on such tensors only.
func (r *Result) Small(e ast.Expression) bool { return r.small(e, 0) }

func (r *Result) small(e ast.Expression, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.AwaitExpression, *ast.Identifier:
		return r.small(r.through(x), depth+1)
	case *ast.CallExpression:
		name := r.opName(x)
		switch {
		case name == "":
			return false
		case name == "tf.scalar":
			return true
		case literalTensors[name]:
			// Few literal values, or a literal shape of few elements
			// (tf.tensor4d(input.value.split(','), [1, 4, 4, 1])).
			return len(x.ArgumentList) > 0 && (literalElements(x.ArgumentList[0], 0) <= smallElements ||
				(len(x.ArgumentList) > 1 && shapeProduct(x.ArgumentList[1]) <= smallElements))
		case shapedTensors[name]:
			return len(x.ArgumentList) > 0 && literalElements(x.ArgumentList[0], 0) <= smallElements && shapeProduct(x.ArgumentList[0]) <= smallElements
		case growers[name[strings.LastIndex(name, ".")+1:]]:
			return false
		}
		var inputs []ast.Expression
		if dot, ok := x.Callee.(*ast.DotExpression); ok && !strings.HasPrefix(name, "tf.") {
			// A method: a tensor receiver is an input; a model's is not.
			k := r.TF.KindOf(dot.Left)
			_, predicts := predictMethods[dot.Identifier.Name.String()]
			if k.IsTensorish() || r.isTensorArg(dot.Left) || (k == tfapi.KindOther && !predicts) {
				inputs = append(inputs, dot.Left)
			}
		}
		for _, a := range x.ArgumentList {
			if k := r.TF.KindOf(a); k.IsTensorish() || r.isTensorArg(a) {
				inputs = append(inputs, a)
			}
		}
		if len(inputs) == 0 {
			return false
		}
		for _, in := range inputs {
			if !r.small(in, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// isTensorArg reports an argument tensorlife itself knows to be a tensor.
func (r *Result) isTensorArg(e ast.Expression) bool {
	if id, ok := e.(*ast.Identifier); ok {
		return r.tensorVars[r.TF.Scope.ObjectOf(id)]
	}
	_, ok := r.produces(e)
	return ok
}

// literalElements counts the leaves of a literal (nested) array; a plain
// number or name is one element; anything else is many.
func literalElements(e ast.Expression, depth int) int {
	if depth > 6 {
		return smallElements + 1
	}
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		n := 0
		for _, v := range x.Value {
			n += literalElements(v, depth+1)
		}
		return n
	case *ast.NumberLiteral, *ast.UnaryExpression, *ast.BooleanLiteral:
		return 1
	case *ast.Identifier, *ast.DotExpression, *ast.CallExpression, *ast.BinaryExpression:
		if depth > 0 {
			return 1 // an element computed from a value: [[Number(input.value)]]
		}
	}
	return smallElements + 1
}

// shapeProduct multiplies a literal shape's dimensions.
func shapeProduct(e ast.Expression) int {
	if a, ok := e.(*ast.AssignExpression); ok {
		e = a.Right // tf.tensor4d(data, shape = [10000, 32, 32, 3])
	}
	arr, ok := e.(*ast.ArrayLiteral)
	if !ok {
		return smallElements + 1
	}
	p := 1
	for _, v := range arr.Value {
		n, ok := v.(*ast.NumberLiteral)
		if !ok {
			return smallElements + 1
		}
		f, ok := n.Value.(float64)
		if !ok {
			if i, isInt := n.Value.(int64); isInt {
				f = float64(i)
			} else {
				return smallElements + 1
			}
		}
		if f < 0 || f > 1<<30 {
			return smallElements + 1 // -1 (inferred) or absurd: not a size
		}
		p = min(p*int(f), 1<<40)
	}
	return p
}

// largeElements is how many elements make a tensor large: an image.
const largeElements = 10000

// imageSources make a tensor of a whole image or camera frame.
var imageSources = map[string]bool{
	"tf.browser.fromPixels": true, "tf.browser.fromPixelsAsync": true, "tf.node.decodeImage": true,
	"tf.node.decodeJpeg": true, "tf.node.decodePng": true, "Iterator.capture": true,
}

// shrinkers reduce their input to a few values (or an unknown slice).
var shrinkers = map[string]bool{
	"mean": true, "sum": true, "max": true, "min": true, "argMax": true, "argMin": true, "prod": true, "norm": true,
	"slice": true, "gather": true, "topk": true, "any": true, "all": true, "logSumExp": true, "moments": true,
	"predict": true, "execute": true, "executeAsync": true, "evaluate": true, "dot": true, "squeeze": false,
}

// Large reports a tensor the file shows to hold an image's worth of
// elements or more: a camera frame or picture (fromPixels, decodeImage, a
// webcam capture) and what element-wise ops and resizes make of it, or a
// literal shape of at least largeElements. Reductions, slices and model
// outputs are not known to be large.
func (r *Result) Large(e ast.Expression) bool { return r.large(e, 0) }

func (r *Result) large(e ast.Expression, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.AwaitExpression, *ast.Identifier:
		return r.large(r.through(x), depth+1)
	case *ast.CallExpression:
		name := r.opName(x)
		if name == "" {
			return false
		}
		op := name[strings.LastIndex(name, ".")+1:]
		if n, ok := r.knownElements(x, op); ok {
			return n >= largeElements
		}
		switch {
		case imageSources[name]:
			return true
		case shapedTensors[name]:
			return len(x.ArgumentList) > 0 && shapeProduct(x.ArgumentList[0]) >= largeElements
		case literalTensors[name]:
			return len(x.ArgumentList) > 1 && shapeProduct(x.ArgumentList[1]) >= largeElements
		case name == "tf.tidy":
			if fn := jsast.Arg(x.ArgumentList, len(x.ArgumentList)-1); fn != nil {
				return r.large(tfapi.TidyResult(x), depth+1)
			}
			return false
		case shrinkers[op]:
			return false
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok && !strings.HasPrefix(name, "tf.") {
			return r.large(dot.Left, depth+1) // a method of a large tensor keeps (at least) its size
		}
		for _, a := range x.ArgumentList {
			if r.large(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// inferenceOps run a model; their results (and what is made of them) are a
// page's answer to a user's action.
var inferenceOps = map[string]bool{"predict": true, "execute": true, "executeAsync": true, "predictOnBatch": true,
	"classify": true, "infer": true, "detect": true, "estimatePoses": true, "estimateFaces": true, "segmentPerson": true}

// Inference reports a tensor that is, or is made from, a model's output or
// an image: what a Predict button or a camera loop produces each time.
func (r *Result) Inference(e ast.Expression) bool { return r.inference(e, 0) }

func (r *Result) inference(e ast.Expression, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.AwaitExpression, *ast.Identifier:
		return r.inference(r.through(x), depth+1)
	case *ast.CallExpression:
		name := r.opName(x)
		if imageSources[name] || inferenceOps[name[strings.LastIndex(name, ".")+1:]] {
			return true
		}
		if name == "tf.tidy" && len(x.ArgumentList) > 0 {
			// What the tidy returns: tf.tidy(() => model.predict(x)).
			fn := x.ArgumentList[len(x.ArgumentList)-1]
			if jsast.IsFunction(fn) {
				for _, v := range r.TF.ReturnValues(fn) {
					if r.inference(v, depth+1) {
						return true
					}
				}
			}
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok && r.inference(dot.Left, depth+1) {
			return true
		}
		for _, a := range x.ArgumentList {
			if r.inference(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// fewElements bounds a tensor that costs a few bytes when it leaks once
// per user action: under 4 KiB of float32, the floor below which the dry
// run's memory-growth rule calls a per-event leak negligible.
const fewElements = 1000

// scalarReductions reduce their whole input to one value when given no axis.
var scalarReductions = map[string]bool{
	"mean": true, "sum": true, "max": true, "min": true, "prod": true, "norm": true, "any": true, "all": true,
	"logSumExp": true, "euclideanNorm": true,
}

// Few reports a tensor that holds at most a few hundred elements when its
// code runs for one user action: a Small tensor, a reduction to a scalar,
// an argMax or argMin of a model's answer, a prediction of a model whose
// output layer has few units (outUnits gives them for a predict call, 0
// when unknown), and element-wise ops on such tensors.
func (r *Result) Few(e ast.Expression, outUnits func(*ast.CallExpression) int) bool {
	return r.few(e, outUnits, 0)
}

func (r *Result) few(e ast.Expression, outUnits func(*ast.CallExpression) int, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	if r.small(e, 0) {
		return true
	}
	switch x := e.(type) {
	case *ast.AwaitExpression, *ast.Identifier:
		return r.few(r.through(x), outUnits, depth+1)
	case *ast.CallExpression:
		name := r.opName(x)
		if name == "" {
			return false
		}
		op := name[strings.LastIndex(name, ".")+1:]
		if n, ok := r.knownElements(x, op); ok {
			return n <= fewElements
		}
		method := !strings.HasPrefix(name, "tf.")
		var input ast.Expression // the tensor the op works on
		axisArgs := x.ArgumentList
		if dot, ok := x.Callee.(*ast.DotExpression); ok && method {
			input = dot.Left
		} else if len(x.ArgumentList) > 0 {
			input, axisArgs = x.ArgumentList[0], x.ArgumentList[1:]
		}
		switch {
		case name == "tf.tidy":
			fn := jsast.Arg(x.ArgumentList, len(x.ArgumentList)-1)
			if fn == nil || !jsast.IsFunction(fn) {
				return false
			}
			vs := r.TF.ReturnValues(fn)
			for _, v := range vs {
				if !r.few(v, outUnits, depth+1) {
					return false
				}
			}
			return len(vs) > 0
		case scalarReductions[op] && len(axisArgs) == 0:
			return true
		case op == "argMax" || op == "argMin":
			// One index per row of a model's answer (its rows are the
			// inputs of one action), or of a tensor known to be few.
			return input != nil && !r.large(input, 0) && (r.inference(input, 0) || r.few(input, outUnits, depth+1))
		case isPredict(op):
			if !method {
				return false
			}
			u := outUnits(x)
			return u > 0 && u <= smallElements
		case growers[op] || imageSources[name]:
			return false
		case method && input != nil && (r.TF.KindOf(input).IsTensorish() || r.isTensorArg(input)):
			// An op on a tensor keeps at most its size unless it grows it.
			if !r.few(input, outUnits, depth+1) {
				return false
			}
			for _, a := range x.ArgumentList {
				if (r.TF.KindOf(a).IsTensorish() || r.isTensorArg(a)) && !r.few(a, outUnits, depth+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func isPredict(op string) bool { _, ok := predictMethods[op]; return ok }

// maxChannels bounds the channels of a picture tensor (fromPixels takes 1
// to 4).
const maxChannels = 4

// knownElements is how many elements the result of call has when the code
// names its size: a reshape to a constant shape (reshape throws on any
// other element count), or a resize of one picture to a constant height
// and width (at most maxChannels channels). ok is false otherwise.
func (r *Result) knownElements(call *ast.CallExpression, op string) (int, bool) {
	if r.ev == nil {
		return 0, false
	}
	method := !strings.HasPrefix(r.opName(call), "tf.")
	arg := func(i int) ast.Expression {
		if !method {
			i++
		}
		return jsast.Arg(call.ArgumentList, i)
	}
	var input ast.Expression
	if dot, ok := call.Callee.(*ast.DotExpression); ok && method {
		input = dot.Left
	} else {
		input = jsast.Arg(call.ArgumentList, 0)
	}
	switch op {
	case "fromPixels", "fromPixelsAsync":
		if !imageSources[r.opName(call)] {
			return 0, false
		}
		w, h, ok := r.pictureSize(jsast.Arg(call.ArgumentList, 0), 0)
		if !ok {
			return 0, false
		}
		ch := 3.0
		if c := jsast.Arg(call.ArgumentList, 1); c != nil {
			if ch, ok = r.ev.Number(c); !ok || ch < 1 || ch > maxChannels {
				return 0, false
			}
		}
		return w * h * int(ch), true
	case "reshape":
		return r.constShape(arg(0))
	case "resizeBilinear", "resizeNearestNeighbor":
		if !r.onePicture(input, 0) {
			return 0, false
		}
		if n, ok := r.constShape(arg(0)); ok {
			return n * maxChannels, true
		}
	}
	return 0, false
}

// constShape multiplies a shape whose dimensions fold to constants.
func (r *Result) constShape(e ast.Expression) (int, bool) {
	if a, ok := e.(*ast.AssignExpression); ok {
		e = a.Right // tf.reshape(x, shape = [1, 28, 28, 4])
	}
	if id, ok := e.(*ast.Identifier); ok {
		e = r.through(id)
	}
	arr, ok := e.(*ast.ArrayLiteral)
	if !ok || len(arr.Value) == 0 {
		return 0, false
	}
	p := 1
	for _, v := range arr.Value {
		f, ok := r.ev.Number(v)
		if !ok || f < 1 || f > 1<<20 || f != float64(int(f)) {
			return 0, false // -1 (inferred), unknown or absurd
		}
		p = min(p*int(f), 1<<40)
	}
	return p, true
}

// onePicture reports a tensor of one picture or frame: a fromPixels (or
// decodeImage, capture) result, through the ops that keep its shape's
// meaning (casts, arithmetic, resizes), not through ones that may batch.
func (r *Result) onePicture(e ast.Expression, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.AwaitExpression, *ast.Identifier:
		return r.onePicture(r.through(x), depth+1)
	case *ast.CallExpression:
		name := r.opName(x)
		if imageSources[name] {
			return true
		}
		switch name[strings.LastIndex(name, ".")+1:] {
		case "toFloat", "cast", "div", "mul", "sub", "add", "resizeBilinear", "resizeNearestNeighbor", "clone":
		default:
			return false
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok && !strings.HasPrefix(name, "tf.") {
			return r.onePicture(dot.Left, depth+1)
		}
		return r.onePicture(jsast.Arg(x.ArgumentList, 0), depth+1)
	}
	return false
}

// ReshapedSmall reports a variable whose first read reshapes it to a
// constant shape of fewer than an image's worth of elements
// (`let img = tf.browser.fromPixels(small, 1); img = img.reshape([1, 28, 28, 1])`):
// reshape throws on any other element count, so the tensor the variable
// was given holds that many, whatever the picture it was read from.
func (r *Result) ReshapedSmall(b *jsast.Binding) bool {
	var first *ast.Identifier
	for _, id := range b.Refs {
		if id == b.Ident || slices.Contains(b.Writes, id) {
			continue
		}
		if first == nil || id.Idx0() < first.Idx0() {
			first = id
		}
	}
	if first == nil || r.ev == nil {
		return false
	}
	var shape ast.Expression
	switch p := r.File.Parent(first).(type) {
	case *ast.DotExpression:
		call, ok := r.File.Parent(p).(*ast.CallExpression)
		if !ok || call.Callee != ast.Expression(p) || p.Identifier.Name != "reshape" {
			return false
		}
		shape = jsast.Arg(call.ArgumentList, 0)
	case *ast.CallExpression:
		if r.opName(p) != "tf.reshape" || jsast.Arg(p.ArgumentList, 0) != ast.Expression(first) {
			return false
		}
		shape = jsast.Arg(p.ArgumentList, 1)
	default:
		return false
	}
	n, ok := r.constShape(shape)
	return ok && n < largeElements
}

// ConstantScalar reports tf.scalar of a value that folds to a constant
// (tf.scalar(127.5), tf.scalar(MAX)): the same four bytes on every run.
func (r *Result) ConstantScalar(e ast.Expression) bool {
	call, ok := e.(*ast.CallExpression)
	if !ok || r.ev == nil || r.opName(call) != "tf.scalar" || len(call.ArgumentList) == 0 {
		return false
	}
	_, ok = r.ev.Number(call.ArgumentList[0])
	return ok
}

// pictureSize is the width and height of what fromPixels reads, when the
// page gives them: an element whose width and height attributes are
// numbers (`<canvas id="small" width="64" height="48">`), or the pixels
// `getImageData(0, 0, W, H)` copies out of a canvas, W and H constants or
// that canvas's own width and height.
func (r *Result) pictureSize(e ast.Expression, depth int) (w, h int, ok bool) {
	if depth > 4 || e == nil {
		return 0, 0, false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		return r.pictureSize(r.through(x), depth+1)
	case *ast.CallExpression:
		dot, isDot := x.Callee.(*ast.DotExpression)
		if !isDot {
			return 0, 0, false
		}
		switch dot.Identifier.Name {
		case "getElementById":
			if id, isStr := jsast.Arg(x.ArgumentList, 0).(*ast.StringLiteral); isStr && len(x.ArgumentList) == 1 {
				s, known := r.elementSizes()[id.Value.String()]
				return s[0], s[1], known
			}
		case "getImageData":
			if len(x.ArgumentList) != 4 {
				return 0, 0, false
			}
			w, okW := r.pixelSide(x.ArgumentList[2], "width", depth)
			h, okH := r.pixelSide(x.ArgumentList[3], "height", depth)
			return w, h, okW && okH
		}
	}
	return 0, 0, false
}

// pixelSide is a getImageData width or height: a constant, or the width
// (height) of an element of known size.
func (r *Result) pixelSide(e ast.Expression, side string, depth int) (int, bool) {
	if n, ok := r.ev.Number(e); ok && n >= 1 && n <= 1<<20 {
		return int(n), true
	}
	dot, ok := e.(*ast.DotExpression)
	if !ok || dot.Identifier.Name.String() != side {
		return 0, false
	}
	w, h, ok := r.pictureSize(dot.Left, depth+1)
	if side == "width" {
		return w, ok
	}
	return h, ok
}

// elementSizes indexes the width and height attributes of the page's
// elements (none outside HTML).
func (r *Result) elementSizes() map[string][2]int {
	if r.sizes == nil {
		r.sizes = map[string][2]int{}
		if r.File.Kind == jsast.HTML {
			r.sizes = jsast.ElementSizes(r.File.Src)
		}
	}
	return r.sizes
}
