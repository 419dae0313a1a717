package lint

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// SimOnly reports what the dry run finds and nothing of the static rules,
// which a full run reports on the same file.
func TestRunSimOnly(t *testing.T) {
	src, err := os.ReadFile("../sim/testdata/leak_loop.js")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "leak.js")
	kinds := func(simOnly bool) (static, dry int) {
		r, err := Run([]string{path}, Options{Overlay: map[string][]byte{path: src}, SimOnly: simOnly})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Findings {
			if rule, _ := rules.Lookup(f.Rule); rule.Sim {
				dry++
			} else {
				static++
			}
		}
		return static, dry
	}
	if static, dry := kinds(false); static == 0 || dry == 0 {
		t.Fatalf("full run: %d static and %d dry-run findings, want both", static, dry)
	}
	if static, dry := kinds(true); static != 0 || dry == 0 {
		t.Errorf("SimOnly: %d static and %d dry-run findings, want only the dry run's", static, dry)
	}
}

// A run whose context is done returns its error, not findings.
func TestRunContextCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.js")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := RunContext(ctx, []string{path}, Options{Overlay: map[string][]byte{path: []byte("const a = 1;\n")}})
	if !errors.Is(err, context.Canceled) || r != nil {
		t.Errorf("RunContext after cancel = %v, %v; want context.Canceled", r, err)
	}
}

// A context done during the run stops its analysis (each file's fails at
// its start) and the run returns the context's error.
func TestRunContextCancelledDuringAnalysis(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.js")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r, err := RunContext(ctx, []string{path}, Options{
		Overlay: map[string][]byte{path: []byte("const a = 1;\n")},
		// Asked once the files are parsed, just before the analysis.
		ConfigFor: func(string) *rules.Config { cancel(); return rules.DefaultConfig() },
	})
	if !errors.Is(err, context.Canceled) || r != nil {
		t.Errorf("RunContext = %v, %v; want context.Canceled", r, err)
	}
}

func TestWalkSkips(t *testing.T) {
	root := t.TempDir() // no repository: root bounds the .gitignore files read
	writeTree(t, root, map[string]string{
		".gitignore":          "out/\n",
		"a/.gitignore":        "*.tmp.js\n!keep.tmp.js\n",
		"a/b/train.js":        "",
		"a/x.tmp.js":          "",
		"out/train.js":        "",
		"a/node_modules/m.js": "",
		"gen/deep/f.js":       "",
	})
	cfg := rules.DefaultConfig()
	cfg.Ignore = []string{"gen"}
	cfg.Path = filepath.Join(root, ".tfjslint.yaml")
	for rel, skipped := range map[string]bool{
		"a/b/train.js": false, "a/x.tmp.js": true, "out/train.js": true,
		"a/node_modules/m.js": true, "gen/deep/f.js": true,
	} {
		why := WalkSkips(filepath.Join(root, filepath.FromSlash(rel)), root, cfg)
		if (why != "") != skipped {
			t.Errorf("%s: WalkSkips = %q, want skipped=%v", rel, why, skipped)
		}
	}
	// Without a root, only the file's own directory's .gitignore counts.
	if why := WalkSkips(filepath.Join(root, "out", "train.js"), "", nil); why != "" {
		t.Errorf("out/train.js without a root: %q", why)
	}
}

// Without the dry run, a directive for a dry-run rule is not reported
// unused (the editor's static lint, --no-sim): it may silence a finding
// the dry run makes. A directive for a static rule still is.
func TestUnusedDirectiveWithoutDryRun(t *testing.T) {
	src, err := os.ReadFile("../sim/testdata/leak_loop.js")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "  const batch = data.slice", "  // tfjslint-disable-next-line memory-growth\n  const batch = data.slice", 1)
	text = strings.Replace(text, "  const scaled =", "  // tfjslint-disable-next-line sync-readback\n  const scaled =", 1)
	path := filepath.Join(t.TempDir(), "leak.js")
	unused := func(sim, simOnly bool) []int {
		cfg := rules.DefaultConfig()
		cfg.Sim.Enabled = sim
		r, err := Run([]string{path}, Options{Config: cfg, Overlay: map[string][]byte{path: []byte(text)}, ReportUnusedDirectives: true, SimOnly: simOnly})
		if err != nil {
			t.Fatal(err)
		}
		var lines []int
		for _, f := range r.Findings {
			if f.Rule == "unused-directive" {
				lines = append(lines, f.Range.Start.Line)
			}
		}
		return lines
	}
	readback := strings.Count(text[:strings.Index(text, "sync-readback")], "\n") + 1
	if got := unused(false, false); !slices.Equal(got, []int{readback}) {
		t.Errorf("without the dry run: unused directives on lines %v, want only %d", got, readback)
	}
	if got := unused(true, false); !slices.Equal(got, []int{readback}) {
		t.Errorf("with the dry run: unused directives on lines %v, want only %d (memory-growth is silenced)", got, readback)
	}
	if got := unused(true, true); len(got) != 0 {
		t.Errorf("SimOnly: unused directives on lines %v, want none", got)
	}
}
