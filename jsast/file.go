package jsast

import (
	"bytes"
	"errors"
	"go/token"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"github.com/grafana/sobek/parser"
	"github.com/grafana/sobek/unistring"
)

// Kind is the kind of source file.
type Kind int

const (
	JS   Kind = iota // .js, .mjs, .cjs
	HTML             // .html, .htm
	TS               // .ts, .mts, .cts (not .d.ts)
	TSX              // .tsx
	JSX              // .jsx
)

// KindOf tells a file's kind from its name; ok is false for files jsast does
// not read. Declaration files (.d.ts) hold types only, no code to lint.
func KindOf(name string) (k Kind, ok bool) {
	lower := strings.ToLower(name)
	switch filepath.Ext(lower) {
	case ".js", ".mjs", ".cjs":
		return JS, true
	case ".html", ".htm":
		return HTML, true
	case ".ts", ".mts", ".cts":
		if strings.HasSuffix(lower, ".d.ts") || strings.HasSuffix(lower, ".d.mts") || strings.HasSuffix(lower, ".d.cts") {
			return TS, false
		}
		return TS, true
	case ".tsx":
		return TSX, true
	case ".jsx":
		return JSX, true
	}
	return JS, false
}

// String names the kind as users spell the dialect.
func (k Kind) String() string {
	switch k {
	case HTML:
		return "HTML"
	case TS:
		return "TypeScript"
	case TSX:
		return "TSX"
	case JSX:
		return "JSX"
	}
	return "JavaScript"
}

// File is one parsed source file.
type File struct {
	Name string
	Kind Kind
	Src  []byte // the file's bytes, as read (UTF-8: see Encoding)
	// Encoding is "UTF-16LE" or "UTF-16BE" for a file read with a UTF-16
	// byte-order mark, "" otherwise. Src and Tok are then the file's UTF-8
	// decoding without the mark: line numbers are the original's, columns
	// count in the decoded text as for any file (so an editor's UTF-16
	// columns are the original's code units), and no edit may be made
	// from its offsets (see Exact).
	Encoding string
	Tok      *token.File // registered in the FileSet given to Parse

	// Scripts holds one Script for a JS file and one per inline script of a page.
	Scripts []*Script
	// ExternalScripts are a page's <script src> elements, in document order.
	ExternalScripts []ExternalScript
	// Comments are the file's comments, lexed only when the file may hold
	// a tfjslint- directive or was transformed (their only readers).
	Comments []Comment
	// Errors are the syntax errors of scripts that did not parse; the other
	// scripts of a page are still analysed.
	Errors []*SyntaxError

	// text is what sobek parsed: Src made readable (see sanitize), or
	// esbuild's output for a transformed file, which pm maps back to Src.
	text []byte
	pm   *posMap
	// codeLines are the line starts of text, for Original.
	codeLines     []int
	codeLinesOnce sync.Once

	info          *Info
	infoOnce      sync.Once
	inspector     *Inspector
	inspectorOnce sync.Once
	parents       []int32
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
	// ElementID is the id attribute of a handler's element, "" if none.
	ElementID string

	inspector *Inspector
	// tstart, tend are Start and End in the parsed text (they differ for
	// a transformed file, whose one script is all of it).
	tstart, tend int
}

// SyntaxError is a parse failure, at a byte offset of File.Src.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Parse reads a JS or HTML file, registers it in fset and parses its scripts.
// A file that cannot be read as JavaScript at all (binary, UTF-16, nested too
// deeply) yields a File with one SyntaxError and no scripts. A UTF-16 file
// is parsed from its UTF-8 decoding (see File.Encoding).
func Parse(fset *token.FileSet, name string, src []byte) *File {
	kind, _ := KindOf(name)
	var enc string
	if u, e := DecodeUTF16(src); u != nil {
		src, enc = u, e
	}
	f := &File{Name: name, Kind: kind, Src: src, Encoding: enc}
	f.Tok = fset.AddFile(name, -1, len(src))
	f.Tok.SetLinesForContent(src)

	if err := checkEncoding(src); err != nil {
		f.Errors = append(f.Errors, &SyntaxError{Offset: 0, Msg: err.Error()})
		return f
	}
	text := sanitize(src)
	f.text = text
	module := !strings.EqualFold(filepath.Ext(name), ".cjs") && !strings.EqualFold(filepath.Ext(name), ".cts")
	switch kind {
	case HTML:
		var spans []scriptSpan
		spans, f.ExternalScripts = htmlScripts(text)
		for _, sp := range spans {
			f.parseSpan(text, sp, false)
		}
	case JS:
		sp := scriptSpan{start: 0, end: len(text), module: module}
		if f.parseSpan(text, sp, true) {
			// Not JavaScript sobek reads: JSX, or syntax browsers accept
			// and sobek does not (import attributes, …). The JSX loader
			// reads both; a file it rejects keeps sobek's error.
			g := &File{Name: f.Name, Src: f.Src, Tok: f.Tok, Encoding: f.Encoding}
			if g.parseTransformed(text, JSX, module) {
				f.text, f.pm, f.Scripts, f.Errors = g.text, g.pm, g.Scripts, nil
			}
		}
	default:
		f.parseTransformed(text, kind, module)
	}
	// Only directives and a transformed file's fix checks read comments;
	// lexing costs about as much as a quarter of the parse.
	if f.pm != nil || bytes.Contains(text, []byte("tfjslint-")) {
		f.Comments = f.scanComments(text)
	}
	return f
}

