package sim

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/grafana/sobek"
	"github.com/grafana/sobek/parser"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/jsmod"
)

// hasModuleSyntax reports source that only runs as an ES module: import or
// export declarations, or await at the top level.
func hasModuleSyntax(src string) bool {
	prg, err := parser.ParseFile(nil, "", src, 0, parser.IsModule, parser.WithDisableSourceMaps)
	if err != nil {
		return false
	}
	if len(prg.ImportEntries) > 0 || len(prg.ExportEntries) > 0 {
		return true
	}
	if prg.HasTLA {
		_, err := parser.ParseFile(nil, "", src, 0, parser.WithDisableSourceMaps)
		return err != nil
	}
	return false
}

// runEntry runs the entry file by kind: an HTML page, an ES module, or a
// classic script (which also gets CommonJS's require).
func (l *loader) runEntry(name string, src []byte) error {
	if kind, _ := jsast.KindOf(name); kind == jsast.HTML {
		return l.runPage(name, src)
	}
	code, err := l.source(name, src)
	if err != nil {
		return err
	}
	if wantsBrowser(src) {
		l.r.installBrowser(nil, nil)
	} else {
		l.r.installNode()
	}
	if moduleSyntax(name, []byte(code)) {
		l.bundlerGlobals()
		return l.runModule(name, code)
	}
	return l.runClassic(name, code)
}

// bundlerGlobals gives ES modules require, module and exports, as
// bundlers allow (import and require in one file); require.main ===
// module holds for the entry. A page gets them once its module scripts
// run: the classic scripts before them see a browser's globals.
func (l *loader) bundlerGlobals() {
	rt := l.r.rt
	if l.main != nil {
		return
	}
	module := rt.NewObject()
	_ = module.Set("exports", rt.NewObject())
	req := l.requireFn("").ToObject(rt)
	_ = req.Set("main", module)
	l.main = module
	_ = rt.GlobalObject().Set("require", req)
	_ = rt.GlobalObject().Set("module", module)
	_ = rt.GlobalObject().Set("exports", module.Get("exports"))
}

// wantsBrowser reports a script written for a page: it uses the DOM.
var browserAPIs = regexp.MustCompile(`\b(document|window|requestAnimationFrame|navigator)\b`)

func wantsBrowser(src []byte) bool { return browserAPIs.Match(src) }

// runModule evaluates name as the top-level ES module.
func (l *loader) runModule(name, src string) error {
	rec, err := parseModuleCounted(name, src, l.resolve)
	if err != nil {
		return err
	}
	l.names[rec] = name
	l.records[filepath.Clean(name)] = rec
	if err := rec.Link(); err != nil {
		return err
	}
	p := l.r.rt.CyclicModuleRecordEvaluate(rec, l.resolve)
	l.r.pending = append(l.r.pending, p)
	return nil
}

// runClassic runs a classic script with the global tf and CommonJS's
// module, exports and require.
func (l *loader) runClassic(name, src string) error {
	rt := l.r.rt
	g := rt.GlobalObject()
	_ = g.Set("tf", l.r.shim.TF())
	module := rt.NewObject()
	exports := rt.NewObject()
	_ = module.Set("exports", exports)
	_ = g.Set("module", module)
	_ = g.Set("exports", exports)
	req := l.requireFn(name).ToObject(rt)
	_ = req.Set("main", module)
	l.main = module
	_ = g.Set("require", req)
	_ = g.Set("__filename", absPath(name))
	_ = g.Set("__dirname", filepath.Dir(absPath(name)))
	_, err := l.r.runCounted(name, src)
	return err
}

// element is an element of a page with an id.
type element struct {
	tag   string
	attrs map[string]string
	order int // the byte offset of its tag: document order
	// options are a <select>'s <option> attributes (value set to the
	// text when absent) and selected the index of the selected one.
	options  []map[string]string
	selected int
}

var (
	tagRe  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>`)
	attrRe = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?`)
	// optionRe is an <option> and its text; selectEndRe ends a <select>.
	optionRe    = regexp.MustCompile(`(?i)<option\b([^>]*)>([^<]*)`)
	selectEndRe = regexp.MustCompile(`(?i)</select\s*>`)
	textareaRe  = regexp.MustCompile(`(?i)([^<]*)</textarea\s*>`)
)

