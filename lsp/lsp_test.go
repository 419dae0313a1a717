package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"
)

const (
	pushCaps = `{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}`
	pullCaps = `{"textDocument":{"diagnostic":{}},"workspace":{"diagnostics":{"refreshSupport":true},"didChangeWatchedFiles":{"dynamicRegistration":true}}}`
	utf8Caps = `{"general":{"positionEncodings":["utf-8","utf-16"]}}`
)

// loopJS leaks a tensor per iteration (undisposed-tensor, with two
// suggestions) after a character outside the BMP on the same line, and has
// an unused directive (a safe fix, with the config below).
const loopJS = `import * as tf from '@tensorflow/tfjs';

// tfjslint-disable-next-line timer-wait
const x = 1;
for (let i = 0; i < 100; i++) {
  const s = '😀', t = tf.ones([2, 2]);
  console.log(s, t.shape, x);
}
`

const unusedOn = "rules:\n  unused-directive: warning\n"

func project(t *testing.T) (dir, file string) {
	dir = t.TempDir()
	file = filepath.Join(dir, "train.js")
	writeFile(t, file, loopJS)
	writeFile(t, filepath.Join(dir, ".tfjslint.yaml"), unusedOn)
	return dir, file
}

func find(ds []Diagnostic, code string) *Diagnostic {
	for i := range ds {
		if ds[i].Code == code {
			return &ds[i]
		}
	}
	return nil
}

func has(codesWanted ...string) func(PublishDiagnosticsParams) bool {
	return func(p PublishDiagnosticsParams) bool {
		return codes(p.Diagnostics) == strings.Join(codesWanted, ",")
	}
}

func TestPushDiagnostics(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	p, _ := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	if p.Version == nil || *p.Version != 1 {
		t.Errorf("version = %v, want 1", p.Version)
	}
	d := find(p.Diagnostics, "undisposed-tensor")
	if d.Source != "tfjslint" || d.CodeDescription == nil || !strings.HasSuffix(d.CodeDescription.Href, "/rules/docs/undisposed-tensor.md") {
		t.Errorf("diagnostic = %+v", d)
	}
	if d.Severity != SeverityInformation {
		t.Errorf("severity = %d, want info (a loop that runs once)", d.Severity)
	}
	// UTF-16 columns: the emoji before the finding counts two units.
	line := strings.Split(loopJS, "\n")[5]
	want := Position{Line: 5, Character: len(utf16.Encode([]rune(line[:strings.Index(line, "tf.ones")])))}
	if d.Range.Start != want {
		t.Errorf("start = %+v, want %+v (UTF-16)", d.Range.Start, want)
	}
	u := find(p.Diagnostics, "unused-directive")
	if u.Severity != SeverityWarning || u.Range.Start != (Position{Line: 2, Character: 0}) {
		t.Errorf("unused-directive = %+v", u)
	}
	if code := c.shutdown(); code != 0 {
		t.Errorf("exit code = %d after shutdown, want 0", code)
	}
}

func TestUTF8Positions(t *testing.T) {
	dir, file := project(t)
	c := newClient(t, dir)
	var res InitializeResult
	c.call("initialize", map[string]any{"rootUri": pathToURI(dir), "capabilities": json.RawMessage(utf8Caps)}, &res)
	c.notify("initialized", struct{}{})
	if res.Capabilities.PositionEncoding != encodingUTF8 {
		t.Fatalf("positionEncoding = %q, want utf-8", res.Capabilities.PositionEncoding)
	}
	uri := c.open(file, "javascript", loopJS)
	p, _ := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	line := strings.Split(loopJS, "\n")[5]
	if got, want := find(p.Diagnostics, "undisposed-tensor").Range.Start.Character, strings.Index(line, "tf.ones"); got != want {
		t.Errorf("character = %d, want %d (UTF-8 bytes)", got, want)
	}
	// An incremental edit in UTF-8 units, after the emoji: t becomes u.
	at := Position{Line: 5, Character: strings.Index(line, "t = ")}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Range: &Range{Start: at, End: Position{Line: at.Line, Character: at.Character + 1}}, Text: "u"}},
	})
	p, _ = c.diagnostics(uri, 0, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	if d := find(p.Diagnostics, "undisposed-tensor"); d == nil || !strings.Contains(d.Message, "`u`") {
		t.Errorf("after the edit: %+v", p.Diagnostics)
	}
}

