package lsp

import (
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// tracer records the server's lint events (Options.trace) and lets a test
// hold a lint at its start.
type tracer struct {
	mu     sync.Mutex
	events []traceEvent
	// hold, when set, is called at each start before it is recorded; it
	// may block the worker.
	hold func(traceEvent)
}

func (tr *tracer) record(e traceEvent) {
	tr.mu.Lock()
	hold := tr.hold
	tr.mu.Unlock()
	if hold != nil {
		hold(e)
	}
	tr.mu.Lock()
	tr.events = append(tr.events, e)
	tr.mu.Unlock()
}

// count is how many events of kind for uri were recorded.
func (tr *tracer) count(kind string, uri DocumentURI) int {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	n := 0
	for _, e := range tr.events {
		if e.kind == kind && e.uri == uri {
			n++
		}
	}
	return n
}

func (tr *tracer) has(kind string, uri DocumentURI, version int) bool {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for _, e := range tr.events {
		if e.kind == kind && e.uri == uri && e.version == version {
			return true
		}
	}
	return false
}

func startTraced(t *testing.T, dir string, tr *tracer) *client {
	t.Helper()
	c := newClientOpts(t, dir, Options{Debounce: 5 * time.Millisecond, trace: tr.record})
	c.call("initialize", map[string]any{
		"rootUri":          pathToURI(dir),
		"capabilities":     json.RawMessage(pushCaps),
		"workspaceFolders": []WorkspaceFolder{{URI: pathToURI(dir), Name: "ws"}},
	}, nil)
	c.notify("initialized", struct{}{})
	return c
}

// settled returns once every lint that uri's text or its imports need has
// run: a hover waits for the document's fresh result.
func (c *client) settled(uri DocumentURI) {
	c.t.Helper()
	var h *Hover
	c.call("textDocument/hover", TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &h)
}

// A save is one dry run of the saved file, and no static lint of it or of
// the open files that import it: the buffers are what they read, and the
// editor's file watcher reporting the saved file changes nothing.
func TestSaveLintsOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js")
	aSrc := "import * as tf from '@tensorflow/tfjs';\nimport { makeT } from './b.js';\n\nfor (let i = 0; i < 100; i++) {\n  const t = makeT();\n  console.log(t.shape);\n}\n"
	bSrc := "import * as tf from '@tensorflow/tfjs';\n\nexport function makeT() {\n  return tf.ones([2, 2]);\n}\n"
	writeFile(t, a, aSrc)
	writeFile(t, b, bSrc)
	tr := &tracer{}
	c := startTraced(t, dir, tr)
	bURI := c.open(b, "javascript", bSrc)
	aURI := c.open(a, "javascript", aSrc)
	c.diagnostics(aURI, 0, has("undisposed-tensor"))
	c.settled(aURI)
	c.settled(bURI)
	lintsA, lintsB := tr.count("lint", aURI), tr.count("lint", bURI)

	// What VS Code sends when b is saved: didSave, then its watcher's event.
	c.notify("textDocument/didSave", DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: bURI}})
	c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: bURI, Type: 2}}})
	c.waitFor("b's dry run", func() bool { return tr.count("sim-done", bURI) == 1 })
	c.settled(aURI)
	c.settled(bURI)
	if n := tr.count("lint", aURI); n != lintsA {
		t.Errorf("saving b linted its importer a again: %d static lints, want %d", n, lintsA)
	}
	if n := tr.count("lint", bURI); n != lintsB {
		t.Errorf("saving b ran its static lint again: %d, want %d", n, lintsB)
	}
	if n := tr.count("sim", bURI); n != 1 {
		t.Errorf("%d dry runs of b, want 1", n)
	}

	// A file on disk that no buffer holds still re-lints its importers.
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: bURI}})
	c.settled(aURI)
	lintsA = tr.count("lint", aURI)
	writeFile(t, b, "export function makeT() { return 2; }\n")
	c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: bURI, Type: 2}}})
	c.settled(aURI)
	if n := tr.count("lint", aURI); n != lintsA+1 {
		t.Errorf("a changed import on disk: %d static lints of a, want %d", n, lintsA+1)
	}
}

// An edit made while the lint of the previous text runs stops that lint:
// its result would be thrown away, and the core is the new text's.
func TestNewerEditCancelsLint(t *testing.T) {
	dir, file := project(t)
	started, release := make(chan struct{}), make(chan struct{})
	tr := &tracer{}
	tr.hold = func(e traceEvent) {
		if e.kind == "lint" && e.version == 2 {
			close(started)
			<-release
		}
	}
	c := startTraced(t, dir, tr)
	uri := c.open(file, "javascript", loopJS)
	_, next := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	change := func(version int, text string) {
		c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: version}, ContentChanges: []TextDocumentContentChangeEvent{{Text: text}}})
	}
	change(2, loopJS+"\n")
	<-started // version 2's lint holds at its start
	change(3, "const y = 2;\n")
	// A reply to a later request means the server has read version 3 (it
	// reads messages in order); the hover of a closed file does not wait.
	c.settled(pathToURI(filepath.Join(dir, "not-open.js")))
	close(release)
	p, _ := c.diagnostics(uri, next, func(p PublishDiagnosticsParams) bool { return *p.Version == 3 })
	if len(p.Diagnostics) != 0 {
		t.Errorf("version 3: %+v", p.Diagnostics)
	}
	c.settled(uri)
	if !tr.has("lint-cancelled", uri, 2) {
		t.Errorf("the lint of version 2 ran to its end (lint-done or lint-stale)")
	}
	for _, n := range c.notesOf("textDocument/publishDiagnostics") {
		var p PublishDiagnosticsParams
		json.Unmarshal(n, &p)
		if p.Version != nil && *p.Version == 2 {
			t.Errorf("diagnostics of the stale version 2 were published")
		}
	}
}
