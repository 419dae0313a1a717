package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestFormats(t *testing.T) {
	want := []string{"text", "json", "sarif", "github", "gitlab", "checkstyle"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
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
