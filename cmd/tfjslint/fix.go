package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tfjslint/tfjslint/lint"
)

// applyFixes writes the safe fixes of res to disk, repeating while fixes
// apply (a skipped overlapping fix may apply on the next round), then
// returns a fresh result for the fixed files, as ESLint reports what is left.
// It also returns how many fixes it applied.
func applyFixes(res *lint.Result, files []string, opts lint.Options) (*lint.Result, int, error) {
	const maxRounds = 10
	applied := 0
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, file := range files {
			fixed, n := lint.ApplyFixes(res.Sources[file], res.FindingsOf(file), lint.SafeOnly)
			if n == 0 {
				continue
			}
			st, err := os.Stat(file)
			if err != nil {
				return nil, 0, err
			}
			if err := os.WriteFile(file, fixed, st.Mode().Perm()); err != nil {
				return nil, 0, fmt.Errorf("writing fixes to %s: %w", file, err)
			}
			changed = true
			applied += n
		}
		if !changed {
			return res, applied, nil
		}
		var err error
		if res, err = lint.Run(files, opts); err != nil {
			return nil, 0, err
		}
	}
	return res, applied, nil
}

// noteFixes says on stderr what --fix did and what it left: the findings
// whose fixes are suggestions a person must review.
func noteFixes(stderr io.Writer, res *lint.Result, applied int) {
	suggestions := 0
	for _, f := range res.Findings {
		if len(f.Fixes) > 0 {
			suggestions++
		}
	}
	if applied == 0 && suggestions == 0 {
		return // nothing to say, as ESLint
	}
	msg := "tfjslint: applied " + plural(applied, "fix")
	if applied != 1 {
		msg = fmt.Sprintf("tfjslint: applied %d fixes", applied)
	}
	switch {
	case suggestions == 1:
		msg += "; 1 suggestion needs review (see --diff)"
	case suggestions > 1:
		msg += fmt.Sprintf("; %d suggestions need review (see --diff)", suggestions)
	}
	fmt.Fprintln(stderr, msg)
}

// printDiff prints what the safe fixes and suggestions would change.
func printDiff(res *lint.Result, stdout io.Writer) int {
	code := exitOK
	for _, file := range res.Files {
		old := res.Sources[file]
		fixed, _ := lint.ApplyFixes(old, res.FindingsOf(file), lint.WithSuggestions)
		if d := lint.Diff(file, old, fixed); d != "" {
			io.WriteString(stdout, d)
		}
	}
	if c, _ := exitCode(res, -1); c != exitOK {
		code = exitFindings
	}
	return code
}

func parseDuration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration like 5s or 1500ms", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q must be positive", s)
	}
	return d, nil
}
