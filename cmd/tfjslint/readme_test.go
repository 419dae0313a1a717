package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/report"
)

// TestREADMEUsage keeps the README's command-line synopsis equal to the
// head of --help.
func TestREADMEUsage(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- usage:begin", "<!-- usage:end -->"
	i, j := bytes.Index(data, []byte(begin)), bytes.Index(data, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q … %q markers", begin, end)
	}
	block := string(data[i:j])
	block = block[strings.Index(block, "```\n")+4 : strings.LastIndex(block, "```")]
	if block != usageVerbs {
		t.Errorf("README's command-line synopsis is out of date; put between the markers:\n```\n%s```", usageVerbs)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"--help"}, nil, &out, &errOut); code != exitOK || !strings.HasPrefix(out.String(), usageVerbs) {
		t.Errorf("--help does not start with the synopsis (exit %d):\n%s", code, out.String())
	}
}

// TestREADMEFlags keeps the README's command-line section in step with
// --help: every flag of every verb, and every output format, is documented.
func TestREADMEFlags(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	flag := regexp.MustCompile(`(?m)^\s+(?:-\w, )?(--[a-z][a-z-]*)`)
	for _, verb := range [][]string{{"--help"}, {"sim", "--help"}, {"graph", "--help"}} {
		var out, errOut bytes.Buffer
		if code := run(verb, nil, &out, &errOut); code != exitOK {
			t.Fatalf("%v: exit %d: %s", verb, code, errOut.String())
		}
		for _, m := range flag.FindAllStringSubmatch(out.String(), -1) {
			if !regexp.MustCompile(`(^|[^a-z-])` + m[1] + `([^a-z-]|$)`).MatchString(readme) {
				t.Errorf("tfjslint %s: README.md does not document %s", strings.Join(verb, " "), m[1])
			}
		}
	}
	for _, f := range report.Formats() {
		if !strings.Contains(readme, "\n- `"+f+"`") {
			t.Errorf("README.md's output formats lack a paragraph on %s", f)
		}
	}
}
