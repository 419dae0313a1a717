package resize

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
)

// classify tells what a fromPixels argument is ("video", "image", "canvas"
// or "" when unknown) from how it is made (createElement('video'),
// getElementById('webcam'), new Image()) or named (video, webcamEl, photo,
// canvas). skip reports a source that is not known to be full-size: a
// canvas is a full-size frame only when every drawImage into it in this file
// draws at the source's own size; a canvas drawn at an explicit size is
// already small, and one drawn elsewhere (a library's webcam canvas, a
// drawing pad) has a size this file does not show.
func (c *checker) classify(e ast.Expression) (kind string, skip bool) {
	if key := c.canvasKey(e, 0); key != "" {
		if state, ok := c.canvases()[key]; ok {
			return "canvas", state != drawnFull
		}
	}
	var hints []string
	c.describe(e, &hints, 0)
	hint := strings.ToLower(strings.Join(hints, " "))
	switch {
	case strings.Contains(hint, "canvas"), strings.Contains(hint, "getimagedata"):
		return "canvas", true
	case strings.Contains(hint, "video"), strings.Contains(hint, "cam"):
		return "video", false
	case strings.Contains(hint, "img"), strings.Contains(hint, "image"), strings.Contains(hint, "photo"),
		strings.Contains(hint, "picture"), strings.Contains(hint, "pic"):
		return "image", false
	}
	return "", false
}

// describe collects the names and element selectors along e's definition.
func (c *checker) describe(e ast.Expression, hints *[]string, depth int) {
	if e == nil || depth > 4 {
		return
	}
	switch e := e.(type) {
	case *ast.Identifier:
		*hints = append(*hints, e.Name.String())
		if vals, ok := c.fl.ValuesOf(e); ok {
			for _, v := range vals {
				c.describe(v, hints, depth+1)
			}
		}
	case *ast.DotExpression:
		*hints = append(*hints, e.Identifier.Name.String())
		if _, this := e.Left.(*ast.ThisExpression); this {
			if vals, ok := c.fl.ValuesOf(e); ok {
				for _, v := range vals {
					c.describe(v, hints, depth+1)
				}
			}
		}
	case *ast.BracketExpression:
		c.describe(e.Left, hints, depth+1)
	case *ast.AwaitExpression:
		c.describe(e.Argument, hints, depth+1)
	case *ast.CallExpression:
		if dot, ok := e.Callee.(*ast.DotExpression); ok {
			switch m := dot.Identifier.Name.String(); m {
			case "createElement", "getElementById", "querySelector", "getElementsByTagName", "getElementsByClassName":
				if len(e.ArgumentList) > 0 {
					if s, ok := e.ArgumentList[0].(*ast.StringLiteral); ok {
						*hints = append(*hints, s.Value.String())
					}
				}
			case "getImageData":
				*hints = append(*hints, m)
			}
		}
	case *ast.NewExpression:
		if id, ok := e.Callee.(*ast.Identifier); ok {
			switch id.Name {
			case "Image", "HTMLImageElement":
				*hints = append(*hints, "img")
			case "OffscreenCanvas":
				*hints = append(*hints, "canvas")
			}
		}
	}
}

// canvasKey names the canvas an expression refers to, so that fromPixels(x)
// and x.getContext('2d').drawImage(…) can be matched: "id:webcam-canvas" for
// an element looked up by id, "this.canvas" for a property of this, a
// per-variable key otherwise; "" when unknown. A getImageData call is keyed
// by the canvas of its context.
func (c *checker) canvasKey(e ast.Expression, depth int) string {
	if depth > 4 {
		return ""
	}
	switch e := e.(type) {
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(e)
		if b == nil {
			return "global:" + e.Name.String()
		}
		if vals, exact, ok := c.fl.Values(e); ok && (exact || len(vals) == 1) {
			if k := c.canvasKey(vals[0], depth+1); strings.HasPrefix(k, "id:") {
				return k
			}
		}
		return fmt.Sprintf("var:%p", b)
	case *ast.DotExpression:
		if _, this := e.Left.(*ast.ThisExpression); this {
			return "this." + e.Identifier.Name.String()
		}
		return "expr:" + c.info.File.Text(e)
	case *ast.CallExpression:
		dot, ok := e.Callee.(*ast.DotExpression)
		if !ok {
			return ""
		}
		switch dot.Identifier.Name {
		case "getElementById", "querySelector":
			if len(e.ArgumentList) == 1 {
				if s, ok := e.ArgumentList[0].(*ast.StringLiteral); ok {
					return "id:" + strings.TrimPrefix(s.Value.String(), "#")
				}
			}
		case "getImageData":
			if canvas := c.contextCanvas(dot.Left, depth+1); canvas != nil {
				return c.canvasKey(canvas, depth+1)
			}
		}
	}
	return ""
}

// contextCanvas returns the canvas expression a 2d context comes from:
// X in X.getContext(…), directly or through a variable or this.x.
func (c *checker) contextCanvas(ctx ast.Expression, depth int) ast.Expression {
	if depth > 4 {
		return nil
	}
	switch e := ctx.(type) {
	case *ast.CallExpression:
		if dot, ok := e.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "getContext" {
			return dot.Left
		}
	case *ast.Identifier, *ast.DotExpression:
		vals, ok := c.fl.ValuesOf(e)
		if !ok {
			return nil
		}
		var canvas ast.Expression
		for _, v := range vals {
			cv := c.contextCanvas(v, depth+1)
			if cv == nil {
				return nil
			}
			if canvas == nil {
				canvas = cv
			}
		}
		return canvas
	}
	return nil
}

// What a file's drawImage calls tell about a canvas.
const (
	drawnUnknown = iota // its context is used, but no drawImage shows its size
	drawnSmall          // drawn at an explicit size (or sizes mixed)
	drawnFull           // every draw is at the source's own size
)

// canvases returns the canvases whose 2d context the file uses, keyed as
// canvasKey does. A drawImage with 3 arguments, or with a destination size
// written with videoWidth/naturalWidth, draws the source at full size; with
// 5 or 9 arguments and any other size, at an explicit (small) size.
func (c *checker) canvases() map[string]int {
	if c.canvasMap != nil {
		return c.canvasMap
	}
	c.canvasMap = map[string]int{}
	f := c.info.File
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok {
			return
		}
		switch dot.Identifier.Name {
		case "getContext":
			if k := c.canvasKey(dot.Left, 0); k != "" {
				if _, seen := c.canvasMap[k]; !seen {
					c.canvasMap[k] = drawnUnknown
				}
			}
			return
		case "drawImage":
		default:
			return
		}
		state := drawnSmall
		switch args := call.ArgumentList; len(args) {
		case 3:
			state = drawnFull
		case 5, 9:
			w, h := args[len(args)-2], args[len(args)-1]
			size := f.Text(w) + " " + f.Text(h)
			for _, full := range []string{"videoWidth", "videoHeight", "naturalWidth", "naturalHeight"} {
				if strings.Contains(size, full) {
					state = drawnFull
				}
			}
		default:
			return
		}
		canvas := c.contextCanvas(dot.Left, 0)
		if canvas == nil {
			return
		}
		k := c.canvasKey(canvas, 0)
		if k == "" {
			return
		}
		switch old, seen := c.canvasMap[k]; {
		case !seen || old == drawnUnknown:
			c.canvasMap[k] = state
		case old != state:
			c.canvasMap[k] = drawnSmall // mixed: not known to be full-size
		}
	})
	return c.canvasMap
}