// parseTransformed parses a TypeScript, TSX or JSX file through esbuild. It
// reports whether the file parsed.
func (f *File) parseTransformed(text []byte, kind Kind, module bool) bool {
	if err := checkNesting(text, 0, len(text)); err != nil {
		var ne *NestingError
		errors.As(err, &ne)
		f.Errors = append(f.Errors, &SyntaxError{Offset: ne.Offset, Msg: err.Error()})
		return false
	}
	tr, serr := transform(f.Name, text, kind)
	if serr != nil {
		f.Errors = append(f.Errors, serr)
		return false
	}
	f.text, f.pm = tr.code, tr.pm
	f.parseSpan(tr.code, scriptSpan{start: 0, end: len(tr.code), module: module}, true)
	if len(f.Scripts) == 0 {
		return false
	}
	s := f.Scripts[0]
	s.Start, s.End = 0, len(f.Src)
	f.restoreNames(s)
	return true
}

// restoreNames gives back the names esbuild changed to avoid a clash
// (`n` → `n2`), so that messages name what the user wrote. The renaming is
// consistent, so scopes resolve as before.
func (f *File) restoreNames(s *Script) {
	if len(f.pm.names) == 0 {
		return
	}
	s.inspector.Preorder([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node) {
		id := n.(*ast.Identifier)
		if name, ok := f.pm.names[int(id.Idx)-1]; ok && name != id.Name.String() && isIdentifierName(name) {
			id.Name = unistring.NewFromString(name)
		}
	})
}

