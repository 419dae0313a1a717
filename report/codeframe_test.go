package report

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestCodeframeGolden(t *testing.T) {
	got := render(t, "codeframe", fixture(), Options{Version: "1.2.3"})
	if strings.Contains(got, "\x1b") {
		t.Error("colour escape in output with Color off")
	}
	checkGolden(t, "fixture.codeframe", got)
}

func TestCodeframeColorGolden(t *testing.T) {
	got := render(t, "codeframe", fixture(), Options{Color: true})
	for _, sgr := range []string{sgrRed + "error", sgrYellow + "warning", sgrBlue + "info", sgrDim + "sgd-optimizer"} {
		if !strings.Contains(got, sgr) {
			t.Errorf("coloured output lacks %q", sgr)
		}
	}
	checkGolden(t, "fixture.codeframe-color", got)
}

// Like ESLint, nothing at all is printed when nothing was found.
func TestTextEmpty(t *testing.T) {
	res := fixture()
	res.Findings = nil
	for _, format := range []string{"text", "codeframe", "unix"} {
		for _, color := range []bool{false, true} {
			if got := render(t, format, res, Options{Color: color}); got != "" {
				t.Errorf("%s, Color=%v: got %q, want no output", format, color, got)
			}
		}
	}
}

func TestTextSummary(t *testing.T) {
	f := func(s rules.Severity) lint.Finding {
		return lint.Finding{File: "a.js", Rule: "timer-wait", Severity: s, Message: "m"}
	}
	tests := []struct {
		findings []lint.Finding
		want     string
	}{
		{[]lint.Finding{f(rules.Error)}, "✖ 1 problem (1 error, 0 warnings, 0 infos)"},
		{[]lint.Finding{f(rules.Warning), f(rules.Warning)}, "✖ 2 problems (0 errors, 2 warnings, 0 infos)"},
		{[]lint.Finding{f(rules.Error), f(rules.Error), f(rules.Warning), f(rules.Info)}, "✖ 4 problems (2 errors, 1 warning, 1 info)"},
		{[]lint.Finding{f(rules.Info), f(rules.Info), f(rules.Info)}, "✖ 3 problems (0 errors, 0 warnings, 3 infos)"},
	}
	for _, tt := range tests {
		for _, format := range []string{"text", "codeframe"} {
			got := render(t, format, &lint.Result{Findings: tt.findings}, Options{})
			lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
			if last := lines[len(lines)-1]; last != tt.want {
				t.Errorf("%s: summary = %q, want %q", format, last, tt.want)
			}
		}
	}
}

// Only safe fixes count as fixable: suggestions are never applied by --fix.
// The line is ESLint's, by severity.
func TestTextFixable(t *testing.T) {
	src := "const lr = 0.5;\n"
	edit := lint.Edit{Range: span(src, "0.5"), NewText: "0.001"}
	res := &lint.Result{
		Files:   []string{"a.js"},
		Sources: map[string][]byte{"a.js": []byte(src)},
		Findings: []lint.Finding{
			{File: "a.js", Rule: "learning-rate", Severity: rules.Warning, Range: span(src, "0.5"), Message: "m",
				Fixes: []lint.Fix{{Message: "suggested", Edits: []lint.Edit{edit}}, {Message: "safe", Safe: true, Edits: []lint.Edit{edit}}}},
			{File: "a.js", Rule: "sgd-optimizer", Severity: rules.Warning, Range: span(src, "const"), Message: "m",
				Fixes: []lint.Fix{{Message: "suggested", Edits: []lint.Edit{edit}}}},
		},
	}
	want := "✖ 2 problems (0 errors, 2 warnings, 0 infos)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n  by rule: 1 learning-rate, 1 sgd-optimizer\n"
	for _, format := range []string{"text", "codeframe"} {
		if got := render(t, format, res, Options{}); !strings.HasSuffix(got, want) {
			t.Errorf("%s: output ends with\n%s\nwant\n%s", format, got[strings.LastIndex(got, "✖"):], want)
		}
	}
	// Infos, which ESLint has not, are named only when some are fixable.
	res.Findings[1].Severity = rules.Info
	res.Findings[1].Fixes[0].Safe = true
	want = "  0 errors, 1 warning and 1 info potentially fixable with the `--fix` option.\n"
	if got := render(t, "text", res, Options{}); !strings.Contains(got, want) {
		t.Errorf("output\n%s\nlacks\n%s", got, want)
	}
}

// A finding in a file whose source is unknown, or past its last line, still
// prints its header line, without an excerpt.
func TestTextWithoutSource(t *testing.T) {
	res := &lint.Result{
		Sources: map[string][]byte{"b.js": []byte("x\n")},
		Findings: []lint.Finding{
			{File: "a.js", Rule: "timer-wait", Severity: rules.Info, Message: "no source",
				Range: lint.Range{Start: lint.Position{Line: 3, Column: 1}}},
			{File: "b.js", Rule: "timer-wait", Severity: rules.Info, Message: "past the end",
				Range: lint.Range{Start: lint.Position{Line: 9, Column: 1}}},
		},
	}
	want := "a.js:3:1  info  no source  timer-wait\n\n" +
		"b.js:9:1  info  past the end  timer-wait\n\n" +
		"✖ 2 problems (0 errors, 0 warnings, 2 infos)\n"
	if got := render(t, "codeframe", res, Options{}); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Bytes from the linted project must not drive the terminal.
func TestTextNeutralizesEscapes(t *testing.T) {
	src := "x = '\x1b]0;pwned\x07'; // \u202e evil\n"
	res := &lint.Result{
		Sources: map[string][]byte{"e\x1b[2Jvil.js": []byte(src)},
		Findings: []lint.Finding{{File: "e\x1b[2Jvil.js", Rule: "timer-wait", Severity: rules.Info,
			Message: "m\x1b[31m", Range: lint.Range{Start: lint.Position{Line: 1, Column: 1}}}},
	}
	for _, format := range []string{"text", "codeframe", "unix"} {
		if got := render(t, format, res, Options{}); strings.ContainsAny(got, "\x1b\x07\u202e") {
			t.Errorf("%s: control characters reached the output: %q", format, got)
		}
	}
}
