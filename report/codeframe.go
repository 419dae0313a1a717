package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
)

// excerptIndent sets the source excerpt apart from the finding's header line.
const excerptIndent = "    "

// writeCodeframe is the codeframe format, one header line per finding
// (what scripts grep), with the source line and a caret under it:
//
//	path:line:col  severity  message  rule
//	    the source line
//	           ^
//
// then the summary. Like ESLint it prints nothing at all when there is
// nothing to report (what was skipped goes to standard error: see
// WriteSkipNotes).
func writeCodeframe(w io.Writer, res *lint.Result, opts Options) error {
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
	writeSummary(&b, countFindings(res.Findings), len(res.Findings), p)
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

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
