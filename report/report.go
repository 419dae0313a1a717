package report

import (
	"fmt"
	"io"
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

// formats is ordered as Formats lists them; text stays first as the default.
var formats = []struct {
	name  string
	write writeFunc
}{
	{"text", writeText},
	{"json", writeJSON},
	{"sarif", writeSARIF},
	{"github", writeGitHub},
	{"gitlab", writeGitLab},
	{"checkstyle", writeCheckstyle},
}

// Formats returns the names Write accepts, default first.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// Write renders res to w in the named format.
func Write(w io.Writer, format string, res *lint.Result, opts Options) error {
	if res == nil {
		res = &lint.Result{}
	}
	for _, f := range formats {
		if f.name == format {
			return f.write(w, res, opts)
		}
	}
	return fmt.Errorf("unknown output format %q: use one of %s", format, strings.Join(Formats(), ", "))
}

// toolName is how tfjslint names itself in machine-readable output.
const toolName = "tfjslint"