func TestIncrementalEdits(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	_, next := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	change := func(version int, changes ...TextDocumentContentChangeEvent) {
		c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: version}, ContentChanges: changes})
	}
	// Two edits in one notification: a line inserted at the top, then (in
	// the new coordinates) the directive deleted.
	change(2,
		TextDocumentContentChangeEvent{Range: &Range{}, Text: "// header\n"},
		TextDocumentContentChangeEvent{Range: &Range{Start: Position{Line: 3}, End: Position{Line: 4}}, Text: ""},
	)
	p, next := c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	if codes(p.Diagnostics) != "undisposed-tensor" || p.Diagnostics[0].Range.Start.Line != 5 {
		t.Fatalf("after the edits: %+v", p.Diagnostics)
	}
	// A burst of edits: the dispose typed one character at a time. Only the
	// last version's diagnostics matter.
	line := 6 // console.log(...)
	insert := "t.dispose();"
	for i, ch := range insert {
		pos := Position{Line: line, Character: 2 + i}
		change(3+i, TextDocumentContentChangeEvent{Range: &Range{Start: pos, End: pos}, Text: string(ch)})
	}
	last := 3 + len(insert) - 1
	change(last+1, TextDocumentContentChangeEvent{Range: &Range{Start: Position{Line: line, Character: 2 + len(insert)}, End: Position{Line: line, Character: 2 + len(insert)}}, Text: " "})
	p, _ = c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return *p.Version == last+1 })
	if len(p.Diagnostics) != 0 {
		// t.dispose() before console.log(t.shape) is use-after-dispose, not a leak.
		if codes(p.Diagnostics) != "use-after-dispose" {
			t.Fatalf("after typing the dispose: %+v", p.Diagnostics)
		}
	}
	// A whole-document change.
	change(100, TextDocumentContentChangeEvent{Text: "const y = 2;\n"})
	p, _ = c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return *p.Version == 100 })
	if len(p.Diagnostics) != 0 {
		t.Errorf("clean text: %+v", p.Diagnostics)
	}
	// Closing clears the diagnostics.
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return p.Version == nil && len(p.Diagnostics) == 0 })
}

func TestPullDiagnostics(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pullCaps)
	uri := c.open(file, "javascript", loopJS)
	var rep DocumentDiagnosticReport
	c.call("textDocument/diagnostic", DocumentDiagnosticParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &rep)
	if rep.Kind != "full" || codes(rep.Items) != "unused-directive,undisposed-tensor" || rep.ResultID == "" {
		t.Fatalf("pull = %+v", rep)
	}
	var raw json.RawMessage
	c.call("textDocument/diagnostic", DocumentDiagnosticParams{TextDocument: TextDocumentIdentifier{URI: uri}, PreviousResultID: rep.ResultID}, &raw)
	if want := `{"kind":"unchanged","resultId":"` + rep.ResultID + `"}`; string(raw) != want {
		t.Errorf("second pull = %s, want %s", raw, want)
	}
	var again DocumentDiagnosticReport
	// An edit, then a pull at once: the answer is for the new text.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Range: &Range{Start: Position{Line: 2}, End: Position{Line: 3}}, Text: ""}},
	})
	c.call("textDocument/diagnostic", DocumentDiagnosticParams{TextDocument: TextDocumentIdentifier{URI: uri}, PreviousResultID: rep.ResultID}, &again)
	if again.Kind != "full" || codes(again.Items) != "undisposed-tensor" {
		t.Errorf("pull after the edit = %+v", again)
	}
	c.shutdown()
	if n := len(c.notesOf("textDocument/publishDiagnostics")); n != 0 {
		t.Errorf("a pulling client got %d pushes", n)
	}
}

