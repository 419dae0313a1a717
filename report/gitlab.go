package report

import (
	"encoding/json"
	"io"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// The Code Climate issue subset GitLab's code quality widget reads
// (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"):
// it requires description, check_name, fingerprint, severity, location.path
// and location.lines.begin, and reads location.lines.end. The rest of the
// Code Climate spec (type, categories, remediation points) GitLab ignores;
// it is left out rather than filled with guesses.
type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// writeGitLab writes a code quality report: a JSON array, empty when there
// is nothing to say (GitLab then shows no change).
func writeGitLab(w io.Writer, res *lint.Result, opts Options) error {
	fps := res.Fingerprints(opts.Paths)
	issues := make([]gitlabIssue, 0, len(res.Findings))
	for i, f := range res.Findings {
		// GitLab needs a line: a finding about the whole file goes on its first.
		lines := gitlabLines{Begin: max(f.Range.Start.Line, 1)}
		if f.Range.End.Line > lines.Begin {
			lines.End = f.Range.End.Line
		}
		issues = append(issues, gitlabIssue{
			Description: f.Message,
			CheckName:   f.Rule,
			Fingerprint: fps[i],
			Severity:    gitlabSeverity(f.Severity),
			Location:    gitlabLocation{Path: opts.Paths.Rel(f.File), Lines: lines},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}

// gitlabSeverity maps tfjslint's three levels onto Code Climate's five as
// ESLint's GitLab formatters do: error major, warning minor, info info.
// critical and blocker are left to tools that rank security problems.
func gitlabSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "major"
	case rules.Warning:
		return "minor"
	}
	return "info"
}
