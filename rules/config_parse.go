package rules

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"
)

var (
	topLevelKeys = []string{"rules", "budgets", "sim", "files", "ignore", "report-once"}
	budgetKeys   = []string{"model-size", "step-memory"}
	simKeys      = []string{"enabled", "steps", "timeout"}
	filesKeys    = []string{"max-size"}
)

// ParseConfig parses the content of a config file; path only labels errors
// and anchors ignore patterns. It reports every problem it finds, each as a
// *ConfigError positioned at the offending key or value.
func ParseConfig(path string, data []byte) (*Config, error) {
	cfg := DefaultConfig()
	cfg.Path = path
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlSyntaxError(path, err)
	}
	p := &configParser{path: path, cfg: cfg}
	if len(doc.Content) > 0 {
		p.top(doc.Content[0])
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return cfg, nil
}

type configParser struct {
	path string
	cfg  *Config
	errs []error
}

func (p *configParser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &ConfigError{Path: p.path, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// mapping checks that m is a mapping with unique, known keys and calls fn for
// each valid entry. A null m is an empty mapping.
func (p *configParser) mapping(m *yaml.Node, what string, known []string, unknown func(key string) string, fn func(key string, value *yaml.Node)) {
	m = resolveAlias(m)
	if isNull(m) {
		return
	}
	if m.Kind != yaml.MappingNode {
		p.errorf(m, "%s must be a mapping, got %s", what, describe(m))
		return
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], resolveAlias(m.Content[i+1])
		switch first, dup := seen[k.Value]; {
		case k.Kind != yaml.ScalarNode:
			p.errorf(k, "keys in %s must be plain names, got %s", what, describe(k))
		case dup:
			p.errorf(k, "duplicate key %q in %s (first set on line %d)", k.Value, what, first.Line)
		case !slices.Contains(known, k.Value):
			p.errorf(k, "%s", unknown(k.Value))
		default:
			seen[k.Value] = k
			fn(k.Value, v)
		}
	}
}

func unknownKey(where string, known []string) func(string) string {
	return func(key string) string {
		return fmt.Sprintf("unknown key %q%s; did you mean %q?", key, where, closest(key, known))
	}
}

func (p *configParser) top(root *yaml.Node) {
	p.mapping(root, "the config", topLevelKeys, unknownKey("", topLevelKeys), func(key string, v *yaml.Node) {
		switch key {
		case "rules":
			p.rules(v)
		case "budgets":
			p.budgets(v)
		case "sim":
			p.sim(v)
		case "files":
			p.files(v)
		case "ignore":
			p.ignore(v)
		case "report-once":
			if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" || v.Decode(&p.cfg.ReportOnce) != nil {
				p.errorf(v, "report-once must be true or false, got %s", describe(v))
			}
		}
	})
}

func (p *configParser) rules(m *yaml.Node) {
	unknownRule := func(id string) string { return UnknownRuleError(id).Error() }
	p.mapping(m, "rules", catalogIDs, unknownRule, func(id string, v *yaml.Node) {
		p.cfg.Rules[id] = p.rule(catalog[catalogIndex[id]], v)
	})
}

// rule reads `id: error` or `id: {severity: error, option: value}`.
func (p *configParser) rule(r Rule, v *yaml.Node) RuleConfig {
	var rc RuleConfig
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		rc.Severity, rc.SeveritySet = p.severity(r.ID, v)
		return rc
	}
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "rule %s needs a severity (off, info, warning, error) or a mapping such as {severity: error}, got %s", r.ID, describe(v))
		return rc
	}
	keys := append([]string{"severity"}, r.optionKeys()...)
	unknown := unknownKey(" for rule "+r.ID, keys)
	if len(r.Options) == 0 {
		unknown = func(key string) string {
			return fmt.Sprintf("unknown key %q: rule %s has no options, only \"severity\"", key, r.ID)
		}
	}
	p.mapping(v, "rule "+r.ID, keys, unknown, func(key string, val *yaml.Node) {
		if key == "severity" {
			rc.Severity, rc.SeveritySet = p.severity(r.ID, val)
			return
		}
		opt, _ := r.Option(key)
		if value, ok := p.optionValue(r.ID, opt, val); ok {
			if rc.Options == nil {
				rc.Options = map[string]any{}
			}
			rc.Options[key] = value
		}
	})
	return rc
}

func (p *configParser) severity(id string, n *yaml.Node) (Severity, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, "severity of rule %s must be off, info, warning or error, got %s", id, describe(n))
		return Off, false
	}
	s, err := ParseSeverity(n.Value)
	if err != nil {
		p.errorf(n, "unknown severity %q for rule %s; did you mean %q?", n.Value, id, closest(strings.ToLower(n.Value), severityNames[:]))
		return Off, false
	}
	return s, true
}

