package rules

import "slices"

// Rule is the catalog entry of one rule: everything about it except the code
// that detects it, which lives in analyzers/.
type Rule struct {
	ID   string `json:"id"`
	Tips []int  `json:"tips"` // which of the "18 tips" it enforces; empty for tool rules
	// DefaultSeverity is the base level. Rules whose level depends on context
	// (e.g. "error in repeated context, else warning") use the lower level
	// here and describe the rest in SeverityNote.
	DefaultSeverity Severity `json:"defaultSeverity"`
	SeverityNote    string   `json:"severityNote,omitempty"`
	Fix             FixKind  `json:"fix"`
	Summary         string   `json:"summary"`
	Implemented     bool     `json:"implemented"`
	Sim             bool     `json:"sim"` // reported by the simulator, not a static analyzer
	Options         []Option `json:"options,omitempty"`
}

// Option is a rule setting users may write in config next to severity.
type Option struct {
	Key     string `json:"key"`
	Default any    `json:"default"` // float64, int, bool or string; also fixes the accepted type
	Doc     string `json:"doc"`
}

// Option returns the option named key.
func (r Rule) Option(key string) (Option, bool) {
	for _, o := range r.Options {
		if o.Key == key {
			return o, true
		}
	}
	return Option{}, false
}

func (r Rule) optionKeys() []string {
	keys := make([]string, len(r.Options))
	for i, o := range r.Options {
		keys[i] = o.Key
	}
	return keys
}

// clone copies the slices so callers cannot edit the catalog through a Rule.
func (r Rule) clone() Rule {
	r.Tips = slices.Clone(r.Tips)
	r.Options = slices.Clone(r.Options)
	return r
}

var catalogIndex = func() map[string]int {
	m := make(map[string]int, len(catalog))
	for i, r := range catalog {
		if _, dup := m[r.ID]; dup {
			panic("rules: duplicate catalog ID " + r.ID)
		}
		m[r.ID] = i
	}
	return m
}()

var catalogIDs = func() []string {
	ids := make([]string, len(catalog))
	for i, r := range catalog {
		ids[i] = r.ID
	}
	return ids
}()

// All returns every rule, in the order of RULES.md.
func All() []Rule {
	out := make([]Rule, len(catalog))
	for i, r := range catalog {
		out[i] = r.clone()
	}
	return out
}

// Lookup returns the rule with the given ID.
func Lookup(id string) (Rule, bool) {
	i, ok := catalogIndex[id]
	if !ok {
		return Rule{}, false
	}
	return catalog[i].clone(), true
}

// IDs returns every rule ID, in catalog order.
func IDs() []string { return slices.Clone(catalogIDs) }
