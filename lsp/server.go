// Package lsp is tfjslint's language server: LSP 3.17 over JSON-RPC on
// stdio. It keeps the editor's buffers, lints them through package lint
// (with the buffers as overlays) and turns the findings into diagnostics,
// code actions and hovers. It has no lint logic of its own.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// Options configure a server.
type Options struct {
	// Version is reported in serverInfo.
	Version string
	// Debounce is how long after an edit the static rules run, so that
	// typing does not lint every keystroke (default 150 ms).
	Debounce time.Duration
	// MaxProjectFiles bounds how many files one lint of a document reads:
	// the document and what it loads, transitively (default 200).
	MaxProjectFiles int

	// trace, when set (by tests), is told of each lint as it starts and
	// ends; it may block to hold a lint at its start.
	trace func(traceEvent)
}

// traceEvent is one step of a lint, for tests.
type traceEvent struct {
	// "lint", "sim": starting; then "lint-done", "lint-stale" (outdated
	// when done), "lint-cancelled" (stopped), "sim-done", "sim-cancelled".
	kind    string
	uri     DocumentURI
	version int
}

func (s *Server) traced(kind string, uri DocumentURI, version int) {
	if s.opts.trace != nil {
		s.opts.trace(traceEvent{kind, uri, version})
	}
}

// Server is one client's session.
type Server struct {
	opts Options
	conn *jsonrpc2.Conn

	mu       sync.Mutex
	state    lifecycle
	encoding string // encodingUTF16 or encodingUTF8
	pull     bool   // the client pulls diagnostics: never push them
	refresh  bool   // the client takes workspace/diagnostic/refresh
	watchDyn bool   // the client lets us register file watchers
	folders  []string
	docs     map[DocumentURI]*document
	requests map[string]context.CancelFunc // in-flight requests by id
	configs  configCache
	lints    *workQueue // documents waiting for the static lint
	sims     *workQueue // documents waiting for the dry run
	imports  *importIndex

	seqCounter   int
	shownConfigs map[string]bool // config files whose problems are shown

	pubMu   sync.Mutex
	pubSeqs map[DocumentURI]int // the last published seq of each document

	exited    chan struct{}
	connReady chan struct{} // closed once conn is set: jsonrpc2 reads before NewConn returns
}

type lifecycle int

const (
	uninitialized lifecycle = iota
	running
	shutDown
)

// Serve runs a server on rwc until the client sends exit or closes the
// stream. It returns the process exit code the specification asks for: 0
// after shutdown then exit, 1 otherwise.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) int {
	if opts.Debounce <= 0 {
		opts.Debounce = 150 * time.Millisecond
	}
	if opts.MaxProjectFiles <= 0 {
		opts.MaxProjectFiles = 200
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s := &Server{
		opts:         opts,
		encoding:     encodingUTF16,
		docs:         map[DocumentURI]*document{},
		requests:     map[string]context.CancelFunc{},
		configs:      newConfigCache(),
		lints:        newWorkQueue(),
		sims:         newWorkQueue(),
		imports:      newImportIndex(),
		pubSeqs:      map[DocumentURI]int{},
		shownConfigs: map[string]bool{},
		exited:       make(chan struct{}),
		connReady:    make(chan struct{}),
	}
	s.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{}), s)
	close(s.connReady)
	go s.work(ctx, s.lints, s.lintOne)
	go s.work(ctx, s.sims, s.simOne)
	select {
	case <-s.conn.DisconnectNotify():
	case <-s.exited:
		s.conn.Close()
	case <-ctx.Done():
		s.conn.Close()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == shutDown {
		return 0
	}
	return 1
}

