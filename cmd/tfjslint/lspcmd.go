package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/pflag"

	"github.com/tfjslint/tfjslint/lsp"
)

// runLSP serves the language server on standard input and output.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("tfjslint lsp", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	// Editors' clients pass --stdio (vscode-languageclient does); stdio is
	// the only transport, so it is accepted and changes nothing.
	fs.Bool("stdio", true, "talk LSP on standard input and output (the only transport)")
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: tfjslint lsp [--stdio]\n\nRuns the language server (LSP 3.17) on standard input and output.\nSee README.md, \"Editors\", to set up an editor.\n")
	}
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return exitOK
		}
		fmt.Fprintf(stderr, "tfjslint lsp: %v\n", err)
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tfjslint lsp: takes no arguments\n")
		return exitUsage
	}
	if os.Getenv("GOGC") == "" {
		// A server lives long: keep the heap near what it uses (main trades
		// memory for speed in one-shot lint runs).
		debug.SetGCPercent(100)
	}
	return lsp.Serve(context.Background(), stdio{stdin, stdout}, lsp.Options{Version: version()})
}

// stdio joins standard input and output into the stream jsonrpc2 reads
// and writes.
type stdio struct {
	io.Reader
	io.Writer
}

func (s stdio) Close() error {
	if c, ok := s.Reader.(io.Closer); ok && s.Reader != os.Stdin {
		return c.Close()
	}
	return nil
}
