package sim

import (
	"go/token"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/grafana/sobek"
	"github.com/grafana/sobek/parser"

	"github.com/tfjslint/tfjslint/jsast"
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
		l.r.installBrowser(nil)
	} else {
		l.r.installNode()
	}
	if moduleSyntax(name, []byte(code)) {
		return l.runModule(name, code)
	}
	return l.runClassic(name, code)
}

// wantsBrowser reports a script written for a page: it uses the DOM.
var browserAPIs = regexp.MustCompile(`\b(document|window|requestAnimationFrame|navigator)\b`)

func wantsBrowser(src []byte) bool { return browserAPIs.Match(src) }

// runModule evaluates name as the top-level ES module.
func (l *loader) runModule(name, src string) error {
	rec, err := sobek.ParseModule(name, src, l.resolve)
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
	_, err := rt.RunScript(name, src)
	return err
}

// element is an element of a page with an id.
type element struct {
	tag   string
	attrs map[string]string
}

var (
	tagRe  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>`)
	attrRe = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))`)
)

// pageElements reads the id, tag and attributes of a page's elements.
func pageElements(src []byte) map[string]element {
	out := map[string]element{}
	for _, m := range tagRe.FindAllSubmatch(src, -1) {
		attrs := map[string]string{}
		for _, a := range attrRe.FindAllSubmatch(m[2], -1) {
			v := string(a[3])
			if len(a[4]) > 0 {
				v = string(a[4])
			} else if len(a[5]) > 0 {
				v = string(a[5])
			}
			attrs[strings.ToLower(string(a[1]))] = v
		}
		if id, ok := attrs["id"]; ok {
			out[id] = element{tag: strings.ToLower(string(m[1])), attrs: attrs}
		}
	}
	return out
}

// runPage runs a page's inline scripts in order with the global tf.
// Each script keeps its offsets in the page (the text before it is
// blanked), so positions are the page's.
func (l *loader) runPage(name string, src []byte) error {
	l.r.installBrowser(pageElements(src))
	rt := l.r.rt
	_ = rt.GlobalObject().Set("tf", l.r.shim.TF())
	f := jsast.Parse(token.NewFileSet(), name, src)
	for _, s := range f.Scripts {
		if s.Handler {
			continue
		}
		text := blanked(src, s.Start, s.End)
		var err error
		if s.Module {
			err = l.runModule(name, text)
		} else {
			_, err = rt.RunScript(name, text)
		}
		if err != nil {
			// A page goes on after a script fails, as browsers do.
			l.r.handleTopError(err)
			if l.r.stopped.Load() {
				return nil
			}
		}
	}
	return nil
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
	f := jsast.Parse(token.NewFileSet(), pname, src)
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
