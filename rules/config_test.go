package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeverityPrecedence(t *testing.T) {
	c := DefaultConfig()
	if err := c.SetSeverity("sgd-optimizer", Error); err != nil {
		t.Fatal(err)
	}
	if err := c.SetSeverity("undisposed-tensor", Off); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		cfg       *Config
		id        string
		suggested Severity
		want      Severity
	}{
		{"config wins over suggestion", c, "sgd-optimizer", Info, Error},
		{"config off wins over suggestion", c, "undisposed-tensor", Error, Off},
		{"suggestion wins over default", c, "leaked-temporary", Error, Error},
		{"default when no suggestion", c, "leaked-temporary", Off, Warning},
		{"default of an error rule", c, "async-tidy", Off, Error},
		{"off-by-default rule stays off", c, "unused-directive", Warning, Off},
		{"uncatalogued rule keeps suggestion", c, "not-a-rule", Info, Info},
		{"uncatalogued rule is never dropped", c, "not-a-rule", Off, Warning},
		{"nil config uses defaults", nil, "timer-wait", Off, Info},
	}
	for _, tt := range tests {
		if got := tt.cfg.Severity(tt.id, tt.suggested); got != tt.want {
			t.Errorf("%s: Severity(%q, %v) = %v, want %v", tt.name, tt.id, tt.suggested, got, tt.want)
		}
	}
}

func TestSetSeverity(t *testing.T) {
	c, err := ParseConfig("x", []byte("rules:\n  learning-rate: {max-adam: 0.005}\n  unused-directive: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SetSeverity("learning-rate", Error); err != nil {
		t.Fatal(err)
	}
	if got := c.Severity("learning-rate", Warning); got != Error {
		t.Errorf("severity after SetSeverity = %v", got)
	}
	if got := c.Float("learning-rate", "max-adam"); got != 0.005 {
		t.Errorf("SetSeverity dropped options: max-adam = %v", got)
	}
	// --report-unused-directives overrides the config file.
	if err := c.SetSeverity("unused-directive", Warning); err != nil || c.Severity("unused-directive", Off) != Warning {
		t.Errorf("enabling unused-directive: %v, %v", err, c.Severity("unused-directive", Off))
	}
	err = c.SetSeverity("sgd-optimiser", Off)
	if want := `unknown rule "sgd-optimiser"; did you mean "sgd-optimizer"?`; err == nil || err.Error() != want {
		t.Errorf("SetSeverity(unknown) = %v, want %s", err, want)
	}
	if err := c.SetSeverity("timer-wait", Severity(9)); err == nil {
		t.Error("SetSeverity accepted an invalid severity")
	}
	var empty Config
	if err := empty.SetSeverity("timer-wait", Error); err != nil || empty.Severity("timer-wait", Off) != Error {
		t.Errorf("SetSeverity on a zero Config: %v", err)
	}
}

func TestOptionAccessors(t *testing.T) {
	var nilConfig *Config
	if got := nilConfig.Float("learning-rate", "max-sgd"); got != 1 {
		t.Errorf("nil config max-sgd = %v", got)
	}
	if got := DefaultConfig().Int("no-lr-schedule", "min-epochs"); got != 150 {
		t.Errorf("default min-epochs = %v", got)
	}
	for _, call := range []struct {
		name string
		f    func()
	}{
		{"unknown rule", func() { DefaultConfig().Float("nope", "max-sgd") }},
		{"unknown key", func() { DefaultConfig().Float("learning-rate", "max-sdg") }},
		{"wrong type", func() { DefaultConfig().Int("learning-rate", "max-sgd") }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", call.name)
				}
			}()
			call.f()
		}()
	}
}

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".tfjslint.yaml")
	if err := os.WriteFile(path, []byte("rules:\n  sgd-optimizer: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != path || c.Severity("sgd-optimizer", Off) != Error {
		t.Errorf("loaded %+v", c)
	}
	if _, err := LoadConfig(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file error = %v", err)
	}
	if err := os.WriteFile(path, []byte("rules:\n  sgd-optimiser: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(path); err == nil || !strings.HasPrefix(err.Error(), path+":2:3: unknown rule") {
		t.Errorf("invalid file error = %v", err)
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	mkdir := func(p string) {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte("rules: {}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mkdir(deep)
	write(filepath.Join(root, ".tfjslint.yaml"))
	write(filepath.Join(root, "a", ".tfjslint.yml"))
	mkdir(filepath.Join(root, "a", "b", ".tfjslint.yaml")) // a directory is not a config

	tests := []struct{ dir, want string }{
		{deep, filepath.Join(root, "a", ".tfjslint.yml")},
		{filepath.Join(root, "a"), filepath.Join(root, "a", ".tfjslint.yml")},
		{root, filepath.Join(root, ".tfjslint.yaml")},
	}
	for _, tt := range tests {
		if got, ok := FindConfig(tt.dir); !ok || got != tt.want {
			t.Errorf("FindConfig(%s) = %q, %v; want %q", tt.dir, got, ok, tt.want)
		}
	}

	write(filepath.Join(root, "a", ".tfjslint.yaml"))
	if got, _ := FindConfig(deep); got != filepath.Join(root, "a", ".tfjslint.yaml") {
		t.Errorf(".yaml should win over .yml in the same directory, got %s", got)
	}
}

func TestFindConfigNone(t *testing.T) {
	// Parents of a temp dir may hold a config on a developer machine; only
	// assert when the walk cannot leave a directory we control.
	dir := t.TempDir()
	if found, ok := FindConfig(dir); ok && strings.HasPrefix(found, dir) {
		t.Errorf("FindConfig found %s in an empty directory", found)
	}
}

func TestIgnored(t *testing.T) {
	dir := t.TempDir()
	c, err := ParseConfig(filepath.Join(dir, ".tfjslint.yaml"), []byte(`ignore: ["dist/**", "**/*.min.js"]`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "dist", "bundle.js"), true},
		{filepath.Join(dir, "dist"), true},
		{filepath.Join(dir, "vendor", "tf.min.js"), true},
		{filepath.Join(dir, "tf.min.js"), true},
		{filepath.Join(dir, "src", "train.js"), false},
		{filepath.Join(dir, "src", "dist", "x.js"), false},
		{filepath.Join(filepath.Dir(dir), "dist", "x.js"), false},
	}
	for _, tt := range tests {
		if got := c.Ignored(tt.path); got != tt.want {
			t.Errorf("Ignored(%s) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if DefaultConfig().Ignored("dist/x.js") {
		t.Error("the default config ignores files")
	}
}
