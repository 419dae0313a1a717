package undisposed

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/tensorlife"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// disposeFix inserts a release of the leaked bindings after the last
// statement of the declaring block that uses them: `x.dispose();` for a
// tensor, `tf.dispose(x)` for containers (arrays and plain objects have no
// dispose method) and for several names.
func disposeFix(life *tensorlife.Result, a *tensorlife.Alloc, leaked []*jsast.Binding) (analysis.SuggestedFix, bool) {
	list, k := enclosingStatement(a.Stack)
	if list == nil {
		return analysis.SuggestedFix{}, false
	}
	last := k
	for _, b := range leaked {
		for _, id := range life.Refs(b) {
			for i := k + 1; i < len(list); i++ {
				if list[i].Idx0() <= id.Idx0() && id.Idx0() < list[i].Idx1() && i > last {
					last = i
				}
			}
		}
	}
	switch list[last].(type) {
	case *ast.ReturnStatement, *ast.ThrowStatement:
		return analysis.SuggestedFix{}, false // the exit itself uses it: no simple place to dispose
	}
	var text, label string
	switch {
	case len(leaked) == 1 && !container(life, a, leaked[0]):
		text, label = leaked[0].Name+".dispose();", leaked[0].Name
	case life.TFName == "":
		return analysis.SuggestedFix{}, false
	case len(leaked) == 1:
		text, label = life.TFName+".dispose("+leaked[0].Name+");", leaked[0].Name
	default:
		names := make([]string, len(leaked))
		for i, b := range leaked {
			names[i] = b.Name
		}
		label = strings.Join(names, ", ")
		text = life.TFName + ".dispose([" + label + "]);"
	}
	f := life.File
	if asyncUseAt(life, leaked, list[last]) {
		return analysis.SuggestedFix{}, false // its last use reads it later (an un-awaited toPixels): no safe place
	}
	pos := statementEnd(f, list[last])
	sep := newLine(f, list[k])
	if sep != " " {
		pos = afterLine(f, pos)
	} else {
		sep = terminator(f, pos) + sep
	}
	return analysis.SuggestedFix{
		Message:   "Dispose " + label + " after the last use",
		TextEdits: []analysis.TextEdit{{Pos: f.Tok.Pos(pos), End: f.Tok.Pos(pos), NewText: []byte(sep + text)}},
	}, true
}

