package report

import "github.com/tfjslint/tfjslint/rules"

// ANSI SGR sequences; a handful of fixed codes needs no terminal library.
const (
	sgrReset     = "\x1b[0m"
	sgrBold      = "\x1b[1m"
	sgrDim       = "\x1b[2m"
	sgrUnderline = "\x1b[4m"
	sgrRed       = "\x1b[31m"
	sgrYellow    = "\x1b[33m"
	sgrBlue      = "\x1b[34m"
)

// painter wraps text in SGR sequences, or leaves it alone when colour is off.
type painter bool

func (p painter) paint(sgr, s string) string {
	if !p || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

// severityColor follows ESLint: red errors, yellow warnings; infos are blue.
func severityColor(s rules.Severity) string {
	switch s {
	case rules.Error:
		return sgrRed
	case rules.Warning:
		return sgrYellow
	default:
		return sgrBlue
	}
}
