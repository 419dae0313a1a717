package jsfile_test

import (
	"bytes"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// TestJSFile checks every syntax error against the `want` comments of the
// fixtures (including scripts that do not parse and HTML end tags).
func TestJSFile(t *testing.T) {
	results := analyzertest.Run(t, "testdata", jsfile.Analyzer)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != "syntax-error" {
				t.Errorf("%s: category %q, want syntax-error", r.Fset.Position(d.Pos), d.Category)
			}
		}
	}
}

// TestParsedScripts checks what the analyzer hands to the other analyzers:
// which scripts parsed, in which mode, and the exact line:column of each
// syntax error (byte columns; a BOM counts as its three bytes).
func TestParsedScripts(t *testing.T) {
	tests := []struct {
		file    string
		errors  []string // line:col of each syntax-error finding
		scripts []string // one per parsed script: "module", "script" or "handler"
		has     []string // identifiers that must be in the parsed scripts
	}{
		{file: "module_error.mjs", errors: []string{"6:75"}},
		{file: "sloppy_script.js", scripts: []string{"script"}, has: []string{"hidden", "train"}},
		{file: "commonjs.cjs", errors: []string{"11:63"}},
		{file: "crlf.js", errors: []string{"6:19"}},
		{file: "bom.js", errors: []string{"1:24"}},
		// UTF-16: lines as in the file, columns in its UTF-8 decoding ('é' is two bytes).
		{file: "utf16le_error.js", errors: []string{"6:38"}},
		{file: "utf16be.js", scripts: []string{"module"}, has: []string{"model", "título"}},
		{file: "async_generator.mjs", scripts: []string{"module"}, has: []string{"batches"}},
		{file: "for_await.mjs", scripts: []string{"module"}, has: []string{"batches", "model"}},
		{file: "import_attributes.mjs", scripts: []string{"module"}, has: []string{"vocab", "labels", "config"}},
		{file: "jsx_component.js", scripts: []string{"module"}, has: []string{"Predictor", "predict", "label"}},
		{file: "jsx_error.jsx", errors: []string{"8:7"}},
		{file: "ts_error.ts", errors: []string{"5:37"}},
		{file: "typed_model.ts", scripts: []string{"module"}, has: []string{"Trainer", "model", "Phase", "logged"}},
		{file: "component.tsx", scripts: []string{"module"}, has: []string{"Canvas", "classify", "model"}},
		{
			file:    "page_three_scripts.html",
			errors:  []string{"14:42"},
			scripts: []string{"script", "script"},
			has:     []string{"model", "document"}, // the first and the third script
		},
		{
			file:    "page_module.html",
			errors:  []string{"12:5", "17:41"},
			scripts: []string{"module"},
			has:     []string{"tf", "model"},
		},
		{file: "page_ignored_scripts.html", scripts: []string{"script"}, has: []string{"epochs"}},
		{
			file:    "page_handlers.html",
			scripts: []string{"handler", "handler", "script"},
			has:     []string{"trainModel", "Number", "window"}, // both handlers and the script
		},
		{file: "page_unclosed.html", errors: []string{"8:3", "13:3"}, scripts: []string{"script"}, has: []string{"mode"}},
	}
	fixtures := analyzertest.Fixtures(t, "testdata")
	if len(fixtures) != len(tests) {
		t.Errorf("%d fixtures but %d cases: give every fixture a case", len(fixtures), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, diags, fset := analyze(t, filepath.Join("testdata", tt.file))
			var errs []string
			for _, d := range diags {
				p := fset.Position(d.Pos)
				errs = append(errs, fmt.Sprintf("%d:%d", p.Line, p.Column))
			}
			if !slices.Equal(errs, tt.errors) {
				t.Errorf("syntax errors at %v, want %v", errs, tt.errors)
			}
			var kinds []string
			for _, s := range f.Scripts {
				switch {
				case s.Handler:
					kinds = append(kinds, "handler")
				case s.Module:
					kinds = append(kinds, "module")
				default:
					kinds = append(kinds, "script")
				}
			}
			if !slices.Equal(kinds, tt.scripts) {
				t.Errorf("parsed scripts %v, want %v", kinds, tt.scripts)
			}
			names := map[string]bool{}
			f.Inspector().Preorder([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node) {
				names[n.(*ast.Identifier).Name.String()] = true
			})
			for _, name := range tt.has {
				if !names[name] {
					t.Errorf("identifier %s is not in the parsed scripts", name)
				}
			}
		})
	}
}

// TestFixtureEncodings guards the fixtures whose point is their bytes, in
// case an editor or a checkout normalises them.
func TestFixtureEncodings(t *testing.T) {
	for _, r := range analyzertest.Analyze(t, jsfile.Analyzer, "testdata/crlf.js", "testdata/bom.js", "testdata/utf16le_error.js", "testdata/utf16be.js") {
		switch filepath.Base(r.File) {
		case "crlf.js":
			if n, crlf := bytes.Count(r.Src, []byte("\n")), bytes.Count(r.Src, []byte("\r\n")); n == 0 || n != crlf {
				t.Errorf("crlf.js: %d of %d line ends are CR LF, want all", crlf, n)
			}
		case "bom.js":
			if !bytes.HasPrefix(r.Src, []byte("\xef\xbb\xbf")) {
				t.Errorf("bom.js does not start with a UTF-8 BOM")
			}
		case "utf16le_error.js", "utf16be.js":
			if !bytes.HasPrefix(r.Src, []byte("\xff\xfe")) && !bytes.HasPrefix(r.Src, []byte("\xfe\xff")) {
				t.Errorf("%s does not start with a UTF-16 BOM", filepath.Base(r.File))
			}
		}
	}
}

// TestSourceFromContext checks that the analyzer parses the in-memory
// content lint hands it (editor buffers, stdin) instead of reading the file.
func TestSourceFromContext(t *testing.T) {
	fset := token.NewFileSet()
	path := filepath.Join(t.TempDir(), "buffer.js") // does not exist
	pkg := runctx.NewPackage(fset, path)
	runctx.Set(pkg.Types, &runctx.Context{Source: []byte("const a = 1;\nconst b = ;\n")})
	defer runctx.Delete(pkg.Types)
	f, diags := run(t, pkg)
	if len(diags) != 1 || fset.Position(diags[0].Pos).String() != path+":2:11" || !strings.Contains(diags[0].Message, "Unexpected token") {
		t.Fatalf("diagnostics %v, want one syntax error at %s:2:11", diags, path)
	}
	if string(f.Src) != "const a = 1;\nconst b = ;\n" {
		t.Errorf("parsed %q, not the buffer", f.Src)
	}
}

// analyze runs the analyzer on one fixture and returns its result.
func analyze(t *testing.T, path string) (*jsast.File, []analysis.Diagnostic, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	f, diags := run(t, runctx.NewPackage(fset, path))
	return f, diags, fset
}

func run(t *testing.T, pkg *packages.Package) (*jsast.File, []analysis.Diagnostic) {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{jsfile.Analyzer}, []*packages.Package{pkg}, nil)
	if err != nil {
		t.Fatal(err)
	}
	act := graph.Roots[0]
	if act.Err != nil {
		t.Fatal(act.Err)
	}
	return act.Result.(*jsast.File), act.Diagnostics
}
