package shuffle

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "shuffle",
	Doc:      "reports unshuffled training data (rule missing-shuffle, tip 8)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/missing-shuffle.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer},
	Run:      run,
}

const (
	rule = "missing-shuffle"
	// defaultBuffer is the shuffle buffer suggested when the dataset's size is unknown.
	defaultBuffer = 1000
	maxDepth      = 32
)

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	f := info.File
	c := &checker{
		md:       pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info),
		pass:     pass,
		info:     info,
		f:        f,
		fl:       flow.New(f, info.Scope),
		trail:    flow.Trail{Max: maxDepth},
		reported: map[ast.Node]bool{},
		fixed:    map[int]bool{},
	}
	var calls []*ast.CallExpression
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.PropertyKeyed)(nil), (*ast.MethodDefinition)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpression:
			c.handShuffle = c.handShuffle || c.shufflesByHand(n)
			if dot, ok := n.Callee.(*ast.DotExpression); ok {
				switch dot.Identifier.Name {
				case "fit", "fitDataset", "shuffle":
					calls = append(calls, n)
				}
			}
		case *ast.PropertyKeyed:
			switch keyName(n.Key, n.Computed) {
			case "stateful":
				if b, ok := n.Value.(*ast.BooleanLiteral); !ok || b.Value {
					c.stateful = true
				}
			case "fit":
				c.ownFit = c.ownFit || jsast.IsFunction(n.Value)
			case "fitDataset":
				c.ownFitDataset = c.ownFitDataset || jsast.IsFunction(n.Value)
			}
		case *ast.MethodDefinition:
			switch keyName(n.Key, n.Computed) {
			case "fit":
				c.ownFit = true
			case "fitDataset":
				c.ownFitDataset = true
			}
		}
	})
	for _, call := range calls {
		switch call.Callee.(*ast.DotExpression).Identifier.Name {
		case "fit":
			c.checkFit(call)
		case "fitDataset":
			c.checkFitDataset(call)
		case "shuffle":
			c.checkShuffle(call)
		}
	}
	return nil, nil
}

// shufflesByHand reports a call that shuffles an array: tf.util.shuffle or
// shuffleCombo, _.shuffle, a function of the file's own named like
// shuffle/shuffleArray, or arr.sort(() => Math.random() - 0.5).
func (c *checker) shufflesByHand(call *ast.CallExpression) bool {
	switch callee := call.Callee.(type) {
	case *ast.Identifier:
		return strings.Contains(strings.ToLower(callee.Name.String()), "shuffle")
	case *ast.DotExpression:
		switch callee.Identifier.Name {
		case "shuffle", "shuffleCombo":
			switch c.info.Name(callee) {
			case "tf.util.shuffle", "tf.util.shuffleCombo":
				return true
			case "":
				id, ok := callee.Left.(*ast.Identifier)
				return ok && (id.Name == "_" || id.Name == "lodash")
			}
		case "sort":
			return len(call.ArgumentList) == 1 && strings.Contains(c.f.Text(call.ArgumentList[0]), "Math.random")
		}
	}
	return false
}

func keyName(k ast.Expression, computed bool) string {
	if s, ok := k.(*ast.StringLiteral); ok && !computed {
		return s.Value.String()
	}
	return ""
}

type checker struct {
	md     *modeldesc.Info
	convex int // 0 unknown, 1 every model is one dense layer, -1 not
	pass   *analysis.Pass
	info   *tfapi.Info
	f      *jsast.File
	fl     *flow.Flow
	evc    *constant.Evaluator // nil until needed: see ev

	stateful      bool // a layer of the file is (or may be) stateful: order matters
	ownFit        bool // the file defines a fit method of its own
	ownFitDataset bool
	handShuffle   bool // the file shuffles arrays itself (tf.util.shuffle, a shuffle helper, sort by Math.random)

	trail    flow.Trail
	reported map[ast.Node]bool // properties and batch calls already reported
	fixed    map[int]bool      // insertion offsets already offered
}

// ev returns the file's constant evaluator, made on first use.
func (c *checker) ev() *constant.Evaluator {
	if c.evc == nil {
		c.evc = constant.New(c.f)
	}
	return c.evc
}

