package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
)

// NoteOptions tune WriteSkipNotes.
type NoteOptions struct {
	Verbose bool // list every skipped file, not only the count of those a walk skipped
	Quiet   bool // leave out the count (warnings are still written)
}

// skipLabel names a skip reason for people.
func skipLabel(k lint.SkipKind) string {
	switch k {
	case lint.SkipGenerated:
		return "minified or bundled"
	case lint.SkipTooLarge:
		return "too large"
	case lint.SkipNotScript:
		return "not JavaScript"
	case lint.SkipFragment:
		return "build fragment"
	}
	return string(k)
}

// SkipDescription is one line about a skipped file: "dist/tf.min.js:
// minified or bundled (a *.min.js name)".
func SkipDescription(s lint.Skipped) string {
	return fmt.Sprintf("%s: %s (%s)", termSafe(s.File), skipLabel(s.Kind), termSafe(s.Reason))
}

// WriteSkipNotes writes to w, meant for standard error, what a run did not
// lint, as ESLint warns about ignored files it was asked for:
//
//   - a warning for each file named on the command line that was skipped,
//     and for each file or directory that could not be read;
//   - with Verbose, a note for each other skipped file;
//   - unless Quiet, one note counting the files walks skipped as generated,
//     too large or binary, and saying how to lint them.
func WriteSkipNotes(w io.Writer, skipped []lint.Skipped, opts NoteOptions) {
	var b strings.Builder
	counts := map[lint.SkipKind]int{}
	total := 0
	for _, s := range skipped {
		hint := ""
		if s.Kind.Overridable() {
			hint = "; --no-ignore lints it"
		}
		switch {
		case s.Named || s.Kind == lint.SkipUnreadable:
			fmt.Fprintf(&b, "tfjslint: warning: skipped %s%s\n", SkipDescription(s), hint)
			continue
		case opts.Verbose:
			fmt.Fprintf(&b, "tfjslint: note: skipped %s\n", SkipDescription(s))
		}
		counts[s.Kind]++
		total++
	}
	if total > 0 && !opts.Quiet {
		var parts []string
		overridable := 0
		for _, k := range []lint.SkipKind{lint.SkipGenerated, lint.SkipTooLarge, lint.SkipBinary, lint.SkipIgnored, lint.SkipNotScript, lint.SkipFragment} {
			if counts[k] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", counts[k], skipLabel(k)))
				if k.Overridable() {
					overridable += counts[k]
				}
			}
		}
		them := "them"
		if total == 1 {
			them = "it"
		}
		var hows []string
		if !opts.Verbose {
			hows = append(hows, "--verbose lists "+them)
		}
		switch {
		case overridable == total:
			hows = append(hows, "--no-ignore lints "+them)
		case overridable > 0:
			hows = append(hows, "--no-ignore lints the "+fmt.Sprint(overridable)+" minified, too large, binary or ignored ones")
		}
		how := ""
		if len(hows) > 0 {
			how = "; " + strings.Join(hows, ", ")
		}
		fmt.Fprintf(&b, "tfjslint: note: skipped %s (%s)%s\n", plural(total, "file"), strings.Join(parts, ", "), how)
	}
	io.WriteString(w, b.String())
}
