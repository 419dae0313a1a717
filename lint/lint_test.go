package lint

import (
	"cmp"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// writeTree creates files (path -> content, "/"-separated, relative to
// root); a path ending in "/" makes an empty directory.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// skips describes Skipped entries as "path kind", with "+named" for paths
// given to Discover, paths relative to root.
func skips(t *testing.T, root string, skipped []Skipped) []string {
	t.Helper()
	var out []string
	for _, s := range skipped {
		d := rel(t, root, []string{s.File})[0] + " " + string(s.Kind)
		if s.Named {
			d += "+named"
		}
		out = append(out, d)
	}
	return out
}

// rel makes Discover's paths relative to root, "/"-separated, for comparison.
func rel(t *testing.T, root string, paths []string) []string {
	t.Helper()
	var out []string
	for _, p := range paths {
		r, err := filepath.Rel(root, p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		".git/":                                  ".git marks the repository top",
		".git/hooks/hook.js":                     "",
		".gitignore":                             "build/\n*.gen.js\n!keep.gen.js\n",
		".tfjslint.yaml":                         "",
		"a.js":                                   "",
		"b.mjs":                                  "",
		"c.cjs":                                  "",
		"d.html":                                 "",
		"e.htm":                                  "",
		"UPPER.JS":                               "",
		"f.ts":                                   "",
		"g.jsx":                                  "",
		"types.d.ts":                             "",
		"h.json":                                 "",
		"notes.md":                               "",
		"js/":                                    "a directory named like a file kind",
		"node_modules/lib/x.js":                  "",
		"bower_components/jquery/dist/jquery.js": "",
		"build/out.js":                           "",
		"gen/model.gen.js":                       "",
		"gen/keep.gen.js":                        "",
		"sub/.gitignore":                         "local.js\n/anchored.js\n",
		"sub/local.js":                           "",
		"sub/anchored.js":                        "",
		"sub/keep.js":                            "",
		"sub/x.gen.js":                           "",
		"sub/deep/local.js":                      "",
		"sub/deep/anchored.js":                   "",
		"other/local.js":                         "",
		"dist/bundle.js":                         "",
		"vendor/tf.min.js":                       "",
		"app.min.js":                             "",
	})
	cfg, err := rules.ParseConfig(filepath.Join(root, ".tfjslint.yaml"), []byte(`ignore: ["dist/**", "**/*.min.js"]`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		paths   []string // relative to root; "" is root itself
		cfg     *rules.Config
		want    []string
		skipped []string // "path kind", "+named" for a path given
	}{
		{
			name:  "walk",
			paths: []string{""},
			cfg:   cfg,
			want: []string{
				"UPPER.JS", "a.js", "b.mjs", "c.cjs", "d.html", "e.htm", "f.ts", "g.jsx",
				"gen/keep.gen.js", "other/local.js", "sub/deep/anchored.js", "sub/keep.js",
			},
		},
		{
			// Generated files are skipped, and listed, whether walked or named.
			name:    "no config: the ignore globs do not apply",
			paths:   []string{"dist", "vendor", "app.min.js"},
			want:    []string{"dist/bundle.js"},
			skipped: []string{"app.min.js generated+named", "vendor/tf.min.js generated"},
		},
		{
			name:  "subdirectory honours the repository's .gitignore",
			paths: []string{"sub"},
			cfg:   cfg,
			want:  []string{"sub/deep/anchored.js", "sub/keep.js"},
		},
		{
			name:  "explicit files are taken even when a .gitignore ignores them",
			paths: []string{"build/out.js", "gen/model.gen.js", "sub/local.js", "f.ts"},
			cfg:   cfg,
			want:  []string{"build/out.js", "f.ts", "gen/model.gen.js", "sub/local.js"},
		},
		{
			name:    "explicit files matching a config ignore glob are skipped, and listed",
			paths:   []string{"dist/bundle.js", "app.min.js", "a.js"},
			cfg:     cfg,
			want:    []string{"a.js"},
			skipped: []string{"app.min.js ignored+named", "dist/bundle.js ignored+named"},
		},
		{
			name:  "sorted and without duplicates",
			paths: []string{"sub/keep.js", "other", "sub", "./sub/keep.js", "sub/"},
			cfg:   cfg,
			want:  []string{"other/local.js", "sub/deep/anchored.js", "sub/keep.js"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, p := range tt.paths {
				paths = append(paths, filepath.Join(root, p))
				if strings.HasSuffix(p, "/") {
					paths[len(paths)-1] += string(filepath.Separator)
				}
			}
			got, err := Discover(paths, DiscoverOptions{Config: tt.cfg})
			if err != nil {
				t.Fatal(err)
			}
			if r := rel(t, root, got.Files); !slices.Equal(r, tt.want) {
				t.Errorf("Discover = %q\nwant       %q", r, tt.want)
			}
			if s := skips(t, root, got.Skipped); !slices.Equal(s, tt.skipped) {
				t.Errorf("Skipped = %q\nwant      %q", s, tt.skipped)
			}
		})
	}
}

// TestDiscoverRepositoryTop checks that the .gitignore files above a
// repository (whose top holds .git) do not apply inside it, whether the
// walk starts at the top or below it.
func TestDiscoverRepositoryTop(t *testing.T) {
	outer := t.TempDir()
	writeTree(t, outer, map[string]string{
		".git/":               "",
		".gitignore":          "*.js\n",
		"repo/.git/":          "",
		"repo/.gitignore":     "ignored.js\n",
		"repo/a.js":           "",
		"repo/ignored.js":     "",
		"repo/src/b.js":       "",
		"repo/src/ignored.js": "",
	})
	for _, start := range []string{"repo", "repo/src"} {
		got, err := Discover([]string{filepath.Join(outer, start)}, DiscoverOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"repo/a.js", "repo/src/b.js"}
		if start == "repo/src" {
			want = want[1:]
		}
		if r := rel(t, outer, got.Files); !slices.Equal(r, want) {
			t.Errorf("Discover(%s) = %q, want %q", start, r, want)
		}
	}
}

func TestDiscoverMissingPath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.js")
	_, err := Discover([]string{missing}, DiscoverOptions{})
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Fatalf("Discover(missing) error = %v, want one naming %s", err, missing)
	}
}

