package report

import (
	"encoding/xml"
	"io"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// Checkstyle's XML report, which Jenkins (warnings-ng), SonarQube, reviewdog
// and most CI dashboards read: one <file> per linted file, one <error> per
// finding. Version 4.3 is what ESLint's and ShellCheck's checkstyle output
// declare, and what readers expect.
const checkstyleVersion = "4.3"

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

// checkstyleError's line is 0 for a finding about a whole file, which
// readers show as a file-level problem; column is then left out.
type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// writeCheckstyle lists every linted file, those without findings too (a
// dashboard counts them as checked and clean), in the run's order, then
// files with findings the run did not list.
func writeCheckstyle(w io.Writer, res *lint.Result, opts Options) error {
	doc := checkstyleReport{Version: checkstyleVersion}
	index := map[string]int{}
	add := func(file string) int {
		i, ok := index[file]
		if !ok {
			i = len(doc.Files)
			index[file] = i
			doc.Files = append(doc.Files, checkstyleFile{Name: opts.Paths.Rel(file)})
		}
		return i
	}
	for _, f := range res.Files {
		add(f)
	}
	for _, f := range res.Findings {
		e := checkstyleError{
			Severity: checkstyleSeverity(f.Severity),
			Message:  f.Message,
			Source:   toolName + "." + f.Rule, // as ESLint's "eslint.rules.<id>"
		}
		if f.Range.Start.Line >= 1 {
			e.Line = f.Range.Start.Line
			e.Column = max(f.Range.Start.Column, 0)
		}
		i := add(f.File)
		doc.Files[i].Errors = append(doc.Files[i].Errors, e)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// checkstyleSeverity uses checkstyle's own levels, which are tfjslint's.
func checkstyleSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "info"
}
