package lsp

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// client is an in-process LSP client talking to a Server over a pipe, as
// an editor would over stdio.
type client struct {
	t    *testing.T
	conn *jsonrpc2.Conn
	dir  string // the workspace folder

	mu            sync.Mutex
	notes         []*jsonrpc2.Request // every notification from the server
	registrations []Registration
	refreshes     int
	changed       chan struct{} // closed and replaced on each message

	exit chan int // the server's exit code
}

// waitLimit only keeps a broken test from hanging forever; no test asserts
// how long anything takes.
const waitLimit = 2 * time.Minute

// startClient starts a server and a client and initializes them with caps
// (raw JSON client capabilities) and dir as the workspace folder.
func startClient(t *testing.T, dir string, caps string) *client {
	t.Helper()
	c := newClient(t, dir)
	var res InitializeResult
	params := map[string]any{
		"processId":        nil,
		"rootUri":          pathToURI(dir),
		"capabilities":     json.RawMessage(caps),
		"workspaceFolders": []WorkspaceFolder{{URI: pathToURI(dir), Name: "ws"}},
	}
	if err := c.conn.Call(context.Background(), "initialize", params, &res); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	if res.ServerInfo.Name != "tfjslint" || res.Capabilities.TextDocumentSync.Change != syncIncremental {
		t.Fatalf("initialize result = %+v", res)
	}
	c.notify("initialized", struct{}{})
	return c
}

func newClient(t *testing.T, dir string) *client {
	return newClientOpts(t, dir, Options{Debounce: 5 * time.Millisecond})
}

func newClientOpts(t *testing.T, dir string, opts Options) *client {
	serverSide, clientSide := net.Pipe()
	c := &client{t: t, dir: dir, changed: make(chan struct{}), exit: make(chan int, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { c.exit <- Serve(ctx, serverSide, opts) }()
	c.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(clientSide, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		c.conn.Close()
		cancel()
	})
	return c
}

func (c *client) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	defer func() {
		close(c.changed)
		c.changed = make(chan struct{})
	}()
	switch {
	case req.Notif:
		c.notes = append(c.notes, req)
		if req.Method == "window/logMessage" && testing.Verbose() {
			c.t.Logf("server log: %s", *req.Params)
		}
		return nil, nil
	case req.Method == "client/registerCapability":
		var p RegistrationParams
		json.Unmarshal(*req.Params, &p)
		c.registrations = append(c.registrations, p.Registrations...)
		return nil, nil
	case req.Method == "workspace/diagnostic/refresh":
		c.refreshes++
		return nil, nil
	}
	return nil, &jsonrpc2.Error{Code: codeMethodNotFound, Message: req.Method}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.conn.Call(context.Background(), method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// waitFor waits until cond, checked under the lock after each message the
// server sends, holds.
func (c *client) waitFor(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.After(waitLimit)
	for {
		c.mu.Lock()
		ok := cond()
		ch := c.changed
		c.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline:
			c.t.Fatalf("gave up waiting for %s", what)
		}
	}
}

// diagnostics waits for a publishDiagnostics for uri that satisfies ok and
// returns it; the index of the notification lets callers wait for later
// ones.
func (c *client) diagnostics(uri DocumentURI, after int, ok func(PublishDiagnosticsParams) bool) (PublishDiagnosticsParams, int) {
	c.t.Helper()
	var found PublishDiagnosticsParams
	at := -1
	c.waitFor("diagnostics of "+string(uri), func() bool {
		for i := after; i < len(c.notes); i++ {
			n := c.notes[i]
			if n.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var p PublishDiagnosticsParams
			json.Unmarshal(*n.Params, &p)
			if p.URI == uri && ok(p) {
				found, at = p, i
				return true
			}
		}
		return false
	})
	return found, at + 1
}

func (c *client) notesOf(method string) []json.RawMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []json.RawMessage
	for _, n := range c.notes {
		if n.Method == method {
			out = append(out, *n.Params)
		}
	}
	return out
}

func (c *client) open(path, lang, text string) DocumentURI {
	c.t.Helper()
	uri := pathToURI(path)
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: lang, Version: 1, Text: text}})
	return uri
}

func (c *client) shutdown() int {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	select {
	case code := <-c.exit:
		return code
	case <-time.After(waitLimit):
		c.t.Fatal("the server did not exit")
	}
	return -1
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func codes(ds []Diagnostic) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return strings.Join(out, ",")
}

// apply applies LSP text edits to src, as an editor does.
func apply(t *testing.T, src string, edits []TextEdit, enc string) string {
	t.Helper()
	tx := newText(src)
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		spans = append(spans, span{tx.offset(e.Range.Start, enc), tx.offset(e.Range.End, enc), e.NewText})
	}
	for i := len(spans) - 1; i >= 0; i-- { // edits come sorted; apply from the end
		s := spans[i]
		src = src[:s.start] + s.text + src[s.end:]
	}
	return src
}
