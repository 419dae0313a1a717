package resize

import (
	"fmt"

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
	Name:     "resize",
	Doc:      "reports tensor resizes of full-size camera frames and images (rule resize-full-tensor, tip 14)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/resize-full-tensor.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "resize-full-tensor"

// maxDepth bounds how many values, calls and variables a trace follows.
const maxDepth = 24

// resizeAPIs are the resizing functions; the image is their first argument.
var resizeAPIs = map[string]bool{
	"tf.image.resizeBilinear":        true,
	"tf.image.resizeNearestNeighbor": true,
	"tf.image.cropAndResize":         true,
}

// resizeMethods are the Tensor methods that resize their receiver.
var resizeMethods = map[string]bool{"resizeBilinear": true, "resizeNearestNeighbor": true}

// keepAPIs return a tensor of the size of their first argument: the frame is
// still full-size after them.
var keepAPIs = map[string]bool{
	"tf.cast": true, "tf.expandDims": true, "tf.squeeze": true, "tf.reshape": true, "tf.reverse": true,
	"tf.reverse1d": true, "tf.reverse2d": true, "tf.reverse3d": true, "tf.reverse4d": true,
	"tf.clone": true, "tf.keep": true, "tf.clipByValue": true, "tf.neg": true, "tf.abs": true,
	"tf.sqrt": true, "tf.square": true, "tf.round": true, "tf.floor": true, "tf.relu": true,
	"tf.image.flipLeftRight": true, "tf.image.rgbToGrayscale": true, "tf.image.grayscaleToRGB": true,
	"tf.image.rotateWithOffset": true, "tf.image.transform": true,
	// Elementwise binary ops: the frame may be either operand.
	"tf.add": true, "tf.sub": true, "tf.mul": true, "tf.div": true, "tf.divNoNan": true,
	"tf.minimum": true, "tf.maximum": true, "tf.pow": true, "tf.floorDiv": true,
}

// binaryAPIs are the keepAPIs whose second operand may be the frame.
var binaryAPIs = map[string]bool{
	"tf.add": true, "tf.sub": true, "tf.mul": true, "tf.div": true, "tf.divNoNan": true,
	"tf.minimum": true, "tf.maximum": true, "tf.pow": true, "tf.floorDiv": true,
}

// keepMethods are the Tensor methods that keep the receiver's size.
var keepMethods = map[string]bool{
	"toFloat": true, "toInt": true, "cast": true, "asType": true, "expandDims": true, "squeeze": true,
	"reshape": true, "as3D": true, "as4D": true, "reverse": true, "clone": true, "clipByValue": true,
	"neg": true, "abs": true, "sqrt": true, "square": true, "round": true, "floor": true, "relu": true,
	"add": true, "sub": true, "mul": true, "div": true, "divNoNan": true, "minimum": true, "maximum": true,
	"pow": true, "floorDiv": true,
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	c := &checker{pass: pass, info: info, cx: pass.ResultOf[contexts.Analyzer].(*contexts.Info), fl: flow.New(info.File, info.Scope), trail: flow.Trail{Max: maxDepth}}
	for _, call := range info.Calls {
		if resizeAPIs[call.API.Name] {
			if ce, ok := call.Node.(*ast.CallExpression); ok {
				c.check(ce)
			}
		}
	}
	// The method form on receivers tfapi does not type (reassigned
	// variables, this.x, helper results): the trace decides.
	info.File.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		if dot, ok := call.Callee.(*ast.DotExpression); ok && resizeMethods[dot.Identifier.Name.String()] {
			if !resizeAPIs[info.Name(call.Callee)] {
				c.check(call)
			}
		}
	})
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	info  *tfapi.Info
	cx    *contexts.Info
	fl    *flow.Flow
	ev    *constant.Evaluator
	trail flow.Trail
	// canvasMap: the canvases whose context the file uses and what their
	// drawImage calls tell (drawnUnknown, drawnSmall, drawnFull); nil until needed.
	canvasMap map[string]int
}

// source is where a full-size frame comes from.
type source struct {
	call ast.Node // the fromPixels or capture() call
	api  string   // how the message names it
	kind string   // "video", "image", "canvas" or "" (unknown element)
}

