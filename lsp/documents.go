package lsp

import (
	"context"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/lint"
)

// document is an open buffer and what tfjslint knows about it.
type document struct {
	uri      DocumentURI
	path     string
	version  int
	text     *text
	lintable bool // a kind of file the lint path reads

	// gen counts reasons to lint again: edits, a config reload, a change to
	// a file it imports. A result is fresh when its gen is the document's.
	gen    int
	result *lintResult
	// ready is closed, and replaced, whenever a result lands or the
	// document closes, to wake requests waiting for a fresh result.
	ready chan struct{}
	timer *time.Timer
	// lintStop and simStop cancel the running static lint and dry run of
	// the document, whose text a newer edit (or save) made stale.
	lintStop, simStop context.CancelFunc

	// The dry run's findings, with offsets kept in step with the edits
	// made since it ran; simBase is the version a running dry run reads
	// (-1: none) and edits what changed since.
	sim     []lint.Finding
	simBase int
	edits   []edit

	seq int // bumped whenever the diagnostics to show change
	// external is set when the next lint is not due to an edit of the
	// client's: a pulling client must be asked to pull again.
	external bool
}

// edit is one replacement of [start, end) by n bytes.
type edit struct{ start, end, n int }

func uriToPath(uri DocumentURI) (string, bool) {
	u, err := url.Parse(string(uri))
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return filepath.Clean(filepath.FromSlash(u.Path)), true
}

func pathToURI(path string) DocumentURI {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	return DocumentURI((&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String())
}

// languageExt names the extension that makes the lint path read a buffer
// of a language an editor names, for buffers whose own name has none.
var languageExt = map[string]string{
	"javascript": ".js", "javascriptreact": ".jsx", "typescript": ".ts", "typescriptreact": ".tsx", "html": ".html",
}

func (s *Server) didOpen(p DidOpenTextDocumentParams) {
	item := p.TextDocument
	path, ok := uriToPath(item.URI)
	if !ok {
		s.logf(MessageInfo, "tfjslint: not linting %s: only file: documents are linted", item.URI)
		return
	}
	_, lintable := jsast.KindOf(path)
	if !lintable && !isConfigFile(path) {
		if ext, known := languageExt[item.LanguageID]; known && filepath.Ext(path) == "" {
			path += ext // a script without an extension, e.g. a bin/ file
			lintable = true
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.docs[item.URI]; old != nil {
		s.closeLocked(old)
	}
	d := &document{
		uri: item.URI, path: path, version: item.Version, text: newText(item.Text),
		lintable: lintable, ready: make(chan struct{}), simBase: -1,
	}
	s.docs[item.URI] = d
	if lintable {
		s.touchLocked(d, 0)
		s.dependentsChangedLocked(d.path)
	}
}

func (s *Server) didChange(p DidChangeTextDocumentParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.logfLocked(MessageWarning, "tfjslint: didChange for %s, which is not open", p.TextDocument.URI)
		return
	}
	src := d.text
	for _, c := range p.ContentChanges {
		start, end := 0, len(src.src)
		if c.Range != nil {
			start, end = src.offset(c.Range.Start, s.encoding), src.offset(c.Range.End, s.encoding)
			if end < start {
				start, end = end, start
			}
		}
		src = newText(src.src[:start] + c.Text + src.src[end:])
		s.shiftLocked(d, edit{start, end, len(c.Text)})
	}
	d.text = src
	d.version = p.TextDocument.Version
	// An edited, unsaved config is not read: disk is the truth, as for the
	// CLI. Saving it reloads.
	if d.lintable {
		s.touchLocked(d, s.opts.Debounce)
		s.dependentsChangedLocked(d.path)
	}
}

func (s *Server) didSave(p DidSaveTextDocumentParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return
	}
	if isConfigFile(d.path) {
		s.reloadConfigsLocked()
		return
	}
	if d.lintable {
		if d.simStop != nil {
			d.simStop() // a dry run of the previous save
			d.simStop = nil
		}
		s.sims.pushLocked(d.uri)
	}
}

func (s *Server) didClose(p DidCloseTextDocumentParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		return
	}
	s.closeLocked(d)
	delete(s.docs, d.uri)
	s.dependentsChangedLocked(d.path) // importers read it from disk now
	if d.lintable && !s.pull {
		// Closed files keep no diagnostics, as in most language servers. A
		// seq of its own, newer than any delivery still on its way, makes
		// publish drop such a delivery rather than show it after this.
		seq := s.nextSeqLocked()
		s.mu.Unlock()
		s.publish(d.uri, nil, nil, seq)
		return
	}
	s.mu.Unlock()
}

