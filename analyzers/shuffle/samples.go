package shuffle

import (
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// defaultBatchSize is model.fit's batch size when the config names none.
const defaultBatchSize = 32

// tensorFactories are the tfjs calls whose first argument holds the values
// and whose second (when given) the shape.
var tensorFactories = map[string]bool{
	"tf.tensor": true, "tf.tensor1d": true, "tf.tensor2d": true, "tf.tensor3d": true,
	"tf.tensor4d": true, "tf.tensor5d": true, "tf.tensor6d": true,
}

// shapeFactories are the tfjs calls whose first argument is the shape.
var shapeFactories = map[string]bool{
	"tf.zeros": true, "tf.ones": true, "tf.fill": true, "tf.randomNormal": true, "tf.randomUniform": true,
	"tf.truncatedNormal": true, "tf.randomStandardNormal": true,
}

// sameRows are tensor methods whose result has as many samples (rows) as
// their receiver.
var sameRows = map[string]bool{
	"toFloat": true, "toInt": true, "cast": true, "div": true, "mul": true, "sub": true, "add": true,
	"abs": true, "square": true, "sqrt": true, "neg": true, "clipByValue": true, "sigmoid": true,
	"tanh": true, "relu": true, "asType": true, "clone": true,
}

// samples is what is known of the number of samples of a tensor: n when
// known; typed when the values are parsed from a string at run time (text a
// user typed into the page: a handful of samples).
type samples struct {
	n     int
	known bool
	typed bool
}

// samplesOf follows fit's x argument to where its tensor is made.
func (c *checker) samplesOf(e ast.Expression, depth int) samples {
	if e == nil || depth > maxDepth {
		return samples{}
	}
	switch x := e.(type) {
	case *ast.ArrayLiteral: // several inputs: they share the sample count
		if len(x.Value) > 0 {
			return c.samplesOf(x.Value[0], depth+1)
		}
	case *ast.Identifier:
		vals, _, ok := c.fl.Values(x)
		if !ok || len(vals) == 0 {
			return samples{}
		}
		first := c.samplesOf(vals[0], depth+1)
		for _, v := range vals[1:] {
			if s := c.samplesOf(v, depth+1); s != first {
				return samples{}
			}
		}
		return first
	case *ast.CallExpression:
		name := c.info.Name(x.Callee)
		args := x.ArgumentList
		switch {
		case tensorFactories[name]:
			if len(args) > 1 {
				if n, ok := c.firstDim(args[1], depth); ok {
					return samples{n: n, known: true}
				}
			}
			if len(args) > 0 {
				return c.arrayLength(args[0], depth+1)
			}
		case shapeFactories[name]:
			if len(args) > 0 {
				if n, ok := c.firstDim(args[0], depth); ok {
					return samples{n: n, known: true}
				}
			}
		case name == "":
			dot, ok := x.Callee.(*ast.DotExpression)
			if !ok {
				break
			}
			switch m := dot.Identifier.Name.String(); {
			case m == "reshape" && len(args) > 0:
				if n, ok := c.firstDim(args[0], depth); ok && n > 0 {
					return samples{n: n, known: true}
				}
			case sameRows[m]:
				return c.samplesOf(dot.Left, depth+1)
			}
		}
	}
	return samples{}
}

// firstDim returns the first entry of a constant shape: [4, 1], a variable
// holding it, or `shape=[4, 1]` written as an argument; [xs.length, 1]
// counts the array xs when it is known.
func (c *checker) firstDim(e ast.Expression, depth int) (int, bool) {
	if a, ok := e.(*ast.AssignExpression); ok {
		e = a.Right
	}
	if id, ok := e.(*ast.Identifier); ok {
		if vals, exact, ok := c.fl.Values(id); ok && exact {
			e = vals[0]
		}
	}
	arr, ok := e.(*ast.ArrayLiteral)
	if !ok || len(arr.Value) == 0 {
		return 0, false
	}
	if v, ok := c.ev().Number(arr.Value[0]); ok && v == float64(int(v)) {
		return int(v), true
	}
	if dot, ok := arr.Value[0].(*ast.DotExpression); ok && dot.Identifier.Name == "length" {
		if s := c.arrayLength(dot.Left, depth+1); s.known {
			return s.n, true
		}
	}
	return 0, false
}

// arrayLength counts the elements of the values of a tensor: an array
// literal (or a variable read only there holding one), or an array parsed
// from a string (typed).
func (c *checker) arrayLength(e ast.Expression, depth int) samples {
	if depth > maxDepth {
		return samples{}
	}
	if n := c.arraySize(e); n >= 0 {
		return samples{n: n, known: true}
	}
	switch x := e.(type) {
	case *ast.Identifier:
		// An array variable read elsewhere may be pushed to: its count is
		// kept only when this is its one read; what it was parsed from is
		// kept anyway.
		if vals, exact, ok := c.fl.Values(x); ok && exact {
			s := c.arrayLength(vals[0], depth+1)
			if b := c.info.Scope.ObjectOf(x); s.known && (b == nil || len(b.Refs) != 1) {
				s.known, s.n = false, 0
			}
			if s.known || s.typed {
				return s
			}
		}
	case *ast.CallExpression:
		dot, ok := x.Callee.(*ast.DotExpression)
		if !ok {
			return samples{}
		}
		switch dot.Identifier.Name {
		case "split":
			if s, ok := c.ev().String(dot.Left); ok && len(x.ArgumentList) == 1 {
				if sep, ok := c.ev().String(x.ArgumentList[0]); ok && sep != "" {
					return samples{n: strings.Count(s, sep) + 1, known: true}
				}
			}
			return samples{typed: true}
		case "map", "filter":
			s := c.arrayLength(dot.Left, depth+1)
			if dot.Identifier.Name == "filter" {
				s.known = false
			}
			return s
		}
	}
	return samples{}
}

// batchSize returns fit's batch size: the config's constant, or 32 when the
// config names none; ok is false when it is computed at run time.
func (c *checker) batchSize(obj *ast.ObjectLiteral) (int, bool) {
	for _, p := range obj.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			return 0, false
		}
	}
	v := constantProperty(obj, "batchSize")
	if v == nil {
		return defaultBatchSize, true
	}
	n, ok := c.ev().Number(v)
	if !ok || n < 1 {
		return 0, false
	}
	return int(n), true
}

