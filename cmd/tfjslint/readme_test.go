package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
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
