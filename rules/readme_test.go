package rules

import (
	"os"
	"strings"
	"testing"
)

// TestREADMERuleTable keeps the README's rule table equal to the catalog.
func TestREADMERuleTable(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	const begin, end = "<!-- rules:begin", "<!-- rules:end -->"
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q … %q markers", begin, end)
	}
	i += strings.Index(readme[i:], "-->") + len("-->\n")
	if got, want := readme[i:j], MarkdownTable(); got != want {
		t.Errorf("README rule table is out of date; replace the text between the markers with:\n%s", want)
	}
}