// checkFit reports `shuffle: false` in model.fit's config.
func (c *checker) checkFit(call *ast.CallExpression) {
	api, known := c.info.API(call)
	if known && api.Name != "LayersModel.fit" || !known && c.ownFit {
		return
	}
	if c.stateful || c.handShuffle || len(call.ArgumentList) < 3 {
		return
	}
	obj := c.ev().Object(call.ArgumentList[2])
	if obj == nil {
		return
	}
	idx := -1
	for i, p := range obj.Value {
		switch p := p.(type) {
		case *ast.PropertyKeyed:
			if keyName(p.Key, p.Computed) == "shuffle" {
				idx = i
			}
		case *ast.PropertyShort:
			if p.Name.Name == "shuffle" {
				idx = i
			}
		case *ast.SpreadElement:
			idx = -1
		}
	}
	if idx < 0 || c.reported[obj.Value[idx]] || !c.isFalse(obj.Value[idx]) {
		return
	}
	if c.fullBatch(call.ArgumentList[0], obj) {
		return // one batch per epoch: the order inside it does not matter
	}
	prop := obj.Value[idx]
	c.reported[prop] = true
	start, end := c.removal(obj, idx)
	c.pass.Report(analysis.Diagnostic{
		Pos:      c.f.Pos(prop.Idx0()),
		End:      c.f.Pos(prop.Idx1()),
		Category: rule,
		Message:  "fit(…, {shuffle: false}) trains on the samples in the same order every epoch: drop it so tfjs shuffles (tip 8)",
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Remove shuffle: false (fit shuffles by default)",
			TextEdits: []analysis.TextEdit{{Pos: c.f.Tok.Pos(start), End: c.f.Tok.Pos(end)}},
		}},
	})
}

// isFalse reports a shuffle property whose value is false: the literal, or
// a const (never reassigned variable) initialized to it.
func (c *checker) isFalse(p ast.Property) bool {
	var v ast.Expression
	switch p := p.(type) {
	case *ast.PropertyKeyed:
		v = p.Value
	case *ast.PropertyShort:
		if p.Initializer != nil {
			return false
		}
		v = &p.Name
	}
	for range 4 {
		switch x := v.(type) {
		case *ast.BooleanLiteral:
			return !x.Value
		case *ast.Identifier:
			vals, exact, ok := c.fl.Values(x)
			if !ok || !exact {
				return false
			}
			v = vals[0]
		default:
			return false
		}
	}
	return false
}

// removal returns the byte range to delete to remove property idx of obj
// with its comma: its whole line when it sits alone on it (with a trailing
// comment), else up to the next property, else from the previous one.
func (c *checker) removal(obj *ast.ObjectLiteral, idx int) (int, int) {
	src := c.f.Src
	props := obj.Value
	ps, pe := c.f.Offset(props[idx].Idx0()), c.f.Offset(props[idx].Idx1())
	lineStart := ps
	for lineStart > 0 && (src[lineStart-1] == ' ' || src[lineStart-1] == '\t') {
		lineStart--
	}
	ownLine := lineStart == 0 || src[lineStart-1] == '\n'
	lineEnd := restOfLine(src, pe)
	if ownLine && lineEnd > 0 &&
		(idx+1 == len(props) || c.f.Offset(props[idx+1].Idx0()) >= lineEnd) &&
		(idx == 0 || c.f.Offset(props[idx-1].Idx1()) < lineStart) {
		return lineStart, lineEnd
	}
	if idx+1 < len(props) {
		return ps, c.f.Offset(props[idx+1].Idx0())
	}
	if idx > 0 {
		return c.f.Offset(props[idx-1].Idx1()), pe
	}
	// The only property: empty the braces when nothing else sits between
	// them (a comment would be lost), else remove it and its comma.
	lb, rb := c.f.Offset(obj.LeftBrace)+1, c.f.Offset(obj.RightBrace)
	if strings.Trim(string(src[lb:ps])+string(src[pe:rb]), " \t\r\n,") == "" {
		return lb, rb
	}
	end := pe
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if end < len(src) && src[end] == ',' {
		return ps, end + 1
	}
	return ps, pe
}

// restOfLine returns the offset after the newline that ends the line at
// off when only blanks, one comma and a comment follow; -1 otherwise.
func restOfLine(src []byte, off int) int {
	i := off
	blanks := func() {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r') {
			i++
		}
	}
	blanks()
	if i < len(src) && src[i] == ',' {
		i++
		blanks()
	}
	if i+1 < len(src) && src[i] == '/' && src[i+1] == '/' {
		for i < len(src) && src[i] != '\n' {
			i++
		}
	} else if i+1 < len(src) && src[i] == '/' && src[i+1] == '*' {
		for i+1 < len(src) && !(src[i] == '*' && src[i+1] == '/') {
			if src[i] == '\n' {
				return -1
			}
			i++
		}
		i += 2
		blanks()
	}
	if i < len(src) && src[i] == '\n' {
		return i + 1
	}
	return -1
}

