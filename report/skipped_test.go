package report

import (
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
)

func TestWriteSkipNotes(t *testing.T) {
	skipped := []lint.Skipped{
		{File: "dist/app.js", Kind: lint.SkipGenerated, Reason: "minified: a line of 9000 bytes"},
		{File: "lib/tf.min.js", Kind: lint.SkipGenerated, Reason: "a *.min.js name", Named: true},
		{File: "private", Kind: lint.SkipUnreadable, Reason: "permission denied"},
		{File: "weights.js", Kind: lint.SkipTooLarge, Reason: "3 MiB, above files.max-size 1 MiB"},
		{File: "x\x1b[2J.js", Kind: lint.SkipBinary, Reason: "NUL bytes in the first 8000 bytes"},
	}
	tests := []struct {
		name string
		opts NoteOptions
		want string
	}{
		{"default", NoteOptions{}, `tfjslint: warning: skipped lib/tf.min.js: minified or bundled (a *.min.js name); --no-ignore lints it
tfjslint: warning: skipped private: unreadable (permission denied)
tfjslint: note: skipped 3 files (1 minified or bundled, 1 too large, 1 binary); --verbose lists them, --no-ignore lints them
`},
		{"quiet: warnings only", NoteOptions{Quiet: true}, `tfjslint: warning: skipped lib/tf.min.js: minified or bundled (a *.min.js name); --no-ignore lints it
tfjslint: warning: skipped private: unreadable (permission denied)
`},
		{"verbose", NoteOptions{Verbose: true}, `tfjslint: note: skipped dist/app.js: minified or bundled (minified: a line of 9000 bytes)
tfjslint: warning: skipped lib/tf.min.js: minified or bundled (a *.min.js name); --no-ignore lints it
tfjslint: warning: skipped private: unreadable (permission denied)
tfjslint: note: skipped weights.js: too large (3 MiB, above files.max-size 1 MiB)
tfjslint: note: skipped x?[2J.js: binary (NUL bytes in the first 8000 bytes)
tfjslint: note: skipped 3 files (1 minified or bundled, 1 too large, 1 binary); --no-ignore lints them
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			WriteSkipNotes(&b, skipped, tt.opts)
			if b.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", b.String(), tt.want)
			}
		})
	}
	var b strings.Builder
	WriteSkipNotes(&b, nil, NoteOptions{Verbose: true})
	if b.String() != "" {
		t.Errorf("nothing skipped: wrote %q", b.String())
	}
}
