package lint

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// Files named .js that do not parse are not always broken code. Two kinds
// are not code anyone runs as written, and reporting them as syntax errors
// was wrong every time reviewers looked: data or markup saved with a .js
// name (a JSON model asset, an HTML backup), and the pieces of a library's
// build that its build concatenates (an intro that opens a wrapper function,
// an outro that closes it, object members spliced in between). Both are
// recognised from their content, and only when nothing in the run loads the
// file: a page or import that loads one runs it, and its syntax error is real.

// notScript says why a JavaScript file that does not parse holds no
// JavaScript at all — JSON data or HTML markup — or returns "".
func notScript(f *jsast.File) string {
	if f.Kind != jsast.JS || len(f.Errors) == 0 {
		return ""
	}
	text := bytes.TrimSpace(bytes.TrimPrefix(f.Src, []byte("\xef\xbb\xbf")))
	switch {
	case len(text) > 0 && (text[0] == '{' || text[0] == '[') && json.Valid(text):
		return "JSON data with a .js name"
	case markupStart(text):
		return "HTML markup with a .js name"
	}
	return ""
}

// markupStart reports text that opens with an HTML doctype or element tag
// and closes an element somewhere: JavaScript cannot start with `<x` (JSX
// could, but a JSX file would have parsed).
func markupStart(text []byte) bool {
	if len(text) < 2 || text[0] != '<' || !bytes.Contains(text, []byte("</")) {
		return false
	}
	c := text[1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ||
		len(text) >= 9 && strings.EqualFold(string(text[:9]), "<!doctype")
}

// brackets are a text's unmatched brackets: closers before any opener they
// could match (an outro's `})`), in source order, and openers never closed
// (an intro's `(function ($) {`), outermost first.
type brackets struct {
	closers, openers []byte
}

// maxFragmentDepth bounds the unmatched brackets of a build fragment: the
// pieces wrap code in a function or two, never deeper.
const maxFragmentDepth = 8

// scanBrackets finds the unmatched brackets of JavaScript text, skipping
// strings, comments, templates and regular expressions. ok is false when
// the text cannot be tokenised or its brackets cross (`(]`).
func scanBrackets(src []byte) (b brackets, ok bool) {
	l := js.NewLexer(parse.NewInputBytes(src))
	var stack []byte
	prev := js.ErrorToken // the previous token that is not space or a comment
	for {
		tt, _ := l.Next()
		switch tt {
		case js.ErrorToken:
			return b, errors.Is(l.Err(), io.EOF)
		case js.WhitespaceToken, js.LineTerminatorToken, js.CommentToken, js.CommentLineTerminatorToken:
			continue
		case js.DivToken, js.DivEqToken:
			if !endsValue(prev) {
				if tt, _ = l.RegExp(); tt == js.ErrorToken {
					return b, false
				}
			}
		case js.OpenParenToken, js.OpenBraceToken, js.OpenBracketToken, js.TemplateStartToken:
			stack = append(stack, opener(tt))
		case js.CloseParenToken, js.CloseBraceToken, js.CloseBracketToken, js.TemplateEndToken, js.TemplateMiddleToken:
			want := opener(tt)
			switch {
			case len(stack) > 0 && stack[len(stack)-1] == want:
				if tt != js.TemplateMiddleToken {
					stack = stack[:len(stack)-1]
				}
			case len(stack) == 0 && want != '`':
				b.closers = append(b.closers, closerOf(want))
			default:
				return b, false
			}
		}
		prev = tt
		b.openers = stack
	}
}

// opener is the opening bracket a token opens or closes; '`' for the
// parts of a template with substitutions.
func opener(tt js.TokenType) byte {
	switch tt {
	case js.OpenParenToken, js.CloseParenToken:
		return '('
	case js.OpenBraceToken, js.CloseBraceToken:
		return '{'
	case js.OpenBracketToken, js.CloseBracketToken:
		return '['
	}
	return '`'
}

func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '{':
		return '}'
	}
	return ']'
}

// endsValue reports a token after which `/` divides rather than starts a
// regular expression.
func endsValue(tt js.TokenType) bool {
	switch tt {
	case js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.TemplateToken, js.TemplateEndToken,
		js.StringToken, js.RegExpToken, js.ThisToken, js.SuperToken, js.NullToken, js.TrueToken, js.FalseToken:
		return true
	}
	return js.IsIdentifier(tt) || js.IsNumeric(tt)
}