func TestCodeActions(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	p, next := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	leak := find(p.Diagnostics, "undisposed-tensor")
	actionsAt := func(r Range, only ...string) []CodeAction {
		var out []CodeAction
		c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Range: r, Context: CodeActionContext{Only: only}}, &out)
		return out
	}
	var titles []string
	acts := actionsAt(Range{Start: leak.Range.Start, End: leak.Range.Start})
	for _, a := range acts {
		titles = append(titles, a.Kind+": "+a.Title)
		if a.Kind == kindQuickFix && (len(a.Diagnostics) != 1 || a.Diagnostics[0].Code != "undisposed-tensor") {
			t.Errorf("%q carries diagnostics %+v", a.Title, a.Diagnostics)
		}
	}
	want := []string{
		"quickfix: Dispose t after the last use",
		"quickfix: Wrap lines 6–7 in tf.tidy",
		"quickfix: Disable undisposed-tensor for this line",
		"source.fixAll.tfjslint: Fix all safe tfjslint problems",
	}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Fatalf("actions:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}
	if acts[0].IsPreferred {
		t.Errorf("a suggestion is preferred")
	}
	// The suggestion, applied, fixes the leak.
	fixed := apply(t, loopJS, acts[0].Edit.Changes[uri], encodingUTF16)
	if !strings.Contains(fixed, "console.log(s, t.shape, x);\n  t.dispose();") {
		t.Fatalf("fixed text:\n%s", fixed)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 2}, ContentChanges: []TextDocumentContentChangeEvent{{Text: fixed}}})
	_, next = c.diagnostics(uri, next, has("unused-directive"))

	// The directive, applied to the original text, silences the rule.
	disabled := apply(t, loopJS, acts[2].Edit.Changes[uri], encodingUTF16)
	if !strings.Contains(disabled, "\n  // tfjslint-disable-next-line undisposed-tensor\n  const s") {
		t.Fatalf("disabled text:\n%s", disabled)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 3}, ContentChanges: []TextDocumentContentChangeEvent{{Text: disabled}}})
	_, next = c.diagnostics(uri, next, has("unused-directive"))

	// The unused directive's removal is a safe fix: preferred, and in fix-all.
	acts = actionsAt(Range{Start: Position{Line: 2}, End: Position{Line: 2, Character: 5}})
	if len(acts) == 0 || acts[0].Title != "Remove the unused directive" || !acts[0].IsPreferred {
		t.Fatalf("actions on the directive: %+v", acts)
	}
	all := actionsAt(Range{}, "source.fixAll")
	if len(all) != 1 || all[0].Kind != kindFixAll {
		t.Fatalf("fix-all: %+v", all)
	}
	clean := apply(t, disabled, all[0].Edit.Changes[uri], encodingUTF16)
	if strings.Contains(clean, "timer-wait") || !strings.Contains(clean, "disable-next-line undisposed-tensor") {
		t.Fatalf("after fix-all:\n%s", clean)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 4}, ContentChanges: []TextDocumentContentChangeEvent{{Text: clean}}})
	c.diagnostics(uri, next, has())
	if got := actionsAt(Range{}, "source.fixAll"); len(got) != 0 {
		t.Errorf("fix-all with nothing to fix: %+v", got)
	}
}

func TestDisableExtendsDirective(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.js")
	src := strings.Replace(loopJS, "  const s =", "  // tfjslint-disable-next-line sync-readback\n  const s =", 1)
	writeFile(t, file, src)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", src)
	p, _ := c.diagnostics(uri, 0, func(p PublishDiagnosticsParams) bool { return find(p.Diagnostics, "undisposed-tensor") != nil })
	leak := find(p.Diagnostics, "undisposed-tensor")
	var acts []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Range: leak.Range, Context: CodeActionContext{Only: []string{"quickfix"}}}, &acts)
	var disable *CodeAction
	for i := range acts {
		if strings.HasPrefix(acts[i].Title, "Disable") {
			disable = &acts[i]
		}
	}
	if disable == nil {
		t.Fatalf("no disable action in %+v", acts)
	}
	got := apply(t, src, disable.Edit.Changes[uri], encodingUTF16)
	if !strings.Contains(got, "// tfjslint-disable-next-line sync-readback, undisposed-tensor\n") {
		t.Errorf("got:\n%s", got)
	}
}