// checkFitDataset reports model.fitDataset(ds) on a known pipeline that never shuffles.
func (c *checker) checkFitDataset(call *ast.CallExpression) {
	api, known := c.info.API(call)
	if known && api.Name != "LayersModel.fitDataset" || !known && c.ownFitDataset {
		return
	}
	if c.stateful || c.handShuffle || len(call.ArgumentList) == 0 {
		return
	}
	arg := call.ArgumentList[0]
	p := c.walk(arg)
	if !p.known || p.cycle || p.shuffled || p.root == nil || p.size >= 0 && p.size < 2 || c.oneBatch(p) {
		return
	}
	line := c.f.Tok.Line(c.f.Pos(p.root.Idx0()))
	n, why := defaultBuffer, fmt.Sprintf("%d is a default: use a buffer at least as large as the dataset", defaultBuffer)
	if p.size >= 2 {
		n, why = p.size, fmt.Sprintf("the dataset has %d samples", p.size)
	}
	ins := ".shuffle(" + strconv.Itoa(n) + ")"
	var edits []analysis.TextEdit
	advice, fixMsg := "add .shuffle(…) before .batch(…)", "Insert "+ins+" before .batch(…)"
	switch {
	case p.noFix:
		advice = "zip the unbatched datasets, then add .shuffle(…) before .batch(…)"
	case len(p.batches) > 0:
		for _, b := range p.batches {
			edits = c.insert(edits, b.Callee.(*ast.DotExpression).Left.Idx1(), ins)
		}
	default:
		advice, fixMsg = "add .shuffle(…) to it", "Append "+ins+" to the tf.data source"
		if p.roots == 1 {
			edits = c.insert(edits, p.root.Idx1(), ins)
		}
	}
	d := analysis.Diagnostic{
		Pos:      c.f.Pos(arg.Idx0()),
		End:      c.f.Pos(arg.Idx1()),
		Category: rule,
		Message:  fmt.Sprintf("fitDataset on a pipeline that never shuffles (built at line %d): %s (tip 8)", line, advice),
	}
	if o, ok := c.rootOrder(p); ok && !o.ordered {
		// Rows in no label order already make mixed batches: the fixed
		// order costs little, so this is a tip, not a warning.
		d.Category = runctx.Category(rule, rules.Info)
		d.Message = fmt.Sprintf("fitDataset on a pipeline that never shuffles (built at line %d): %s, so the batches already mix the labels; still, %s for a new order each epoch (tip 8)", line, o, advice)
	}
	if len(edits) > 0 && !p.noFix {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("%s (%s)", fixMsg, why),
			TextEdits: edits,
		}}
	}
	c.pass.Report(d)
}

// oneBatch reports a pipeline of known size whose every .batch(n) holds
// all of it: each epoch is one batch, and the order inside does not matter.
func (c *checker) oneBatch(p pipe) bool {
	if p.size < 0 || len(p.batches) == 0 {
		return false
	}
	for _, b := range p.batches {
		if len(b.ArgumentList) == 0 {
			return false
		}
		n, ok := c.ev().Number(b.ArgumentList[0])
		if !ok || n < float64(p.size) {
			return false
		}
	}
	return true
}

// insert adds an insertion at idx unless one was already offered there
// (two fitDataset calls of one pipeline).
func (c *checker) insert(edits []analysis.TextEdit, idx file.Idx, text string) []analysis.TextEdit {
	pos := c.f.Pos(idx)
	off := c.f.Tok.Offset(pos)
	if c.fixed[off] {
		return edits
	}
	c.fixed[off] = true
	return append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
}

// checkShuffle reports .batch() before the first .shuffle() and shuffle buffers < 2.
func (c *checker) checkShuffle(call *ast.CallExpression) {
	if c.info.Name(call.Callee) != "" {
		return // tf.util.shuffle(array) and friends
	}
	dot := call.Callee.(*ast.DotExpression)
	p := c.walk(dot.Left)
	if !p.known && !p.ops && c.info.ClassOf(dot.Left) != "Dataset" && !c.chainedDataset(call) {
		return
	}
	if !p.shuffled && len(p.batches) > 0 && !c.reported[p.batches[0]] && !c.convexOnly() {
		c.reportBatch(p.batches[0], call)
	}
	if len(call.ArgumentList) == 0 {
		return
	}
	arg := call.ArgumentList[0]
	v, ok := c.ev().Number(arg)
	if !ok || v >= 2 {
		return
	}
	text := c.f.Text(arg)
	if _, lit := arg.(*ast.NumberLiteral); !lit {
		text += " = " + strconv.FormatFloat(v, 'g', -1, 64)
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      c.f.Pos(arg.Idx0()),
		End:      c.f.Pos(arg.Idx1()),
		Category: rule,
		Message:  fmt.Sprintf(".shuffle(%s) does not shuffle: use a buffer at least as large as the dataset (tip 8)", text),
	})
}

