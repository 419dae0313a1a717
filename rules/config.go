package rules

import (
	"fmt"
	"path/filepath"
	"time"
)

// Config is a parsed .tfjslint.yaml merged over the defaults.
type Config struct {
	Path    string // "" for the default config
	Rules   map[string]RuleConfig
	Budgets Budgets
	Sim     SimConfig
	Files   FilesConfig
	Ignore  []string // doublestar globs, relative to the config file's directory
	// ReportOnce reports problems in code that runs once (top level, page
	// load, a Node main()) at info; by default they are not reported.
	ReportOnce bool
}

// RuleConfig is what the user set for one rule. Options holds only the keys
// the user wrote, already converted to the type of the option's default.
type RuleConfig struct {
	Severity    Severity
	SeveritySet bool
	Options     map[string]any
}

// Budgets are the simulator's size limits, in bytes.
type Budgets struct {
	ModelSize  int64
	StepMemory int64
}

// SimConfig controls the dry run.
type SimConfig struct {
	Enabled bool
	Steps   int
	Timeout time.Duration
}

// FilesConfig decides which files a directory walk hands to the linter.
type FilesConfig struct {
	// MaxSize is the largest file linted, in bytes (files.max-size, as
	// Biome's files.maxSize); larger files are skipped with a note.
	MaxSize int64
}

const (
	mebibyte          = 1 << 20
	defaultMaxSize    = 1 * mebibyte
	defaultModelSize  = 2 * mebibyte
	defaultStepMemory = 256 * mebibyte
	defaultSimSteps   = 50
	defaultSimTimeout = 5 * time.Minute
)

// DefaultConfig is the configuration used when no config file is found.
func DefaultConfig() *Config {
	return &Config{
		Rules:   map[string]RuleConfig{},
		Budgets: Budgets{ModelSize: defaultModelSize, StepMemory: defaultStepMemory},
		Sim:     SimConfig{Enabled: true, Steps: defaultSimSteps, Timeout: defaultSimTimeout},
		Files:   FilesConfig{MaxSize: defaultMaxSize},
	}
}

// Dir is the directory ignore patterns are relative to: the config file's
// directory, or the working directory for the default config.
func (c *Config) Dir() string {
	if c.Path == "" {
		return "."
	}
	return filepath.Dir(c.Path)
}

// Severity decides the level of one finding of rule id. A level set in config
// or on the command line wins; then the analyzer's suggested level for this
// finding (Off = no opinion); then the catalog default. Rules that are off by
// default stay off until the user enables them, whatever the analyzer suggests.
// A nil Config behaves as DefaultConfig.
func (c *Config) Severity(id string, suggested Severity) Severity {
	if c != nil {
		if rc, ok := c.Rules[id]; ok && rc.SeveritySet {
			return rc.Severity
		}
	}
	i, known := catalogIndex[id]
	switch {
	case !known && suggested == Off:
		return Warning // an uncatalogued rule is a bug elsewhere; keep its findings visible
	case known && catalog[i].DefaultSeverity == Off:
		return Off
	case suggested != Off:
		return suggested
	default:
		return catalog[i].DefaultSeverity
	}
}

// SetSeverity overrides the level of a rule, for --severity, --enable and
// --disable. It keeps the rule's options.
func (c *Config) SetSeverity(id string, s Severity) error {
	if _, ok := catalogIndex[id]; !ok {
		return UnknownRuleError(id)
	}
	if s < Off || s > Error {
		return fmt.Errorf("invalid severity %v for rule %s", s, id)
	}
	if c.Rules == nil {
		c.Rules = map[string]RuleConfig{}
	}
	rc := c.Rules[id]
	rc.Severity, rc.SeveritySet = s, true
	c.Rules[id] = rc
	return nil
}

// Float returns a float option of rule id: the configured value or the
// catalog default. It panics when the rule has no such float option, which
// is a bug in the calling analyzer.
func (c *Config) Float(id, key string) float64 {
	return optionValue[float64](c, id, key)
}

// Int returns an integer option of rule id, like Float.
func (c *Config) Int(id, key string) int {
	return optionValue[int](c, id, key)
}

func optionValue[T any](c *Config, id, key string) T {
	r, ok := Lookup(id)
	if !ok {
		panic(fmt.Sprintf("rules: unknown rule %q", id))
	}
	opt, ok := r.Option(key)
	if !ok {
		panic(fmt.Sprintf("rules: rule %s has no option %q", id, key))
	}
	v := opt.Default
	if c != nil {
		if set, ok := c.Rules[id].Options[key]; ok {
			v = set
		}
	}
	t, ok := v.(T)
	if !ok {
		panic(fmt.Sprintf("rules: option %s.%s is %T, not %T", id, key, v, t))
	}
	return t
}