// Handle is called by jsonrpc2 for each message, in order. Notifications
// are handled here, in order, as they change the documents; requests run on
// their own goroutines so that $/cancelRequest can reach them.
func (s *Server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	<-s.connReady
	if req.Notif {
		s.safely(req.Method, func() { s.notification(ctx, req) })
		return
	}
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case req.Method == "initialize":
		var result any
		var err error
		s.safely(req.Method, func() { result, err = s.initialize(req) })
		s.reply(ctx, req, result, err)
		return
	case state == uninitialized:
		s.reply(ctx, req, nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "the server is not initialized yet"})
		return
	case state == shutDown:
		s.reply(ctx, req, nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "the server is shut down"})
		return
	case req.Method == "shutdown":
		s.mu.Lock()
		s.state = shutDown
		s.mu.Unlock()
		s.reply(ctx, req, nil, nil)
		return
	}
	rctx, cancel := context.WithCancel(ctx)
	key := req.ID.String()
	s.mu.Lock()
	s.requests[key] = cancel
	s.mu.Unlock()
	go func() {
		defer func() {
			s.mu.Lock()
			delete(s.requests, key)
			s.mu.Unlock()
			cancel()
		}()
		var result any
		var err error
		s.safely(req.Method, func() { result, err = s.request(rctx, req) })
		if rctx.Err() != nil && ctx.Err() == nil {
			err = &jsonrpc2.Error{Code: codeRequestCancelled, Message: "request cancelled"}
		}
		s.reply(ctx, req, result, err)
	}()
}

// safely runs fn, turning a panic into a logged error: one bad request
// must never take the server down.
func (s *Server) safely(method string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(MessageError, "tfjslint: internal error in %s: %v\n%s", method, r, debug.Stack())
		}
	}()
	fn()
}

func (s *Server) reply(ctx context.Context, req *jsonrpc2.Request, result any, err error) {
	if err != nil {
		var rpcErr *jsonrpc2.Error
		if !errors.As(err, &rpcErr) {
			rpcErr = &jsonrpc2.Error{Code: codeInternalError, Message: err.Error()}
		}
		if e := s.conn.ReplyWithError(ctx, req.ID, rpcErr); e != nil {
			s.logf(MessageLog, "tfjslint: replying to %s: %v", req.Method, e)
		}
		return
	}
	if e := s.conn.Reply(ctx, req.ID, result); e != nil {
		s.logf(MessageLog, "tfjslint: replying to %s: %v", req.Method, e)
	}
}

func (s *Server) request(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/diagnostic":
		return call(ctx, req, s.documentDiagnostic)
	case "textDocument/codeAction":
		return call(ctx, req, s.codeActions)
	case "textDocument/hover":
		return call(ctx, req, s.hover)
	}
	return nil, &jsonrpc2.Error{Code: codeMethodNotFound, Message: "method not supported: " + req.Method}
}

// call reads a request's params and answers it with fn.
func call[P, R any](ctx context.Context, req *jsonrpc2.Request, fn func(context.Context, P) (R, error)) (any, error) {
	var p P
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	return fn(ctx, p)
}

func (s *Server) notification(ctx context.Context, req *jsonrpc2.Request) {
	if req.Method == "exit" {
		select {
		case <-s.exited:
		default:
			close(s.exited)
		}
		return
	}
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	if state != running {
		return // the specification drops notifications before initialize and after shutdown
	}
	switch req.Method {
	case "initialized":
		go s.registerWatchers(ctx)
	case "$/cancelRequest":
		var p CancelParams
		if unmarshal(req, &p) == nil {
			s.mu.Lock()
			if cancel := s.requests[p.ID.String()]; cancel != nil {
				cancel()
			}
			s.mu.Unlock()
		}
	case "textDocument/didOpen":
		notify(s, req, s.didOpen)
	case "textDocument/didChange":
		notify(s, req, s.didChange)
	case "textDocument/didSave":
		notify(s, req, s.didSave)
	case "textDocument/didClose":
		notify(s, req, s.didClose)
	case "workspace/didChangeWatchedFiles":
		notify(s, req, s.didChangeWatchedFiles)
	case "workspace/didChangeWorkspaceFolders":
		notify(s, req, s.didChangeFolders)
	}
}

func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return &jsonrpc2.Error{Code: codeInvalidParams, Message: req.Method + ": missing params"}
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: codeInvalidParams, Message: req.Method + ": " + err.Error()}
	}
	return nil
}