// attributes reads the attributes of a start tag (the text after its
// name); an attribute without a value (checked, selected) is "".
func attributes(b []byte) map[string]string {
	attrs := map[string]string{}
	for _, a := range attrRe.FindAllSubmatch(b, -1) {
		v := string(a[3])
		if len(a[4]) > 0 {
			v = string(a[4])
		} else if len(a[5]) > 0 {
			v = string(a[5])
		}
		k := strings.ToLower(string(a[1]))
		if _, dup := attrs[k]; !dup {
			attrs[k] = html.UnescapeString(v)
		}
	}
	return attrs
}

// pageElements reads the id, tag and attributes of a page's elements, with
// form controls at the values a user first sees: value=, the selected
// <option> of a <select> (the first when none is), a <textarea>'s text;
// checked and selected are present when the markup sets them. It also
// lists, in document order, the elements with an id or a class (at most
// maxQueried), for the selectors querySelectorAll answers.
func pageElements(src []byte) (map[string]element, []element) {
	out := map[string]element{}
	var list []element
	for _, m := range tagRe.FindAllSubmatchIndex(src, -1) {
		tag := strings.ToLower(string(src[m[2]:m[3]]))
		if tag == "script" || tag == "style" {
			continue
		}
		attrs := attributes(src[m[4]:m[5]])
		id, ok := attrs["id"]
		if _, class := attrs["class"]; (ok || class) && len(list) < maxQueried {
			list = append(list, element{tag: tag, attrs: attrs, order: m[0]})
		}
		if !ok {
			continue
		}
		rest := src[m[1]:]
		var options []map[string]string
		selected := 0
		switch tag {
		case "select":
			if end := selectEndRe.FindIndex(rest); end != nil {
				rest = rest[:end[0]]
			}
			first := true
			for i, o := range optionRe.FindAllSubmatch(rest, -1) {
				oa := attributes(o[1])
				v, ok := oa["value"]
				if !ok {
					v = strings.TrimSpace(html.UnescapeString(string(o[2])))
					oa["value"] = v
				}
				options = append(options, oa)
				if _, sel := oa["selected"]; first || sel {
					attrs["value"] = v
					selected = i
					first = false
				}
			}
		case "textarea":
			if t := textareaRe.FindSubmatch(rest); t != nil {
				attrs["value"] = html.UnescapeString(string(t[1]))
			}
		}
		if _, dup := out[id]; !dup {
			out[id] = element{tag: tag, attrs: attrs, order: m[0], options: options, selected: selected}
		}
	}
	return out, list
}

// maxQueried bounds the elements a page's selectors search.
const maxQueried = 2000

