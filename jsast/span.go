package jsast

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// start and end give the byte offsets of a node's first byte and of the
// byte after it, within [0, len(Src)]. They follow sobek's Idx0 and Idx1
// except where those are wrong or panic:
//
//   - Program.Idx0/Idx1 of an empty script and CaseStatement.Idx1 of a
//     clause without statements index an empty slice;
//   - IfStatement.Idx0 is always 0: the parser never sets If;
//   - Identifier.Idx1 adds the length of the name's internal UTF-16 form
//     (non-ASCII names) or of the unescaped name (`\u0061`), not the length
//     of its spelling; every node that ends with such an identifier inherits
//     the error; a PrivateIdentifier (`#name`) starts at its # but its
//     length leaves the # out;
//   - TemplateElement.Idx is one character late, and its end ignores the
//     \r\n normalisation of the literal;
//   - a tagged template starts at its backquote, not at its tag;
//   - ExportDeclaration.Idx1 is the end of the keyword `export`.
//
// Both walk down iteratively, so they are safe at any depth.
func (f *File) start(n ast.Node) int {
	for {
		switch x := n.(type) {
		case *ast.Program:
			if len(x.Body) == 0 {
				return f.programStart(x)
			}
			n = x.Body[0]
		case *ast.IfStatement:
			t := f.start(x.Test)
			if i := bytes.LastIndex(f.text[:t], []byte("if")); i >= 0 {
				return i
			}
			return t
		case *ast.TemplateElement:
			r := f.clamp(int(x.Idx) - 1)
			_, size := utf8.DecodeLastRune(f.text[:r])
			return r - size
		case *ast.TemplateLiteral:
			if x.Tag == nil {
				return f.clamp(int(x.OpenQuote) - 1)
			}
			n = x.Tag
		case *ast.ExpressionStatement:
			n = x.Expression
		case *ast.AssignExpression:
			n = x.Left
		case *ast.BinaryExpression:
			n = x.Left
		case *ast.BracketExpression:
			n = x.Left
		case *ast.CallExpression:
			n = x.Callee
		case *ast.ConditionalExpression:
			n = x.Test
		case *ast.DotExpression:
			n = x.Left
		case *ast.PrivateDotExpression:
			n = x.Left
		case *ast.SequenceExpression:
			n = x.Sequence[0]
		case *ast.Optional:
			n = x.Expression
		case *ast.OptionalChain:
			n = x.Expression
		case *ast.ExpressionBody:
			n = x.Expression
		case *ast.ForLoopInitializerExpression:
			n = x.Expression
		case *ast.ForIntoExpression:
			n = x.Expression
		case *ast.UnaryExpression:
			if !x.Postfix {
				return f.clamp(int(x.Idx) - 1)
			}
			n = x.Operand
		default:
			return f.clamp(int(n.Idx0()) - 1)
		}
	}
}

