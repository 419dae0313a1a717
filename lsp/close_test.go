package lsp

import (
	"context"
	"io"
	"net"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
)

// TestCloseOutranksPendingDelivery: the empty diagnostics didClose
// publishes must win over a delivery of the document's diagnostics still
// on its way (deliverLocked publishes on a goroutine), whichever reaches
// publish last. Before, didClose published with seq -1, which publish
// neither checks nor records, so a late delivery showed the diagnostics
// of a closed document again.
func TestCloseOutranksPendingDelivery(t *testing.T) {
	serverSide, clientSide := net.Pipe()
	go io.Copy(io.Discard, clientSide)
	s := &Server{
		docs: map[DocumentURI]*document{}, pubSeqs: map[DocumentURI]int{},
		lints: newWorkQueue(), sims: newWorkQueue(),
	}
	s.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(serverSide, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(
		func(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request) (any, error) { return nil, nil }))
	defer s.conn.Close()

	uri := pathToURI("/tmp/closed.js")
	d := &document{uri: uri, path: "/tmp/closed.js", text: newText("x"), lintable: true, ready: make(chan struct{}), simBase: -1}
	s.docs[uri] = d
	s.mu.Lock()
	d.result = &lintResult{gen: d.gen, text: d.text, files: []string{d.path}}
	d.seq = s.nextSeqLocked() // what deliverLocked hands its goroutine
	s.mu.Unlock()
	pending := d.seq

	s.didClose(DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	s.pubMu.Lock()
	last := s.pubSeqs[uri]
	s.pubMu.Unlock()
	if last <= pending {
		t.Errorf("after didClose the last published seq is %d, not above the pending delivery's %d: that delivery would still be shown", last, pending)
	}
}
