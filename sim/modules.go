package sim

import (
	"bytes"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// loader resolves and loads the modules of a run: tfjs packages are the
// shim, relative paths load from disk inside the project root, anything
// else is an inert stub.
type loader struct {
	r       *run
	root    string // absolute
	tf      sobek.ModuleRecord
	records map[string]sobek.ModuleRecord // by file name
	names   map[sobek.ModuleRecord]string
	cjs     map[string]*sobek.Object // module objects by file name
	stubs   map[string]sobek.ModuleRecord
	maps    map[string]codeMap // modules whose run text is not their file's, by file name
	main    *sobek.Object      // the entry's module object (require.main)
	// parsed are the files jsast parsed (and transformed) this run, by
	// the name they were parsed as: a page's script is parsed once for
	// its free names and run from the same parse, and a TypeScript file
	// require() checks is transformed once.
	parsed map[string]parsedFile
}

// parsedFile is a file's text and jsast's parse of it.
type parsedFile struct {
	src  []byte
	file *jsast.File
}

// parse is jsast's parse of src as the file name, once per name and text.
func (l *loader) parse(name string, src []byte) *jsast.File {
	if p, ok := l.parsed[name]; ok && bytes.Equal(p.src, src) {
		return p.file
	}
	f := jsast.Parse(token.NewFileSet(), name, src)
	l.parsed[name] = parsedFile{src: src, file: f}
	return f
}

func newLoader(r *run) *loader {
	root, err := filepath.Abs(r.opts.Root)
	if err != nil {
		root = r.opts.Root
	}
	l := &loader{r: r, root: root, records: map[string]sobek.ModuleRecord{}, names: map[sobek.ModuleRecord]string{},
		cjs: map[string]*sobek.Object{}, stubs: map[string]sobek.ModuleRecord{}, maps: map[string]codeMap{},
		parsed: map[string]parsedFile{}}
	tf := r.shim.TF()
	l.tf = &valueModule{names: tf.Keys(), value: func() (*sobek.Object, error) { return tf, nil }}
	r.rt.SetImportModuleDynamically(l.dynamicImport)
	r.rt.SetGetImportMetaProperties(l.importMeta)
	return l
}

// resolve is the HostResolveImportedModuleFunc of the run.
func (l *loader) resolve(referrer any, spec string) (sobek.ModuleRecord, error) {
	if visual(spec) {
		if m, ok := l.stubs[spec]; ok {
			return m, nil
		}
		// Its exports, for import * as tfvis (a namespace lists only
		// declared names).
		m := &valueModule{names: []string{"visor", "show", "render", "metrics", "version", "Visor"},
			value: func() (*sobek.Object, error) { return l.r.standIn(spec).ToObject(l.r.rt), nil }}
		l.stubs[spec] = m
		return m, nil
	}
	if tfapi.IsModule(spec) {
		return l.tf, nil
	}
	if !isRelative(spec) {
		if m, ok := l.stubs[spec]; ok {
			return m, nil
		}
		name := spec
		if b := l.builtin(spec); b != nil {
			m := &valueModule{names: b.Keys(), value: func() (*sobek.Object, error) { return b, nil }}
			l.stubs[spec] = m
			return m, nil
		}
		m := &valueModule{value: func() (*sobek.Object, error) { return l.r.stub(name).ToObject(l.r.rt), nil }, stub: true}
		l.stubs[spec] = m
		return m, nil
	}
	from := l.r.file
	if rec, ok := referrer.(sobek.ModuleRecord); ok {
		if n, ok := l.names[rec]; ok {
			from = n
		}
	}
	name, err := l.find(from, spec)
	if err != nil {
		return nil, err
	}
	if m, ok := l.records[name]; ok {
		return m, nil
	}
	if asset(name) {
		// A stylesheet or image a bundler would load (import './App.css'):
		// an inert default export.
		m := &valueModule{value: func() (*sobek.Object, error) { return l.r.stub(spec).ToObject(l.r.rt), nil }, stub: true}
		l.records[name] = m
		l.names[m] = name
		return m, nil
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(name, ".json") {
		// A library build imported from the project (import
		// './tfjs-vis.js') is not run, as a page's <script src> of one is
		// not: a TensorFlow.js build is the simulator's tf, another an
		// inert stand-in.
		switch library(name, src) {
		case "":
		case tfBuild:
			return l.tf, nil
		default:
			if !slices.Contains(l.r.external, spec) {
				l.r.external = append(l.r.external, spec)
			}
			m := &valueModule{value: func() (*sobek.Object, error) { return l.r.stub(spec).ToObject(l.r.rt), nil }, stub: true}
			l.records[name] = m
			l.names[m] = name
			return m, nil
		}
	}
	code := string(src)
	if !strings.HasSuffix(name, ".json") {
		if code, err = l.source(name, src); err != nil {
			return nil, err
		}
	}
	var m sobek.ModuleRecord
	switch {
	case strings.HasSuffix(name, ".json"):
		text := string(src)
		m = &valueModule{value: func() (*sobek.Object, error) {
			v, err := l.r.rt.RunString("(" + text + ")")
			if err != nil {
				return nil, err
			}
			return l.r.rt.ToValue(map[string]any{"default": v}).ToObject(l.r.rt), nil
		}, esDefault: true}
	case moduleSyntax(name, []byte(code)):
		rec, err := parseModuleCounted(name, code, l.resolve)
		if err != nil {
			return nil, err
		}
		m = rec
	default:
		m = &valueModule{value: func() (*sobek.Object, error) { return l.commonJS(name) }, cjs: true}
	}
	l.records[name] = m
	l.names[m] = name
	return m, nil
}

// candidates are the files a relative specifier may name, in the order
// bundlers try them: the name as written, with a JavaScript or TypeScript
// extension, an index file in the directory; a .js name may also be its
// TypeScript source (TypeScript's ESM imports name the emitted .js file).
func candidates(base string) []string {
	out := []string{base}
	for _, ext := range []string{".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx", ".json"} {
		out = append(out, base+ext)
	}
	for _, index := range []string{"index.js", "index.mjs", "index.ts", "index.tsx", "index.jsx"} {
		out = append(out, filepath.Join(base, index))
	}
	ext := filepath.Ext(base)
	if ts, ok := map[string][]string{".js": {".ts", ".tsx"}, ".mjs": {".mts"}, ".cjs": {".cts"}, ".jsx": {".tsx"}}[ext]; ok {
		for _, e := range ts {
			out = append(out, strings.TrimSuffix(base, ext)+e)
		}
	}
	return out
}

// visual reports tfjs-vis, which draws and trains nothing: an inert
// stand-in, not the tf shim its @tensorflow/ name would give.
func visual(spec string) bool {
	return spec == "@tensorflow/tfjs-vis" || strings.HasPrefix(spec, "@tensorflow/tfjs-vis/")
}

// asset reports a file a bundler loads that is not code: stylesheets,
// images, fonts, markup.
func asset(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".css", ".scss", ".sass", ".less", ".styl", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp",
		".woff", ".woff2", ".ttf", ".eot", ".mp3", ".wav", ".mp4", ".webm", ".txt", ".md", ".html", ".htm", ".wasm", ".bin", ".csv":
		return true
	}
	return false
}

func isRelative(spec string) bool {
	return strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/")
}

// find resolves a relative specifier from the file from, inside the root.
func (l *loader) find(from, spec string) (string, error) {
	if strings.HasPrefix(spec, "/") {
		// Root-relative: the server's root is the project root or a
		// directory of from's path inside it (a page's own folder served
		// on its own); the nearest holding the file wins.
		for dir := filepath.Dir(absPath(from)); ; dir = filepath.Dir(dir) {
			rel, err := filepath.Rel(l.root, dir)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || dir == filepath.Dir(dir) {
				break
			}
			if name, err := l.findAt(filepath.Join(dir, spec), spec, from); err == nil || rel == "." {
				return name, err
			}
		}
		return l.findAt(filepath.Join(l.root, spec), spec, from)
	}
	return l.findAt(filepath.Join(filepath.Dir(from), spec), spec, from)
}

// findAt is the file base names, with the extensions and index files a
// bundler tries, inside the project root.
func (l *loader) findAt(base, spec, from string) (string, error) {
	for _, cand := range candidates(base) {
		abs, err := filepath.Abs(cand)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(l.root, abs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "", fmt.Errorf("Cannot find module '%s': outside the project root %s", spec, l.root)
		}
		if st, err := os.Stat(cand); err == nil && st.Mode().IsRegular() {
			return filepath.Clean(cand), nil
		}
	}
	return "", fmt.Errorf("Cannot find module '%s' imported from %s", spec, from)
}

// moduleSyntax tells whether a file is an ES module: .mjs, or a .js file
// with import or export declarations (or top-level await).
func moduleSyntax(name string, src []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".mjs", ".mts":
		return true
	case ".cjs", ".cts":
		return false
	}
	return hasModuleSyntax(string(src))
}

