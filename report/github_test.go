package report

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestGitHubGolden(t *testing.T) {
	checkGolden(t, "fixture.github", render(t, "github", fixture(), Options{}))
}

func TestGitHubCommands(t *testing.T) {
	r := lint.Range{Start: lint.Position{Line: 3, Column: 5}, End: lint.Position{Line: 4, Column: 2}}
	tests := []struct {
		name string
		f    lint.Finding
		want string
	}{
		{"error", lint.Finding{File: "a.js", Rule: "learning-rate", Severity: rules.Error, Range: r, Message: "m"},
			"::error file=a.js,line=3,col=5,endLine=4,endColumn=2,title=learning-rate::m\n"},
		{"warning", lint.Finding{File: "a.js", Rule: "sgd-optimizer", Severity: rules.Warning, Range: r, Message: "m"},
			"::warning file=a.js,line=3,col=5,endLine=4,endColumn=2,title=sgd-optimizer::m\n"},
		{"info is a notice", lint.Finding{File: "a.js", Rule: "timer-wait", Severity: rules.Info, Range: r, Message: "m"},
			"::notice file=a.js,line=3,col=5,endLine=4,endColumn=2,title=timer-wait::m\n"},
		{"whole file", lint.Finding{File: "a.js", Rule: "model-size", Severity: rules.Warning, Message: "2.4 MiB"},
			"::warning file=a.js,title=model-size::2.4 MiB\n"},
		{"escaping", lint.Finding{File: "odd,dir/x:y%.js", Rule: "timer-wait", Severity: rules.Info, Range: r,
			Message: "100% sure: a, b\r\nnext line"},
			"::notice file=odd%2Cdir/x%3Ay%25.js,line=3,col=5,endLine=4,endColumn=2,title=timer-wait::100%25 sure: a, b%0D%0Anext line\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, "github", &lint.Result{Findings: []lint.Finding{tt.f}}, Options{})
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// The escaping of @actions/core: data escapes %, CR and LF; property values
// also escape : and , which would otherwise end the value.
func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("50% a:b,c\r\n%0A"), "50%25 a:b,c%0D%0A%250A"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("50% a:b,c\r\n"), "50%25 a%3Ab%2Cc%0D%0A"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

func TestGitHubEmpty(t *testing.T) {
	if got := render(t, "github", &lint.Result{Files: []string{"a.js"}}, Options{}); got != "" {
		t.Errorf("got %q, want no output", got)
	}
	if !strings.HasPrefix(render(t, "github", fixture(), Options{}), "::warning file=demo/página.html,line=6,col=15,") {
		t.Error("unicode path was altered")
	}
}

// Run from web/, a finding in ../x.js is x.js to GitHub, which places
// annotations by repository path only.
func TestGitHubRepositoryPaths(t *testing.T) {
	res := &lint.Result{Findings: []lint.Finding{
		{File: "../x.js", Rule: "timer-wait", Severity: rules.Info, Message: "m"},
		{File: "train.js", Rule: "timer-wait", Severity: rules.Info, Message: "m"},
	}}
	got := render(t, "github", res, Options{Paths: lint.Paths{Root: "/repo", WorkDir: "/repo/web"}})
	want := "::notice file=x.js,title=timer-wait::m\n::notice file=web/train.js,title=timer-wait::m\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