// at is a finding's place and rule, for comparisons.
func at(f Finding) string {
	return fmt.Sprintf("%d:%d %s", f.Range.Start.Line, f.Range.Start.Column, f.Rule)
}

func ats(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, at(f))
	}
	return out
}

// lintSource lints one in-memory file.
func lintSource(t *testing.T, name, src string, opts Options) *Result {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	opts.Overlay = map[string][]byte{path: []byte(src)}
	res, err := Run([]string{path}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

const sgdLine = "export const opt = tf.train.sgd(0.05);\n" // an sgd-optimizer finding at column 20 (with trainsOn("opt"))

// trainsOn returns code that compiles a model with a hidden relu layer with
// each named optimizer: sgd-optimizer reports plain SGD only where it trains
// such a model.
func trainsOn(names ...string) string {
	s := "const net = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 8, activation: 'relu' }), tf.layers.dense({ units: 1 })] });\n"
	for _, n := range names {
		s += "net.compile({ optimizer: " + n + ", loss: 'meanSquaredError' });\n"
	}
	return s
}

func TestRunOverlay(t *testing.T) {
	dir := t.TempDir()
	onDisk := filepath.Join(dir, "disk.mjs")
	writeTree(t, dir, map[string]string{"disk.mjs": "import * as tf from '@tensorflow/tfjs';\n" + sgdLine})
	buffer := filepath.Join(dir, "unsaved", "buffer.mjs") // not on disk
	overlay := map[string][]byte{
		buffer: []byte("import * as tf from '@tensorflow/tfjs';\n\n" + sgdLine + trainsOn("opt")),
		onDisk: []byte("import * as tf from '@tensorflow/tfjs';\nexport const opt = tf.train.adam(0.001);\n"),
	}
	res, err := Run([]string{onDisk, buffer}, Options{Overlay: overlay})
	if err != nil {
		t.Fatal(err)
	}
	if got := ats(only(res.FindingsOf(buffer), "sgd-optimizer")); !slices.Equal(got, []string{"3:20 sgd-optimizer"}) {
		t.Errorf("buffer findings %v, want the sgd finding of the in-memory content", got)
	}
	if got := only(res.FindingsOf(onDisk), "sgd-optimizer"); len(got) != 0 {
		t.Errorf("the overlay replaces the file on disk, yet: %v", ats(got))
	}
	for path, want := range overlay {
		if string(res.Sources[path]) != string(want) {
			t.Errorf("Sources[%s] is not the overlay content", path)
		}
	}
	if !slices.Equal(res.Files, []string{onDisk, buffer}) {
		t.Errorf("Files = %v", res.Files)
	}
	// A missing file outside the overlay is a per-file problem, not the end of the run.
	missing := filepath.Join(dir, "missing.js")
	res, err = Run([]string{missing}, Options{})
	if err != nil || len(res.Files) != 0 || len(res.Skipped) != 1 || res.Skipped[0].File != missing || res.Skipped[0].Kind != SkipUnreadable {
		t.Errorf("Run(missing) = %+v, %v; want it listed as unreadable", res, err)
	}
}

func TestRunFindingsSorted(t *testing.T) {
	dir := t.TempDir()
	page := "<script>\n  const opt = tf.train.sgd(5), bad = ;\n</script>\n<script>\n  const o = tf.train.sgd(0.05); const p = tf.train.sgd(0.05);\n" + trainsOn("o", "p") + "</script>\n"
	mod := "import * as tf from '@tensorflow/tfjs';\nexport const b = tf.train.sgd(-1);\nexport const a = tf.train.sgd(0.05);\n" + trainsOn("b", "a")
	writeTree(t, dir, map[string]string{"z.html": page, "a.mjs": mod, "m.js": "const x = ;\n"})
	files := []string{filepath.Join(dir, "z.html"), filepath.Join(dir, "m.js"), filepath.Join(dir, "a.mjs")}
	res, err := Run(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range only(res.Findings, "sgd-optimizer", "learning-rate", "syntax-error") {
		got = append(got, filepath.Base(f.File)+":"+at(f))
	}
	want := []string{
		"a.mjs:2:18 sgd-optimizer",
		"a.mjs:2:31 learning-rate",
		"a.mjs:3:18 sgd-optimizer",
		"m.js:1:11 syntax-error",
		"z.html:2:38 syntax-error",
		"z.html:5:13 sgd-optimizer",
		"z.html:5:43 sgd-optimizer",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Whatever other analyzers add, the order is file, line, column, rule.
	if !slices.IsSortedFunc(res.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
			cmp.Compare(a.Range.Start.Column, b.Range.Start.Column), cmp.Compare(a.Rule, b.Rule))
	}) {
		t.Errorf("findings are not sorted: %v", ats(res.Findings))
	}
}

// only keeps the findings of the given rules.
func only(fs []Finding, ids ...string) []Finding {
	var out []Finding
	for _, f := range fs {
		if slices.Contains(ids, f.Rule) {
			out = append(out, f)
		}
	}
	return out
}

func TestDirectives(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            []string // line:col rule of the sgd-optimizer, learning-rate, invalid-directive and syntax-error findings
	}{
		{
			name: "next-line, line and blocks",
			file: "d.mjs",
			src: `import * as tf from '@tensorflow/tfjs';
// tfjslint-disable-next-line sgd-optimizer -- a reason
export const a = tf.train.sgd(0.05);
export const b = tf.train.sgd(0.05);
/* tfjslint-disable sgd-optimizer */
export const c = tf.train.sgd(0.05);
export const d = tf.train.sgd(5);
/* tfjslint-enable sgd-optimizer */
export const e = tf.train.sgd(0.05);
export const f = tf.train.sgd(0.05); // tfjslint-disable-line sgd-optimizer
export const g = tf.train.sgd(5); // tfjslint-disable-line sgd-optimizer
export const h = tf.train.sgd(5); // tfjslint-disable-line
/* tfjslint-disable */
export const i = tf.train.sgd(5);
` + trainsOn("a", "b", "c", "d", "e", "f", "g", "h", "i"),
			want: []string{"4:18 sgd-optimizer", "7:31 learning-rate", "9:18 sgd-optimizer", "11:31 learning-rate"},
		},
		{
			name: "unknown ID: an error naming the closest ID, and nothing silenced",
			file: "u.mjs",
			src: `import * as tf from '@tensorflow/tfjs';
// tfjslint-disable-next-line sgd-optimizr
export const a = tf.train.sgd(0.05);
/* tfjslint-disable sgd-optimiser */
export const b = tf.train.sgd(5);
/* tfjslint-enable sgd-optimiser */
// tfjslint-disable-next-line sgd-optimizr, learning-rate
export const c = tf.train.sgd(5);
` + trainsOn("a", "b", "c"),
			want: []string{
				"2:1 invalid-directive", "3:18 sgd-optimizer",
				"4:1 invalid-directive", "5:18 sgd-optimizer", "5:31 learning-rate",
				"6:1 invalid-directive",
				"7:1 invalid-directive", "8:18 sgd-optimizer",
			},
		},
		{
			name: "HTML: directives in one script, syntax errors are never silenced",
			file: "p.html",
			src: `<script>
  /* tfjslint-disable sgd-optimizer */
  const a = tf.train.sgd(0.05);
  /* tfjslint-enable sgd-optimizer */
</script>
<script>
  const b = tf.train.sgd(0.05); // tfjslint-disable-line sgd-optimizer
  const c = tf.train.sgd(0.05);
  /* tfjslint-disable -- the rest of the page, scripts included */
</script>
<script>
  const d = ;
</script>
<script>
` + trainsOn("a", "b", "c") + `</script>
`,
			want: []string{"8:13 sgd-optimizer", "12:13 syntax-error"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintSource(t, tt.file, tt.src, Options{})
			got := ats(only(res.Findings, "sgd-optimizer", "learning-rate", "invalid-directive", "syntax-error"))
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, f := range only(res.Findings, "invalid-directive") {
				if f.Severity != rules.Error || !strings.Contains(f.Message, `did you mean "sgd-optimizer"?`) {
					t.Errorf("%s: %s %q, want an error that names sgd-optimizer", at(f), f.Severity, f.Message)
				}
			}
		})
	}
}

func TestUnusedDirectives(t *testing.T) {
	tests := []struct {
		name, file, src string
		unused          []string // line:col of the unused-directive findings
		fixed           string
	}{
		{
			name: "module",
			file: "m.mjs",
			src: `import * as tf from '@tensorflow/tfjs';
// tfjslint-disable-next-line learning-rate
export const a = tf.train.sgd(0.05);
export const b = tf.train.adam(0.001); // tfjslint-disable-line sgd-optimizer
  /* tfjslint-disable-next-line sgd-optimizer
     -- spans two lines */
export const c = tf.train.sgd(0.05);
/* tfjslint-disable learning-rate */ export const d = 1;
// tfjslint-disable-next-line sgd-optimizer
export const e = tf.train.sgd(0.05);
` + trainsOn("c", "e") + `// tfjslint-disable`,
			unused: []string{"2:1", "4:40", "8:1", "14:1"},
			fixed: `import * as tf from '@tensorflow/tfjs';
export const a = tf.train.sgd(0.05);
export const b = tf.train.adam(0.001);
  /* tfjslint-disable-next-line sgd-optimizer
     -- spans two lines */
export const c = tf.train.sgd(0.05);
 export const d = 1;
// tfjslint-disable-next-line sgd-optimizer
export const e = tf.train.sgd(0.05);
` + trainsOn("c", "e"),
		},
		{
			name:   "CRLF script",
			file:   "w.js",
			src:    "const a = 1;\r\n  // tfjslint-disable-next-line sgd-optimizer\r\nconst b = 2; /* tfjslint-disable-line learning-rate */\r\n",
			unused: []string{"2:3", "3:14"},
			fixed:  "const a = 1;\r\nconst b = 2;\r\n",
		},
		{
			name:   "HTML",
			file:   "p.html",
			src:    "<script>\n  // tfjslint-disable-next-line sgd-optimizer\n  const a = 1;\n</script>\n",
			unused: []string{"2:3"},
			fixed:  "<script>\n  const a = 1;\n</script>\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := lintSource(t, tt.file, tt.src, Options{}); len(only(res.Findings, "unused-directive")) != 0 {
				t.Errorf("unused-directive is off by default: %v", ats(res.Findings))
			}
			res := lintSource(t, tt.file, tt.src, Options{ReportUnusedDirectives: true})
			var got []string
			for _, f := range only(res.Findings, "unused-directive") {
				got = append(got, fmt.Sprintf("%d:%d", f.Range.Start.Line, f.Range.Start.Column))
				if f.Severity != rules.Warning || len(f.Fixes) != 1 || !f.Fixes[0].Safe {
					t.Errorf("%s: severity %s, fixes %+v; want a warning with one safe fix", at(f), f.Severity, f.Fixes)
				}
			}
			if !slices.Equal(got, tt.unused) {
				t.Errorf("unused directives at %v, want %v", got, tt.unused)
			}
			fixed, n := ApplyFixes([]byte(tt.src), only(res.Findings, "unused-directive"), SafeOnly)
			if string(fixed) != tt.fixed || n != len(tt.unused) {
				t.Errorf("ApplyFixes applied %d fixes:\n%s\nwant:\n%s", n, fixed, tt.fixed)
			}
			if f := jsast.Parse(token.NewFileSet(), tt.file, fixed); len(f.Errors) > 0 {
				t.Errorf("fixed file does not parse: %v", f.Errors[0])
			}
			again := lintSource(t, tt.file, string(fixed), Options{ReportUnusedDirectives: true})
			if u := only(again.Findings, "unused-directive"); len(u) > 0 {
				t.Errorf("still unused after the fix: %v", ats(u))
			}
		})
	}
}