// optionValue converts n to the type of the option's default. Every option
// of the catalog is a count, a rate or a size, so negative numbers are errors.
func (p *configParser) optionValue(id string, opt Option, n *yaml.Node) (any, bool) {
	tag := n.ShortTag()
	if n.Kind != yaml.ScalarNode {
		tag = ""
	}
	bad := func(want string) (any, bool) {
		p.errorf(n, "option %s of rule %s must be %s, got %s", opt.Key, id, want, describe(n))
		return nil, false
	}
	switch opt.Default.(type) {
	case float64:
		var f float64
		if (tag != "!!int" && tag != "!!float") || n.Decode(&f) != nil || math.IsInf(f, 0) || math.IsNaN(f) || f < 0 {
			return bad("a non-negative number")
		}
		return f, true
	case int:
		var i int
		if tag != "!!int" || n.Decode(&i) != nil || i < 0 {
			return bad("a non-negative integer")
		}
		return i, true
	case bool:
		var b bool
		if tag != "!!bool" || n.Decode(&b) != nil {
			return bad("true or false")
		}
		return b, true
	case string:
		if tag != "!!str" {
			return bad("a string")
		}
		return n.Value, true
	}
	panic(fmt.Sprintf("rules: option %s.%s has unsupported default type %T", id, opt.Key, opt.Default))
}

func (p *configParser) budgets(m *yaml.Node) {
	p.mapping(m, "budgets", budgetKeys, unknownKey(" in budgets", budgetKeys), func(key string, v *yaml.Node) {
		size, ok := p.size(key, v)
		if !ok {
			return
		}
		switch key {
		case "model-size":
			p.cfg.Budgets.ModelSize = size
		case "step-memory":
			p.cfg.Budgets.StepMemory = size
		}
	})
}

func (p *configParser) size(key string, n *yaml.Node) (int64, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) || n.ShortTag() == "!!bool" {
		p.errorf(n, "%s must be a size such as 4MiB, got %s", key, describe(n))
		return 0, false
	}
	size, err := parseSize(n.Value)
	if err != nil {
		p.errorf(n, "%s: %v", key, err)
		return 0, false
	}
	return size, true
}

func (p *configParser) files(m *yaml.Node) {
	p.mapping(m, "files", filesKeys, unknownKey(" in files", filesKeys), func(key string, v *yaml.Node) {
		if size, ok := p.size(key, v); ok {
			p.cfg.Files.MaxSize = size
		}
	})
}

func (p *configParser) sim(m *yaml.Node) {
	p.mapping(m, "sim", simKeys, unknownKey(" in sim", simKeys), func(key string, v *yaml.Node) {
		tag := v.ShortTag()
		if v.Kind != yaml.ScalarNode {
			tag = ""
		}
		switch key {
		case "enabled":
			if tag != "!!bool" || v.Decode(&p.cfg.Sim.Enabled) != nil {
				p.errorf(v, "sim.enabled must be true or false, got %s", describe(v))
			}
		case "steps":
			var steps int
			if tag != "!!int" || v.Decode(&steps) != nil || steps <= 0 {
				p.errorf(v, "sim.steps must be a positive integer, got %s", describe(v))
				return
			}
			p.cfg.Sim.Steps = steps
		case "timeout":
			d, err := time.ParseDuration(v.Value)
			if tag != "!!str" || err != nil || d <= 0 {
				p.errorf(v, "sim.timeout must be a positive duration such as 5s or 500ms, got %s", describe(v))
				return
			}
			p.cfg.Sim.Timeout = d
		}
	})
}

func (p *configParser) ignore(n *yaml.Node) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "ignore must be a list of globs such as [\"dist/**\"], got %s", describe(n))
		return
	}
	for _, item := range n.Content {
		item = resolveAlias(item)
		switch {
		case item.Kind != yaml.ScalarNode || item.ShortTag() != "!!str":
			p.errorf(item, "ignore patterns must be strings, got %s", describe(item))
		case strings.HasPrefix(item.Value, "/"):
			p.errorf(item, "ignore pattern %q: patterns are relative to the config file's directory; drop the leading /", item.Value)
		case !doublestar.ValidatePattern(item.Value):
			p.errorf(item, "ignore pattern %q is not a valid glob", item.Value)
		default:
			p.cfg.Ignore = append(p.cfg.Ignore, item.Value)
		}
	}
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names a YAML value for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.ShortTag() {
	case "!!null":
		return "nothing"
	case "!!str":
		return fmt.Sprintf("the string %q", n.Value)
	}
	return n.Value
}
