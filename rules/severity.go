package rules

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Severity is how much a finding matters. Off disables a rule.
type Severity int

const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"off", "info", "warning", "error"}

func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity accepts off, info, warning (warn) and error, as in config files and --severity.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "0":
		return Off, nil
	case "info", "hint":
		return Info, nil
	case "warning", "warn", "1":
		return Warning, nil
	case "error", "2":
		return Error, nil
	}
	return Off, fmt.Errorf("unknown severity %q: use off, info, warning or error", s)
}

func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func (s *Severity) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	v, err := ParseSeverity(str)
	*s = v
	return err
}