// notify reads a notification's params and hands them to fn, logging what
// it cannot read: a notification has no reply to carry the error.
func notify[P any](s *Server, req *jsonrpc2.Request, fn func(P)) {
	var p P
	if err := unmarshal(req, &p); err != nil {
		s.logf(MessageError, "tfjslint: %v", err)
		return
	}
	fn(p)
}

func (s *Server) initialize(req *jsonrpc2.Request) (any, error) {
	var p InitializeParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != uninitialized {
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "initialize sent twice"}
	}
	s.state = running
	caps := p.Capabilities
	if caps.General != nil {
		// The client lists encodings in its order of preference.
		for _, e := range caps.General.PositionEncodings {
			if e == encodingUTF8 || e == encodingUTF16 {
				s.encoding = e
				break
			}
		}
	}
	s.pull = caps.TextDocument != nil && caps.TextDocument.Diagnostic != nil
	if w := caps.Workspace; w != nil {
		s.watchDyn = w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration
		s.refresh = w.Diagnostics != nil && w.Diagnostics.RefreshSupport
	}
	for _, f := range p.WorkspaceFolders {
		if path, ok := uriToPath(f.URI); ok {
			s.folders = append(s.folders, path)
		}
	}
	if len(s.folders) == 0 {
		if path, ok := uriToPath(p.RootURI); ok {
			s.folders = append(s.folders, path)
		} else if p.RootPath != "" {
			s.folders = append(s.folders, p.RootPath)
		}
	}
	result := InitializeResult{
		ServerInfo: ServerInfo{Name: "tfjslint", Version: s.opts.Version},
		Capabilities: ServerCapabilities{
			TextDocumentSync: TextDocumentSyncOptions{OpenClose: true, Change: syncIncremental, Save: SaveOptions{}},
			HoverProvider:    true,
			CodeActionProvider: CodeActionOptions{
				CodeActionKinds: []string{kindQuickFix, kindFixAll},
			},
			// Declared to every client: one without pull support ignores it
			// and gets pushes instead.
			DiagnosticProvider: &DiagnosticOptions{Identifier: "tfjslint", InterFileDependencies: true},
			Workspace:          &WorkspaceServerCapabilities{},
		},
	}
	result.Capabilities.Workspace.WorkspaceFolders.Supported = true
	result.Capabilities.Workspace.WorkspaceFolders.ChangeNotifications = true
	if caps.General != nil && len(caps.General.PositionEncodings) > 0 {
		result.Capabilities.PositionEncoding = s.encoding
	}
	return result, nil
}

// registerWatchers asks the client to tell us about config files and
// sources changing on disk (a config edit, a git checkout, a file an open
// document imports), when it allows dynamic registration.
func (s *Server) registerWatchers(ctx context.Context) {
	s.mu.Lock()
	dyn := s.watchDyn
	s.mu.Unlock()
	if !dyn {
		return
	}
	params := RegistrationParams{Registrations: []Registration{{
		ID:     "tfjslint-watch",
		Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: DidChangeWatchedFilesRegistrationOptions{Watchers: []FileSystemWatcher{
			{GlobPattern: "**/.tfjslint.{yaml,yml}"},
			{GlobPattern: "**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,html,htm}"},
			{GlobPattern: "**/package.json"},
			{GlobPattern: "**/.gitignore"},
		}},
	}}}
	if err := s.conn.Call(ctx, "client/registerCapability", params, nil); err != nil {
		s.logf(MessageWarning, "tfjslint: could not register file watchers (config changes need a restart): %v", err)
	}
}

func (s *Server) logf(t MessageType, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.conn.Notify(context.Background(), "window/logMessage", LogMessageParams{Type: t, Message: msg})
}

func (s *Server) showf(t MessageType, format string, args ...any) {
	s.conn.Notify(context.Background(), "window/showMessage", LogMessageParams{Type: t, Message: fmt.Sprintf(format, args...)})
}