func (c *checker) check(call *ast.CallExpression) {
	var image ast.Expression
	var api string
	at := ast.Node(call)
	name := c.info.Name(call.Callee)
	switch {
	case resizeAPIs[name]:
		if len(call.ArgumentList) == 0 {
			return
		}
		image, api = call.ArgumentList[0], name
	case name == "":
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok || !resizeMethods[dot.Identifier.Name.String()] {
			return
		}
		image, at = dot.Left, &dot.Identifier
		api = "." + dot.Identifier.Name.String() + "()"
		if id, ok := dot.Left.(*ast.Identifier); ok {
			api = id.Name.String() + "." + dot.Identifier.Name.String()
		}
	default:
		return
	}
	// A resize costs per frame or per event; a one-off resize of a static
	// image at load is not worth a finding. Code whose callers are out of
	// sight counts when it resizes a camera frame or a canvas (which pages
	// redraw), not a photo.
	ctx := c.cx.OfNode(call)
	if ctx.Freq == contexts.Once {
		return
	}
	src, _ := c.trace(image, false)
	if src == nil || (ctx.Freq == contexts.Unknown && src.kind == "image") {
		return
	}
	// A loop over a set of images resizes each once per pass: as often as
	// the code around the loop runs.
	freq := ctx.Freq
	if ctx.BoundedLoop() {
		freq = ctx.Outer
		if freq == contexts.Once {
			return
		}
	}
	f := c.info.File
	line := f.Tok.Line(f.Pos(src.call.Idx0()))
	what, noun := "the full-size input", "the source"
	remedy := ""
	switch src.kind {
	case "video":
		what, noun = "the full camera frame", "the video"
	case "image":
		what, noun = "the full-size image", "the image"
	case "canvas":
		what, noun = "the full-size canvas", "the canvas"
		remedy = "draw into the canvas at the target size (drawImage with a width and height) and read that instead"
	}
	if remedy == "" {
		remedy = "draw " + noun + " into a canvas of the target size and read that instead"
	}
	verb := "resizes"
	if name == "tf.image.cropAndResize" {
		verb = "crops and resizes"
		remedy = "draw the region of " + noun + " into a canvas of the target size (drawImage with a source rectangle) and read that instead"
	}
	rate := ""
	if r := ctx.Rate(); r != "" {
		rate = ", " + r
	} else if freq == contexts.Unknown && !ctx.BoundedLoop() {
		rate = ", as often as callers the file does not show"
	}
	note := ""
	if w, h, ok := c.target(call, name); ok && src.kind != "image" && 4*w*h >= 3*vgaPixels {
		// A target of three quarters of a VGA frame or more: a default
		// frame has at most a third more pixels to upload than the
		// target-size canvas the tip suggests.
		note = fmt.Sprintf(" (the target %dx%d is near or above the size of a default 640x480 camera frame, so this may save little)", w, h)
	}
	msg := fmt.Sprintf("%s %s %s from %s (line %d)%s: %s%s (tip 14)", api, verb, what, src.api, line, rate, remedy, note)
	category := rule
	switch {
	case freq == contexts.PerEvent:
		// One resize per click or upload costs a few milliseconds the user
		// does not see; per frame it costs the frame rate.
		category = runctx.Category(rule, rules.Info)
	case freq == contexts.Unknown && (src.kind == "" || !ctx.BoundedLoop()):
		// How often it runs is not known (its callers are out of sight): a
		// single capture costs a few milliseconds on the GPU; per frame it
		// would cost the frame rate, which the file does not show. A loop
		// of resizes (every crop of a page) costs that many each call.
		category = runctx.Category(rule, rules.Info)
	case note != "":
		// getUserMedia without constraints delivers 640x480: resizing to
		// that size or more shrinks nothing.
		category = runctx.Category(rule, rules.Info)
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      f.Pos(at.Idx0()),
		End:      f.Pos(call.Idx1()),
		Category: category,
		Message:  msg,
	})
}

// vgaPixels is the pixel count of the frame getUserMedia delivers when the
// page asks for no size.
const vgaPixels = 640 * 480

// target returns the constant [height, width] a resize produces.
func (c *checker) target(call *ast.CallExpression, name string) (w, h int, ok bool) {
	i := 0
	switch name {
	case "tf.image.resizeBilinear", "tf.image.resizeNearestNeighbor":
		i = 1
	case "tf.image.cropAndResize":
		i = 3
	}
	if len(call.ArgumentList) <= i {
		return 0, 0, false
	}
	if c.ev == nil {
		c.ev = constant.New(c.info.File)
	}
	arr, isArr := call.ArgumentList[i].(*ast.ArrayLiteral)
	if !isArr || len(arr.Value) != 2 {
		return 0, 0, false
	}
	hv, ok1 := c.ev.Number(arr.Value[0])
	wv, ok2 := c.ev.Number(arr.Value[1])
	if !ok1 || !ok2 || hv < 1 || wv < 1 || hv > 1e5 || wv > 1e5 {
		return 0, 0, false
	}
	return int(wv), int(hv), true
}