// runPage runs a page as one program: its inline scripts and local
// <script src> files in document order, classic scripts in one global
// scope with the global tf, module scripts (inline or src) as module roots
// once the classic ones ran, as browsers defer them. Each script keeps its
// own file's positions: an inline one its offsets in the page (the text
// before it is blanked), a src one its file's. The inline on<type>="…"
// attributes are compiled for driveEvents; an onload attribute of the
// body runs once the page has loaded.
func (l *loader) runPage(name string, src []byte) error {
	elements, list := pageElements(src)
	l.r.installBrowser(elements, list)
	rt := l.r.rt
	_ = rt.GlobalObject().Set("tf", l.r.shim.TF())
	f := l.parse(name, src)
	// The page's local scripts, found first: the names its code uses and
	// nothing declares decide the stand-ins.
	type srcScript struct {
		e    jsast.ExternalScript
		file string
		src  []byte
	}
	free := map[string]bool{}
	addFree := func(f *jsast.File) {
		if len(f.Errors) == 0 {
			for n := range f.Info().Free {
				free[n] = true
			}
		}
	}
	addFree(f)
	external, p5, papa, jquery := false, false, false, false
	var ext []srcScript
	for _, e := range f.ExternalScripts {
		file, text, remote, err := l.pageFile(name, e)
		switch {
		case remote:
			external = true
			p5 = p5 || p5Build.MatchString(e.Src)
			papa = papa || papaBuild.MatchString(e.Src)
			jquery = jquery || jqueryBuild.MatchString(e.Src)
			l.r.external = append(l.r.external, e.Src)
		case err != nil && (library(e.Src, nil) != "" || p5Build.MatchString(e.Src) || papaBuild.MatchString(e.Src) || jqueryBuild.MatchString(e.Src)):
			// A library build the checkout lacks (a copy outside the
			// project, a build step's output): loaded from elsewhere.
			external = true
			p5 = p5 || p5Build.MatchString(e.Src)
			papa = papa || papaBuild.MatchString(e.Src)
			jquery = jquery || jqueryBuild.MatchString(e.Src)
			l.r.external = append(l.r.external, e.Src)
		case err != nil:
			l.r.notLoaded = append(l.r.notLoaded, e.Src+": "+err.Error())
		default:
			ext = append(ext, srcScript{e, file, text})
			addFree(l.parse(file, text))
		}
	}
	if p5 {
		fn, _ := sobek.AssertFunction(l.r.stubs.Get("installP5"))
		if _, err := fn(sobek.Undefined()); err != nil {
			l.r.handleTopError(err)
		}
	}
	if jquery {
		fn, _ := sobek.AssertFunction(l.r.stubs.Get("installJQuery"))
		if _, err := fn(sobek.Undefined()); err != nil {
			l.r.handleTopError(err)
		}
	}
	if papa {
		_ = rt.GlobalObject().Set("Papa", l.r.stubs.Get("papaparse"))
	}
	l.pageGlobals(elements, free, external)
	var modules []func() error
	for _, s := range f.Scripts {
		for len(ext) > 0 && ext[0].e.Offset < s.Start {
			if err := l.pageScript(ext[0].e, ext[0].file, ext[0].src, &modules); err != nil && l.pageError(err) {
				return nil
			}
			ext = ext[1:]
		}
		if s.Handler {
			continue
		}
		text := blanked(src, s.Start, s.End)
		if s.Module {
			modules = append(modules, func() error { return l.runModule(name, text) })
			continue
		}
		if _, err := l.r.runCounted(name, text); err != nil && l.pageError(err) {
			return nil
		}
	}
	for _, e := range ext {
		if err := l.pageScript(e.e, e.file, e.src, &modules); err != nil && l.pageError(err) {
			return nil
		}
	}
	if len(modules) > 0 {
		l.bundlerGlobals()
	}
	for _, m := range modules {
		if err := m(); err != nil && l.pageError(err) {
			return nil
		}
	}
	l.inlineHandlers(name, src, f)
	return nil
}

// pageError records an error that ended one of a page's scripts; the page
// goes on, as browsers do, unless the run was stopped.
func (l *loader) pageError(err error) bool {
	l.r.handleTopError(err)
	return l.r.stopped.Load()
}

// pageFile finds a page's <script src>: a local file inside the project
// root and its text, or why it does not run (remote, a library build the
// page's globals stand in for, missing).
func (l *loader) pageFile(page string, e jsast.ExternalScript) (file string, src []byte, remote bool, err error) {
	spec, local := jsmod.PageScript(e.Src)
	if !local {
		return "", nil, true, nil
	}
	if i := strings.IndexAny(spec, "?#"); i >= 0 {
		spec = spec[:i] // a cache-busting query: ui.js?v=3
	}
	if file, err = l.find(page, spec); err != nil {
		return "", nil, false, err
	}
	if src, err = os.ReadFile(file); err != nil {
		return "", nil, false, err
	}
	if library(file, src) != "" {
		return "", nil, true, nil
	}
	return file, src, false, nil
}

// pageScript runs a page's local <script src> file; a module script is
// queued in modules.
func (l *loader) pageScript(e jsast.ExternalScript, file string, src []byte, modules *[]func() error) error {
	l.r.scripts = append(l.r.scripts, file)
	code, err := l.source(file, src)
	if err != nil {
		return err
	}
	// A classic script with import or export is a bundler's entry
	// (Parcel, webpack dev pages): it runs as the module it is.
	if e.Module || moduleSyntax(file, []byte(code)) {
		*modules = append(*modules, func() error { return l.runModule(file, code) })
		return nil
	}
	_, err = l.r.runCounted(file, code)
	return err
}

// pageGlobals gives a page the globals browsers and its other scripts
// would: each element with an id is a global of that name (myCanvas for
// <canvas id="myCanvas">) and, when the page loads scripts from elsewhere
// (a CDN, a local library build), every name its scripts use and nothing
// defines is an inert stand-in that accepts any use ($, Chart, tfvis),
// listed in the report. Both only fill in names the global scope lacks
// when they are read.
func (l *loader) pageGlobals(elements map[string]element, free map[string]bool, external bool) {
	rt := l.r.rt
	var ids, names []any
	for id := range elements {
		if isIdentifier(id) {
			ids = append(ids, id)
		}
	}
	if external {
		for n := range free {
			if !featureNames[n] {
				names = append(names, n)
			}
		}
	}
	fn, _ := sobek.AssertFunction(l.r.stubs.Get("installPageGlobals"))
	if _, err := fn(sobek.Undefined(), rt.NewArray(ids...), rt.NewArray(names...)); err != nil {
		l.r.handleTopError(err)
	}
}