func (f *File) end(n ast.Node) int {
	extra := 0
	for {
		switch x := n.(type) {
		case *ast.Identifier:
			return f.clamp(f.identEnd(x.Idx, x.Name.String()) + extra)
		case *ast.PrivateIdentifier: // #name: Idx is at the #
			return f.identEnd(x.Idx+1, x.Name.String())
		case *ast.PrivateDotExpression:
			n = &x.Identifier
		case *ast.TemplateElement:
			return f.templateElementEnd(x)
		case *ast.Program:
			if len(x.Body) == 0 {
				return f.programStart(x)
			}
			n = x.Body[len(x.Body)-1]
		case *ast.CaseStatement:
			if len(x.Consequent) > 0 {
				n = x.Consequent[len(x.Consequent)-1]
				continue
			}
			from := f.clamp(int(x.Case) - 1 + len("default"))
			if x.Test != nil {
				from = f.end(x.Test)
			}
			if i := bytes.IndexByte(f.text[from:], ':'); i >= 0 {
				return from + i + 1
			}
			return from
		case *ast.ExportDeclaration:
			var last ast.Node
			for _, c := range appendChildren(nil, x) {
				last = c
			}
			if last == nil {
				return f.clamp(int(x.Idx1()) - 1)
			}
			n = last
		case *ast.AssignExpression:
			n = x.Right
		case *ast.AwaitExpression:
			n = x.Argument
		case *ast.BinaryExpression:
			n = x.Right
		case *ast.ConditionalExpression:
			n = x.Alternate
		case *ast.DotExpression:
			n = &x.Identifier
		case *ast.NewExpression:
			if x.ArgumentList != nil {
				return f.clamp(int(x.Idx1()) - 1)
			}
			n = x.Callee
		case *ast.UnaryExpression:
			if x.Postfix {
				extra += 2 // ++ --
			}
			n = x.Operand
		case *ast.SequenceExpression:
			n = x.Sequence[len(x.Sequence)-1]
		case *ast.ArrowFunctionLiteral:
			n = x.Body
		case *ast.ExpressionBody:
			n = x.Expression
		case *ast.Optional:
			n = x.Expression
		case *ast.OptionalChain:
			n = x.Expression
		case *ast.SpreadElement:
			n = x.Expression
		case *ast.BranchStatement:
			if x.Label == nil {
				return f.clamp(int(x.Idx1()) - 1)
			}
			n = x.Label
		case *ast.ExpressionStatement:
			n = x.Expression
		case *ast.ForInStatement:
			n = x.Body
		case *ast.ForOfStatement:
			n = x.Body
		case *ast.ForStatement:
			n = x.Body
		case *ast.WhileStatement:
			n = x.Body
		case *ast.WithStatement:
			n = x.Body
		case *ast.LabelledStatement:
			n = x.Statement
		case *ast.IfStatement:
			if x.Alternate != nil {
				n = x.Alternate
			} else {
				n = x.Consequent
			}
		case *ast.ReturnStatement:
			if x.Argument == nil {
				return f.clamp(int(x.Idx1()) - 1)
			}
			n = x.Argument
		case *ast.ThrowStatement:
			n = x.Argument
		case *ast.YieldExpression:
			if x.Argument == nil {
				return f.clamp(int(x.Idx1()) - 1)
			}
			n = x.Argument
		case *ast.VariableStatement:
			n = x.List[len(x.List)-1]
		case *ast.LexicalDeclaration:
			n = x.List[len(x.List)-1]
		case *ast.ForLoopInitializerVarDeclList:
			n = x.List[len(x.List)-1]
		case *ast.ForLoopInitializerLexicalDecl:
			n = &x.LexicalDeclaration
		case *ast.ForLoopInitializerExpression:
			n = x.Expression
		case *ast.Binding:
			if x.Initializer != nil {
				n = x.Initializer
			} else {
				n = x.Target
			}
		case *ast.PropertyShort:
			if x.Initializer != nil {
				n = x.Initializer
			} else {
				n = &x.Name
			}
		case *ast.PropertyKeyed:
			n = x.Value
		case *ast.FieldDefinition:
			if x.Initializer != nil {
				n = x.Initializer
			} else {
				n = x.Key
			}
		case *ast.ForDeclaration:
			n = x.Target
		case *ast.ForIntoVar:
			n = x.Binding
		case *ast.ForIntoExpression:
			n = x.Expression
		default:
			return f.clamp(int(n.Idx1()) - 1 + extra)
		}
	}
}

// identEnd walks the identifier's spelling: one source character, or one
// \u escape, for each character of its name. A name that is not spelled at
// its index was made up by the parser (`export default function () {}` is
// named "default"; an event handler's parameter is "e"): it gets an empty
// span.
func (f *File) identEnd(idx file.Idx, name string) int {
	start := f.clamp(int(idx) - 1)
	i := start
	for _, r := range name {
		if i >= len(f.text) {
			return start
		}
		if f.text[i] == '\\' {
			i += 2 // \u
			if i < len(f.text) && f.text[i] == '{' {
				if j := bytes.IndexByte(f.text[i:], '}'); j >= 0 {
					i += j + 1
				}
			} else {
				i += 4
			}
			continue
		}
		c, size := utf8.DecodeRune(f.text[i:])
		if c != r {
			return start
		}
		i += size
	}
	return i
}

// templateElementEnd finds the `${` or backquote that ends the element.
func (f *File) templateElementEnd(x *ast.TemplateElement) int {
	i := f.start(x)
	for i < len(f.text) {
		switch f.text[i] {
		case '\\':
			i++
		case '`':
			return i
		case '$':
			if i+1 < len(f.text) && f.text[i+1] == '{' {
				return i
			}
		}
		i++
	}
	return len(f.text)
}

// programStart is where an empty program's script starts.
func (f *File) programStart(p *ast.Program) int {
	for _, s := range f.Scripts {
		if s.Program == p {
			return s.tstart
		}
	}
	return 0
}

func (f *File) clamp(off int) int { return min(max(off, 0), len(f.text)) }

// TypeAnnotation returns the type name a TypeScript annotation gives the
// declared name id (`x: tf.Tensor2D` gives "tf.Tensor2D", `model?: Sequential`
// "Sequential"), read from the original text, which esbuild's output no
// longer has. It is "" for JavaScript, for unannotated names and for types
// that are not one (qualified) name, or that name with `| null` or
// `| undefined`: a union of two classes says neither.
func (f *File) TypeAnnotation(id *ast.Identifier) string {
	if f.Kind != TS && f.Kind != TSX || id == nil {
		return ""
	}
	return f.annotationAfter(f.Tok.Offset(f.End(id)))
}