func (s *Server) closeLocked(d *document) {
	if d.timer != nil {
		d.timer.Stop()
	}
	for _, stop := range []context.CancelFunc{d.lintStop, d.simStop} {
		if stop != nil {
			stop()
		}
	}
	d.lintStop, d.simStop = nil, nil
	close(d.ready)
	d.ready = make(chan struct{}) // a later close must not close it twice
	d.version = -1
}

// shiftLocked keeps the dry run's findings where their code is while the
// document is edited; a finding whose code is edited is dropped until the
// next save.
func (s *Server) shiftLocked(d *document, e edit) {
	if d.simBase >= 0 {
		d.edits = append(d.edits, e)
	}
	if len(d.sim) > 0 {
		d.sim = shiftFindings(d.sim, d.path, e)
		d.seq = s.nextSeqLocked()
	}
}

func shiftFindings(fs []lint.Finding, path string, e edit) []lint.Finding {
	delta := e.n - (e.end - e.start)
	out := fs[:0:0]
	for _, f := range fs {
		r, ok := shiftRange(f.Range, e, delta)
		if !ok {
			continue
		}
		f.Range = r
		var related []lint.Related
		for _, rel := range f.Related {
			if rel.File == path {
				if rel.Range, ok = shiftRange(rel.Range, e, delta); !ok {
					continue
				}
			}
			related = append(related, rel)
		}
		f.Related = related
		f.Fixes = nil // an edit computed on other text is not offered
		out = append(out, f)
	}
	return out
}

func shiftRange(r lint.Range, e edit, delta int) (lint.Range, bool) {
	switch {
	case r.End.Offset <= e.start && r.Start.Offset < e.start:
		return r, true // before the edit
	case r.Start.Offset >= e.end:
		r.Start.Offset += delta
		r.End.Offset += delta
		return r, true
	}
	return r, false
}

func (s *Server) didChangeWatchedFiles(p DidChangeWatchedFilesParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	reload := false
	for _, c := range p.Changes {
		path, ok := uriToPath(c.URI)
		if !ok {
			continue
		}
		switch {
		case isConfigFile(path), filepath.Base(path) == ".gitignore":
			reload = true
		case s.openLocked(path):
			// Its buffer is what lints read, not the disk: a save of it
			// changes nothing for its importers.
		default:
			s.dependentsChangedLocked(path)
			if _, source := jsast.KindOf(path); source {
				if root := s.folderOfLocked(path); root != "" {
					go s.reindexFile(path, root, c.Type == fileDeleted)
				}
			}
		}
	}
	if reload {
		s.reloadConfigsLocked()
	}
}

// openLocked reports whether path is an open document's buffer.
func (s *Server) openLocked(path string) bool {
	for _, d := range s.docs {
		if d.path == path && d.lintable {
			return true
		}
	}
	return false
}

func (s *Server) didChangeFolders(p DidChangeWorkspaceFoldersParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range p.Event.Removed {
		if path, ok := uriToPath(f.URI); ok {
			if i := slices.Index(s.folders, path); i >= 0 {
				s.folders = slices.Delete(s.folders, i, i+1)
			}
		}
	}
	for _, f := range p.Event.Added {
		if path, ok := uriToPath(f.URI); ok {
			s.folders = append(s.folders, path)
		}
	}
	s.reloadConfigsLocked()
}

// reloadConfigsLocked forgets every config read and lints the open
// documents again.
func (s *Server) reloadConfigsLocked() {
	s.configs.reset()
	s.imports.forget() // what the walk leaves out may have changed
	s.clearConfigDiagnosticsLocked()
	for _, uri := range s.sortedURIsLocked() {
		if d := s.docs[uri]; d.lintable {
			d.external = true
			s.touchLocked(d, 0)
		}
	}
}

func (s *Server) sortedURIsLocked() []DocumentURI {
	return slices.Sorted(maps.Keys(s.docs))
}

func (s *Server) logfLocked(t MessageType, format string, args ...any) {
	go s.logf(t, format, args...) // never write to the client holding the lock
}

// dependentsChangedLocked lints again the open documents whose last lint
// read path (another open document, or a file on disk).
func (s *Server) dependentsChangedLocked(path string) {
	for _, uri := range s.sortedURIsLocked() {
		d := s.docs[uri]
		if d.path == path || d.result == nil || !d.lintable {
			continue
		}
		if slices.Contains(d.result.files, path) {
			d.external = true
			s.touchLocked(d, s.opts.Debounce)
		}
	}
}

// folderOf is the workspace folder holding path: where root-relative
// specifiers start. "" when none does.
func (s *Server) folderOfLocked(path string) string {
	best := ""
	for _, f := range s.folders {
		if (path == f || strings.HasPrefix(path, f+string(filepath.Separator))) && len(f) > len(best) {
			best = f
		}
	}
	return best
}

func isConfigFile(path string) bool {
	base := filepath.Base(path)
	return base == ".tfjslint.yaml" || base == ".tfjslint.yml"
}