func TestHover(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	p, _ := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	leak := find(p.Diagnostics, "undisposed-tensor")
	var h *Hover
	c.call("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: leak.Range.Start}, &h)
	if h == nil || h.Contents.Kind != "markdown" || !strings.Contains(h.Contents.Value, "undisposed-tensor") || h.Range == nil || *h.Range != leak.Range {
		t.Fatalf("hover = %+v", h)
	}
	var none *Hover
	c.call("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: Position{Line: 0}}, &none)
	if none != nil {
		t.Errorf("hover off any finding = %+v", none)
	}
}

func TestConfigReload(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	c.waitFor("the watcher registration", func() bool { return len(c.registrations) == 1 })
	if r := c.registrations[0]; r.Method != "workspace/didChangeWatchedFiles" {
		t.Fatalf("registration = %+v", r)
	}
	uri := c.open(file, "javascript", loopJS)
	_, next := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	cfgPath := filepath.Join(dir, ".tfjslint.yaml")
	cfgURI := pathToURI(cfgPath)
	changed := func() {
		c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: cfgURI, Type: 2}}})
	}

	// A broken config: a diagnostic on it, a message, and the document
	// linted with the defaults (unused-directive is off by default).
	writeFile(t, cfgPath, "rules:\n  undisposed-tensr: off\n")
	changed()
	cp, _ := c.diagnostics(cfgURI, next, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) > 0 })
	if d := cp.Diagnostics[0]; !strings.Contains(d.Message, `did you mean "undisposed-tensor"`) || d.Range.Start != (Position{Line: 1, Character: 2}) {
		t.Errorf("config diagnostic = %+v", d)
	}
	_, next = c.diagnostics(uri, next, has("undisposed-tensor"))
	c.waitFor("a message about the config", func() bool {
		for _, n := range c.notes {
			if n.Method == "window/showMessage" && strings.Contains(string(*n.Params), "undisposed-tensr") {
				return true
			}
		}
		return false
	})

	// Fixed: the config's diagnostics go, and its settings apply.
	writeFile(t, cfgPath, "rules:\n  undisposed-tensor: off\n  unused-directive: error\n")
	changed()
	c.diagnostics(cfgURI, next, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })
	p, _ := c.diagnostics(uri, next, has("unused-directive"))
	if p.Diagnostics[0].Severity != SeverityError {
		t.Errorf("severity = %d, want error from the reloaded config", p.Diagnostics[0].Severity)
	}
}

func TestConfigIgnoresDocument(t *testing.T) {
	dir, file := project(t)
	writeFile(t, filepath.Join(dir, ".tfjslint.yaml"), "ignore: [\"train.js\"]\n")
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	c.diagnostics(uri, 0, has())
}

func TestImportsAreLinted(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js")
	aSrc := "import * as tf from '@tensorflow/tfjs';\nimport { makeT } from './b.js';\n\nfor (let i = 0; i < 100; i++) {\n  const t = makeT();\n  console.log(t.shape);\n}\n"
	bSrc := "import * as tf from '@tensorflow/tfjs';\n\nexport function makeT() {\n  return tf.ones([2, 2]);\n}\n"
	writeFile(t, a, aSrc)
	writeFile(t, b, "export function makeT() { return 2; }\n") // disk differs from the buffer
	c := startClient(t, dir, pushCaps)
	bURI := c.open(b, "javascript", bSrc)
	aURI := c.open(a, "javascript", aSrc)
	// a's finding needs b's buffer: makeT returns a new tensor.
	_, next := c.diagnostics(aURI, 0, has("undisposed-tensor"))
	// Editing b so makeT returns no tensor lints a again.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: bURI, Version: 2}, ContentChanges: []TextDocumentContentChangeEvent{{Text: "export function makeT() { return 2; }\n"}}})
	c.diagnostics(aURI, next, has())
}

func TestDryRunOnSave(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../sim/testdata/leak_loop.js")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "leak.js")
	writeFile(t, file, string(src))
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", string(src))
	p, next := c.diagnostics(uri, 0, func(p PublishDiagnosticsParams) bool { return true })
	if strings.Contains(codes(p.Diagnostics), "memory-growth") {
		t.Fatalf("the dry run ran before a save: %s", codes(p.Diagnostics))
	}
	c.notify("textDocument/didSave", DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	p, next = c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return strings.Contains(codes(p.Diagnostics), "memory-growth") })
	growth := find(p.Diagnostics, "memory-growth")
	// Its finding stays with its code while lines are added above it.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 2}, ContentChanges: []TextDocumentContentChangeEvent{{Range: &Range{}, Text: "// a\n// b\n"}}})
	p, _ = c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return *p.Version == 2 })
	moved := find(p.Diagnostics, "memory-growth")
	if moved == nil || moved.Range.Start.Line != growth.Range.Start.Line+2 || moved.Range.Start.Character != growth.Range.Start.Character {
		t.Errorf("after inserting two lines: %+v (was %+v)", moved, growth)
	}
}