func TestSeverityConfig(t *testing.T) {
	src := "import * as tf from '@tensorflow/tfjs';\nexport const a = tf.train.sgd(5);\nexport const b = tf.train.adam(-1);\n" + trainsOn("a")
	yaml := func(s string) func(t *testing.T) *rules.Config {
		return func(t *testing.T) *rules.Config {
			cfg, err := rules.ParseConfig(filepath.Join(t.TempDir(), ".tfjslint.yaml"), []byte(s))
			if err != nil {
				t.Fatal(err)
			}
			return cfg
		}
	}
	set := func(sevs map[string]rules.Severity) func(t *testing.T) *rules.Config {
		return func(t *testing.T) *rules.Config {
			cfg := rules.DefaultConfig()
			for id, s := range sevs {
				if err := cfg.SetSeverity(id, s); err != nil {
					t.Fatal(err)
				}
			}
			return cfg
		}
	}
	tests := []struct {
		name string
		cfg  func(t *testing.T) *rules.Config
		want []string // line:col rule severity
	}{
		{
			name: "defaults (learning-rate ≤ 0 is an error)",
			cfg:  func(*testing.T) *rules.Config { return nil },
			want: []string{"2:18 sgd-optimizer warning", "2:31 learning-rate info", "3:32 learning-rate error"},
		},
		{
			name: "SetSeverity overrides every finding of a rule",
			cfg:  set(map[string]rules.Severity{"sgd-optimizer": rules.Error, "learning-rate": rules.Info}),
			want: []string{"2:18 sgd-optimizer error", "2:31 learning-rate info", "3:32 learning-rate info"},
		},
		{
			name: "off drops the findings",
			cfg:  set(map[string]rules.Severity{"learning-rate": rules.Off}),
			want: []string{"2:18 sgd-optimizer warning"},
		},
		{
			name: "config file",
			cfg:  yaml("rules:\n  sgd-optimizer: off\n  learning-rate: {severity: error}\n"),
			want: []string{"2:31 learning-rate error", "3:32 learning-rate error"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintSource(t, "s.mjs", src, Options{Config: tt.cfg(t)})
			var got []string
			for _, f := range only(res.Findings, "sgd-optimizer", "learning-rate") {
				got = append(got, at(f)+" "+f.Severity.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings %q\nwant     %q", got, tt.want)
			}
		})
	}
	err := rules.DefaultConfig().SetSeverity("sgd-optimiser", rules.Error)
	if err == nil || !strings.Contains(err.Error(), `"sgd-optimizer"`) {
		t.Errorf("SetSeverity(unknown) = %v, want an error naming sgd-optimizer", err)
	}
}

func TestApplyFixes(t *testing.T) {
	src := "0123456789"
	edit := func(start, end int, text string) Edit {
		return Edit{Range: Range{Start: Position{Offset: start}, End: Position{Offset: end}}, NewText: text}
	}
	finding := func(safe bool, edits ...Edit) Finding {
		return Finding{Rule: "r", Fixes: []Fix{{Message: "fix", Safe: safe, Edits: edits}}}
	}
	tests := []struct {
		name     string
		findings []Finding
		mode     FixMode
		want     string
		applied  int
	}{
		{
			name:     "no fixes",
			findings: []Finding{{Rule: "r"}},
			want:     src, applied: 0,
		},
		{
			name:     "disjoint and adjacent edits, any order",
			findings: []Finding{finding(true, edit(6, 8, "x")), finding(true, edit(0, 2, "ab")), finding(true, edit(2, 4, ""))},
			want:     "ab45x89", applied: 3,
		},
		{
			name:     "an overlapping fix is skipped whole",
			findings: []Finding{finding(true, edit(2, 5, "A")), finding(true, edit(8, 9, "B"), edit(4, 6, "C")), finding(true, edit(9, 10, "D"))},
			want:     "01A5678D", applied: 2,
		},
		{
			name:     "two insertions at one point: the second waits for the next run",
			findings: []Finding{finding(true, edit(3, 3, "a")), finding(true, edit(3, 3, "b"))},
			want:     "012a3456789", applied: 1,
		},
		{
			name:     "suggestions only with WithSuggestions",
			findings: []Finding{finding(false, edit(0, 1, "S")), finding(true, edit(9, 10, "F"))},
			want:     "012345678F", applied: 1,
		},
		{
			name:     "suggestions applied",
			findings: []Finding{finding(false, edit(0, 1, "S")), finding(true, edit(9, 10, "F"))},
			mode:     WithSuggestions,
			want:     "S12345678F", applied: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := ApplyFixes([]byte(src), tt.findings, tt.mode)
			if string(got) != tt.want || n != tt.applied {
				t.Errorf("ApplyFixes = %q, %d; want %q, %d", got, n, tt.want, tt.applied)
			}
		})
	}
}