// tidyBlockFix wraps the statements from the declaration to the last use
// of the leaked bindings — and of whatever those statements declare — in
// `tf.tidy(() => { … });`, which frees every tensor they make. It is not
// offered when the block would change meaning: an await, return, break,
// continue or yield inside it, var or function declarations (hoisting), a
// tensor the block hands on (stored, returned, passed to unknown code) or
// assigns to a variable from outside.
func tidyBlockFix(life *tensorlife.Result, a *tensorlife.Alloc, leaked []*jsast.Binding) (analysis.SuggestedFix, bool) {
	list, k := enclosingStatement(a.Stack)
	if list == nil || life.TFName == "" {
		return analysis.SuggestedFix{}, false
	}
	f := life.File
	within := func(i int, id *ast.Identifier) bool {
		return list[i].Idx0() <= id.Idx0() && id.Idx0() < list[i].Idx1()
	}
	// lastUse extends end to the last statement of list that reads b.
	lastUse := func(b *jsast.Binding, end int) (int, bool) {
		for _, id := range b.Refs {
			found := false
			for i := k; i < len(list); i++ {
				if within(i, id) {
					end, found = max(end, i), true
				}
			}
			if !found && !(list[k].Idx0() <= id.Idx0() && id.Idx0() < list[len(list)-1].Idx1()) {
				return 0, false // read outside this block
			}
		}
		return end, true
	}
	end := k
	for _, b := range leaked {
		var ok bool
		if end, ok = lastUse(b, end); !ok {
			return analysis.SuggestedFix{}, false
		}
	}
	// Grow the block until nothing it declares is read after it.
	for changed := true; changed; {
		changed = false
		for id, b := range life.TF.Scope.Defs {
			if id.Idx0() < list[k].Idx0() || id.Idx0() >= list[end].Idx1() {
				continue
			}
			if b.Kind == jsast.Var || b.Kind == jsast.FunctionName {
				return analysis.SuggestedFix{}, false // hoisted: its scope would change
			}
			if b.Scope.Function() != leaked[0].Scope.Function() {
				continue // declared in a nested function
			}
			e, ok := lastUse(b, end)
			if !ok {
				return analysis.SuggestedFix{}, false
			}
			if e > end {
				end, changed = e, true
			}
		}
	}
	start, stop := f.Offset(list[k].Idx0()), statementEnd(f, list[end])
	text := string(f.Src[start:stop])
	for _, word := range []string{"await", "return", "break", "continue", "yield", "arguments"} {
		if regexp.MustCompile(`\b` + word + `\b`).MatchString(text) {
			return analysis.SuggestedFix{}, false
		}
	}
	// An asynchronous tfjs call (toPixels, data) reads its tensors after
	// the tidy has freed them.
	for _, call := range life.TF.Calls {
		if off := f.Offset(call.Node.Idx0()); start <= off && off < stop && call.API.Async {
			return analysis.SuggestedFix{}, false
		}
	}
	// Every tensor the block makes must stay in it.
	for _, x := range life.AllocsIn(start, stop) {
		switch x.Fate {
		case tensorlife.Released:
			if !x.Ctx.Tidy {
				return analysis.SuggestedFix{}, false
			}
		case tensorlife.Bound:
			for _, b := range x.Bindings {
				if b.Ident == nil || b.Ident.Idx0() < list[k].Idx0() || b.Ident.Idx0() >= list[end].Idx1() || life.Escapes(b) {
					return analysis.SuggestedFix{}, false
				}
			}
		}
	}
	nl := newLine(f, list[k])
	var body string
	if nl == " " {
		body = life.TFName + ".tidy(() => { " + text + " });"
	} else {
		indent := lineIndent(f, list[k])
		lines := strings.Split(text, "\n")
		for i := range lines {
			if i == 0 || strings.TrimSpace(lines[i]) != "" {
				lines[i] = "  " + lines[i]
			}
		}
		body = life.TFName + ".tidy(() => {\n" + indent + strings.Join(lines, "\n") + "\n" + indent + "});"
	}
	first, last := f.Tok.Line(f.Tok.Pos(start)), f.Tok.Line(f.Tok.Pos(stop))
	what := fmt.Sprintf("line %d", first)
	if last > first {
		what = fmt.Sprintf("lines %d–%d", first, last)
	}
	return analysis.SuggestedFix{
		Message:   "Wrap " + what + " in " + life.TFName + ".tidy",
		TextEdits: []analysis.TextEdit{{Pos: f.Tok.Pos(start), End: f.Tok.Pos(stop), NewText: []byte(body)}},
	}, true
}

// maybeArrays are APIs documented to return a tensor or an array of them.
var maybeArrays = map[string]bool{
	"LayersModel.predict": true, "LayersModel.evaluate": true, "LayersModel.evaluateDataset": true,
	"LayersModel.predictOnBatch": true, "LayersModel.execute": true, "GraphModel.predict": true,
	"GraphModel.execute": true, "GraphModel.executeAsync": true, "GraphModel.predictAsync": true,
}

// container reports a binding that may hold an array or object of
// tensors rather than one tensor: the whole result of a list or map API,
// the grads of variableGrads, or the result of an API that returns arrays
// for multi-output models.
func container(life *tensorlife.Result, a *tensorlife.Alloc, b *jsast.Binding) bool {
	e := a.Node
	if aw, ok := e.(*ast.AwaitExpression); ok {
		e = aw.Argument
	}
	if indexed(life, b) {
		return true
	}
	api, ok := life.TF.API(e)
	if !ok {
		// A local producer destructured, or an untraced model's predict:
		// the shape of the value is unknown.
		op := a.Name[strings.LastIndex(a.Name, ".")+1:]
		return len(b.Path) > 0 || (predictMethods[op] && !usedAsTensor(life, b))
	}
	destructured := len(b.Path) > 0
	switch api.Result {
	case tfapi.KindTensorList, tfapi.KindTensorMap:
		return !destructured || slices.Contains(b.Path, "grads")
	}
	return maybeArrays[api.Name] && !destructured && !usedAsTensor(life, b)
}

