package report

import (
	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// counts tallies findings by severity, shared by the text summary line and the
// JSON summary object so the two can never disagree.
type counts struct {
	Errors   int
	Warnings int
	Infos    int
	Fixable  int // findings with at least one safe fix (what --fix would apply)
}

func countFindings(findings []lint.Finding) counts {
	var c counts
	for _, f := range findings {
		switch f.Severity {
		case rules.Error:
			c.Errors++
		case rules.Warning:
			c.Warnings++
		case rules.Info:
			c.Infos++
		}
		for _, fix := range f.Fixes {
			if fix.Safe {
				c.Fixable++
				break
			}
		}
	}
	return c
}
