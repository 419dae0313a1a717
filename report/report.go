package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
)

// Options tune the output. The zero value is plain, colourless output.
type Options struct {
	Color   bool   // ANSI colour (the CLI sets it only on a TTY)
	Version string // tool version for the SARIF driver and the JSON tool object
	// Paths names files in the formats CI services read (github, sarif,
	// gitlab, checkstyle): relative to the repository root. The zero value
	// keeps the names the run gave.
	Paths lint.Paths
}

type writeFunc func(w io.Writer, res *lint.Result, opts Options) error

type format struct {
	name  string
	write writeFunc
}

// formats is ordered as Formats lists them; text stays first as the default.
var formats = []format{
	{"text", writeStylish},
	{"codeframe", writeCodeframe},
	{"unix", writeUnix},
	{"json", writeJSON},
	{"sarif", writeSARIF},
	{"github", writeGitHub},
	{"gitlab", writeGitLab},
	{"checkstyle", writeCheckstyle},
}

// Formats returns the format names, default first (Write also takes the
// aliases IsFormat accepts).
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// aliases are other linters' names for a format: ESLint's and oxlint's
// stylish is tfjslint's text.
var aliases = map[string]string{"stylish": "text"}

// IsFormat reports whether Write accepts the name.
func IsFormat(name string) bool {
	name = cmp.Or(aliases[name], name)
	return slices.ContainsFunc(formats, func(f format) bool { return f.name == name })
}

// Write renders res to w in the named format.
func Write(w io.Writer, name string, res *lint.Result, opts Options) error {
	if res == nil {
		res = &lint.Result{}
	}
	canon := cmp.Or(aliases[name], name)
	for _, f := range formats {
		if f.name == canon {
			return f.write(w, res, opts)
		}
	}
	return fmt.Errorf("unknown output format %q: use one of %s", name, strings.Join(Formats(), ", "))
}

// toolName is how tfjslint names itself in machine-readable output.
const toolName = "tfjslint"