var predictMethods = map[string]bool{"predict": true, "execute": true, "executeAsync": true, "predictOnBatch": true}

// indexed reports a binding read as an array or object: b[i], b.length.
func indexed(life *tensorlife.Result, b *jsast.Binding) bool {
	for _, id := range life.Refs(b) {
		switch p := life.File.Parent(id).(type) {
		case *ast.BracketExpression:
			if p.Left == ast.Expression(id) {
				return true
			}
		case *ast.DotExpression:
			if p.Left == ast.Expression(id) && p.Identifier.Name == "length" {
				return true
			}
		}
	}
	return false
}

// usedAsTensor reports a binding some read of which calls a Tensor method.
func usedAsTensor(life *tensorlife.Result, b *jsast.Binding) bool {
	for _, id := range life.Refs(b) {
		if dot, ok := life.File.Parent(id).(*ast.DotExpression); ok && dot.Left == ast.Expression(id) {
			if _, ok := tfapi.Method("Tensor", dot.Identifier.Name.String()); ok {
				return true
			}
		}
	}
	return false
}

// enclosingStatement finds the statement list holding the statement that
// contains the last node of stack, and its index.
func enclosingStatement(stack []ast.Node) ([]ast.Statement, int) {
	for i := len(stack) - 1; i > 0; i-- {
		list, ok := jsast.StatementList(stack[i-1])
		if !ok {
			if jsast.IsFunction(stack[i]) {
				return nil, 0
			}
			continue
		}
		for k, st := range list {
			if st == stack[i] {
				return list, k
			}
		}
		return nil, 0
	}
	return nil, 0
}

// statementEnd is the offset just past a statement and its semicolon.
func statementEnd(f *jsast.File, st ast.Statement) int {
	end := f.Offset(st.Idx1())
	i := end
	for i < len(f.Src) && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	if i < len(f.Src) && f.Src[i] == ';' {
		return i + 1
	}
	if end > 0 && f.Src[end-1] == ';' {
		return end
	}
	return end
}

// afterLine moves an insertion point past the rest of its line when that
// is only a line comment, so a statement keeps its trailing comment.
func afterLine(f *jsast.File, pos int) int {
	i := pos
	for i < len(f.Src) && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	if i+1 < len(f.Src) && f.Src[i] == '/' && f.Src[i+1] == '/' {
		for i < len(f.Src) && f.Src[i] != '\n' && f.Src[i] != '\r' {
			i++
		}
		return i
	}
	return pos
}

// terminator is ";" when the statement ending at pos has no semicolon of
// its own: on one line, the next statement needs it (ASI only helps across
// line breaks).
func terminator(f *jsast.File, pos int) string {
	i := pos - 1
	for i >= 0 && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i--
	}
	if i >= 0 && (f.Src[i] == ';' || f.Src[i] == '}') {
		return ""
	}
	return ";"
}

// asyncUseAt reports a read of one of the bindings in st that hands it to
// an asynchronous tfjs call nobody awaits (tf.browser.toPixels(t, canvas)):
// the call reads the tensor later, so disposing right after breaks it.
func asyncUseAt(life *tensorlife.Result, bs []*jsast.Binding, st ast.Statement) bool {
	for _, b := range bs {
		for _, id := range life.Refs(b) {
			if id.Idx0() < st.Idx0() || id.Idx0() >= st.Idx1() {
				continue
			}
			call, ok := life.File.Parent(id).(*ast.CallExpression)
			if !ok || call.Callee == ast.Expression(id) {
				continue
			}
			api, ok := life.TF.API(call)
			if !ok || !api.Async {
				continue
			}
			if _, awaited := life.File.Parent(call).(*ast.AwaitExpression); !awaited {
				return true
			}
		}
	}
	return false
}

