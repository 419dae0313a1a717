// Package runctx carries what one lint run hands its analyzers beyond the
// go/analysis Pass: the effective configuration and in-memory file contents.
// go/analysis' Pass has no per-run hook for either, so lint registers a
// Context for each synthetic package before the run and removes it after;
// analyzers look it up by pass.Pkg.
package runctx

import (
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// Context is the per-package state of one run.
type Context struct {
	Config *rules.Config
	// Source, when non-nil, is the file's content (an editor buffer, stdin);
	// otherwise the file is read from disk.
	Source []byte
	// File, when non-nil, is the file already parsed (lint parses every
	// file once, up front, to build the module graph).
	File *jsast.File
	// Imports maps the local module specifiers the file uses to the files
	// they resolve to, for the analyzers that read facts of imports.
	Imports map[string]string
	// Globals are the files whose top-level declarations this file sees as
	// globals (the classic scripts a page loads before it), in load order.
	Globals []string
	// Classic marks a file a page loads as a classic script: its top-level
	// declarations are globals of the page.
	Classic bool
	// NoTraining marks a file whose part of the module graph neither calls
	// a training method nor exports anything: the models it builds are
	// never trained.
	NoTraining bool
	// SavesModel marks a file whose part of the module graph saves a
	// model somewhere (model.save, a tf.io save handler, weights read out
	// with getWeights and written or sent): what it trains may be kept.
	SavesModel bool
	// Exposed marks a file that exports and that no file of the run loads
	// but, at most, a package.json (a library's entry, a component nothing
	// imports): what it exports is used, if at all, by code outside the run.
	Exposed bool
	// NodePackage marks a script of a package that depends on tfjs-node
	// and on no browser tfjs: it runs in Node.
	NodePackage bool
	// Worker marks a file that runs only in a Web Worker: its pages'
	// main thread never waits for it.
	Worker bool
	// LeftOut, for a file that does not parse and that nothing in the run
	// loads, says why the project around it leaves it out (no page beside
	// it loads it; the modules beside it import one another, not it), or
	// is "": its syntax error breaks nothing that runs.
	LeftOut string
	// CPUBackend marks a file whose every program (each page or root
	// file of the run that loads it) loads a file that calls
	// setBackend('cpu'): tfjs runs it on the CPU, with no GPU to wait for.
	CPUBackend bool
	// Callers are the calls other files of the run make to this file's
	// exported functions and the methods of its exported classes.
	Callers []CallerSite
	// Pages are the pages of the run that load this file with a <script
	// src> (classic or module), sorted: the program it is part of.
	Pages []string
	// Programs holds what is computed once per program of the run and
	// shared by its files (the dry run of a page); nil outside a lint run.
	Programs *Memo
	// Done, when closed, asks the run to stop: each file's analysis then
	// fails at its start (jsfile), and so every analysis that needs it.
	Done <-chan struct{}
}

// Memo computes a value once per key and shares it; safe for concurrent
// use.
type Memo struct{ m sync.Map }

type memoEntry struct {
	once sync.Once
	v    any
}

// Do returns the value for key, computing it with f the first time.
func (m *Memo) Do(key string, f func() any) any {
	e, _ := m.m.LoadOrStore(key, &memoEntry{})
	ent := e.(*memoEntry)
	ent.once.Do(func() { ent.v = f() })
	return ent.v
}

// CallerSite is a call, in another file of the run, of a function this
// file exports: the frequency and tidy scope it gives that function.
type CallerSite struct {
	Target string // the file whose export is called
	Export string // the exported name ("default" for the default export)
	Method string // a method of the exported class, or ""
	Global bool   // Export is a top-level declaration of a classic script
	File   string // the calling file
	Line   int    // the line of the call
	// Freq is how often the call runs (a contexts.Frequency); Subject and
	// Unit say what repeats it, for messages ("while loop", "iteration").
	Freq          int
	Subject, Unit string
	// Tidy reports a call inside a tidy scope: what the function leaks
	// there is freed.
	Tidy bool
	// Node reports a calling file that runs in Node: no UI thread there.
	Node bool
	// UserAction reports a repetition a person drives one at a time (see
	// contexts.Repeat.UserAction).
	UserAction bool
}

var contexts sync.Map // *types.Package -> *Context

// Set registers c for the package pkg until Delete.
func Set(pkg *types.Package, c *Context) { contexts.Store(pkg, c) }

// Delete forgets pkg's context.
func Delete(pkg *types.Package) { contexts.Delete(pkg) }

var defaultContext = &Context{Config: rules.DefaultConfig()}

// Of returns the context of the pass's package, or the default one (tests).
func Of(pass *analysis.Pass) *Context {
	if c, ok := contexts.Load(pass.Pkg); ok {
		return c.(*Context)
	}
	return defaultContext
}

// Category encodes a rule ID and the severity the analyzer suggests for this
// one finding (Off: the rule's default), as Diagnostic.Category.
func Category(rule string, suggested rules.Severity) string {
	if suggested == rules.Off {
		return rule
	}
	return rule + ":" + suggested.String()
}

// SplitCategory reverses Category.
func SplitCategory(cat string) (rule string, suggested rules.Severity) {
	rule, sev, ok := strings.Cut(cat, ":")
	if !ok {
		return cat, rules.Off
	}
	s, err := rules.ParseSeverity(sev)
	if err != nil {
		return rule, rules.Off
	}
	return rule, s
}
