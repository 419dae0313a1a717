package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// Each file gets its nearest config, whatever order files are asked in;
// the flags' Apply runs on each config once.
func TestConfigsNearest(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".tfjslint.yaml", "rules: {sgd-optimizer: error}\n")
	write("a/.tfjslint.yaml", "rules: {sgd-optimizer: off}\n")
	applied := 0
	c := NewConfigs("", func(*rules.Config) error { applied++; return nil })
	for _, tc := range []struct {
		file string
		want rules.Severity
	}{
		{"a/deep/x.js", rules.Off},
		{"b/y.js", rules.Error},
		{"a/z.js", rules.Off},
		{"top.js", rules.Error},
	} {
		cfg, err := c.Load(filepath.Join(root, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := cfg.Severity("sgd-optimizer", rules.Off); got != tc.want {
			t.Errorf("%s: sgd-optimizer %v, want %v", tc.file, got, tc.want)
		}
	}
	if applied != 2 {
		t.Errorf("Apply ran %d times, want once per config file (2)", applied)
	}
	if c.Err() != nil {
		t.Error(c.Err())
	}
}
