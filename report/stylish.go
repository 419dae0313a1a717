package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
)

// writeStylish is the default text format, ESLint's "stylish": the findings
// grouped by file, a header line with the path, then one aligned row per
// finding and a blank line,
//
//	src/train.js
//	   4:17  warning  tf.train.sgd is plain SGD …  sgd-optimizer
//	  12:3   error    learning rate 0 …            learning-rate
//
// then the summary. A finding about the whole file is at 0:0, as in ESLint.
// Like ESLint it prints nothing at all when there is nothing to report.
func writeStylish(w io.Writer, res *lint.Result, opts Options) error {
	if len(res.Findings) == 0 {
		return nil
	}
	p := painter(opts.Color)
	var b strings.Builder
	b.WriteByte('\n') // ESLint sets the report apart from the command line
	for _, group := range byFile(res.Findings) {
		writeFileGroup(&b, group, p)
	}
	writeSummary(&b, countFindings(res.Findings), len(res.Findings), p)
	writeRuleCounts(&b, res.Findings, p)
	_, err := io.WriteString(w, b.String())
	return err
}

// byFile splits findings into runs of one file each, in the order of their
// first finding (findings come sorted by file, so that is path order).
func byFile(findings []lint.Finding) [][]lint.Finding {
	index := map[string]int{}
	var groups [][]lint.Finding
	for _, f := range findings {
		i, ok := index[f.File]
		if !ok {
			i = len(groups)
			index[f.File] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], f)
	}
	return groups
}

// maxAlignedMessage caps the message column: tfjslint's messages explain
// the fix and often run to 200 characters, and padding every short one to
// the longest would push its rule ID off the screen. Longer messages are
// followed by their rule ID two spaces on.
const maxAlignedMessage = 80

func writeFileGroup(b *strings.Builder, group []lint.Finding, p painter) {
	type row struct{ line, col, sev, msg, rule string }
	rows := make([]row, len(group))
	var lineW, colW, sevW, msgW int
	for i, f := range group {
		r := row{
			line: strconv.Itoa(max(f.Range.Start.Line, 0)),
			col:  strconv.Itoa(max(f.Range.Start.Column, 0)),
			sev:  f.Severity.String(),
			msg:  stylishMessage(f.Message),
			rule: termSafe(f.Rule),
		}
		if f.Range.Start.Line < 1 {
			r.col = "0"
		}
		rows[i] = r
		lineW, colW = max(lineW, len(r.line)), max(colW, len(r.col))
		sevW = max(sevW, len(r.sev))
		if w := textWidth(r.msg); w <= maxAlignedMessage {
			msgW = max(msgW, w)
		}
	}
	b.WriteString(p.paint(sgrUnderline, termSafe(group[0].File)) + "\n")
	for i, r := range rows {
		b.WriteString("  ")
		b.WriteString(strings.Repeat(" ", lineW-len(r.line)))
		b.WriteString(p.paint(sgrDim, r.line+":"+r.col))
		b.WriteString(strings.Repeat(" ", colW-len(r.col)+2))
		b.WriteString(p.paint(severityColor(group[i].Severity), r.sev))
		b.WriteString(strings.Repeat(" ", sevW-len(r.sev)+2))
		b.WriteString(r.msg)
		b.WriteString(strings.Repeat(" ", max(msgW-textWidth(r.msg), 0)+2))
		b.WriteString(p.paint(sgrDim, r.rule))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
}

// stylishMessage is the message on one line, without the final period
// ESLint's stylish drops ("… in a loop." → "… in a loop").
func stylishMessage(m string) string {
	m = termSafe(strings.Join(strings.Fields(m), " "))
	if n := len(m); n > 1 && m[n-1] == '.' && m[n-2] != ' ' && m[n-2] != '.' {
		m = m[:n-1]
	}
	return m
}

// writeUnix is ESLint's and oxlint's unix format: exactly one line per
// finding, "path:line:col: message [Severity/rule]", which compilers' error
// parsers (Vim's quickfix, Emacs' compile mode) and grep read, then the
// number of problems.
func writeUnix(w io.Writer, res *lint.Result, opts Options) error {
	if len(res.Findings) == 0 {
		return nil
	}
	var b strings.Builder
	for _, f := range res.Findings {
		line, col := max(f.Range.Start.Line, 0), max(f.Range.Start.Column, 0)
		if line == 0 {
			col = 0
		}
		sev := f.Severity.String()
		b.WriteString(termSafe(f.File) + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": " +
			termSafe(strings.Join(strings.Fields(f.Message), " ")) +
			" [" + strings.ToUpper(sev[:1]) + sev[1:] + "/" + termSafe(f.Rule) + "]\n")
	}
	b.WriteString("\n" + plural(len(res.Findings), "problem") + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}