func isIdentifierName(s string) bool {
	for i, r := range s {
		if !(r == '_' || r == '$' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// parseSpan parses one script of text; it reports whether sobek's parser
// rejected it (as opposed to parsing, or being refused before parsing).
func (f *File) parseSpan(text []byte, sp scriptSpan, fallback bool) bool {
	if err := checkNesting(text, sp.start, sp.end); err != nil {
		var ne *NestingError
		errors.As(err, &ne)
		f.Errors = append(f.Errors, &SyntaxError{Offset: f.orig(ne.Offset), Msg: err.Error()})
		return false
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
		if prog2 := reparse(f.Name, src, first, err); prog2 != nil {
			prog, err = prog2, nil
		} else if fallback && first {
			if prog2 := reparse(f.Name, src, false, err); prog2 != nil {
				prog, err, first = prog2, nil, false
			}
		}
	}
	if err != nil {
		if sp.handler {
			return false // attribute values may hold entities or templating; not worth a finding
		}
		f.Errors = append(f.Errors, &SyntaxError{Offset: f.errOffset(err), Msg: errMessage(err)})
		return true
	}
	in := newInspector(prog, (sp.end-sp.start)/4)
	if in.Depth() > MaxDepth {
		f.Errors = append(f.Errors, &SyntaxError{Offset: f.orig(sp.start), Msg: (&NestingError{Depth: in.Depth(), Limit: MaxDepth}).Error()})
		return false
	}
	if unclosedSwitch(in) {
		if !sp.handler {
			f.Errors = append(f.Errors, &SyntaxError{Offset: f.orig(sp.end), Msg: "Unexpected end of input"})
		}
		return true
	}
	f.Scripts = append(f.Scripts, &Script{Program: prog, Start: sp.start, End: sp.end, tstart: sp.start, tend: sp.end,
		Module: first, Handler: sp.handler, Event: sp.event, Element: sp.element, ElementID: sp.elementID, inspector: in})
	return false
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

// reparse retries a script sobek rejects for valid JavaScript it does not
// read, rewriting each offending spot in place at the same length so that
// offsets stay those of the source:
//
//   - a top-level return in CommonJS (Node wraps the module in a function):
//     `return x` → `throw  x`, a bare `return` → `void 0`, both also end
//     the module there;
//   - `<!--` opening a line of a classic script (the legacy way to hide a
//     script from old browsers), a line comment there: → `//  `;
//   - a class field named get, set or async (`get = async () => …`), which
//     sobek takes for an accessor: the key is quoted, using two characters
//     of the indentation before it.
func reparse(name, src string, module bool, err error) *ast.Program {
	b := []byte(src)
	for range 64 {
		var pos file.Position
		switch e := err.(type) {
		case parser.ErrorList:
			if len(e) == 0 {
				return nil
			}
			pos = e[0].Position
		case *parser.Error:
			pos = e.Position
		default:
			return nil
		}
		off := lineOffset(b, pos.Line) + pos.Column - 1
		if pos.Line < 1 || off < 0 || off >= len(b) {
			return nil
		}
		switch errMessage(err) {
		case "Illegal return statement":
			if module || !commonJS(src) || !rewriteReturn(b, off) {
				return nil
			}
		case "Unexpected token =":
			if !quoteFieldKey(b, off) {
				return nil
			}
		case "Unexpected token <":
			if module || !htmlOpenComment(b, off) {
				return nil
			}
		default:
			return nil
		}
		var prog *ast.Program
		if prog, err = parseMode(name, string(b), module); err == nil {
			return prog
		}
	}
	return nil
}

// commonJS reports a script that uses require or module.exports.
func commonJS(src string) bool {
	return strings.Contains(src, "require(") || strings.Contains(src, "module.exports") || strings.Contains(src, "exports.")
}

func rewriteReturn(b []byte, off int) bool {
	if off+6 > len(b) || string(b[off:off+6]) != "return" {
		return false
	}
	rest := off + 6
	for rest < len(b) && (b[rest] == ' ' || b[rest] == '\t') {
		rest++
	}
	if rest >= len(b) || strings.IndexByte(";}\r\n", b[rest]) >= 0 || rest+1 < len(b) && b[rest] == '/' && (b[rest+1] == '/' || b[rest+1] == '*') {
		copy(b[off:], "void 0")
	} else {
		copy(b[off:], "throw ")
	}
	return true
}

// htmlOpenComment turns a `<!--` that only blanks precede on its line into
// `//  `.
func htmlOpenComment(b []byte, off int) bool {
	if off+4 > len(b) || string(b[off:off+4]) != "<!--" {
		return false
	}
	for i := off - 1; i >= 0 && b[i] != '\n'; i-- {
		if b[i] != ' ' && b[i] != '\t' && b[i] != '\r' {
			return false
		}
	}
	copy(b[off:], "//  ")
	return true
}

// quoteFieldKey quotes the get/set/async field key before the `=` at off.
func quoteFieldKey(b []byte, off int) bool {
	// sobek may point at the token after the `=`.
	for off > 0 && b[off] != '=' && (b[off-1] == ' ' || b[off-1] == '\t' || b[off-1] == '=') {
		off--
	}
	if b[off] != '=' {
		return false
	}
	end := off
	for end > 0 && (b[end-1] == ' ' || b[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 && (b[start-1] >= 'a' && b[start-1] <= 'z') {
		start--
	}
	switch string(b[start:end]) {
	case "get", "set", "async":
	default:
		return false
	}
	// Two blanks before the key on its line make room for the quotes.
	if start < 2 || b[start-1] != ' ' && b[start-1] != '\t' || b[start-2] != ' ' && b[start-2] != '\t' {
		return false
	}
	key := string(b[start:end])
	copy(b[start-2:], "\""+key+"\"")
	return true
}

func parseMode(name, src string, module bool) (*ast.Program, error) {
	opts := []parser.Option{parser.WithDisableSourceMaps}
	if module {
		opts = append(opts, parser.IsModule)
	}
	return parser.ParseFile(nil, name, src, 0, opts...)
}

// errOffset turns sobek's line:column (1-based, bytes) of the parsed text
// into a byte offset of Src.
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
	if pos.Line < 1 {
		return len(f.Src)
	}
	off := lineOffset(f.text, pos.Line) + pos.Column - 1
	return f.orig(min(max(off, 0), len(f.text)))
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
	i, ok := in.find(f.parents, n)
	if !ok {
		return nil
	}
	if p := in.meta[i].parent; p >= 0 {
		return in.nodes[p]
	}
	return nil
}

// PreorderWithin calls fn, in preorder, for each node of the given types
// (all when empty) whose span lies within root's: the nodes of root's
// subtree and of any ancestor spanning no more than root. It visits only
// that subtree, not the whole file, so that a walk per function stays
// linear in the function's size.
func (f *File) PreorderWithin(root ast.Node, types []ast.Node, fn func(ast.Node)) {
	in := f.Inspector()
	start, end := f.Span(root)
	within := func(n ast.Node) bool {
		a, b := f.Span(n)
		return a >= start && b <= end
	}
	f.parentsOnce.Do(func() { f.parents = in.parentIndex() })
	i, ok := in.find(f.parents, root)
	if !ok {
		in.Preorder(types, func(n ast.Node) {
			if within(n) {
				fn(n)
			}
		})
		return
	}
	for p := in.meta[i].parent; p >= 0 && within(in.nodes[p]); p = in.meta[p].parent {
		i = p
	}
	mask := maskOf(types)
	for k := i; k < in.meta[i].end; k++ {
		if mask&(1<<in.meta[k].typ) != 0 && within(in.nodes[k]) {
			fn(in.nodes[k])
		}
	}
}

// Pos maps a sobek index of this file to a token.Pos of the original file.
func (f *File) Pos(idx file.Idx) token.Pos { return f.Tok.Pos(f.orig(int(idx) - 1)) }

// Offset maps a sobek index of this file to a byte offset of Src.
func (f *File) Offset(idx file.Idx) int { return f.orig(int(idx) - 1) }

// Span returns the token positions of a node's first byte and of the byte
// after it. Use it rather than Pos(n.Idx0()), Pos(n.Idx1()): it corrects the
// nodes whose sobek positions are wrong (see start).
func (f *File) Span(n ast.Node) (token.Pos, token.Pos) {
	a, b := f.span(n)
	return f.Tok.Pos(a), f.Tok.Pos(b)
}

// span is a node's [start, end) in Src.
func (f *File) span(n ast.Node) (int, int) {
	gs, ge := f.start(n), f.end(n)
	if f.pm == nil {
		return gs, max(ge, gs)
	}
	if o, ok := f.pm.exactGen(gs, ge); ok {
		return o, o + ge - gs
	}
	a := f.pm.start(gs)
	if ge <= gs {
		return a, a
	}
	return a, max(f.pm.end(ge), a)
}

// Start is the position of a node's first byte.
func (f *File) Start(n ast.Node) token.Pos { a, _ := f.span(n); return f.Tok.Pos(a) }

// End is the position just past a node.
func (f *File) End(n ast.Node) token.Pos { _, b := f.span(n); return f.Tok.Pos(b) }

// Text returns the original source text of a node.
func (f *File) Text(n ast.Node) string {
	a, b := f.span(n)
	return string(f.Src[a:b])
}

// Transformed reports a file that esbuild turned into JavaScript before
// parsing (TypeScript, JSX, or JavaScript with syntax sobek lacks): its
// nodes come from the transformed text, their positions from the source map.
func (f *File) Transformed() bool { return f.pm != nil }

// Exact reports whether the original text of n is exactly the text it was
// parsed from, so that an edit of that range means what the AST says. It is
// false for code esbuild generated or reprinted (types removed, quotes or
// spacing changed), for every node of a UTF-16 file (whose bytes are not
// Src's), and otherwise always true for JavaScript and HTML.
func (f *File) Exact(n ast.Node) bool {
	if f.Encoding != "" {
		return false
	}
	if f.pm == nil {
		return true
	}
	_, ok := f.pm.exactGen(f.start(n), f.end(n))
	return ok
}

// ExactRange is Exact for a range of the original file, such as a fix's
// edit: an empty range is exact where text around it was copied unchanged.
func (f *File) ExactRange(start, end token.Pos) bool {
	if f.Encoding != "" {
		return false
	}
	if f.pm == nil {
		return true
	}
	if !end.IsValid() {
		end = start
	}
	a, b := f.Tok.Offset(start), f.Tok.Offset(end)
	return a <= b && f.pm.exactOrig(a, b, f.Comments)
}

// orig maps an offset of the parsed text to one of Src.
func (f *File) orig(off int) int {
	if f.pm == nil {
		return min(max(off, 0), len(f.Src))
	}
	return f.pm.start(off)
}