// newLine separates an inserted statement from the one before it: a line
// break with the indentation of n, or a space inside an on*="…" attribute,
// which is better kept on one line.
func newLine(f *jsast.File, n ast.Node) string {
	off := f.Offset(n.Idx0())
	for _, s := range f.Scripts {
		if s.Handler && s.Start <= off && off < s.End {
			return " "
		}
	}
	return "\n" + lineIndent(f, n)
}

// lineIndent is the whitespace that starts the line of n.
func lineIndent(f *jsast.File, n ast.Node) string {
	off := f.Offset(n.Idx0())
	start := f.Tok.Offset(f.Tok.LineStart(f.Tok.Line(f.Tok.Pos(off))))
	i := start
	for i < off && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	return string(f.Src[start:i])
}

// temporaryFix frees the temporaries of one statement. Each is covered by
// the smallest expression that consumes it without leaving a tensor: a
// chain of ops ending in a synchronous read or in a value the code keeps
// is wrapped in tf.tidy(() => …) (the read inside the tidy, so nothing
// escapes); a chain read with `await x.data()` is bound, awaited and
// disposed; otherwise a whole expression statement goes in a tidy block.
func temporaryFix(life *tensorlife.Result, group []*tensorlife.Alloc) (analysis.SuggestedFix, bool) {
	if life.TFName == "" {
		return analysis.SuggestedFix{}, false
	}
	inGroup := map[ast.Node]bool{}
	for _, a := range group {
		inGroup[a.Node] = true
	}
	type wrap struct {
		node  ast.Node
		stack []ast.Node // the path to node
		read  ast.Node   // the awaited async read of node, for bind/await/dispose
	}
	var wraps []wrap
	for _, a := range group {
		i, read := consumer(life, a)
		x := a.Stack[i]
		w := wrap{node: x, stack: a.Stack[:i+1]}
		switch {
		case read != nil:
			w.read = read
		case inGroup[x]:
			// The chain ends in a leaked tensor: a tidy around it would keep
			// it. Wrap the statement instead, when it is a plain one.
			j := statementIndex(a.Stack)
			if j < 0 {
				return analysis.SuggestedFix{}, false
			}
			w = wrap{node: a.Stack[j], stack: a.Stack[:j+1]}
		}
		wraps = append(wraps, w)
	}
	// Keep the outermost of nested wraps.
	var kept []wrap
	for _, w := range wraps {
		inner := false
		for _, o := range wraps {
			if o.node != w.node && o.node.Idx0() <= w.node.Idx0() && w.node.Idx1() <= o.node.Idx1() {
				inner = true
			}
		}
		if !inner && !slices.ContainsFunc(kept, func(k wrap) bool { return k.node == w.node }) {
			kept = append(kept, w)
		}
	}
	f := life.File
	var edits []analysis.TextEdit
	message := "Wrap in " + life.TFName + ".tidy"
	for _, w := range kept {
		text := f.Text(w.node)
		if strings.Contains(text, "await") || strings.Contains(text, "yield") || makesPromise(life, w.node, w.stack) {
			return analysis.SuggestedFix{}, false
		}
		switch {
		case w.read != nil:
			e, ok := bindAwaitDispose(life, w.node, w.stack, w.read, inGroup)
			if !ok {
				return analysis.SuggestedFix{}, false
			}
			edits = append(edits, e...)
			message = "Bind the tensor, await the read, then dispose it"
		case isStatement(w.node):
			st := w.node.(*ast.ExpressionStatement)
			start, end := f.Offset(st.Idx0()), statementEnd(f, st)
			body := strings.TrimSuffix(strings.TrimSpace(string(f.Src[start:end])), ";")
			edits = append(edits, analysis.TextEdit{Pos: f.Tok.Pos(start), End: f.Tok.Pos(end),
				NewText: []byte(life.TFName + ".tidy(() => { " + body + "; });")})
		default:
			edits = append(edits, analysis.TextEdit{Pos: f.Start(w.node), End: f.End(w.node),
				NewText: []byte(life.TFName + ".tidy(() => " + text + ")")})
		}
	}
	if len(edits) == 0 {
		return analysis.SuggestedFix{}, false
	}
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos) - int(b.Pos) })
	for i := 1; i < len(edits); i++ {
		if edits[i].Pos < edits[i-1].End {
			return analysis.SuggestedFix{}, false
		}
	}
	return analysis.SuggestedFix{Message: message, TextEdits: edits}, true
}

