package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
)

// excerptIndent sets the source excerpt apart from the finding's header line.
const excerptIndent = "    "

// writeText prints each finding as
//
//	path:line:col  severity  message  rule
//	    the source line
//	           ^
//
// then one summary line, which says how many files were linted. Like ESLint
// it prints nothing at all when there is nothing to report (what was skipped
// goes to standard error: see WriteSkipNotes).
func writeText(w io.Writer, res *lint.Result, opts Options) error {
	if len(res.Findings) == 0 {
		return nil
	}
	p := painter(opts.Color)
	src := newSourceCache(res.Sources)

	locs := make([]string, len(res.Findings))
	locWidth, sevWidth := 0, 0
	for i, f := range res.Findings {
		locs[i] = location(f)
		locWidth = max(locWidth, textWidth(locs[i]))
		sevWidth = max(sevWidth, len(f.Severity.String()))
	}

	var b strings.Builder
	for i, f := range res.Findings {
		sev := f.Severity.String()
		color := severityColor(f.Severity)
		b.WriteString(p.paint(sgrBold, locs[i]))
		b.WriteString(strings.Repeat(" ", locWidth-textWidth(locs[i])+2))
		b.WriteString(p.paint(color, sev))
		b.WriteString(strings.Repeat(" ", sevWidth-len(sev)+2))
		b.WriteString(termSafe(f.Message))
		b.WriteString("  ")
		b.WriteString(p.paint(sgrDim, termSafe(f.Rule)))
		b.WriteByte('\n')
		if line, ok := src.line(f.File, f.Range.Start.Line); ok && f.Range.Start.Column >= 1 {
			text, pad := excerpt(line, f.Range.Start.Column)
			b.WriteString(excerptIndent + text + "\n")
			b.WriteString(excerptIndent + pad + p.paint(sgrBold+color, "^") + "\n")
		}
		b.WriteByte('\n')
	}
	writeSummary(&b, countFindings(res.Findings), len(res.Findings), len(res.Files), p)
	writeRuleCounts(&b, res.Findings, p)
	_, err := io.WriteString(w, b.String())
	return err
}

// location is "path:line:col", shortened for findings about a whole file.
func location(f lint.Finding) string {
	start, file := f.Range.Start, termSafe(f.File)
	switch {
	case start.Line < 1:
		return file
	case start.Column < 1:
		return fmt.Sprintf("%s:%d", file, start.Line)
	}
	return fmt.Sprintf("%s:%d:%d", file, start.Line, start.Column)
}

// writeSummary prints ESLint's summary line, followed by the number of
// files linted ("✖ 3 problems (1 error, 2 warnings, 0 infos) in 12 files").
func writeSummary(b *strings.Builder, c counts, problems, files int, p painter) {
	color := sgrBlue
	switch {
	case c.Errors > 0:
		color = sgrRed
	case c.Warnings > 0:
		color = sgrYellow
	}
	line := fmt.Sprintf("✖ %s (%s, %s, %s)", plural(problems, "problem"),
		plural(c.Errors, "error"), plural(c.Warnings, "warning"), plural(c.Infos, "info"))
	if files > 0 {
		line += " in " + plural(files, "file")
	}
	b.WriteString(p.paint(sgrBold+color, line) + "\n")
	if c.Fixable > 0 {
		fix := fmt.Sprintf("  %s potentially fixable with the `--fix` option.", plural(c.Fixable, "problem"))
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

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
