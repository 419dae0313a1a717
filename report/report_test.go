package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestFormats(t *testing.T) {
	want := []string{"text", "codeframe", "unix", "json", "sarif", "github", "gitlab", "checkstyle"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	for _, name := range append(want, "stylish") {
		if !IsFormat(name) {
			t.Errorf("IsFormat(%q) = false", name)
		}
	}
	if IsFormat("junit") || IsFormat("") {
		t.Error("IsFormat accepts a format Write does not know")
	}
}

// stylish is ESLint's and oxlint's name for the text format.
func TestStylishAlias(t *testing.T) {
	if render(t, "stylish", fixture(), Options{}) != render(t, "text", fixture(), Options{}) {
		t.Error("-f stylish differs from -f text")
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, "junit", fixture(), Options{})
	if err == nil {
		t.Fatal("Write accepted an unknown format")
	}
	for _, name := range append(Formats(), "junit") {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not name %q", err, name)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %q before failing", buf.String())
	}
}

// A nil result is an empty run, not a crash.
func TestWriteNilResult(t *testing.T) {
	for _, f := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, f, nil, Options{}); err != nil {
			t.Errorf("Write(%s, nil): %v", f, err)
		}
	}
}

func TestCountFindings(t *testing.T) {
	c := countFindings(fixture().Findings)
	if c != (counts{Errors: 1, Warnings: 3, Infos: 2}) {
		t.Errorf("counts = %+v", c)
	}
}