// FieldAnnotation is TypeAnnotation for a class field (`xs: tf.Tensor2D |
// null = null;`, `model: tf.LayersModel;`) and for the field esbuild
// declares for a constructor parameter property (`constructor(private opt:
// tf.Optimizer)`), whose name maps back to the parameter's.
func (f *File) FieldAnnotation(fd *ast.FieldDefinition) string {
	if f.Kind != TS && f.Kind != TSX || fd == nil || fd.Computed || fd.Key == nil || !f.Exact(fd.Key) {
		return ""
	}
	return f.annotationAfter(f.Tok.Offset(f.End(fd.Key)))
}

func (f *File) annotationAfter(off int) string {
	// TypeScript's annotation tokens are JavaScript tokens: read them with
	// the JS lexer, which skips blanks and comments.
	next := tokens(f.Src[off:], false)
	_, text := next()
	if text == "?" || text == "!" {
		_, text = next()
	}
	if text != ":" {
		return ""
	}
	return readType(next)
}

// tokens returns a reader of the JS tokens of src that skips blanks and
// comments, or with lines, reports a line break as the token "\n".
func tokens(src []byte, lines bool) func() (js.TokenType, string) {
	lx := js.NewLexer(parse.NewInputBytes(src))
	return func() (js.TokenType, string) {
		for {
			tt, data := lx.Next()
			switch tt {
			case js.LineTerminatorToken, js.CommentLineTerminatorToken:
				if lines {
					return js.LineTerminatorToken, "\n"
				}
				continue
			case js.WhitespaceToken, js.CommentToken:
				continue
			}
			return tt, string(data)
		}
	}
}

// PropertyAnnotation is the type a destructured parameter's type literal
// gives property prop (`{ model, input }: { model: tf.LayersModel; input:
// tf.Tensor2D }`, React props), read after the pattern; "" as for
// TypeAnnotation, or when the type is not a literal naming prop.
func (f *File) PropertyAnnotation(pattern *ast.ObjectPattern, prop string) string {
	if f.Kind != TS && f.Kind != TSX || pattern == nil {
		return ""
	}
	next := tokens(f.Src[f.Tok.Offset(f.End(pattern)):], true)
	skipLines := func() (js.TokenType, string) {
		for {
			if tt, text := next(); tt != js.LineTerminatorToken {
				return tt, text
			}
		}
	}
	if _, t := skipLines(); t != ":" {
		return ""
	}
	if _, t := skipLines(); t != "{" {
		return ""
	}
	// Members are `name[?]: type`, separated by ; , or a line break at
	// depth 0; a type's own brackets nest.
	depth, start := 0, true
	for range 10_000 {
		tt, text := next()
		switch {
		case tt == js.ErrorToken:
			return ""
		case depth == 0 && (text == ";" || text == "," || text == "\n"):
			start = true
			continue
		case depth == 0 && text == "}":
			return ""
		case start && js.IsIdentifierName(tt) || start && tt == js.StringToken:
			name := text
			if tt == js.StringToken && len(name) >= 2 {
				name = name[1 : len(name)-1]
			}
			_, t := skipLines()
			if t == "?" {
				_, t = skipLines()
			}
			if t == ":" && name == prop {
				return readType(func() (js.TokenType, string) { return skipLines() })
			}
			if t == "{" || t == "(" || t == "<" || t == "[" {
				depth++
			}
			start = false
			continue
		}
		start = false
		switch text {
		case "{", "(", "[", "<":
			depth++
		case "}", ")", "]", ">":
			depth--
		case ">>":
			depth -= 2
		case ">>>":
			depth -= 3
		}
	}
	return ""
}

// readType reads a type after its colon: one (qualified) name, with
// `| null` or `| undefined` at most.
func readType(next func() (js.TokenType, string)) string {
	var tt js.TokenType
	var text string
	// name reads a dotted name; it returns the token after it.
	name := func() (string, string) {
		var parts []string
		for {
			tt, text = next()
			if !js.IsIdentifierName(tt) {
				return strings.Join(parts, "."), text
			}
			parts = append(parts, text)
			if tt, text = next(); text != "." {
				return strings.Join(parts, "."), text
			}
		}
	}
	typ, after := name()
	if typ == "" {
		return ""
	}
	for after == "|" {
		var other string
		if other, after = name(); other != "null" && other != "undefined" {
			return ""
		}
	}
	switch after {
	case "<", "[", "&":
		return "" // a generic instance (Promise<Tensor> is no tensor), an array, an intersection
	}
	return typ
}
