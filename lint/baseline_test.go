package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// baselineRun builds a result for src in web/a.js, one finding per snippet
// occurrence listed (rule:snippet), in source order.
func baselineRun(t *testing.T, files map[string]string, flagged map[string][]string) *Result {
	t.Helper()
	res := &Result{Sources: map[string][]byte{}}
	for _, file := range []string{"web/a.js", "web/b.js"} {
		src, ok := files[file]
		if !ok {
			continue
		}
		res.Files = append(res.Files, file)
		res.Sources[file] = []byte(src)
		from := 0
		for _, spec := range flagged[file] {
			rule, snippet, _ := strings.Cut(spec, ":")
			f := findingAt(t, src, rule, snippet, from)
			f.File, f.Severity, f.Message = file, rules.Error, rule+" here"
			from = f.Range.End.Offset
			res.Findings = append(res.Findings, f)
		}
	}
	return res
}

func TestBaselineAdoption(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tfjslint-baseline.json")
	paths := Paths{Root: dir, WorkDir: dir}

	before := "const a = tf.train.sgd(0.1);\nloop(() => x.dataSync());\nloop(() => x.dataSync());\n"
	first := baselineRun(t, map[string]string{"web/a.js": before, "web/b.js": "y.dataSync();\n"},
		map[string][]string{"web/a.js": {"sgd-optimizer:tf.train.sgd(0.1)", "sync-readback:x.dataSync()", "sync-readback:x.dataSync()"},
			"web/b.js": {"sync-readback:y.dataSync()"}})
	if err := BaselineOf(first, paths, nil).Write(path); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 4 {
		t.Fatalf("baseline has %d entries, want 4", len(b.Findings))
	}
	if r := b.Apply(first, paths); len(r.New) != 0 || len(r.Known) != 4 || len(r.Stale) != 0 {
		t.Fatalf("the run the baseline was written from: %d new, %d known, %d stale", len(r.New), len(r.Known), len(r.Stale))
	}

	// Lines inserted above, one readback fixed, a new readback added below,
	// and the sgd line re-indented: only the added one is new.
	after := "// header\n\nfunction setup() {\n    const a = tf.train.sgd(0.1);\n}\nloop(() => x.dataSync());\nloop(() => x.arraySync());\nloop(() => z.dataSync());\n"
	second := baselineRun(t, map[string]string{"web/a.js": after, "web/b.js": "y.dataSync();\n"},
		map[string][]string{"web/a.js": {"sgd-optimizer:tf.train.sgd(0.1)", "sync-readback:x.dataSync()", "sync-readback:z.dataSync()"},
			"web/b.js": {"sync-readback:y.dataSync()"}})
	r := b.Apply(second, paths)
	if len(r.New) != 1 || r.New[0].Range.Start.Line != 8 {
		t.Fatalf("new findings %+v, want only z.dataSync() on line 8", r.New)
	}
	// The second x.dataSync() line was the fixed one: occurrence 1 of that text is stale.
	if len(r.Stale) != 1 || r.Stale[0].Rule != "sync-readback" || r.Stale[0].File != "web/a.js" {
		t.Fatalf("stale %+v, want the fixed readback in web/a.js", r.Stale)
	}

	// Pruning drops the fixed entry and adds nothing.
	pruned := b.Pruned(r)
	if len(pruned.Findings) != 3 {
		t.Fatalf("pruned baseline has %d entries, want 3", len(pruned.Findings))
	}
	if r2 := pruned.Apply(second, paths); len(r2.New) != 1 || len(r2.Stale) != 0 {
		t.Errorf("after pruning: %d new, %d stale; want 1, 0", len(r2.New), len(r2.Stale))
	}

	// A run over web/a.js alone neither calls web/b.js's entry stale nor
	// drops it when it writes.
	only := baselineRun(t, map[string]string{"web/a.js": after},
		map[string][]string{"web/a.js": {"sgd-optimizer:tf.train.sgd(0.1)", "sync-readback:x.dataSync()", "sync-readback:z.dataSync()"}})
	if r3 := b.Apply(only, paths); len(r3.Stale) != 1 {
		t.Errorf("partial run: %d stale, want 1 (web/b.js was not linted)", len(r3.Stale))
	}
	rewritten := BaselineOf(only, paths, b)
	files := map[string]int{}
	for _, e := range rewritten.Findings {
		files[e.File]++
	}
	if files["web/a.js"] != 3 || files["web/b.js"] != 1 {
		t.Errorf("rewritten from a partial run: %v, want 3 entries for web/a.js and web/b.js's 1 kept", files)
	}
}

// Writing a baseline again after code only moved gives the same bytes: no
// churn in review.
func TestBaselineFileIsStable(t *testing.T) {
	dir := t.TempDir()
	paths := Paths{Root: dir, WorkDir: dir}
	write := func(src, name string) string {
		res := baselineRun(t, map[string]string{"web/a.js": src}, map[string][]string{"web/a.js": {"sync-readback:x.dataSync()"}})
		p := filepath.Join(dir, name)
		if err := BaselineOf(res, paths, nil).Write(p); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	a := write("x.dataSync();\n", "a.json")
	b := write("\n\n\n  x.dataSync();\n", "b.json")
	if a != b {
		t.Errorf("baseline changed when the code moved:\n%s\n%s", a, b)
	}
	for _, want := range []string{`"version": 1`, `"file": "web/a.js"`, `"rule": "sync-readback"`, `"message": "sync-readback here"`} {
		if !strings.Contains(a, want) {
			t.Errorf("baseline lacks %s:\n%s", want, a)
		}
	}
	if strings.Contains(a, `"line"`) {
		t.Error("baseline records line numbers")
	}
	empty := filepath.Join(dir, "empty.json")
	if err := (&Baseline{}).Write(empty); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(empty); !strings.Contains(string(data), `"findings": []`) {
		t.Errorf("empty baseline: %s", data)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct{ content, want string }{
		"missing":       {"", "does not exist: create it with --baseline-write"},
		"not json":      {"<xml/>", "not a tfjslint baseline"},
		"other version": {`{"version": 2, "findings": []}`, "version 2, this tfjslint reads version 1"},
		"unknown key":   {`{"version": 1, "suppressions": []}`, "not a tfjslint baseline"},
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name+".json")
			if tc.content != "" {
				if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := ReadBaseline(p)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
				t.Errorf("error %v, want one naming %s and saying %q", err, p, tc.want)
			}
		})
	}
}

// An entry repeated by a hand merge matches one finding each time.
func TestBaselineDuplicateEntries(t *testing.T) {
	res := baselineRun(t, map[string]string{"web/a.js": "x.dataSync();\n"}, map[string][]string{"web/a.js": {"sync-readback:x.dataSync()"}})
	b := BaselineOf(res, Paths{}, nil)
	b.Findings = append(b.Findings, b.Findings[0])
	r := b.Apply(res, Paths{})
	if len(r.New) != 0 || len(r.Known) != 1 || len(r.Stale) != 1 {
		t.Errorf("%d new, %d known, %d stale; want 0, 1, 1", len(r.New), len(r.Known), len(r.Stale))
	}
	if got := b.Pruned(r); len(got.Findings) != 1 {
		t.Errorf("pruned to %d entries, want 1", len(got.Findings))
	}
}
