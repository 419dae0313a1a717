package jsast

import (
	"bytes"
	"io"

	"github.com/grafana/sobek/ast"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// Comment is one comment, at byte offsets [Start, End) of File.Src.
type Comment struct {
	Start, End int
	Text       string // without the delimiters
	Block      bool   // /* … */
}

// scanComments lexes every script of src (the file's readable original
// text) for its comments. A '/' is re-read as a regular expression exactly
// where the AST has a RegExpLiteral, which is the one place the lexer cannot
// decide alone. A transformed file's comments are read from the original
// too: esbuild drops them, and directives are written there.
func (f *File) scanComments(src []byte) []Comment {
	var out []Comment
	for _, s := range f.Scripts {
		regexps := map[int]bool{}
		s.inspector.Preorder([]ast.Node{(*ast.RegExpLiteral)(nil)}, func(n ast.Node) {
			regexps[f.orig(int(n.Idx0())-1)] = true
		})
		out = appendComments(out, src, s.Start, s.End, regexps)
	}
	return out
}

func appendComments(out []Comment, text []byte, start, end int, regexps map[int]bool) []Comment {
	buf := make([]byte, end-start, end-start+1)
	copy(buf, text[start:end])
	lx := js.NewLexer(parse.NewInputBytes(buf))
	off := start
	for {
		tt, data := lx.Next()
		if tt == js.ErrorToken && (lx.Err() == io.EOF || len(data) == 0) {
			return out
		}
		if (tt == js.DivToken || tt == js.DivEqToken) && regexps[off] {
			tt, data = lx.RegExp()
		}
		if tt == js.CommentToken || tt == js.CommentLineTerminatorToken {
			out = append(out, makeComment(off, data))
		}
		off += len(data)
		if off >= end {
			// After an error on the last byte (`#!#`) the lexer has stepped
			// past the terminating NUL; calling it again would panic.
			return out
		}
	}
}

func makeComment(off int, data []byte) Comment {
	c := Comment{Start: off, End: off + len(data)}
	switch {
	case bytes.HasPrefix(data, []byte("/*")):
		c.Block = true
		c.Text = string(bytes.TrimSuffix(data[2:], []byte("*/")))
	case bytes.HasPrefix(data, []byte("//")):
		c.Text = string(data[2:])
	case bytes.HasPrefix(data, []byte("<!--")):
		c.Text = string(data[4:])
	case bytes.HasPrefix(data, []byte("-->")):
		c.Text = string(data[3:])
	default:
		c.Text = string(data)
	}
	return c
}
