package jsast

import (
	"errors"
	"go/token"
	"path/filepath"
	"strings"
	"sync"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"github.com/grafana/sobek/parser"
)

// Kind is the kind of source file.
type Kind int

const (
	JS   Kind = iota // .js, .mjs, .cjs
	HTML             // .html, .htm
)

// KindOf tells a file's kind from its name; ok is false for files jsast does not read.
func KindOf(name string) (k Kind, ok bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".js", ".mjs", ".cjs":
		return JS, true
	case ".html", ".htm":
		return HTML, true
	}
	return JS, false
}

// File is one parsed source file.
type File struct {
	Name string
	Kind Kind
	Src  []byte      // the file's bytes, as read
	Tok  *token.File // registered in the FileSet given to Parse

	// Scripts holds one Script for a JS file and one per inline script of a page.
	Scripts []*Script
	// ExternalScripts are a page's <script src> elements, in document order.
	ExternalScripts []ExternalScript
	Comments        []Comment
	// Errors are the syntax errors of scripts that did not parse; the other
	// scripts of a page are still analysed.
	Errors []*SyntaxError

	info          *Info
	infoOnce      sync.Once
	inspector     *Inspector
	inspectorOnce sync.Once
	parents       map[nodeKey]int32
	parentsOnce   sync.Once
}

// Script is one parsed piece of JavaScript.
type Script struct {
	Program    *ast.Program
	Start, End int  // byte offsets of the script text in File.Src
	Module     bool // parsed as an ES module
	Handler    bool // an HTML on* attribute, parsed as the body of a function
	// Event and Element name a handler's event and element ("click",
	// "button"); both lower case, empty for scripts.
	Event, Element string

	inspector *Inspector
}

// SyntaxError is a parse failure, at a byte offset of File.Src.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Parse reads a JS or HTML file, registers it in fset and parses its scripts.
// A file that cannot be read as JavaScript at all (binary, UTF-16, nested too
// deeply) yields a File with one SyntaxError and no scripts.
func Parse(fset *token.FileSet, name string, src []byte) *File {
	kind, _ := KindOf(name)
	f := &File{Name: name, Kind: kind, Src: src}
	f.Tok = fset.AddFile(name, -1, len(src))
	f.Tok.SetLinesForContent(src)

	if err := checkEncoding(src); err != nil {
		f.Errors = append(f.Errors, &SyntaxError{Offset: 0, Msg: err.Error()})
		return f
	}
	text := sanitize(src)
	var spans []scriptSpan
	if kind == HTML {
		spans, f.ExternalScripts = htmlScripts(text)
	} else {
		spans = []scriptSpan{{start: 0, end: len(text), module: strings.ToLower(filepath.Ext(name)) != ".cjs"}}
	}
	for _, sp := range spans {
		f.parseSpan(text, sp, kind == JS)
	}
	f.Comments = scanComments(text, f.Scripts)
	return f
}

func (f *File) parseSpan(text []byte, sp scriptSpan, fallback bool) {
	if err := checkNesting(text, sp.start, sp.end); err != nil {
		var ne *NestingError
		errors.As(err, &ne)
		f.Errors = append(f.Errors, &SyntaxError{Offset: ne.Offset, Msg: err.Error()})
		return
	}
	src := blankedPrefix(text, sp.start, sp.end)
	if sp.handler {
		src = handlerSource(src, sp.start)
	}
	first := sp.module
	prog, err := parseMode(f.Name, src, first)
	if err != nil && fallback {
		prog2, err2 := parseMode(f.Name, src, !first)
		if err2 == nil {
			prog, err, first = prog2, nil, !first
		} else if f.errOffset(err2) > f.errOffset(err) {
			err = err2 // report the mode that got further
		}
	}
	if err != nil {
		if sp.handler {
			return // attribute values may hold entities or templating; not worth a finding
		}
		f.Errors = append(f.Errors, &SyntaxError{Offset: f.errOffset(err), Msg: errMessage(err)})
		return
	}
	in := newInspector(prog, (sp.end-sp.start)/2)
	if in.Depth() > MaxDepth {
		f.Errors = append(f.Errors, &SyntaxError{Offset: sp.start, Msg: (&NestingError{Depth: in.Depth(), Limit: MaxDepth}).Error()})
		return
	}
	if unclosedSwitch(in) {
		if !sp.handler {
			f.Errors = append(f.Errors, &SyntaxError{Offset: sp.end, Msg: "Unexpected end of input"})
		}
		return
	}
	f.Scripts = append(f.Scripts, &Script{Program: prog, Start: sp.start, End: sp.end, Module: first, Handler: sp.handler,
		Event: sp.event, Element: sp.element, inspector: in})
}