// p5Build is a p5.js build a page loads (a CDN's or a local copy, not
// its add-ons: p5.sound.js): the page is a p5 sketch, which p5 runs once
// the page has loaded (stubs.js installP5).
var p5Build = regexp.MustCompile(`(?i)(^|/)p5(\.min)?\.js([?#].*)?$`)

// papaBuild is a papaparse build a page loads: its global Papa parses
// for real (stubs.js papaModule).
var papaBuild = regexp.MustCompile(`(?i)(^|/)papaparse(@[^/]*)?(/|\.min\.js|\.js|$)`)

// jqueryBuild is a jQuery build a page loads (not a plugin's:
// jquery-ui, jquery.validate): its $ selects the page's elements and
// registers their handlers (stubs.js installJQuery).
var jqueryBuild = regexp.MustCompile(`(?i)(^|/)jquery([.-]\d[\w.]*)?(\.slim)?(\.min)?\.js([?#].*)?$|//code\.jquery\.com/jquery|/jquery@|/jquery/\d`)

// featureNames are globals scripts test for to tell their environment; a
// stand-in would tell them wrong.
var featureNames = map[string]bool{"module": true, "exports": true, "require": true, "define": true, "process": true,
	"global": true, "Buffer": true, "importScripts": true, "WorkerGlobalScope": true, "__dirname": true, "__filename": true}

func isIdentifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// library says why a page's local script is a library build the run does
// not execute (the page's tf is the simulator's; other libraries are what
// issue 10's stand-ins are for), or "".
var tfBundle = regexp.MustCompile(`^(tf|tfjs)([.-](core|layers|data|converter|backend-[a-z]+|es\d+|node))*(\.min)?\.js$`)

// tfBuild is what library says of a TensorFlow.js build.
const tfBuild = "a TensorFlow.js build"

func library(file string, src []byte) string {
	base := strings.ToLower(filepath.Base(file))
	switch {
	case tfBundle.MatchString(base):
		return tfBuild
	case strings.Contains(base, ".min."):
		return "a minified build"
	case len(src) > 1<<20:
		return "over 1 MiB"
	}
	head := src[:min(len(src), 4096)]
	for _, line := range bytes.Split(head, []byte("\n")) {
		if len(line) > 1000 {
			return "minified"
		}
	}
	if bytes.Contains(head, []byte("typeof exports")) && bytes.Contains(head, []byte("define.amd")) {
		return "a UMD library build"
	}
	return ""
}

// inlineHandlers compiles the page's on<type>="…" attributes, each at its
// place in the page, as functions of event with the element as this: the
// load events of <body> run as the page loads, the others are fired by
// driveEvents.
func (l *loader) inlineHandlers(name string, src []byte, f *jsast.File) {
	rt := l.r.rt
	for _, s := range f.Scripts {
		if !s.Handler || s.Event == "" || notFired[s.Event] {
			continue
		}
		text, ok := handlerText(src, s.Start, s.End)
		if !ok {
			continue
		}
		v, err := l.r.runCounted(name, text)
		if err != nil {
			l.r.handleTopError(err)
			continue
		}
		fn, ok := sobek.AssertFunction(v)
		if !ok {
			continue
		}
		target := l.handlerTarget(src, s)
		at := &Position{File: name}
		tok := f.Tok.Position(f.Tok.Pos(s.Start))
		at.Line, at.Column = tok.Line, tok.Column
		if loadEvents[s.Event] {
			if s.Element == "body" || s.Element == "frameset" {
				l.r.loop.setTimer(func(this sobek.Value, args ...sobek.Value) (sobek.Value, error) {
					ev := rt.NewObject()
					_ = ev.Set("type", s.Event)
					_ = ev.Set("target", target)
					return fn(target, ev)
				}, 0, nil, false)
			}
			continue
		}
		order := bytes.LastIndexByte(src[:s.Start], '<')
		l.r.inline = append(l.r.inline, inlineHandler{typ: s.Event, target: target, fn: v, at: at, order: order})
	}
}