// trace returns the source when e certainly holds a full-size frame. cycle
// reports a value that only loops back into a variable already being traced:
// it adds no source of its own and does not spoil the others. awaited says
// that e's promise is awaited (fromPixelsAsync, capture()).
func (c *checker) trace(e ast.Expression, awaited bool) (src *source, cycle bool) {
	if e == nil {
		return nil, false
	}
	if !c.trail.Enter(e) {
		return nil, c.trail.Inside(e) // a cycle when e is already being traced
	}
	defer c.trail.Leave(e)
	switch e := e.(type) {
	case *ast.NullLiteral:
		return nil, true // `this.frame = null` before the first capture: never resized
	case *ast.AwaitExpression:
		return c.trace(e.Argument, true)
	case *ast.ConditionalExpression:
		return c.all([]ast.Expression{e.Consequent, e.Alternate}, awaited)
	case *ast.Identifier, *ast.DotExpression:
		vals, ok := c.fl.ValuesOf(e)
		if !ok {
			return nil, false
		}
		return c.all(vals, false)
	case *ast.CallExpression:
		return c.traceCall(e, awaited)
	}
	return nil, false
}

// all traces every value: each must be a frame (or a cycle), and one at least a frame.
func (c *checker) all(vals []ast.Expression, awaited bool) (*source, bool) {
	var first *source
	cycles := 0
	for _, v := range vals {
		src, cycle := c.trace(v, awaited)
		switch {
		case cycle:
			cycles++
		case src == nil:
			return nil, false
		case first == nil:
			first = src
		}
	}
	if first == nil {
		return nil, cycles > 0 && cycles == len(vals)
	}
	return first, false
}

func (c *checker) traceCall(call *ast.CallExpression, awaited bool) (*source, bool) {
	args := call.ArgumentList
	name := c.info.Name(call.Callee)
	switch {
	case name == "tf.browser.fromPixels" || name == "tf.browser.fromPixelsAsync" && awaited:
		if len(args) == 0 {
			return nil, false
		}
		kind, skip := c.classify(args[0])
		if skip {
			return nil, false
		}
		return &source{call: call, api: name, kind: kind}, false
	case name == "tf.tidy":
		if len(args) == 0 {
			return nil, false
		}
		fn := args[len(args)-1]
		if id, ok := fn.(*ast.Identifier); ok {
			fn = c.fl.FunctionOf(id)
		}
		if fn == nil {
			return nil, false
		}
		rets, _ := flow.Returns(fn)
		if len(rets) == 0 {
			return nil, false
		}
		return c.all(rets, false)
	case keepAPIs[name]:
		if len(args) == 0 {
			return nil, false
		}
		if src, cycle := c.trace(args[0], false); src != nil || cycle || !binaryAPIs[name] || len(args) < 2 {
			return src, cycle
		}
		return c.trace(args[1], false)
	case name != "":
		return nil, false
	}
	if dot, ok := call.Callee.(*ast.DotExpression); ok {
		method := dot.Identifier.Name.String()
		switch {
		case method == "capture" && awaited:
			if c.isWebcam(dot.Left) {
				return &source{call: call, api: "a tf.data.webcam capture()", kind: "video"}, false
			}
			return nil, false
		case keepMethods[method]:
			return c.trace(dot.Left, false)
		}
	}
	if fn := c.fl.Callee(call); fn != nil {
		rets, _ := flow.Returns(fn)
		if len(rets) == 0 {
			return nil, false
		}
		return c.all(rets, awaited && jsast.IsAsync(fn))
	}
	return nil, false
}

// isWebcam reports whether e holds a tf.data.webcam iterator that captures
// full frames (no resizeWidth/resizeHeight in its config).
func (c *checker) isWebcam(e ast.Expression) bool {
	if !c.trail.Enter(e) {
		return false
	}
	defer c.trail.Leave(e)
	switch e := e.(type) {
	case *ast.AwaitExpression:
		call, ok := e.Argument.(*ast.CallExpression)
		if !ok || c.info.Name(call.Callee) != "tf.data.webcam" {
			return false
		}
		if len(call.ArgumentList) > 1 {
			if c.ev == nil {
				c.ev = constant.New(c.info.File)
			}
			cfg := c.ev.Object(call.ArgumentList[1])
			if cfg == nil {
				return false // a config we cannot read may resize
			}
			if constant.Property(cfg, "resizeWidth") != nil || constant.Property(cfg, "resizeHeight") != nil {
				return false
			}
		}
		return true
	case *ast.Identifier, *ast.DotExpression:
		vals, ok := c.fl.ValuesOf(e)
		if !ok || len(vals) == 0 {
			return false
		}
		for _, v := range vals {
			if !c.isWebcam(v) {
				return false
			}
		}
		return true
	}
	return false
}