// unclosedSwitch reports a switch whose body the input ends in: sobek's
// parser accepts `switch (x) { case 1:` at the end of the input without
// an error (and without a position for the missing brace).
func unclosedSwitch(in *Inspector) bool {
	unclosed := false
	in.Preorder([]ast.Node{(*ast.SwitchStatement)(nil)}, func(n ast.Node) {
		if s, ok := n.(*ast.SwitchStatement); ok && s.RightBrace == 0 {
			unclosed = true
		}
	})
	return unclosed
}

// handlerSource wraps an event-handler attribute value as an arrow function
// body, writing the opening into the blanked bytes of `on…="` before it.
func handlerSource(src string, start int) string {
	const open = "(e)=>{"
	if start < len(open) {
		return src
	}
	return src[:start-len(open)] + open + src[start:] + "\n}"
}

func parseMode(name, src string, module bool) (*ast.Program, error) {
	opts := []parser.Option{parser.WithDisableSourceMaps}
	if module {
		opts = append(opts, parser.IsModule)
	}
	return parser.ParseFile(nil, name, src, 0, opts...)
}

// errOffset turns sobek's line:column (1-based, bytes) into a byte offset.
func (f *File) errOffset(err error) int {
	var el parser.ErrorList
	var pos file.Position
	switch e := err.(type) {
	case parser.ErrorList:
		el = e
		if len(el) == 0 {
			return 0
		}
		pos = el[0].Position
	case *parser.Error:
		pos = e.Position
	default:
		return 0
	}
	if pos.Line < 1 || pos.Line > f.Tok.LineCount() {
		return len(f.Src)
	}
	off := f.Tok.Offset(f.Tok.LineStart(pos.Line)) + pos.Column - 1
	return min(max(off, 0), len(f.Src))
}

func errMessage(err error) string {
	switch e := err.(type) {
	case parser.ErrorList:
		if len(e) > 0 {
			return e[0].Message
		}
	case *parser.Error:
		return e.Message
	}
	return err.Error()
}

// Inspector returns a traversal of all the file's scripts, in order.
// It is safe for concurrent use (analyzers share the File).
func (f *File) Inspector() *Inspector {
	f.inspectorOnce.Do(func() {
		if len(f.Scripts) == 1 {
			f.inspector = f.Scripts[0].inspector
			return
		}
		f.inspector = &Inspector{}
		for _, s := range f.Scripts {
			f.inspector.appendInspector(s.inspector)
		}
	})
	return f.inspector
}

// Parent returns the parent of n in the file's AST (nil for a Program or a
// node not in the file). The index is built on first use, once per file,
// and is safe for concurrent use.
func (f *File) Parent(n ast.Node) ast.Node {
	in := f.Inspector()
	f.parentsOnce.Do(func() { f.parents = in.parentIndex() })
	i, ok := f.parents[keyOf(n)]
	if !ok {
		return nil
	}
	if p := in.events[i].parent; p >= 0 {
		return in.events[p].node
	}
	return nil
}

// Pos maps a sobek index of this file to a token.Pos.
func (f *File) Pos(idx file.Idx) token.Pos {
	off := int(idx) - 1
	if off < 0 {
		off = 0
	}
	if off > len(f.Src) {
		off = len(f.Src)
	}
	return f.Tok.Pos(off)
}

// Offset maps a sobek index of this file to a byte offset of Src.
func (f *File) Offset(idx file.Idx) int { return f.Tok.Offset(f.Pos(idx)) }

// Span returns the token positions of a node's first byte and of the byte
// after it. Use it rather than Pos(n.Idx0()), Pos(n.Idx1()): it corrects the
// nodes whose sobek positions are wrong (see start).
func (f *File) Span(n ast.Node) (token.Pos, token.Pos) {
	return f.Tok.Pos(f.start(n)), f.Tok.Pos(f.end(n))
}

// Start is the position of a node's first byte.
func (f *File) Start(n ast.Node) token.Pos { return f.Tok.Pos(f.start(n)) }

// End is the position just past a node.
func (f *File) End(n ast.Node) token.Pos { return f.Tok.Pos(f.end(n)) }

// Text returns the source text of a node.
func (f *File) Text(n ast.Node) string {
	a, b := f.start(n), f.end(n)
	if a > b {
		return ""
	}
	return string(f.Src[a:b])
}
