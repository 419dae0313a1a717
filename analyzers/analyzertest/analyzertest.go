// Package analyzertest runs an Analyzer over JavaScript and HTML fixtures and
// checks its findings against `// want "regexp"` comments, like x/tools'
// analysistest. Each fixture file is analysed on its own; every finding must
// match a want on its line and every want must be matched.
//
// Wants are found by scanning each line of the source, not by parsing it, so
// they also work in scripts that do not parse: `// want "re"...` and
// `/* want "re" */` in JavaScript, and `<!-- want "re" -->` in HTML outside
// scripts.
package analyzertest

import (
	"bytes"
	"flag"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

var update = flag.Bool("update", false, "analyzertest: rewrite the .golden files from the applied fixes")

// Result is one fixture's outcome.
type Result struct {
	File        string
	Src         []byte
	Diagnostics []analysis.Diagnostic
	Fset        *token.FileSet
}

// Run analyses every .js, .mjs, .cjs, .html and .htm file in dir with a and
// checks the want comments. It returns the results for further checks.
func Run(t testing.TB, dir string, a *analysis.Analyzer) []Result {
	t.Helper()
	files := Fixtures(t, dir)
	results := Analyze(t, a, files...)
	for _, r := range results {
		checkWants(t, r)
	}
	return results
}

// RunWithSuggestedFixes is Run, then applies every suggested fix of each
// fixture and compares the result with the fixture's .golden file (a fixture
// without findings needs none).
func RunWithSuggestedFixes(t testing.TB, dir string, a *analysis.Analyzer) []Result {
	t.Helper()
	results := Run(t, dir, a)
	for _, r := range results {
		golden := r.File + ".golden"
		if *update && !hasFixes(r) {
			if err := os.Remove(golden); err != nil && !os.IsNotExist(err) {
				t.Fatal(err) // a fixture without fixes keeps no stale golden
			}
		}
		if *update && hasFixes(r) {
			got, err := ApplyFixes(r)
			if err != nil {
				t.Errorf("%s: %v", r.File, err)
				continue
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			if hasFixes(r) {
				t.Errorf("%s: has suggested fixes but no %s", r.File, filepath.Base(golden))
			}
			continue
		}
		got, err := ApplyFixes(r)
		if err != nil {
			t.Errorf("%s: %v", r.File, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: fixed output differs from %s:\n--- got\n%s\n--- want\n%s", r.File, filepath.Base(golden), got, want)
		}
		if f := jsast.Parse(token.NewFileSet(), r.File, got); len(f.Errors) > 0 {
			t.Errorf("%s: fixed output does not parse: %v", r.File, f.Errors[0])
		}
	}
	return results
}

// Fixtures lists the JS and HTML files of dir, sorted.
func Fixtures(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if _, ok := jsast.KindOf(e.Name()); ok && !e.IsDir() {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	return files
}

// Analyze runs a (and its requirements) on each file and returns the
// diagnostics of a itself.
func Analyze(t testing.TB, a *analysis.Analyzer, files ...string) []Result {
	t.Helper()
	fset := token.NewFileSet()
	var pkgs []*packages.Package
	for _, f := range files {
		pkgs = append(pkgs, runctx.NewPackage(fset, f))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]*Result{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		byFile[f] = &Result{File: f, Src: src, Fset: fset}
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
			continue
		}
		r := byFile[act.Package.PkgPath]
		r.Diagnostics = append(r.Diagnostics, exactFixes(fset, r.File, r.Src, act.Diagnostics)...)
	}
	var out []Result
	for _, f := range files {
		out = append(out, *byFile[f])
	}
	return out
}

// exactFixes drops, as lint does, the fixes of a TypeScript or JSX fixture
// whose edits touch text esbuild reprinted.
func exactFixes(fset *token.FileSet, name string, src []byte, diags []analysis.Diagnostic) []analysis.Diagnostic {
	var f *jsast.File
	out := slices.Clone(diags)
	for i, d := range out {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		if f == nil {
			f = jsast.Parse(token.NewFileSet(), name, src)
		}
		if !f.Transformed() && f.Encoding == "" {
			return out
		}
		var kept []analysis.SuggestedFix
		for _, sf := range d.SuggestedFixes {
			ok := true
			for _, e := range sf.TextEdits {
				// The fixture's positions are in fset; f has its own.
				a, b := fset.Position(e.Pos).Offset, fset.Position(e.Pos).Offset
				if e.End.IsValid() {
					b = fset.Position(e.End).Offset
				}
				ok = ok && f.ExactRange(f.Tok.Pos(a), f.Tok.Pos(b))
			}
			if ok {
				kept = append(kept, sf)
			}
		}
		out[i].SuggestedFixes = kept
	}
	return out
}

type want struct {
	line int
	re   *regexp.Regexp
	used bool
}

var wantRE = regexp.MustCompile(`(?://|/\*|<!--)\s*want((?:\s+"(?:[^"\\]|\\.)*")+)`)
var quotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// wants reads the want comments of a fixture, line by line.
func wants(t testing.TB, file string, src []byte) []*want {
	t.Helper()
	if u, _ := jsast.DecodeUTF16(src); u != nil {
		src = u // a UTF-16 fixture: its lines are those of the decoding
	}
	var out []*want
	for i, text := range strings.Split(string(src), "\n") {
		line := i + 1
		for _, m := range wantRE.FindAllStringSubmatch(text, -1) {
			out = append(out, parseWant(t, file, line, m[1])...)
		}
	}
	return out
}

// parseWant compiles the quoted regexps of one want comment.
func parseWant(t testing.TB, file string, line int, quoted string) []*want {
	t.Helper()
	var out []*want
	for _, q := range quotedRE.FindAllString(quoted, -1) {
		s, err := strconv.Unquote(q)
		if err != nil {
			t.Errorf("%s:%d: bad want string %s: %v", file, line, q, err)
			continue
		}
		re, err := regexp.Compile(s)
		if err != nil {
			t.Errorf("%s:%d: bad want regexp %q: %v", file, line, s, err)
			continue
		}
		out = append(out, &want{line: line, re: re})
	}
	return out
}

func checkWants(t testing.TB, r Result) {
	t.Helper()
	ws := wants(t, r.File, r.Src)
	diags := append([]analysis.Diagnostic(nil), r.Diagnostics...)
	sort.SliceStable(diags, func(i, j int) bool { return diags[i].Pos < diags[j].Pos })
	for _, d := range diags {
		pos := r.Fset.Position(d.Pos)
		matched := false
		for _, w := range ws {
			if !w.used && w.line == pos.Line && w.re.MatchString(d.Message) {
				w.used, matched = true, true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d:%d: unexpected finding [%s] %s", r.File, pos.Line, pos.Column, d.Category, d.Message)
		}
	}
	for _, w := range ws {
		if !w.used {
			t.Errorf("%s:%d: no finding matched want %q", r.File, w.line, w.re)
		}
	}
}

func hasFixes(r Result) bool {
	for _, d := range r.Diagnostics {
		if len(d.SuggestedFixes) > 0 {
			return true
		}
	}
	return false
}

// ApplyFixes applies the first suggested fix of every diagnostic, in
// diagnostic order, skipping a fix whose edits overlap one already taken
// (as lint.ApplyFixes does; a second --fix run would pick it up).
func ApplyFixes(r Result) ([]byte, error) {
	type edit struct {
		start, end int
		text       string
	}
	var taken []edit
	overlaps := func(es []edit) bool {
		for _, e := range es {
			for _, t := range taken {
				if e.start < t.end && t.start < e.end || e.start == t.start && e.end == t.end {
					return true
				}
			}
		}
		return false
	}
	for _, d := range r.Diagnostics {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		var es []edit
		for _, e := range d.SuggestedFixes[0].TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			es = append(es, edit{r.Fset.Position(e.Pos).Offset, r.Fset.Position(end).Offset, string(e.NewText)})
		}
		if !overlaps(es) {
			taken = append(taken, es...)
		}
	}
	sort.SliceStable(taken, func(i, j int) bool { return taken[i].start < taken[j].start })
	var out strings.Builder
	last := 0
	for _, e := range taken {
		out.Write(r.Src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(r.Src[last:])
	return []byte(out.String()), nil
}
