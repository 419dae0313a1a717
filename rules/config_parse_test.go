package rules

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseConfigExample(t *testing.T) {
	src := `# .tfjslint.yaml
rules:
  sgd-optimizer: off
  learning-rate: {severity: error, max-adam: 0.005}
  deep-without-skip: {min-layers: 12}
  no-lr-schedule:
    min-epochs: 100
budgets: {model-size: 4MiB, step-memory: 512MiB}
sim: {enabled: false, steps: 20, timeout: 1500ms}
files: {max-size: 4MiB}
ignore: ["dist/**", "**/*.min.js"]
report-once: true
`
	c, err := ParseConfig("proj/.tfjslint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !c.ReportOnce || DefaultConfig().ReportOnce {
		t.Errorf("ReportOnce = %v (default %v), want true (default false)", c.ReportOnce, DefaultConfig().ReportOnce)
	}
	if c.Path != "proj/.tfjslint.yaml" || c.Dir() != "proj" {
		t.Errorf("Path %q, Dir %q", c.Path, c.Dir())
	}
	if rc := c.Rules["sgd-optimizer"]; rc.Severity != Off || !rc.SeveritySet {
		t.Errorf("sgd-optimizer = %+v, want set to off", rc)
	}
	if rc := c.Rules["learning-rate"]; rc.Severity != Error || !rc.SeveritySet {
		t.Errorf("learning-rate = %+v, want set to error", rc)
	}
	if rc := c.Rules["no-lr-schedule"]; rc.SeveritySet {
		t.Errorf("no-lr-schedule severity set without a severity key: %+v", rc)
	}
	if got := c.Float("learning-rate", "max-adam"); got != 0.005 {
		t.Errorf("max-adam = %v", got)
	}
	if got := c.Float("learning-rate", "min-adam"); got != 1e-6 {
		t.Errorf("min-adam default = %v", got)
	}
	if got := c.Int("deep-without-skip", "min-layers"); got != 12 {
		t.Errorf("min-layers = %v", got)
	}
	if got := c.Int("no-lr-schedule", "min-epochs"); got != 100 {
		t.Errorf("min-epochs = %v", got)
	}
	if c.Budgets != (Budgets{ModelSize: 4 << 20, StepMemory: 512 << 20}) {
		t.Errorf("budgets = %+v", c.Budgets)
	}
	if c.Sim != (SimConfig{Enabled: false, Steps: 20, Timeout: 1500 * time.Millisecond}) {
		t.Errorf("sim = %+v", c.Sim)
	}
	if strings.Join(c.Ignore, " ") != "dist/** **/*.min.js" {
		t.Errorf("ignore = %q", c.Ignore)
	}
	if c.Files.MaxSize != 4<<20 {
		t.Errorf("files.max-size = %d, want 4 MiB", c.Files.MaxSize)
	}
}

func TestParseConfigDefaults(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "rules:\nbudgets:\nsim:\nfiles:\nignore:\n", "---\n"} {
		c, err := ParseConfig("x.yaml", []byte(src))
		if err != nil {
			t.Errorf("ParseConfig(%q): %v", src, err)
			continue
		}
		d := DefaultConfig()
		if c.Budgets != d.Budgets || c.Sim != d.Sim || c.Files != d.Files || len(c.Rules) != 0 || len(c.Ignore) != 0 {
			t.Errorf("ParseConfig(%q) = %+v, want defaults", src, c)
		}
	}
}

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	if c.Path != "" || c.Budgets.ModelSize != 2<<20 || c.Budgets.StepMemory != 256<<20 {
		t.Errorf("default budgets = %+v", c.Budgets)
	}
	if c.Sim != (SimConfig{Enabled: true, Steps: 50, Timeout: 5 * time.Minute}) {
		t.Errorf("default sim = %+v", c.Sim)
	}
	if c.Files.MaxSize != 1<<20 {
		t.Errorf("default files.max-size = %d, want 1 MiB", c.Files.MaxSize)
	}
}

