package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

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
	// The fixable ones by severity, for ESLint's "1 error and 2 warnings
	// potentially fixable" line.
	FixableErrors, FixableWarnings, FixableInfos int
}

func countFindings(findings []lint.Finding) counts {
	var c counts
	for _, f := range findings {
		fixable := slices.ContainsFunc(f.Fixes, func(fix lint.Fix) bool { return fix.Safe })
		switch f.Severity {
		case rules.Error:
			c.Errors++
			if fixable {
				c.FixableErrors++
			}
		case rules.Warning:
			c.Warnings++
			if fixable {
				c.FixableWarnings++
			}
		case rules.Info:
			c.Infos++
			if fixable {
				c.FixableInfos++
			}
		}
		if fixable {
			c.Fixable++
		}
	}
	return c
}

// writeSummary prints ESLint's summary line ("✖ 3 problems (1 error, 2
// warnings, 0 infos)") and, when --fix would change something, its
// "potentially fixable" line. The text formats end with it.
func writeSummary(b *strings.Builder, c counts, problems int, p painter) {
	color := sgrBlue
	switch {
	case c.Errors > 0:
		color = sgrRed
	case c.Warnings > 0:
		color = sgrYellow
	}
	line := fmt.Sprintf("✖ %s (%s, %s, %s)", plural(problems, "problem"),
		plural(c.Errors, "error"), plural(c.Warnings, "warning"), plural(c.Infos, "info"))
	b.WriteString(p.paint(sgrBold+color, line) + "\n")
	if c.Fixable > 0 {
		// ESLint's wording; infos, which ESLint has not, only when some are fixable.
		which := plural(c.FixableErrors, "error") + " and " + plural(c.FixableWarnings, "warning")
		if c.FixableInfos > 0 {
			which = plural(c.FixableErrors, "error") + ", " + plural(c.FixableWarnings, "warning") +
				" and " + plural(c.FixableInfos, "info")
		}
		fix := fmt.Sprintf("  %s potentially fixable with the `--fix` option.", which)
		b.WriteString(p.paint(sgrBold+color, fix) + "\n")
	}
}

// writeRuleCounts ends a report of more than one rule with how many
// findings each rule has, most first: "  by rule: 2 undisposed-tensor, 1 sgd-optimizer".
func writeRuleCounts(b *strings.Builder, findings []lint.Finding, p painter) {
	n := map[string]int{}
	var ids []string
	for _, f := range findings {
		if n[f.Rule] == 0 {
			ids = append(ids, f.Rule)
		}
		n[f.Rule]++
	}
	if len(ids) < 2 {
		return
	}
	slices.SortStableFunc(ids, func(a, c string) int { return cmp.Or(n[c]-n[a], strings.Compare(a, c)) })
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf("%d %s", n[id], termSafe(id))
	}
	b.WriteString(p.paint(sgrDim, "  by rule: "+strings.Join(parts, ", ")) + "\n")
}
