package rules

import (
	"cmp"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ConfigError is one problem in a config file, positioned like a compiler
// error so editors and CI annotations can jump to it.
type ConfigError struct {
	Path      string
	Line, Col int // 1-based; 0 when unknown
	Msg       string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(cmp.Or(e.Path, "config"))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

var yamlLineError = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlSyntaxError turns yaml's "yaml: line 3: msg" into path:3: msg.
func yamlSyntaxError(path string, err error) *ConfigError {
	msg := err.Error()
	if m := yamlLineError.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &ConfigError{Path: path, Line: line, Msg: m[2]}
	}
	return &ConfigError{Path: path, Msg: strings.TrimPrefix(msg, "yaml: ")}
}