// makesPromise reports an expression whose value is a promise — an async
// tfjs call (model.fit) or one the code awaits: tf.tidy throws when its
// function returns a promise, so it cannot wrap one.
func makesPromise(life *tensorlife.Result, n ast.Node, stack []ast.Node) bool {
	if len(stack) >= 2 {
		if _, ok := stack[len(stack)-2].(*ast.AwaitExpression); ok {
			return true
		}
	}
	e, ok := n.(ast.Expression)
	if !ok {
		return false
	}
	api, ok := life.TF.API(e)
	return ok && api.Async
}

// consumer walks up from a temporary through the ops and synchronous reads
// that consume it, and returns the index in a.Stack of the outermost one;
// read is the async read (`.data()`) that stopped the walk, if any.
func consumer(life *tensorlife.Result, a *tensorlife.Alloc) (i int, read ast.Node) {
	i = len(a.Stack) - 1
	for i >= 2 {
		cur, parent := a.Stack[i], a.Stack[i-1]
		if dot, ok := parent.(*ast.DotExpression); ok && dot.Left == cur {
			call, ok := a.Stack[i-2].(*ast.CallExpression)
			if !ok || call.Callee != dot {
				break
			}
			api, known := life.TF.API(call)
			if !known {
				api, known = tfapi.Method("Tensor", dot.Identifier.Name.String())
			}
			if !known {
				break
			}
			if api.Async {
				if i >= 3 {
					if _, ok := a.Stack[i-3].(*ast.AwaitExpression); ok {
						return i, call
					}
				}
				break // tidy cannot hold a Promise
			}
			i -= 2
			continue
		}
		if call, ok := parent.(*ast.CallExpression); ok && call.Callee != cur {
			if _, ok := life.TF.API(call); ok {
				i--
				continue
			}
		}
		break
	}
	return i, nil
}

// statementIndex is the index in stack of the expression statement that
// holds the last node, when no function lies between them; -1 otherwise.
func statementIndex(stack []ast.Node) int {
	for j := len(stack) - 1; j >= 0; j-- {
		if jsast.IsFunction(stack[j]) {
			return -1
		}
		if _, ok := stack[j].(*ast.ExpressionStatement); ok {
			if j > 0 {
				if _, ok := jsast.StatementList(stack[j-1]); ok {
					return j
				}
			}
			return -1
		}
		if _, ok := stack[j].(ast.Statement); ok {
			return -1
		}
	}
	return -1
}

func isStatement(n ast.Node) bool {
	_, ok := n.(*ast.ExpressionStatement)
	return ok
}