// fullBatch reports a fit whose every epoch is one batch holding all the
// samples (or a handful of samples typed into the page), where their order
// does not matter. A batch size read at run time is taken as the default,
// 32: tiny datasets are tiny whatever the user picks.
func (c *checker) fullBatch(x ast.Expression, obj *ast.ObjectLiteral) bool {
	if c.batchIsAll(x, obj) {
		return true
	}
	s := c.samplesOf(x, 0)
	if s.typed && !s.known {
		return true
	}
	if !s.known {
		return false
	}
	bs, ok := c.batchSize(obj)
	if !ok {
		bs = defaultBatchSize
	}
	return s.n <= bs
}

// count names a run-time number by the variable it is read from: the
// variable's own value, its .length, or its .shape[0].
type count struct {
	b    *jsast.Binding
	kind int // countValue, countLength or countShape
}

const (
	countValue = iota
	countLength
	countShape
)

// countOf returns what a batch size or shape entry reads: n (a variable
// never reassigned), arr.length or t.shape[0].
func (c *checker) countOf(e ast.Expression) (count, bool) {
	switch x := e.(type) {
	case *ast.Identifier:
		if b := c.info.Scope.ObjectOf(x); b != nil && !b.Reassigned() {
			return count{b: b, kind: countValue}, true
		}
	case *ast.DotExpression:
		if id, ok := x.Left.(*ast.Identifier); ok && x.Identifier.Name == "length" {
			if b := c.info.Scope.ObjectOf(id); b != nil {
				return count{b: b, kind: countLength}, true
			}
		}
	case *ast.BracketExpression:
		dot, ok := x.Left.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "shape" {
			break
		}
		if v, ok := c.ev().Number(x.Member); !ok || v != 0 {
			break
		}
		if id, ok := dot.Left.(*ast.Identifier); ok {
			if b := c.info.Scope.ObjectOf(id); b != nil {
				return count{b: b, kind: countShape}, true
			}
		}
	}
	return count{}, false
}

// batchIsAll reports a fit whose batch size is read from the very number
// that sizes x (the variable its shape's first entry reads, the array it
// is made from, x.shape[0]): one batch per epoch, whatever the number.
func (c *checker) batchIsAll(x ast.Expression, obj *ast.ObjectLiteral) bool {
	v := constantProperty(obj, "batchSize")
	if v == nil {
		return false
	}
	want, ok := c.countOf(v)
	if !ok {
		return false
	}
	for _, have := range c.sizedBy(x, 0) {
		if have == want {
			return true
		}
	}
	return false
}

// sizedBy lists the counts that equal x's number of samples, following x
// to the tensor factory that makes it.
func (c *checker) sizedBy(e ast.Expression, depth int) []count {
	if e == nil || depth > 8 {
		return nil
	}
	var out []count
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		if len(x.Value) > 0 {
			return c.sizedBy(x.Value[0], depth+1)
		}
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b == nil {
			return nil
		}
		out = append(out, count{b: b, kind: countShape}, count{b: b, kind: countLength})
		// Every value the variable may hold must be sized by the same count.
		vals, _, ok := c.fl.Values(x)
		if !ok || len(vals) == 0 {
			return out
		}
		common := c.sizedBy(vals[0], depth+1)
		for _, v := range vals[1:] {
			common = intersect(common, c.sizedBy(v, depth+1))
		}
		return append(out, common...)
	case *ast.CallExpression:
		name := c.info.Name(x.Callee)
		args := x.ArgumentList
		var shape ast.Expression
		switch {
		case tensorFactories[name]:
			// Without a shape, the values' outer length is the count
			// (with one, a flat array's length is not).
			if len(args) > 1 {
				shape = args[1]
			} else if len(args) == 1 {
				out = append(out, c.sizedBy(args[0], depth+1)...)
			}
		case shapeFactories[name]:
			if len(args) > 0 {
				shape = args[0]
			}
		case name == "":
			if dot, ok := x.Callee.(*ast.DotExpression); ok {
				switch m := dot.Identifier.Name.String(); {
				case m == "reshape" && len(args) > 0:
					shape = args[0]
				case sameRows[m]:
					return c.sizedBy(dot.Left, depth+1)
				}
			}
		}
		if a, ok := shape.(*ast.AssignExpression); ok {
			shape = a.Right
		}
		if arr, ok := shape.(*ast.ArrayLiteral); ok && len(arr.Value) > 0 {
			if n, ok := c.countOf(arr.Value[0]); ok {
				out = append(out, n)
			}
		}
	}
	return out
}

func intersect(a, b []count) []count {
	var out []count
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}
