package report

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestStylishGolden(t *testing.T) {
	got := render(t, "text", fixture(), Options{Version: "1.2.3"})
	if strings.Contains(got, "\x1b") {
		t.Error("colour escape in output with Color off")
	}
	checkGolden(t, "fixture.text", got)
}

func TestStylishColorGolden(t *testing.T) {
	got := render(t, "text", fixture(), Options{Color: true})
	for _, sgr := range []string{sgrUnderline + pagePath, sgrDim + "6:15", sgrRed + "error", sgrYellow + "warning",
		sgrBlue + "info", sgrDim + "sgd-optimizer", sgrBold + sgrRed + "✖ 6 problems"} {
		if !strings.Contains(got, sgr) {
			t.Errorf("coloured output lacks %q", sgr)
		}
	}
	checkGolden(t, "fixture.color", got)
}

// ESLint's layout: a header per file, rows indented by two with the line
// right-aligned and the column left-aligned around the colon, columns two
// spaces apart, a blank line after each file; a finding about the whole
// file is at 0:0; the message loses its final period and its line breaks.
func TestStylishLayout(t *testing.T) {
	f := func(file string, line, col int, sev rules.Severity, msg, rule string) lint.Finding {
		return lint.Finding{File: file, Rule: rule, Severity: sev, Message: msg,
			Range: lint.Range{Start: lint.Position{Line: line, Column: col}}}
	}
	res := &lint.Result{Findings: []lint.Finding{
		f("a.js", 0, 0, rules.Info, "the dry run stopped.", "sim-incomplete"),
		f("a.js", 9, 12, rules.Warning, "sgd\nis slow", "sgd-optimizer"),
		f("a.js", 120, 3, rules.Error, "最適化 leaks...", "undisposed-tensor"),
		f("b/c.js", 4, 1, rules.Error, "x", "learning-rate"),
	}}
	want := "\n" +
		"a.js\n" +
		"    0:0   info     the dry run stopped  sim-incomplete\n" +
		"    9:12  warning  sgd is slow          sgd-optimizer\n" +
		"  120:3   error    最適化 leaks...      undisposed-tensor\n" +
		"\n" +
		"b/c.js\n" +
		"  4:1  error  x  learning-rate\n" +
		"\n" +
		"✖ 4 problems (2 errors, 1 warning, 1 info)\n" +
		"  by rule: 1 learning-rate, 1 sgd-optimizer, 1 sim-incomplete, 1 undisposed-tensor\n"
	if got := render(t, "text", res, Options{}); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUnixGolden(t *testing.T) {
	checkGolden(t, "fixture.unix", render(t, "unix", fixture(), Options{Color: true}))
}

// A message longer than maxAlignedMessage does not push the rule IDs of
// the short ones off the screen: it is followed by its rule two spaces on.
func TestStylishLongMessage(t *testing.T) {
	long := strings.Repeat("long ", 30)
	res := &lint.Result{Findings: []lint.Finding{
		{File: "a.js", Rule: "r1", Severity: rules.Error, Message: long, Range: lint.Range{Start: lint.Position{Line: 1, Column: 1}}},
		{File: "a.js", Rule: "r2", Severity: rules.Error, Message: "short", Range: lint.Range{Start: lint.Position{Line: 2, Column: 1}}},
	}}
	got := render(t, "text", res, Options{})
	for _, want := range []string{"  1:1  error  " + strings.TrimSpace(long) + "  r1\n", "  2:1  error  short  r2\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output\n%s\nlacks %q", got, want)
		}
	}
}