var (
	loadEvents = map[string]bool{"load": true, "domcontentloaded": true, "loadeddata": true, "loadedmetadata": true, "canplay": true}
	notFired   = map[string]bool{"unload": true, "beforeunload": true, "pagehide": true, "error": true, "visibilitychange": true, "resize": true}
)

// handlerTarget is the element an inline handler is an attribute of: the
// page's element with its id, or a new element of its tag.
func (l *loader) handlerTarget(src []byte, s *jsast.Script) sobek.Value {
	rt := l.r.rt
	if lt := bytes.LastIndexByte(src[:s.Start], '<'); lt >= 0 {
		if m := tagRe.FindSubmatchIndex(src[lt:]); m != nil && m[0] == 0 {
			if id, ok := attributes(src[lt+m[4] : lt+m[5]])["id"]; ok {
				doc := rt.Get("document").ToObject(rt)
				get, _ := sobek.AssertFunction(doc.Get("getElementById"))
				if v, err := get(doc, rt.ToValue(id)); err == nil {
					return v
				}
			}
		}
	}
	mk, _ := sobek.AssertFunction(l.r.stubs.Get("makeElement"))
	v, err := mk(sobek.Undefined(), rt.ToValue(s.Element))
	if err != nil {
		return sobek.Undefined()
	}
	return v
}

// handlerText is the page up to an attribute's code, blanked but for the
// code, with the tokens of `(function (event) {` written into the blanked
// bytes before it (without touching a line break, so lines and columns
// stay the page's) and `\n})` after it.
func handlerText(src []byte, start, end int) (string, bool) {
	b := []byte(blanked(src, start, end))
	tokens := []string{"(", "function", "(", "event", ")", "{"}
	pos := 0
	for _, tok := range tokens {
		for {
			if pos+len(tok) > start {
				return "", false
			}
			nl := bytes.IndexByte(b[pos:pos+len(tok)], '\n')
			if nl < 0 {
				break
			}
			pos += nl + 1
		}
		copy(b[pos:], tok)
		pos += len(tok)
	}
	return string(b) + "\n})", true
}

// blanked is src[:end] with everything before start turned into spaces
// (newlines kept), so offsets in the result are offsets in src.
func blanked(src []byte, start, end int) string {
	b := make([]byte, end)
	for i := 0; i < start; i++ {
		if src[i] == '\n' {
			b[i] = '\n'
		} else {
			b[i] = ' '
		}
	}
	copy(b[start:], src[start:end])
	return string(b)
}

// source is the JavaScript the engine runs for a module: its text, or for
// TypeScript, TSX and JSX (and JavaScript with syntax sobek lacks) jsast's
// transform of it, whose positions the run maps back to the file's
// (run.original). It refuses sources jsast does not parse, before sobek
// sees them: sobek's recursive parser kills the process on hostile
// nesting, which jsast detects first.
func (l *loader) source(name string, src []byte) (string, error) {
	pname := name
	if kind, ok := jsast.KindOf(name); !ok || kind == jsast.HTML {
		pname += ".js"
	}
	f := l.parse(pname, src)
	if len(f.Errors) > 0 {
		return "", &sourceError{name: name, msg: f.Errors[0].Msg}
	}
	if !f.Transformed() {
		return string(src), nil
	}
	m := l.maps[name]
	m.file = f
	l.maps[name] = m
	return string(f.Code()), nil
}

// codeMap maps the positions of a module as the engine ran it to its file:
// through jsast's transform (file), and past the CommonJS wrapper that
// shares the first line (shift bytes).
type codeMap struct {
	file  *jsast.File
	shift int
}

// original maps a position the engine reported to the position in the
// file the user wrote.
func (r *run) original(p *Position) *Position {
	if p == nil || r.mods == nil {
		return p
	}
	m, ok := r.mods.maps[p.File]
	if !ok {
		return p
	}
	q := *p
	if q.Line == 1 && m.shift > 0 {
		q.Column = max(q.Column-m.shift, 1)
	}
	if m.file != nil {
		q.Line, q.Column = m.file.Original(q.Line, q.Column)
	}
	return &q
}

// sourceError is a module that does not parse.
type sourceError struct{ name, msg string }

func (e *sourceError) Error() string { return e.name + " does not parse: " + e.msg }