// completions returns text with its unmatched brackets supplied the way a
// build's wrapper pieces would: a `}` closes a function (or, for the
// innermost, an object literal being assigned: `Foo.prototype = {`), a `)`
// or `]` a group or array; a text without unmatched brackets is tried as
// the members of an object literal.
func completions(text []byte, b brackets) []string {
	var post strings.Builder
	if len(b.openers) > 0 && endsInOperator(text) {
		// An intro that stops where the build splices the code in, in
		// the middle of an assignment (`var S2 =`): a value goes there.
		post.WriteString("0\n")
	}
	for i := len(b.openers) - 1; i >= 0; i-- {
		post.WriteByte(closerOf(b.openers[i]))
	}
	if len(b.closers) == 0 && len(b.openers) == 0 {
		return []string{"({\n" + string(text) + "\n})"}
	}
	var out []string
	for _, objectFirst := range []bool{false, true} {
		if objectFirst && (len(b.closers) == 0 || b.closers[0] != '}') {
			break
		}
		var parts []string
		for i := len(b.closers) - 1; i >= 0; i-- {
			switch {
			case i == 0 && objectFirst:
				parts = append(parts, "x={")
			case b.closers[i] == '}':
				parts = append(parts, "function(){")
			case b.closers[i] == ')':
				parts = append(parts, "(")
			default:
				parts = append(parts, "[")
			}
		}
		pre := strings.Join(parts, "")
		if strings.HasPrefix(pre, "function") {
			pre = "void " + pre // an expression, not a declaration without a name
		}
		out = append(out, pre+"\n"+string(text)+"\n"+post.String())
	}
	return out
}

// endsInOperator reports text whose last token, comments aside, is an
// assignment: the code that follows it is missing.
func endsInOperator(text []byte) bool {
	l := js.NewLexer(parse.NewInputBytes(text))
	last := js.ErrorToken
	for {
		tt, _ := l.Next()
		switch tt {
		case js.ErrorToken:
			return last == js.EqToken
		case js.WhitespaceToken, js.LineTerminatorToken, js.CommentToken, js.CommentLineTerminatorToken:
			continue
		}
		last = tt
	}
}

// completes reports whether one of the completions of text parses.
func completes(name string, text []byte, b brackets) bool {
	for _, whole := range completions(text, b) {
		if len(jsast.Parse(token.NewFileSet(), name, []byte(whole)).Errors) == 0 {
			return true
		}
	}
	return false
}

// buildFragment says why a JavaScript file that does not parse is a piece
// of a build meant to be concatenated with its siblings, or returns "": its
// unmatched brackets are few, supplying them makes it parse, and a sibling
// file in its directory is a piece too, with the unmatched brackets that
// would supply them (an intro for an outro or a middle piece, an outro for
// an intro). A broken file beside a broken file is not enough: the sibling
// must parse once completed as well.
func buildFragment(f *jsast.File) string {
	if f.Kind != jsast.JS || len(f.Errors) == 0 {
		return ""
	}
	b, ok := scanBrackets(f.Src)
	if !ok || len(b.closers)+len(b.openers) > maxFragmentDepth || bytes.IndexByte(b.openers, '`') >= 0 {
		return ""
	}
	if !completes(f.Name, f.Src, b) {
		return ""
	}
	needOpeners := len(b.closers) > 0 || len(b.openers) == 0 // an outro or a middle piece
	sibling := siblingPiece(f.Name, needOpeners)
	if sibling == "" {
		if len(b.closers) == 0 && wrapperHeader.Match(f.Src) {
			// A wrapper's header (a UMD template) ends right where the
			// wrapped code goes: a broken or cut-off script has code
			// after its last opener.
			return fmt.Sprintf("a build fragment: it ends by opening the wrapper function that the build puts the code into, leaving %q open; nothing in the run loads it", b.openers)
		}
		return ""
	}
	switch {
	case len(b.closers) == 0 && len(b.openers) == 0:
		return fmt.Sprintf("a build fragment: it parses as the members of an object, inside a wrapper that pieces beside it such as %s open; nothing in the run loads it", sibling)
	case needOpeners:
		return fmt.Sprintf("a build fragment: it closes %q that it never opens, which pieces beside it such as %s open; nothing in the run loads it", b.closers, sibling)
	}
	return fmt.Sprintf("a build fragment: it leaves %q open for pieces beside it such as %s to close; nothing in the run loads it", b.openers, sibling)
}