func TestParseConfigIntegerForFloatOption(t *testing.T) {
	c, err := ParseConfig("x", []byte("rules:\n  learning-rate: {max-sgd: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Float("learning-rate", "max-sgd"); got != 1 {
		t.Errorf("max-sgd = %v", got)
	}
}

func TestParseConfigSeverityForms(t *testing.T) {
	tests := []struct {
		value string
		want  Severity
	}{
		{"off", Off}, {"info", Info}, {"warning", Warning}, {"warn", Warning}, {"error", Error},
		{"Error", Error}, {"2", Error}, {"{severity: info}", Info},
	}
	for _, tt := range tests {
		c, err := ParseConfig("x", []byte("rules:\n  timer-wait: "+tt.value+"\n"))
		if err != nil {
			t.Errorf("%s: %v", tt.value, err)
			continue
		}
		if rc := c.Rules["timer-wait"]; rc.Severity != tt.want || !rc.SeveritySet {
			t.Errorf("%s: got %+v, want %v", tt.value, rc, tt.want)
		}
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown rule", "# comment\nrules:\n  sgd-optimiser: off\n",
			`.tfjslint.yaml:3:3: unknown rule "sgd-optimiser"; did you mean "sgd-optimizer"?`},
		{"unknown top-level key", "rules: {}\nbudget: {model-size: 4MiB}\n",
			`.tfjslint.yaml:2:1: unknown key "budget"; did you mean "budgets"?`},
		{"unknown option", "rules:\n  learning-rate: {max-adma: 0.1}\n",
			`.tfjslint.yaml:2:19: unknown key "max-adma" for rule learning-rate; did you mean "max-adam"?`},
		{"option of a rule without options", "rules:\n  sgd-optimizer:\n    severity: error\n    max: 1\n",
			`.tfjslint.yaml:4:5: unknown key "max": rule sgd-optimizer has no options, only "severity"`},
		{"string for float option", "rules:\n  learning-rate: {max-adam: \"0.005\"}\n",
			`.tfjslint.yaml:2:29: option max-adam of rule learning-rate must be a non-negative number, got the string "0.005"`},
		{"negative float option", "rules:\n  learning-rate: {min-sgd: -1}\n",
			`.tfjslint.yaml:2:28: option min-sgd of rule learning-rate must be a non-negative number, got -1`},
		{"infinite float option", "rules:\n  learning-rate: {max-sgd: .inf}\n",
			`.tfjslint.yaml:2:28: option max-sgd of rule learning-rate must be a non-negative number, got .inf`},
		{"float for int option", "rules:\n  deep-without-skip: {min-layers: 8.5}\n",
			`.tfjslint.yaml:2:35: option min-layers of rule deep-without-skip must be a non-negative integer, got 8.5`},
		{"list for int option", "rules:\n  no-lr-schedule: {min-epochs: [50]}\n",
			`.tfjslint.yaml:2:32: option min-epochs of rule no-lr-schedule must be a non-negative integer, got a list`},
		{"report-once not a boolean", "report-once: yes please\n",
			`.tfjslint.yaml:1:14: report-once must be true or false, got the string "yes please"`},
		{"bad severity", "rules:\n  sgd-optimizer: warn1\n",
			`.tfjslint.yaml:2:18: unknown severity "warn1" for rule sgd-optimizer; did you mean "warning"?`},
		{"bad severity in mapping", "rules:\n  sgd-optimizer: {severity: [error]}\n",
			`.tfjslint.yaml:2:29: severity of rule sgd-optimizer must be off, info, warning or error, got a list`},
		{"rule without value", "rules:\n  sgd-optimizer:\n  learning-rate: off\n",
			`.tfjslint.yaml:2:17: rule sgd-optimizer needs a severity (off, info, warning, error) or a mapping such as {severity: error}, got nothing`},
		{"rules not a mapping", "rules: [sgd-optimizer]\n",
			`.tfjslint.yaml:1:8: rules must be a mapping, got a list`},
		{"config not a mapping", "- rules\n",
			`.tfjslint.yaml:1:1: the config must be a mapping, got a list`},
		{"duplicate rule", "rules:\n  sgd-optimizer: off\n  sgd-optimizer: error\n",
			`.tfjslint.yaml:3:3: duplicate key "sgd-optimizer" in rules (first set on line 2)`},
		{"unknown budget", "budgets: {model_size: 4MiB}\n",
			`.tfjslint.yaml:1:11: unknown key "model_size" in budgets; did you mean "model-size"?`},
		{"bad size unit", "budgets:\n  model-size: 4 MegaBytes\n",
			`.tfjslint.yaml:2:15: model-size: invalid size "4 MegaBytes": use bytes or a number with B, kB, MB, GB, KiB, MiB or GiB, e.g. 4MiB`},
		{"fractional bytes", "budgets:\n  step-memory: 1.5\n",
			`.tfjslint.yaml:2:16: step-memory: invalid size "1.5": a size without unit is whole bytes`},
		{"zero size", "budgets:\n  step-memory: 0\n",
			`.tfjslint.yaml:2:16: step-memory: invalid size "0": must be positive`},
		{"bool size", "budgets:\n  model-size: true\n",
			`.tfjslint.yaml:2:15: model-size must be a size such as 4MiB, got true`},
		{"unknown files key", "files: {maxSize: 1MiB}\n",
			`.tfjslint.yaml:1:9: unknown key "maxSize" in files; did you mean "max-size"?`},
		{"bad max-size", "files:\n  max-size: huge\n",
			`.tfjslint.yaml:2:13: max-size: invalid size "huge": use bytes or a number with B, kB, MB, GB, KiB, MiB or GiB, e.g. 4MiB`},
		{"unknown sim key", "sim: {step: 5}\n",
			`.tfjslint.yaml:1:7: unknown key "step" in sim; did you mean "steps"?`},
		{"duration without unit", "sim: {timeout: 5}\n",
			`.tfjslint.yaml:1:16: sim.timeout must be a positive duration such as 5s or 500ms, got 5`},
		{"bad duration", "sim: {timeout: fast}\n",
			`.tfjslint.yaml:1:16: sim.timeout must be a positive duration such as 5s or 500ms, got the string "fast"`},
		{"negative duration", "sim: {timeout: -1s}\n",
			`.tfjslint.yaml:1:16: sim.timeout must be a positive duration such as 5s or 500ms, got the string "-1s"`},
		{"zero steps", "sim: {steps: 0}\n",
			`.tfjslint.yaml:1:14: sim.steps must be a positive integer, got 0`},
		{"string steps", "sim: {steps: ten}\n",
			`.tfjslint.yaml:1:14: sim.steps must be a positive integer, got the string "ten"`},
		{"non-bool enabled", "sim: {enabled: yes}\n",
			`.tfjslint.yaml:1:16: sim.enabled must be true or false, got the string "yes"`},
		{"ignore not a list", "ignore: dist/**\n",
			`.tfjslint.yaml:1:9: ignore must be a list of globs such as ["dist/**"], got the string "dist/**"`},
		{"ignore bad glob", "ignore:\n  - \"dist/[a\"\n",
			`.tfjslint.yaml:2:5: ignore pattern "dist/[a" is not a valid glob`},
		{"ignore absolute", "ignore: [/dist/**]\n",
			`.tfjslint.yaml:1:10: ignore pattern "/dist/**": patterns are relative to the config file's directory; drop the leading /`},
		{"ignore non-string", "ignore: [1]\n",
			`.tfjslint.yaml:1:10: ignore patterns must be strings, got 1`},
		{"yaml syntax", "rules:\n  sgd-optimizer: off\n  learning-rate\nsim: {}\n",
			`.tfjslint.yaml:3: could not find expected ':'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig(".tfjslint.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; config %+v", c)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n%s\nwant\n%s", err, tt.want)
			}
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Path != ".tfjslint.yaml" || ce.Line == 0 {
				t.Errorf("error %#v is not a positioned *ConfigError", err)
			}
		})
	}
}

func TestParseConfigReportsEveryError(t *testing.T) {
	src := "rules:\n  sgd-optimiser: off\n  learning-rate: {max-adam: x}\nsim: {steps: 0}\n"
	_, err := ParseConfig("c.yaml", []byte(src))
	want := strings.Join([]string{
		`c.yaml:2:3: unknown rule "sgd-optimiser"; did you mean "sgd-optimizer"?`,
		`c.yaml:3:29: option max-adam of rule learning-rate must be a non-negative number, got the string "x"`,
		`c.yaml:4:14: sim.steps must be a positive integer, got 0`,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("error\n%v\nwant\n%s", err, want)
	}
}
