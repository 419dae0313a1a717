package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// writeGitHub prints one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the pull request:
//
//	::error file=path,line=L,col=C,endLine=EL,endColumn=EC,title=rule::message
func writeGitHub(w io.Writer, res *lint.Result, opts Options) error {
	var b strings.Builder
	for _, f := range res.Findings {
		b.WriteString("::" + githubCommand(f.Severity) + " ")
		b.WriteString(githubProperties(f, opts.Paths))
		b.WriteString("::" + escapeData(f.Message) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func githubCommand(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// githubProperties leaves out the position of findings about a whole file;
// the runner then annotates the file itself.
func githubProperties(f lint.Finding, paths lint.Paths) string {
	props := []string{"file=" + escapeProperty(paths.Rel(f.File))}
	start, end := f.Range.Start, f.Range.End
	if start.Line >= 1 {
		props = append(props, fmt.Sprintf("line=%d", start.Line))
		if start.Column >= 1 {
			props = append(props, fmt.Sprintf("col=%d", start.Column))
		}
		if end.Line >= start.Line {
			props = append(props, fmt.Sprintf("endLine=%d", end.Line))
			if end.Column >= 1 {
				props = append(props, fmt.Sprintf("endColumn=%d", end.Column))
			}
		}
	}
	props = append(props, "title="+escapeProperty(f.Rule))
	return strings.Join(props, ",")
}

// escapeData and escapeProperty match @actions/core's command.ts, so that the
// runner decodes exactly the text we meant.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