// wrapperHeader matches text that ends by opening a function body, with
// at most a 'use strict' directive and comments after the brace.
var wrapperHeader = regexp.MustCompile(`function\s*[\w$]*\s*\([\w$,\s]*\)\s*\{\s*(?:(?://[^\n]*\n\s*)|(?:/\*[^*]*\*/\s*))*(?:['"]use strict['"];?\s*)?(?:(?://[^\n]*\n?\s*)|(?:/\*[^*]*\*/\s*))*$`)

// maxSiblings and maxSiblingSize bound the search for a fragment's partner.
const (
	maxSiblings    = 200
	maxSiblingSize = 1 << 20
)

// siblingPiece returns the base name of a JavaScript file beside name that
// leaves brackets open (wantOpeners) or closes brackets it never opened,
// within the fragment bound, or "".
func siblingPiece(name string, wantOpeners bool) string {
	dir := filepath.Dir(name)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	seen := 0
	for _, e := range entries { // sorted by name: the choice is deterministic
		if e.IsDir() || e.Name() == filepath.Base(name) {
			continue
		}
		if k, ok := jsast.KindOf(e.Name()); !ok || k != jsast.JS {
			continue
		}
		if seen++; seen > maxSiblings {
			break
		}
		if info, err := e.Info(); err != nil || info.Size() > maxSiblingSize {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if u, _ := jsast.DecodeUTF16(src); u != nil {
			src = u
		}
		b, ok := scanBrackets(src)
		if !ok || len(b.closers)+len(b.openers) > maxFragmentDepth || bytes.IndexByte(b.openers, '`') >= 0 {
			continue
		}
		if (wantOpeners && len(b.openers) > 0 || !wantOpeners && len(b.closers) > 0) && completes(e.Name(), src, b) {
			return e.Name()
		}
	}
	return ""
}

// dropNonScripts moves the files that do not parse, that nothing in g
// loads, and that are data, markup or build fragments (see notScript and
// buildFragment) from res.Files and res.Sources to res.Skipped, and from g.
// It returns parsed in step with res.Files.
func dropNonScripts(g *Graph, res *Result, parsed []*jsast.File) []*jsast.File {
	loaded := map[string]bool{}
	for _, e := range g.Edges {
		if e.To != "" {
			loaded[e.To] = true
		}
	}
	dropped := map[string]bool{}
	var files []string
	var kept []*jsast.File
	for i, name := range res.Files {
		f := parsed[i]
		if f != nil && len(f.Errors) > 0 && !loaded[name] {
			kind, why := SkipNotScript, notScript(f)
			if why == "" {
				kind, why = SkipFragment, buildFragment(f)
			}
			if why != "" {
				res.Skipped = append(res.Skipped, Skipped{File: name, Kind: kind, Reason: why})
				delete(res.Sources, name)
				dropped[name] = true
				continue
			}
		}
		files = append(files, name)
		kept = append(kept, f)
	}
	if len(dropped) == 0 {
		return parsed
	}
	res.Files = files
	g.Files = files
	g.Edges = slices.DeleteFunc(g.Edges, func(e Edge) bool { return dropped[e.From] })
	return kept
}

// A file that does not parse and that nothing loads is still reported: it
// is broken, and someone may mean to run it. But when the project around it
// shows that it is left out — the pages beside a browser script load other
// scripts or none and never this one, or the modules beside an exporting
// module import one another and never this one — it is a scratch copy or a
// leftover (a `state.js` beside the page's `dfa.js`, a data loader no
// script requires), and its error breaks nothing that runs: the finding is
// info. A standalone Node script (it requires packages, exports nothing)
// and a module in a directory whose modules are not wired by imports (a
// library's only file) keep the error: they are run or imported from
// outside the project. So do TypeScript files, which tsc compiles whether
// or not anything imports them.

// leftOut says why a file that does not parse and that nothing in the run
// loads is left out of the project around it, or returns "".
func leftOut(f *jsast.File) string {
	if f == nil || len(f.Errors) == 0 || f.Kind != jsast.JS && f.Kind != jsast.JSX {
		// A page is an entry of its own; tsc compiles every TypeScript
		// file of the project, imported or not, and fails on this one.
		return ""
	}
	uses := moduleTokens(f.Src)
	dir, base := filepath.Dir(f.Name), filepath.Base(f.Name)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	var pages []string
	wired := false // a sibling module imports or requires a local file
	seen := 0
	for _, e := range entries { // sorted by name: the choice is deterministic
		if e.IsDir() || e.Name() == base {
			continue
		}
		k, ok := jsast.KindOf(e.Name())
		if !ok {
			continue
		}
		if seen++; seen > maxSiblings {
			return ""
		}
		if info, err := e.Info(); err != nil || info.Size() > maxSiblingSize {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if k == jsast.HTML {
			if bytes.Contains(src, []byte(base)) {
				return "" // a page beside it names it: it may load it
			}
			pages = append(pages, e.Name())
			continue
		}
		if mentionsLocal(src, stem) {
			return "" // a module beside it imports it
		}
		wired = wired || localImport.Match(src)
	}
	switch {
	case !uses.module && len(pages) > 0:
		return fmt.Sprintf("no page loads this file: %s beside it does not", pages[0])
	case uses.exports && wired:
		return "no module imports this file: the modules beside it import one another, not it"
	}
	return ""
}

// localImport matches an import or require of a relative path.
var localImport = regexp.MustCompile(`(?:require\s*\(\s*|from\s+|import\s*\(\s*)['"]\.\.?/`)

// mentionsLocal reports source that imports or requires ./stem (with or
// without an extension).
func mentionsLocal(src []byte, stem string) bool {
	for _, m := range localSpec.FindAllSubmatch(src, -1) {
		name := filepath.Base(string(m[1]))
		if name == stem || strings.TrimSuffix(name, filepath.Ext(name)) == stem {
			return true
		}
	}
	return false
}

var localSpec = regexp.MustCompile(`(?:require\s*\(\s*|from\s+|import\s*\(\s*|import\s+)['"](\.\.?/[^'"]*)['"]`)

// moduleUse is what a file's tokens say about how it is loaded.
type moduleUse struct {
	module  bool // it imports, requires or exports: a module, not a page's classic script
	exports bool // it exports (export, module.exports, exports.x)
}

// moduleTokens scans JavaScript text that does not parse for the tokens
// of modules: import, export, require(…), module.exports, exports.x.
func moduleTokens(src []byte) moduleUse {
	var u moduleUse
	l := js.NewLexer(parse.NewInputBytes(src))
	var prev, prev2 string
	for {
		tt, text := l.Next()
		switch tt {
		case js.ErrorToken:
			return u
		case js.WhitespaceToken, js.LineTerminatorToken, js.CommentToken, js.CommentLineTerminatorToken:
			continue
		case js.DivToken, js.DivEqToken:
			if prev == "" || !strings.ContainsAny(prev[len(prev)-1:], ")]}0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$'\"`") {
				l.RegExp()
			}
		}
		s := string(text)
		switch {
		case tt == js.ExportToken:
			u.module, u.exports = true, true
		case tt == js.ImportToken:
			u.module = true
		case s == "(" && prev == "require":
			u.module = true
		case s == "exports" && prev == "." && prev2 == "module", s == "." && prev == "exports" && prev2 != ".":
			u.module, u.exports = true, true
		}
		prev2, prev = prev, s
	}
}

// markLeftOut sets Context.LeftOut for the files that do not parse, that
// nothing in g loads, and that the project around them leaves out.
func markLeftOut(g *Graph, parsed []*jsast.File, ctxs []*runctx.Context) {
	loaded := map[string]bool{}
	for _, e := range g.Edges {
		if e.To != "" {
			loaded[e.To] = true
		}
	}
	for i, f := range parsed {
		if f != nil && len(f.Errors) > 0 && !loaded[f.Name] {
			ctxs[i].LeftOut = leftOut(f)
		}
	}
}
