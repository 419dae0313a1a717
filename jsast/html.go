package jsast

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// scriptSpan is one piece of JavaScript inside an HTML page.
type scriptSpan struct {
	start, end int
	module     bool
	handler    bool   // the value of an on* event-handler attribute
	event      string // a handler's event: "click" for onclick
	element    string // a handler's element, lower case: "button"
	elementID  string // the id attribute of a handler's element
}

// ExternalScript is a <script src> of a page.
type ExternalScript struct {
	Src    string // the src attribute, as written
	Module bool   // type="module"
	Offset int    // byte offset of the src value in File.Src
}

// htmlScripts finds the inline scripts of an HTML page: <script> elements
// without src whose type is absent, a JavaScript MIME type or "module", and
// on* event-handler attributes; and the JavaScript <script src> elements.
func htmlScripts(src []byte) ([]scriptSpan, []ExternalScript) {
	buf := make([]byte, len(src), len(src)+1)
	copy(buf, src)
	// The lexer's slices alias buf (it caps their capacity, so only their
	// addresses tell where they start).
	base := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	offsetOf := func(b []byte) int { return int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) - base) }

	lx := html.NewLexer(parse.NewInputBytes(buf))
	var spans []scriptSpan
	var external []ExternalScript
	var ext *ExternalScript // the src of the script tag being read
	inScriptTag, skip, module, otherType := false, false, false, false
	tag := ""
	tagSpans := 0 // len(spans) when the current start tag began
	tagID := ""   // the current start tag's id
	inScriptBody := false
	for {
		tt, data := lx.Next()
		switch tt {
		case html.ErrorToken:
			return spans, external
		case html.StartTagToken:
			inScriptTag = bytes.EqualFold(lx.Text(), []byte("script"))
			tag = strings.ToLower(string(lx.Text()))
			tagSpans, tagID = len(spans), ""
			skip, module, otherType, ext = false, false, false, nil
		case html.AttributeToken:
			key := strings.ToLower(string(lx.AttrKey()))
			val := lx.AttrVal()
			if inScriptTag {
				switch key {
				case "src":
					skip = true
					if v := unquote(val); len(v) > 0 {
						ext = &ExternalScript{Src: strings.TrimSpace(string(v)), Offset: offsetOf(v)}
					}
				case "type":
					t := strings.ToLower(strings.TrimSpace(string(unquote(val))))
					switch t {
					case "", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript":
					case "module":
						module = true
					default:
						skip, otherType = true, true
					}
				}
			} else if key == "id" {
				// The id may come before or after the handlers: set it on
				// every handler of this tag when the tag closes.
				id := strings.TrimSpace(string(unquote(val)))
				for i := tagSpans; i < len(spans); i++ {
					spans[i].elementID = id
				}
				tagID = id
			} else if strings.HasPrefix(key, "on") && len(val) > 2 && (val[0] == '"' || val[0] == '\'') && len(data) > 0 {
				start := offsetOf(val) + 1
				spans = append(spans, scriptSpan{start: start, end: start + len(val) - 2, handler: true, event: key[2:], element: tag, elementID: tagID})
			}
		case html.StartTagCloseToken, html.StartTagVoidToken:
			if inScriptTag && ext != nil && ext.Src != "" && !otherType {
				ext.Module = module
				external = append(external, *ext)
			}
			inScriptBody = tt == html.StartTagCloseToken && inScriptTag && !skip
			inScriptTag, ext = false, nil
		case html.TextToken:
			if inScriptBody && len(data) > 0 {
				start := offsetOf(data)
				spans = append(spans, scriptSpan{start: start, end: start + len(data), module: module})
			}
			inScriptBody = false
		case html.EndTagToken:
			inScriptBody = false
		}
	}
}

func unquote(b []byte) []byte {
	if len(b) >= 2 && (b[0] == '"' || b[0] == '\'') && b[len(b)-1] == b[0] {
		return b[1 : len(b)-1]
	}
	return b
}

// ElementSizes maps the ids of a page's elements that give a numeric
// width and height attribute (`<canvas id="small" width="64" height="48">`)
// to that size in pixels.
func ElementSizes(src []byte) map[string][2]int {
	lx := html.NewLexer(parse.NewInputBytes(bytes.Clone(src)))
	out := map[string][2]int{}
	id, w, h := "", 0, 0
	for {
		tt, _ := lx.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			id, w, h = "", 0, 0
		case html.AttributeToken:
			val := strings.TrimSpace(string(unquote(lx.AttrVal())))
			switch strings.ToLower(string(lx.AttrKey())) {
			case "id":
				id = val
			case "width":
				w = pixels(val)
			case "height":
				h = pixels(val)
			}
		case html.StartTagCloseToken, html.StartTagVoidToken:
			if id != "" && w > 0 && h > 0 {
				if _, dup := out[id]; !dup { // getElementById finds the first
					out[id] = [2]int{w, h}
				}
			}
		}
	}
}

// pixels reads a width or height attribute: digits only (a percentage or
// a unit is not a pixel count).
func pixels(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1<<20 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