// commonJS evaluates a CommonJS module once and returns its module object.
func (l *loader) commonJS(name string) (*sobek.Object, error) {
	if m, ok := l.cjs[name]; ok {
		return m, nil
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	code, err := l.source(name, src)
	if err != nil {
		return nil, err
	}
	rt := l.r.rt
	module := rt.NewObject()
	exports := rt.NewObject()
	_ = module.Set("exports", exports)
	abs := absPath(name)
	_ = module.Set("id", abs)
	_ = module.Set("filename", abs)
	l.cjs[name] = module
	// The wrapper shares the first line, so line numbers stay the file's;
	// columns of the first line are shifted back by the wrapper's length.
	const wrapper = "(function (exports, require, module, __filename, __dirname) {"
	m := l.maps[name]
	m.shift = len(wrapper)
	l.maps[name] = m
	prg, ok := compileCounted(name, wrapper+code+"\n})")
	if !ok {
		var err error
		if prg, err = sobek.Compile(name, wrapper+code+"\n})", false); err != nil {
			return nil, err
		}
	}
	fnv, err := rt.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := sobek.AssertFunction(fnv)
	req := l.requireFn(name).ToObject(rt)
	if l.main != nil {
		_ = req.Set("main", l.main)
	}
	if _, err := fn(sobek.Undefined(), exports, req, module, rt.ToValue(abs), rt.ToValue(filepath.Dir(abs))); err != nil {
		return nil, err
	}
	return module, nil
}

// requireFn is the require of a CommonJS module (or classic script) in from.
// From "" resolves from the file of the calling code: the global require
// of ES modules that also use require (bundler-era code).
func (l *loader) requireFn(from string) sobek.Value {
	rt := l.r.rt
	return rt.ToValue(func(c sobek.FunctionCall) sobek.Value {
		spec := c.Argument(0).String()
		if visual(spec) {
			return l.r.standIn(spec)
		}
		if tfapi.IsModule(spec) {
			return l.r.shim.TF()
		}
		if !isRelative(spec) {
			if b := l.builtin(spec); b != nil {
				return b
			}
			return l.r.stub("require('" + spec + "')")
		}
		base := from
		if base == "" {
			base = l.r.file
			if p := (*host)(l.r).here(); p != nil && p.File != "" {
				base = p.File
			}
		}
		name, err := l.find(base, spec)
		if err != nil {
			panic(rt.NewGoError(err))
		}
		if asset(name) {
			return l.r.stub("require('" + spec + "')")
		}
		if strings.HasSuffix(name, ".json") {
			src, err := os.ReadFile(name)
			if err != nil {
				panic(rt.NewGoError(err))
			}
			v, err := rt.RunString("(" + string(src) + ")")
			if err != nil {
				panic(rt.NewGoError(err))
			}
			return v
		}
		src, err := os.ReadFile(name)
		if err != nil {
			panic(rt.NewGoError(err))
		}
		code := src
		if kind, _ := jsast.KindOf(name); kind != jsast.JS {
			code = l.parse(name, src).Code()
		}
		if moduleSyntax(name, code) {
			panic(rt.NewGoError(fmt.Errorf("require() of ES Module %s not supported", name)))
		}
		m, err := l.commonJS(name)
		if err != nil {
			var ex *sobek.Exception
			if errors.As(err, &ex) {
				panic(ex)
			}
			panic(rt.NewGoError(err))
		}
		return m.Get("exports")
	})
}

// dynamicImport is import(): loaded at once, settled on the next turn.
func (l *loader) dynamicImport(referrer any, spec sobek.Value, capability any) {
	m, err := l.resolve(referrer, spec.String())
	var e any
	if err != nil {
		e = l.r.rt.NewGoError(err)
	}
	l.r.rt.FinishLoadingImportModule(referrer, spec, capability, m, e)
}

// valueModule is a module record whose bindings are an object's properties:
// the tf shim, CommonJS modules, JSON files and inert stubs.
type valueModule struct {
	names     []string // exported names; nil when any name resolves
	value     func() (*sobek.Object, error)
	obj       *sobek.Object
	err       error
	done      bool
	cjs       bool // default is module.exports, names come from exports
	esDefault bool // the object holds "default"
	stub      bool
}

func (m *valueModule) GetExportedNames(cb func([]string), _ ...sobek.ModuleRecord) bool {
	cb(m.names)
	return true
}

func (m *valueModule) ResolveExport(name string, _ ...sobek.ResolveSetElement) (*sobek.ResolvedBinding, bool) {
	if m.names != nil && name != "default" {
		found := false
		for _, n := range m.names {
			found = found || n == name
		}
		if !found {
			return nil, false
		}
	}
	return &sobek.ResolvedBinding{Module: m, BindingName: name}, false
}

func (m *valueModule) Link() error { return nil }

func (m *valueModule) Evaluate(rt *sobek.Runtime) *sobek.Promise {
	if !m.done {
		m.done = true
		m.obj, m.err = m.value()
	}
	p, resolve, reject := rt.NewPromise()
	if m.err != nil {
		_ = reject(m.err)
	} else {
		_ = resolve(&valueInstance{m: m})
	}
	return p
}

type valueInstance struct{ m *valueModule }

func (i *valueInstance) GetBindingValue(name string) sobek.Value {
	m := i.m
	if m.obj == nil {
		return sobek.Undefined()
	}
	switch {
	case m.cjs:
		exports := m.obj.Get("exports")
		if name == "default" {
			return exports
		}
		if o, ok := exports.(*sobek.Object); ok {
			return o.Get(name)
		}
		return sobek.Undefined()
	case name == "default" && !m.esDefault:
		return m.obj
	}
	if v := m.obj.Get(name); v != nil {
		return v
	}
	return sobek.Undefined()
}

// builtin returns the Node modules a run has for real: path, whose
// functions touch nothing, fs (the project's files, read-only; files.go)
// and util.
func (l *loader) builtin(spec string) *sobek.Object {
	switch strings.TrimPrefix(spec, "node:") {
	case "path", "path/posix":
		return l.r.stubs.Get("path").ToObject(l.r.rt)
	case "argparse":
		return l.r.stubs.Get("argparse").ToObject(l.r.rt)
	case "fs", "graceful-fs":
		return l.r.stubs.Get("fs").ToObject(l.r.rt)
	case "fs/promises":
		return l.r.stubs.Get("fs").ToObject(l.r.rt).Get("promises").ToObject(l.r.rt)
	case "papaparse":
		return l.r.stubs.Get("papaparse").ToObject(l.r.rt)
	case "util", "readline", "http", "https":
		return l.r.stubs.Get(strings.TrimPrefix(spec, "node:")).ToObject(l.r.rt)
	}
	return nil
}