// reportBatch reports a .batch() call that a later .shuffle() follows. When
// the shuffle is chained right onto the batch, the fix moves it in front;
// otherwise it inserts a shuffle with the same buffer before the batch.
func (c *checker) reportBatch(batch, shuffle *ast.CallExpression) {
	c.reported[batch] = true
	bdot := batch.Callee.(*ast.DotExpression)
	sdot := shuffle.Callee.(*ast.DotExpression)
	d := analysis.Diagnostic{
		Pos:      c.f.Pos(bdot.Identifier.Idx),
		End:      c.f.Pos(batch.Idx1()),
		Category: rule,
		Message:  ".batch() before .shuffle() shuffles whole batches, not samples: call .shuffle(…) first (tip 8)",
	}
	at := bdot.Left.Idx1()
	if sdot.Left == ast.Expression(batch) {
		text := "." + c.f.Text(&sdot.Identifier) + c.argsText(shuffle)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Move " + text + " before .batch(…)",
			TextEdits: []analysis.TextEdit{
				{Pos: c.f.Pos(at), End: c.f.Pos(at), NewText: []byte(text)},
				{Pos: c.f.Pos(batch.Idx1()), End: c.f.Pos(shuffle.Idx1())},
			},
		}}
	} else {
		buffer := strconv.Itoa(defaultBuffer)
		if len(shuffle.ArgumentList) > 0 {
			if v, ok := c.ev().Number(shuffle.ArgumentList[0]); ok && v >= 2 {
				buffer = c.f.Text(shuffle.ArgumentList[0])
			}
		}
		text := ".shuffle(" + buffer + ")"
		if edits := c.insert(nil, at, text); len(edits) > 0 {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Insert " + text + " before .batch(…)", TextEdits: edits}}
		}
	}
	c.pass.Report(d)
}

func constantProperty(obj *ast.ObjectLiteral, key string) ast.Expression {
	return constant.Property(obj, key)
}

// argsText returns the source of a call's parenthesized arguments.
func (c *checker) argsText(call *ast.CallExpression) string {
	a, b := c.f.Offset(call.LeftParenthesis), c.f.Offset(call.RightParenthesis)
	return string(c.f.Src[a : b+1])
}

// chainedDataset reports a call whose result is the receiver of a Dataset
// method: x.shuffle(1).batch(32).
func (c *checker) chainedDataset(call *ast.CallExpression) bool {
	dot, ok := c.fl.Parent(call).(*ast.DotExpression)
	if !ok || dot.Left != ast.Expression(call) {
		return false
	}
	return datasetMethods[dot.Identifier.Name.String()]
}

// convexOnly reports a file whose every model is one dense layer (linear,
// logistic or softmax regression). A .shuffle(…) after .batch(…) still
// reorders the batches every epoch, and with a convex loss a fixed
// composition of the batches does not change where training converges.
func (c *checker) convexOnly() bool {
	if c.convex == 0 {
		c.convex = -1
		if c.convexModels() {
			c.convex = 1
		}
	}
	return c.convex > 0
}

func (c *checker) convexModels() bool {
	models := c.md.FileModels()
	if len(models) == 0 {
		return false
	}
	for _, m := range models {
		ls := m.Layers()
		if len(ls) != 1 || ls[0].Class != "dense" || !ls[0].ActivationKnown {
			return false
		}
		switch ls[0].Activation {
		case "", "linear", "sigmoid", "softmax":
		default:
			return false
		}
	}
	return true
}

// rootOrder measures the label order of the local CSV file a pipeline
// with a single tf.data.csv source reads.
func (c *checker) rootOrder(p pipe) (labelOrder, bool) {
	call, ok := p.root.(*ast.CallExpression)
	if !ok || p.roots != 1 || c.info.Name(call.Callee) != "tf.data.csv" {
		return labelOrder{}, false
	}
	return c.csvOrder(call)
}