// TestSuggestedFixThroughRun applies the sgd-optimizer suggestion that a
// lint run returns: only WithSuggestions takes it, and the result parses.
func TestSuggestedFixThroughRun(t *testing.T) {
	src := "import * as tf from '@tensorflow/tfjs';\nexport const opt = tf.train.sgd(0.05);\n" + trainsOn("opt")
	findings := only(lintSource(t, "f.mjs", src, Options{}).Findings, "sgd-optimizer")
	if out, n := ApplyFixes([]byte(src), findings, SafeOnly); n != 0 || string(out) != src {
		t.Errorf("SafeOnly applied %d suggestions: %q", n, out)
	}
	out, n := ApplyFixes([]byte(src), findings, WithSuggestions)
	want := "import * as tf from '@tensorflow/tfjs';\nexport const opt = tf.train.adam(0.01);\n" + trainsOn("opt")
	if n != 1 || string(out) != want {
		t.Errorf("WithSuggestions = %q (%d fixes), want %q", out, n, want)
	}
	if f := jsast.Parse(token.NewFileSet(), "f.mjs", out); len(f.Errors) > 0 {
		t.Errorf("fixed file does not parse: %v", f.Errors[0])
	}
}

func TestDiff(t *testing.T) {
	old := "a\nb\nc\n"
	if d := Diff("x.js", []byte(old), []byte(old)); d != "" {
		t.Errorf("Diff of equal contents = %q, want empty", d)
	}
	d := Diff("src/x.js", []byte(old), []byte("a\nB\nc\n"))
	for _, want := range []string{"--- a/src/x.js\n", "+++ b/src/x.js\n", "@@ -1,3 +1,3 @@\n", "\n-b\n+B\n", " a\n", " c\n"} {
		if !strings.Contains(d, want) {
			t.Errorf("Diff lacks %q:\n%s", want, d)
		}
	}
}