// bindAwaitDispose turns `… await E.data() …` into
// `const t = E; … await t.data() …; t.dispose();`, with E in a tidy when
// it chains several leaked ops.
func bindAwaitDispose(life *tensorlife.Result, e ast.Node, stack []ast.Node, read ast.Node, inGroup map[ast.Node]bool) ([]analysis.TextEdit, bool) {
	list, k := enclosingStatement(stack)
	if list == nil {
		return nil, false
	}
	switch list[k].(type) {
	case *ast.ReturnStatement, *ast.ThrowStatement:
		return nil, false
	}
	f := life.File
	name := freshName(life, bindingName(life, e))
	value := f.Text(e)
	nested := 0
	for n := range inGroup {
		if e.Idx0() <= n.Idx0() && n.Idx1() <= e.Idx1() {
			nested++
		}
	}
	if nested > 1 {
		value = life.TFName + ".tidy(() => " + value + ")"
	}
	nl := newLine(f, list[k])
	stStart, stEnd := f.Offset(list[k].Idx0()), statementEnd(f, list[k])
	if nl == " " {
		return []analysis.TextEdit{
			{Pos: f.Tok.Pos(stStart), End: f.Tok.Pos(stStart), NewText: []byte("const " + name + " = " + value + ";" + nl)},
			{Pos: f.Start(e), End: f.End(e), NewText: []byte(name)},
			{Pos: f.Tok.Pos(stEnd), End: f.Tok.Pos(stEnd), NewText: []byte(terminator(f, stEnd) + nl + name + ".dispose();")},
		}, true
	}
	return []analysis.TextEdit{
		{Pos: f.Tok.Pos(stStart), End: f.Tok.Pos(stStart), NewText: []byte("const " + name + " = " + value + ";" + nl)},
		{Pos: f.Start(e), End: f.End(e), NewText: []byte(name)},
		{Pos: f.Tok.Pos(afterLine(f, stEnd)), End: f.Tok.Pos(afterLine(f, stEnd)), NewText: []byte(nl + name + ".dispose();")},
	}, true
}

// bindingName names the tensor a fix binds: "prediction" for predict,
// else the op's name and "Tensor" ("maxTensor").
func bindingName(life *tensorlife.Result, e ast.Node) string {
	for _, a := range life.Allocs {
		if a.Node == e {
			op := a.Name[strings.LastIndex(a.Name, ".")+1:]
			op = strings.TrimSuffix(op, "()")
			switch {
			case op == "predict" || op == "predictAsync" || op == "execute" || op == "executeAsync":
				return "prediction"
			case !identifierRE.MatchString(op):
				return "tensor"
			}
			return op + "Tensor"
		}
	}
	return "tensor"
}

var identifierRE = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// freshName returns base, or base2, base3, …: the first name the file
// neither declares nor uses as a global (words in comments do not count).
func freshName(life *tensorlife.Result, base string) string {
	used := map[string]bool{}
	for id := range life.TF.Scope.Defs {
		used[id.Name.String()] = true
	}
	for name := range life.TF.Scope.Free {
		used[name] = true
	}
	for i := 1; ; i++ {
		name := base
		if i > 1 {
			name += strconv.Itoa(i)
		}
		if !used[name] {
			return name
		}
	}
}

// overwriteFix turns `w = w.sub(g);` into
// `const previousW = w; w = w.sub(g); tf.dispose(previousW);`.
func overwriteFix(life *tensorlife.Result, a *tensorlife.Alloc, b *jsast.Binding) (analysis.SuggestedFix, bool) {
	n := len(a.Stack)
	if life.TFName == "" || n < 3 || a.Stack[n-2] != a.Assign {
		return analysis.SuggestedFix{}, false
	}
	stmt, ok := a.Stack[n-3].(*ast.ExpressionStatement)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	f := life.File
	name := freshName(life, "previous"+capitalize(b.Name))
	start, end := f.Offset(stmt.Idx0()), statementEnd(f, stmt)
	assign := strings.TrimSuffix(strings.TrimSpace(string(f.Src[start:end])), ";")
	old := b.Name
	if b.Ident == nil {
		// An undeclared global: reading it before its first assignment throws.
		old = "typeof " + b.Name + " === 'undefined' ? undefined : " + b.Name
	}
	text := "const " + name + " = " + old + "; " + assign + "; " + life.TFName + ".dispose(" + name + ");"
	return analysis.SuggestedFix{
		Message:   "Dispose the previous " + b.Name,
		TextEdits: []analysis.TextEdit{{Pos: f.Tok.Pos(start), End: f.Tok.Pos(end), NewText: []byte(text)}},
	}, true
}

func capitalize(s string) string {
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