func TestHostileBuffers(t *testing.T) {
	dir := t.TempDir()
	c := startClient(t, dir, pushCaps)
	minified := strings.Repeat("var a=1;", 10<<20/8) // 10 MB on one line
	for _, tc := range []struct{ name, text, want string }{
		{"big.js", minified, "does not lint this file (too-large)"},
		// A million brackets on one line are refused as minified; on
		// lines of their own, the parser's nesting guard refuses them.
		{"deep.js", strings.Repeat("[", 1_000_000), "does not lint this file (generated)"},
		{"deep-lines.js", strings.Repeat("[\n", 400_000), ""},
	} {
		uri := c.open(filepath.Join(dir, tc.name), "javascript", tc.text)
		p, _ := c.diagnostics(uri, 0, func(PublishDiagnosticsParams) bool { return true })
		if len(p.Diagnostics) != 1 {
			t.Fatalf("%s: %d diagnostics, want one: %+v", tc.name, len(p.Diagnostics), p.Diagnostics)
		}
		d := p.Diagnostics[0]
		if tc.want != "" && !strings.Contains(d.Message, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, d.Message, tc.want)
		}
		if tc.want == "" && (d.Code != "syntax-error" || !strings.Contains(d.Message, "nest")) {
			t.Errorf("%s: %+v, want a syntax-error about nesting", tc.name, d)
		}
	}
	// The server still answers.
	_, file := project(t)
	uri := c.open(file, "javascript", loopJS)
	c.diagnostics(uri, 0, func(p PublishDiagnosticsParams) bool { return find(p.Diagnostics, "undisposed-tensor") != nil })
}

func TestMinifiedBufferRefused(t *testing.T) {
	dir := t.TempDir()
	c := startClient(t, dir, pushCaps)
	uri := c.open(filepath.Join(dir, "app.js"), "javascript", strings.Repeat("a=b;", 2000)+"\n")
	p, _ := c.diagnostics(uri, 0, func(PublishDiagnosticsParams) bool { return true })
	if len(p.Diagnostics) != 1 || !strings.Contains(p.Diagnostics[0].Message, "(generated): minified") {
		t.Errorf("diagnostics = %+v", p.Diagnostics)
	}
}

func TestCancelRequest(t *testing.T) {
	dir, file := project(t)
	c := newClientOpts(t, dir, Options{Debounce: time.Hour}) // an edit is never linted in this test
	c.call("initialize", map[string]any{"rootUri": pathToURI(dir), "capabilities": json.RawMessage(pushCaps)}, nil)
	c.notify("initialized", struct{}{})
	uri := c.open(file, "javascript", loopJS)
	c.diagnostics(uri, 0, func(PublishDiagnosticsParams) bool { return true })
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 2}, ContentChanges: []TextDocumentContentChangeEvent{{Text: loopJS + "\n"}}})
	// The hover waits for a lint of version 2, which never comes; the
	// client gives up on it.
	w, err := c.conn.DispatchCall(context.Background(), "textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}}, jsonrpc2.PickID(jsonrpc2.ID{Num: 4242}))
	if err != nil {
		t.Fatal(err)
	}
	c.notify("$/cancelRequest", map[string]any{"id": 4242})
	err = w.Wait(context.Background(), nil)
	var rpcErr *jsonrpc2.Error
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeRequestCancelled {
		t.Fatalf("cancelled hover: %v, want code %d", err, codeRequestCancelled)
	}
}

func TestLifecycle(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir)
	err := c.conn.Call(context.Background(), "textDocument/hover", TextDocumentPositionParams{}, nil)
	var rpcErr *jsonrpc2.Error
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeServerNotInitialized {
		t.Errorf("request before initialize: %v", err)
	}
	c.call("initialize", map[string]any{"capabilities": map[string]any{}}, nil)
	err = c.conn.Call(context.Background(), "initialize", map[string]any{"capabilities": map[string]any{}}, nil)
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeInvalidRequest {
		t.Errorf("second initialize: %v", err)
	}
	err = c.conn.Call(context.Background(), "textDocument/definition", TextDocumentPositionParams{}, nil)
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeMethodNotFound {
		t.Errorf("unknown method: %v", err)
	}
	err = c.conn.Call(context.Background(), "textDocument/hover", json.RawMessage(`{"position": "nowhere"}`), nil)
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeInvalidParams {
		t.Errorf("bad params: %v", err)
	}
	// Bad notification params are logged, not fatal.
	c.notify("textDocument/didOpen", json.RawMessage(`{"textDocument": 7}`))
	c.waitFor("a log message", func() bool {
		for _, n := range c.notes {
			if n.Method == "window/logMessage" && strings.Contains(string(*n.Params), "didOpen") {
				return true
			}
		}
		return false
	})
	// exit without shutdown: exit code 1.
	c.notify("exit", nil)
	select {
	case code := <-c.exit:
		if code != 1 {
			t.Errorf("exit without shutdown: code %d, want 1", code)
		}
	case <-time.After(waitLimit):
		t.Fatal("the server did not exit")
	}
}
